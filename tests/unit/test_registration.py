"""Reception-permit registrations, the pure rules: which status may follow which."""

from __future__ import annotations

import pytest

from puspa.domain.registration import ACTIVE, TRANSITIONS, Status

FINAL = (Status.DITOLAK, Status.SELESAI, Status.DIBATALKAN)


@pytest.mark.parametrize("final", FINAL)
def test_transitions_from_a_final_status_none_is_allowed(final: Status) -> None:
    assert TRANSITIONS[final] == frozenset()
    assert final not in ACTIVE


def test_transitions_every_status_is_active_or_final() -> None:
    assert set(TRANSITIONS) == set(Status) == ACTIVE | set(FINAL)
    assert all(TRANSITIONS[status] for status in ACTIVE)  # an open registration can always move on


def test_transitions_a_refused_registration_cannot_be_reopened() -> None:
    assert not {Status.DITERIMA, Status.DIPROSES, Status.DISETUJUI} & TRANSITIONS[Status.DITOLAK]
