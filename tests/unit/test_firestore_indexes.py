"""The index rule of tests/firestore_indexes.py on queries built by the real client library (no
server: `_to_protobuf` is what `stream` sends), and the end-of-run check of tests/query_recorder.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from google.auth.credentials import AnonymousCredentials
from google.cloud import firestore
from google.cloud.firestore_v1.base_query import FieldFilter

from tests.firestore_indexes import Index, declared_indexes, required_index, shape_of
from tests.query_recorder import problems
from tests.terraform import Terraform

CLIENT = firestore.Client(project="demo-indexes", credentials=AnonymousCredentials())


def _shape(query: Any) -> Any:
    return shape_of(query._to_protobuf())


def _where(collection: str, *filters: tuple[str, str, Any]) -> Any:
    query: Any = CLIENT.collection(collection)
    for field, op, value in filters:
        query = query.where(filter=FieldFilter(field, op, value))
    return query


@pytest.mark.parametrize(
    "query",
    [
        _where("tickets", ("office_id", "==", "1"), ("resident_key", "==", "k")).limit(50),  # merged single fields
        _where("sessions", ("unanswered_at", ">=", 1)).order_by("unanswered_at"),
        _where("sessions", ("activity_days", "array_contains", "2026-11-25")),
        _where("survey_answers", ("submitted_at", "!=", None)),  # is not null: one field
        CLIENT.collection("offices").select(["version"]),
        _where("tickets", ("office_id", "==", "1")).order_by("office_id"),  # ordering an equality field is free
    ],
    ids=["equalities", "range-and-its-order", "array-contains", "not-null", "no-filter", "order-of-equality"],
)
def test_required_index_single_field_queries_need_none(query: Any) -> None:
    assert required_index(_shape(query)) is None


def test_required_index_equality_with_range_needs_equality_then_range() -> None:
    need = required_index(_shape(_where("sessions", ("office_id", "==", "1"), ("unanswered_at", ">=", 5))))
    assert need is not None
    assert need.index() == Index("sessions", False, (("office_id", "ASCENDING"), ("unanswered_at", "ASCENDING")))


def test_required_index_equality_with_array_contains_needs_both() -> None:
    shape = _shape(_where("documents", ("office_id", "==", "1"), ("subscriber_keys", "array_contains", "k")))
    need = required_index(shape)
    assert need is not None
    assert need.index().fields == (("office_id", "ASCENDING"), ("subscriber_keys", "CONTAINS"))


def test_required_index_order_keeps_direction_and_follows_the_equalities() -> None:
    query = _where("tickets", ("status", "==", "terbuka"), ("office_id", "==", "1")).order_by(
        "created_at", direction=firestore.Query.DESCENDING
    )
    need = required_index(_shape(query))
    assert need is not None
    assert need.index().fields == (("office_id", "ASCENDING"), ("status", "ASCENDING"), ("created_at", "DESCENDING"))


def test_required_index_two_range_fields_are_ordered_by_name() -> None:
    need = required_index(_shape(_where("x", ("b", ">", 1), ("a", "<", 2))))
    assert need is not None
    assert need.suffix == (("a", "ASCENDING"), ("b", "ASCENDING"))


def test_served_by_takes_equality_fields_in_any_order_and_direction() -> None:
    need = required_index(_shape(_where("x", ("a", "==", 1), ("b", "==", 2), ("c", ">", 3))))
    assert need is not None
    assert need.served_by(Index("x", False, (("b", "DESCENDING"), ("a", "ASCENDING"), ("c", "ASCENDING"))))


@pytest.mark.parametrize(
    "index",
    [
        Index("x", False, (("a", "ASCENDING"), ("c", "DESCENDING"))),  # the range field's direction
        Index("y", False, (("a", "ASCENDING"), ("c", "ASCENDING"))),  # another collection
        Index("x", True, (("a", "ASCENDING"), ("c", "ASCENDING"))),  # collection-group scope
        Index("x", False, (("c", "ASCENDING"), ("a", "ASCENDING"))),  # the range field first
        Index("x", False, (("a", "ASCENDING"), ("c", "ASCENDING"), ("d", "ASCENDING"))),  # one field more
        Index("x", False, (("a", "CONTAINS"), ("c", "ASCENDING"))),  # an array index of the equality field
    ],
    ids=["direction", "collection", "scope", "field-order", "extra-field", "array-mode"],
)
def test_served_by_refuses_an_index_of_another_shape(index: Index) -> None:
    need = required_index(_shape(_where("x", ("a", "==", 1), ("c", ">", 3))))
    assert need is not None and not need.served_by(index)


def _infra(folder: Path, firestore_tf: str) -> Terraform:
    (folder / "firestore.tf").write_text(firestore_tf)
    return Terraform(folder)


def test_declared_indexes_reads_each_for_each_key(tmp_path: Path) -> None:
    terraform = _infra(tmp_path, """
locals {
  grouped = ["registrations", "tickets"]
}
resource "google_firestore_index" "by_office" {
  for_each   = toset(local.grouped)
  collection = each.value
  fields {
    field_path = "office_id"
    order      = "ASCENDING"
  }
  fields {
    field_path   = "keys"
    array_config = "CONTAINS"
  }
}
""")  # fmt: skip
    fields = (("office_id", "ASCENDING"), ("keys", "CONTAINS"))
    assert declared_indexes(terraform) == [Index("registrations", False, fields), Index("tickets", False, fields)]


TTL_ON_SESSIONS = """
resource "google_firestore_field" "ttl" {
  for_each   = toset(["sessions"])
  database   = "(default)"
  collection = each.value
  field      = "expire_at"
  ttl_config {}
}
"""


def test_problems_name_the_query_and_the_index_block_to_add(tmp_path: Path) -> None:
    shape = _shape(_where("documents", ("office_id", "==", "1"), ("subscriber_keys", "array_contains", "k")))
    where = {"functions/puspa/store/readiness.py:33"}
    (found,) = problems({shape: where}, {}, _infra(tmp_path, TTL_ON_SESSIONS))
    assert "functions/puspa/store/readiness.py:33" in found and "office_id ==, subscriber_keys array-contains" in found
    block = found.split("Add:\n", 1)[1]
    assert 'collection = "documents"' in block and 'array_config = "CONTAINS"' in block
    (tmp_path / "indexes.tf").write_text(block.replace("<name>", "subscribed"))
    assert problems({shape: where}, {}, Terraform(tmp_path)) == []  # the block offered is the one it needs


def test_problems_name_a_collection_written_with_expire_at_without_ttl(tmp_path: Path) -> None:
    terraform = _infra(tmp_path, TTL_ON_SESSIONS)
    expiring = {"sessions": {"a.py:1"}, "tickets": {"functions/puspa/store/tickets.py:89"}}
    (found,) = problems({}, expiring, terraform)
    assert "collection tickets" in found and "functions/puspa/store/tickets.py:89" in found
