"""Content schema: parse and validate an office's content bundle (pure).

A bundle is what `content_seed` assembles from the YAML files and publishes as JSON:
`{"kantor": {...}, "kategori": [...], "kata": {...}, "layanan": [{...}, ...]}`. Keys are
Indonesian because staff edit the files; problems are reported in Indonesian, naming the file
and field, so staff can fix them.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from datetime import date, time
from typing import Any

from msgspec import Struct, field

from puspa.domain.calendar import ZONES, Hours, OfficeCalendar, SpecialHours
from puspa.domain.staff import OfficeStaff, parse_staff
from puspa.errors import ContentError
from puspa.whatsapp.limits import HEADER_TEXT_MAX, ROW_DESCRIPTION_MAX

TITLE_MAX = 20  # fits a reply button (20) and a list row with its "10. " prefix (24)
ID_PATTERN = re.compile(r"^[a-z0-9_]{1,30}$")


class RequirementGroup(Struct, frozen=True):
    """Requirements for one case (e.g. "KK baru"); `case` is empty for a plain list."""

    case: str
    items: tuple[str, ...]


class Service(Struct, frozen=True):
    """One service card."""

    id: str
    category_id: str
    title: str
    description: str
    keywords: tuple[str, ...]
    summary: str
    requirements: tuple[RequirementGroup, ...]
    steps: tuple[str, ...]
    information: str
    place: str
    hours: str
    duration: str
    fee: str
    legal_basis: tuple[str, ...]
    notes: str
    checked_on: date
    examples: tuple[str, ...] = ()  # questions residents ask that this card answers (search uses them)
    office_status: bool = False  # the card shows whether the office is open now (from the calendar)
    buttons: tuple[str, ...] = ()  # `tombol`: the dialogues the card opens ("pendaftaran", "cek_dokumen")


class Category(Struct, frozen=True):
    id: str
    title: str
    description: str
    service_ids: tuple[str, ...]  # menu order


class Office(Struct, frozen=True):
    name: str
    service_name: str
    welcome: str
    staff_contact: str
    office_hours: str
    calendar: OfficeCalendar
    villages: tuple[str, ...]
    nik_region: str
    nik_region_name: str
    # Reception permits: working days the police need the file before the event (PP 60/2017: 14) and
    # the kecamatan's own days to issue its recommendation first; the form offers no earlier date.
    registration_police_working_days: int
    registration_processing_working_days: int

    @property
    def registration_min_working_days(self) -> int:
        return self.registration_police_working_days + self.registration_processing_working_days


class Words(Struct, frozen=True):
    """Search vocabulary staff can edit: greetings, ignored words, synonyms (variant -> canonical)."""

    greetings: tuple[str, ...]
    stopwords: tuple[str, ...]
    synonyms: Mapping[str, str]
    closings: tuple[str, ...] = ()
    # (words, reply): a greeting or thanks with one of these words is answered in kind
    greeting_replies: tuple[tuple[tuple[str, ...], str], ...] = ()
    closing_replies: tuple[tuple[tuple[str, ...], str], ...] = ()
    acknowledgements: tuple[str, ...] = ()  # "ok", "siap": not thanks, answered with a short "Baik."
    small_talk: tuple[str, ...] = ()  # chit-chat words ("makan", "jomblo"): a friendly short answer, not staff


class Content(Struct, frozen=True):
    """An office's published content. `version` identifies the published bundle."""

    version: str
    office: Office
    categories: tuple[Category, ...]
    services: tuple[Service, ...]
    words: Words
    _by_id: Mapping[str, Service] = field(default_factory=dict)
    staff: OfficeStaff = field(default_factory=OfficeStaff)  # petugas.yaml: who may act, where notices go
    # Sections a dialogue owns (file name -> parsed YAML), e.g. "survei": read by that dialogue module.
    sections: Mapping[str, Any] = field(default_factory=dict)
    # Values computed from this version on first use (e.g. the search index); never published.
    derived: dict[str, object] = field(default_factory=dict)

    def __eq__(self, other: object) -> bool:  # the same published content; lookups and caches aside
        if not isinstance(other, Content):
            return NotImplemented
        keys = ("version", "office", "categories", "services", "words", "staff", "sections")
        return all(getattr(self, key) == getattr(other, key) for key in keys)

    def __repr__(self) -> str:
        return f"Content(version={self.version!r}, office={self.office.name!r}, {len(self.services)} services)"

    def service(self, service_id: str) -> Service | None:
        return self._by_id.get(service_id)

    def category(self, category_id: str) -> Category | None:
        return next((c for c in self.categories if c.id == category_id), None)

    def services_in(self, category_id: str) -> tuple[Service, ...]:
        category = self.category(category_id)
        if category is None:
            return ()
        return tuple(self._by_id[s] for s in category.service_ids if s in self._by_id)


class Problems(list[str]):
    """Problems found so far. Unknown keys count only when `strict` (the publisher); the running
    bot ignores them, so content published by a newer content_seed still loads on an older function."""

    def __init__(self, *, strict: bool) -> None:
        super().__init__()
        self.strict = strict


class _Reader:
    """Reads fields of one mapping, collecting problems instead of stopping at the first."""

    def __init__(self, where: str, data: Any, allowed: tuple[str, ...], problems: list[str]) -> None:
        self.where = where
        self.problems = problems
        if not isinstance(data, Mapping):
            self.data: Mapping[str, Any] = {}
            problems.append(f"{where}: isinya harus berupa daftar kolom (kunci: nilai)")
            return
        self.data = data
        for key in data if getattr(problems, "strict", True) else ():
            if key not in allowed:
                close = difflib.get_close_matches(str(key), allowed, n=1)
                hint = f" (maksud Anda '{close[0]}'?)" if close else ""
                problems.append(f"{where}: kolom '{key}' tidak dikenal{hint}")

    def text(self, key: str, *, required: bool = True, max_len: int | None = None) -> str:
        value = self.data.get(key)
        if value is None:
            if required:
                self.problems.append(f"{self.where}: kolom '{key}' wajib diisi")
            return ""
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            self.problems.append(f"{self.where}: kolom '{key}' harus berupa teks")
            return ""
        result = str(value).strip()
        if required and not result:
            self.problems.append(f"{self.where}: kolom '{key}' tidak boleh kosong")
        if max_len is not None and len(result) > max_len:
            self.problems.append(
                f"{self.where}: kolom '{key}' terlalu panjang ({len(result)} huruf, maks. {max_len}): '{result}'"
            )
        return result

    def texts(self, key: str, *, required: bool = False) -> tuple[str, ...]:
        value = self.data.get(key)
        if value is None:
            if required:
                self.problems.append(f"{self.where}: kolom '{key}' wajib diisi (daftar)")
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.problems.append(f"{self.where}: kolom '{key}' harus berupa daftar teks yang tidak kosong")
            return ()
        if required and not value:
            self.problems.append(f"{self.where}: kolom '{key}' tidak boleh kosong")
        return tuple(v.strip() for v in value)

    def day(self, key: str) -> date:
        value = self.data.get(key)
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                pass
        self.problems.append(f"{self.where}: kolom '{key}' harus berupa tanggal TAHUN-BULAN-HARI, mis. 2026-11-25")
        return date.min


SERVICE_KEYS = (
    "id", "judul", "deskripsi", "kata_kunci", "ringkasan", "persyaratan", "langkah",
    "informasi", "tempat", "jam_layanan", "lama_proses", "biaya", "dasar_hukum", "catatan",
    "diperiksa", "sumber", "tombol", "contoh_pertanyaan", "status_kantor",
)  # fmt: skip


def _requirements(reader: _Reader) -> tuple[RequirementGroup, ...]:
    value = reader.data.get("persyaratan")
    if value is None:
        return ()
    if not isinstance(value, list) or not value:
        reader.problems.append(f"{reader.where}: kolom 'persyaratan' harus berupa daftar")
        return ()
    if all(isinstance(v, str) for v in value):
        return (RequirementGroup("", tuple(v.strip() for v in value if v.strip())),)
    groups = []
    for index, item in enumerate(value, start=1):
        sub = _Reader(f"{reader.where} persyaratan ke-{index}", item, ("untuk", "butir"), reader.problems)
        case = sub.text("untuk")
        items = sub.texts("butir", required=True)
        groups.append(RequirementGroup(case, items))
    return tuple(groups)


def _service(where: str, data: Any, category_of: Mapping[str, str], problems: list[str]) -> Service | None:
    reader = _Reader(where, data, SERVICE_KEYS, problems)
    before = len(problems)
    service_id = reader.text("id")
    if service_id and not ID_PATTERN.match(service_id):
        problems.append(f"{where}: 'id' hanya boleh huruf kecil, angka dan _ (maks. 30): '{service_id}'")
    category_id = category_of.get(service_id, "")
    # A procedure (requirements or steps) must state its processing time and fee; an
    # information-only card (PBB info, phone numbers) need not say "not applicable".
    procedure = reader.data.get("persyaratan") is not None or reader.data.get("langkah") is not None
    if service_id and not category_id:
        problems.append(
            f"{where}: layanan '{service_id}' belum dicantumkan di 'layanan' kategori mana pun (kategori.yaml)"
        )
    service = Service(
        id=service_id,
        category_id=category_id,
        title=reader.text("judul", max_len=TITLE_MAX),
        description=reader.text("deskripsi", max_len=ROW_DESCRIPTION_MAX),
        keywords=reader.texts("kata_kunci", required=True),
        summary=reader.text("ringkasan", required=False),
        requirements=_requirements(reader),
        steps=reader.texts("langkah"),
        information=reader.text("informasi", required=False),
        place=reader.text("tempat"),
        hours=reader.text("jam_layanan", required=False),
        duration=reader.text("lama_proses", required=procedure),
        fee=reader.text("biaya", required=procedure),
        legal_basis=reader.texts("dasar_hukum"),
        notes=reader.text("catatan", required=False),
        checked_on=reader.day("diperiksa"),
        examples=reader.texts("contoh_pertanyaan"),
        office_status=reader.data.get("status_kantor") is True,
        buttons=reader.texts("tombol"),
    )
    reader.texts("sumber", required=True)
    if not (service.requirements or service.steps or service.information):
        problems.append(f"{where}: isi minimal salah satu dari 'persyaratan', 'langkah' atau 'informasi'")
    return service if len(problems) == before else None


def _categories(data: Any, problems: list[str]) -> tuple[Category, ...]:
    reader = _Reader("kategori.yaml", data, ("kategori",), problems)
    value = reader.data.get("kategori")
    if not isinstance(value, list) or not value:
        problems.append("kategori.yaml: kolom 'kategori' harus berupa daftar yang tidak kosong")
        return ()
    categories = []
    for index, item in enumerate(value, start=1):
        sub = _Reader(f"kategori.yaml kategori ke-{index}", item, ("id", "judul", "deskripsi", "layanan"), problems)
        category = Category(
            id=sub.text("id"),
            title=sub.text("judul", max_len=TITLE_MAX),
            description=sub.text("deskripsi", max_len=ROW_DESCRIPTION_MAX),
            service_ids=sub.texts("layanan", required=True),
        )
        if category.id and not ID_PATTERN.match(category.id):
            problems.append(f"kategori.yaml: 'id' kategori ke-{index} tidak sah: '{category.id}'")
        categories.append(category)
    return tuple(categories)


OFFICE_KEYS = (
    "nama", "nama_layanan", "sambutan", "tanya_petugas", "jam_kantor", "zona_waktu", "jam_kerja", "jam_khusus",
    "hari_libur", "desa", "kode_wilayah_nik", "nama_wilayah_nik", "resepsi_hari_kerja_minimal",
    "resepsi_hari_proses_kecamatan",
)  # fmt: skip
SPECIAL_HOURS_KEYS = ("dari", "sampai", "jam", "keterangan")  # one `jam_khusus` entry
POLICE_MIN_WORKING_DAYS = 14  # PP 60/2017: the police receive the file at least 14 working days before the event
SPECIAL_NOTE_MAX = 40
# A year counts as loaded once one of its dates is in `hari_libur`; an SKB lists 25 or more days a year
# (2026: 17 libur nasional + 8 cuti bersama), so fewer than this means a year loaded by halves.
HOLIDAYS_PER_YEAR_MIN = 10
_HOURS = re.compile(r"^(\d{1,2})[.:](\d{2})\s*-\s*(\d{1,2})[.:](\d{2})$")
DAYS = ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu")


def _working_hours(reader: _Reader) -> Hours:
    raw = reader.data.get("jam_kerja")
    if not isinstance(raw, Mapping) or not raw:
        reader.problems.append("kantor.yaml: 'jam_kerja' wajib diisi, mis. 'senin: 07.30-16.00'")
        return {}
    return _hours_of("kantor.yaml: jam_kerja", raw, reader.problems)


def _hours_of(where: str, raw: Mapping[Any, Any], problems: list[str]) -> Hours:
    """{senin: "07.30-16.00", ...} -> {0: (07:30, 16:00), ...}; a day left out is closed."""
    hours: Hours = {}
    for day, value in raw.items():
        match = _HOURS.match(str(value).strip())
        if str(day).lower() not in DAYS:
            problems.append(f"{where}: hari '{day}' tidak dikenal (senin … minggu)")
            continue
        try:
            opens, closes = (
                (time(int(match[1]), int(match[2])), time(int(match[3]), int(match[4]))) if match else (None, None)
            )
        except ValueError:
            opens = closes = None
        if opens is None or closes is None or closes <= opens:
            problems.append(f"{where} {day}: tulis seperti 07.30-16.00, tertulis '{value}'")
            continue
        hours[DAYS.index(str(day).lower())] = (opens, closes)
    return hours


def _special_hours(reader: _Reader) -> tuple[SpecialHours, ...]:
    """`jam_khusus`: [{dari, sampai, jam: {senin: …}, keterangan}], dated ranges that replace `jam_kerja`."""
    raw = reader.data.get("jam_khusus", [])
    if not isinstance(raw, list):
        reader.problems.append("kantor.yaml: 'jam_khusus' harus berupa daftar {dari, sampai, jam, keterangan}")
        return ()
    ranges: list[SpecialHours] = []
    for index, item in enumerate(raw, start=1):
        where = f"kantor.yaml jam_khusus ke-{index}"
        sub = _Reader(where, item, SPECIAL_HOURS_KEYS, reader.problems)
        first, last = sub.day("dari"), sub.day("sampai")
        note = sub.text("keterangan", max_len=SPECIAL_NOTE_MAX)
        hours_raw = sub.data.get("jam")
        if not isinstance(hours_raw, Mapping) or not hours_raw:
            reader.problems.append(f"{where}: 'jam' wajib diisi per hari, mis. 'senin: 08.00-15.00'")
            continue
        hours = _hours_of(f"{where} jam", hours_raw, reader.problems)
        if date.min in (first, last):
            continue
        if last < first:
            reader.problems.append(f"{where}: 'sampai' ({last}) lebih awal dari 'dari' ({first})")
            continue
        for other in ranges:
            if first <= other.last and other.first <= last:
                reader.problems.append(
                    f"{where}: {first}–{last} bertumpuk dengan jam khusus {other.first}–{other.last} "
                    f"({other.note}); satu tanggal hanya boleh punya satu jam khusus"
                )
        ranges.append(SpecialHours(first, last, hours, note))
    return tuple(ranges)


def _holidays(reader: _Reader) -> dict[date, str]:
    holidays: dict[date, str] = {}
    raw = reader.data.get("hari_libur", [])
    if not isinstance(raw, list):
        reader.problems.append("kantor.yaml: 'hari_libur' harus berupa daftar {tanggal, nama}")
        return holidays
    for index, item in enumerate(raw, start=1):
        sub = _Reader(f"kantor.yaml hari_libur ke-{index}", item, ("tanggal", "nama"), reader.problems)
        day = sub.day("tanggal")
        name = sub.text("nama")
        if day != date.min:
            holidays[day] = name
    if getattr(reader.problems, "strict", True):  # the publisher: the running bot takes what was published
        for year in sorted({d.year for d in holidays}):
            count = sum(1 for d in holidays if d.year == year)
            if count < HOLIDAYS_PER_YEAR_MIN:
                reader.problems.append(
                    f"kantor.yaml: hari_libur {year} baru {count} tanggal. Muat seluruh libur nasional dan cuti "
                    f"bersama {year} dari SKB 3 Menteri sekaligus: tahun yang punya satu tanggal saja dianggap "
                    "lengkap, dan hari lainnya dihitung sebagai hari kerja"
                )
    return holidays


def _office(data: Any, problems: list[str]) -> Office:
    reader = _Reader("kantor.yaml", data, OFFICE_KEYS, problems)
    zone = reader.text("zona_waktu")
    if zone and zone not in ZONES:
        problems.append(f"kantor.yaml: 'zona_waktu' harus WIB, WITA atau WIT, tertulis '{zone}'")
    villages = reader.texts("desa", required=True)
    for village in villages:
        if len(village) > TITLE_MAX:
            problems.append(f"kantor.yaml: nama desa '{village}' terlalu panjang (maks. {TITLE_MAX} huruf)")
    region = reader.text("kode_wilayah_nik")
    if region and not (region.isdigit() and 2 <= len(region) <= 6):
        problems.append(f"kantor.yaml: 'kode_wilayah_nik' harus 2–6 angka, mis. \"3201\", tertulis '{region}'")
    police_days = _whole(reader.data.get("resepsi_hari_kerja_minimal"), POLICE_MIN_WORKING_DAYS, 60)
    if police_days is None:
        problems.append(
            f"kantor.yaml: 'resepsi_hari_kerja_minimal' harus angka {POLICE_MIN_WORKING_DAYS}–60: hari kerja "
            f"sebelum acara saat berkas harus sudah diterima polisi (PP 60/2017: paling lambat "
            f"{POLICE_MIN_WORKING_DAYS})"
        )
    raw_processing = reader.data.get("resepsi_hari_proses_kecamatan")
    if raw_processing is None and not getattr(problems, "strict", True):
        raw_processing = 0  # content published before the key existed: its minimum was the whole lead time
    processing_days = _whole(raw_processing, 0, 30)
    if processing_days is None:
        problems.append(
            "kantor.yaml: 'resepsi_hari_proses_kecamatan' harus angka 0–30: hari kerja kecamatan membuat "
            "rekomendasi sebelum berkas dibawa ke polisi"
        )
    return Office(
        name=reader.text("nama"),
        service_name=reader.text("nama_layanan", max_len=HEADER_TEXT_MAX),
        welcome=reader.text("sambutan"),
        staff_contact=reader.text("tanya_petugas"),
        office_hours=reader.text("jam_kantor"),
        calendar=OfficeCalendar(
            zone if zone in ZONES else "WIB", _working_hours(reader), _holidays(reader), _special_hours(reader)
        ),
        villages=villages,
        nik_region=region,
        nik_region_name=reader.text("nama_wilayah_nik"),
        registration_police_working_days=police_days or POLICE_MIN_WORKING_DAYS,
        registration_processing_working_days=processing_days or 0,
    )


def _whole(value: Any, low: int, high: int) -> int | None:
    """`value` when it is a whole number from `low` to `high`, else None."""
    return value if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high else None


def _words(data: Any, problems: list[str]) -> Words:
    keys = ("sapaan", "abaikan", "sinonim", "penutup", "balasan_sapaan", "balasan_penutup", "oke", "obrolan")
    reader = _Reader("kata.yaml", data, keys, problems)
    synonyms: dict[str, str] = {}
    raw = reader.data.get("sinonim", {})
    if not isinstance(raw, Mapping):
        problems.append("kata.yaml: 'sinonim' harus berupa daftar 'kata_baku: [variasi, ...]'")
        raw = {}
    for canonical, variants in raw.items():
        if not isinstance(variants, list) or not all(isinstance(v, str) for v in variants):
            problems.append(f"kata.yaml: sinonim '{canonical}' harus berupa daftar teks")
            continue
        for variant in variants:
            key = variant.strip().lower()
            if key in synonyms and synonyms[key] != str(canonical):
                problems.append(f"kata.yaml: '{key}' dipakai untuk dua kata baku ('{synonyms[key]}' dan '{canonical}')")
            synonyms[key] = str(canonical).strip().lower()
    return Words(
        greetings=tuple(g.lower() for g in reader.texts("sapaan", required=True)),
        stopwords=tuple(s.lower() for s in reader.texts("abaikan")),
        synonyms=synonyms,
        closings=tuple(c.lower() for c in reader.texts("penutup")),
        greeting_replies=_replies(reader, "balasan_sapaan"),
        closing_replies=_replies(reader, "balasan_penutup"),
        acknowledgements=tuple(a.lower() for a in reader.texts("oke")),
        small_talk=tuple(o.lower() for o in reader.texts("obrolan")),
    )


def _replies(reader: _Reader, key: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """[{kata: [...], balasan: "..."}] -> ((words, reply), ...)."""
    raw = reader.data.get(key, [])
    if not isinstance(raw, list):
        reader.problems.append(f"kata.yaml: '{key}' harus berupa daftar {{kata, balasan}}")
        return ()
    groups = []
    for index, item in enumerate(raw, start=1):
        sub = _Reader(f"kata.yaml {key} ke-{index}", item, ("kata", "balasan"), reader.problems)
        words = tuple(w.lower() for w in sub.texts("kata", required=True))
        groups.append((words, sub.text("balasan", max_len=300)))
    return tuple(groups)


def parse_content(bundle: Any, version: str, *, strict: bool = True) -> Content:
    """Parse a bundle into Content, or raise ContentError listing every problem found."""
    problems = Problems(strict=strict)
    if not isinstance(bundle, Mapping):
        raise ContentError(["bundel konten bukan objek"])
    office = _office(bundle.get("kantor"), problems)
    staff = parse_staff(bundle.get("petugas"), problems)
    categories = _categories({"kategori": bundle.get("kategori")}, problems)
    words = _words(bundle.get("kata"), problems)
    category_of: dict[str, str] = {}
    seen_categories: set[str] = set()
    for category in categories:
        if category.id in seen_categories:
            problems.append(f"kategori.yaml: id '{category.id}' dipakai dua kali")
        seen_categories.add(category.id)
        for service_id in category.service_ids:
            if service_id in category_of:
                problems.append(
                    f"kategori.yaml: layanan '{service_id}' tercantum dua kali "
                    f"('{category_of[service_id]}' dan '{category.id}')"
                )
            category_of.setdefault(service_id, category.id)
    services: list[Service] = []
    raw_services = bundle.get("layanan")
    if not isinstance(raw_services, list) or not raw_services:
        problems.append("layanan/: belum ada satu pun file layanan")
        raw_services = []
    for raw in raw_services:
        name = raw.get("id", "?") if isinstance(raw, Mapping) else "?"
        service = _service(f"layanan/{name}.yaml", raw, category_of, problems)
        if service is not None:
            services.append(service)
    by_id: dict[str, Service] = {}
    for service in services:
        if service.id in by_id:
            problems.append(f"layanan/{service.id}.yaml: id '{service.id}' dipakai dua kali")
        by_id[service.id] = service
    for kind, titles in (("layanan", [x.title for x in services]), ("kategori", [c.title for c in categories])):
        for title in sorted({t for t in titles if titles.count(t) > 1}):
            problems.append(f"{kind}: judul '{title}' dipakai lebih dari sekali (tombol WhatsApp harus berbeda)")
    file_ids = {raw.get("id") for raw in raw_services if isinstance(raw, Mapping)}
    for service_id in category_of:
        if service_id not in file_ids:
            problems.append(f"kategori.yaml: layanan '{service_id}' tidak ada file layanan/{service_id}.yaml")
    if problems:
        raise ContentError(problems)
    return Content(
        version=version,
        office=office,
        categories=categories,
        services=tuple(services),
        words=words,
        _by_id=by_id,
        staff=staff,
        sections=dict(bundle.get("bagian") or {}) if isinstance(bundle.get("bagian"), Mapping) else {},
    )
