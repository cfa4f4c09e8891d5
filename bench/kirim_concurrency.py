"""Simultaneous Kirim: how long 10 registrations of different residents take when they arrive at
once (Google's emulator). The request number is allocated without a hot counter."""

from __future__ import annotations

import statistics
import time
from datetime import UTC, date, datetime, timedelta


def main() -> None:
    from localdev.emulator import start_emulator

    emulator = start_emulator()
    try:
        import os

        os.environ["FIRESTORE_EMULATOR_HOST"] = emulator.host
        from puspa.domain.registration import Draft
        from puspa.domain.sender import Sender
        from puspa.store import FirestoreRegistrationStore, FirestoreStore
        from tests.concurrency import run_concurrently

        now = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)
        draft = Draft("SITI", "3201064512900001", "Cibodas", "003/005", "pernikahan", date(2026, 12, 19),
                      "08.00–14.00 WIB", "Kp. Cibodas", 300, "tidak_ada", "6281200000000")  # fmt: skip
        for count in (1, 10, 20):
            timings = []
            for round_ in range(3):
                emulator.reset("demo-kirim")
                stores = [FirestoreRegistrationStore(FirestoreStore.for_project("demo-kirim")) for _ in range(count)]
                started = time.perf_counter()
                results = run_concurrently(count, lambda i, r=round_, s=stores: s[i].submit_registration(
                    "106540352242922", Sender(f"62812{r}{i:06d}", ""), draft, f"w{i}", now,
                    now + timedelta(days=90), 2026))  # fmt: skip
                timings.append(time.perf_counter() - started)
                codes = sorted(r.code for r in results if not isinstance(r, Exception))
                assert len(codes) == count and len(set(codes)) == count, results
            print(
                f"{count:3d} simultaneous Kirim: {statistics.median(timings):.2f} s (median of 3; "
                f"{min(timings):.2f}–{max(timings):.2f}), codes 0001–{count:04d} without gaps"
            )
    finally:
        emulator.stop()


if __name__ == "__main__":
    main()
