"""Staff e-mail as HTML: only PUSPA's own papers link is clickable; a URL a resident typed stays text, so
it can never pass for PUSPA's "Buka berkas"."""

from __future__ import annotations

from puspa.app.staff_notices import VIEW_LINK_LABEL, StaffNotice, email_html
from puspa.conversation.replies import TemplateReply

TEMPLATE = TemplateReply("puspa_info_petugas", "id", ("a", "b", "c"))


def notice(*rows: tuple[str, str]) -> StaffNotice:
    return StaffNotice(
        "100000000000002", "[PUSPA Uji] Pertanyaan TNY-2026-0001", rows, "Jawab dari WhatsApp.", TEMPLATE
    )


def test_a_url_a_resident_typed_stays_text() -> None:
    page = email_html(notice(("Pertanyaan", "https://kecamatan-login.example/verifikasi")), "Senin")
    assert "<a " not in page and "https://kecamatan-login.example/verifikasi" in page


def test_the_papers_link_puspa_adds_is_clickable() -> None:
    page = email_html(notice((VIEW_LINK_LABEL, "https://view.example/#tok")), "Senin")
    assert "<a href='https://view.example/#tok'>Buka berkas</a>" in page
