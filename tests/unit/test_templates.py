"""The message templates' one definition (puspa/whatsapp/templates.py) against what the code sends:
every template message the code composes gives its definition's number of body parameters and at
most as many quick-reply payloads as it has buttons, and Meta (as the stand-in checks it) would accept
each definition's creation request."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from localdev.graph_templates import check_creation
from puspa.app.booking_morning import reminder
from puspa.app.bootstrap import handler_modules
from puspa.app.config import TEMPLATE_SETTINGS, load_settings
from puspa.app.notify_service import NoticeKinds
from puspa.app.staff_notices import NoticeTemplates
from puspa.conversation.dialogue import Rules
from puspa.conversation.registration.staff import resident_update
from puspa.conversation.replies import Push, TemplateReply
from puspa.domain.booking import Booking, BookingStatus
from puspa.domain.content import Content
from puspa.domain.registration import Change, Draft, Registration, Status
from puspa.domain.staff import TEMPLATE_KEYS
from puspa.whatsapp.templates import BY_SETTING, CATEGORY, LANGUAGE, TEMPLATES, creation_request
from tests.chat import Chat
from tests.conftest import NOW, OFFICE_ID
from tests.fakes import FakeComplaintStore, FakeTicketStore

STAFF = "6285700000001"
BY_NAME = {t.name: t for t in TEMPLATES}
NOTICE_FIELDS = {  # one event per notice kind of the dialogues' tables, as notify_admins receives it
    "registrations": None,  # built from a Registration below
    "registration_cancelled": {"code": "RSP-2026-0001", "event_type": "pernikahan", "event_date": "2026-12-12",
                               "village": "Cibodas", "office_id": OFFICE_ID},
    "tickets": {"code": "TNY-2026-0001", "profile_name": "Siti", "thread": [{"text": "Apakah KK bisa diwakilkan?"}],
                "office_id": OFFICE_ID},
    "ticket_followup": {"code": "TNY-2026-0001", "profile_name": "Siti", "text": "Kalau kakak saya?",
                        "office_id": OFFICE_ID},
    "complaint_new": {"code": "ADU-2026-0001", "category": "Waktu / antrean", "text": "Antrean lama.",
                      "office_id": OFFICE_ID},
    "document_ready": {"document_kind": "kk", "number": "12/KK-2026", "subscribers": [{"wa_id": "6281234567890"}]},
    "papers_submitted": {"code": "BRK-2026-0001", "service_title": "Kartu Keluarga (KK)", "files": 3,
                         "booking_code": "B-014", "visit_date": "2026-12-09", "office_id": OFFICE_ID},
}  # fmt: skip


def _registration() -> Registration:
    draft = Draft(
        name="SITI RAHMAWATI", nik="3201064512900001", village="Cibodas", rt_rw="003/005", event_type="pernikahan",
        event_date=date(2026, 12, 12), hours="08.00–14.00 WIB", venue="Kp. Cibodas", guests=300,
        entertainment="organ_tunggal", contact="6281234567890",
    )  # fmt: skip
    changes = (Change(Status.DITERIMA, NOW, "warga"), Change(Status.DITOLAK, NOW, "…0001", "Tanggal bentrok."))
    return Registration("RSP-2026-0001", OFFICE_ID, "6281234567890", "6281234567890", "", draft, Status.DITOLAK,
                        NOW, changes)  # fmt: skip


def _notices() -> list[TemplateReply]:
    kinds = NoticeKinds.of(handler_modules())
    assert set(NOTICE_FIELDS) == set(kinds.staff) | set(kinds.residents), "a notice kind without an event here"
    names = NoticeTemplates(TEMPLATE_SETTINGS["PUSPA_ADMIN_TEMPLATE"], TEMPLATE_SETTINGS["PUSPA_INFO_TEMPLATE"], "id")
    sent = []
    for kind, compose in kinds.staff.items():
        fields = NOTICE_FIELDS[kind] or _registration().to_dict()
        sent.append(compose(fields, "Kecamatan Jonggol", "Kartu Keluarga (KK)", names).template)
    for kind, tell in kinds.residents.items():
        sent.append(tell(NOTICE_FIELDS[kind] or {}, TEMPLATE_SETTINGS["PUSPA_READY_TEMPLATE"], "id")[2])
    return sent


def _pushes(content: Content) -> list[TemplateReply]:
    """What staff commands send residents outside their window: a status, an answer, a closing, a reply
    to a complaint, composed by the conversation as in production."""
    rules = Rules(admin_ids=frozenset({STAFF}))
    tickets, complaints = FakeTicketStore(), FakeComplaintStore()
    siti = Chat(content, rules=rules, tickets=tickets, complaints=complaints)
    staff = Chat(content, rules=rules, wa_id=STAFF, tickets=tickets, complaints=complaints)
    siti.send("tanya petugas")
    siti.send("Apakah mengurus KK baru bisa diwakilkan oleh kakak saya?")
    staff.send("JAWAB TNY-2026-0001 Bisa, dengan surat kuasa.")
    staff.send("TUTUP TNY-2026-0001")
    siti.send("pengaduan")
    siti.tap("Waktu / antrean")
    siti.send("Antrean KTP hari Senin lama sekali, saya menunggu tiga jam.")
    staff.send("JAWAB ADU-2026-0001 Mohon maaf, Senin kami buka dua loket.")
    update = resident_update(_registration(), rules.status_template, rules.template_language)
    return [p.template for p in [*staff.pushes, update] if isinstance(p, Push) and p.template is not None]


def _reminder() -> TemplateReply:
    """The day-before reminder of a counter booking, as the morning run builds it."""
    booking = Booking("b1", OFFICE_ID, "ktp_el", "KTP Elektronik", date(2026, 12, 9), "0800", "08.00–09.00", "B-014",
                      "6281234567890", "6281234567890", "", BookingStatus.AKTIF, True, NOW, "Loket 2")  # fmt: skip
    return reminder(booking, TEMPLATE_SETTINGS["PUSPA_REMINDER_TEMPLATE"], "id")


def test_every_template_message_the_code_composes_fits_its_definition(content: Content) -> None:
    sent = [*_notices(), *_pushes(content), _reminder()]
    assert {t.name for t in sent} == set(BY_NAME), "every definition is sent by some path of the code"
    for template in sent:
        definition = BY_NAME[template.name]
        assert template.language == LANGUAGE
        assert len(template.parameters) == definition.parameter_count, template.name
        assert len(template.button_payloads) in (0, len(definition.buttons)), template.name


@pytest.mark.parametrize("definition", TEMPLATES, ids=lambda t: t.name)
def test_each_definition_is_a_creation_request_meta_accepts(definition: object) -> None:
    request = creation_request(definition)  # type: ignore[arg-type]
    check_creation(request)  # raises as Meta refuses: dangling or misnumbered placeholders, examples, lengths
    assert request["category"] == CATEGORY and request["language"] == LANGUAGE


def test_the_settings_and_petugas_keys_name_each_definition_once() -> None:
    assert len(BY_NAME) == len(TEMPLATES) == len(BY_SETTING)
    assert {t.office_key for t in TEMPLATES} == set(TEMPLATE_KEYS) - {"bahasa"}
    env = {"WHATSAPP_TOKEN": "t", "WHATSAPP_APP_SECRET": "s", "WHATSAPP_VERIFY_TOKEN": "v",
           "WHATSAPP_PHONE_NUMBER_ID": OFFICE_ID, "GOOGLE_CLOUD_PROJECT": "p"}  # fmt: skip
    settings = load_settings(env)
    deployed = {settings.admin_template, settings.info_template, settings.status_template,
                settings.answer_template, settings.ready_template, settings.reminder_template}  # fmt: skip
    assert deployed == set(BY_NAME) and settings.template_language == LANGUAGE
    rules = Rules()  # the conversation's defaults (it may not import the channel's definitions)
    assert (rules.status_template, rules.answer_template, rules.template_language) == (
        BY_SETTING["PUSPA_STATUS_TEMPLATE"].name,
        BY_SETTING["PUSPA_ANSWER_TEMPLATE"].name,
        LANGUAGE,
    )


def test_the_readmes_table_names_each_template_with_its_buttons() -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    rows = {row.split("`")[1]: row for row in readme.splitlines() if row.startswith("| `puspa_")}
    assert set(rows) == set(BY_NAME)
    for name, row in rows.items():
        assert all(f'"{title}"' in row for title in BY_NAME[name].buttons), row
