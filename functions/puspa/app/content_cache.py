"""Published content, cached in instance memory with a cheap freshness check.

At most once per `refresh_s` per office it reads only the `version` field (1 read); the full
bundle is read (1 more read) only when the version changed. If Firestore is unavailable during a
check, the cached content keeps being served.

Content is loaded per office on its first message, and at most `max_offices` are kept (the least
recently used goes first): an instance that serves a few kecamatan of a kabupaten's deployment holds
those, not every published office, and numbers nobody published cannot grow it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from msgspec import Struct

from puspa.app.ports import ContentSource
from puspa.domain.content import Content, parse_content
from puspa.errors import ContentError, StoreUnavailableError

log = logging.getLogger(__name__)


class _Entry(Struct):
    content: Content | None
    checked_at: float


MAX_OFFICES = 64


class ContentCache:
    def __init__(
        self,
        source: ContentSource,
        refresh_s: float,
        clock: Callable[[], float] = time.monotonic,
        max_offices: int = MAX_OFFICES,
    ) -> None:
        self._source = source
        self._refresh_s = refresh_s
        self._clock = clock
        self._max_offices = max_offices
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self._lock = threading.Lock()

    def prefetch(self, office_id: str) -> threading.Thread:
        """Read `office_id`'s content in the background: at an instance's start the read (and the
        connection it opens) overlaps the rest of the start-up instead of following it. The first
        `get` waits for it; if it failed, that `get` reads again."""

        def load() -> None:
            try:
                self.get(office_id)
            except StoreUnavailableError as exc:
                log.warning("content prefetch for office %s failed: %s", office_id, exc)

        thread = threading.Thread(target=load, name="content-prefetch", daemon=True)
        thread.start()
        return thread

    def offices(self) -> tuple[str, ...]:
        """Every office with published content (read each time: a new office joins by publishing)."""
        return self._source.published_offices()

    def get(self, office_id: str) -> Content | None:
        """The office's current content; None when nothing is published for it (an unknown number).
        StoreUnavailableError when it cannot be read or parsed: the message is redelivered later."""
        with self._lock:
            entry = self._entries.get(office_id)
            now = self._clock()
            if entry is not None:
                self._entries.move_to_end(office_id)
            if entry is not None and now - entry.checked_at < self._refresh_s:
                return entry.content
            if entry is None:  # an instance's first message: the bundle itself, one read (no version check first)
                content = self._load(office_id, None)
                self._keep(office_id, _Entry(content, now))
                return content
            try:
                version = self._source.content_version(office_id)
            except StoreUnavailableError:
                if entry is not None and entry.content is not None:
                    log.warning("content check failed for office %s; serving cached version", office_id)
                    return entry.content
                raise
            if entry is not None and entry.content is not None and entry.content.version == version:
                entry.checked_at = now
                return entry.content
            content = self._load(office_id, entry)
            self._keep(office_id, _Entry(content, now))
            return content

    def _keep(self, office_id: str, entry: _Entry) -> None:
        self._entries[office_id] = entry
        self._entries.move_to_end(office_id)
        while len(self._entries) > self._max_offices:
            self._entries.popitem(last=False)

    @property
    def offices_held(self) -> tuple[str, ...]:
        """The offices whose content this instance holds, least recently used first."""
        return tuple(self._entries)

    def _load(self, office_id: str, previous: _Entry | None) -> Content | None:
        loaded = self._source.load_content(office_id)
        if loaded is None:
            log.error("no content is published for office %s", office_id)
            return None
        version, bundle = loaded
        try:
            content = parse_content(bundle, version, strict=False)
        except ContentError as exc:
            log.error("published content of office %s is invalid: %s", office_id, exc.problems[:5])
            if previous is not None and previous.content is not None:
                return previous.content
            raise StoreUnavailableError(f"content of office {office_id} cannot be loaded") from exc
        log.info("loaded content version %s for office %s", version[:12], office_id)
        return content
