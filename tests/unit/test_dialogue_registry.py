"""The shape that lets a dialogue own what it needs: every effect has one handler and one outcome,
dependencies are checked when the table is bound, dialogues cannot collide, and what a dialogue
declares (card buttons, menu rows, kept data) reaches the shared screens and the stored session."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from msgspec.structs import replace

from puspa.app.bootstrap import handler_modules
from puspa.app.effect_handlers import Scope, bind
from puspa.conversation import screens as render
from puspa.conversation.machine import DIALOGUES, REGISTRY, check_content, check_dialogues
from puspa.conversation.replies import Button, ButtonsReply
from puspa.domain.content import Content
from puspa.domain.session import Session
from tests.chat import Chat
from tests.conftest import NOW
from tests.fakes import fake_dependencies


def test_every_effect_a_dialogue_declares_has_exactly_one_handler_and_one_outcome() -> None:
    handled = set(bind(handler_modules(), fake_dependencies()))
    declared = {effect for d in DIALOGUES for effect in d.outcomes}
    assert handled == declared  # no effect without a handler, no handler without an outcome


def test_binding_names_a_missing_dependency_before_any_message() -> None:
    def needs_a_store(effect: object, scope: Scope, parking: object) -> object:
        return parking

    module = SimpleNamespace(HANDLERS={int: needs_a_store})
    with pytest.raises(LookupError, match="parking"):
        bind([module], fake_dependencies())  # type: ignore[list-item]


def test_an_effect_handled_twice_is_refused() -> None:
    def handler(effect: object, scope: Scope) -> object:
        return effect

    twice = [SimpleNamespace(HANDLERS={int: handler}), SimpleNamespace(HANDLERS={int: handler})]
    with pytest.raises(ValueError, match="two handlers"):
        bind(twice, {})  # type: ignore[arg-type]


def test_erase_reaches_every_dialogues_hook() -> None:
    hooks = [hook for module in handler_modules() for hook in getattr(module, "ERASE", ())]
    assert {hook.__module__.rsplit(".", 1)[-1] for hook in hooks} == {
        "registration",
        "question",
        "readiness",
        "complaint",
        "papers",
        "unanswered",
        "booking",
    }


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: replace(d, name="question"), "dialogue name"),
        (lambda d: replace(d, states={"main_menu": lambda s, c: None}), "state"),
        (lambda d: replace(d, states={"survey": lambda s, c: None}), "state"),
        (lambda d: replace(d, card_button=("pendaftaran", Button("x:start", "X"))), "card button key"),
        (lambda d: replace(d, cancel_ids=frozenset({"batal"})), "without its prefix"),
    ],
)
def test_dialogues_that_would_collide_are_refused(change: object, message: str) -> None:
    survey = next(d for d in DIALOGUES if d.name == "survey")
    harmless = replace(survey, name="copy", states={}, outcomes={}, cancel_ids=frozenset())
    check_dialogues((*DIALOGUES, harmless))  # the copy alone collides with nothing
    with pytest.raises(ValueError, match=message):
        check_dialogues((*DIALOGUES, change(harmless)))  # type: ignore[operator]


def test_a_dialogue_registered_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="declared twice"):
        check_dialogues((*DIALOGUES, DIALOGUES[0]))


def test_a_card_naming_a_conversation_nobody_offers_is_refused_by_the_publisher(content: Content) -> None:
    service = replace(content.services[0], buttons=("booking",))
    changed = replace(content, services=(service, *content.services[1:]))
    (problem,) = check_content(changed)
    assert f"layanan/{service.id}.yaml: tombol 'booking' tidak dikenal" in problem


def test_a_split_card_keeps_its_own_dialogue_button_on_both_halves(content: Content) -> None:
    service = next(s for s in content.services if "cek_dokumen" in s.buttons)
    long = replace(service, information="Keterangan panjang. " * 80)
    first, _ = render.service_card(content, REGISTRY, long, NOW)
    rest, _ = render.card_rest(content, long, REGISTRY)
    assert isinstance(first, ButtonsReply) and isinstance(rest, ButtonsReply)
    assert [b.title for b in first.buttons] == ["Cek dokumen", "Selengkapnya", "Tanya petugas"]
    assert [b.title for b in rest.buttons] == ["Cek dokumen", "Menu utama", "Tanya petugas"]


def test_a_card_button_of_a_dialogue_off_at_the_office_is_neither_shown_nor_published(content: Content) -> None:
    service = next(s for s in content.services if "cek_dokumen" in s.buttons)
    without = replace(content, sections={k: v for k, v in content.sections.items() if k != "dokumen"})
    card, _ = render.service_card(without, REGISTRY, service, NOW)
    assert isinstance(card, ButtonsReply) and "Cek dokumen" not in [b.title for b in card.buttons]
    assert any("tombol 'cek_dokumen' belum bisa dipakai" in p for p in check_content(without))


def test_a_split_card_keeps_two_dialogue_buttons_and_refuses_a_third(content: Content) -> None:
    service = replace(next(s for s in content.services if "cek_dokumen" in s.buttons), information="Panjang. " * 150)
    two = replace(service, buttons=("cek_dokumen", "pengaduan"))
    first, _ = render.service_card(content, REGISTRY, two, NOW)
    assert isinstance(first, ButtonsReply)
    assert [b.title for b in first.buttons] == ["Cek dokumen", "Saran & pengaduan", "Selengkapnya"]
    three = replace(content, services=(replace(two, buttons=("cek_dokumen", "pengaduan", "pendaftaran")),))
    assert any("paling banyak 2 nama di 'tombol'" in p for p in check_content(three))


def test_a_dialogue_menu_row_appears_only_when_the_first_page_has_room(content: Content) -> None:
    full, _ = render.menu(content, REGISTRY)  # Jonggol: nine categories and "Tanya petugas"
    roomy, _ = render.menu(replace(content, categories=content.categories[:3]), REGISTRY)
    assert "Survei kepuasan" not in str(full) and "Tanya petugas" in str(full)
    assert "Survei kepuasan" in str(roomy)


def test_the_number_of_a_dialogues_button_on_a_card_opens_that_dialogue(content: Content) -> None:
    chat = Chat(content)
    chat.send("menu")
    assert "[Daftar sekarang]" in chat.tap("Izin Resepsi/Hajatan")
    assert "Pendaftaran rekomendasi izin resepsi" in chat.send("1")  # was "pilihan itu sudah tidak tersedia"


def test_what_a_dialogue_keeps_outlives_the_conversation_and_its_answers_do_not() -> None:
    session = Session(state="survey", form=(("u1", "3"),), scratch={"x": "1"}).keeping("survey", period="2026-11")
    fresh = session.restarted()
    assert fresh.kept == {"survey": {"period": "2026-11"}} and fresh.form == () and fresh.scratch == {}
    assert session.left_dialogue().kept == session.kept


def test_a_session_stored_before_dialogues_kept_their_data_keeps_the_survey_month() -> None:
    stored = {"state": "main_menu", "survey_invited_at": NOW, "surveyed_period": "2026-11"}
    assert Session.from_dict(stored).kept_by("survey") == {"invited_at": NOW, "period": "2026-11"}
