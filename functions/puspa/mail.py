"""SMTP adapter: the only module that imports smtplib."""

from __future__ import annotations

import logging
import smtplib
import ssl
from email.message import EmailMessage
from email.policy import SMTP

from msgspec import Struct

from puspa.errors import MailError

log = logging.getLogger(__name__)

# Fold only lines longer than SMTP allows: Python otherwise folds "Subject: [PUSPA …" before the "[".
SMTP_POLICY = SMTP.clone(max_line_length=998)


class SmtpConfig(Struct, frozen=True):
    host: str
    port: int
    security: str  # "starttls" | "ssl" | "none"
    user: str
    password: str
    sender: str
    timeout_s: float = 20.0

    def __repr__(self) -> str:
        return f"SmtpConfig(host={self.host!r}, port={self.port}, security={self.security!r}, sender={self.sender!r})"


class SmtpMailer:
    def __init__(self, config: SmtpConfig) -> None:
        self._config = config

    def send(
        self,
        recipients: tuple[str, ...],
        subject: str,
        text: str,
        html: str,
        images: tuple[tuple[str, bytes], ...] = (),
        attachments: tuple[tuple[str, bytes, str], ...] = (),
    ) -> None:
        """One message with a plain-text part and an HTML alternative; `images` (name, PNG) are shown
        inside the HTML (src="cid:<name>"), `attachments` (name, bytes, MIME type) are attached."""
        message = EmailMessage(policy=SMTP_POLICY)
        message["Subject"] = subject  # EmailMessage refuses line breaks in headers
        message["From"] = self._config.sender
        message["To"] = ", ".join(recipients)
        message.set_content(text)
        message.add_alternative(html, subtype="html")
        html_part = message.get_body(("html",))
        if images and isinstance(html_part, EmailMessage):
            for name, png in images:
                html_part.add_related(png, "image", "png", cid=f"<{name}>", filename=name)
        for name, data, mime in attachments:
            maintype, _, subtype = mime.partition("/")
            message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
        config = self._config
        try:
            if config.security == "ssl":
                client: smtplib.SMTP = smtplib.SMTP_SSL(
                    config.host, config.port, timeout=config.timeout_s, context=ssl.create_default_context()
                )
            else:
                client = smtplib.SMTP(config.host, config.port, timeout=config.timeout_s)
            try:
                if config.security == "starttls":
                    client.starttls(context=ssl.create_default_context())
                if config.user:
                    client.login(config.user, config.password)
                refused = client.send_message(message)
            except BaseException:
                client.close()
                raise
        except smtplib.SMTPResponseException as exc:
            raise MailError(f"SMTP {exc.smtp_code}: {exc.smtp_error!r}", transient=400 <= exc.smtp_code < 500) from exc
        except smtplib.SMTPRecipientsRefused as exc:
            raise MailError(f"SMTP refused recipients: {len(exc.recipients)}", transient=False) from exc
        except (smtplib.SMTPException, OSError) as exc:
            raise MailError(f"SMTP failed: {exc}", transient=True) from exc
        # Accepted: a failing QUIT must not make the caller send the message again.
        try:
            client.quit()
        except (smtplib.SMTPException, OSError):
            client.close()
        if refused:
            log.warning("SMTP accepted the message but refused %d recipient(s)", len(refused))
