"""The cards a resident acts on carry the facts of the December re-audit, each with its source.

Issue 27, items 4–7. The facts come from shared/reference/content-audit-2026-12.md (tags R5–R30 there);
every card names them in `sumber`, and `diperiksa` says when they were last checked. A card that
leaves a fact out sends a resident on a wasted trip, so these tests read what the resident reads.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from puspa.conversation.machine import REGISTRY
from puspa.conversation.screens import card_text, service_card
from puspa.conversation.search import search
from puspa.domain.content import Content, Service

RECHECKED = date(2026, 12, 6)  # the re-audit's date: cards changed from it say so
NOW = datetime(2026, 12, 7, 3, 0, tzinfo=UTC)


def _service(content: Content, service_id: str) -> Service:
    service = content.service(service_id)
    assert service is not None, service_id
    return service


def _text(content: Content, service_id: str) -> str:
    return card_text(_service(content, service_id))


def _first_message(content: Content, service_id: str) -> str:
    """What the resident sees without tapping "Selengkapnya"."""
    reply, _ = service_card(content, REGISTRY, _service(content, service_id), NOW)
    return reply.body


def _items(content: Content, service_id: str, case: str = "") -> list[str]:
    """The requirement lines of a card, or of its groups whose case mentions `case`."""
    groups = _service(content, service_id).requirements
    return [item for g in groups if case.lower() in g.case.lower() for item in g.items]


def _has(lines: list[str], *words: str) -> bool:
    """Some line mentions every one of `words` (case-insensitive)."""
    return any(all(w.lower() in line.lower() for w in words) for line in lines)


def _sources(bundle: dict[str, Any], service_id: str) -> str:
    return " ".join(next(s for s in bundle["layanan"] if s["id"] == service_id)["sumber"])


@pytest.mark.parametrize("service_id", ["akta_kematian", "pindah", "telepon", "pbb", "kantor"])
def test_cards_changed_by_the_re_audit_say_when_they_were_checked(content: Content, service_id: str) -> None:
    assert _service(content, service_id).checked_on == RECHECKED


def test_death_card_lists_the_known_documents_not_a_placeholder(content: Content, bundle: dict[str, Any]) -> None:
    # Audit 2026-12 E2: national list (R8, R9: Perpres 96/2018) and what Kab. Bogor is reported to ask (R7).
    items = _items(content, "akta_kematian")
    assert _has(items, "surat keterangan kematian", "rumah sakit", "kepala desa")
    assert _has(items, "KK", "KTP-el", "almarhum")
    assert _has(items, "F-2.01", "2 orang saksi")
    assert _has(items, "KTP", "pelapor", "2 saksi")
    assert "dokumen lain yang diminta petugas" not in _text(content, "akta_kematian").lower()
    sources = _sources(bundle, "akta_kematian")
    for source in ("akurat.co", "disdukcapil.bandungkab.go.id", "pekalongankab.go.id"):
        assert source in sources


def test_death_card_cites_only_articles_that_were_read(content: Content, bundle: dict[str, Any]) -> None:
    # E10: "Perpres 96/2018 Pasal 45" rests on a news item calling it a "PP"; Pasal 44 belongs to
    # UU 23/2006 as amended by UU 24/2013 (R6).
    legal = _service(content, "akta_kematian").legal_basis
    assert "Perpres 96/2018" in legal and not any("Pasal 45" in line for line in legal)
    assert _has(list(legal), "UU 23/2006", "UU 24/2013", "Pasal 44")
    assert "law.ojs.co.id" in _sources(bundle, "akta_kematian")


def test_moving_card_gives_the_national_requirements(content: Content, bundle: dict[str, Any]) -> None:
    # Audit 2026-12 E3 (R10–R13).
    text = _text(content, "pindah")
    assert "syaratnya tanyakan" not in text
    moving_out = _items(content, "pindah", "keluar")
    assert _has(moving_out, "KK") and _has(moving_out, "F-1.03")
    assert "*Tidak perlu* surat pengantar RT/RW" in text
    moving_in = _items(content, "pindah", "datang")
    assert _has(moving_in, "KTP-el lama")
    assert _has(_items(content, "pindah"), "tidak keberatan", "pemilik rumah")  # renters, and joining a KK
    assert _has(_items(content, "pindah", "di dalam Kab. Bogor"), "sekali datang")
    assert "Disdukcapil tujuan" in text  # the SKPWNI need not mean a trip back to the old region
    sources = _sources(bundle, "pindah")
    for source in ("dukcapil.ngawikab.go.id", "tribunnews.com", "dukcapil.kuburayakab.go.id", "kalderanews.com"):
        assert source in sources


@pytest.mark.parametrize("question", ["nomor darurat", "ambulans", "damkar", "pemadam kebakaran", "gawat darurat"])
def test_emergency_questions_get_112(content: Content, question: str) -> None:
    # Audit 2026-12 E5 (R27): 112, free and answered around the clock in Kab. Bogor.
    offered = [s.id for s in search(question, content).services]
    assert "telepon" in offered, offered
    first = _first_message(content, "telepon")
    assert "*112*" in first and "24 jam" in first
    assert "sedang kami lengkapi" not in _text(content, "telepon")


def test_emergency_number_carries_its_official_source(bundle: dict[str, Any]) -> None:
    assert "diskominfo.bogorkab.go.id/berita/112-layanan-telepon-gawat-darurat" in _sources(bundle, "telepon")


def test_pbb_card_tells_of_the_small_bill_waiver_and_the_fine_waivers(content: Content, bundle: dict[str, Any]) -> None:
    # Audit 2026-12 E6 (R20): PBB-P2 of individuals up to Rp100.000 waived since 2025, again for 2026;
    # fines waived to the end of 2025; Jan–Mar 2026: 10% off and 1994–2011 arrears written off.
    first = _first_message(content, "pbb")
    assert "Rp100.000" in first and "perorangan" in first and "2025" in first and "2026" in first
    text = _text(content, "pbb")
    assert "denda" in text and "Desember 2025" in text and "1994–2011" in text and "diskon 10%" in text
    assert "tahun pajak 2027: tanyakan ke petugas" in text  # next year's policy is not known yet
    sources = _sources(bundle, "pbb")
    for article in ("jabar-terkini/26425", "jabar-terkini/26760", "jabar-terkini/28923"):
        assert article in sources


def test_office_card_says_whom_to_ask_for_the_address(content: Content) -> None:
    # Audit 2026-12 §2 kantor: no street address in an official source (the landmark is Wikipedia's, R30),
    # so the card's place line says whom to ask, and no menu text promises an address the card lacks.
    office = _service(content, "kantor")
    assert "Alamat jalan dan petunjuk arah: tanyakan ke petugas" in office.place
    if "Jl." not in office.place:
        category = content.category(office.category_id)
        assert category is not None
        for promise in (office.description, category.description):
            assert "alamat" not in promise.lower(), promise
