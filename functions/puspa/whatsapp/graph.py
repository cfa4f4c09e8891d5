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
    return GraphApiError(
        f"Graph API {response.status_code}: {message}",
        code=code,
        http_status=response.status_code,
        transient=transient,
        fbtrace_id=str(error.get("fbtrace_id", "")),
        outage=outage,
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
        self,
        path: str,
        body: dict[str, Any] | None = None,
        *,
        method: str = "POST",
        params: Mapping[str, str] | None = None,
        form: Mapping[str, str] | None = None,
        files: Mapping[str, tuple[str, bytes, str]] | None = None,
    ) -> dict[str, Any]:
        """Call `path` (JSON `body`, or a `form` with `files` as multipart), retrying transient
        failures; return the JSON answer."""
        url = f"{self._base_url}/{path.lstrip('/')}"
        headers = {"Authorization": f"Bearer {self._token}"}
        if body is not None:
            headers["Content-Type"] = "application/json"
        for attempt in range(1, self._max_attempts + 1):
            self.calls += 1
            try:
                response = self._http.request(
                    method, url, json=body, params=params, data=form, files=files, headers=headers,
                    timeout=self._timeout_s,
                )  # fmt: skip
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

    # WhatsApp Flows (published by `python -m ops.flows`): Meta's Flows API on the Business Account.

    def list_flows(self, business_account_id: str) -> list[dict[str, Any]]:
        answer = self._request(f"{business_account_id}/flows", method="GET", params={"fields": "id,name,status"})
        flows = answer.get("data")
        return [f for f in flows if isinstance(f, dict)] if isinstance(flows, list) else []

    def create_flow(self, business_account_id: str, name: str, categories: list[str]) -> str:
        answer = self._request(f"{business_account_id}/flows", {"name": name, "categories": categories})
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
