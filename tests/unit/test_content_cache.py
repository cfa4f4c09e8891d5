"""Content per office, loaded on first use and bounded: an instance holds the offices it serves."""

from __future__ import annotations

from typing import Any

from puspa.app.content_cache import ContentCache
from tests.fakes import FakeContentSource


def test_content_is_loaded_per_office_on_its_first_message_and_bounded(bundle: dict[str, Any]) -> None:
    source = FakeContentSource("A", bundle)
    for office in ("B", "C", "D"):
        source.published[office] = ("v", bundle)
    now = [0.0]
    cache = ContentCache(source, 60, clock=lambda: now[0], max_offices=2)
    assert cache.offices_held == ()  # nothing read before a message needs it
    assert cache.get("A") is not None and cache.get("B") is not None
    cache.get("A")  # A was used last: C pushes B out, not A
    assert cache.get("C") is not None
    assert cache.offices_held == ("A", "C")
    assert cache.get("unpublished") is None and len(cache.offices_held) == 2  # unknown numbers cannot grow it
