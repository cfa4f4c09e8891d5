"""What the operating commands (ops/) expect of the Terraform in infra/: the scheduler jobs the smoke
test looks for are the ones Terraform creates, and the template names Terraform deploys are the
definitions' (read with regular expressions: these few lines need no HCL parser)."""

from __future__ import annotations

import re
from pathlib import Path

from ops.smoke_checks import EXPECTED_JOBS
from puspa.app.config import TEMPLATE_SETTINGS

INFRA = Path(__file__).parents[2] / "infra"


def terraform() -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in sorted(INFRA.glob("*.tf")))


def test_the_smoke_test_expects_exactly_the_scheduler_jobs_terraform_creates() -> None:
    blocks = re.findall(r'^resource "google_cloud_scheduler_job" "\w+" \{\n(.*?)^\}', terraform(), re.S | re.M)
    names = {re.search(r'^\s*name\s*=\s*"([^"]+)"', block, re.M).group(1) for block in blocks}  # type: ignore[union-attr]
    assert names == set(EXPECTED_JOBS)


def test_terraform_deploys_the_defined_template_names() -> None:
    text = terraform()
    (variable,) = re.findall(r'^variable "templates" \{\n(.*?)^\}', text, re.S | re.M)
    (default,) = re.findall(r"default = \{(.*?)\}", variable, re.S)
    names = dict(re.findall(r'(\w+)\s*=\s*"([^"]+)"', default))
    bound = dict(re.findall(r"(PUSPA_\w+_TEMPLATE)\s*=\s*var\.templates\.(\w+)", text))
    assert {setting: names[key] for setting, key in bound.items()} == TEMPLATE_SETTINGS
