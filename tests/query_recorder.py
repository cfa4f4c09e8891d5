"""A pytest plugin (registered in tests/conftest.py) that keeps the emulator honest about production.

While the tests run, every query the code sends to Firestore (RunQuery, RunAggregationQuery: what
`stream`, `get` and `count` become) and every document it writes with an `expire_at` field (Commit,
BatchWrite) is recorded, with the line of PUSPA's code that made it. Queries and writes made by the
tests themselves are left out. At the end of the run:

- each recorded query is checked against the composite indexes of infra/firestore.tf with the rule of
  tests/firestore_indexes.py: the emulator runs any query, production refuses one without its index;
- each collection written with `expire_at` must have a TTL policy on it (google_firestore_field).

A miss fails the run (exit status 1) and the summary names the query and the index block to add.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from google.cloud.firestore_v1.services.firestore.client import FirestoreClient
from google.cloud.firestore_v1.types import (
    BatchWriteRequest,
    CommitRequest,
    RunAggregationQueryRequest,
    RunQueryRequest,
)

from tests.firestore_indexes import QueryShape, declared_indexes, required_index, shape_of
from tests.terraform import Terraform

ROOT = Path(__file__).parents[1]
CODE = tuple(str(ROOT / folder) + "/" for folder in ("functions", "content_seed", "localdev", "bench"))
TTL_FIELD = "expire_at"
PASSED_OVER = ("functions/puspa/store/base.py", ("call", "transact", "_transact"))


def _caller() -> str | None:
    """The two innermost lines of PUSPA's own code on the stack, or None when the tests made the call
    ("functions/puspa/store/x.py:12 via functions/puspa/app/y.py:34"); the store's wrapper of every
    call (`FirestoreStore.call`, `transact`) is passed over. Frames are walked, not formatted: this
    runs on every write of the suite."""
    lines: list[str] = []
    frame: FrameType | None = sys._getframe(1)
    while frame is not None and len(lines) < 2:
        path = frame.f_code.co_filename
        if path.startswith(CODE) and not (path.endswith(PASSED_OVER[0]) and frame.f_code.co_name in PASSED_OVER[1]):
            line = f"{Path(path).relative_to(ROOT)}:{frame.f_lineno}"
            if line not in lines:
                lines.append(line)
        frame = frame.f_back
    return " via ".join(lines) or None


def _collection(document_name: str) -> str:
    """`projects/p/databases/d/documents/a/x/b/y` -> `b` (the collection group of the document)."""
    return document_name.split("/documents/", 1)[1].split("/")[-2]


class QueryRecorder:
    def __init__(self) -> None:
        self.queries: dict[QueryShape, set[str]] = defaultdict(set)
        self.expiring: dict[str, set[str]] = defaultdict(set)
        self.problems: list[str] = []
        self._originals: dict[str, Callable[..., Any]] = {}

    # --- recording ------------------------------------------------------------------------------

    def _wrap(self, name: str, record: Callable[[Any], None]) -> None:
        original = getattr(FirestoreClient, name)
        self._originals[name] = original

        def wrapped(client: FirestoreClient, request: Any = None, **kwargs: Any) -> Any:
            record(request)
            return original(client, request=request, **kwargs)

        setattr(FirestoreClient, name, wrapped)

    def _query(self, kind: type, structured: Callable[[Any], Any]) -> Callable[[Any], None]:
        def record(request: Any) -> None:
            where = _caller()
            if where is not None and request is not None:
                self.queries[shape_of(structured(kind(request)))].add(where)

        return record

    def _writes(self, kind: type) -> Callable[[Any], None]:
        def record(request: Any) -> None:
            if request is None:
                return
            names = [w.update.name for w in kind(request).writes if "update" in w and TTL_FIELD in w.update.fields]
            where = _caller() if names else None
            if where is not None:
                for name in names:
                    self.expiring[_collection(name)].add(where)

        return record

    def pytest_sessionstart(self, session: pytest.Session) -> None:
        self._wrap("run_query", self._query(RunQueryRequest, lambda r: r.structured_query))
        self._wrap(
            "run_aggregation_query",
            self._query(RunAggregationQueryRequest, lambda r: r.structured_aggregation_query.structured_query),
        )
        self._wrap("commit", self._writes(CommitRequest))
        self._wrap("batch_write", self._writes(BatchWriteRequest))

    # --- checking -------------------------------------------------------------------------------

    @pytest.hookimpl(tryfirst=True)
    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        for name, original in self._originals.items():
            setattr(FirestoreClient, name, original)
        if not self.queries and not self.expiring:
            return
        self.problems = problems(self.queries, self.expiring, Terraform())
        if self.problems:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        if not self.queries and not self.expiring:
            return
        if self.problems:
            terminalreporter.section("Firestore indexes and TTL policies (infra/firestore.tf)", red=True)
            for problem in self.problems:
                terminalreporter.line(problem, red=True)
            return
        terminalreporter.line(
            f"infra/firestore.tf: {len(self.queries)} query shape(s) the code made have their indexes, "
            f"{len(self.expiring)} collection(s) written with {TTL_FIELD} have a TTL policy"
        )


def problems(queries: dict[QueryShape, set[str]], expiring: dict[str, set[str]], terraform: Terraform) -> list[str]:
    """What infra/ lacks for the recorded queries and expiring collections, one message each."""
    found = []
    declared = declared_indexes(terraform)
    for shape, where in sorted(queries.items(), key=lambda item: sorted(item[1])):
        need = required_index(shape)
        if need is not None and not any(need.served_by(index) for index in declared):
            found.append(
                f"MISSING INDEX: the query at {_places(where)} ({shape.describe()}) needs a composite index that "
                f"infra/firestore.tf does not declare; production Firestore refuses it with FAILED_PRECONDITION. "
                f"Add:\n{need.index().terraform()}"
            )
    with_ttl = _ttl_collections(terraform)
    for collection, where in sorted(expiring.items()):
        if collection not in with_ttl:
            found.append(
                f"MISSING TTL POLICY: {_places(where)} write(s) {TTL_FIELD} to collection {collection}, which has no "
                f"TTL policy in infra/firestore.tf (its documents would never be deleted): add {collection!r} to "
                f"local.ttl_collections."
            )
    return found


def _ttl_collections(terraform: Terraform) -> set[str]:
    return {
        terraform.resolve(body["collection"])
        for resource in terraform.of_type("google_firestore_field")
        for body in terraform.instances(resource).values()
        if body.get("ttl_config") is not None and body.get("field") == TTL_FIELD
    }


def _places(where: Iterable[str]) -> str:
    return ", ".join(sorted(where))
