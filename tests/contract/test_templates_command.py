"""`python -m ops.templates submit|status` against the Graph API stand-in, which answers with Meta's
shapes: creation (PENDING), the duplicate error 2388024, the paged list with status and
rejected_reason, and Meta's review played through its control endpoint."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests

from localdev.graph_standin import RunningStandin
from localdev.graph_templates import TemplateStore
from ops.templates import main
from puspa.whatsapp.templates import TEMPLATES, creation_request
from tests.conftest import TOKEN, WABA_ID

NAMES = sorted(t.name for t in TEMPLATES)


@pytest.fixture
def empty_account(standin: RunningStandin, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> RunningStandin:
    """A WhatsApp Business Account without templates, and offices that name none of their own."""
    with standin.state.lock:
        standin.state.templates = TemplateStore()
    monkeypatch.setenv("WHATSAPP_TOKEN", TOKEN)
    monkeypatch.setenv("WHATSAPP_BUSINESS_ACCOUNT_ID", WABA_ID)
    monkeypatch.setenv("WHATSAPP_API_URL", standin.api_url())
    (tmp_path / "offices").mkdir()
    return standin


def run(command: str, offices: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = main([command, "--offices", str(offices)])
    out = capsys.readouterr()
    return status, out.out + out.err


def review(standin: RunningStandin, **verdict: str) -> None:
    requests.post(f"{standin.base_url}/_standin/templates/review", json=verdict, timeout=5).raise_for_status()


def test_submit_sends_each_definition_in_metas_shape_and_twice_creates_nothing_twice(
    empty_account: RunningStandin, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = run("submit", tmp_path / "offices", capsys)
    assert status == 0 and out.count("SUBMITTED          ") == len(TEMPLATES) and "PENDING" in out
    records = empty_account.state.templates.records
    assert sorted(name for name, _ in records) == NAMES
    for definition in TEMPLATES:
        record = records[(definition.name, "id")]
        assert record["category"] == "UTILITY" and record["components"] == creation_request(definition)["components"]

    status, out = run("submit", tmp_path / "offices", capsys)
    assert status == 0 and out.count("ALREADY SUBMITTED") == len(TEMPLATES) and len(records) == len(TEMPLATES)


def test_status_names_the_rejected_one_with_its_reason_and_the_pending_and_missing_ones(
    empty_account: RunningStandin, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    offices = tmp_path / "offices"
    status, out = run("status", offices, capsys)
    assert status == 1 and out.count("MISSING") == len(TEMPLATES) and f"0 of {len(TEMPLATES)} approved" in out

    run("submit", offices, capsys)
    status, out = run("status", offices, capsys)
    assert status == 3 and out.count("PENDING: Meta is still reviewing it") == len(TEMPLATES)

    review(empty_account, name="puspa_status_permohonan", status="REJECTED", rejected_reason="PROMOTIONAL")
    review(empty_account, status="APPROVED")  # every one still pending
    status, out = run("status", offices, capsys)
    assert (
        status == 1
        and f"{len(TEMPLATES) - 1} of {len(TEMPLATES)} approved, 0 waiting for Meta, 1 needing action" in out
    )
    (line,) = [line for line in out.splitlines() if "REJECTED" in line]
    assert line.startswith("  puspa_status_permohonan (id): REJECTED (PROMOTIONAL: Meta judged it promotional")
    assert "functions/puspa/whatsapp/templates.py" in line

    review(empty_account, name="puspa_status_permohonan", status="APPROVED")
    empty_account.state.templates.page_size = 2  # the list now comes in three pages
    status, out = run("status", offices, capsys)
    assert status == 0 and f"{len(TEMPLATES)} of {len(TEMPLATES)} approved" in out


def test_an_approved_template_that_differs_from_its_definition_is_named(
    empty_account: RunningStandin, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edited = [creation_request(t) for t in TEMPLATES]
    body = edited[0]["components"][0]
    body["text"], body["example"] = "PUSPA: {{1}}\nKode: {{2}}\nSilakan periksa.", {"body_text": [["a", "b"]]}
    empty_account.load_templates(edited)
    status, out = run("status", tmp_path / "offices", capsys)
    assert status == 1
    assert f"{edited[0]['name']} (id): APPROVED but not as defined: 2 parameters and 2 buttons, the code sends 3" in out


def test_an_offices_own_template_names_are_submitted_too(
    empty_account: RunningStandin, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office = tmp_path / "offices" / "cileungsi"
    office.mkdir()
    (office / "petugas.yaml").write_text("templat:\n  info: cileungsi_info\n  jawaban: 'ISI: nama templat'\n")
    status, out = run("submit", tmp_path / "offices", capsys)
    assert status == 0 and ("cileungsi_info", "id") in empty_account.state.templates.records
    assert len(empty_account.state.templates.records) == len(TEMPLATES) + 1  # the placeholder is no name
    _, out = run("status", tmp_path / "offices", capsys)
    assert "(used by cileungsi)" in out and "(used by the deployment)" in out


def test_a_refused_token_is_said_plainly(
    empty_account: RunningStandin, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WHATSAPP_TOKEN", "expired")
    status, out = run("status", tmp_path / "offices", capsys)
    assert status == 1 and "The access token was refused: check WHATSAPP_TOKEN" in out
    status, out = run("submit", tmp_path / "offices", capsys)
    assert status == 1 and out.count("FAILED") == len(TEMPLATES) and not empty_account.state.templates.records
