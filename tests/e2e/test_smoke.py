"""`python -m ops.smoke` against a running function process, Google's Firestore emulator, the Graph API
stand-in and the Cloud Scheduler stand-in: it passes on a healthy deployment and names each planted
failure (a wrong secret or verify token, an office not published, a job missing or paused)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from content_seed.__main__ import main as publish
from localdev.function_process import FunctionProcess
from localdev.graph_standin import RunningStandin
from localdev.scheduler_standin import RunningSchedulerStandin
from ops.smoke import main as smoke
from ops.smoke_checks import EXPECTED_JOBS
from tests.conftest import APP_SECRET, OFFICE_ID, PROJECT, VERIFY_TOKEN

REGION = "asia-southeast2"


@pytest.fixture
def scheduler() -> Iterator[RunningSchedulerStandin]:
    running = RunningSchedulerStandin(page_size=1)  # one job a page: the smoke test follows nextPageToken
    yield running
    running.stop()


@pytest.fixture
def function(webhook_process: FunctionProcess) -> FunctionProcess:
    assert publish(["--phone-number-id", OFFICE_ID]) == 0  # the number's office is published
    return webhook_process


def run_smoke(
    function: FunctionProcess,
    scheduler: RunningSchedulerStandin,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *extra: str,
    app_secret: str = APP_SECRET,
    verify_token: str = VERIFY_TOKEN,
) -> tuple[int, str]:
    monkeypatch.setenv("WHATSAPP_APP_SECRET", app_secret)
    monkeypatch.setenv("WHATSAPP_VERIFY_TOKEN", verify_token)
    monkeypatch.setenv("PUSPA_SCHEDULER_API_URL", scheduler.base_url)
    status = smoke(["--url", function.url, "--number", OFFICE_ID, "--region", REGION, *extra])
    return status, capsys.readouterr().out


def add_jobs(scheduler: RunningSchedulerStandin, *names: str, **fields: str) -> None:
    for name in names:
        scheduler.add_job(PROJECT, REGION, name, "0 8 * * 1-5", **fields)


def test_a_healthy_deployment_passes_and_nothing_is_sent_to_anyone(
    function: FunctionProcess,
    scheduler: RunningSchedulerStandin,
    standin: RunningStandin,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_jobs(scheduler, *EXPECTED_JOBS)
    status, out = run_smoke(function, scheduler, capsys, monkeypatch)
    assert status == 0, out
    assert "OK      verification handshake" in out and "OK      signed delivery: accepted (200)" in out
    assert f"OK      published content: the number given ({OFFICE_ID}): version " in out
    assert all(f"OK      Cloud Scheduler: {name} (0 8 * * 1-5 Asia/Jakarta)" in out for name in EXPECTED_JOBS)
    assert "FAILED" not in out and "5 of 5 checks passed." in out
    assert not standin.state.messages and not standin.state.reads  # a delivery receipt needs no reply


def test_a_wrong_app_secret_and_verify_token_are_named(
    function: FunctionProcess,
    scheduler: RunningSchedulerStandin,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_jobs(scheduler, *EXPECTED_JOBS)
    status, out = run_smoke(function, scheduler, capsys, monkeypatch, app_secret="old-secret", verify_token="old")
    assert status == 1
    assert "FAILED  verification handshake: the function refused the verify token" in out
    assert "FAILED  signed delivery: the function refused the signature: WHATSAPP_APP_SECRET here differs" in out
    assert "3 of 5 checks passed. Fix what FAILED above." in out


def test_an_office_not_published_and_a_job_missing_or_paused_are_named(
    function: FunctionProcess,
    scheduler: RunningSchedulerStandin,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    office = tmp_path / "offices" / "cileungsi"
    office.mkdir(parents=True)
    (office / "dasar.yaml").write_text('dasar: kabupaten-bogor\nnomor_id: "109999999999999"\n')
    add_jobs(scheduler, "puspa-digest", state="PAUSED")
    status, out = run_smoke(function, scheduler, capsys, monkeypatch, "--offices", str(tmp_path / "offices"))
    assert status == 1
    assert f"OK      published content: the number given ({OFFICE_ID})" in out
    assert "FAILED  published content: office cileungsi (109999999999999) has no published content" in out
    assert "Publish it: python -m content_seed --office cileungsi" in out
    assert "FAILED  Cloud Scheduler: job puspa-digest is PAUSED, so the daily digest is not sent: gcloud" in out
    assert f"FAILED  Cloud Scheduler: job puspa-monthly-report is missing in {REGION}, so the monthly report" in out
