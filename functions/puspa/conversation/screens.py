"""The screens shared by the dialogues: menus, cards, choices, prompts (pure). Each dialogue module
holds the words of its own steps; what dialogues add to the shared screens (menu rows and hints,
card buttons) comes from the `Registry` the machine builds from their declarations."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from msgspec.structs import replace

from puspa.conversation import actions
from puspa.conversation.dialogue import Registry, Screen
from puspa.conversation.replies import Button, ButtonsReply, ListReply, Reply, Row, Section, TextReply
from puspa.domain.calendar import format_date, format_day
from puspa.domain.content import Category, Content, Service
from puspa.whatsapp import limits

MENU_BUTTON = "Lihat menu"
SERVICE_BUTTON = "Pilih layanan"
MORE_TITLE = "Lainnya ›"
MORE_DESCRIPTION = "Tampilkan pilihan berikutnya"
HINT = "Ketik angkanya, *MENU* untuk menu utama, atau *0* untuk kembali."
MENU_BUTTON_MAIN = Button(actions.MENU, "Menu utama")
CARD_BUTTONS = (
    Button(actions.BACK, "Kembali"),
    Button(actions.MENU, "Menu utama"),
    Button(actions.STAFF, "Tanya petugas"),
)


def _page_slice(entries: list[Row], page: int) -> tuple[list[Row], int, bool]:
    """Rows for `page` (1-based) within the 10-row limit, with room for a "Lainnya" row."""
    if len(entries) <= limits.LIST_ROWS_MAX:
        return entries, 1, False
    per_page = limits.LIST_ROWS_MAX - 1
    pages = -(-len(entries) // per_page)
    page = min(max(page, 1), pages)
    start = (page - 1) * per_page
    return entries[start : start + per_page], page, page < pages


def paged_rows(entries: list[Row], page: int, more_id: Callable[[int], str]) -> tuple[tuple[Row, ...], tuple[str, ...]]:
    """Numbered rows of `page` within the 10-row limit, a "Lainnya" row when more follow, and the
    action ids the numbers stand for."""
    rows, page, has_more = _page_slice(entries, page)
    if has_more:
        rows = [*rows, Row(more_id(page + 1), MORE_TITLE, MORE_DESCRIPTION)]
    numbered = tuple(Row(r.id, f"{n}. {r.title}", r.description) for n, r in enumerate(rows, start=1))
    return numbered, tuple(r.id for r in rows)


def _main_entries(content: Content, registry: Registry) -> list[Row]:
    entries = [Row(actions.category(c.id), c.title, c.description) for c in content.categories]
    entries += registry.rows(content)
    entries += registry.spare_rows_of(content)[: max(0, limits.LIST_ROWS_MAX - len(entries))]  # when there is room
    return entries


def main_menu(content: Content, registry: Registry, intro: str, page: int = 1) -> Screen:
    rows, options = paged_rows(_main_entries(content, registry), page, actions.main_page)
    body = f"{intro}\n\nKetuk *{MENU_BUTTON}*, ketik angkanya, atau tulis pertanyaan Anda (mis. _syarat KK_)."
    body += "".join(f"\n{hint}" for hint in registry.hints_of(content))
    reply = ListReply(
        body=body,
        button=MENU_BUTTON,
        sections=(Section("Menu utama", rows),),
        header=content.office.service_name,
    )
    return reply, options


def welcome(content: Content, registry: Registry) -> Screen:
    return main_menu(content, registry, content.office.welcome)


def menu(content: Content, registry: Registry, page: int = 1) -> Screen:
    return main_menu(content, registry, "*Menu utama*\nSilakan pilih informasi yang Anda perlukan.", page)


def category_menu(content: Content, category: Category, page: int = 1) -> Screen:
    entries = [Row(actions.service(s.id), s.title, s.description) for s in content.services_in(category.id)]
    rows, options = paged_rows(entries, page, lambda next_page: actions.category(category.id, next_page))
    body = f"*{category.title}*\nPilih layanan untuk melihat syarat dan caranya.\n\n{HINT}"
    reply = ListReply(body=body, button=SERVICE_BUTTON, sections=(Section(category.title, rows),))
    return reply, options


def _requirements_text(service: Service) -> str:
    lines = ["*Persyaratan*"]
    for group in service.requirements:
        if group.case:
            lines.append(f"_{group.case}:_")
        lines.extend(f"• {item}" for item in group.items)
    return "\n".join(lines)


def _facts_text(service: Service) -> str:
    """Where, when, how long and how much: what a resident needs before the trip."""
    facts = [f"*Tempat:* {service.place}"]
    facts += [f"*Jam layanan:* {service.hours}"] if service.hours else []
    facts += [f"*Lama proses:* {service.duration}"] if service.duration else []
    facts += [f"*Biaya:* {service.fee}"] if service.fee else []
    return "\n".join(facts)


def _card_parts(service: Service) -> tuple[list[str], list[str]]:
    """The card's sections: (what to bring and the key facts, the rest)."""
    first: list[str] = [service.summary] if service.summary else []
    if service.requirements:
        first.append(_requirements_text(service))
    rest: list[str] = []
    if service.steps:
        rest.append("\n".join(["*Langkah*", *(f"{n}. {s}" for n, s in enumerate(service.steps, start=1))]))
    if service.information:
        rest.append(service.information)
    first.append(_facts_text(service))
    if service.legal_basis:
        rest.append(f"*Dasar hukum:* {'; '.join(service.legal_basis)}")
    if service.notes:
        rest.append(f"*Catatan:* {service.notes}")
    return first, rest


def card_text(service: Service) -> str:
    """The whole card: summary, requirements, steps, information, place, hours, time, fee, legal basis."""
    parts: list[str] = [service.summary] if service.summary else []
    if service.requirements:
        parts.append(_requirements_text(service))
    if service.steps:
        parts.append("\n".join(["*Langkah*", *(f"{n}. {s}" for n, s in enumerate(service.steps, start=1))]))
    if service.information:
        parts.append(service.information)
    facts = _facts_text(service)
    if service.legal_basis:
        facts += f"\n*Dasar hukum:* {'; '.join(service.legal_basis)}"
    parts.append(facts)
    if service.notes:
        parts.append(f"*Catatan:* {service.notes}")
    return "\n\n".join(parts)


def checked_line(service: Service) -> str:
    return f"Info diperiksa {format_date(service.checked_on)}"


def _card_buttons(content: Content, service: Service, registry: Registry) -> tuple[Button, ...]:
    """The dialogues the card opens (its `tombol`) take the place of the first generic buttons."""
    offered = registry.buttons_of(service, content)[: limits.BUTTONS_MAX]
    return (*offered, *CARD_BUTTONS[len(offered) :])


def office_status(content: Content, now: datetime) -> str:
    """ "Saat ini *buka* sampai 16.00 WIB." / "Saat ini *tutup*; buka lagi Senin, 30 November 2026 pukul 07.30 WIB."
    Hours of a dated range (`jam_khusus`) name it; a year whose holidays are not loaded is said to be."""
    calendar = content.office.calendar
    local = calendar.local(now)
    hours = calendar.hours_on(local.date())
    if hours is not None and calendar.is_open(now):
        line = f"🟢 Saat ini *buka* sampai pukul {hours[1]:%H.%M} {calendar.zone}{_special_note(content, local)}."
    else:
        opening = calendar.next_opening(now)
        holiday = calendar.holiday(local.date())
        why = f" (hari ini libur: {holiday})" if holiday else ""
        when = "hari ini" if opening.date() == local.date() else format_day(opening.date())
        line = (
            f"🔴 Saat ini *tutup*{why}; buka lagi {when} pukul {opening:%H.%M} {calendar.zone}"
            f"{_special_note(content, opening)}."
        )
    if not calendar.knows_holidays_of(local.year):
        line += f"\n_Daftar hari libur {local.year} belum kami muat: pada tanggal merah dan cuti bersama kantor tutup._"
    return line


def _special_note(content: Content, moment: datetime) -> str:
    special = content.office.calendar.special_on(moment.date())
    return f" (jam khusus: {special.note})" if special is not None else ""


def longest_office_status_moment(content: Content) -> datetime:
    """The moment whose live line is the longest (a holiday, a dated range, a year not loaded), for the
    publisher's length check of a `status_kantor` card."""
    calendar = content.office.calendar
    days = [*calendar.holidays, *(s.first - timedelta(days=n) for s in calendar.special for n in (0, 1))]
    unknown_year = max((d.year for d in calendar.holidays), default=2000) + 1
    days += [date(unknown_year, 1, 1), date(unknown_year, 1, 2)]
    moments = [datetime.combine(d, time(23, 0), calendar.tz) for d in days]
    return max(moments, key=lambda m: len(office_status(content, m)))


def service_card(content: Content, registry: Registry, service: Service, now: datetime | None = None) -> Screen:
    """The card with its buttons in one message. A card longer than one interactive body is split:
    requirements and key facts first, with "Selengkapnya" for the steps and the rest. A card marked
    `status_kantor` starts with whether the office is open at `now`."""
    if service.office_status and now is not None:
        service = replace(service, summary="\n\n".join(p for p in (office_status(content, now), service.summary) if p))
    body = card_text(service)
    if len(body) <= limits.INTERACTIVE_BODY_MAX:
        buttons = _card_buttons(content, service, registry)
        return ButtonsReply(body, buttons, header=service.title, footer=checked_line(service)), tuple(
            b.id for b in buttons
        )
    first, _ = _card_parts(service)
    more = Button(actions.card_more(service.id), "Selengkapnya")
    offered = registry.buttons_of(service, content)[: limits.BUTTONS_MAX - 1]  # the card's own dialogue buttons
    buttons = (*offered, more, *CARD_BUTTONS[1 + len(offered) :])
    reply = ButtonsReply("\n\n".join(first), buttons, header=service.title, footer=checked_line(service))
    return reply, tuple(b.id for b in buttons)


def card_rest(content: Content, service: Service, registry: Registry) -> Screen:
    """The second half of a split card ("Selengkapnya")."""
    _, rest = _card_parts(service)
    buttons = _card_buttons(content, service, registry)
    body = "\n\n".join(rest) or "Tidak ada keterangan tambahan."
    reply = ButtonsReply(
        body, buttons, header=f"{service.title} (lanjutan)"[: limits.HEADER_TEXT_MAX], footer=checked_line(service)
    )
    return reply, tuple(b.id for b in buttons)


STAFF_CHOICE = "Tanya petugas"


def choice(services: tuple[Service, ...]) -> Screen:
    """ "Maksud Anda…?" with buttons (two services) or a short list, always ending with "Tanya petugas":
    when none of the guesses is right, a person is one tap away."""
    names = "\n".join(f"{n}. {s.title}" for n, s in enumerate(services, start=1))
    staff_number = len(services) + 1
    options = (*(actions.service(s.id) for s in services), actions.STAFF)
    body = (
        f"Maksud Anda salah satu ini?\n{names}\n{staff_number}. {STAFF_CHOICE} (bila bukan semuanya)"
        "\n\nKetuk pilihan atau ketik angkanya."
    )
    if len(services) < limits.BUTTONS_MAX:
        buttons = (*(Button(actions.service(s.id), s.title) for s in services), Button(actions.STAFF, STAFF_CHOICE))
        return ButtonsReply(body, buttons), options
    rows = tuple(Row(actions.service(s.id), f"{n}. {s.title}", s.description) for n, s in enumerate(services, start=1))
    rows += (Row(actions.STAFF, f"{staff_number}. {STAFF_CHOICE}", "Pertanyaan Anda kami teruskan"),)
    return ListReply(body, SERVICE_BUTTON, (Section("Pilihan", rows),)), options


UNREADABLE_NAMES = {
    "audio": "pesan suara",
    "image": "gambar",
    "video": "video",
    "document": "dokumen",
    "sticker": "stiker",
    "location": "lokasi",
    "contacts": "kontak",
}


def unreadable(original_type: str) -> Screen:
    what = UNREADABLE_NAMES.get(original_type, "jenis pesan ini")
    body = (
        f"Maaf, PUSPA belum bisa membaca {what}. 🙏\nSilakan tulis pertanyaan Anda dalam bentuk teks, atau buka menu."
    )
    buttons = (Button(actions.MENU, "Menu utama"),)
    return ButtonsReply(body, buttons), (actions.MENU,)


def number_out_of_range(number: int, options: tuple[str, ...]) -> Screen:
    allowed = "angka *1*" if len(options) == 1 else f"angka 1–{len(options)}"
    body = f"Pilihan *{number}* tidak ada. Ketik {allowed} sesuai menu terakhir, atau ketik *MENU* untuk menu utama."
    return TextReply(body), options


def personal_number(content: Content, registry: Registry) -> Screen:
    intro = (
        "Sepertinya Anda mengirim nomor (NIK atau nomor HP). Mohon jangan mengirim data pribadi "
        "kecuali sedang diminta dalam pendaftaran.\nSilakan pilih dari menu atau tulis pertanyaan Anda."
    )
    return main_menu(content, registry, intro)


def closing(reply: str = "") -> Screen:
    return TextReply(reply or "Sama-sama, semoga membantu. 🙏\nKetik *MENU* bila ada yang lain."), ()


def acknowledged() -> Screen:
    return TextReply("Baik. 🙏 Ketik *MENU* bila ada yang lain."), ()


SMALL_TALK = "Hehe, terima kasih sudah mengajak ngobrol. 😊"


def small_talk(content: Content) -> Screen:
    """Chit-chat ("min udh makan belom?"): a friendly word, what PUSPA is for, and how to go on."""
    body = (
        f"{SMALL_TALK} Saya asisten otomatis {content.office.name}, jadi hanya bisa membantu urusan layanan "
        "kecamatan.\nKetik *MENU* untuk melihat layanan, atau tulis pertanyaan Anda."
    )
    return TextReply(body), ()


def cancelled(content: Content, registry: Registry) -> Screen:
    return main_menu(content, registry, "Baik, dibatalkan. Ada lagi yang bisa kami bantu?")


def stale_choice(content: Content, registry: Registry) -> Screen:
    return main_menu(content, registry, "Maaf, pilihan itu sudah tidak tersedia. Silakan pilih dari menu terbaru.")


def every_screen(content: Content, registry: Registry) -> list[tuple[str, Reply]]:
    """Every reply browsing can build from this content, named for error messages: the publish
    check sends each through the WhatsApp message builder before anything is written."""
    screens: list[tuple[str, Reply]] = [
        ("sambutan (kantor.yaml)", welcome(content, registry)[0]),
        ("menu utama", menu(content, registry)[0]),
    ]
    pages = -(-len(_main_entries(content, registry)) // (limits.LIST_ROWS_MAX - 1))
    screens += [(f"menu utama halaman {p}", menu(content, registry, p)[0]) for p in range(2, pages + 1)]
    for category in content.categories:
        count = len(content.services_in(category.id))
        pages = 1 if count <= limits.LIST_ROWS_MAX else -(-count // (limits.LIST_ROWS_MAX - 1))
        for page in range(1, pages + 1):
            screens.append((f"kategori '{category.id}' halaman {page}", category_menu(content, category, page)[0]))
    checked_at = longest_office_status_moment(content)
    for service in content.services:
        screens.append((f"layanan/{service.id}.yaml", service_card(content, registry, service, checked_at)[0]))
        if len(card_text(service)) > limits.INTERACTIVE_BODY_MAX:
            screens.append((f"layanan/{service.id}.yaml (Selengkapnya)", card_rest(content, service, registry)[0]))
        screens.append((f"pilihan berisi '{service.id}'", choice((service,))[0]))
    return screens
