"""Webhook handshake, signature and parsing against Meta-shaped payloads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from puspa.conversation.inbound import InboundKind
from puspa.whatsapp.webhook import parse_webhook, sign, verify_signature, verify_subscription

HOOKS = Path(__file__).parents[1] / "data" / "webhooks"


def load(name: str) -> bytes:
    return (HOOKS / name).read_bytes()


def test_subscription_echoes_challenge_only_with_right_token() -> None:
    params = {"hub.mode": "subscribe", "hub.verify_token": "tok", "hub.challenge": "1158201444"}
    assert verify_subscription(params, "tok") == ("1158201444", 200)
    assert verify_subscription({**params, "hub.verify_token": "bad"}, "tok")[1] == 403
    assert verify_subscription({**params, "hub.mode": "unsubscribe"}, "tok")[1] == 403
    assert verify_subscription({}, "tok")[1] == 403


def test_signature_is_checked_on_raw_bytes() -> None:
    body = load("text.json")
    assert verify_signature(body, sign(body, "secret"), "secret")
    assert not verify_signature(body, sign(body, "other"), "secret")
    assert not verify_signature(body + b" ", sign(body, "secret"), "secret")
    assert not verify_signature(body, None, "secret")
    assert not verify_signature(body, "sha1=abc", "secret")
    reserialised = json.dumps(json.loads(body)).encode()
    assert not verify_signature(reserialised, sign(body, "secret"), "secret")


@pytest.mark.parametrize(
    ("fixture", "kind", "detail"),
    [
        ("text.json", InboundKind.TEXT, "syarat bikin kk"),
        ("list_reply.json", InboundKind.CHOICE, "cat:kependudukan:1"),
        ("button_reply.json", InboundKind.CHOICE, "menu"),
        ("template_button.json", InboundKind.CHOICE, "menu"),
        ("image.json", InboundKind.UNREADABLE, "image"),
        ("voice.json", InboundKind.UNREADABLE, "audio"),
        ("sticker.json", InboundKind.UNREADABLE, "sticker"),
        ("location.json", InboundKind.UNREADABLE, "location"),
        ("contacts.json", InboundKind.UNREADABLE, "contacts"),
        ("unsupported.json", InboundKind.UNREADABLE, "unsupported"),
        ("reaction.json", InboundKind.IGNORED, "reaction"),
        ("edit.json", InboundKind.IGNORED, "edit"),
        ("revoke.json", InboundKind.IGNORED, "revoke"),
        ("system.json", InboundKind.IGNORED, "system"),
        ("request_welcome.json", InboundKind.WELCOME_REQUEST, "request_welcome"),
    ],
)
def test_each_message_type_is_classified(fixture: str, kind: InboundKind, detail: str) -> None:
    (inbound,) = parse_webhook(load(fixture)).messages
    assert inbound.kind is kind
    assert detail in (inbound.text, inbound.choice_id, inbound.original_type)
    assert inbound.office_id == "106540352242922"


def test_text_message_carries_sender_profile_and_time() -> None:
    (inbound,) = parse_webhook(load("text.json")).messages
    assert inbound.sender.wa_id == "6281234567890"
    assert inbound.profile_name == "Siti Rahma"
    assert inbound.sent_at is not None and inbound.sent_at.year == 2025


def test_batch_with_several_entries_and_messages() -> None:
    batch = parse_webhook(load("batch.json"))
    assert [m.wamid for m in batch.messages] == ["wamid.BAT001", "wamid.BAT002", "wamid.BAT003"]
    assert batch.messages[2].sender.wa_id == "6285711112222"
    assert batch.messages[2].sent_at is None  # "TIMESTAMP" placeholder


def test_sender_known_only_by_bsuid() -> None:
    (inbound,) = parse_webhook(load("bsuid_only.json")).messages
    assert inbound.sender.wa_id == ""
    assert inbound.sender.key == "ID.1691510551882921"
    assert inbound.profile_name == "Budi"


def test_statuses_and_other_fields_carry_no_messages() -> None:
    statuses = parse_webhook(load("statuses.json"))
    assert statuses.messages == () and statuses.status_count == 2
    assert parse_webhook(load("other_field.json")).messages == ()


def test_malformed_parts_are_skipped_without_raising() -> None:
    batch = parse_webhook(load("malformed_parts.json"))
    kinds = {m.wamid: m.kind for m in batch.messages}
    assert kinds == {"wamid.NOTEXT": InboundKind.IGNORED, "wamid.BADINT": InboundKind.UNREADABLE}
    assert batch.skipped >= 3


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"not json",
        b"[]",
        b'{"object": "page"}',
        b'{"object": "whatsapp_business_account", "entry": 5}',
        b"\xff\xfe",
    ],
)
def test_garbage_bodies_parse_to_nothing(body: bytes) -> None:
    assert parse_webhook(body).messages == ()


def test_non_ascii_signature_is_refused_not_an_error() -> None:
    body = load("text.json")
    assert not verify_signature(body, "sha256=é" + "0" * 63, "secret")
    assert (
        verify_subscription({"hub.mode": "subscribe", "hub.verify_token": "tökén", "hub.challenge": "1"}, "tok")[1]
        == 403
    )


def test_an_empty_app_secret_accepts_no_signature() -> None:
    body = b'{"object": "whatsapp_business_account"}'
    assert not verify_signature(body, sign(body, ""), "")  # an HMAC with an empty key proves nothing


def test_an_image_or_document_carries_its_media_id_and_type_and_a_sticker_does_not() -> None:
    (image,) = parse_webhook((HOOKS / "image.json").read_bytes()).messages
    assert (image.kind, image.original_type, image.media_id, image.mime_type) == (
        InboundKind.UNREADABLE, "image", "1234567890", "image/jpeg"
    )  # fmt: skip
    (sticker,) = parse_webhook((HOOKS / "sticker.json").read_bytes()).messages
    assert sticker.media_id == "" and sticker.mime_type == ""


def test_a_completed_form_carries_its_token_and_answers_as_text() -> None:
    (inbound,) = parse_webhook(load("nfm_reply.json")).messages
    assert inbound.kind is InboundKind.FORM and inbound.flow_token == "reg:flow:5d1c0f3a9b2e4c7d8e6f1a2b"
    answers = dict(inbound.answers)
    assert answers == {"nama": "Siti Rahmawati", "tamu": "300", "setuju": "true", "hari": "sabtu,minggu"}
    assert inbound.reply_to.startswith("wamid.")  # the Flow message it completes


@pytest.mark.parametrize(
    "response_json",
    ['{"nama": "Siti"}', "[1, 2]", "not json", '{"flow_token": 7}', '{"flow_token": ""}', "[" * 100_000],
)
def test_a_form_without_a_readable_token_is_unreadable(response_json: str) -> None:
    body = load("nfm_reply.json").decode()
    payload = json.loads(body)
    message = payload["entry"][0]["changes"][0]["value"]["messages"][0]
    message["interactive"]["nfm_reply"]["response_json"] = response_json
    (inbound,) = parse_webhook(json.dumps(payload).encode()).messages
    assert inbound.kind is InboundKind.UNREADABLE and inbound.flow_token == "" and inbound.answers == ()
