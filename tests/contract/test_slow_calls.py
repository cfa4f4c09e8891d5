"""The lines the alerts count (infra/monitoring.tf), as Cloud Logging receives them: a slow Firestore or
Graph API call with structured `system`, `operation` and `latency_ms`, and Meta refusing the access
token, logged once at the Graph API choke point whoever sends."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest

from localdev.graph_standin import RunningStandin
from puspa import slow_calls
from puspa.app.logs import JsonFormatter
from puspa.errors import GraphApiError
from puspa.store import FirestoreStore
from puspa.whatsapp.graph import GraphClient
from tests.conftest import OFFICE_ID, TOKEN

NUMBER = "6281234567890"
PAYLOAD = {"messaging_product": "whatsapp", "to": NUMBER, "type": "text", "text": {"body": "Halo"}}


class JsonLines:
    def __init__(self) -> None:
        self.stream = io.StringIO()

    def lines(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.stream.getvalue().splitlines()]

    def slow(self) -> list[dict[str, Any]]:
        return [line for line in self.lines() if line["message"].startswith("slow call: ")]


@pytest.fixture
def logs() -> Iterator[JsonLines]:
    """What the `puspa` loggers write, one JSON object a line, as the functions write it to stderr."""
    captured = JsonLines()
    handler = logging.StreamHandler(captured.stream)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("puspa")
    level = logger.level
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    yield captured
    logger.removeHandler(handler)
    logger.setLevel(level)


def test_a_slow_graph_call_logs_its_system_operation_and_latency(
    standin: RunningStandin, monkeypatch: pytest.MonkeyPatch, logs: JsonLines
) -> None:
    monkeypatch.setitem(slow_calls.SLOW_AFTER_S, "graph", 0.0)  # every call counts as slow
    GraphClient(standin.api_url(), TOKEN).send_message(OFFICE_ID, PAYLOAD)
    (line,) = logs.slow()
    assert line["severity"] == "WARNING" and line["system"] == "graph" and line["operation"] == "messages"
    assert isinstance(line["latency_ms"], int) and line["latency_ms"] >= 0
    assert NUMBER not in logs.stream.getvalue() and OFFICE_ID not in logs.stream.getvalue()


def test_graph_calls_in_their_usual_time_log_nothing(standin: RunningStandin, logs: JsonLines) -> None:
    GraphClient(standin.api_url(), TOKEN).send_message(OFFICE_ID, PAYLOAD)
    assert logs.slow() == []


def test_a_slow_firestore_call_logs_its_system_operation_and_latency(
    monkeypatch: pytest.MonkeyPatch, logs: JsonLines
) -> None:
    store = FirestoreStore(client=None)  # the calls below never reach a client
    assert store.call("reads", lambda: "read") == "read"
    assert logs.slow() == []
    monkeypatch.setitem(slow_calls.SLOW_AFTER_S, "firestore", 0.0)
    store.call("writes", lambda: None)
    (line,) = logs.slow()
    assert (line["system"], line["operation"], line["severity"]) == ("firestore", "writes", "WARNING")


def test_a_refused_token_is_logged_once_at_error_without_the_token(standin: RunningStandin, logs: JsonLines) -> None:
    with pytest.raises(GraphApiError) as refused:
        GraphClient(standin.api_url(), "expired-token", sleep=lambda _: None).send_message(OFFICE_ID, PAYLOAD)
    assert refused.value.outage
    (line,) = [line for line in logs.lines() if line["severity"] == "ERROR"]
    assert "refused the access token (code 190)" in line["message"]
    assert "expired-token" not in logs.stream.getvalue()
