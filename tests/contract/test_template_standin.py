"""The Graph API stand-in's templates: it refuses what Meta refuses, in Meta's error shape, so the
tests that send template messages through it prove the code and the definitions agree."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from localdev.graph_standin import RunningStandin
from puspa.conversation.replies import TemplateReply
from puspa.domain.sender import Sender
from puspa.errors import GraphApiError
from puspa.whatsapp.graph import GraphClient
from puspa.whatsapp.messages import build_template
from puspa.whatsapp.templates import BY_SETTING, creation_request
from tests.conftest import OFFICE_ID, TOKEN, WABA_ID

ANSWER = BY_SETTING["PUSPA_ANSWER_TEMPLATE"]
RESIDENT = Sender("6281234567890", "")


@pytest.fixture
def client(standin: RunningStandin) -> GraphClient:
    return GraphClient(standin.api_url(), TOKEN, max_attempts=1)


def send(client: GraphClient, template: TemplateReply) -> str:
    return client.send_message(OFFICE_ID, build_template(RESIDENT, template))


def refused(client: GraphClient, template: TemplateReply) -> GraphApiError:
    with pytest.raises(GraphApiError) as info:
        send(client, template)
    return info.value


def test_a_template_message_that_fits_its_approved_definition_is_accepted(client: GraphClient) -> None:
    payloads = ("JELAS TNY-2026-0001", "TANYA TNY-2026-0001", "BACA TNY-2026-0001")
    assert send(client, TemplateReply(ANSWER.name, "id", ("TNY-2026-0001", "Bisa."), payloads)).startswith("wamid.")


@pytest.mark.parametrize(
    ("template", "code", "details"),
    [
        (TemplateReply("puspa_jawab", "id", ("a", "b")), 132001, "template name (puspa_jawab) does not exist in id"),
        (TemplateReply(ANSWER.name, "en", ("a", "b")), 132001, "does not exist in en"),
        (TemplateReply(ANSWER.name, "id", ("a",)), 132000, "number of localizable_params (1) does not match the "
                                                            "expected number of params (2)"),
        (TemplateReply(ANSWER.name, "id", ("a", "b"), ("1", "2", "3", "4")), 132000, "has 3 quick-reply buttons"),
    ],
)  # fmt: skip
def test_a_template_message_meta_would_refuse_is_refused(
    client: GraphClient, standin: RunningStandin, template: TemplateReply, code: int, details: str
) -> None:
    error = refused(client, template)
    assert (error.code, error.http_status, error.transient) == (code, 400, False) and details in error.details
    assert not standin.state.messages


def test_a_template_still_pending_or_rejected_cannot_be_sent(client: GraphClient, standin: RunningStandin) -> None:
    with standin.state.lock:
        standin.state.templates.review({"name": ANSWER.name, "status": "PENDING"})
    assert refused(client, TemplateReply(ANSWER.name, "id", ("a", "b"))).code == 132001


def _create(client: GraphClient, request: dict[str, Any]) -> GraphApiError:
    with pytest.raises(GraphApiError) as info:
        client.create_template(WABA_ID, request)
    return info.value


def test_creation_is_refused_as_meta_refuses_it(client: GraphClient) -> None:
    request = creation_request(ANSWER, name="puspa_uji")
    assert client.create_template(WABA_ID, request)["status"] == "PENDING"
    duplicate = _create(client, request)
    assert (duplicate.code, duplicate.subcode) == (100, 2388024) and "already id content" in duplicate.details

    dangling = copy.deepcopy(request)
    dangling["name"], dangling["components"][0]["text"] = "puspa_uji_2", "Jawaban untuk {{1}}: {{2}}."
    assert _create(client, dangling).subcode == 2388299  # ends with a parameter, the full stop aside
    no_examples = copy.deepcopy(request)
    no_examples["name"] = "puspa_uji_3"
    del no_examples["components"][0]["example"]
    assert "example value for each" in _create(client, no_examples).details
    assert _create(client, {**request, "name": "Puspa-Uji"}).code == 100
    long_button = copy.deepcopy(request)
    long_button["name"], long_button["components"][1]["buttons"][0]["text"] = "puspa_uji_4", "x" * 26
    assert _create(client, long_button).subcode == 2388040
