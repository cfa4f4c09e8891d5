"""Alerting as code (infra/monitoring.tf) against the runbook and the code: every alert links to its
entry under "Alerts" in infra/README.md and every entry is an alert; every ERROR the deployed code can
log is counted by a log-based metric that an alert watches, so a new one cannot slip by unseen."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from tests.terraform import Terraform, block

ROOT = Path(__file__).parents[2]
TF = Terraform()
PHRASE_LISTS = {  # local list of phrases -> the log-based metric whose filter counts them
    "unanswered_phrases": "google_logging_metric.resident_unanswered",
    "token_phrases": "google_logging_metric.token_refused",
    "notify_phrases": "google_logging_metric.notify_failed",
    "scheduled_phrases": "google_logging_metric.scheduled_run_failed",
}


def _alert_entries() -> dict[str, str]:
    """`### heading` -> its text, under the last `## Alerts` of infra/README.md (the file's end)."""
    text = (ROOT / "infra" / "README.md").read_text()
    _, found, section = text.rpartition("\n## Alerts\n")
    assert found, 'infra/README.md has no "## Alerts" section'
    assert not re.search(r"^## ", section, re.MULTILINE), '"## Alerts" must be the last section of infra/README.md'
    parts = re.split(r"^### (.+)$", section, flags=re.MULTILINE)
    return {title.strip(): body.strip() for title, body in zip(parts[1::2], parts[2::2], strict=True)}


def _anchor(heading: str) -> str:
    """GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")


ENTRIES = _alert_entries()
POLICIES = TF.of_type("google_monitoring_alert_policy")


def _title(display_name: str) -> str:
    assert display_name.startswith("PUSPA: "), f"{display_name!r}: alerts are named 'PUSPA: <runbook entry>'"
    return display_name.removeprefix("PUSPA: ")


@pytest.mark.parametrize("policy", POLICIES, ids=lambda r: r.name)
def test_every_alert_links_to_its_runbook_entry_and_tells_the_operators(policy) -> None:
    title = _title(policy.body["display_name"])
    assert title in ENTRIES, f'no "### {title}" under "## Alerts" in infra/README.md'
    documentation = block(policy.body, "documentation")
    assert f"${{var.runbook_url}}#{_anchor(title)}" in documentation["content"]
    assert documentation["mime_type"] == "text/markdown" and documentation["subject"]
    assert policy.body["notification_channels"] == "${local.alert_channels}"


def test_every_runbook_entry_is_an_alert_and_says_what_it_means_and_what_to_do() -> None:
    budget = TF.resource("google_billing_budget.monthly").body
    assert block(budget, "all_updates_rule")["monitoring_notification_channels"] == "${local.alert_channels}"
    alerts = {_title(p.body["display_name"]) for p in POLICIES} | {_title(budget["display_name"])}
    assert set(ENTRIES) == alerts
    for title, text in ENTRIES.items():
        assert "**What it means.**" in text and "**What to do.**" in text, title


def test_the_email_channels_are_the_operators_of_the_variable() -> None:
    channel = TF.resource("google_monitoring_notification_channel.email").body
    assert channel["for_each"] == "${toset(var.alert_emails)}"
    variable = TF.variables["alert_emails"]
    assert "default" not in variable and "length(var.alert_emails) > 0" in block(variable, "validation")["condition"]
    assert channel["type"] == "email" and channel["labels"] == {"email_address": "${each.value}"}
    assert "google_monitoring_notification_channel.email" in TF.locals["alert_channels"]


def _logged_errors() -> list[tuple[str, str]]:
    """(where, message format) of every ERROR, exception or critical line the deployed code logs."""
    found = []
    for path in sorted((ROOT / "functions").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr not in ("error", "exception", "critical") or ast.unparse(node.func.value) != "log":
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            message = node.args[0] if node.args else None
            assert isinstance(message, ast.Constant), f"{where}: log a constant format string, so an alert can match it"
            found.append((where, message.value))
    return found


LOGGED = _logged_errors()


def _phrases() -> dict[str, list[str]]:
    return {name: TF.locals[name] for name in PHRASE_LISTS}


def test_the_code_logs_errors_through_its_loggers() -> None:
    assert len(LOGGED) >= 10


@pytest.mark.parametrize(("where", "message"), LOGGED, ids=[w for w, _ in LOGGED])
def test_every_error_the_code_logs_is_counted_by_an_alert(where: str, message: str) -> None:
    text = re.sub(r"%[-\d.]*[sdrf]", "X", message)  # as it is logged, with its arguments put in
    matching = [name for name, phrases in _phrases().items() if any(p in text for p in phrases)]
    assert matching, (
        f"{where}: ERROR {message!r} is counted by no alert; add a phrase of it to a list in infra/monitoring.tf"
    )


@pytest.mark.parametrize("name", sorted(PHRASE_LISTS))
def test_every_phrase_list_is_counted_at_error_by_its_metric_and_matches_a_logged_error(name: str) -> None:
    metric = TF.resource(PHRASE_LISTS[name]).body
    assert f"local.{name}" in metric["filter"] and "local.function_logs" in metric["filter"]
    assert "severity>=ERROR" in TF.locals["function_logs"]
    watched = {p.body["conditions"][0]["condition_threshold"][0]["filter"] for p in POLICIES}
    assert any(f"${{{PHRASE_LISTS[name]}.name}}" in f for f in watched), f"no alert watches {PHRASE_LISTS[name]}"
    for phrase in _phrases()[name]:
        assert '"' not in phrase and any(phrase in re.sub(r"%[-\d.]*[sdrf]", "X", m) for _, m in LOGGED), (
            f"{phrase!r} ({name}) matches no ERROR the code logs"
        )


def test_the_slow_call_metric_reads_what_slow_calls_logs() -> None:
    source = (ROOT / "functions" / "puspa" / "slow_calls.py").read_text()
    metric = TF.resource("google_logging_metric.slow_calls").body
    (phrase,) = re.findall(r'jsonPayload\.message:"([^"]+)"', metric["filter"])
    assert f'"{phrase}' in source
    fields = set(re.findall(r"jsonPayload\.(\w+)", str(metric["label_extractors"]) + metric["filter"])) - {"message"}
    assert fields and all(f'"{field}"' in source for field in fields)
