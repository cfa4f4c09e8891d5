"""A resident chatting with the pure conversation core, for transcript tests."""

from __future__ import annotations

import functools
import itertools
from datetime import datetime, timedelta

from puspa.conversation.dialogue import Rules
from puspa.conversation.erase import DeleteResidentData
from puspa.conversation.inbound import Inbound, InboundKind
from puspa.conversation.machine import follow_up, handle
from puspa.conversation.replies import ButtonsReply, FlowReply, ListReply, Outbound, Push, TextReply
from puspa.domain.content import Content
from puspa.domain.privacy import message_tag, tag_key
from puspa.domain.sender import Sender
from puspa.domain.session import Session
from tests.conftest import NOW, OFFICE_ID
from tests.fake_bookings import FakeBookingStore
from tests.fakes import (
    FakeComplaintStore,
    FakeErasureReceipts,
    FakeMedia,
    FakePaperFiles,
    FakePapersStore,
    FakeReadinessStore,
    FakeRegistrationStore,
    FakeSessionStore,
    FakeSurveyStore,
    FakeTicketStore,
    fake_effects,
)

# Message ids are numbered across every Chat of a test run, as WhatsApp's are unique: two residents
# (or two chats of one resident) never send the same id, so no test passes by an id colliding.
_MESSAGE_NUMBERS = itertools.count(1)


def show(reply: Outbound) -> str:
    """The reply as a resident would read it, buttons and list rows included."""
    if isinstance(reply, Push):
        return f"(to {reply.recipient.key}) {show(reply.reply)}"
    if isinstance(reply, TextReply):
        return reply.body
    lines = [f"*{reply.header}*"] if reply.header else []
    lines.append(reply.body)
    if reply.footer:
        lines.append(f"_{reply.footer}_")
    if isinstance(reply, ButtonsReply):
        lines.append(" ".join(f"[{b.title}]" for b in reply.buttons))
    elif isinstance(reply, FlowReply):
        lines.append(f"[{reply.cta}]")
    elif isinstance(reply, ListReply):
        lines.append(f"≡ {reply.button}")
        lines.extend(f"  {row.title}" for section in reply.sections for row in section.rows)
    return "\n".join(lines)


class Chat:
    """One WhatsApp user talking to the core. Effects run through the real EffectRunner on
    in-memory stores, which several Chats may share (a resident and a staff member)."""

    def __init__(
        self,
        content: Content,
        now: datetime = NOW,
        rules: Rules | None = None,
        wa_id: str = "6281234567890",
        registrations: FakeRegistrationStore | None = None,
        tickets: FakeTicketStore | None = None,
        profile_name: str = "Siti",
        surveys: FakeSurveyStore | None = None,
        documents: FakeReadinessStore | None = None,
        complaints: FakeComplaintStore | None = None,
        office_id: str = OFFICE_ID,
        bookings: FakeBookingStore | None = None,
        papers: FakePapersStore | None = None,
        paper_files: FakePaperFiles | None = None,
        media: FakeMedia | None = None,
    ) -> None:
        self.office_id = office_id
        self.content = content
        self.now = now
        self.rules = rules or Rules()
        self.wa_id = wa_id
        self.registrations = registrations or FakeRegistrationStore()
        self.tickets = tickets or FakeTicketStore()
        self.surveys = surveys or FakeSurveyStore()
        self.documents = documents or FakeReadinessStore()
        self.complaints = complaints or FakeComplaintStore()
        self.receipts = FakeErasureReceipts()
        self.bookings = bookings or FakeBookingStore()
        self.papers = papers or FakePapersStore()
        self.paper_files = paper_files or FakePaperFiles()
        self.media = media or FakeMedia()
        self.runner = fake_effects(
            lambda: self.now,
            functools.partial(message_tag, tag_key("transcripts")),  # stores keep keyed tags, as in production
            registrations=self.registrations,
            tickets=self.tickets,
            sessions=FakeSessionStore(),
            surveys=self.surveys,
            readiness=self.documents,
            complaints=self.complaints,
            receipts=self.receipts,
            bookings=self.bookings,
            papers=self.papers,
            paper_files=self.paper_files,
            media=self.media,
        )
        self.profile_name = profile_name
        self.reply_to = ""
        self.session: Session | None = None
        self.replies: tuple[Outbound, ...] = ()
        self.pushes: list[Push] = []

    def _turn(self, wamid: str = "", **fields: object) -> str:
        self._last = (wamid or f"wamid.{self.wa_id}.{next(_MESSAGE_NUMBERS)}", fields)
        inbound = Inbound(
            office_id=self.office_id,
            wamid=self._last[0],
            sender=Sender(self.wa_id, ""),
            profile_name=self.profile_name,
            reply_to=self.reply_to,
            **fields,  # type: ignore[arg-type]
        )
        self.reply_to = ""
        turn = handle(self.session, inbound, self.content, self.now, self.rules)
        self.session = turn.session
        outbound = list(turn.replies)
        for effect in turn.effects:
            result = self.runner.run(effect, inbound, f"{self.office_id}_{self.wa_id}")
            outbound.extend(follow_up(effect, result, inbound, self.content, self.now, self.rules))
            if isinstance(effect, DeleteResidentData):
                self.session = None
        self.pushes.extend(o for o in outbound if isinstance(o, Push))
        self.replies = tuple(o for o in outbound if not isinstance(o, Push))
        self.now += timedelta(seconds=20)
        return self.screen

    def redeliver(self) -> str:
        """Meta delivers the last message again (same id), to the session as it is now."""
        wamid, fields = self._last
        return self._turn(wamid, **fields)

    @property
    def screen(self) -> str:
        return "\n\n".join(show(r) for r in self.replies)

    def send(self, text: str, reply_to: str = "") -> str:
        self.reply_to = reply_to
        return self._turn(kind=InboundKind.TEXT, text=text)

    def send_media(self, original_type: str) -> str:
        return self._turn(kind=InboundKind.UNREADABLE, original_type=original_type)

    def send_file(self, data: bytes, mime_type: str = "image/jpeg", original_type: str = "image") -> str:
        """Send a photo or document: WhatsApp keeps it under a media id the shell downloads it by."""
        media_id = f"{next(_MESSAGE_NUMBERS)}"
        self.media.files[media_id] = (data, mime_type)
        return self._turn(kind=InboundKind.UNREADABLE, original_type=original_type, media_id=media_id,
                          mime_type=mime_type)  # fmt: skip

    def send_ignored(self, original_type: str) -> str:
        return self._turn(kind=InboundKind.IGNORED, original_type=original_type)

    def tap(self, title: str) -> str:
        """Tap the button or list row whose title (without its number) is `title`."""
        (reply,) = self.replies
        assert not isinstance(reply, Push)
        if isinstance(reply, ButtonsReply):
            choices = {b.title: b.id for b in reply.buttons}
        elif isinstance(reply, ListReply):
            choices = {r.title.split(". ", 1)[-1]: r.id for s in reply.sections for r in s.rows}
        else:
            raise AssertionError(f"nothing to tap in: {self.screen}")
        assert title in choices, f"no {title!r} among {list(choices)}"
        return self._turn(kind=InboundKind.CHOICE, choice_id=choices[title])

    @property
    def form(self) -> FlowReply:
        """The form on one screen (WhatsApp Flow) of the last message."""
        (reply,) = self.replies
        assert isinstance(reply, FlowReply), f"no form in: {self.screen}"
        return reply

    def fill(self, answers: dict[str, str], token: str = "") -> str:
        """Complete the last message's form as WhatsApp sends it back (`nfm_reply`): the answers and
        the form's token (or `token`: a replayed or forwarded one)."""
        token = token or self.form.token
        return self._turn(kind=InboundKind.FORM, flow_token=token, answers=tuple(answers.items()),
                          original_type="interactive")  # fmt: skip

    def tap_earlier(self, choice_id: str) -> str:
        """Tap a button of an earlier message by its id (WhatsApp keeps old buttons tappable)."""
        return self._turn(kind=InboundKind.CHOICE, choice_id=choice_id)

    def wait(self, minutes: int) -> None:
        self.now += timedelta(minutes=minutes)
