"""The message templates PUSPA sends, defined once (pure).

The deployed code takes their default names from here (`app.config.TEMPLATE_SETTINGS`), `python -m
ops.templates` submits them to the WhatsApp Business Account in Meta's request shape and reports their
review, and the Graph API stand-in approves exactly these in tests, so a send that does not fit its
definition (name, language, number of parameters, buttons) fails there as it would at Meta.

Each is category UTILITY in language `id`: a body with positional placeholders {{1}}, {{2}}, … and an
example value per placeholder (Meta reviews a template with its examples), and quick-reply buttons
when the code sends button payloads with it (payload i belongs to button i). Meta refuses a body that
starts or ends with a placeholder, so every body begins and ends with fixed text; the texts say what
the message sent inside the 24-hour window says.
"""

from __future__ import annotations

import re
from typing import Any

from msgspec import Struct

CATEGORY = "UTILITY"
LANGUAGE = "id"
PLACEHOLDER = re.compile(r"\{\{\s*(\d+)\s*\}\}")


class TemplateDefinition(Struct, frozen=True):
    """One template: `setting` is the environment variable that may rename it, `office_key` its key
    under `templat:` in an office's petugas.yaml, `name` its default name."""

    setting: str
    office_key: str
    name: str
    purpose: str  # for the IT officer: to whom and when PUSPA sends it
    body: str
    examples: tuple[str, ...]  # one per placeholder, in order
    buttons: tuple[str, ...] = ()  # quick-reply titles, in the order the code sends their payloads

    @property
    def parameter_count(self) -> int:
        return len(set(PLACEHOLDER.findall(self.body)))


TEMPLATES = (
    TemplateDefinition(
        setting="PUSPA_ADMIN_TEMPLATE",
        office_key="pemberitahuan",
        name="puspa_pemberitahuan_petugas",
        purpose="to staff: a new reception-permit request, with Proses/Setuju buttons",
        body=(
            "PUSPA: {{1}}\nKode: {{2}}\nRingkasan: {{3}}\n\n"
            "Ketuk tombol di bawah, atau balas PROSES, SETUJU atau TOLAK beserta kodenya."
        ),
        examples=(
            "Permohonan izin resepsi baru",
            "RSP-2026-0001",
            "Resepsi pernikahan, Sabtu, 12 Desember 2026, Desa Sukamanah",
        ),
        buttons=("Proses", "Setuju"),
    ),
    TemplateDefinition(
        setting="PUSPA_INFO_TEMPLATE",
        office_key="info",
        name="puspa_info_petugas",
        purpose="to staff: a question, a follow-up, a complaint or a cancelled request",
        body="PUSPA: {{1}}\nKode: {{2}}\nRingkasan: {{3}}\n\nRincian lengkap ada di e-mail petugas PUSPA.",
        examples=(
            "Pertanyaan baru",
            "TNY-2026-0001",
            "Siti (Kartu Keluarga): Apakah KK baru boleh diurus oleh kakak saya?",
        ),
    ),
    TemplateDefinition(
        setting="PUSPA_STATUS_TEMPLATE",
        office_key="status",
        name="puspa_status_permohonan",
        purpose="to a resident: a request's new status, or staff's answer to a complaint",
        body=(
            "Kabar terbaru dari PUSPA tentang {{1}}: statusnya sekarang {{2}}.\n"
            "Keterangan petugas: {{3}}\n\nKetik STATUS untuk melihat rinciannya."
        ),
        examples=("RSP-2026-0001", "disetujui", "Surat rekomendasi bisa diambil di kantor kecamatan."),
    ),
    TemplateDefinition(
        setting="PUSPA_ANSWER_TEMPLATE",
        office_key="jawaban",
        name="puspa_jawaban_petugas",
        purpose="to a resident: staff's answer to their question, with Sudah jelas/Tanya lagi/Baca lengkap",
        body="Jawaban petugas PUSPA untuk pertanyaan {{1}}:\n\n{{2}}\n\nKetuk tombol di bawah untuk menanggapi.",
        examples=(
            "TNY-2026-0001",
            "Boleh, dengan surat kuasa bermeterai dan fotokopi KTP-el Anda. Datang pada jam kerja.",
        ),
        buttons=("Sudah jelas", "Tanya lagi", "Baca lengkap"),
    ),
    TemplateDefinition(
        setting="PUSPA_READY_TEMPLATE",
        office_key="dokumen_siap",
        name="puspa_dokumen_siap",
        purpose="to a resident: a document they asked about is ready for collection",
        body=(
            "Kabar gembira dari PUSPA: {{1}} nomor {{2}} sudah jadi dan bisa diambil.\n"
            "Ketik cek dokumen di chat ini untuk tempat, jam dan yang perlu dibawa."
        ),
        examples=("KTP-el", "12/KTP-2026"),
    ),
    TemplateDefinition(
        setting="PUSPA_REMINDER_TEMPLATE",
        office_key="pengingat",
        name="puspa_pengingat_antrian",
        purpose="to a resident who asked for it: tomorrow's counter visit, with a Batalkan button",
        body=(
            "Pengingat dari PUSPA: Anda terjadwal untuk layanan {{1}} pada {{2}}, nomor antrean {{3}}, di {{4}}.\n"
            "Bila tidak bisa datang, ketuk Batalkan agar tempatnya dipakai warga lain."
        ),
        examples=("KTP Elektronik", "Selasa, 9 Desember 2026 · 08.00–09.00", "B-014", "Loket 2"),
        buttons=("Batalkan",),
    ),
)
BY_SETTING = {t.setting: t for t in TEMPLATES}


def creation_request(definition: TemplateDefinition, name: str = "", language: str = LANGUAGE) -> dict[str, Any]:
    """The body of `POST /{waba_id}/message_templates` for `definition` (under `name`, when an office
    names it otherwise)."""
    body: dict[str, Any] = {"type": "BODY", "text": definition.body}
    if definition.examples:
        body["example"] = {"body_text": [list(definition.examples)]}
    components: list[dict[str, Any]] = [body]
    if definition.buttons:
        buttons = [{"type": "QUICK_REPLY", "text": title} for title in definition.buttons]
        components.append({"type": "BUTTONS", "buttons": buttons})
    return {"name": name or definition.name, "language": language, "category": CATEGORY, "components": components}
