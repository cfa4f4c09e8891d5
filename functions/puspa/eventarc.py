"""Decode Eventarc's Firestore document events (google.cloud.firestore.document.v1.*).

Google sends binary-mode CloudEvents with `application/protobuf` DocumentEventData; local runs and
tests may send the same data as JSON. Both become a DocumentEvent with plain Python values.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from google.events.cloud.firestore import DocumentEventData, Value
from msgspec import Struct


class EventDecodeError(ValueError):
    """The event carries no document we can read."""


class DocumentEvent(Struct, frozen=True):
    event_id: str
    event_type: str
    time: datetime | None
    path: str  # relative to the database, e.g. "registrations/106540352242922_RSP-2026-0001"
    fields: dict[str, Any]

    @property
    def collection(self) -> str:
        return self.path.split("/", 1)[0]


def _plain(value: Value) -> Any:
    pb = Value.pb(value)
    kind = pb.WhichOneof("value_type")
    if kind == "map_value":
        return {k: _plain(v) for k, v in value.map_value.fields.items()}
    if kind == "array_value":
        return [_plain(v) for v in value.array_value.values]
    if kind == "timestamp_value":
        return pb.timestamp_value.ToDatetime(tzinfo=UTC)
    if kind == "integer_value":
        return int(pb.integer_value)
    if kind in ("string_value", "double_value", "boolean_value", "reference_value"):
        return getattr(pb, kind)
    return None  # null, bytes, geo point: nothing PUSPA stores


def _parse_time(raw: Any) -> datetime | None:
    if isinstance(raw, datetime):
        return raw if raw.tzinfo else raw.replace(tzinfo=UTC)
    if isinstance(raw, str) and raw:
        try:
            return datetime.fromisoformat(raw.replace("Z", "+00:00"))
        except ValueError:
            return None
    return None


def decode_document_event(attributes: dict[str, Any], data: Any) -> DocumentEvent:
    """A DocumentEvent from a CloudEvent's attributes and data (protobuf bytes, JSON text or dict)."""
    try:
        if isinstance(data, bytes | bytearray):
            try:
                payload = DocumentEventData.deserialize(bytes(data))
            except Exception:  # not protobuf: maybe JSON bytes
                payload = DocumentEventData.from_json(bytes(data).decode("utf-8"), ignore_unknown_fields=True)
        elif isinstance(data, str):
            payload = DocumentEventData.from_json(data, ignore_unknown_fields=True)
        elif isinstance(data, dict):
            payload = DocumentEventData.from_json(json.dumps(data), ignore_unknown_fields=True)
        else:
            raise EventDecodeError(f"unexpected event data of type {type(data).__name__}")
    except EventDecodeError:
        raise
    except Exception as exc:
        raise EventDecodeError(f"event data is not a DocumentEventData: {exc}") from exc
    document = payload.value
    if not document.name:
        raise EventDecodeError("the event carries no document (a delete, or an empty payload)")
    _, _, path = document.name.partition("/documents/")
    return DocumentEvent(
        event_id=str(attributes.get("id", "")),
        event_type=str(attributes.get("type", "")),
        time=_parse_time(attributes.get("time")),
        path=path or document.name,
        fields={k: _plain(v) for k, v in document.fields.items()},
    )
