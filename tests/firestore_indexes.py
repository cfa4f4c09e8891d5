"""Which composite index a Firestore query needs, and whether infra/firestore.tf declares it.

The emulator runs any query; production Firestore (Standard edition) refuses one that no index serves
with FAILED_PRECONDITION "The query requires an index". The rule, from Google's documentation
("Index overview" and "Best practices" of Firestore, Standard edition; "Query with range and inequality
filters on multiple fields"):

- Firestore keeps a single-field index of every field by itself (ascending, descending, and
  array-contains for arrays; a map's subfields and the whole map too). They serve a query whose
  filters and order all name one field (`a > 1 order by a`, `tags array-contains x`, `order by a`).
- Equality filters on several fields (`==`, `in`, `is null`) need nothing more: Firestore merges the
  single-field indexes ("index merging").
- Anything else needs a composite index: an equality or array-contains filter together with a range
  or inequality filter (`<`, `<=`, `>`, `>=`, `!=`, `not-in`, `is not null`) or an order on another
  field; array-contains together with an equality filter; range filters on several fields.
- That index lists the equality and array-contains fields first (in any order; an array field as
  CONTAINS), then the ordered fields in the query's order and directions, then the range fields not
  ordered explicitly, ascending (Firestore orders by them implicitly, by name). The document name
  (`__name__`) is always the implicit last order and is left out.

Strict on purpose: an index is accepted only when it is exactly that shape, in the query's collection
and scope (Firestore can sometimes merge composite indexes too; such a query is reported here, and the
index it names works anyway).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from google.cloud.firestore_v1.types import StructuredQuery

from tests.terraform import Terraform

Operator = StructuredQuery.FieldFilter.Operator
Unary = StructuredQuery.UnaryFilter.Operator
EQUALITY = {("field", Operator.EQUAL), ("field", Operator.IN), ("unary", Unary.IS_NULL), ("unary", Unary.IS_NAN)}
ARRAY = {("field", Operator.ARRAY_CONTAINS), ("field", Operator.ARRAY_CONTAINS_ANY)}
RANGE = {
    *(("field", op) for op in (Operator.LESS_THAN, Operator.LESS_THAN_OR_EQUAL, Operator.GREATER_THAN,
                               Operator.GREATER_THAN_OR_EQUAL, Operator.NOT_EQUAL, Operator.NOT_IN)),
    ("unary", Unary.IS_NOT_NULL), ("unary", Unary.IS_NOT_NAN),
}  # fmt: skip
NAME = "__name__"


@dataclass(frozen=True)
class QueryShape:
    """What of a query decides its index: fields by kind of filter, and the explicit orders."""

    collection: str
    collection_group: bool
    equalities: frozenset[str]
    arrays: frozenset[str]
    ranges: frozenset[str]
    orders: tuple[tuple[str, str], ...]  # (field, ASCENDING | DESCENDING)

    def describe(self) -> str:
        parts = [f"{f} ==" for f in sorted(self.equalities)] + [f"{f} array-contains" for f in sorted(self.arrays)]
        parts += [f"{f} range" for f in sorted(self.ranges)] + [f"order by {f} {d.lower()}" for f, d in self.orders]
        scope = "collection group" if self.collection_group else "collection"
        return f"{scope} {self.collection}: " + (", ".join(parts) or "no filter")


@dataclass(frozen=True)
class Index:
    """A composite index: its collection, scope and fields as (field, ASCENDING | DESCENDING | CONTAINS)."""

    collection: str
    collection_group: bool
    fields: tuple[tuple[str, str], ...]

    def terraform(self) -> str:
        """The google_firestore_index block to add to infra/firestore.tf."""
        lines = [
            'resource "google_firestore_index" "<name>" {',
            "  database   = google_firestore_database.default.name",
            f'  collection = "{self.collection}"',
        ]
        if self.collection_group:
            lines.append('  query_scope = "COLLECTION_GROUP"')
        for field, mode in self.fields:  # laid out as `terraform fmt` lays it out
            if mode == "CONTAINS":
                lines += ["  fields {", f'    field_path   = "{field}"', f'    array_config = "{mode}"', "  }"]
            else:
                lines += ["  fields {", f'    field_path = "{field}"', f'    order      = "{mode}"', "  }"]
        return "\n".join([*lines, "}"])


def shape_of(query: StructuredQuery) -> QueryShape:
    """The shape of a query as the client library sends it (RunQuery's `structured_query`)."""
    (source,) = query.from_
    equalities: set[str] = set()
    arrays: set[str] = set()
    ranges: set[str] = set()
    for kind, field, operator in _filters(query.where):
        if (kind, operator) in EQUALITY:
            equalities.add(field)
        elif (kind, operator) in ARRAY:
            arrays.add(field)
        elif (kind, operator) in RANGE:
            ranges.add(field)
        else:
            raise ValueError(f"unknown filter operator {operator!r} on {field}")
    orders = tuple(
        (o.field.field_path, "DESCENDING" if o.direction == StructuredQuery.Direction.DESCENDING else "ASCENDING")
        for o in query.order_by
    )
    return QueryShape(
        source.collection_id, source.all_descendants, frozenset(equalities), frozenset(arrays), frozenset(ranges),
        orders,
    )  # fmt: skip


def _filters(where: Any) -> list[tuple[str, str, int]]:
    """(field or unary, field path, operator) of every filter of an AND; an OR is not supported here."""
    which = StructuredQuery.Filter.pb(where).WhichOneof("filter_type")
    if which is None:
        return []
    if which == "composite_filter":
        if where.composite_filter.op != StructuredQuery.CompositeFilter.Operator.AND:
            raise ValueError("OR queries: the index rule here handles AND only; extend tests/firestore_indexes.py")
        return [f for sub in where.composite_filter.filters for f in _filters(sub)]
    if which == "field_filter":
        return [("field", where.field_filter.field.field_path, where.field_filter.op)]
    return [("unary", where.unary_filter.field.field_path, where.unary_filter.op)]


@dataclass(frozen=True)
class Need:
    """A composite index a query needs: its equality and array fields (in any order in the index;
    an equality field in either direction), then `suffix` exactly."""

    collection: str
    collection_group: bool
    prefix: frozenset[tuple[str, str]]  # (field, ORDERED | CONTAINS)
    suffix: tuple[tuple[str, str], ...]

    def index(self) -> Index:
        """The index to declare (equality fields ascending, by name)."""
        head = sorted(self.prefix, key=lambda f: (f[1] == "CONTAINS", f[0]))
        fields = tuple((f, "CONTAINS" if kind == "CONTAINS" else "ASCENDING") for f, kind in head)
        return Index(self.collection, self.collection_group, (*fields, *self.suffix))

    def served_by(self, index: Index) -> bool:
        if (index.collection, index.collection_group) != (self.collection, self.collection_group):
            return False
        width = len(self.prefix)
        head = {(f, "CONTAINS" if mode == "CONTAINS" else "ORDERED") for f, mode in index.fields[:width]}
        return (
            len(index.fields) == width + len(self.suffix)
            and head == self.prefix
            and index.fields[width:] == self.suffix
        )


def required_index(shape: QueryShape) -> Need | None:
    """The composite index `shape` needs, or None when single-field indexes serve it."""
    orders = tuple((f, d) for f, d in shape.orders if f != NAME and f not in shape.equalities)
    if not shape.arrays and not shape.ranges and not orders:
        return None  # equality filters only: single-field indexes merged
    others = shape.arrays | shape.ranges | {f for f, _ in orders}
    if not shape.equalities and len(others) == 1 and not (shape.arrays and (shape.ranges or orders)):
        return None  # one field filtered and ordered: its single-field index
    prefix = {(f, "ORDERED") for f in shape.equalities} | {(f, "CONTAINS") for f in shape.arrays}
    ordered = {f for f, _ in orders}
    implicit = tuple((f, "ASCENDING") for f in sorted(shape.ranges - ordered))
    return Need(shape.collection, shape.collection_group, frozenset(prefix), (*orders, *implicit))


def declared_indexes(terraform: Terraform) -> list[Index]:
    """Every google_firestore_index of infra/, once per for_each key."""
    found = []
    for resource in terraform.of_type("google_firestore_index"):
        for body in terraform.instances(resource).values():
            fields = tuple(
                (f["field_path"], f.get("array_config") or f.get("order", "ASCENDING")) for f in body["fields"]
            )
            scope = body.get("query_scope", "COLLECTION") == "COLLECTION_GROUP"
            found.append(Index(terraform.resolve(body["collection"]), scope, fields))
    return found
