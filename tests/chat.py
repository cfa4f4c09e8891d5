"""A resident chatting with the pure conversation core, for transcript tests."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta

from puspa.content import Content
from puspa.conversation.inbound import Inbound, InboundKind, Sender
from puspa.conversation.machine import Rules, handle
from puspa.conversation.replies import ButtonsReply, ListReply, Reply, TextReply
from puspa.conversation.session import Session
from tests.conftest import NOW, OFFICE_ID


def show(reply: Reply) -> str:
    """The reply as a resident would read it, buttons and list rows included."""
    if isinstance(reply, TextReply):
        return reply.body
    lines = [f"*{reply.header}*"] if reply.header else []
    lines.append(reply.body)
    if reply.footer:
        lines.append(f"_{reply.footer}_")
    if isinstance(reply, ButtonsReply):
        lines.append(" ".join(f"[{b.title}]" for b in reply.buttons))
    elif isinstance(reply, ListReply):
        lines.append(f"≡ {reply.button}")
        lines.extend(f"  {row.title}" for section in reply.sections for row in section.rows)
    return "\n".join(lines)


class Chat:
    def __init__(self, content: Content, now: datetime = NOW, rules: Rules | None = None) -> None:
        self.content = content
        self.now = now
        self.rules = rules or Rules()
        self.session: Session | None = None
        self.replies: tuple[Reply, ...] = ()
        self._ids = itertools.count(1)

    def _turn(self, **fields: object) -> str:
        inbound = Inbound(
            office_id=OFFICE_ID,
            wamid=f"wamid.T{next(self._ids)}",
            sender=Sender("6281234567890", ""),
            **fields,  # type: ignore[arg-type]
        )
        turn = handle(self.session, inbound, self.content, self.now, self.rules)
        self.session = turn.session
        self.replies = turn.replies
        self.now += timedelta(seconds=20)
        return self.screen

    @property
    def screen(self) -> str:
        return "\n\n".join(show(r) for r in self.replies)

    def send(self, text: str) -> str:
        return self._turn(kind=InboundKind.TEXT, text=text)

    def send_media(self, original_type: str) -> str:
        return self._turn(kind=InboundKind.UNREADABLE, original_type=original_type)

    def send_ignored(self, original_type: str) -> str:
        return self._turn(kind=InboundKind.IGNORED, original_type=original_type)

    def tap(self, title: str) -> str:
        """Tap the button or list row whose title (without its number) is `title`."""
        (reply,) = self.replies
        if isinstance(reply, ButtonsReply):
            choices = {b.title: b.id for b in reply.buttons}
        elif isinstance(reply, ListReply):
            choices = {r.title.split(". ", 1)[-1]: r.id for s in reply.sections for r in s.rows}
        else:
            raise AssertionError(f"nothing to tap in: {self.screen}")
        assert title in choices, f"no {title!r} among {list(choices)}"
        return self._turn(kind=InboundKind.CHOICE, choice_id=choices[title])

    def wait(self, minutes: int) -> None:
        self.now += timedelta(minutes=minutes)
