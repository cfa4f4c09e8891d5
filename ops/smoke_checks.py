"""The checks of the post-deploy smoke test, one function each; every one returns what it found as
`Check`s, in English, with what to do when something is wrong.

    handshake     Meta's verification GET: hub.mode, hub.verify_token, hub.challenge echoed back
    delivery      a signed `statuses` webhook (needs no reply) is accepted; a wrongly signed one refused
    content       each office's published content version in Firestore (`offices/{phone_number_id}`)
    jobs          the Cloud Scheduler jobs the deployment needs, present and enabled
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import requests

from puspa.errors import StoreError
from puspa.whatsapp.webhook import sign

# The Cloud Scheduler jobs of infra/ and what they start (a test keeps them and the Terraform in step).
EXPECTED_JOBS = {"puspa-digest": "the daily digest", "puspa-monthly-report": "the monthly report"}
TIMEOUT_S = 30


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    said: str
    note: bool = False  # worth knowing, not a failure


def _answer_problem(response: requests.Response, function: str) -> str:
    if response.status_code >= 500:
        return (f"the function failed ({response.status_code}): read its logs, "
                f"gcloud functions logs read {function} --region <region> --limit 50")  # fmt: skip
    if response.status_code == 404:
        return "nothing answers at this URL (404): use the webhook_url output of terraform"
    return f"the function answered {response.status_code}: {response.text[:200]}"


def handshake(http: requests.Session, url: str, verify_token: str) -> Check:
    challenge = str(secrets.randbelow(10**9) + 10**9)  # Meta's challenges are digits
    params = {"hub.mode": "subscribe", "hub.verify_token": verify_token, "hub.challenge": challenge}
    try:
        response = http.get(url, params=params, timeout=TIMEOUT_S)
    except requests.RequestException as exc:
        return Check("verification handshake", False, f"cannot reach {url}: {exc}")
    if response.status_code == 200 and response.text == challenge:
        return Check("verification handshake", True, "the function answered Meta's challenge")
    if response.status_code == 403:
        return Check("verification handshake", False, (
            "the function refused the verify token: WHATSAPP_VERIFY_TOKEN here differs from the whatsapp-verify-token "
            "secret the function runs with (a new secret version reaches only new instances: see the runbook, Secrets)"
        ))  # fmt: skip
    return Check("verification handshake", False, _answer_problem(response, "whatsapp-webhook"))


def _statuses_webhook(phone_number_id: str) -> bytes:
    """A delivery receipt for a message id nobody sent: the function acknowledges it and does nothing."""
    status = {"id": f"wamid.PUSPA-SMOKE-{secrets.token_hex(8)}", "status": "delivered",
              "timestamp": str(int(time.time())), "recipient_id": "620000000000"}  # fmt: skip
    value = {"messaging_product": "whatsapp", "statuses": [status],
             "metadata": {"display_phone_number": "620000000000", "phone_number_id": phone_number_id}}  # fmt: skip
    entry = {"id": "0", "changes": [{"field": "messages", "value": value}]}
    return json.dumps({"object": "whatsapp_business_account", "entry": [entry]}).encode()


def delivery(http: requests.Session, url: str, app_secret: str, phone_number_id: str) -> Check:
    body = _statuses_webhook(phone_number_id)
    answers = []
    for secret in (app_secret, app_secret + "-wrong"):
        headers = {"Content-Type": "application/json", "X-Hub-Signature-256": sign(body, secret)}
        try:
            answers.append(http.post(url, data=body, headers=headers, timeout=TIMEOUT_S))
        except requests.RequestException as exc:
            return Check("signed delivery", False, f"cannot reach {url}: {exc}")
    right, wrong = answers
    if right.status_code in (401, 403):
        return Check("signed delivery", False, (
            "the function refused the signature: WHATSAPP_APP_SECRET here differs from the whatsapp-app-secret secret "
            "it runs with (or Meta's app secret was reset and no new instance has read the new version yet)"
        ))  # fmt: skip
    if right.status_code != 200:
        return Check("signed delivery", False, _answer_problem(right, "whatsapp-webhook"))
    if wrong.status_code not in (401, 403):
        return Check("signed delivery", False, (
            f"a delivery with a wrong signature was answered {wrong.status_code}, not refused: the function does "
            "not check signatures, so anyone could post messages to it"
        ))  # fmt: skip
    return Check("signed delivery", True, f"accepted (200), and refused with a wrong signature ({wrong.status_code})")


def content(store: Any, offices: Iterable[tuple[str, str, str]]) -> list[Check]:
    """`offices`: (phone_number_id, what to call it, the command that publishes it); each must have
    published content."""
    checks = []
    for number, label, command in offices:
        try:
            version = store.content_version(number)
        except StoreError as exc:
            return [Check("published content", False, f"cannot read Firestore: {exc}")]
        if version is None:
            checks.append(Check("published content", False, (
                f"{label} ({number}) has no published content: PUSPA acknowledges its residents' messages but "
                f"never answers them. Publish it: {command}"
            )))  # fmt: skip
        else:
            checks.append(Check("published content", True, f"{label} ({number}): version {version}"))
    return checks


def _list_jobs(http: requests.Session, api_url: str, project: str, region: str) -> list[dict[str, Any]]:
    url = f"{api_url.rstrip('/')}/v1/projects/{project}/locations/{region}/jobs"
    jobs: list[dict[str, Any]] = []
    token = ""
    while True:
        response = http.get(url, params={"pageToken": token} if token else {}, timeout=TIMEOUT_S)
        response.raise_for_status()
        answer = response.json()
        jobs += answer.get("jobs") or []
        token = answer.get("nextPageToken") or ""
        if not token:
            return jobs


def jobs(http: requests.Session, api_url: str, project: str, region: str) -> list[Check]:
    try:
        listed = {str(j.get("name", "")).rsplit("/", 1)[-1]: j for j in _list_jobs(http, api_url, project, region)}
    except requests.HTTPError as exc:
        status = exc.response.status_code if exc.response is not None else 0
        why = {403: "these credentials may not list jobs (role roles/cloudscheduler.viewer)",
               404: f"no such project or region ({project}, {region})"}.get(status, str(exc))  # fmt: skip
        return [Check("Cloud Scheduler", False, f"cannot list the jobs: {why}")]
    except (requests.RequestException, ValueError) as exc:
        return [Check("Cloud Scheduler", False, f"cannot list the jobs: {exc}")]
    checks = []
    for name, what in EXPECTED_JOBS.items():
        job = listed.get(name)
        if job is None:
            checks.append(Check("Cloud Scheduler", False, (
                f"job {name} is missing in {region}, so {what} is never sent: run terraform apply in infra/"
            )))  # fmt: skip
            continue
        state = job.get("state", "")
        if state != "ENABLED":
            checks.append(Check("Cloud Scheduler", False, (
                f"job {name} is {state}, so {what} is not sent: gcloud scheduler jobs resume {name} --location {region}"
            )))  # fmt: skip
            continue
        checks.append(Check("Cloud Scheduler", True, f"{name} ({job.get('schedule')} {job.get('timeZone', '')})"))
        last = job.get("status") or {}
        if last.get("code"):
            checks.append(Check("Cloud Scheduler", True, note=True, said=(
                f"{name}'s last run failed ({last.get('message', last['code'])}, {job.get('lastAttemptTime', '')}): "
                "read the logs of the function it calls"
            )))  # fmt: skip
    return checks
