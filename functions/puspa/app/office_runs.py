"""One scheduler call serves every published office (issue 24): the daily digest and the monthly
report run office by office, each to that office's own recipients.

An office's failure (content that does not load, an SMTP refusal, Firestore refusing one write) is
logged at ERROR and the next office runs; the call then reports failure, so Cloud Scheduler retries
it, and the retry skips the offices already done (their work is claimed per office in the
notification ledger: `digest_{office}_{day}`, `report_{office}_{month}`).
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Iterable

from msgspec import Struct

from puspa.domain.privacy import mask_for_log
from puspa.errors import PuspaError

log = logging.getLogger(__name__)


class OfficeOutcome(Struct, frozen=True):
    office_id: str
    result: str  # what was done ("sent report 2026-11", "already sent today", …) or why it failed
    failed: bool = False


class RunSummary(Struct, frozen=True):
    """What one scheduler call did: per office, then what ran after the offices (the kabupaten roll-up)."""

    job: str
    outcomes: tuple[OfficeOutcome, ...]
    after: tuple[OfficeOutcome, ...] = ()

    @property
    def failed(self) -> bool:
        return any(o.failed for o in (*self.outcomes, *self.after))

    def text(self) -> str:
        """The answer to the scheduler: one line per office (office ids are no personal data)."""
        if not self.outcomes and not self.after:
            return f"{self.job}: no office published"
        return "\n".join(f"{o.office_id}: {o.result}" for o in (*self.outcomes, *self.after))


def run_offices(job: str, offices: Iterable[str], run_office: Callable[[str], str]) -> tuple[OfficeOutcome, ...]:
    """`run_office(office_id)` for each office in turn; a failure is logged and the next runs.

        Every exception is caught here on purpose: this loop is the bulkhead between offices, and one
        office's bug or bad data must not cost the others their e-mail. PUSPA's own errors are logged
        without a traceback; anything else (a bug) with the frames of one, masked like the message (a
    traceback's text could quote a value)."""
    outcomes = []
    for office_id in offices:
        try:
            result = run_office(office_id)
        except Exception as exc:
            where = "" if isinstance(exc, PuspaError) else "\n" + "".join(traceback.format_tb(exc.__traceback__))
            log.error(
                "%s: office %s failed (%s: %s); the other offices go on, the call will be retried%s",
                job, office_id, type(exc).__name__, mask_for_log(str(exc)), mask_for_log(where),
            )  # fmt: skip
            outcomes.append(OfficeOutcome(office_id, f"failed: {type(exc).__name__}", failed=True))
            continue
        outcomes.append(OfficeOutcome(office_id, result))
    failed = sum(o.failed for o in outcomes)
    log.info("%s: %d office(s) run, %d failed", job, len(outcomes), failed)
    return tuple(outcomes)
