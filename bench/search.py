"""Search speed and accuracy: on the tuning fixture (tests/data/search_queries.yaml) and on the
held-out questions (tests/data/search_heldout.yaml), which were never used to tune search.

    PYTHONPATH=functions:. python -m bench.search
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import yaml

from content_seed.files import OFFICES_DIR, load_bundle
from content_seed.publish import validate
from puspa.conversation.search import build_index, is_chitchat, search
from puspa.domain.content import Content

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
FIXTURES = {"tuning": DATA / "search_queries.yaml", "held-out": DATA / "search_heldout.yaml"}


def right(query: str, expect: str | None, content: Content) -> bool:
    """The scoring rule, as in tests/unit/test_search.py: a clear card must be the expected
    one; a "Maksud Anda…?" list must hold it among its first three; null means no card at all."""
    result = search(query, content)
    ids = [s.id for s in result.services]
    if expect is None:
        return not result.found
    return (result.clear and ids[0] == expect) or (not result.clear and expect in ids[:3])


def report(name: str, fixture: dict[str, Any], content: Content) -> float:
    """Print one fixture's figures; returns the search time per query in µs."""
    queries = fixture["queries"]
    clear = ambiguous = none = right_ = clear_right = outside = outside_right = 0
    wrong: list[str] = []
    for item in queries:
        result = search(item["q"], content)
        ids = [s.id for s in result.services]
        clear += result.clear
        ambiguous += result.found and not result.clear
        none += not result.found
        ok = right(item["q"], item["expect"], content)
        right_ += ok
        if item["expect"] is None:
            outside += 1
            outside_right += ok
        else:
            clear_right += result.clear and ids[0] == item["expect"]
        if not ok:
            wrong.append(
                f"  {item['q']!r}: expected {item['expect']}, got {ids[:3]}{'' if result.clear else ' (list)'}"
            )
    rounds = 20
    started = time.perf_counter()
    for _ in range(rounds):
        for item in queries:
            search(item["q"], content)
    per_query_us = (time.perf_counter() - started) / (rounds * len(queries)) * 1e6
    total, in_scope = len(queries), len(queries) - outside
    print(f"[{name}] {total} queries: right {right_} ({right_ / total:.1%}); one clear card {clear_right}")
    print(f"  answers: clear {clear}, 'Maksud Anda…?' {ambiguous}, no match {none}")
    print(
        f"  in scope {in_scope}: right {right_ - outside_right} ({(right_ - outside_right) / in_scope:.1%}); "
        f"no card expected {outside}: no card for {outside_right} ({outside_right / outside:.1%})"
    )
    chat = fixture.get("obrolan") or []
    if chat:
        friendly = sum(is_chitchat(q, content) for q in chat)
        print(f"  chit-chat {len(chat)}: answered as chit-chat {friendly} ({friendly / len(chat):.1%})")
    for line in wrong:
        print(line)
    print(f"  search {per_query_us:.0f} µs per query")
    return per_query_us


def main() -> None:
    content = validate(load_bundle(OFFICES_DIR / "jonggol"))
    started = time.perf_counter()
    for _ in range(20):
        build_index(content)
    index_ms = (time.perf_counter() - started) / 20 * 1000
    for name, path in FIXTURES.items():
        report(name, yaml.safe_load(path.read_text()), content)
    print(f"index build {index_ms:.1f} ms per content version")


if __name__ == "__main__":
    main()
