"""Many offices on one deployment: 1 and 40 kecamatan published to Google's emulator, messages arriving
for a few of them. Prints Firestore operations per inbound message, the memory an instance holds for
content (tracemalloc) and the offices it holds, so that neither grows with offices it does not serve.

    PYTHONPATH=functions:. python -m bench.offices
"""

from __future__ import annotations

import copy
import os
import tracemalloc
from datetime import UTC, datetime, timedelta

from bench.firestore_ops import SCRIPT, webhook_body
from content_seed.files import OFFICES_DIR, load_bundle
from content_seed.publish import version_of
from localdev.emulator import start_emulator
from localdev.graph_standin import RunningStandin

RUNS = ((1, 1), (40, 1), (40, 3))  # (offices published, offices this instance receives messages for)
MESSAGES = 60


def _office_id(n: int) -> str:
    return f"1065403522{n:05d}"


def _measure(count: int, serving: int, emulator: object, standin: RunningStandin) -> tuple[float, float, int, int]:
    from puspa.app.bootstrap import dependencies, handler_modules
    from puspa.app.content_cache import ContentCache
    from puspa.app.effect_handlers import EffectRunner
    from puspa.app.webhook_service import ServiceConfig, WebhookService
    from puspa.conversation.dialogue import Rules
    from puspa.store import FirestoreStore
    from puspa.whatsapp.graph import GraphClient
    from puspa.whatsapp.webhook import sign

    emulator.reset("demo-puspa-offices")  # type: ignore[attr-defined]
    store = FirestoreStore.for_project("demo-puspa-offices")
    base = load_bundle(OFFICES_DIR / "jonggol")
    for n in range(count):
        bundle = copy.deepcopy(base)
        bundle["kantor"]["nama"] = f"Kecamatan Uji {n}"
        store.publish_content(_office_id(n), version_of(bundle), bundle, published_by="bench")
    clock = [datetime(2026, 11, 25, 8, 0, tzinfo=UTC)]
    now = lambda: clock[0]  # noqa: E731
    effects = EffectRunner.bound(handler_modules(), dependencies(store, timedelta(days=30), timedelta(days=90)), now)
    config = ServiceConfig("bench-secret", "v", Rules(), timedelta(days=30))
    cache = ContentCache(store, 60)
    service = WebhookService(config, store, cache, GraphClient(standin.api_url(), "bench"), effects, now)
    served = [_office_id(n) for n in range(serving)]
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    for office in served:  # an instance's first message per office reads its content once
        warm = webhook_body("6281299999999", f"wamid.warm.{office}", "text", "halo", office_id=office)
        service.receive(warm, sign(warm, "bench-secret"))
    held = sum(stat.size_diff for stat in tracemalloc.take_snapshot().compare_to(before, "filename"))
    tracemalloc.stop()
    store.count.reads = store.count.writes = 0
    for n in range(MESSAGES):
        kind, value = SCRIPT[n % len(SCRIPT)]
        office = served[n % len(served)]
        body = webhook_body(f"62812{n % 6:08d}", f"wamid.O{count}.{n}", kind, value, office_id=office)
        service.receive(body, sign(body, "bench-secret"))
        clock[0] += timedelta(seconds=15)
    return store.count.reads / MESSAGES, store.count.writes / MESSAGES, held, len(cache.offices_held)


def main() -> None:
    emulator = start_emulator()
    standin = RunningStandin(token="bench")
    os.environ["FIRESTORE_EMULATOR_HOST"] = emulator.host
    try:
        print(f"{'published':>10} {'served':>7} {'reads/msg':>10} {'writes/msg':>11} {'content held':>13} {'held':>5}")
        held_by_run = {}
        for count, serving in RUNS:
            reads, writes, held, offices = _measure(count, serving, emulator, standin)
            held_by_run[(count, serving)] = held
            print(f"{count:>10} {serving:>7} {reads:>10.2f} {writes:>11.2f} {held / 1024:>9.0f} KiB {offices:>5}")
        ratio = held_by_run[(40, 1)] / max(held_by_run[(1, 1)], 1)
        print(f"content memory serving 1 office, 40 published / 1 published: {ratio:.2f}x")
    finally:
        standin.stop()
        emulator.stop()


if __name__ == "__main__":
    main()
