"""The Firestore client wrapper: one choke point for every call (`_call`), operation counts, and
SDK exceptions turned into StoreError subclasses; sessions and published content.

    sessions/{office_id}_{user_key}   conversation state + recent inbound message ids, `office_id` (what
                                      the digest's queries select on); TTL on `expire_at`
    offices/{office_id}               published content: `version`, `bundle` (JSON text), `published_at`
"""

from __future__ import annotations

import contextlib
import json
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any, TypeVar

import grpc  # type: ignore[import-untyped]
from google.api_core import exceptions as google_exceptions
from google.api_core import gapic_v1
from google.api_core import retry as retries
from google.auth import exceptions as auth_exceptions
from google.cloud import firestore
from google.cloud.firestore_v1 import _helpers
from google.cloud.firestore_v1.base_query import FieldFilter
from google.cloud.firestore_v1.field_path import FieldPath
from google.cloud.firestore_v1.types import common
from msgspec import Struct

from puspa.domain.delivery import DeliveryLog, Unfinished
from puspa.domain.results import StoredSession
from puspa.domain.session import Session
from puspa.errors import ConcurrentUpdateError, StoreError, StoreUnavailableError
from puspa.slow_calls import note_call

T = TypeVar("T")
# Every call is bounded so that an unreachable Firestore answers within seconds (the webhook then
# answers 503 and Meta redelivers) instead of the client's own limits (up to 300 s for a read).
TIMEOUT_S = 3.0  # one attempt
RETRY = retries.Retry(predicate=retries.if_transient_error, initial=0.2, maximum=1.0, multiplier=2.0, timeout=4.0)
BOUNDED: dict[str, Any] = {"retry": RETRY, "timeout": TIMEOUT_S}
ALLOCATION_ATTEMPTS = 200  # numbers tried per request (simultaneous requests each take one)
TRANSACTION_ATTEMPTS = 5  # per round; the client retries these at once, without waiting
RECEIPT_KEPT = timedelta(days=7)  # Meta redelivers a message for up to 7 days
TRANSACTION_ROUNDS = 6  # rounds, with a growing random pause between them (contention on a counter)
TRANSIENT = (
    google_exceptions.ServiceUnavailable,
    google_exceptions.DeadlineExceeded,
    google_exceptions.InternalServerError,
    google_exceptions.Aborted,
    google_exceptions.TooManyRequests,
    google_exceptions.RetryError,
    google_exceptions.Unknown,
    google_exceptions.Cancelled,
    auth_exceptions.TransportError,
)
UNREACHABLE = (google_exceptions.GoogleAPICallError, google_exceptions.RetryError)
LOST_RACE = (google_exceptions.FailedPrecondition, google_exceptions.AlreadyExists, google_exceptions.NotFound)


# gRPC's own reconnect back-off (1 s, growing 1.6× up to 120 s) outlived the outage: after 30 s of
# refused connections the channel waited up to about 20 s more before it tried again, answering every
# call UNAVAILABLE meanwhile, and after 90 s of refusals the next resident was refused too. At most 1 s
# between attempts, and 3 s for one attempt (each call is bounded by 3 s anyway): the webhook answers
# again within about a second of Firestore's return (bench.outage_recovery). One connection attempt a
# second from a few instances during an outage is nothing to Firestore's front end.
RECONNECT_OPTIONS: list[tuple[str, int]] = [
    ("grpc.initial_reconnect_backoff_ms", 250),
    ("grpc.max_reconnect_backoff_ms", 1000),
    ("grpc.min_reconnect_backoff_ms", 3000),  # gRPC core reads it as the shortest connect timeout (default 20 s)
]
MESSAGE_SIZE_OPTIONS: list[tuple[str, int]] = [  # as the client library sets them
    ("grpc.max_send_message_length", -1),
    ("grpc.max_receive_message_length", -1),
]


class _Client(firestore.Client):
    """firestore.Client with RECONNECT_OPTIONS on its gRPC channel: the library takes no channel
    options (googleapis/google-cloud-python#16455), so its channel is built here as it builds it."""

    def _firestore_api_helper(self, transport: Any, client_class: Any, client_module: Any) -> Any:
        if self._firestore_api_internal is None:
            if self._emulator_host is not None:  # the emulator: an insecure channel, as the library's
                options = [*MESSAGE_SIZE_OPTIONS, *RECONNECT_OPTIONS]
                channel = grpc.insecure_channel(self._emulator_host, options=options)
            else:  # the library's keepalive and sizes, and ours
                options = [("grpc.keepalive_time_ms", 30000), *MESSAGE_SIZE_OPTIONS, *RECONNECT_OPTIONS]
                channel = transport.create_channel(self._target, credentials=self._credentials, options=options)
            self._transport = transport(host=self._target, channel=channel)
            self._firestore_api_internal = client_class(transport=self._transport, client_options=self._client_options)
            client_module._client_info = self._client_info
        return self._firestore_api_internal


def _bounded(client: firestore.Client) -> firestore.Client:
    """Give the transaction calls (begin, commit, rollback), which take no retry argument, the same
    bounds as every other call (the client's default is 60 s each)."""
    transport = client._firestore_api._transport
    for name in ("begin_transaction", "commit", "rollback"):
        method = getattr(transport, name)
        transport._wrapped_methods[method] = gapic_v1.method.wrap_method(
            method, default_retry=RETRY, default_timeout=TIMEOUT_S, client_info=gapic_v1.client_info.DEFAULT_CLIENT_INFO
        )
    return client


def _log_from(data: dict[str, Any]) -> DeliveryLog:
    """The delivery log of a session document; damaged entries are left out."""
    raw_claims = data.get("claims")
    claims: list[Any] = raw_claims if isinstance(raw_claims, list) else []
    claimed = {
        str(c["id"]): c["at"]
        for c in claims
        if isinstance(c, dict) and c.get("id") and isinstance(c.get("at"), datetime)
    }
    raw_flood = data.get("flood")
    flood: dict[str, Any] = raw_flood if isinstance(raw_flood, dict) else {}
    tokens, refilled, throttled = flood.get("tokens"), flood.get("at"), flood.get("throttled")
    raw_activity = data.get("activity")
    activity = {
        str(day): {str(k): v for k, v in counts.items() if isinstance(v, int)}
        for day, counts in (raw_activity.items() if isinstance(raw_activity, dict) else ())
        if isinstance(counts, dict)
    }
    raw_unfinished = data.get("unfinished")
    unfinished = {
        str(wamid): Unfinished(
            Session.from_dict(turn["before"]) if isinstance(turn.get("before"), dict) else None, turn["at"]
        )
        for wamid, turn in (raw_unfinished.items() if isinstance(raw_unfinished, dict) else ())
        if isinstance(turn, dict) and isinstance(turn.get("at"), datetime) and wamid in claimed
    }
    return DeliveryLog(
        claimed,
        float(tokens) if isinstance(tokens, int | float) and not isinstance(tokens, bool) else None,
        refilled if isinstance(refilled, datetime) else None,
        throttled if isinstance(throttled, int) and not isinstance(throttled, bool) else 0,
        activity,
        unfinished,
    )


def office_of(session_key: str) -> str:
    """The office part of a session's key (`{office}_{resident}`, app.customer_window.session_key)."""
    return session_key.partition("_")[0]


class Tally(Struct):
    """Operations of one transaction attempt (a retried attempt starts again from zero)."""

    reads: int = 0
    writes: int = 0


class OperationCount(Struct):
    """Firestore operations made through this store (billing units: reads, writes, deletes)."""

    reads: int = 0
    writes: int = 0
    deletes: int = 0


class FirestoreStore:
    """Sessions and published content in Firestore."""

    def __init__(self, client: firestore.Client) -> None:
        self._client = client
        self.count = OperationCount()

    @property
    def client(self) -> firestore.Client:
        """The SDK client, for adapters that build their own references (call it through `call`/`transact`)."""
        return self._client

    @classmethod
    def for_project(cls, project: str) -> FirestoreStore:
        """A store for `project`; honours FIRESTORE_EMULATOR_HOST like the client library does."""
        return cls(_bounded(_Client(project=project)))

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except LOST_RACE as exc:
            raise ConcurrentUpdateError(str(exc)) from exc
        except TRANSIENT as exc:
            raise StoreUnavailableError(f"Firestore unavailable: {exc}") from exc
        except google_exceptions.GoogleAPICallError as exc:
            raise StoreError(f"Firestore call failed: {exc}") from exc

    def call(self, kind: str | None, fn: Callable[[], T]) -> T:
        """Run one Firestore call; count it as one `kind` (None: the caller counts, e.g. a transaction)."""
        started = time.monotonic()
        try:
            with self._errors():
                result = fn()
        finally:
            note_call("firestore", kind or "call", time.monotonic() - started)
        if kind is not None:
            setattr(self.count, kind, getattr(self.count, kind) + 1)
        return result

    def transact(self, work: Callable[[Any], T]) -> T:
        """Run a `@firestore.transactional` function, retrying contention in rounds with a jittered
        pause (the client's own retries come back-to-back and can collide again); uncounted."""
        started = time.monotonic()
        try:
            return self._transact(work)
        finally:
            note_call("firestore", "transaction", time.monotonic() - started)

    def _transact(self, work: Callable[[Any], T]) -> T:
        for round_ in range(TRANSACTION_ROUNDS):
            transaction = self._client.transaction(max_attempts=TRANSACTION_ATTEMPTS)
            with self._errors():
                try:
                    return work(transaction)
                except google_exceptions.Aborted:
                    pass  # contention: try again after a pause
                except ValueError as exc:
                    if "Failed to commit transaction" in str(exc):  # the client's own attempts all contended
                        pass
                    elif isinstance(
                        exc.__context__, google_exceptions.GoogleAPICallError | google_exceptions.RetryError
                    ):
                        raise StoreUnavailableError(f"Firestore unavailable in a transaction: {exc}") from exc
                    else:
                        raise
            time.sleep(random.uniform(0.05, 0.2) * 2**round_)
        raise StoreUnavailableError(f"transaction still contended after {TRANSACTION_ROUNDS} rounds")

    def first_free_number(self, counter_ref: Any, attempt: Callable[[int], T]) -> T:
        """Run `attempt(number)` (a transaction that creates the request with that number and raises
        ConcurrentUpdateError when it is taken) from the counter's hint upwards until one commits.

        The counter is read outside the transaction and only raised to the highest number (a
        write-only transform), so simultaneous requests never wait on it: a taken number costs one
        quick failed commit instead of a lock wait (issue: ~20 s for 10 simultaneous Kirim)."""
        hint = self.call("reads", lambda: counter_ref.get(**BOUNDED))
        number = int((hint.to_dict() or {}).get("last", 0)) + 1 if hint.exists else 1
        for _ in range(ALLOCATION_ATTEMPTS):
            try:
                return attempt(number)
            except ConcurrentUpdateError:  # taken by a simultaneous request: the next one
                number += 1
        raise StoreUnavailableError(f"no free number after {ALLOCATION_ATTEMPTS} attempts")

    def tally(self, reads: int, writes: int) -> None:
        """Count operations made outside `call` (inside a transaction, whose work the caller knows)."""
        self.count.reads += reads
        self.count.writes += writes

    # --- sessions -------------------------------------------------------------------------------

    def _session_ref(self, key: str) -> Any:
        return self._client.collection("sessions").document(key.replace("/", "_"))

    # The session's read and compare-and-set write run on every message, so they go to the API as
    # directly as the SDK allows: one unary GetDocument (`DocumentReference.get` opens a server stream
    # per read) and one Write that replaces the document on a precondition (`update` with a write
    # option sends a field mask of every field). Together about half the client time of the SDK's
    # calls (`bench.startup`, README "Cost per inbound message"); tests/contract covers both.

    def _fetch(self, ref: Any) -> Any | None:
        """The document at `ref` (the API's Document: `fields`, `update_time`), None when there is none."""
        api, metadata = self._client._firestore_api, self._client._rpc_metadata

        def get() -> Any | None:
            try:
                return api.get_document(request={"name": ref._document_path}, metadata=metadata, **BOUNDED)
            except google_exceptions.NotFound:
                return None

        return self.call("reads", get)

    def _replace(self, ref: Any, data: dict[str, Any], token: object | None) -> None:
        """Write all of `data` as the document at `ref` if it is still the version read (`token`, its
        update time), or if there is none yet (`token` None); else ConcurrentUpdateError. One attempt:
        StoreUnavailableError when its outcome is unknown."""
        writes = _helpers.pbs_for_set_no_merge(ref._document_path, data)
        precondition = common.Precondition(exists=False) if token is None else common.Precondition(update_time=token)
        writes[0].current_document = precondition
        request = {"database": self._client._database_string, "writes": writes}
        api, metadata = self._client._firestore_api, self._client._rpc_metadata
        # Not retried here: a retried commit that had landed would be refused (the document changed, by
        # itself) and look like a lost race. The caller reads the session back instead.
        self.call("writes", lambda: api.commit(request=request, metadata=metadata, retry=None, timeout=TIMEOUT_S))

    def load_session(self, key: str) -> StoredSession:
        document = self._fetch(self._session_ref(key))
        if document is None:
            return StoredSession(None, (), None)
        data: dict[str, Any] = _helpers.decode_dict(document.fields, self._client)  # type: ignore[assignment]
        conversation = data.get("conversation")
        session = Session.from_dict(conversation) if isinstance(conversation, dict) else None
        recent = tuple(w for w in data.get("recent_wamids", []) if isinstance(w, str))
        return StoredSession(session, recent, document.update_time, _log_from(data))

    def save_session(
        self,
        key: str,
        session: Session,
        recent_wamids: tuple[str, ...],
        token: object | None,
        expire_at: datetime,
        log: DeliveryLog | None = None,
    ) -> None:
        ref = self._session_ref(key)
        log = log or DeliveryLog()
        data = {
            "conversation": session.to_dict(),
            "recent_wamids": list(recent_wamids),
            "claims": [{"id": w, "at": at} for w, at in log.claimed_at.items()],
            "flood": {"tokens": log.tokens, "at": log.refilled_at, "throttled": log.throttled},
            "activity": {day: dict(counts) for day, counts in log.activity.items()},
            "activity_days": sorted(log.activity),  # what the digest queries to collect a day's figures
            # turns with effects not known to have finished (usually none: the attempt deletes its own)
            "unfinished": {
                wamid: {"before": turn.before.to_dict() if turn.before else None, "at": turn.decided_at}
                for wamid, turn in log.unfinished.items()
            },
            # the newest question PUSPA had no card for: what the digest queries (None: nothing to collect)
            "unanswered_at": max((at for _, at in session.unanswered), default=None),
            "office_id": office_of(key),  # what the digest's queries select on: each office reads its own
            "expire_at": expire_at,
        }
        self._replace(ref, data, token)

    def finish_turn(self, key: str, wamid: str) -> None:
        """Delete one field, without a read or a version check: the claims of the sender's other
        messages written meanwhile stay. An erased session (HAPUS DATA SAYA) stays erased."""
        field_path = FieldPath("unfinished", wamid).to_api_repr()
        with contextlib.suppress(ConcurrentUpdateError):  # NotFound: the session was erased
            self.call("writes", lambda: self._session_ref(key).update({field_path: firestore.DELETE_FIELD}, **BOUNDED))

    def delete_session(self, key: str, token: object) -> None:
        option = self._client.write_option(last_update_time=token)
        self.call("deletes", lambda: self._session_ref(key).delete(option=option, **BOUNDED))

    def erase_session(self, key: str) -> None:
        self.call("deletes", lambda: self._session_ref(key).delete(**BOUNDED))

    def keep_erasure_receipt(self, office_id: str, message_key: str, now: datetime) -> None:
        ref = self.client.collection("erasures").document(f"{office_id}_{message_key}".replace("/", "_"))
        self.call("writes", lambda: ref.set({"office_id": office_id, "expire_at": now + RECEIPT_KEPT}, **BOUNDED))

    def erasure_receipt(self, office_id: str, message_key: str) -> bool:
        ref = self.client.collection("erasures").document(f"{office_id}_{message_key}".replace("/", "_"))
        return bool(self.call("reads", lambda: ref.get(**BOUNDED)).exists)

    def activity_of_day(self, office_id: str, day: str) -> tuple[int, int, dict[str, int]]:
        """(residents, messages answered, card openings by id) on `day` (local date), from the office's
        sessions that were active that day (one read each; never another office's)."""
        query = (
            self._client.collection("sessions")
            .where(filter=FieldFilter("office_id", "==", office_id))
            .where(filter=FieldFilter("activity_days", "array_contains", day))
        )
        snapshots = self.call("reads", lambda: list(query.stream(**BOUNDED)))
        self.count.reads += max(len(snapshots) - 1, 0)
        residents = messages = 0
        cards: dict[str, int] = {}
        for snapshot in snapshots:
            if not snapshot.id.startswith(f"{office_id}_"):
                continue
            counts = _log_from(snapshot.to_dict() or {}).activity.get(day, {})
            residents += 1
            messages += counts.get("messages", 0)
            for key, count in counts.items():
                if key.startswith("card:"):
                    cards[key.removeprefix("card:")] = cards.get(key.removeprefix("card:"), 0) + count
        return residents, messages, cards

    def keep_daily_activity(self, office_id: str, day: str, figures: dict[str, Any], expire_at: datetime) -> None:
        ref = self._client.collection("daily_activity").document(f"{office_id}_{day}")
        self.call("writes", lambda: ref.set({**figures, "office_id": office_id, "day": day, "expire_at": expire_at},
                                             **BOUNDED))  # fmt: skip

    def daily_documents(self, collection: str, office_id: str, days: list[str]) -> list[dict[str, Any]]:
        """The daily documents (daily_activity, unanswered_daily) of `office_id` for `days` that exist."""
        refs = [self._client.collection(collection).document(f"{office_id}_{day}") for day in days]
        snapshots = self.call("reads", lambda: list(self._client.get_all(refs, **BOUNDED)))
        self.count.reads += max(len(snapshots) - 1, 0)
        return [s.to_dict() or {} for s in snapshots if s.exists]

    def created_between(self, collection: str, office_id: str, start: datetime, end: datetime) -> list[dict[str, Any]]:
        """Documents of `collection` of one office created in [start, end) (the monthly report)."""
        query = (
            self._client.collection(collection)
            .where(filter=FieldFilter("office_id", "==", office_id))
            .where(filter=FieldFilter("created_at", ">=", start))
            .where(filter=FieldFilter("created_at", "<", end))
        )
        snapshots = self.call("reads", lambda: list(query.stream(**BOUNDED)))
        self.count.reads += max(len(snapshots) - 1, 0)
        return [s.to_dict() or {} for s in snapshots]

    # --- content --------------------------------------------------------------------------------

    def resident_documents(self, collection: str, office_id: str, resident_key: str, limit: int = 50) -> list[Any]:
        """The snapshots of `collection` that are the resident's at this office (STATUS, erasure): one query,
        counted as Firestore bills it (a read per document, at least one)."""
        query = (
            self._client.collection(collection)
            .where(filter=FieldFilter("office_id", "==", office_id))
            .where(filter=FieldFilter("resident_key", "==", resident_key))
            .limit(limit)
        )
        snapshots: list[Any] = self.call(None, lambda: list(query.stream(**BOUNDED)))
        self.tally(max(1, len(snapshots)), 0)
        return snapshots

    def _office_ref(self, office_id: str) -> Any:
        return self._client.collection("offices").document(office_id)

    def published_offices(self) -> tuple[str, ...]:
        """Every office with published content, by id: one query that reads only each document's
        `version` (one read per office, never the bundles)."""
        query = self._client.collection("offices").select(["version"])
        snapshots = self.call("reads", lambda: list(query.stream(**BOUNDED)))
        self.count.reads += max(len(snapshots) - 1, 0)
        return tuple(sorted(s.id for s in snapshots if isinstance((s.to_dict() or {}).get("version"), str)))

    def content_version(self, office_id: str) -> str | None:
        snapshot = self.call("reads", lambda: self._office_ref(office_id).get(field_paths=["version"], **BOUNDED))
        version = (snapshot.to_dict() or {}).get("version") if snapshot.exists else None
        return version if isinstance(version, str) else None

    def load_content(self, office_id: str) -> tuple[str, dict[str, Any]] | None:
        snapshot = self.call("reads", lambda: self._office_ref(office_id).get(**BOUNDED))
        data = snapshot.to_dict() if snapshot.exists else None
        if not data or not isinstance(data.get("bundle"), str):
            return None
        try:
            bundle = json.loads(data["bundle"])
        except ValueError as exc:
            raise StoreError(f"offices/{office_id}: published bundle is not valid JSON") from exc
        return str(data.get("version", "")), bundle

    def publish_content(self, office_id: str, version: str, bundle: dict[str, Any], published_by: str) -> None:
        """Replace the office's content in one document write: readers see all of it or none."""
        data = {
            "version": version,
            "bundle": json.dumps(bundle, ensure_ascii=False, sort_keys=True),
            "published_at": firestore.SERVER_TIMESTAMP,
            "published_by": published_by,
        }
        self.call("writes", lambda: self._office_ref(office_id).set(data, **BOUNDED))
