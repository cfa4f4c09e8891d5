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
        self.port = free_port()
        self._on_message = on_message
        self._controller: Controller | None = Controller(self, hostname="127.0.0.1", port=self.port)
        self._controller.start()

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
