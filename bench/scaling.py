"""How cost grows with stored data: Firestore operations and time per inbound message with 1, 100
and 10,000 stored sessions and registrations (Google's emulator, the Graph API stand-in). Nothing on
the hot path scans a collection, so the operations stay flat and the time should too."""

from __future__ import annotations

import statistics
import time
from datetime import UTC, datetime, timedelta

from bench.firestore_ops import OFFICE_ID, SCRIPT, webhook_body
from content_seed.files import OFFICES_DIR, load_bundle
from content_seed.publish import version_of
from localdev.emulator import start_emulator
from localdev.graph_standin import RunningStandin

SIZES = (1, 100, 10_000)
MESSAGES = 60


def _seed(store: object, count: int, now: datetime) -> None:
    """`count` sessions and registrations of other residents, written in batches."""
    client = store.client  # type: ignore[attr-defined]
    for start in range(0, count, 250):
        batch = client.batch()
        for n in range(start, min(start + 250, count)):
            batch.set(client.collection("sessions").document(f"{OFFICE_ID}_6289{n:08d}"), {
                "conversation": {"state": "main_menu", "last_seen": now}, "recent_wamids": [f"wamid.S{n}"],
                "expire_at": now + timedelta(days=30),
            })  # fmt: skip
            batch.set(client.collection("registrations").document(f"{OFFICE_ID}_RSP-2026-{n + 1:05d}"), {
                "code": f"RSP-2026-{n + 1:05d}", "office_id": OFFICE_ID, "resident_key": f"6289{n:08d}",
                "status": "diterima", "created_at": now,
            })  # fmt: skip
        batch.commit()


def _measure(size: int, emulator: object, standin: RunningStandin) -> tuple[float, float, list[float]]:
    from puspa.app.bootstrap import dependencies, handler_modules
    from puspa.app.content_cache import ContentCache
    from puspa.app.effect_handlers import EffectRunner
    from puspa.app.webhook_service import ServiceConfig, WebhookService
    from puspa.conversation.dialogue import Rules
    from puspa.store import FirestoreStore
    from puspa.whatsapp.graph import GraphClient
    from puspa.whatsapp.webhook import sign

    emulator.reset("demo-puspa-scale")  # type: ignore[attr-defined]
    store = FirestoreStore.for_project("demo-puspa-scale")
    bundle = load_bundle(OFFICES_DIR / "jonggol")
    store.publish_content(OFFICE_ID, version_of(bundle), bundle, published_by="bench")
    clock = [datetime(2026, 11, 25, 8, 0, tzinfo=UTC)]
    _seed(store, size, clock[0])
    now = lambda: clock[0]  # noqa: E731
    effects = EffectRunner.bound(handler_modules(), dependencies(store, timedelta(days=30), timedelta(days=90)), now)
    config = ServiceConfig("bench-secret", "v", Rules(), timedelta(days=30))
    graph = GraphClient(standin.api_url(), "bench")
    service = WebhookService(config, store, ContentCache(store, 60), graph, effects, now)
    warm = webhook_body("6281299999999", "wamid.warm", "text", "halo")
    service.receive(warm, sign(warm, "bench-secret"))  # the content cache fills once per instance
    store.count.reads = store.count.writes = 0
    timings = []
    for n in range(MESSAGES):
        kind, value = SCRIPT[n % len(SCRIPT)]
        body = webhook_body(f"62812{n % 6:08d}", f"wamid.X{size}.{n}", kind, value)
        started = time.perf_counter()
        service.receive(body, sign(body, "bench-secret"))
        timings.append(time.perf_counter() - started)
        clock[0] += timedelta(seconds=15)
    return store.count.reads / MESSAGES, store.count.writes / MESSAGES, timings


def main() -> None:
    import os

    emulator = start_emulator()
    standin = RunningStandin(token="bench")
    os.environ["FIRESTORE_EMULATOR_HOST"] = emulator.host
    try:
        for size in SIZES:
            reads, writes, timings = _measure(size, emulator, standin)
            median, p95 = statistics.median(timings) * 1000, sorted(timings)[int(len(timings) * 0.95)] * 1000
            print(f"{size:6d} stored sessions + registrations: {reads:.2f} reads, {writes:.2f} writes per message; "
                  f"median {median:.1f} ms, p95 {p95:.1f} ms")  # fmt: skip
    finally:
        standin.stop()
        emulator.stop()


if __name__ == "__main__":
    main()
