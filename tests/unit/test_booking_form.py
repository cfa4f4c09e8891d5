"""The booking form's pages as the Flows endpoint's provider answers them (app/handlers/booking.py on
conversation/booking/on_screen.py): from antrian.yaml and the calendar as the chat's lists, the free
places from one `taken()` call, the office from the token alone; every page within Meta's limits."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from content_seed.files import OFFICES_DIR, load_bundle
from localdev import flow_rules
from puspa.app.content_cache import ContentCache
from puspa.app.flow_endpoint import UNKNOWN_FORM, FlowRequest, FlowScreen
from puspa.app.handlers.booking import booking_screen
from puspa.conversation.booking.on_screen import ENDPOINT_OFF, FORM, FormToken, read_token
from puspa.errors import FlowTokenError
from puspa.whatsapp.flow_json import check_data, flow_json
from tests.conftest import OFFICE_ID
from tests.fakes import FakeContentSource

OFFICE = Path(__file__).parents[1] / "data" / "offices" / "cileungsi-filled"
OTHER = "100000000000077"  # an office without antrian.yaml (Jonggol's content)
WEDNESDAY_EVENING = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)  # 16.00 WIB: the office has closed
THURSDAY_MORNING = datetime(2026, 11, 26, 2, 30, tzinfo=UTC)  # 09.30 WIB: the 08.00 and 09.00 hours have begun
SCREENS = {s["id"]: s for s in flow_json(FORM)["screens"]}


class CountingStore:
    """The store's `taken()`, counting its calls and the days each reads (one read per day)."""

    def __init__(self, taken: dict[str, dict[str, int]] | None = None) -> None:
        self.taken_by_day = taken or {}
        self.calls: list[tuple[str, str, tuple[str, ...]]] = []

    def taken(self, office_id: str, service: str, days: Iterable[str]) -> dict[str, dict[str, int]]:
        days = tuple(days)
        self.calls.append((office_id, service, days))
        return {day: self.taken_by_day.get(day, {}) for day in days}


def token(office: str = OFFICE_ID, service: str = "", day: str = "", issued: datetime = WEDNESDAY_EVENING) -> str:
    return f"bkg:flow:{office}.{int(issued.timestamp()):x}.{service}.{day.replace('-', '')}.{'a' * 24}"


@pytest.fixture(scope="module")
def bundles() -> tuple[dict[str, Any], dict[str, Any]]:
    return load_bundle(OFFICE), load_bundle(OFFICES_DIR / "jonggol")


@pytest.fixture
def contents(bundles: tuple[dict[str, Any], dict[str, Any]]) -> ContentCache:
    source = FakeContentSource(OFFICE_ID, bundles[0])
    source.published[OTHER] = ("v1", bundles[1])
    return ContentCache(source, 60)


def provider(contents: ContentCache, store: CountingStore, now: datetime = WEDNESDAY_EVENING) -> Any:
    return functools.partial(booking_screen, contents=contents, bookings=store, clock=lambda: now)


def checked(page: FlowScreen) -> FlowScreen:
    """The page as WhatsApp's client would take it: every declared key there, within Meta's limits."""
    data = dict(page.data)
    assert flow_rules.check_screen_data(SCREENS[page.screen], data) == ""
    check_data(next(p for p in FORM.pages if p.screen == page.screen), data)
    return page


def ask(answer: Any, screen: str = "", data: dict[str, Any] | None = None, flow_token: str = "") -> FlowScreen:
    action = "data_exchange" if screen else "INIT"
    return checked(answer(FlowRequest(action, flow_token or token(), screen, data or {})))


def test_the_form_opens_on_the_services_of_antrian_yaml_without_a_store_read(contents: ContentCache) -> None:
    store = CountingStore()
    page = ask(provider(contents, store), flow_token=token(service="kk"))
    assert page.screen == "LAYANAN" and [o["id"] for o in page.data["pilihan"]] == ["kk", "ktp_el"]
    assert page.data["init_values"] == {"layanan": "kk"} and store.calls == []


def test_the_day_page_reads_every_days_places_in_one_call(contents: ContentCache) -> None:
    store = CountingStore(
        {"2026-11-27": {"0800": 4, "0900": 4, "1000": 4, "1300": 4, "1400": 4}, "2026-11-30": {"0800": 1}}
    )
    page = ask(provider(contents, store), "LAYANAN", {"layanan": "ktp_el"})
    assert store.calls == [
        (OFFICE_ID, "ktp_el", ("2026-11-26", "2026-11-27", "2026-11-30", "2026-12-01", "2026-12-02"))
    ]
    days = {o["id"]: (o["description"], o["enabled"]) for o in page.data["pilihan"]}
    assert days["2026-11-27"] == ("penuh", False) and days["2026-11-30"] == ("19 tempat lagi", True)
    assert page.data["layanan"] == "ktp_el"  # carried to the next page


def test_the_day_named_is_preselected_only_while_it_has_a_free_place(contents: ContentCache) -> None:
    full = {"0800": 4, "0900": 4, "1000": 4, "1300": 4, "1400": 4}
    named = token(service="ktp_el", day="2026-11-27")
    free = ask(provider(contents, CountingStore()), "LAYANAN", {"layanan": "ktp_el"}, named)
    assert free.data["init_values"] == {"hari": "2026-11-27"}
    gone = ask(provider(contents, CountingStore({"2026-11-27": full})), "LAYANAN", {"layanan": "ktp_el"}, named)
    assert gone.data["init_values"] == {}  # the client would refuse a disabled choice as its value
    other = ask(provider(contents, CountingStore()), "LAYANAN", {"layanan": "kk"}, named)
    assert other.data["init_values"] == {}  # the day was named for KTP-el, not for KK


def test_every_day_full_says_so_above_the_days(contents: ContentCache) -> None:
    full = {"0800": 4, "0900": 4, "1000": 4, "1300": 4, "1400": 4}
    days = ("2026-11-26", "2026-11-27", "2026-11-30", "2026-12-01", "2026-12-02")
    page = ask(provider(contents, CountingStore(dict.fromkeys(days, full))), "LAYANAN", {"layanan": "ktp_el"})
    assert not any(o["enabled"] for o in page.data["pilihan"]) and "sudah penuh" in page.data["judul"]


def test_the_hour_page_reads_one_day_and_today_offers_only_hours_not_begun(contents: ContentCache) -> None:
    store = CountingStore({"2026-11-26": {"1000": 4}})
    answer = provider(contents, store, THURSDAY_MORNING)
    page = ask(answer, "HARI", {"layanan": "ktp_el", "hari": "2026-11-26"})
    assert store.calls == [(OFFICE_ID, "ktp_el", ("2026-11-26",))]
    hours = {o["id"]: (o["description"], o["enabled"]) for o in page.data["pilihan"]}
    assert hours == {"1000": ("penuh", False), "1300": ("4 tempat lagi", True), "1400": ("4 tempat lagi", True)}
    assert (page.data["layanan"], page.data["hari"]) == ("ktp_el", "2026-11-26")


def test_the_confirmation_page_needs_no_store_read(contents: ContentCache) -> None:
    store = CountingStore()
    page = ask(provider(contents, store), "JAM", {"layanan": "kk", "hari": "2026-11-30", "jam": "1300"})
    assert page.screen == "KONFIRMASI" and store.calls == []
    assert (
        page.data["judul"]
        == "Ambil antrian ini?\nKartu Keluarga (KK) · Senin, 30 November 2026 · 13.00–14.00\nLoket 1 (data uji)"
    )
    assert (page.data["layanan"], page.data["hari"], page.data["jam"]) == ("kk", "2026-11-30", "1300")


@pytest.mark.parametrize(
    ("screen", "data", "back_to", "problem"),
    [
        ("LAYANAN", {"layanan": "paspor"}, "LAYANAN", "Layanan itu tidak ada."),
        ("HARI", {"layanan": "ktp_el", "hari": "2026-11-28"}, "HARI", "Hari itu sudah tidak bisa dipesan."),  # Sat
        ("HARI", {"layanan": "ktp_el", "hari": "2026-11-26"}, "HARI", "Hari itu sudah tidak bisa dipesan."),  # begun
        ("JAM", {"layanan": "ktp_el", "hari": "2026-11-26", "jam": "0900"}, "HARI", "Hari itu"),
        ("JAM", {"layanan": "ktp_el", "hari": "2026-11-27", "jam": "0700"}, "JAM", "Jam itu sudah tidak bisa dipesan."),
        ("JAM", {"layanan": "sim", "hari": "2026-11-27", "jam": "0800"}, "LAYANAN", "Layanan itu tidak ada."),
    ],
)
def test_answers_are_client_input_checked_again_on_every_page(
    contents: ContentCache, screen: str, data: dict[str, str], back_to: str, problem: str
) -> None:
    late = THURSDAY_MORNING + timedelta(hours=6, minutes=40)  # 16.10 WIB: Thursday's last hour has begun
    page = ask(provider(contents, CountingStore(), late), screen, data, token(issued=THURSDAY_MORNING))
    assert page.screen == back_to and str(page.data["error_message"]).startswith(problem)


def test_the_office_comes_from_the_token_and_nothing_else(contents: ContentCache) -> None:
    store = CountingStore()
    answer = provider(contents, store)
    ask(answer, "LAYANAN", {"layanan": "ktp_el", "office_id": OTHER, "kantor": OTHER})
    assert {office for office, _, _ in store.calls} == {OFFICE_ID}
    with pytest.raises(FlowTokenError, match=ENDPOINT_OFF):  # that office takes no bookings
        answer(FlowRequest("INIT", token(office=OTHER)))
    with pytest.raises(FlowTokenError, match=ENDPOINT_OFF):  # an office nobody published
        answer(FlowRequest("INIT", token(office="999")))


@pytest.mark.parametrize(
    "flow_token",
    ["bkg:flow:abc", f"bkg:flow:{OFFICE_ID}.zz.kk..{'a' * 24}", f"bkg:flow:{OFFICE_ID}.1.kk.20261399.{'a' * 24}",
     f"bkg:flow:{OFFICE_ID}.1.KK/x..{'a' * 24}", f"bkg:flow:{OFFICE_ID}.1.kk..short", "reg:flow:1",
     f"bkg:flow:10/{OFFICE_ID}.1.kk..{'a' * 24}"],
)  # fmt: skip
def test_a_token_not_ours_is_refused_with_the_clients_message(contents: ContentCache, flow_token: str) -> None:
    with pytest.raises(FlowTokenError, match=UNKNOWN_FORM):
        provider(contents, CountingStore())(FlowRequest("INIT", flow_token))


def test_a_form_older_than_a_day_is_refused(contents: ContentCache) -> None:
    answer = provider(contents, CountingStore(), WEDNESDAY_EVENING + timedelta(hours=25))
    with pytest.raises(FlowTokenError, match="lebih dari 24 jam"):
        answer(FlowRequest("INIT", token()))


def test_a_token_reads_back_what_it_was_minted_with() -> None:
    assert read_token(token(service="ktp_el", day="2026-11-26")) == FormToken(
        OFFICE_ID, WEDNESDAY_EVENING, "ktp_el", "2026-11-26"
    )
