"""The smoke test's judgements on answers a healthy function never gives (a fake HTTP session plays
the function and Cloud Scheduler): a function that takes any signature, one that fails, a job whose
last run failed."""

from __future__ import annotations

from typing import Any

import requests

from ops import smoke_checks


class FakeHttp:
    """Answers each call with the next (status, body) and records what was asked."""

    def __init__(self, *answers: tuple[int, Any]) -> None:
        self.answers = list(answers)
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def _answer(self, url: str, **kwargs: Any) -> requests.Response:
        self.calls.append((url, kwargs))
        status, body = self.answers.pop(0)
        response = requests.Response()
        response.status_code = status
        response._content = body if isinstance(body, bytes) else requests.compat.json.dumps(body).encode()
        return response

    def get(self, url: str, **kwargs: Any) -> requests.Response:
        return self._answer(url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> requests.Response:
        return self._answer(url, **kwargs)


def test_a_function_that_takes_a_wrong_signature_fails_the_check() -> None:
    http = FakeHttp((200, b"ok"), (200, b"ok"))
    check = smoke_checks.delivery(http, "https://hook", "secret", "106540352242922")  # type: ignore[arg-type]
    assert not check.ok and "does not check signatures, so anyone could post messages to it" in check.said
    (_, right), (_, wrong) = http.calls
    assert right["headers"]["X-Hub-Signature-256"] != wrong["headers"]["X-Hub-Signature-256"]
    assert right["data"] == wrong["data"] and b'"statuses"' in right["data"] and b'"messages": [' not in right["data"]


def test_a_failing_or_absent_function_is_told_apart() -> None:
    failing = smoke_checks.delivery(FakeHttp((500, b"boom"), (403, b"")), "https://hook", "s", "1")  # type: ignore[arg-type]
    assert not failing.ok and "the function failed (500): read its logs" in failing.said
    absent = smoke_checks.handshake(FakeHttp((404, b"")), "https://hook", "token")  # type: ignore[arg-type]
    assert not absent.ok and "nothing answers at this URL (404)" in absent.said


def test_a_job_whose_last_run_failed_is_noted_without_failing() -> None:
    job = {"name": "projects/p/locations/r/jobs/puspa-digest", "state": "ENABLED", "schedule": "0 8 * * 1-5",
           "status": {"code": 13, "message": "INTERNAL"}, "lastAttemptTime": "2026-12-07T01:00:00Z"}  # fmt: skip
    monthly = {"name": "projects/p/locations/r/jobs/puspa-monthly-report", "state": "ENABLED", "schedule": "0 8 * * *"}
    checks = smoke_checks.jobs(FakeHttp((200, {"jobs": [job, monthly]})), "https://sched", "p", "r")  # type: ignore[arg-type]
    assert all(c.ok for c in checks) and [c.note for c in checks] == [False, True, False]
    assert "puspa-digest's last run failed (INTERNAL, 2026-12-07T01:00:00Z)" in checks[1].said
