"""Graph API client: every call to Meta goes through `GraphClient._request`.

Retries, with exponential backoff and jitter, only what can succeed later: Meta's throttling and
"temporarily down" codes, HTTP 5xx, and connection failures. Anything else raises GraphApiError
at once with `transient=False`. A read timeout is reported as transient although Meta may have
accepted the message: the caller decides (see README, "When something fails").
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Mapping
from typing import Any

import requests

from puspa.errors import GraphApiError
from puspa.whatsapp.messages import build_mark_read

log = logging.getLogger(__name__)

RETRYABLE_CODES = frozenset({1, 2, 4, 80007, 130429, 131000, 131056})
OUTAGE_CODES = frozenset({190})  # the access token expired or was revoked: nothing can be sent until it is renewed
BACKOFF_BASE_S = 0.5
BACKOFF_CAP_S = 4.0


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

    def _request(
        self, path: str, body: dict[str, Any] | None, params: Mapping[str, str] | None = None
    ) -> dict[str, Any]:
        """POST `body` to `path` (GET with `params` when there is no body), retrying transient
        failures; return the JSON answer."""
        url = f"{self._base_url}/{path.lstrip('/')}"
        headers = {"Authorization": f"Bearer {self._token}", "Content-Type": "application/json"}
        for attempt in range(1, self._max_attempts + 1):
            self.calls += 1
            try:
                if body is None:
                    response = self._http.get(url, params=params, headers=headers, timeout=self._timeout_s)
                else:
                    response = self._http.post(url, json=body, headers=headers, timeout=self._timeout_s)
            except (requests.ConnectTimeout, requests.ConnectionError) as exc:  # never reached Meta: retry
                error = GraphApiError(f"cannot reach Graph API: {exc}", code=0, http_status=0, transient=True)
            except requests.Timeout as exc:
                raise GraphApiError(
                    f"Graph API timed out after {self._timeout_s}s (the message may have been accepted)",
                    code=0,
                    http_status=0,
                    transient=True,
                ) from exc
            except requests.RequestException as exc:  # e.g. a broken chunked answer: outcome unknown
                raise GraphApiError(f"Graph API call failed: {exc}", code=0, http_status=0, transient=True) from exc
            else:
                if response.ok:
                    try:
                        answer = response.json()
                    except ValueError:
                        answer = {}
                    return answer if isinstance(answer, dict) else {}
                error = _error_from(response)
            if not error.transient or attempt == self._max_attempts:
                raise error
            delay = min(BACKOFF_CAP_S, BACKOFF_BASE_S * 2 ** (attempt - 1)) * (0.5 + random.random() / 2)
            log.warning("Graph API attempt %d failed (code %s), retrying in %.2fs", attempt, error.code, delay)
            self._sleep(delay)
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
