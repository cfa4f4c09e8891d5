"""A local stand-in for Eventarc's Firestore trigger: the emulator emits no events, so this
listens to collections in the emulator and delivers each new document to a running
notify_admins as a binary protobuf CloudEvent, retrying failures with backoff like Eventarc."""

from __future__ import annotations

import logging
import queue
import threading
import time
import uuid
from datetime import UTC, datetime
from typing import Any

import requests
from google.cloud import firestore

from localdev.cloudevents import document_created

log = logging.getLogger(__name__)


class LocalEventarc:
    def __init__(self, project: str, target_url: str, collections: tuple[str, ...], attempts: int = 4) -> None:
        self._project = project
        self._target_url = target_url
        self._attempts = attempts
        self.client = firestore.Client(project=project)
        self._queue: queue.Queue[tuple[str, dict[str, Any]] | None] = queue.Queue()
        self._watches = []
        self._seen_first: set[str] = set()
        self.delivered: list[tuple[str, int]] = []
        self._worker = threading.Thread(target=self._deliver_loop, daemon=True)
        self._worker.start()
        for collection in collections:
            self._watches.append(self.client.collection(collection).on_snapshot(self._on_snapshot(collection)))

    def _on_snapshot(self, collection: str) -> Any:
        def callback(_docs: Any, changes: Any, _read_time: Any) -> None:
            if collection not in self._seen_first:  # the first snapshot lists what already existed
                self._seen_first.add(collection)
                return
            for change in changes:
                if change.type.name == "ADDED":
                    self._queue.put((f"{collection}/{change.document.id}", change.document.to_dict() or {}))

        return callback

    def _deliver_loop(self) -> None:
        while (item := self._queue.get()) is not None:
            path, fields = item
            headers, body = document_created(self._project, path, fields, str(uuid.uuid4()), datetime.now(UTC))
            for attempt in range(1, self._attempts + 1):
                try:
                    status = requests.post(self._target_url, data=body, headers=headers, timeout=60).status_code
                except requests.RequestException:
                    status = 0
                self.delivered.append((path, status))
                if 200 <= status < 300:
                    break
                log.warning("notify_admins answered %s for %s (attempt %d)", status, path, attempt)
                time.sleep(min(10, 2**attempt))

    def stop(self) -> None:
        for watch in self._watches:
            watch.unsubscribe()
        self._queue.put(None)
        self._worker.join(timeout=5)
