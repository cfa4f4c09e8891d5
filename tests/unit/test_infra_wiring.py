"""infra/ against the code, read with an HCL parser (the provider cannot be downloaded here, so
`terraform validate` and `plan` cannot run): every entry point of functions/main.py is deployed with
its trigger, every setting config.py requires is given, and the data that must not be lost is kept.
The indexes and TTL policies are checked against what the code does at run time (tests/query_recorder.py)."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest

from puspa.app.bootstrap import handler_modules
from puspa.app.config import REQUIRED, TEMPLATE_SETTINGS
from puspa.app.notify_service import NoticeKinds, event_kind
from puspa.eventarc import DocumentEvent
from tests.terraform import Terraform, block

FUNCTIONS = Path(__file__).parents[2] / "functions"
CREATED = "google.cloud.firestore.document.v1.created"
TF = Terraform()


def _entry_points() -> dict[str, str]:
    """Entry point -> "http" or "cloud_event", from the decorators of functions/main.py."""
    found = {}
    for node in ast.parse((FUNCTIONS / "main.py").read_text()).body:
        if isinstance(node, ast.FunctionDef):
            for decorator in node.decorator_list:
                if isinstance(decorator, ast.Attribute) and ast.unparse(decorator.value) == "functions_framework":
                    found[node.name] = decorator.attr
    return found


def _deployed() -> dict[str, list[tuple[str, dict[str, Any]]]]:
    """Entry point -> [(resource address with its for_each key, body)] of the functions in infra/."""
    found: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for resource in TF.of_type("google_cloudfunctions2_function"):
        for key, body in TF.instances(resource).items():
            address = f"{resource.address}[{key}]" if key else resource.address
            found.setdefault(block(body, "build_config")["entry_point"], []).append((address, body))
    return found


ENTRY_POINTS = _entry_points()
DEPLOYED = _deployed()


def test_main_has_the_entry_points_the_tests_expect_to_find() -> None:
    assert set(ENTRY_POINTS.values()) == {"http", "cloud_event"} and len(ENTRY_POINTS) >= 4


@pytest.mark.parametrize("entry_point", sorted(ENTRY_POINTS))
def test_every_entry_point_is_deployed_from_functions(entry_point: str) -> None:
    assert entry_point in DEPLOYED, f"{entry_point} of functions/main.py is not deployed by any function in infra/"
    for address, body in DEPLOYED[entry_point]:
        source = block(block(block(body, "build_config"), "source"), "storage_source")
        assert source["object"] == "${google_storage_bucket_object.source.name}", address
        assert block(body, "build_config")["runtime"] == "python311", address


def _functions_of(entry_point: str) -> list[str]:
    return [
        address.split("[")[0].removeprefix("google_cloudfunctions2_function.") for address, _ in DEPLOYED[entry_point]
    ]


def _function_in(reference: str) -> str:
    """`${google_cloudfunctions2_function.send_digest.service_config[0].uri}` -> `send_digest`."""
    match = re.search(r"google_cloudfunctions2_function\.(\w+)(?:\[\d+\])?\.", reference)
    assert match, f"{reference!r} names no function"
    return match.group(1)


def _public_functions() -> set[str]:
    """Functions anyone may invoke (allUsers as run.invoker on their Cloud Run service)."""
    return {
        _function_in(body["service"])
        for resource in TF.of_type("google_cloud_run_service_iam_member")
        for body in TF.instances(resource).values()
        if body["member"] == "allUsers"
    }


# Called from outside Google: Meta calls the webhook and WhatsApp's client the Flows endpoint (the signature
# is the gate, and the endpoint's bodies are encrypted to our key); staff open their papers links from
# e-mail and WhatsApp (the link's HMAC token, per staff member and short-lived, is the gate).
PUBLIC = ("whatsapp_webhook", "view_papers", "flow_endpoint")


def test_only_the_webhook_the_flows_endpoint_and_the_papers_view_are_public_and_open_to_the_internet() -> None:
    assert _public_functions() == {name for e in PUBLIC for name in _functions_of(e)}
    for entry_point, deployments in DEPLOYED.items():
        for address, body in deployments:
            ingress = block(body, "service_config").get("ingress_settings")
            expected = "ALLOW_ALL" if entry_point in PUBLIC else "ALLOW_INTERNAL_ONLY"
            assert ingress == expected, f"{address}: ingress {ingress}"


def test_every_http_entry_point_but_the_webhook_is_called_by_a_scheduler_job_in_a_time_zone() -> None:
    jobs = {
        _function_in(block(body, "http_target")["uri"]): body
        for resource in TF.of_type("google_cloud_scheduler_job")
        for body in TF.instances(resource).values()
    }
    scheduled = [e for e, kind in ENTRY_POINTS.items() if kind == "http" and e not in PUBLIC]
    assert {"send_digest", "send_monthly_report"} <= set(scheduled)
    for entry_point in scheduled:
        for name in _functions_of(entry_point):
            job = jobs.get(name)
            assert job is not None, f"no Cloud Scheduler job calls {entry_point} ({name})"
            assert TF.resolve(job["time_zone"]), f"the job calling {entry_point} has no time zone"
            assert block(block(job, "http_target"), "oidc_token")["service_account_email"]
            function = next(body for address, body in DEPLOYED[entry_point] if address.endswith(name))
            timeout = int(block(function, "service_config")["timeout_seconds"])
            assert int(job["attempt_deadline"].removesuffix("s")) > timeout, (
                "the scheduler would retry a call still running"
            )


def _written_collections() -> set[str]:
    """Every collection name the store modules write or read by a literal (`.collection("x")`, COLLECTION)."""
    names = set()
    for path in (FUNCTIONS / "puspa" / "store").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "collection":
                names |= {a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)}
            if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "COLLECTION" for t in node.targets):
                names.add(ast.literal_eval(node.value))
    return names


def _kinds_written() -> set[str]:
    """The constant `kind` of the documents the store modules write (a notice's kind)."""
    kinds = set()
    for path in (FUNCTIONS / "puspa" / "store").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Dict):
                for key, value in zip(node.keys, node.values, strict=True):
                    if isinstance(key, ast.Constant) and key.value == "kind" and isinstance(value, ast.Constant):
                        kinds.add(value.value)
    return kinds


def _collections_notify_admins_handles() -> set[str]:
    """From the notice tables the dialogues register (what notify_admins dispatches on): a kind that is
    a collection arrives as that collection's documents; any other kind as a notice, in the collections
    whose documents `event_kind` knows by their `kind` field."""
    kinds = NoticeKinds.of(handler_modules())
    written = _written_collections()
    probe = "probe-kind"
    notices = {c for c in written if event_kind(DocumentEvent("e", CREATED, None, f"{c}/x", {"kind": probe})) == probe}
    assert len(notices) == 1, f"expected one collection of notices, found {notices}"
    wanted = set()
    for kind in {*kinds.staff, *kinds.residents}:
        if kind in written and kind not in notices:
            wanted.add(kind)
        else:
            assert kind in _kinds_written(), f"notice kind {kind!r} is handled but never written by a store"
            wanted |= notices
    return wanted


def test_notify_admins_is_triggered_on_creation_in_each_collection_it_handles() -> None:
    triggers = {}
    for address, body in DEPLOYED["notify_admins"]:
        trigger = block(body, "event_trigger")
        assert trigger["event_type"] == CREATED, address
        assert trigger["retry_policy"] == "RETRY_POLICY_RETRY", f"{address}: a failed channel must be retried"
        filters = {f["attribute"]: f for f in trigger["event_filters"]}
        assert filters["database"]["value"] == "(default)", address
        assert filters["document"].get("operator") == "match-path-pattern", address
        collection, _, pattern = filters["document"]["value"].partition("/")
        assert pattern == "{id}", f"{address}: only top-level documents of {collection}"
        triggers[collection] = address
    assert set(triggers) == _collections_notify_admins_handles()


def _names_config_reads() -> set[str]:
    source = (FUNCTIONS / "puspa" / "app" / "config.py").read_text()
    return {
        n.value for n in ast.walk(ast.parse(source))
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and re.fullmatch(r"[A-Z][A-Z0-9_]+", n.value)
    }  # fmt: skip


def test_every_function_gets_the_environment_and_the_secrets() -> None:
    secret = TF.resource("google_secret_manager_secret.puspa")
    assert secret.body["for_each"] == "${local.secrets}" and "local.always_secrets" in TF.locals["secrets"]
    for deployments in DEPLOYED.values():
        for address, body in deployments:
            service = block(body, "service_config")
            given = service["environment_variables"]  # the shared environment, perhaps with a function's own
            assert given == "${local.environment}" or given.startswith("${merge(local.environment, "), address
            (dynamic,) = [d["secret_environment_variables"] for d in service["dynamic"]]
            assert dynamic["for_each"] == "${google_secret_manager_secret.puspa}", address
            (content,) = dynamic["content"]
            assert content["key"] == "${secret_environment_variables.key}", address
            assert content["secret"] == "${secret_environment_variables.value.secret_id}", address


def test_every_setting_config_requires_is_set_or_bound_to_a_secret() -> None:
    given = set(TF.resolve("${local.environment}")) | set(TF.resolve("${local.always_secrets}"))
    required = {*REQUIRED, *TEMPLATE_SETTINGS}
    assert required - given == set(), "set them in local.environment (infra/functions.tf) or bind a secret"


def test_every_variable_infra_sets_is_one_config_reads() -> None:
    optional_secrets = re.findall(r"\b([A-Z][A-Z0-9_]+)\s*=", TF.locals["secrets"])  # e.g. SMTP_PASSWORD
    given = {*TF.resolve("${local.environment}"), *TF.resolve("${local.always_secrets}"), *optional_secrets}
    assert "SMTP_PASSWORD" in given
    # PUSPA_SECRETS_REVISION is read by no code on purpose: changing it makes Cloud Run start new
    # instances, which read the secrets' latest versions (infra/README.md, "Rotating a secret").
    unread = given - _names_config_reads() - {"PUSPA_SECRETS_REVISION"}
    assert unread == set(), "a misspelt name is silently ignored by the functions"


def test_firestore_keeps_what_must_not_be_lost() -> None:
    database = TF.resource("google_firestore_database.default").body
    assert database["point_in_time_recovery_enablement"] == "POINT_IN_TIME_RECOVERY_ENABLED"
    assert database["delete_protection_state"] == "DELETE_PROTECTION_ENABLED"
    assert database.get("deletion_policy", "ABANDON") == "ABANDON"
    (schedule,) = TF.of_type("google_firestore_backup_schedule")
    assert schedule.body["database"] == "${google_firestore_database.default.name}"
    assert "daily_recurrence" in schedule.body and schedule.body["retention"]


def test_the_source_bucket_is_private() -> None:
    bucket = TF.resource("google_storage_bucket.source").body
    assert bucket["public_access_prevention"] == "enforced" and bucket["uniform_bucket_level_access"] is True
    assert not [
        r.address for t in ("google_storage_bucket_iam_member", "google_storage_bucket_iam_binding")
        for r in TF.of_type(t) if "allUsers" in str(r.body) or "allAuthenticatedUsers" in str(r.body)
    ]  # fmt: skip
