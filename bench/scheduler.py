"""What one scheduler call costs for N offices (issue 24): Firestore operations and seconds of the daily
digest and of the monthly report with the kabupaten roll-up, through the real services and Firestore
adapter (Google's emulator) and a real SMTP server, compared with the functions' timeout.

    PYTHONPATH=functions:. .venv/bin/python -m bench.scheduler --offices 40

Each office is Jonggol's content under another name, with its own petugas.yaml (one e-mail), and a
volume given on the command line: residents writing a day, questions without a card a day, and in the
month reported, survey answers, questions to staff and reception-permit requests. The digest runs on a
Tuesday morning whose earlier days are already kept (a normal working day); the report on the first
working day of December, its months before kept. Each call is then repeated, as Cloud Scheduler's
retry would (everything already done). Seconds are wall-clock on this machine with the emulator on
the same two cores; CPU seconds are the function's own process (the part a 0.33-vCPU instance, 512 MiB,
runs about three times slower).
"""

from __future__ import annotations

import argparse
import copy
import os
import re
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from content_seed.files import OFFICES_DIR, load_bundle
from content_seed.publish import version_of
from localdev.emulator import start_emulator
from localdev.mail_sink import MailSink

PROJECT = "demo-puspa-scheduler"
TUESDAY = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)  # 08.00 WIB: Monday to collect, earlier days kept
FIRST_WORKING_DAY = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)  # Tuesday 1 December, 08.00 WIB
INFRA = Path(__file__).resolve().parents[1] / "infra" / "functions.tf"


def office_id(n: int) -> str:
    return f"1065403522{n:05d}"


def _kept_day(put: Any, office: str, day: str, volume: argparse.Namespace, unanswered: int = 0) -> None:
    """One day the digest kept: its activity and its questions without a card."""
    activity = {"residents": volume.residents, "messages": 4 * volume.residents, "cards": {"kk": 3}}
    asked = {"total": unanswered, "residents": unanswered, "texts": {}, "cards": {"kk": unanswered}}
    put("daily_activity", f"{office}_{day}", {"office_id": office, "day": day, **activity})
    put("unanswered_daily", f"{office}_{day}", {"office_id": office, "day": day, **asked})


def _session(office: str, number: int, volume: argparse.Namespace) -> dict[str, Any]:
    """A resident who wrote on Monday (four messages, one card), some asking what no card answers."""
    from puspa.domain.session import Session

    at = TUESDAY - timedelta(hours=22)
    asked = ((f"pertanyaan tanpa kartu nomor {number}", at),) if number < volume.unanswered else ()
    monday = at.date().isoformat()
    return {
        "conversation": Session(last_seen=at, unanswered=asked).to_dict(),
        "activity": {monday: {"messages": 4, "card:kk": 1}},
        "activity_days": [monday],
        "unanswered_at": at if asked else None,
        "office_id": office,
        "expire_at": TUESDAY + timedelta(days=30),
    }


def _november(put: Any, office: str, volume: argparse.Namespace) -> None:
    """The month reported: survey answers, questions to staff (answered in 3 hours), reception permits
    (decided in 4), and the ten months before as their reports kept them."""
    from puspa.domain.registration import Change, Draft, Registration, Status
    from puspa.domain.ticket import Entry, Ticket, TicketStatus

    put("survey_keys", f"{office}_2026-11", {"office_id": office, "period": "2026-11", "key": "00" * 32})
    for a in range(volume.surveys):
        scores = {f"u{e}": 3 + (a + e) % 2 for e in range(1, 10)}
        answer = {"office_id": office, "period": "2026-11", "service_id": "kk", "suggestion": "", "scores": scores}
        put("survey_answers", f"{office}_2026-11_r{a:05d}", {**answer, "expire_at": FIRST_WORKING_DAY})
    for t in range(volume.questions):
        at = datetime(2026, 11, 2 + t % 27, 3, 0, tzinfo=UTC)
        thread = (Entry("warga", "pertanyaan", at), Entry("petugas …0001", "jawaban", at + timedelta(hours=3)))
        status = TicketStatus.TERBUKA if t == 0 else TicketStatus.DIJAWAB  # one still waiting: the digest's
        ticket = Ticket(f"TNY-2026-{t + 1:04d}", office, "6281", "6281", "", "Warga", "kk", status, at, thread)
        put("tickets", f"{office}_{ticket.code}", ticket.to_dict())
    draft = Draft("SITI", "3201064512900001", "Cibodas", "003/005", "pernikahan", date(2026, 12, 19), "08.00 WIB",
                  "Kp. Cibodas", 300, "tidak_ada", "6281100000004")  # fmt: skip
    for g in range(volume.registrations):
        at = datetime(2026, 11, 2 + g % 27, 2, 0, tzinfo=UTC)
        history = (Change(Status.DITERIMA, at, "warga"), Change(Status.DISETUJUI, at + timedelta(hours=4), "staf"))
        code = f"RSP-2026-{g + 1:04d}"
        registration = Registration(code, office, "6281", "6281", "", draft, Status.DISETUJUI, at, history)
        put("registrations", f"{office}_{code}", registration.to_dict())
    for month in range(1, 11):
        period = f"2026-{month:02d}"
        kept = {"office_id": office, "period": period, "respondents": 20, "ikm": 85.0, "grade": "B", "final": True}
        put("monthly_reports", f"{office}_{period}", kept)


class _Batches:
    """Writes in batches of 400 (seeding is not what is measured)."""

    def __init__(self, client: Any) -> None:
        self._client, self._batch, self._pending = client, client.batch(), 0

    def __call__(self, collection: str, doc: str, data: dict[str, Any]) -> None:
        self._batch.set(self._client.collection(collection).document(doc), data)
        self._pending += 1
        if self._pending == 400:
            self.commit()

    def commit(self) -> None:
        self._batch.commit()
        self._batch, self._pending = self._client.batch(), 0


def _seed(store: Any, offices: int, volume: argparse.Namespace) -> None:
    """Every office's content, one staff e-mail, a normal Monday in the sessions, November's records
    and the days of November the digests kept up to Sunday the 22nd (Monday is for Tuesday's digest)."""
    bundle = load_bundle(OFFICES_DIR / "jonggol")
    put = _Batches(store.client)
    for n in range(offices):
        office = office_id(n)
        content = copy.deepcopy(bundle)
        content["kantor"]["nama"] = f"Kecamatan Uji {n + 1}"
        admin = {"nama": "Admin", "nomor": f"628570{n:07d}", "peran": "admin", "email": f"admin{n}@kecamatan.test"}
        content["petugas"] = {"petugas": [admin]}
        store.publish_content(office, version_of(content), content, published_by="bench")
        for r in range(volume.residents):
            put("sessions", f"{office}_6281{n:04d}{r:05d}", _session(office, r, volume))
        for d in range(1, 23):
            _kept_day(put, office, date(2026, 11, d).isoformat(), volume, volume.unanswered)
        _november(put, office, volume)
    put.commit()


def _rest_of_november(store: Any, offices: int, volume: argparse.Namespace) -> None:
    """The days after Tuesday's digest, as the digests of the following mornings keep them."""
    put = _Batches(store.client)
    for n in range(offices):
        for d in range(24, 31):
            _kept_day(put, office_id(n), date(2026, 11, d).isoformat(), volume, volume.unanswered)
    put.commit()


def _timeouts() -> dict[str, int]:
    """timeout_seconds of each scheduled function, as infra/functions.tf configures it."""
    text = INFRA.read_text()
    found = {}
    for name in ("send_digest", "send_monthly_report"):
        block = text[text.index(f'"google_cloudfunctions2_function" "{name}"') :]
        found[name] = int(re.search(r"timeout_seconds\s*=\s*(\d+)", block).group(1))  # type: ignore[union-attr]
    return found


def _call(label: str, store: Any, run: Any, offices: int) -> tuple[float, int, int]:
    before = (store.count.reads, store.count.writes, store.count.deletes)
    wall, cpu = time.perf_counter(), time.process_time()
    summary = run()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    reads, writes, deletes = (getattr(store.count, k) - b for k, b in zip(("reads", "writes", "deletes"), before,
                                                                          strict=True))  # fmt: skip
    failed = [o.office_id for o in (*summary.outcomes, *summary.after) if o.failed]
    print(f"  {label}: {wall:6.1f} s ({cpu:5.1f} s CPU) · {reads:,} reads, {writes:,} writes, {deletes:,} deletes "
          f"= per office {reads / offices:.1f} reads, {(writes + deletes) / offices:.1f} writes+deletes"
          + (f" · FAILED {failed}" if failed else ""))  # fmt: skip
    return wall, reads, writes + deletes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--offices", type=int, default=40)
    parser.add_argument("--residents", type=int, default=60, help="residents writing to an office a day")
    parser.add_argument("--unanswered", type=int, default=5, help="of them, asking something without a card")
    parser.add_argument("--surveys", type=int, default=30, help="survey answers in the month, per office")
    parser.add_argument("--questions", type=int, default=40, help="questions to staff in the month, per office")
    parser.add_argument("--registrations", type=int, default=15, help="reception permits in the month, per office")
    volume = parser.parse_args()
    emulator, mail = start_emulator(), MailSink()
    os.environ["FIRESTORE_EMULATOR_HOST"] = emulator.host
    try:
        from puspa.app.content_cache import ContentCache
        from puspa.app.digest_service import DigestConfig, DigestService
        from puspa.app.report_service import ReportConfig, ReportService
        from puspa.app.rollup_service import RollupConfig, RollupService
        from puspa.mail import SmtpConfig, SmtpMailer
        from puspa.store import (
            FirestoreMonthSource,
            FirestoreNotificationLedger,
            FirestoreStore,
            FirestoreTicketStore,
            FirestoreUnansweredStore,
        )

        store = FirestoreStore.for_project(PROJECT)
        started = time.perf_counter()
        _seed(store, volume.offices, volume)
        print(
            f"{volume.offices} offices seeded in {time.perf_counter() - started:.0f} s: a day {volume.residents} "
            f"residents ({volume.unanswered} asking without a card); in November {volume.surveys} survey answers, "
            f"{volume.questions} questions to staff, {volume.registrations} reception permits per office"
        )
        mailer = SmtpMailer(SmtpConfig("127.0.0.1", mail.port, "none", "", "", "puspa@kabupaten.test"))
        tickets = FirestoreTicketStore(store, keep_closed=timedelta(days=30))
        ledger = FirestoreNotificationLedger(store)
        store.count.reads = store.count.writes = store.count.deletes = 0

        default = office_id(0)
        digest = DigestService(DigestConfig(default, ()), tickets, ledger, mailer, ContentCache(store, 60),
                               lambda: TUESDAY, FirestoreUnansweredStore(store), store)  # fmt: skip
        print("send_digest, a Tuesday morning:")
        digest_s, *_ = _call("first call", store, digest.run, volume.offices)
        _call("retry (all done)", store, digest.run, volume.offices)

        counted = (store.count.reads, store.count.writes, store.count.deletes)
        _rest_of_november(store, volume.offices, volume)
        store.count.reads, store.count.writes, store.count.deletes = counted
        source, cache = FirestoreMonthSource(store, tickets), ContentCache(store, 60)
        rollup = RollupService(RollupConfig(("organisasi@kabupaten.test",), default), source, ledger, mailer, cache,
                               lambda: FIRST_WORKING_DAY)  # fmt: skip
        reports = ReportService(ReportConfig(default, ()), source, ledger, mailer, cache, lambda: FIRST_WORKING_DAY,
                                rollup)  # fmt: skip
        print("send_monthly_report, 1 December (every office's report, then the kabupaten roll-up):")
        report_s, *_ = _call("first call", store, reports.run, volume.offices)
        _call("retry (all done)", store, reports.run, volume.offices)
        print(f"  e-mails sent: {len(mail.messages)} ({volume.offices} digests, {volume.offices} reports, 1 roll-up)")
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"  peak memory of this process: {peak:.0f} MiB (seeding and all offices' content in the cache included)")
        timeouts = _timeouts()
        for name, seconds in (("send_digest", digest_s), ("send_monthly_report", report_s)):
            limit = timeouts[name]
            print(f"{name}: {seconds:.0f} s for {volume.offices} offices = {seconds / limit:.0%} of its configured "
                  f"timeout ({limit} s, infra/functions.tf); {seconds / volume.offices:.2f} s per office, so "
                  f"{int(limit / (seconds / volume.offices))} offices fit at this machine's speed")  # fmt: skip
    finally:
        mail.stop()
        emulator.stop()


if __name__ == "__main__":
    main()
