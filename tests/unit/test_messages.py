"""Every message the core can generate fits Meta's limits; the builder refuses what does not."""

from __future__ import annotations

import pytest

from puspa.conversation import screens as render
from puspa.conversation.machine import REGISTRY, dialogue_screens
from puspa.conversation.replies import Button, ButtonsReply, ListReply, Row, Section, TextReply
from puspa.domain.content import Content
from puspa.domain.sender import Sender
from puspa.errors import MessageLimitError
from puspa.whatsapp.messages import build_mark_read, build_message

PHONE = Sender("6281234567890", "")


def test_every_screen_of_the_published_content_builds(content: Content) -> None:
    screens = dialogue_screens(content)
    assert len(screens) > 40
    for name, reply in screens:
        payload = build_message(PHONE, reply)
        assert payload["messaging_product"] == "whatsapp", name


def test_menu_pages_when_more_than_ten_rows(content: Content) -> None:
    many = Content(
        version="x", office=content.office, categories=content.categories * 2,
        services=content.services, words=content.words, _by_id=content._by_id,
    )  # fmt: skip
    first, options = render.menu(many, REGISTRY, 1)
    assert isinstance(first, ListReply)
    rows = first.sections[0].rows
    assert len(rows) == 10
    assert rows[-1].title == "10. Lainnya ›"
    assert options[-1] == "main:2"
    second, _ = render.menu(many, REGISTRY, 2)
    assert isinstance(second, ListReply)
    assert len(second.sections[0].rows) == 10
    build_message(PHONE, first)
    build_message(PHONE, second)


def test_text_reply_payload_shape() -> None:
    payload = build_message(PHONE, TextReply("Halo"))
    assert payload == {
        "messaging_product": "whatsapp", "recipient_type": "individual", "to": "6281234567890",
        "type": "text", "text": {"preview_url": False, "body": "Halo"},
    }  # fmt: skip


def test_bsuid_only_sender_is_addressed_by_recipient() -> None:
    payload = build_message(Sender("", "ID.1691510551882921"), TextReply("Halo"))
    assert payload["recipient"] == "ID.1691510551882921"
    assert "to" not in payload


@pytest.mark.parametrize(
    "reply",
    [
        TextReply("x" * 4097),
        TextReply(" "),
        ButtonsReply("x" * 1025, (Button("a", "A"),)),
        ButtonsReply("ok", (Button("a", "x" * 21),)),
        ButtonsReply("ok", tuple(Button(str(i), str(i)) for i in range(4))),
        ButtonsReply("ok", (Button("a", "A"), Button("a", "B"))),
        ButtonsReply("ok", (Button("a", "A"),), header="h" * 61),
        ButtonsReply("ok", (Button("a", "A"),), footer="f" * 61),
        ListReply("ok", "x" * 21, (Section("s", (Row("a", "A"),)),)),
        ListReply("ok", "Menu", (Section("s", tuple(Row(str(i), str(i)) for i in range(11))),)),
        ListReply("ok", "Menu", (Section("s", (Row("a", "x" * 25),)),)),
        ListReply("ok", "Menu", (Section("s", (Row("a", "A", "d" * 73),)),)),
        ListReply("ok", "Menu", (Section("", (Row("a", "A"),)), Section("", (Row("b", "B"),)))),
    ],
)
def test_builder_refuses_what_meta_would_refuse(reply: TextReply | ButtonsReply | ListReply) -> None:
    with pytest.raises(MessageLimitError):
        build_message(PHONE, reply)


def test_mark_read_payload() -> None:
    assert build_mark_read("wamid.X") == {"messaging_product": "whatsapp", "status": "read", "message_id": "wamid.X"}
