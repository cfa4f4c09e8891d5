"""A real SMTP server (aiosmtpd) on loopback that keeps, and optionally prints, what it receives."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller

from localdev.emulator import free_port


class MailSink:
    def __init__(self, on_message: Callable[[list[str], EmailMessage], None] | None = None) -> None:
        self.messages: list[tuple[list[str], EmailMessage]] = []
        self.refused: set[str] = set()  # addresses answered "550 no such user", as a real server would
        self.port = free_port()
        self._on_message = on_message
        self._controller: Controller | None = Controller(self, hostname="127.0.0.1", port=self.port)
        self._controller.start()

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:  # noqa: N802
        if address in self.refused:
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 (aiosmtpd hook)
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        self.messages.append((list(envelope.rcpt_tos), message))
        if self._on_message is not None:
            self._on_message(list(envelope.rcpt_tos), message)
        return "250 OK"

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None
