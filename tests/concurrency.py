"""Run work on several threads released at the same moment (emulator concurrency tests)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any


def run_concurrently(count: int, work: Callable[[int], Any], timeout_s: float = 120) -> list[Any]:
    """`work(i)` on `count` threads started together; each result, or the exception it raised."""
    results: list[Any] = [None] * count
    barrier = threading.Barrier(count)

    def run(index: int) -> None:
        barrier.wait()
        try:
            results[index] = work(index)
        except Exception as exc:  # returned to the test, which asserts on it
            results[index] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=timeout_s)
    return results
