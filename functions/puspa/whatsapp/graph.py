"""Graph API client: every call to Meta goes through `GraphClient._exchange` (messages, and the media
residents send: GET /{media-id} gives a download URL that lives minutes and needs the token).

Retries, with exponential backoff and jitter, only what can succeed later: Meta's throttling and
"temporarily down" codes, HTTP 5xx, and connection failures. Anything else raises GraphApiError
at once with `transient=False`. A read timeout is reported as transient although Meta may have
accepted the message: the caller decides (see README, "When something fails").
"""

from __future__ import annotations

import logging
import random
import re
import time
from collections.abc import Callable, Mapping
from typing import Any

import requests
from msgspec import Struct

from puspa.errors import GraphApiError, MediaTooLargeError
from puspa.slow_calls import note_call
from puspa.whatsapp.messages import build_mark_read

log = logging.getLogger(__name__)

RETRYABLE_CODES = frozenset({1, 2, 4, 80007, 130429, 131000, 131056})
OUTAGE_CODES = frozenset({190})  # the access token expired or was revoked: nothing can be sent until it is renewed
EXPIRED_URL_STATUSES = frozenset({401, 403, 404})  # a media download URL past its few minutes (or refused)
BACKOFF_BASE_S = 0.5
BACKOFF_CAP_S = 4.0


class MediaInfo(Struct, frozen=True):
    url: str  # short-lived (minutes), needs the token: never logged
    mime_type: str
    file_size: int  # 0 when Meta did not say


class Media(Struct, frozen=True):
    data: bytes
    mime_type: str


def _no_query(exc: Exception) -> str:
    """An exception's text without URL query strings: a media download URL carries a signature."""
    return re.sub(r"\?[^\s'\"]*", "?…", str(exc))


def _without_text(exc: GraphApiError) -> GraphApiError:
    """A media call's error without Meta's message, which quotes the media id ("Object with ID '…'")."""
    return GraphApiError(
        f"Graph API media call failed: HTTP {exc.http_status}, code {exc.code}", code=exc.code,
        http_status=exc.http_status, transient=exc.transient, fbtrace_id=exc.fbtrace_id, outage=exc.outage,
    )  # fmt: skip


def _error_from(response: requests.Response) -> GraphApiError:
    try:
        error = response.json().get("error", {})
    except ValueError:
        error = {}
    if not isinstance(error, dict):
        error = {}
    raw_code = error.get("code")
    code = raw_code if isinstance(raw_code, int) else 0
    transient = code in RETRYABLE_CODES or response.status_code >= 500 or response.status_code == 429
    outage = code in OUTAGE_CODES or response.status_code == 401
    message = str(error.get("message") or response.reason or "Graph API error")
    subcode = error.get("error_subcode")
    data = error.get("error_data")
    details = error.get("error_user_msg") or (data.get("details") if isinstance(data, dict) else "") or ""
    return GraphApiError(
        f"Graph API {response.status_code}: {message}",
        code=code,
        http_status=response.status_code,
        transient=transient,
        fbtrace_id=str(error.get("fbtrace_id", "")),
        outage=outage,
        subcode=subcode if isinstance(subcode, int) else 0,
        details=str(details),
    )


def _session(proxies: Mapping[str, str], ca_bundle: str) -> requests.Session:
    """A pooled session with proxy and CA settings given once (config reads them at start): with
    `trust_env` on, requests would scan the whole environment again on every call."""
    session = requests.Session()
    session.trust_env = False
    session.proxies.update(proxies)
    if ca_bundle:
        session.verify = ca_bundle
    return session


def _operation(method: str, url: str) -> str:
    """What a slow call is logged as: the endpoint's word ("messages", "media"), never an id or a query
    (a media id or a download URL would point at a resident's file)."""
    last = url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    return last if last.isalpha() else method.lower()


class GraphClient:
    """Sends messages through the WhatsApp Cloud API."""

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        timeout_s: float = 10.0,
        max_attempts: int = 3,
        http: requests.Session | None = None,
        proxies: Mapping[str, str] | None = None,
        ca_bundle: str = "",
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._base_url = base_url.rstrip("/")
        self._token = token
        self._timeout_s = timeout_s
        self._max_attempts = max(1, max_attempts)
        self._http = http or _session(proxies or {}, ca_bundle)
        self._sleep = sleep
        self.calls = 0

    def _exchange(
        self,
        method: str,
        url: str,
        body: dict[str, Any] | None = None,
        stream: bool = False,
        params: Mapping[str, str] | None = None,
        form: Mapping[str, str] | None = None,
        files: Mapping[str, tuple[str, bytes, str]] | None = None,
    ) -> Any:
        """The one choke point: `method` on `url` with the token (`params` as its query; a JSON `body`, or a
        `form` with `files` as multipart), retrying transient failures; the answer (a requests.Response,
        its body not read yet when `stream`)."""
        headers = {"Authorization": f"Bearer {self._token}"}
        if body is not None:
            headers["Content-Type"] = "application/json"
        for attempt in range(1, self._max_attempts + 1):
            self.calls += 1
            started = time.monotonic()
            try:
                response = self._http.request(
                    method, url, json=body, params=params, data=form, files=files, headers=headers,
                    timeout=self._timeout_s, stream=stream,
                )  # fmt: skip
            except (requests.ConnectTimeout, requests.ConnectionError) as exc:  # never reached Meta: retry
                reason = _no_query(exc)
                error = GraphApiError(f"cannot reach Graph API: {reason}", code=0, http_status=0, transient=True)
            except requests.Timeout:
                raise GraphApiError(
                    f"Graph API timed out after {self._timeout_s}s (the message may have been accepted)",
                    code=0,
                    http_status=0,
                    transient=True,
                ) from None
            except requests.RequestException as exc:  # e.g. a broken chunked answer: outcome unknown
                raise GraphApiError(
                    f"Graph API call failed: {_no_query(exc)}", code=0, http_status=0, transient=True
                ) from None
            else:
                if response.ok:
                    return response
                error = _error_from(response)
                if error.outage:  # every function sends through here: one line for the alert, whoever sent
                    log.error("Graph API refused the access token (code %s): renew WHATSAPP_TOKEN", error.code)
            finally:
                note_call("graph", _operation(method, url), time.monotonic() - started)
            if not error.transient or attempt == self._max_attempts:
                raise error
            delay = min(BACKOFF_CAP_S, BACKOFF_BASE_S * 2 ** (attempt - 1)) * (0.5 + random.random() / 2)
            log.warning("Graph API attempt %d failed (code %s), retrying in %.2fs", attempt, error.code, delay)
            self._sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def _request(
        self,
        path: str,
        body: dict[str, Any] | None = None,
        params: Mapping[str, str] | None = None,
        method: str = "",
        form: Mapping[str, str] | None = None,
        files: Mapping[str, tuple[str, bytes, str]] | None = None,
    ) -> dict[str, Any]:
        """`method` on `path` under the API's base URL (POST with a body or a form, else GET with `params`);
        the JSON answer."""
        verb = method or ("GET" if body is None and form is None and files is None else "POST")
        url = f"{self._base_url}/{path.lstrip('/')}"
        response = self._exchange(verb, url, body, params=params, form=form, files=files)
        try:
            answer = response.json()
        except ValueError:
            answer = {}
        return answer if isinstance(answer, dict) else {}

    def media_info(self, media_id: str, office_id: str = "") -> MediaInfo:
        """Where a resident's image or document can be downloaded for the next few minutes (GET /{media-id})."""
        query = f"?phone_number_id={office_id}" if office_id else ""
        try:
            answer = self._request(f"{media_id}{query}", method="GET")
        except GraphApiError as exc:
            raise _without_text(exc) from None
        url = answer.get("url")
        if not isinstance(url, str) or not url.startswith(("https://", "http://")):
            raise GraphApiError("no download URL for a media id", code=0, http_status=200, transient=False)
        try:
            size = int(answer.get("file_size") or 0)  # a string in Meta's answers, a number in some
        except (TypeError, ValueError):
            size = 0
        return MediaInfo(url, str(answer.get("mime_type") or ""), size)

    def download_media(self, media_id: str, max_bytes: int, office_id: str = "") -> Media:
        """A resident's image or document, at most `max_bytes` (MediaTooLargeError beyond, without
        reading the rest). The download URL lives minutes: one that has expired is asked for again once."""
        for attempt in (1, 2):
            info = self.media_info(media_id, office_id)
            if info.file_size > max_bytes:
                raise MediaTooLargeError(f"media of {info.file_size} bytes, more than {max_bytes}")
            try:
                response = self._exchange("GET", info.url, stream=True)
            except GraphApiError as exc:
                if attempt == 1 and exc.http_status in EXPIRED_URL_STATUSES:
                    log.info("a media download URL had expired (HTTP %s); asking for a new one", exc.http_status)
                    continue
                raise _without_text(exc) from None
            with response:
                data = bytearray()
                for chunk in response.iter_content(64 * 1024):
                    data += chunk
                    if len(data) > max_bytes:
                        raise MediaTooLargeError(f"media larger than {max_bytes} bytes")
            return Media(bytes(data), info.mime_type or str(response.headers.get("Content-Type", "")))
        raise AssertionError("unreachable")  # pragma: no cover

    def send_message(self, office_id: str, payload: dict[str, Any]) -> str:
        answer = self._request(f"{office_id}/messages", payload)
        messages = answer.get("messages")
        if isinstance(messages, list) and messages and isinstance(messages[0], dict):
            return str(messages[0].get("id", ""))
        return ""

    def mark_read(self, office_id: str, wamid: str) -> None:
        self._request(f"{office_id}/messages", build_mark_read(wamid))

    # The WhatsApp Business Account's message templates (`python -m ops.templates`; the functions never
    # call these). A retried creation that Meta had accepted answers "already exists" (2388024).

    def create_template(self, waba_id: str, request: dict[str, Any]) -> dict[str, Any]:
        """Submit one template for review; Meta answers its `id`, `status` and `category`."""
        return self._request(f"{waba_id}/message_templates", request)

    def list_templates(self, waba_id: str, fields: str, page_size: int = 100) -> list[dict[str, Any]]:
        """Every template of the account, following Meta's cursor paging."""
        templates: list[dict[str, Any]] = []
        params = {"fields": fields, "limit": str(page_size)}
        while True:
            answer = self._request(f"{waba_id}/message_templates", None, params)
            templates += [t for t in answer.get("data") or [] if isinstance(t, dict)]
            paging = answer.get("paging")
            paging = paging if isinstance(paging, dict) else {}
            cursors = paging.get("cursors")
            after = cursors.get("after") if isinstance(cursors, dict) else None
            if not paging.get("next") or not after:  # no `next`: this was the last page
                return templates
            params = {**params, "after": str(after)}

    # WhatsApp Flows (published by `python -m ops.flows`): Meta's Flows API on the Business Account.

    def list_flows(self, business_account_id: str) -> list[dict[str, Any]]:
        answer = self._request(f"{business_account_id}/flows", method="GET", params={"fields": "id,name,status"})
        flows = answer.get("data")
        return [f for f in flows if isinstance(f, dict)] if isinstance(flows, list) else []

    def create_flow(self, business_account_id: str, name: str, categories: list[str], endpoint_uri: str = "") -> str:
        """A new draft Flow; `endpoint_uri`: the Flows endpoint a Flow with live choices calls."""
        body: dict[str, Any] = {"name": name, "categories": categories}
        if endpoint_uri:
            body["endpoint_uri"] = endpoint_uri
        answer = self._request(f"{business_account_id}/flows", body)
        return str(answer.get("id", ""))

    def upload_flow_json(self, flow_id: str, flow_json: bytes) -> list[dict[str, Any]]:
        """Upload the Flow JSON asset; Meta's validation errors (empty when it is valid)."""
        form = {"name": "flow.json", "asset_type": "FLOW_JSON"}
        answer = self._request(
            f"{flow_id}/assets", form=form, files={"file": ("flow.json", flow_json, "application/json")}
        )
        errors = answer.get("validation_errors")
        return [e for e in errors if isinstance(e, dict)] if isinstance(errors, list) else []

    def publish_flow(self, flow_id: str) -> None:
        self._request(f"{flow_id}/publish", {})

    def flow_status(self, flow_id: str) -> dict[str, Any]:
        return self._request(flow_id, method="GET", params={"fields": "id,name,status,validation_errors"})

    def register_encryption_key(self, phone_number_id: str, public_key_pem: str) -> None:
        """The Flows endpoint's public key for a phone number (Meta's client encrypts requests with it)."""
        self._request(f"{phone_number_id}/whatsapp_business_encryption", form={"business_public_key": public_key_pem})

    def encryption_key(self, phone_number_id: str) -> dict[str, Any]:
        answer = self._request(f"{phone_number_id}/whatsapp_business_encryption", method="GET")
        data = answer.get("data")
        return data[0] if isinstance(data, list) and data and isinstance(data[0], dict) else answer
