"""The ErasureReceipts contract (HAPUS DATA SAYA's receipt for its confirming message), on the fake and
on the Firestore store."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from puspa.app.ports import ErasureReceipts
from tests.conftest import OFFICE_ID, PROJECT
from tests.fakes import FakeErasureReceipts

NOW = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)


@pytest.fixture(params=["fake", pytest.param("firestore", marks=pytest.mark.emulator)])
def receipts(request: pytest.FixtureRequest) -> ErasureReceipts:
    if request.param == "fake":
        return FakeErasureReceipts()
    request.getfixturevalue("firestore_host")
    from puspa.store import FirestoreStore

    return FirestoreStore.for_project(PROJECT)


def test_a_receipt_is_found_for_its_message_at_its_office_only(receipts: ErasureReceipts) -> None:
    assert receipts.erasure_receipt(OFFICE_ID, "m:abc") is False
    receipts.keep_erasure_receipt(OFFICE_ID, "m:abc", NOW)
    assert receipts.erasure_receipt(OFFICE_ID, "m:abc") is True
    assert receipts.erasure_receipt(OFFICE_ID, "m:other") is False
    assert receipts.erasure_receipt("106540352249999", "m:abc") is False
