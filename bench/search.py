"""Search speed and accuracy on the query fixture (tests/data/search_queries.yaml)."""

from __future__ import annotations

import time
from pathlib import Path

import yaml

from content_seed.files import OFFICES_DIR, load_bundle
from content_seed.publish import validate
from puspa.conversation.search import build_index, search

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "data" / "search_queries.yaml"


def main() -> None:
    content = validate(load_bundle(OFFICES_DIR / "jonggol"))
    queries = yaml.safe_load(FIXTURE.read_text())["queries"]
    started = time.perf_counter()
    for _ in range(20):
        build_index(content)
    index_ms = (time.perf_counter() - started) / 20 * 1000
    clear = ambiguous = none = right = clear_right = outside = outside_right = 0
    started = time.perf_counter()
    rounds = 20
    for round_ in range(rounds):
        for item in queries:
            result = search(item["q"], content)
            if round_:
                continue
            ids = [s.id for s in result.services]
            clear += result.clear
            ambiguous += result.found and not result.clear
            none += not result.found
            if item["expect"] is None:
                right += not result.found
                outside += 1
                outside_right += not result.found
            elif result.clear and ids[0] == item["expect"]:
                right += 1
                clear_right += 1
            elif not result.clear and item["expect"] in ids[:3]:
                right += 1
    per_query_us = (time.perf_counter() - started) / (rounds * len(queries)) * 1e6
    total = len(queries)
    share_right, share_clear = right / total, clear_right / total
    print(f"queries {total}: right {right} ({share_right:.1%}); one clear card {clear_right} ({share_clear:.1%})")
    print(f"answers: clear {clear}, 'Maksud Anda…?' {ambiguous}, no match {none}")
    in_scope = total - outside
    print(
        f"out of scope {outside}: no card for {outside_right} ({outside_right / outside:.1%}); "
        f"in scope {in_scope}: right {right - outside_right} ({(right - outside_right) / in_scope:.1%})"
    )
    print(f"search {per_query_us:.0f} µs per query; index build {index_ms:.1f} ms per content version")


if __name__ == "__main__":
    main()
