"""python -m ops.smoke --url WEBHOOK_URL --number PHONE_NUMBER_ID [--region asia-southeast2]

The post-deploy smoke test (`make smoke URL=… NUMBER=…`): the verification handshake, a signed
delivery that needs no reply, the published content of each office, the Cloud Scheduler jobs. Each
check prints OK or FAILED with what to do; the exit status is 1 when any failed.

Reads WHATSAPP_VERIFY_TOKEN and WHATSAPP_APP_SECRET (the values of the whatsapp-verify-token and
whatsapp-app-secret secrets) and GOOGLE_CLOUD_PROJECT (or --project), with Google's Application Default
Credentials (`gcloud auth application-default login`) for Firestore and Cloud Scheduler. The offices
checked are NUMBER, every office folder with a `nomor_id`, and every office published in Firestore.
FIRESTORE_EMULATOR_HOST and PUSPA_SCHEDULER_API_URL point it at local stand-ins instead.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

import requests

from content_seed.bases import settings_of
from content_seed.files import OFFICES_DIR
from ops import smoke_checks
from ops.smoke_checks import Check

SCHEDULER_API = "https://cloudscheduler.googleapis.com"


def _offices(number: str, offices_dir: Path, published: Sequence[str]) -> list[tuple[str, str, str]]:
    """(phone_number_id, label, how to publish it) of every office to check: NUMBER, each folder with a
    nomor_id, each office published."""
    publish = "python -m content_seed --office"
    folders = {}
    for office_dir in sorted(p for p in offices_dir.iterdir() if p.is_dir()):
        number_id = settings_of(office_dir, []).number_id
        if number_id:
            folders[number_id] = (f"office {office_dir.name}", f"{publish} {office_dir.name}")
    given = ("the number given", f"{publish} <folder> --phone-number-id {number}")
    offices = {number: folders.get(number, given), **folders}
    offices.update({n: ("a published office", "(published already)") for n in published if n not in offices})
    return [(n, label, command) for n, (label, command) in offices.items()]


def _scheduler_session(api_url: str) -> requests.Session:
    """Google's API needs the caller's credentials; a local stand-in gets none."""
    if not (urlsplit(api_url).hostname or "").endswith("googleapis.com"):
        return requests.Session()
    import google.auth  # imported late: only a real project needs it
    from google.auth.transport.requests import AuthorizedSession

    credentials, _ = google.auth.default(scopes=["https://www.googleapis.com/auth/cloud-platform"])
    return AuthorizedSession(credentials)


def run_checks(args: argparse.Namespace, verify_token: str, app_secret: str) -> list[Check]:
    from puspa.store import FirestoreStore  # imported late: --help needs no Firestore

    http = requests.Session()
    checks = [
        smoke_checks.handshake(http, args.url, verify_token),
        smoke_checks.delivery(http, args.url, app_secret, args.number),
    ]
    store = FirestoreStore.for_project(args.project)
    try:
        published: Sequence[str] = store.published_offices()
    except Exception as exc:  # any failure to read Firestore is reported, not raised
        checks.append(Check("published content", False, f"cannot read Firestore in project {args.project}: {exc}"))
    else:
        checks += smoke_checks.content(store, _offices(args.number, Path(args.offices), published))
    try:
        scheduler = _scheduler_session(args.scheduler_api)
    except Exception as exc:  # google.auth's DefaultCredentialsError and the like
        checks.append(
            Check("Cloud Scheduler", False, f"no Google credentials ({exc}): gcloud auth application-default login")
        )
    else:
        checks += smoke_checks.jobs(scheduler, args.scheduler_api, args.project, args.region)
    return checks


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ops.smoke", description=__doc__.split("\n\n")[1])
    parser.add_argument("--url", required=True, help="the webhook's URL (terraform output webhook_url)")
    parser.add_argument("--number", required=True, help="phone_number_id of the WhatsApp number to check")
    parser.add_argument("--project", default=os.environ.get("GOOGLE_CLOUD_PROJECT", ""))
    parser.add_argument("--region", default="asia-southeast2", help="where the Cloud Scheduler jobs are")
    parser.add_argument("--offices", default=str(OFFICES_DIR), help="the offices' content folders")
    parser.add_argument("--scheduler-api", default=os.environ.get("PUSPA_SCHEDULER_API_URL") or SCHEDULER_API)
    args = parser.parse_args(argv)
    verify_token = os.environ.get("WHATSAPP_VERIFY_TOKEN", "")
    app_secret = os.environ.get("WHATSAPP_APP_SECRET", "")
    missing = [n for n, v in (("WHATSAPP_VERIFY_TOKEN", verify_token), ("WHATSAPP_APP_SECRET", app_secret),
                              ("GOOGLE_CLOUD_PROJECT (or --project)", args.project)) if not v]  # fmt: skip
    if missing:
        print(f"Set {', '.join(missing)}: the runbook's 'Each session' shows how.", file=sys.stderr)
        return 2
    print(f"PUSPA smoke test of {args.url} (number {args.number}, project {args.project}):")
    checks = run_checks(args, verify_token, app_secret)
    for check in checks:
        mark = "NOTE  " if check.note else ("OK    " if check.ok else "FAILED")
        print(f"  {mark}  {check.name}: {check.said}")
    failed = sum(not c.ok for c in checks)
    print(f"{len(checks) - failed} of {len(checks)} checks passed." + (" Fix what FAILED above." if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
