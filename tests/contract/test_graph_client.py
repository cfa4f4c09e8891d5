"""Contract tests at the Graph API seam: our client against the stand-in over real HTTP."""

from __future__ import annotations

import pytest

from localdev.emulator import free_port
from localdev.graph_standin import RunningStandin
from puspa.conversation.replies import Button, ButtonsReply, TextReply
from puspa.domain.sender import Sender
from puspa.errors import GraphApiError
from puspa.whatsapp.graph import GraphClient
from puspa.whatsapp.messages import build_message
from tests.conftest import OFFICE_ID, TOKEN

PHONE = Sender("6281234567890", "")


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def client(standin: RunningStandin, sleeps: list[float]) -> GraphClient:
    return GraphClient(standin.api_url(), TOKEN, timeout_s=5, max_attempts=3, sleep=sleeps.append)


def test_send_returns_meta_message_id_and_is_recorded(client: GraphClient, standin: RunningStandin) -> None:
    wamid = client.send_message(OFFICE_ID, build_message(PHONE, TextReply("Halo")))
    assert wamid.startswith("wamid.")
    (recorded,) = standin.state.messages
    assert recorded["phone_number_id"] == OFFICE_ID
    assert recorded["body"]["text"]["body"] == "Halo"


def test_mark_read(client: GraphClient, standin: RunningStandin) -> None:
    client.mark_read(OFFICE_ID, "wamid.IN1")
    assert standin.state.reads == ["wamid.IN1"]


def test_over_limit_payload_gets_metas_error_and_no_retry(client: GraphClient, standin: RunningStandin) -> None:
    payload = build_message(PHONE, ButtonsReply("ok", (Button("a", "A"),)))
    payload["interactive"]["action"]["buttons"][0]["reply"]["title"] = "x" * 21  # bypass our own builder
    with pytest.raises(GraphApiError) as info:
        client.send_message(OFFICE_ID, payload)
    assert info.value.code == 131009 and not info.value.transient
    assert info.value.fbtrace_id == "AStandinTrace"
    assert standin.state.calls == 1


def test_pair_rate_limit_is_retried_with_backoff(
    client: GraphClient, standin: RunningStandin, sleeps: list[float]
) -> None:
    standin.fail_next(131056, count=2, http_status=429)
    assert client.send_message(OFFICE_ID, build_message(PHONE, TextReply("Halo")))
    assert standin.state.calls == 3
    assert len(sleeps) == 2 and sleeps[0] < sleeps[1] * 2 and all(0 < s <= 4 for s in sleeps)


def test_retries_stop_after_max_attempts(client: GraphClient, standin: RunningStandin) -> None:
    standin.fail_next(2, count=5, http_status=503)
    with pytest.raises(GraphApiError) as info:
        client.send_message(OFFICE_ID, build_message(PHONE, TextReply("Halo")))
    assert info.value.code == 2 and info.value.transient and info.value.http_status == 503
    assert standin.state.calls == 3
    assert standin.state.messages == []


@pytest.mark.parametrize("code", [100, 131026, 368])
def test_permanent_errors_are_not_retried(code: int, client: GraphClient, standin: RunningStandin) -> None:
    standin.fail_next(code)
    with pytest.raises(GraphApiError) as info:
        client.send_message(OFFICE_ID, build_message(PHONE, TextReply("Halo")))
    assert info.value.code == code and not info.value.transient
    assert standin.state.calls == 1


def test_wrong_token_is_a_permanent_190(standin: RunningStandin) -> None:
    client = GraphClient(standin.api_url(), "expired", max_attempts=3, sleep=lambda _: None)
    with pytest.raises(GraphApiError) as info:
        client.send_message(OFFICE_ID, build_message(PHONE, TextReply("Halo")))
    assert info.value.code == 190 and info.value.http_status == 401 and not info.value.transient


def test_unreachable_api_is_transient_after_retries() -> None:
    client = GraphClient(
        f"http://127.0.0.1:{free_port()}/v25.0", TOKEN, timeout_s=1, max_attempts=2, sleep=lambda _: None
    )
    with pytest.raises(GraphApiError) as info:
        client.send_message(OFFICE_ID, build_message(PHONE, TextReply("Halo")))
    assert info.value.transient and info.value.http_status == 0
    assert client.calls == 2


def test_broken_answer_mid_transfer_is_transient(standin: RunningStandin) -> None:
    import requests

    class BrokenAdapter(requests.adapters.HTTPAdapter):
        def send(self, *args: object, **kwargs: object) -> requests.Response:
            raise requests.exceptions.ChunkedEncodingError("connection broken mid-answer")

    http = requests.Session()
    http.mount("http://", BrokenAdapter())
    client = GraphClient(standin.api_url(), TOKEN, max_attempts=3, http=http, sleep=lambda _: None)
    with pytest.raises(GraphApiError) as info:
        client.send_message(OFFICE_ID, build_message(PHONE, TextReply("Halo")))
    assert info.value.transient and client.calls == 1  # not retried: Meta may have accepted it


def test_bare_http_500_without_an_error_code_is_transient_and_retried(
    client: GraphClient, standin: RunningStandin, sleeps: list[float]
) -> None:
    standin.fail_bare(500, count=3)
    with pytest.raises(GraphApiError) as info:
        client.send_message(OFFICE_ID, build_message(PHONE, TextReply("Halo")))
    assert info.value.transient and info.value.code == 0 and info.value.http_status == 500
    assert standin.state.calls == 3 and len(sleeps) == 2  # retried, then left to Meta's redelivery


def test_bare_http_400_without_an_error_code_is_permanent(client: GraphClient, standin: RunningStandin) -> None:
    standin.fail_bare(400)
    with pytest.raises(GraphApiError) as info:
        client.send_message(OFFICE_ID, build_message(PHONE, TextReply("Halo")))
    assert not info.value.transient and standin.state.calls == 1


def test_the_proxy_given_at_start_is_used_and_the_environment_is_not_read_per_call(
    standin: RunningStandin, monkeypatch: pytest.MonkeyPatch
) -> None:
    closed = f"http://127.0.0.1:{free_port()}"  # a proxy nobody listens on
    through_proxy = GraphClient(standin.api_url(), TOKEN, max_attempts=1, proxies={"http": closed})
    with pytest.raises(GraphApiError) as info:
        through_proxy.send_message(OFFICE_ID, build_message(PHONE, TextReply("Halo")))
    assert info.value.transient and standin.state.messages == []
    monkeypatch.setenv("HTTP_PROXY", closed)  # set after start: a direct client stays direct
    direct = GraphClient(standin.api_url(), TOKEN, max_attempts=1)
    assert direct.send_message(OFFICE_ID, build_message(PHONE, TextReply("Halo"))).startswith("wamid.")


def test_the_benchmarks_stand_in_keeps_one_connection_open_as_the_graph_api_does() -> None:
    """bench.startup compares webhooks that keep their connection to the Graph API open; werkzeug's
    server would close it after every answer."""
    import json
    import socket

    standin = RunningStandin(token=TOKEN, keep_alive=True)
    try:
        body = json.dumps(build_message(PHONE, TextReply("Halo"))).encode()
        request = (
            f"POST /v25.0/{OFFICE_ID}/messages HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {TOKEN}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        ).encode() + body
        with socket.create_connection(("127.0.0.1", standin.port), timeout=5) as connection:
            answers = []
            for _ in range(3):  # three calls on one connection
                connection.sendall(request)
                answer = b""
                while b"message_status" not in answer:
                    answer += connection.recv(65536)
                answers.append(answer)
        assert all(a.startswith(b"HTTP/1.1 200") and b"Connection: close" not in a for a in answers)
        assert len(standin.state.messages) == 3
    finally:
        standin.stop()
