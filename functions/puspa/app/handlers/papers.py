"""Cek berkas's shell side: fetch each file from WhatsApp, check it, keep it in the private bucket and
count it on its record; send the record to staff (one notice); staff's LENGKAP / KURANG; erasure and
STATUS. Its ports are declared here, beside the only handlers that use them.

Files are named by keyed hashes only (`<office>/<resident>/<record>/<message>.<ext>`): no file name,
media id or number reaches the bucket or the logs.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from typing import Any, Protocol

from puspa.app.effect_handlers import Scope
from puspa.app.staff_notices import NoticeTemplates, StaffNotice
from puspa.conversation.papers import AnswerPapers, ReceivePaper, SubmitPapers
from puspa.conversation.replies import TemplateReply
from puspa.domain.calendar import format_day
from puspa.domain.papers import (
    KINDS,
    MAX_BYTES,
    PREFIX,
    FileProblem,
    FileReceipt,
    Papers,
    Submitted,
    custom_time,
    file_kind,
)
from puspa.domain.privacy import mask_id
from puspa.domain.results import Erasure
from puspa.domain.sender import Sender
from puspa.domain.view_token import LIFETIME, ViewGrant, sign_grant
from puspa.errors import BucketError, GraphApiError, MediaTooLargeError
from puspa.whatsapp.limits import flatten_parameter

log = logging.getLogger(__name__)
CONTENT_TYPES = {ext: mime for mime, ext in KINDS.items()}
UNREADABLE_DECLARED = ("video/", "audio/", "text/", "application/vnd", "application/msword", "application/zip")


class PapersStore(Protocol):
    """Papers records per office; each change a transaction on the record, replays changing nothing twice."""

    def add_file(
        self, office_id: str, record_id: str, resident: Sender, service_id: str, service_title: str, booking_code: str,
        visit: date | None, name: str, consented_at: datetime, now: datetime,
    ) -> FileReceipt: ...  # fmt: skip

    def submit_papers(
        self, office_id: str, record_id: str, message_key: str, now: datetime, year: int
    ) -> Submitted: ...

    def answer_papers(
        self,
        office_id: str,
        code: str,
        complete: bool,
        text: str,
        actor: str,
        message_key: str,
        now: datetime,
        month: str = "",
    ) -> Papers | None:
        """Staff's LENGKAP / KURANG; a record's first answer counts in `month`'s figures (checked, and
        complete the first time)."""
        ...

    def month_figures(self, office_id: str, month: str) -> dict[str, int]:
        """Records checked in `month` ("checked") and those complete at their first check ("complete_first")."""
        ...

    def papers_by_code(self, office_id: str, code: str) -> Papers | None: ...

    def record_view(self, office_id: str, code: str, staff: str, now: datetime) -> Papers | None: ...

    def find_papers(self, office_id: str, resident_key: str, code: str) -> tuple[Papers, ...]: ...

    def erase_resident_papers(self, office_id: str, resident_key: str) -> tuple[Papers, ...]: ...


class PaperFiles(Protocol):
    """The private bucket of residents' papers (puspa.bucket.PapersBucket)."""

    def put(self, name: str, data: bytes, content_type: str, custom_time: datetime) -> None: ...

    def delete(self, names: list[str] | tuple[str, ...]) -> int: ...

    def delete_under(self, prefix: str) -> int: ...

    def signed_url(self, name: str, ttl: timedelta) -> str: ...


class Media(Protocol):
    data: bytes


class MediaSource(Protocol):
    """WhatsApp's media endpoint (puspa.whatsapp.graph.GraphClient)."""

    def download_media(self, media_id: str, max_bytes: int, office_id: str = "") -> Any: ...


class NoBucket:
    """PaperFiles where PUSPA_PAPERS_BUCKET is not set: files are refused (the resident is told), the rest works."""

    def put(self, name: str, data: bytes, content_type: str, custom_time: datetime) -> None:
        raise BucketError("PUSPA_PAPERS_BUCKET is not set: residents' papers cannot be kept", transient=False)

    def delete(self, names: list[str] | tuple[str, ...]) -> int:
        return 0

    def delete_under(self, prefix: str) -> int:
        return 0

    def signed_url(self, name: str, ttl: timedelta) -> str:
        raise BucketError("PUSPA_PAPERS_BUCKET is not set", transient=False)


def _short(tag: str) -> str:
    return tag.removeprefix("m:")


def resident_folder(scope: Scope) -> str:
    """The resident's folder in the bucket: a keyed hash, so HAPUS DATA SAYA finds every file of theirs."""
    return f"{scope.office_id}/{_short(scope.keyed('papers-resident', scope.inbound.sender.key))}/"


def record_id(scope: Scope, service_id: str, booking_code: str) -> str:
    """One record per resident, card and booking: a keyed hash of the three, no personal data in it."""
    resident = scope.inbound.sender.key
    folder = scope.keyed("papers-resident", resident)
    record = scope.keyed("papers-record", f"{resident}|{service_id}|{booking_code}")
    return f"{_short(folder)}-{_short(record)}"


def _declared_other(mime_type: str) -> bool:
    return mime_type.lower().startswith(UNREADABLE_DECLARED)


def receive(
    effect: ReceivePaper, scope: Scope, papers: PapersStore, paper_files: PaperFiles, media: MediaSource
) -> FileReceipt:
    if _declared_other(effect.mime_type):  # a video or a Word file: refused without downloading it
        return FileReceipt(0, FileProblem.TYPE)
    try:
        got = media.download_media(effect.media_id, MAX_BYTES, scope.office_id)
    except MediaTooLargeError:
        return FileReceipt(0, FileProblem.SIZE)
    except GraphApiError as exc:
        if exc.transient or exc.outage:
            raise  # nothing kept: Meta redelivers the message
        log.warning("a resident's file could not be fetched from WhatsApp (code %s)", exc.code)
        return FileReceipt(0, FileProblem.GONE)
    extension = file_kind(got.data[:8])
    if extension is None:
        return FileReceipt(0, FileProblem.TYPE)
    visit = date.fromisoformat(effect.visit_date) if effect.visit_date else None
    record = record_id(scope, effect.service_id, effect.booking_code)
    name = f"{resident_folder(scope)}{record}/{_short(scope.keyed('papers-file', scope.inbound.wamid))}.{extension}"
    try:
        paper_files.put(name, got.data, CONTENT_TYPES[extension], custom_time(visit, scope.now))
    except BucketError as exc:
        if exc.transient:
            raise  # nothing kept: Meta redelivers the message
        log.error("papers file not kept: %s", exc)
        return FileReceipt(0, FileProblem.UNAVAILABLE)
    receipt = papers.add_file(
        scope.office_id, record, scope.inbound.sender, effect.service_id, effect.service_title, effect.booking_code,
        visit, name, effect.consented_at, scope.now,
    )  # fmt: skip
    if receipt.problem is not None:  # over the limit, or already complete: the file is not kept
        paper_files.delete([name])
    log.info("papers file %s (%d in the record)", receipt.problem or "kept", receipt.count)
    return receipt


def submit(effect: SubmitPapers, scope: Scope, papers: PapersStore) -> Submitted:
    record = record_id(scope, effect.service_id, effect.booking_code)
    submitted = papers.submit_papers(scope.office_id, record, scope.message_key, scope.now, effect.year)
    if submitted.papers is not None:
        log.info("papers %s %s", submitted.papers.code, "sent to staff" if submitted.sent else "unchanged")
    return submitted


def answer(effect: AnswerPapers, scope: Scope, papers: PapersStore) -> Papers | None:
    found = papers.answer_papers(
        scope.office_id,
        effect.code,
        effect.complete,
        effect.text,
        effect.actor,
        scope.message_key,
        scope.now,
        effect.month,
    )
    log.info("staff answered papers %s: %s", effect.code, "ok" if found else "not found")
    return found


def erase(scope: Scope, papers: PapersStore, paper_files: PaperFiles) -> Erasure:
    """Every file of the resident at this office (recorded or not), then their records and notices."""
    removed = paper_files.delete_under(resident_folder(scope))
    records = papers.erase_resident_papers(scope.office_id, scope.inbound.sender.key)
    log.info("papers erased: %d record(s), %d file(s)", len(records), removed)
    return Erasure(deleted=tuple(p.code for p in records if p.code))


def find(scope: Scope, code: str, prefix: str | None, papers: PapersStore) -> tuple[Papers, ...]:
    if prefix not in (None, PREFIX):
        return ()
    return papers.find_papers(scope.office_id, scope.inbound.sender.key, code)


def masked_staff(channel: str) -> str:
    """How a staff member's link names them (and the record keeps who viewed): never the whole number or address."""
    if "@" in channel:
        local, _, domain = channel.partition("@")
        return f"e-mail {local[:1]}…@{domain}"
    return f"petugas {mask_id(channel)}"


def view_link(base_url: str, secret: str, office_id: str, code: str, staff: str, now: datetime) -> str:
    """A staff member's own link to a record's files: the signed token rides in the fragment."""
    token = sign_grant(ViewGrant(office_id, code, masked_staff(staff), now + LIFETIME), secret)
    return f"{base_url.rstrip('/')}/#{token}"


def new_papers(fields: dict[str, Any], office_name: str, _: str, templates: NoticeTemplates) -> StaffNotice:
    code, title = str(fields.get("code", "")), str(fields.get("service_title") or fields.get("service_id") or "")
    files, booking = int(fields.get("files") or 0), str(fields.get("booking_code", ""))
    visit = str(fields.get("visit_date", ""))
    again = int(fields.get("round") or 1) > 1
    when = format_day(date.fromisoformat(visit)) if visit else "belum ada jadwal"
    summary = f"{title}: {files} berkas; datang {when}" + (f" (antrean {booking})" if booking else "")
    kind = "Berkas tambahan untuk diperiksa" if again else "Berkas untuk diperiksa"
    parameters = tuple(flatten_parameter(p, 600) for p in (kind, code, summary))
    return StaffNotice(
        office_id=str(fields.get("office_id", "")),
        subject=f"[PUSPA {office_name}] {kind} {code}",
        rows=(
            ("Kode", code),
            ("Layanan", title),
            ("Berkas", f"{files} berkas"),
            ("Kedatangan", when),
            ("Antrean", booking or "-"),
        ),
        footer=(
            f"Buka tautan pribadi Anda di atas (berlaku {LIFETIME.days} hari; setiap berkas tampil beberapa menit, "
            f"tidak diunduh ke HP). Lalu balas dari WhatsApp petugas: LENGKAP {code} atau KURANG {code} "
            "<apa yang kurang>. Nomor warga tidak ditampilkan."
        ),
        template=TemplateReply(templates.info, templates.language, parameters),
        time_label="Dikirim",
        view_code=code,
    )


HANDLERS = {ReceivePaper: receive, SubmitPapers: submit, AnswerPapers: answer}
ERASE = (erase,)
FIND = {"papers": find}
STAFF_NOTICES = {"papers_submitted": new_papers}
