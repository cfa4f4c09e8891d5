"""The registration form's questions: how each is asked, read, validated and shown (pure)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, timedelta

from msgspec import Struct, field

from puspa.conversation.forms import FieldKind
from puspa.conversation.registration import parsers as parse
from puspa.conversation.search import edit_distance_at_most, normalize
from puspa.domain.calendar import format_day
from puspa.domain.content import Content
from puspa.domain.privacy import mask_nik, mask_phone
from puspa.domain.registration import ENTERTAINMENT, EVENT_TYPES, Draft

MAX_DAYS_AHEAD = 366


def pick(key: str, value: str) -> str:
    return f"reg:pick:{key}:{value}"


def edit_field(key: str) -> str:
    return f"reg:edit:{key}"


class FieldContext(Struct, frozen=True):
    content: Content
    today: date
    sender_wa_id: str
    keep_days: int = 90
    draft_hours: int = 2
    form: Form = field(default_factory=lambda: _reception())  # the form being filled in


class FieldSpec(Struct, frozen=True):
    key: str
    label: str
    question: Callable[[FieldContext], str]
    read: Callable[[str, FieldContext], tuple[str, str]]  # text -> (stored value, note for the next message)
    show: Callable[[str], str]
    hint: Callable[[FieldContext], str]  # one line under the one-message form (no colon: it is not a field)
    aliases: tuple[str, ...] = ()  # other names residents give the field's line in the one-message form
    choices: Callable[[FieldContext], list[tuple[str, str]]] | None = None  # (value, title) for a list
    numeric: bool = False  # the answer itself may be a small number: typed digits are not menu options
    echo: bool = False  # repeat how the answer was read in the next question ("sabtu depan" -> a date)
    multiline: bool = False  # in the one-message form, the answer may go on over the following lines
    kind: FieldKind = FieldKind.TEXT  # its input in the form on one screen (WhatsApp Flow)
    max_chars: int = 0  # the longest answer that input takes (0: Meta's default)


def _plain(reader: Callable[[str], str]) -> Callable[[str, FieldContext], tuple[str, str]]:
    return lambda text, _: (reader(text), "")


def _read_nik(text: str, ctx: FieldContext) -> tuple[str, str]:
    nik = parse.parse_nik(text, ctx.content.office.nik_region)
    office = ctx.content.office
    code = ".".join(office.nik_region[i : i + 2] for i in range(0, len(office.nik_region), 2))
    note = "" if nik.in_region else (
        f"Catatan: NIK ini bukan NIK {office.nik_region_name} (kode {code}). Pendaftaran tetap kami terima; "
        "petugas mungkin meminta dokumen tambahan."
    )  # fmt: skip
    return nik.value, note


def _read_village(text: str, ctx: FieldContext) -> tuple[str, str]:
    wanted = " ".join(normalize(text)).removeprefix("desa ").strip()
    for village in ctx.content.office.villages:
        name = " ".join(normalize(village))
        if wanted == name or (len(wanted) >= 5 and edit_distance_at_most(wanted, name, 1)):
            return village, ""
    raise parse.FieldError("Desa itu tidak ada di daftar. Pilih dari daftar atau tulis namanya, mis. _Cibodas_.")


EVENT_WORDS = {  # what residents call the listed kinds of event
    "pernikahan": ("nikah", "nikahan", "kawinan", "kawin", "resepsi", "resepsi nikah", "walimah", "walimahan",
                   "ngunduh mantu", "unduh mantu", "hajatan nikah"),
    "khitanan": ("khitan", "sunatan", "sunat", "nyunatan", "sepitan", "hajatan sunat"),
    "syukuran": ("tasyakuran", "selamatan", "syukuran rumah", "aqiqah", "akikah", "ulang tahun", "ultah"),
}  # fmt: skip
ENTERTAINMENT_WORDS = {
    "tidak_ada": ("tidak", "ga ada", "gak ada", "nggak ada", "tanpa hiburan", "ngga ada", "teu aya", "kagak ada"),
    "organ_tunggal": ("organ", "orgen", "orgen tunggal", "elekton", "dangdut", "dangdutan", "keyboard"),
    "musik": ("band", "musik", "dj", "sound system", "karaoke", "orkes"),
    "tradisional": ("jaipong", "jaipongan", "wayang", "wayang golek", "calung", "pencak silat", "kendang pencak",
                    "degung", "sisingaan", "gambang kromong", "lenong", "ondel ondel", "tanjidor"),
}  # fmt: skip


def _read_choice(
    options: dict[str, str], what: str, words: dict[str, tuple[str, ...]]
) -> Callable[[str, FieldContext], tuple[str, str]]:
    def read(text: str, _: FieldContext) -> tuple[str, str]:
        wanted = " ".join(normalize(text))
        for key, title in options.items():
            if wanted in (key.replace("_", " "), " ".join(normalize(title)), *words.get(key, ())):
                return key, ""
        listed = _listed([key.replace("_", " ") for key in options])
        raise parse.FieldError(f"Pilih {what} dari daftar atau tulis salah satu: {listed}.")

    return read


def _read_date(text: str, ctx: FieldContext) -> tuple[str, str]:
    day = parse.parse_event_date(text, ctx.today)
    earliest = _earliest(ctx)
    if day <= ctx.today:
        raise parse.FieldError(
            f"Tanggal {format_day(day)} sudah lewat atau hari ini. Tulis tanggal acara yang akan datang."
        )
    if day < earliest:
        police = ctx.content.office.registration_police_working_days
        raise parse.FieldError(
            f"{format_day(day)} terlalu dekat: berkas izin keramaian harus sudah diterima polisi paling lambat "
            f"{police} hari kerja sebelum acara, dan rekomendasi kecamatan harus dibuat lebih dulu. Tanggal paling "
            f"cepat yang bisa didaftarkan: *{format_day(earliest)}*.{_margin_note(ctx)} Bila tanggal acara masih "
            "bisa diubah, tulis tanggal yang lebih lambat. Bila tidak, tanyakan langsung ke Polsek apakah "
            "permohonan Anda masih bisa diterima, karena permohonan yang terlambat bisa ditolak."
        )
    if (day - ctx.today).days > MAX_DAYS_AHEAD:
        raise parse.FieldError("Pendaftaran dibuka paling lama satu tahun sebelum acara.")
    return day.isoformat(), ""


def _read_contact(text: str, ctx: FieldContext) -> tuple[str, str]:
    if " ".join(normalize(text)) in ("pakai nomor ini", "nomor ini", "ini", "sama") and ctx.sender_wa_id:
        return ctx.sender_wa_id, ""
    return parse.parse_phone(text), ""


def _earliest(ctx: FieldContext) -> date:
    """The police's working days plus the kecamatan's own, counted conservatively in a year whose
    holidays are not loaded."""
    office = ctx.content.office
    return office.calendar.earliest_event_date(ctx.today, office.registration_min_working_days)


def _margin_note(ctx: FieldContext) -> str:
    """Says so when the earliest date carries a margin for holidays not loaded yet ("" otherwise)."""
    years = ctx.content.office.calendar.years_counted_without_holidays(ctx.today, _earliest(ctx))
    if not years:
        return ""
    listed = _listed([str(y) for y in years])
    return f" Daftar hari libur {listed} belum kami muat, jadi tanggal ini sudah kami beri cadangan beberapa hari."


def _margin_hint(ctx: FieldContext) -> str:
    years = ctx.content.office.calendar.years_counted_without_holidays(ctx.today, _earliest(ctx))
    return f" (sudah dengan cadangan: libur {_listed([str(y) for y in years])} belum kami muat)" if years else ""


def _listed(titles: list[str]) -> str:
    """ "a, b atau c" """
    return titles[0] if len(titles) == 1 else f"{', '.join(titles[:-1])} atau {titles[-1]}"


def own_number(ctx: FieldContext) -> str:
    """The sender's number as residents write it (0812…), when it is one the form accepts; else ""."""
    try:
        return "0" + parse.parse_phone(ctx.sender_wa_id)[2:] if ctx.sender_wa_id else ""
    except parse.FieldError:
        return ""


def _contact_hint(ctx: FieldContext) -> str:
    if own_number(ctx):
        return "Nomor HP → nomor yang bisa dihubungi petugas; sudah kami isi dengan nomor ini, ganti bila perlu"
    return "Nomor HP → nomor yang bisa dihubungi petugas, mis. 0812-3456-7890"


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "nama",
        "Nama",
        lambda _: "Tulis *nama lengkap pemohon* sesuai KTP.",
        _plain(parse.parse_name),
        str,
        hint=lambda _: "Nama → nama lengkap pemohon sesuai KTP",
        aliases=("nama lengkap", "nama pemohon", "nama sesuai ktp"),
        max_chars=60,
    ),
    FieldSpec(
        "nik",
        "NIK",
        lambda _: (
            "Tulis *NIK pemohon* (16 angka, ada di KTP atau KK).\n"
            "NIK dipakai petugas untuk memastikan data pemohon dan tidak dibagikan ke pihak lain."
        ),
        _read_nik,
        mask_nik,
        hint=lambda _: "NIK → 16 angka di KTP atau KK pemohon",
        aliases=("nik pemohon", "no nik", "nomor nik", "no ktp", "nomor ktp"),
        kind=FieldKind.NUMBER,
        max_chars=16,
    ),
    FieldSpec(
        "desa",
        "Desa",
        lambda ctx: f"Pilih *desa tempat tinggal* pemohon di {ctx.content.office.name}.",
        _read_village,
        str,
        hint=lambda ctx: f"Desa → {_listed(list(ctx.content.office.villages))}",
        aliases=("desa tempat tinggal", "desa pemohon", "kelurahan", "desa kelurahan"),
        choices=lambda ctx: [(v, v) for v in ctx.content.office.villages],
        kind=FieldKind.DROPDOWN,
    ),
    FieldSpec(
        "rt_rw",
        "RT/RW",
        lambda _: "Tulis *RT/RW* tempat tinggal, mis. _003/005_.",
        _plain(parse.parse_rt_rw),
        str,
        hint=lambda _: "RT/RW → tempat tinggal pemohon, mis. 003/005",
        aliases=("rt", "rt rw tempat tinggal", "rtrw"),
        max_chars=9,
    ),
    FieldSpec(
        "jenis_acara",
        "Jenis acara",
        lambda _: "Pilih *jenis acara*.",
        _read_choice(EVENT_TYPES, "jenis acara", EVENT_WORDS),
        lambda v: EVENT_TYPES.get(v, v),
        hint=lambda _: f"Jenis acara → {_listed([k.replace('_', ' ') for k in EVENT_TYPES])}",
        aliases=("jenis", "acara", "jenis hajatan", "hajatan"),
        choices=lambda _: list(EVENT_TYPES.items()),
        kind=FieldKind.RADIO,
    ),
    FieldSpec(
        "tanggal",
        "Tanggal acara",
        lambda ctx: (
            f"Tulis *tanggal acara*, mis. _12-12-2026_, _12 Desember 2026_ atau _sabtu depan_. "
            f"Paling cepat *{format_day(_earliest(ctx))}*.{_margin_note(ctx)}"
        ),
        _read_date,
        lambda v: format_day(date.fromisoformat(v)),
        hint=lambda ctx: (
            f"Tanggal acara → paling cepat {format_day(_earliest(ctx))}{_margin_hint(ctx)}; "
            f"tulis mis. {_earliest(ctx):%d-%m-%Y}"
        ),
        aliases=("tanggal", "tgl", "tgl acara", "hari tanggal", "hari tanggal acara"),
        echo=True,
        kind=FieldKind.DATE,
    ),
    FieldSpec(
        "jam",
        "Jam acara",
        lambda ctx: f"Tulis *jam mulai dan selesai* acara ({ctx.content.office.calendar.zone}), mis. _08.00-14.00_.",
        lambda text, ctx: (str(parse.parse_time_range(text, ctx.content.office.calendar.zone)), ""),
        str,
        hint=lambda ctx: f"Jam acara → mulai dan selesai ({ctx.content.office.calendar.zone}), mis. 08.00-14.00",
        aliases=("jam", "waktu", "waktu acara", "pukul"),
        max_chars=30,
    ),
    FieldSpec(
        "alamat",
        "Tempat acara",
        lambda _: "Tulis *alamat tempat acara* (kampung, RT/RW, desa; gedung bila ada).",
        _plain(parse.parse_address),
        str,
        hint=lambda _: "Tempat acara → kampung, RT/RW, desa; gedung bila ada",
        aliases=("tempat", "alamat acara", "alamat tempat acara", "lokasi", "lokasi acara"),  # not "alamat": home
        multiline=True,
        kind=FieldKind.TEXTAREA,
        max_chars=200,
    ),
    FieldSpec(
        "tamu",
        "Perkiraan tamu",
        lambda _: "Berapa *perkiraan jumlah tamu*? Tulis angkanya, mis. _300_.",
        _plain(lambda t: str(parse.parse_guests(t))),
        lambda v: f"{int(v):,} orang".replace(",", "."),
        hint=lambda _: "Perkiraan tamu → angka, mis. 300",
        aliases=("tamu", "jumlah tamu", "jml tamu", "perkiraan jumlah tamu", "undangan", "jumlah undangan"),
        numeric=True,
        kind=FieldKind.NUMBER,
        max_chars=6,
    ),
    FieldSpec(
        "hiburan",
        "Hiburan",
        lambda _: "Pilih *hiburan* yang direncanakan.",
        _read_choice(ENTERTAINMENT, "hiburan", ENTERTAINMENT_WORDS),
        lambda v: ENTERTAINMENT.get(v, v),
        hint=lambda _: f"Hiburan → {_listed([k.replace('_', ' ') for k in ENTERTAINMENT])}",
        aliases=("jenis hiburan", "hiburan acara"),
        choices=lambda _: list(ENTERTAINMENT.items()),
        kind=FieldKind.RADIO,
    ),
    FieldSpec(
        "kontak",
        "Nomor HP",
        lambda ctx: (
            "Nomor HP yang bisa dihubungi petugas? Ketuk *Pakai nomor ini* atau tulis nomor lain, "
            "mis. _0812-3456-7890_."
            if ctx.sender_wa_id
            else "Tulis *nomor HP* yang bisa dihubungi petugas, mis. _0812-3456-7890_."
        ),
        _read_contact,
        mask_phone,
        hint=_contact_hint,
        aliases=("no hp", "nomor hp", "hp", "no wa", "nomor wa", "wa", "whatsapp", "no telepon", "telepon", "kontak"),
        kind=FieldKind.PHONE,
        max_chars=20,
    ),
)


class Form(Struct, frozen=True):
    """A form the registration engine asks, one field per message or all at once ("Isi sekaligus"):
    its fields in order, the field the sender's own number answers (filled in ahead; "Pakai nomor
    ini"), the fields only a copy of this form would hold (a filled-in copy arriving outside the
    dialogue is recognised by them), the one-message form's title, and how the answers become the
    request. A second form is a second `Form` beside its own dialogue module, not a copy of the engine."""

    title: str
    fields: tuple[FieldSpec, ...]
    own_number_key: str
    telltale_keys: frozenset[str]
    draft: Callable[[Mapping[str, str]], Draft]

    @property
    def by_key(self) -> dict[str, FieldSpec]:
        return {spec.key: spec for spec in self.fields}

    def position(self, spec: FieldSpec) -> int:
        return self.fields.index(spec)


def _reception() -> Form:
    return RECEPTION


RECEPTION = Form(
    title="📝 *Formulir izin resepsi*",
    fields=FIELDS,
    own_number_key="kontak",
    telltale_keys=frozenset({"nik", "jenis_acara", "tanggal", "tamu", "hiburan"}),
    draft=lambda answers: Draft.from_form(dict(answers)),
)


def date_bounds(ctx: FieldContext) -> tuple[date, date]:
    """The first and the last event date the form accepts today (the date picker's bounds)."""
    return _earliest(ctx), ctx.today + timedelta(days=MAX_DAYS_AHEAD)
