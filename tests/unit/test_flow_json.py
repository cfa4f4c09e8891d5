"""The forms on one screen as Meta's Flow JSON: built from the chat forms' own definitions, and
accepted by the stand-in's independent rules (localdev/flow_rules.py), which refuse what Meta refuses."""

from __future__ import annotations

import json
from typing import Any

import pytest
from msgspec.structs import replace

from localdev import flow_rules
from puspa.conversation.booking.on_screen import FORM as BOOKING_FORM
from puspa.conversation.forms import FieldKind, FlowField
from puspa.conversation.machine import DIALOGUES
from puspa.conversation.registration.fields import RECEPTION
from puspa.conversation.registration.on_screen import FORM as REGISTRATION_FORM
from puspa.conversation.replies import FlowReply
from puspa.conversation.survey_form import FORM as SURVEY_FORM
from puspa.domain.sender import Sender
from puspa.errors import MessageLimitError
from puspa.whatsapp.flow_json import check_data, flow_bytes, flow_json, versioned_name
from puspa.whatsapp.messages import build_message

FORMS = [form for d in DIALOGUES for form in d.flows]


def inputs(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {c["name"]: c for c in flow_rules.walk_components(doc["screens"][0]["layout"]["children"]) if "name" in c}


def test_the_registration_the_survey_and_the_booking_declare_their_forms() -> None:
    assert {f.name for f in FORMS} == {REGISTRATION_FORM.name, SURVEY_FORM.name, BOOKING_FORM.name}


@pytest.mark.parametrize("form", FORMS, ids=lambda f: f.name)
def test_every_form_passes_metas_rules(form: Any) -> None:
    doc = json.loads(flow_bytes(form))
    assert flow_rules.check_flow_json(doc) == []
    assert doc["version"] in flow_rules.VERSIONS and doc["screens"][-1]["terminal"] is True


def test_the_registration_form_has_every_chat_field_with_its_label_and_limit() -> None:
    found = inputs(flow_json(REGISTRATION_FORM))
    for spec in RECEPTION.fields:
        assert found[spec.key]["label"] == spec.label
        assert found[spec.key].get("max-chars", found[spec.key].get("max-length", 0)) == spec.max_chars
    assert found["nik"]["input-type"] == "number" and found["kontak"]["input-type"] == "phone"
    assert found["desa"]["type"] == "Dropdown" and found["tanggal"]["type"] == "DatePicker"
    assert found["tanggal"]["min-date"] == "${data.min_date}" and found["jenis_acara"]["type"] == "RadioButtonsGroup"
    footer = flow_rules.walk_components(flow_json(REGISTRATION_FORM)["screens"][0]["layout"]["children"])[-1]
    assert footer["on-click-action"]["payload"] == {spec.key: "${form." + spec.key + "}" for spec in RECEPTION.fields}


def test_a_changed_form_gets_a_new_version_name() -> None:
    changed = replace(REGISTRATION_FORM, intro="Isi data pemohon.")
    assert versioned_name(REGISTRATION_FORM).startswith("puspa_izin_resepsi_")
    assert flow_bytes(changed) != flow_bytes(REGISTRATION_FORM)


@pytest.mark.parametrize(
    "field",
    [
        FlowField("nama", FieldKind.TEXT, "Nama lengkap sesuai KTP"),  # 23 > 20
        FlowField("desa", FieldKind.DROPDOWN, "Desa atau kelurahan tempat tinggal", options="desa"),  # 34 > 30
        FlowField("nama", FieldKind.TEXT, "Nama", helper="x" * 81),
    ],
)
def test_a_label_over_metas_limit_is_refused_by_both(field: FlowField) -> None:
    broken = replace(REGISTRATION_FORM, fields=(field,))
    with pytest.raises(MessageLimitError):
        flow_json(broken)
    kind = "Dropdown" if field.kind is FieldKind.DROPDOWN else "TextInput"
    component = {"type": kind, "name": field.key, "label": field.label, "helper-text": field.helper,
                 "data-source": [{"id": "a", "title": "A"}]}  # fmt: skip
    footer = {"type": "Footer", "label": "Kirim", "on-click-action": {"name": "complete"}}
    layout = {"type": "SingleColumnLayout", "children": [component, footer]}
    doc = {"version": "7.0", "screens": [{"id": "A", "terminal": True, "data": {}, "layout": layout}]}
    assert flow_rules.check_flow_json(doc)


def test_the_stand_in_refuses_what_meta_refuses() -> None:
    doc = json.loads(flow_bytes(REGISTRATION_FORM))
    screen = doc["screens"][0]
    assert flow_rules.check_flow_json({**doc, "version": "2.1"})
    assert flow_rules.check_flow_json({**doc, "screens": [{**screen, "id": "formulir"}]})
    del screen["data"]["min_date"]  # referenced by the date picker, no longer declared
    assert any("min_date" in e["message"] for e in flow_rules.check_flow_json(doc))


def _reply(data: dict[str, Any]) -> FlowReply:
    base = {"desa": [{"id": "Cibodas", "title": "Cibodas"}], "jenis_acara": [{"id": "a", "title": "A"}],
            "hiburan": [{"id": "b", "title": "B"}], "min_date": "2026-12-01", "max_date": "2027-12-01",
            "init_values": {}, "error_messages": {}}  # fmt: skip
    return FlowReply(
        "Isi formulir ini.", REGISTRATION_FORM, "reg:flow:1", "Isi formulir", tuple({**base, **data}.items())
    )


def test_a_flow_message_is_built_within_metas_limits() -> None:
    payload = build_message(Sender("6281234567890", ""), _reply({}))
    interactive = payload["interactive"]
    parameters = interactive["action"]["parameters"]
    assert parameters["flow_name"] == versioned_name(REGISTRATION_FORM) and parameters["flow_message_version"] == "3"
    published = {versioned_name(REGISTRATION_FORM): {"status": "PUBLISHED", "json": flow_json(REGISTRATION_FORM)}}
    assert flow_rules.check_flow_message(interactive, published) == ""


@pytest.mark.parametrize(
    "data",
    [
        {"desa": [{"id": f"d{n}", "title": f"Desa {n}"} for n in range(201)]},  # a dropdown holds 200
        {"desa": [{"id": "x", "title": "Desa dengan nama yang panjang sekali"}]},  # a title holds 30
        {"init_values": {"umur": "30"}},  # no such field
        {"min_date": None} | {"x": 1},
    ],
)
def test_message_data_meta_would_refuse_is_refused(data: dict[str, Any]) -> None:
    reply = _reply(data)
    if data.get("min_date", "") is None:
        reply = FlowReply(
            reply.body, reply.form, reply.token, reply.cta, tuple(i for i in reply.data if i[0] != "min_date")
        )
    with pytest.raises(MessageLimitError):
        check_data(reply.form, dict(reply.data))
    with pytest.raises(MessageLimitError):  # the message builder refuses it before any network call
        build_message(Sender("6281234567890", ""), reply)


def test_the_survey_form_hides_the_slots_an_office_does_not_use() -> None:
    from puspa.conversation.survey_form import form_data

    data = dict(form_data([("Persyaratan", "Bagaimana *persyaratan*?", ("A", "B", "C", "D"))]))
    check_data(SURVEY_FORM, data)
    assert data["q1_shown"] is True and data["q2_shown"] is False and data["q1_text"] == "Bagaimana persyaratan?"
    assert flow_rules.check_answers(flow_json(SURVEY_FORM)["screens"][0], data, {"q1": "2"}) == ""
    assert "q1" in flow_rules.check_answers(flow_json(SURVEY_FORM)["screens"][0], data, {})


@pytest.mark.parametrize("key", ["init_values", "error_messages"])
def test_a_message_without_the_forms_prefill_or_problems_is_refused(key: str) -> None:
    reply = _reply({})
    data = {k: v for k, v in reply.data if k != key}  # declared by every form's screen: Meta requires it
    published = {versioned_name(REGISTRATION_FORM): {"status": "PUBLISHED", "json": flow_json(REGISTRATION_FORM)}}
    interactive = build_message(Sender("6281234567890", ""), reply)["interactive"]
    interactive["action"]["parameters"]["flow_action_payload"]["data"] = data
    assert key in flow_rules.check_flow_message(interactive, published)  # the stand-in refuses it
    with pytest.raises(MessageLimitError, match=key):
        check_data(REGISTRATION_FORM, data)


def test_the_booking_form_routes_its_pages_in_a_row_and_the_stand_in_checks_routing() -> None:
    doc = json.loads(flow_bytes(BOOKING_FORM))
    assert doc["data_api_version"] == "3.0"
    assert doc["routing_model"] == {"LAYANAN": ["HARI"], "HARI": ["JAM"], "JAM": ["KONFIRMASI"], "KONFIRMASI": []}
    actions = [flow_rules.walk_components(s["layout"]["children"])[-1]["on-click-action"] for s in doc["screens"]]
    assert [a["name"] for a in actions] == ["data_exchange", "data_exchange", "data_exchange", "complete"]
    assert actions[-1]["payload"] == {"layanan": "${data.layanan}", "hari": "${data.hari}", "jam": "${data.jam}",
                                      "ingatkan": "${form.ingatkan}"}  # fmt: skip
    without_routes = {k: v for k, v in doc.items() if k != "routing_model"}
    looping = {**doc, "routing_model": {**doc["routing_model"], "KONFIRMASI": ["LAYANAN"]}}
    elsewhere = {**doc, "routing_model": {**doc["routing_model"], "JAM": ["SELESAI"]}}
    no_endpoint = {k: v for k, v in without_routes.items() if k != "data_api_version"}
    cases = [(without_routes, "routing_model must name every screen"), (looping, "must not loop"),
             (elsewhere, "routes to a screen the Flow lacks"), (no_endpoint, "data_exchange needs")]  # fmt: skip
    for broken, why in cases:
        assert any(why in e["message"] for e in flow_rules.check_flow_json(broken)), why


def test_the_stand_in_refuses_endpoint_data_a_page_cannot_show() -> None:
    screen = next(s for s in json.loads(flow_bytes(BOOKING_FORM))["screens"] if s["id"] == "HARI")
    good = {"layanan": "kk", "judul": "Pilih hari", "pilihan": [{"id": "2026-11-26", "title": "Kam, 26 Nov"}],
            "init_values": {}, "error_messages": {}}  # fmt: skip
    assert flow_rules.check_screen_data(screen, good) == ""
    assert "lacks layanan" in flow_rules.check_screen_data(screen, {k: v for k, v in good.items() if k != "layanan"})
    assert "1 to 20 options" in flow_rules.check_screen_data(screen, {**good, "pilihan": []})
    full = {**good, "pilihan": [{"id": "2026-11-26", "title": "Kam, 26 Nov", "enabled": False}]}
    assert "cannot be selected" in flow_rules.check_answers(screen, full, {"hari": "2026-11-26"})


def test_a_message_opening_an_endpoint_form_carries_no_payload() -> None:
    reply = FlowReply("Ambil antrian.", BOOKING_FORM, "bkg:flow:1", "Pilih jadwal")
    parameters = build_message(Sender("6281234567890", ""), reply)["interactive"]["action"]["parameters"]
    assert parameters["flow_action"] == "data_exchange" and "flow_action_payload" not in parameters
    published = {parameters["flow_name"]: {"status": "PUBLISHED", "json": json.loads(flow_bytes(BOOKING_FORM))}}
    interactive = build_message(Sender("6281234567890", ""), reply)["interactive"]
    assert flow_rules.check_flow_message(interactive, published) == ""
    with_payload = {**parameters, "flow_action_payload": {"screen": "LAYANAN"}}
    interactive["action"]["parameters"] = with_payload
    assert "must be omitted" in flow_rules.check_flow_message(interactive, published)
