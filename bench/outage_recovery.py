"""How soon the webhook answers again once Firestore is back after refusing connections.

The deployed entry point (functions_framework.create_app, in process) talks to Google's emulator
through localdev.flaky_proxy. For each outage length: the proxy refuses connections (and cuts the
open ones) while Meta keeps redelivering (one POST after another, each answered 503), then the
emulator is reachable again and new residents write, one after another: the figure is the time from
Firestore's return to the first message answered (HTTP 200 and its reply at the Graph API stand-in),
and how the first resident after the return was answered.

    PYTHONPATH=functions:. .venv/bin/python -m bench.outage_recovery [--outages 30,90]
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from content_seed.files import OFFICES_DIR, load_bundle
from content_seed.publish import version_of
from localdev.emulator import start_emulator
from localdev.flaky_proxy import FlakyProxy, Mode
from localdev.graph_standin import RunningStandin
from puspa.whatsapp.webhook import sign

ROOT = Path(__file__).resolve().parent.parent
MAIN = str(ROOT / "functions" / "main.py")
TEMPLATE = ROOT / "tests" / "data" / "webhooks" / "text.json"
PROJECT = "demo-puspa-bench-outage"
OFFICE_ID = "106540352242922"
SECRET = "bench-app-secret"
GIVE_UP_S = 180.0


def _body(sender: str, wamid: str) -> bytes:
    payload = json.loads(TEMPLATE.read_text())
    value = payload["entry"][0]["changes"][0]["value"]
    value["metadata"]["phone_number_id"] = OFFICE_ID
    value["messages"][0].update({"id": wamid, "from": sender, "text": {"body": "syarat bikin kk"}})
    return json.dumps(payload).encode()


def run(outages: list[float]) -> None:
    emulator = start_emulator()
    standin = RunningStandin(token="bench")
    proxy = FlakyProxy(emulator.host)
    try:
        os.environ.update({
            "WHATSAPP_TOKEN": "bench", "WHATSAPP_APP_SECRET": SECRET, "WHATSAPP_VERIFY_TOKEN": "bench",
            "WHATSAPP_PHONE_NUMBER_ID": OFFICE_ID, "WHATSAPP_API_URL": standin.api_url(),
            "GOOGLE_CLOUD_PROJECT": PROJECT, "FIRESTORE_EMULATOR_HOST": emulator.host,
            "PUSPA_LOG_LEVEL": "ERROR", "PUSPA_CONTENT_REFRESH_SECONDS": "100000",
        })  # fmt: skip
        from functions_framework import create_app

        from puspa.store import FirestoreStore

        bundle = load_bundle(OFFICES_DIR / "jonggol")
        FirestoreStore.for_project(PROJECT).publish_content(OFFICE_ID, version_of(bundle), bundle, published_by="bench")
        os.environ["FIRESTORE_EMULATOR_HOST"] = proxy.host  # the function reaches Firestore through the proxy
        client = create_app("whatsapp_webhook", MAIN).test_client()
        counter = iter(range(1_000_000))

        def post(sender: str, wamid: str) -> tuple[int, float]:
            raw = _body(sender, wamid)
            started = time.monotonic()
            status = client.post("/", data=raw, headers={"X-Hub-Signature-256": sign(raw, SECRET)}).status_code
            return status, time.monotonic() - started

        assert post("6281100000000", "wamid.BENCH.WARM")[0] == 200, "the function does not answer at all"
        print(f"Firestore emulator {emulator.host} behind the proxy {proxy.host}; each outage refuses connections")
        for outage in outages:
            proxy.fail_now(Mode.REFUSE)
            down_since = time.monotonic()
            redeliveries = 0
            while time.monotonic() - down_since < outage:  # Meta redelivers; each is answered 503
                status, _ = post("6281100000001", f"wamid.BENCH.DOWN{next(counter)}")
                redeliveries += status == 503
            proxy.restore()
            back = time.monotonic()
            first: tuple[int, float] | None = None
            answered_after = None
            while time.monotonic() - back < GIVE_UP_S:
                sent_before = len(standin.state.messages)
                status, took = post(f"62812{next(counter):08d}", f"wamid.BENCH.UP{next(counter)}")
                first = first or (status, took)
                if status == 200 and len(standin.state.messages) > sent_before:
                    answered_after = time.monotonic() - back
                    break
            first_text = f"HTTP {first[0]} after {first[1]:.1f} s" if first else "none"
            recovered = f"{answered_after:.1f} s" if answered_after is not None else f"not within {GIVE_UP_S:.0f} s"
            print(
                f"refused for {outage:.0f} s ({redeliveries} redeliveries answered 503): first message answered "
                f"{recovered} after Firestore's return; the first resident after it: {first_text}",
                flush=True,
            )
    finally:
        proxy.stop()
        standin.stop()
        emulator.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--outages", default="30,90", help="outage lengths in seconds, comma-separated")
    args = parser.parse_args()
    run([float(part) for part in args.outages.split(",")])


if __name__ == "__main__":
    main()
