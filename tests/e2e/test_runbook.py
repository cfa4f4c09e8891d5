"""The runbook (infra/README.md) rehearsed: its shell blocks marked `<!-- rehearse: STEP -->` run in
order with bash, as the IT officer pastes them, against a running function process, Google's Firestore
emulator, the Graph API stand-in (a WhatsApp Business Account without templates) and the Cloud
Scheduler stand-in. The variables they use are the ones the runbook's `<!-- session -->` block
exports, given local values; the stand-ins take the place of Google's and Meta's services through
FIRESTORE_EMULATOR_HOST, WHATSAPP_API_URL and PUSPA_SCHEDULER_API_URL. So a command, flag or variable
renamed in the code but not in the runbook fails here."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from localdev.function_process import FunctionProcess
from localdev.graph_standin import RunningStandin
from localdev.graph_templates import TemplateStore
from localdev.scheduler_standin import RunningSchedulerStandin
from ops.smoke_checks import EXPECTED_JOBS
from puspa.store import FirestoreStore
from puspa.whatsapp.templates import TEMPLATES
from tests.conftest import APP_SECRET, OFFICE_ID, PROJECT, TOKEN, VERIFY_TOKEN, WABA_ID

ROOT = Path(__file__).parents[2]
RUNBOOK = ROOT / "infra" / "README.md"
BLOCK = re.compile(r"<!-- (rehearse|session)(?:: ([\w-]+))? -->\n```sh\n(.*?)```", re.S)
STEPS = ("templates-submit", "templates-status", "publish", "smoke")
REGION = "asia-southeast2"


def runbook() -> tuple[str, list[tuple[str, str]]]:
    """The session block, and the rehearsed (step, script) blocks in the runbook's order."""
    found = BLOCK.findall(RUNBOOK.read_text(encoding="utf-8"))
    (session,) = [text for kind, _, text in found if kind == "session"]
    return session, [(name, text) for kind, name, text in found if kind == "rehearse"]


def local_values(webhook_url: str) -> dict[str, str]:
    """What the session block's variables hold in the rehearsal."""
    return {
        "PROJECT_ID": PROJECT, "REGION": REGION, "GOOGLE_CLOUD_PROJECT": PROJECT,
        "WHATSAPP_BUSINESS_ACCOUNT_ID": WABA_ID, "PHONE_NUMBER_ID": OFFICE_ID, "WEBHOOK_URL": webhook_url,
        "WHATSAPP_TOKEN": TOKEN, "WHATSAPP_APP_SECRET": APP_SECRET, "WHATSAPP_VERIFY_TOKEN": VERIFY_TOKEN,
    }  # fmt: skip


def test_the_runbook_marks_its_steps_and_its_session_exports_every_variable_they_use() -> None:
    session, steps = runbook()
    assert [name for name, _ in steps] == list(STEPS)
    exported = set(re.findall(r"^export (\w+)=", session, re.M))
    assert exported == set(local_values(""))
    used = {v for _, script in steps for v in re.findall(r"\$\{?(\w+)", script)}
    assert used <= exported, f"the steps use {used - exported}, which the session block does not set"


def test_the_runbooks_links_to_its_sections_resolve() -> None:
    text = RUNBOOK.read_text(encoding="utf-8")
    headings = {re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-") for h in re.findall(r"^#+ (.+)$", text, re.M)}
    # The Alerts section is written by the alerting work of the same issue; until it is merged, it may be absent.
    links = set(re.findall(r"\]\(#([\w-]+)\)", text)) - {"alerts"}
    assert links and links <= headings, f"no such section: {links - headings}"


@pytest.fixture
def scheduler() -> Iterator[RunningSchedulerStandin]:
    running = RunningSchedulerStandin()
    for name in EXPECTED_JOBS:
        running.add_job(PROJECT, REGION, name, "0 8 * * *")
    yield running
    running.stop()


def _make_in_this_environment(folder: Path) -> Path:
    """A `make` that never reinstalls .venv: the rehearsal runs in the test's own environment, whose
    install stamp may be older than a fresh checkout's requirements files."""
    requirements = (ROOT / "requirements.txt").read_bytes() + (ROOT / "functions" / "requirements.txt").read_bytes()
    stamp = f".venv/.installed-{hashlib.sha1(requirements).hexdigest()[:12]}"
    folder.mkdir()
    wrapper = folder / "make"
    wrapper.write_text(f'#!/bin/sh\nexec {shutil.which("make")} -o {stamp} "$@"\n')
    wrapper.chmod(0o755)
    return folder


def test_the_runbook_rehearsed_against_the_stand_ins(
    firestore_host: str,
    standin: RunningStandin,
    scheduler: RunningSchedulerStandin,
    webhook_process: FunctionProcess,
    tmp_path: Path,
) -> None:
    with standin.state.lock:
        standin.state.templates = TemplateStore()  # a WhatsApp Business Account that holds no template yet
    tools = _make_in_this_environment(tmp_path / "bin")
    env = {
        "PATH": f"{tools}:{Path(sys.executable).parent}:/usr/local/bin:/usr/bin:/bin", "HOME": str(tmp_path),
        "LANG": "C.UTF-8", **local_values(webhook_process.url),
        "FIRESTORE_EMULATOR_HOST": firestore_host, "WHATSAPP_API_URL": standin.api_url(),
        "PUSPA_SCHEDULER_API_URL": scheduler.base_url,
    }  # fmt: skip
    said = {}
    for step, script in runbook()[1]:
        if step == "templates-status":  # Meta's review, between the two commands
            requests.post(f"{standin.base_url}/_standin/templates/review", json={}, timeout=5).raise_for_status()
        done = subprocess.run(
            ["bash", "-euo", "pipefail", "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
        )
        assert done.returncode == 0, f"step {step} failed:\n{done.stdout}\n{done.stderr}"
        said[step] = done.stdout

    n = len(TEMPLATES)
    assert said["templates-submit"].count("SUBMITTED          ") == n and len(standin.state.templates.records) == n
    assert f"{n} of {n} approved" in said["templates-status"]
    assert "Uji coba (--dry-run)" in said["publish"] and "Terbit: versi" in said["publish"]
    assert FirestoreStore.for_project(PROJECT).content_version(OFFICE_ID) is not None
    assert "5 of 5 checks passed." in said["smoke"] and "FAILED" not in said["smoke"]
