"""checkov on infra/ passes, and every check it is told to skip says why next to the resource
(`#checkov:skip=ID:reason`). checkov runs from its own virtualenv (`make checkov`; requirements-checkov.txt):
its pins clash with ours. A pytest test rather than a Makefile step, so that `make test` reports it with
the rest and tests/mutants.py can plant a bug in infra/ and watch it caught."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).parents[2]
CHECKOV = ROOT / ".venv-checkov" / "bin" / "checkov"


EVERY_FEATURE = ROOT / "tests" / "data" / "infra" / "every-feature.tfvars"


@pytest.fixture(scope="module", params=["defaults", "every feature"])
def scan(request: pytest.FixtureRequest) -> dict[str, Any]:
    """checkov's report, on the variables' defaults and with every optional part on (the Flows endpoint,
    the SMTP secret…), so that a resource behind `count = var.x ? 1 : 0` is checked too."""
    if not CHECKOV.exists():
        pytest.fail("checkov is not installed: `make checkov` puts it in .venv-checkov (make test does it first)")
    # --skip-download: no call to Prisma Cloud for guidelines (this machine and CI have no network for it)
    command = [str(CHECKOV), "-d", "infra", "--framework", "terraform", "--skip-download", "-o", "json"]
    if request.param == "every feature":
        command += ["--var-file", str(EVERY_FEATURE)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert result.stdout.startswith("{"), f"checkov did not report (exit {result.returncode}): {result.stderr[-2000:]}"
    return json.loads(result.stdout)


def test_checkov_finds_no_failed_check_in_infra(scan: dict[str, Any]) -> None:
    assert scan["summary"]["parsing_errors"] == 0
    assert scan["summary"]["passed"] > 0
    failed = [
        f"{c['check_id']} {c['check_name']}: {c['resource']} ({c['file_path']}:{c['file_line_range'][0]})"
        for c in scan["results"]["failed_checks"]
    ]
    assert failed == [], "fix them, or skip one with `#checkov:skip=ID:reason` in the resource:\n" + "\n".join(failed)


def test_every_skipped_check_says_what_protects_the_resource_instead(scan: dict[str, Any]) -> None:
    for check in scan["results"]["skipped_checks"]:
        reason = check["check_result"].get("suppress_comment", "")
        assert len(reason.split()) >= 12, f"{check['check_id']} on {check['resource']}: give the reason ({reason!r})"
