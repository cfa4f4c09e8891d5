"""The Flows data-exchange endpoint: Meta's client asks it for a form's live choices (the booking's
free slots) while a resident fills the form in.

Each request is checked in this order: the signature of Meta's request (`X-Hub-Signature-256`, the
app secret; wrong or missing: 432), decryption with our private key (421), then the action:
`ping` (Meta's health check: `{"data": {"status": "active"}}`), an `error_notification` (the client
reports a screen it could not show: logged, acknowledged), or INIT / data_exchange / BACK, answered by
the provider registered for the form. A provider is registered per form with one line in its
dialogue's shell module, keyed by its token prefix:

    FLOW_PROVIDERS = {"bkg:flow:": booking_screen}   # app/handlers/booking.py

and named dependencies are given to it as to effect handlers. A token no provider knows, or one the
provider refuses (`FlowTokenError`), answers 427 with the message Meta's client shows. Every answer
but 421 and 432 is encrypted with the request's key and the flipped IV, base64, as text/plain.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from cryptography.hazmat.primitives.asymmetric import rsa
from msgspec import Struct, field

from puspa.errors import FlowDecryptError, FlowTokenError
from puspa.whatsapp.flow_crypto import decrypt_request, encrypt_response
from puspa.whatsapp.webhook import verify_signature

log = logging.getLogger(__name__)

UNKNOWN_FORM = "Formulir ini sudah tidak berlaku. Silakan minta formulir baru di chat."


class FlowRequest(Struct, frozen=True):
    """A decrypted screen request: INIT (the form opens), data_exchange (a screen's button), BACK."""

    action: str
    flow_token: str
    screen: str = ""
    data: Mapping[str, Any] = field(default_factory=dict)
    version: str = ""


class FlowScreen(Struct, frozen=True):
    """The next screen and its data; `data={"error_message": …}` on the same screen shows a problem."""

    screen: str
    data: Mapping[str, Any] = field(default_factory=dict)


Provider = Callable[[FlowRequest], FlowScreen]


def _request(raw: dict[str, Any]) -> FlowRequest:
    data = raw.get("data")
    return FlowRequest(
        action=str(raw.get("action") or ""),
        flow_token=str(raw.get("flow_token") or ""),
        screen=str(raw.get("screen") or ""),
        data=data if isinstance(data, dict) else {},
        version=str(raw.get("version") or ""),
    )


class FlowEndpointService:
    """Answers Meta's Flows endpoint requests; `providers` maps a token prefix to its form's provider."""

    def __init__(self, app_secret: str, key: rsa.RSAPrivateKey | None, providers: Mapping[str, Provider]) -> None:
        self._app_secret = app_secret
        self._key = key
        self._providers = dict(sorted(providers.items(), key=lambda item: -len(item[0])))  # longest prefix first

    def answer(self, body: bytes, signature: str | None) -> tuple[str, int]:
        """(the answer's body, its HTTP status) for one POST."""
        if not verify_signature(body, signature, self._app_secret):
            log.warning("flow endpoint: request with a missing or wrong signature refused")
            return "invalid signature", 432
        if self._key is None:
            log.error("flow endpoint: PUSPA_FLOW_PRIVATE_KEY is not set; cannot decrypt")
            return "not configured", 421
        try:
            raw, aes_key, iv = decrypt_request(body, self._key)
        except FlowDecryptError as exc:
            log.warning("flow endpoint: %s", exc)
            return "cannot decrypt", exc.http_status
        response, status = self._respond(_request(raw))
        return encrypt_response(response, aes_key, iv), status

    def _respond(self, request: FlowRequest) -> tuple[dict[str, Any], int]:
        if request.action == "ping":
            return {"data": {"status": "active"}}, 200
        if "error" in request.data:  # error_notification: the client could not show what we sent
            log.error("flow endpoint: the client reported %s on screen %s", request.data.get("error"), request.screen)
            return {"data": {"acknowledged": True}}, 200
        provider = next((p for prefix, p in self._providers.items() if request.flow_token.startswith(prefix)), None)
        try:
            if provider is None:
                raise FlowTokenError(UNKNOWN_FORM)
            screen = provider(request)
        except FlowTokenError as exc:
            return {"error_msg": str(exc) or UNKNOWN_FORM}, exc.http_status
        return {"screen": screen.screen, "data": dict(screen.data)}, 200
