"""Firestore-trigger CloudEvents as Eventarc sends them (binary mode, protobuf DocumentEventData).

Used by the tests and by `make run`'s local Eventarc."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from google.events.cloud.firestore import ArrayValue, Document, DocumentEventData, MapValue, Value
from google.protobuf.timestamp_pb2 import Timestamp


def to_value(value: Any) -> Value:
    if isinstance(value, bool):
        return Value(boolean_value=value)
    if isinstance(value, int):
        return Value(integer_value=value)
    if isinstance(value, str):
        return Value(string_value=value)
    if isinstance(value, datetime):
        stamp = Timestamp()
        stamp.FromDatetime(value.astimezone(UTC).replace(tzinfo=None))
        return Value(timestamp_value=stamp)
    if isinstance(value, date):
        return Value(string_value=value.isoformat())
    if isinstance(value, dict):
        return Value(map_value=MapValue(fields={k: to_value(v) for k, v in value.items()}))
    if isinstance(value, list | tuple):
        return Value(array_value=ArrayValue(values=[to_value(v) for v in value]))
    if value is None:
        return Value(null_value=0)
    raise TypeError(type(value))


def document_created(
    project: str, path: str, fields: dict[str, Any], event_id: str, when: datetime
) -> tuple[dict[str, str], bytes]:
    """(headers, body) of a binary-mode google.cloud.firestore.document.v1.created CloudEvent."""
    name = f"projects/{project}/databases/(default)/documents/{path}"
    data = DocumentEventData(value=Document(name=name, fields={k: to_value(v) for k, v in fields.items()}))
    headers = {
        "ce-specversion": "1.0",
        "ce-id": event_id,
        "ce-source": f"//firestore.googleapis.com/projects/{project}/databases/(default)",
        "ce-type": "google.cloud.firestore.document.v1.created",
        "ce-subject": f"documents/{path}",
        "ce-time": when.astimezone(UTC).isoformat().replace("+00:00", "Z"),
        "ce-dataschema": "https://github.com/googleapis/google-cloudevents/blob/main/proto/google/events/cloud/firestore/v1/data.proto",
        "ce-database": "(default)",
        "ce-document": path,
        "Content-Type": "application/protobuf",
    }
    return headers, DocumentEventData.serialize(data)
