"""The 24-hour window rule, once: a free-form message inside the resident's window, the template
outside it, and nothing at all outside it when there is no template (an offer, never billed unasked)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from puspa.app.customer_window import payload_for, session_key
from puspa.conversation.replies import TemplateReply, TextReply
from puspa.domain.sender import Sender
from puspa.domain.session import Session
from tests.fakes import FakeSessionStore

NOW = datetime(2026, 11, 26, 3, 0, tzinfo=UTC)
OFFICE, SITI = "100000000000002", Sender("6281234567890", "")
OFFER = TextReply("Terima kasih sudah datang. Isi survei?")
TEMPLATE = TemplateReply("puspa_status_permohonan", "id", ("B-001", "hadir", "-"))


def sessions(last_seen: datetime | None) -> FakeSessionStore:
    store = FakeSessionStore()
    if last_seen is not None:
        store.save_session(session_key(OFFICE, SITI), Session(last_seen=last_seen), (), None, NOW + timedelta(days=1))
    return store


@pytest.mark.parametrize(
    ("last_seen", "template", "expected"),
    [
        (NOW - timedelta(hours=2), None, "text"),
        (NOW - timedelta(hours=2), TEMPLATE, "text"),
        (NOW - timedelta(hours=30), TEMPLATE, "template"),
        (NOW - timedelta(hours=30), None, None),
        (None, None, None),
    ],
)
def test_inside_the_window_a_message_outside_the_template_or_nothing(
    last_seen: datetime | None, template: TemplateReply | None, expected: str | None
) -> None:
    payload = payload_for(sessions(last_seen), OFFICE, SITI, OFFER, template, NOW)
    assert (payload or {}).get("type") == expected
