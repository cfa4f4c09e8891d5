"""A local stand-in for the WhatsApp Cloud API (Graph API): the messages endpoint, the media a
resident sends, and the WhatsApp Business Account's message templates (`localdev.graph_templates`).

It enforces Meta's documented limits independently of PUSPA's own builders and answers with
Meta's error bodies, records every accepted message, and can be told to fail the next calls
(for retry tests). Holding templates (tests load PUSPA's definitions as approved), it refuses a
template message Meta would refuse. Control endpoints live under /_standin/.

Media are served as Meta serves them: `GET /{version}/{media-id}` (with the token) answers
`{messaging_product, url, mime_type, sha256, file_size, id}`, where `url` is a download link that
needs the same token and lives `media_url_ttl_s` (Meta: five minutes), then answers 404; an unknown
media id is Meta's error 100 (subcode 33). `POST /_standin/media` (the file as the body, its type as
Content-Type) puts a file there, as a resident's upload would: it answers the new media id.

    python -m localdev.graph_standin --port 8081 [--token TOKEN]
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import itertools
import json
import logging
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import requests
from flask import Flask, jsonify, request
from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server
from werkzeug.wsgi import LimitedStream

from localdev import flow_client, flow_rules
from localdev.graph_templates import TemplateRefusedError, TemplateStore, check_send
from localdev.payloads import envelope

ERRORS = {
    100: ("Invalid parameter", 400),
    131008: ("Required parameter is missing", 400),
    131009: ("Parameter value is not valid", 400),
    132000: ("Number of parameters does not match the expected number of params", 400),
    132001: ("Template name does not exist in the translation", 400),
    132018: ("There was an issue with the parameters in your template.", 400),
    190: ("Error validating access token", 401),
}


class RejectedError(Exception):
    def __init__(self, code: int, details: str) -> None:
        super().__init__(details)
        self.code = code
        self.details = details


def _text(value: Any, limit: int, what: str, required: bool = True) -> None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise RejectedError(131008, f"{what} is required")
        return
    if not isinstance(value, str):
        raise RejectedError(100, f"{what} must be a string")
    if len(value) > limit:
        raise RejectedError(131009, f"{what} length {len(value)} exceeds the maximum of {limit}")


def _check_interactive(interactive: Any) -> None:
    if not isinstance(interactive, dict):
        raise RejectedError(131008, "interactive is required")
    _text((interactive.get("body") or {}).get("text"), 1024, "interactive.body.text")
    header = interactive.get("header")
    if header is not None:
        if header.get("type") != "text":
            raise RejectedError(100, "only text headers are supported by this stand-in")
        _text(header.get("text"), 60, "interactive.header.text")
    if interactive.get("footer") is not None:
        _text(interactive["footer"].get("text"), 60, "interactive.footer.text")
    action = interactive.get("action") or {}
    kind = interactive.get("type")
    if kind == "button":
        buttons = action.get("buttons")
        if not isinstance(buttons, list) or not 1 <= len(buttons) <= 3:
            raise RejectedError(131009, "interactive.action.buttons must have 1 to 3 buttons")
        ids, titles = [], []
        for button in buttons:
            reply = (button or {}).get("reply") or {}
            _text(reply.get("title"), 20, "button title")
            _text(reply.get("id"), 256, "button id")
            ids.append(reply["id"])
            titles.append(reply["title"])
        if len(set(ids)) != len(ids) or len(set(titles)) != len(titles):
            raise RejectedError(131009, "button ids and titles must be unique")
    elif kind == "list":
        _text(action.get("button"), 20, "interactive.action.button")
        sections = action.get("sections")
        if not isinstance(sections, list) or not 1 <= len(sections) <= 10:
            raise RejectedError(131009, "interactive.action.sections must have 1 to 10 sections")
        row_ids = []
        for section in sections:
            _text(section.get("title"), 24, "section title", required=len(sections) > 1)
            for row in section.get("rows") or []:
                _text(row.get("title"), 24, "row title")
                _text(row.get("id"), 200, "row id")
                _text(row.get("description"), 72, "row description", required=False)
                row_ids.append(row["id"])
        if not 1 <= len(row_ids) <= 10:
            raise RejectedError(131009, f"a list message must have 1 to 10 rows in total, got {len(row_ids)}")
        if len(set(row_ids)) != len(row_ids):
            raise RejectedError(131009, "row ids must be unique")
    elif kind != "flow":  # a Flow message is checked against the published Flows (`_check_flow_message`)
        raise RejectedError(100, f"unsupported interactive type {kind!r}")


def check_message(body: Any) -> None:
    """Raise RejectedError when Meta would refuse this send body."""
    if not isinstance(body, dict) or body.get("messaging_product") != "whatsapp":
        raise RejectedError(100, "messaging_product must be 'whatsapp'")
    if not (body.get("to") or body.get("recipient")):
        raise RejectedError(131008, "to or recipient is required")
    kind = body.get("type", "text")
    if kind == "text":
        _text((body.get("text") or {}).get("body"), 4096, "text.body")
    elif kind == "interactive":
        _check_interactive(body.get("interactive"))
    elif kind == "template":
        template = body.get("template") or {}
        _text(template.get("name"), 512, "template.name")
        if not (template.get("language") or {}).get("code"):
            raise RejectedError(131008, "template.language.code is required")
        for component in template.get("components") or []:
            for parameter in component.get("parameters") or []:
                text = parameter.get("text")
                if text is None:
                    continue
                if not str(text).strip() or "\n" in text or "\t" in text or "     " in text:
                    raise RejectedError(
                        132018, "Param text cannot have new-line/tab characters or more than 4 consecutive spaces"
                    )
    else:
        raise RejectedError(100, f"unsupported message type {kind!r}")


@dataclass
class StandinState:
    token: str = ""
    messages: list[dict[str, Any]] = field(default_factory=list)  # accepted sends, in order
    reads: list[str] = field(default_factory=list)  # wamids marked as read
    faults: list[dict[str, Any]] = field(default_factory=list)  # errors to answer next
    calls: int = 0
    # Meta's pair rate limit, when set: per recipient a burst of `pair_burst`, then one per
    # `pair_interval_s` seconds of `clock`; beyond it, error 131056.
    pair_burst: int = 0
    pair_interval_s: float = 6.0
    clock: Callable[[], float] = time.monotonic
    pair_buckets: dict[str, tuple[float, float]] = field(default_factory=dict)  # recipient -> (tokens, at)
    media: dict[str, tuple[bytes, str]] = field(default_factory=dict)  # media id -> (file, mime type)
    media_urls: dict[str, tuple[str, float]] = field(default_factory=dict)  # url key -> (media id, issued at)
    media_url_ttl_s: float = 300.0
    media_faults: list[dict[str, Any]] = field(default_factory=list)  # errors to answer the next media calls
    media_calls: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    ids: itertools.count = field(default_factory=itertools.count)
    templates: TemplateStore = field(default_factory=TemplateStore)  # empty: template sends are not checked
    flows: dict[str, dict[str, Any]] = field(default_factory=dict)  # flow id -> name, status, json, errors
    public_keys: dict[str, str] = field(default_factory=dict)  # phone_number_id -> the Flows endpoint's key


def _error(code: int, details: str, http_status: int | None = None, message: str | None = None) -> Any:
    title, default_status = ERRORS.get(code, (message or "Error", 400))
    body = {
        "error": {
            "message": f"(#{code}) {message or title}",
            "type": "OAuthException",
            "code": code,
            "error_data": {"messaging_product": "whatsapp", "details": details},
            "fbtrace_id": "AStandinTrace",
        }
    }
    return jsonify(body), http_status or default_status


def _refusal(exc: TemplateRefusedError) -> Any:
    """Meta's answer to a template it will not create (the Business Management API's error shape)."""
    error: dict[str, Any] = {"message": "Invalid parameter", "type": "OAuthException", "code": exc.code}
    if exc.subcode:
        error["error_subcode"] = exc.subcode
    error.update({"is_transient": False, "error_user_title": exc.title, "error_user_msg": exc.message,
                  "fbtrace_id": "AStandinTrace"})  # fmt: skip
    return jsonify({"error": error}), 400


def _published(state: StandinState) -> dict[str, dict[str, Any]]:
    by_name = {f["name"]: f for f in state.flows.values()}
    return {**by_name, **state.flows}


def _check_flow_message(state: StandinState, body: dict[str, Any]) -> None:
    interactive = body.get("interactive") or {}
    if body.get("type") == "interactive" and interactive.get("type") == "flow":
        problem = flow_rules.check_flow_message(interactive, _published(state))
        if problem:
            raise RejectedError(131009 if "flow" in problem else 100, problem)


def _resolve(value: Any, answers: dict[str, Any], data: dict[str, Any]) -> Any:
    """A Footer payload with ${form.x} and ${data.x} replaced as WhatsApp's client replaces them."""
    if isinstance(value, dict):
        return {k: _resolve(v, answers, data) for k, v in value.items()}
    match = flow_rules.REF.match(value) if isinstance(value, str) else None
    if match is None:
        return value
    return answers.get(match.group(2), "") if match.group(1) == "form" else data.get(match.group(2))


def _footer(screen: dict[str, Any]) -> dict[str, Any]:
    return next(c for c in flow_rules.walk_components(screen["layout"]["children"]) if c.get("type") == "Footer")


def _typed(screen: dict[str, Any], answers: dict[str, str]) -> dict[str, Any]:
    """The answers as WhatsApp's client sends them: an OptIn's as a boolean (false when left unticked)."""
    components = flow_rules.walk_components(screen["layout"]["children"])
    opt_ins = {c.get("name") for c in components if c.get("type") == "OptIn"}
    typed: dict[str, Any] = dict.fromkeys(opt_ins, False)
    return typed | {k: (v.lower() in ("true", "1", "ya")) if k in opt_ins else v for k, v in answers.items()}


def _first_free(screen: dict[str, Any], data: dict[str, Any], answers: dict[str, str]) -> dict[str, str]:
    """`answers` with each choice left unanswered on `screen` set to its first selectable option (a
    resident tapping the first free day and hour)."""
    filled = dict(answers)
    for component in flow_rules.walk_components(screen["layout"]["children"]):
        source, visible = component.get("data-source"), component.get("visible", True)
        match = flow_rules.REF.match(source) if isinstance(source, str) else None
        options = data.get(match.group(2)) if match else source
        shown = flow_rules.REF.match(visible) if isinstance(visible, str) else None
        if shown is not None:
            visible = data.get(shown.group(2), True)
        if component.get("name") in filled or not isinstance(options, list) or visible is False:
            continue
        free = [o["id"] for o in options if isinstance(o, dict) and o.get("enabled") is not False]
        if free:
            filled[component["name"]] = free[0]
    return filled


def _fill(
    doc: dict[str, Any], parameters: dict[str, Any], answers: dict[str, str], endpoint: dict[str, str], force: bool,
    first_free: bool = False,
) -> tuple[dict[str, Any], list[str]]:  # fmt: skip
    """What WhatsApp's client sends back when a resident fills `doc` in with `answers`: the completion's
    response_json, and the endpoint calls made on the way (INIT, data_exchange) for a dynamic Flow.
    `first_free`: a choice left unanswered takes its first selectable option."""
    token, calls = parameters["flow_token"], []
    screens = {s["id"]: s for s in doc["screens"]}
    payload = parameters.get("flow_action_payload") or {}
    screen_id, data = payload.get("screen", doc["screens"][0]["id"]), dict(payload.get("data") or {})
    if "data_api_version" in doc and parameters.get("flow_action") == "data_exchange":
        status, answer = flow_client.call(endpoint["url"], endpoint["key"], endpoint["secret"],
                                          {"version": "3.0", "action": "INIT", "flow_token": token})  # fmt: skip
        calls.append(f"INIT {status}")
        if status != 200:
            raise RejectedError(status, f"the endpoint answered INIT with {status}: {answer}")
        screen_id, data = answer["screen"], answer.get("data") or {}
    for _ in range(len(screens) + 1):
        if "extension_message_response" in data:
            return {"flow_token": token, **data["extension_message_response"].get("params", {})}, calls
        screen = screens[screen_id]
        problem = flow_rules.check_screen_data(screen, data) if "data_api_version" in doc else ""
        if problem:
            raise RejectedError(100, f"WhatsApp could not show this screen: {problem}")
        if data.get("error_message"):
            raise RejectedError(100, f"the endpoint kept the resident on {screen_id}: {data['error_message']}")
        if first_free:
            answers = _first_free(screen, data, answers)
        problem = flow_rules.check_answers(screen, data, answers)
        if problem and not force:
            raise RejectedError(100, f"WhatsApp would not let this be sent: {problem}")
        action = _footer(screen)["on-click-action"]
        sent = _resolve(action.get("payload") or {}, _typed(screen, answers), data)
        if action["name"] == "complete":
            return {"flow_token": token, **sent}, calls
        if action["name"] == "navigate":
            screen_id, data = action["next"]["name"], sent
            continue
        request = {"version": "3.0", "action": "data_exchange", "screen": screen_id, "data": sent, "flow_token": token}
        status, answer = flow_client.call(endpoint["url"], endpoint["key"], endpoint["secret"], request)
        calls.append(f"data_exchange {screen_id} {status}")
        if status != 200:
            raise RejectedError(status, f"the endpoint answered {screen_id} with {status}: {answer}")
        screen_id, data = answer.get("screen", screen_id), answer.get("data") or {}
    raise RejectedError(100, "the flow never completes")


def _pair_allows(state: StandinState, recipient: str) -> bool:
    now = state.clock()
    tokens, at = state.pair_buckets.get(recipient, (float(state.pair_burst), now))
    tokens = min(float(state.pair_burst), tokens + (now - at) / state.pair_interval_s)
    allowed = tokens >= 1
    state.pair_buckets[recipient] = (tokens - 1 if allowed else tokens, now)
    return allowed


def create_standin(state: StandinState) -> Flask:
    app = Flask("graph_standin")

    @app.post("/<version>/<phone_number_id>/messages")
    def messages(version: str, phone_number_id: str) -> Any:
        with state.lock:
            state.calls += 1
            if state.token and request.headers.get("Authorization") != f"Bearer {state.token}":
                return _error(190, "Invalid OAuth access token.")
            if state.faults:
                fault = state.faults.pop(0)
                if fault.get("bare"):  # a proxy or load balancer failing: a status without Meta's error body
                    return "Internal Server Error", int(fault.get("http_status") or 500)
                return _error(fault["code"], fault.get("details", "injected by the stand-in"),
                              fault.get("http_status"), fault.get("message"))  # fmt: skip
            body = request.get_json(silent=True)
            if isinstance(body, dict) and body.get("status") == "read":
                if not body.get("message_id"):
                    return _error(131009, "message_id is required")
                state.reads.append(str(body["message_id"]))
                return jsonify({"success": True})
            try:
                check_message(body)
                _check_flow_message(state, body)
            except RejectedError as exc:
                return _error(exc.code, exc.details)
            if body.get("type") == "template" and state.templates.records:
                refused = check_send(state.templates, body["template"])
                if refused:
                    return _error(*refused)
            if state.pair_burst and not _pair_allows(state, str(body.get("to") or body.get("recipient"))):
                return _error(131056, "too many messages to the same user", 400)
            wamid = f"wamid.STANDIN{next(state.ids):06d}"
            state.messages.append({"id": wamid, "phone_number_id": phone_number_id, "body": body})
            recipient = body.get("to") or body.get("recipient")
            return jsonify({
                "messaging_product": "whatsapp",
                "contacts": [{"input": recipient, "wa_id": recipient}],
                "messages": [{"id": wamid, "message_status": "accepted"}],
            })  # fmt: skip

    @app.get("/<version>/<media_id>")
    def media_info(version: str, media_id: str) -> Any:
        """GET /{object-id}: a Flow's status (Flows API) or a resident's media (media API), as Meta has one
        node endpoint for every object."""
        with state.lock:
            flow = state.flows.get(media_id)
            if flow is not None:
                return jsonify({k: flow[k] for k in ("id", "name", "status", "validation_errors")})
            state.media_calls += 1
            if state.token and request.headers.get("Authorization") != f"Bearer {state.token}":
                return _error(190, "Invalid OAuth access token.")
            if state.media_faults:
                fault = state.media_faults.pop(0)
                return _error(fault["code"], "injected by the stand-in", fault.get("http_status"))
            if media_id not in state.media:
                message = (f"Unsupported get request. Object with ID '{media_id}' does not exist, cannot be loaded "
                           "due to missing permissions, or does not support this operation.")  # fmt: skip
                body = {"error": {"message": message, "type": "GraphMethodException", "code": 100,
                                  "error_subcode": 33, "fbtrace_id": "AStandinTrace"}}  # fmt: skip
                return jsonify(body), 400
            data, mime_type = state.media[media_id]
            key = secrets.token_urlsafe(16)
            state.media_urls[key] = (media_id, state.clock())
            url = f"{request.host_url}_media/?mid={media_id}&ext={int(time.time())}&hash={key}"
            digest = hashlib.sha256(data).hexdigest()
            return jsonify({"messaging_product": "whatsapp", "url": url, "mime_type": mime_type, "sha256": digest,
                            "file_size": str(len(data)), "id": media_id})  # fmt: skip

    @app.get("/_media/")
    def media_download() -> Any:
        with state.lock:
            state.media_calls += 1
            if request.headers.get("Authorization") != f"Bearer {state.token}":
                return "Unauthorized", 401  # the download needs the same token as the API
            issued = state.media_urls.get(request.args.get("hash", ""))
            if issued is None or state.clock() - issued[1] > state.media_url_ttl_s:
                return "Not Found", 404  # the link lived minutes, as Meta's do
            data, mime_type = state.media[issued[0]]
        return data, 200, {"Content-Type": mime_type}

    @app.post("/_standin/media")
    def upload_media() -> Any:
        media_id = f"{next(state.ids) + 900000000000000}"
        with state.lock:
            state.media[media_id] = (request.get_data(), request.content_type or "application/octet-stream")
        return jsonify({"id": media_id})

    @app.post("/<version>/<waba_id>/message_templates")
    def create_template(version: str, waba_id: str) -> Any:
        with state.lock:
            if state.token and request.headers.get("Authorization") != f"Bearer {state.token}":
                return _error(190, "Invalid OAuth access token.")
            try:
                record = state.templates.add(request.get_json(silent=True), waba_id)
            except TemplateRefusedError as exc:
                return _refusal(exc)
            return jsonify({"id": record["id"], "status": record["status"], "category": record["category"]})

    @app.get("/<version>/<waba_id>/message_templates")
    def list_templates(version: str, waba_id: str) -> Any:
        with state.lock:
            if state.token and request.headers.get("Authorization") != f"Bearer {state.token}":
                return _error(190, "Invalid OAuth access token.")
            limit = int(request.args.get("limit", "25") or 25)
            return jsonify(state.templates.page(waba_id, request.args.get("fields", ""),
                                                request.args.get("after", ""), limit))  # fmt: skip

    @app.post("/_standin/templates/review")
    def review_templates() -> Any:
        with state.lock:
            return jsonify({"reviewed": state.templates.review(request.get_json(force=True) or {})})

    @app.route("/<version>/<account_id>/flows", methods=["GET", "POST"])
    def flows(version: str, account_id: str) -> Any:
        with state.lock:
            if state.token and request.headers.get("Authorization") != f"Bearer {state.token}":
                return _error(190, "Invalid OAuth access token.")
            if request.method == "GET":
                listed = [{k: f[k] for k in ("id", "name", "status")} for f in state.flows.values()]
                return jsonify({"data": listed})
            body = request.get_json(silent=True) or {}
            name = body.get("name")
            if not isinstance(name, str) or not name or not body.get("categories"):
                return _error(100, "name and categories are required")
            if any(f["name"] == name for f in state.flows.values()):
                return _error(100, "Flow name is not unique")
            flow_id = f"{next(state.ids) + 900000000000:d}"
            state.flows[flow_id] = {"id": flow_id, "name": name, "status": "DRAFT", "json": None,
                                    "validation_errors": [], "categories": body["categories"],
                                    "endpoint_uri": str(body.get("endpoint_uri") or "")}  # fmt: skip
            return jsonify({"id": flow_id})

    @app.post("/<version>/<flow_id>/assets")
    def assets(version: str, flow_id: str) -> Any:
        with state.lock:
            flow = state.flows.get(flow_id)
            upload = request.files.get("file")
            if flow is None:
                return _error(100, "Unsupported post request: no such flow")
            if (
                upload is None
                or request.form.get("asset_type") != "FLOW_JSON"
                or request.form.get("name") != "flow.json"
            ):
                return _error(100, "file, name=flow.json and asset_type=FLOW_JSON are required")
            if flow["status"] != "DRAFT":
                return _error(139002, "a published Flow cannot be changed", 400, "Publishing error")
            try:
                doc = json.loads(upload.read())
            except ValueError:
                doc = None
            flow["json"] = doc
            flow["validation_errors"] = flow_rules.check_flow_json(doc)
            return jsonify({"success": True, "validation_errors": flow["validation_errors"]})

    @app.post("/<version>/<flow_id>/publish")
    def publish(version: str, flow_id: str) -> Any:
        with state.lock:
            flow = state.flows.get(flow_id)
            if flow is None or flow["json"] is None or flow["validation_errors"]:
                return _error(139001, "the Flow has no valid Flow JSON", 400, "Publishing error")
            if "data_api_version" in flow["json"] and not flow["endpoint_uri"]:
                return _error(139001, "a Flow with an endpoint needs its endpoint_uri", 400, "Publishing error")
            flow["status"] = "PUBLISHED"
            return jsonify({"success": True})

    @app.route("/<version>/<phone_number_id>/whatsapp_business_encryption", methods=["GET", "POST"])
    def encryption(version: str, phone_number_id: str) -> Any:
        with state.lock:
            if request.method == "GET":
                key = state.public_keys.get(phone_number_id, "")
                status = "VALID" if key else "MISMATCH"
                return jsonify({"data": [{"business_public_key": key, "business_public_key_signature_status": status}]})
            key = request.form.get("business_public_key", "")
            if "BEGIN PUBLIC KEY" not in key:
                return _error(100, "business_public_key must be a PEM public key")
            state.public_keys[phone_number_id] = key
            return jsonify({"success": True})

    @app.post("/_standin/flows/complete")
    def complete() -> Any:
        """Play WhatsApp's client: fill in the last Flow message sent to `to` with `answers` (calling the
        Flow's endpoint for a dynamic Flow), then deliver the completion to `webhook`, signed as Meta
        signs (without `webhook`: return it, signed, for the caller to deliver). The endpoint is the
        Flow's `endpoint_uri` (`endpoint` overrides it). `from` sends it as someone else (a forwarded
        form), `flow_token` with another token, `force` with answers the client would not allow (a
        forged client), `first_free` picks the first selectable option of each choice not answered."""
        asked = request.get_json(force=True)
        with state.lock:
            sent = [m for m in state.messages if m["body"].get("to") == asked["to"]
                    and (m["body"].get("interactive") or {}).get("type") == "flow"]  # fmt: skip
            if not sent:
                return jsonify({"error": "no Flow message was sent to that number"}), 404
            message = sent[-1]
            parameters = message["body"]["interactive"]["action"]["parameters"]
            flow = _published(state)[parameters["flow_name"]]
            key = state.public_keys.get(message["phone_number_id"], "")
        endpoint = {"url": asked.get("endpoint") or flow.get("endpoint_uri", ""), "key": key,
                    "secret": asked["app_secret"]}  # fmt: skip
        try:
            response_json, calls = _fill(flow["json"], parameters, dict(asked.get("answers") or {}), endpoint,
                                         bool(asked.get("force")), bool(asked.get("first_free")))  # fmt: skip
        except RejectedError as exc:
            return jsonify({"error": exc.details}), 400
        if asked.get("flow_token"):
            response_json["flow_token"] = asked["flow_token"]
        wamid = f"wamid.FLOW{next(state.ids):06d}"
        completion = {
            "context": {"from": "15550000000", "id": message["id"]}, "from": asked.get("from") or asked["to"],
            "id": wamid, "timestamp": str(int(time.time())), "type": "interactive",
            "interactive": {"type": "nfm_reply", "nfm_reply": {
                "response_json": json.dumps(response_json), "body": "Sent", "name": "flow"}},
        }  # fmt: skip
        body = envelope(message["phone_number_id"], completion)
        signature = "sha256=" + hmac.new(asked["app_secret"].encode(), body, hashlib.sha256).hexdigest()
        delivered = {"wamid": wamid, "body": body.decode(), "signature": signature, "calls": calls}
        if not asked.get("webhook"):  # the caller delivers it (a webhook served in process, in tests)
            return jsonify(delivered)
        headers = {"Content-Type": "application/json", "X-Hub-Signature-256": signature}
        answer = requests.post(asked["webhook"], data=body, timeout=60, headers=headers)
        return jsonify({**delivered, "webhook_status": answer.status_code})

    @app.get("/_standin/messages")
    def recorded() -> Any:
        after = int(request.args.get("after", "0"))
        to = request.args.get("to")
        with state.lock:
            items = [
                {"index": i, **m}
                for i, m in enumerate(state.messages)
                if i >= after and (not to or to in (m["body"].get("to"), m["body"].get("recipient")))
            ]
            return jsonify({"messages": items, "next": len(state.messages), "reads": list(state.reads)})

    @app.post("/_standin/faults")
    def faults() -> Any:
        fault = request.get_json(force=True)
        with state.lock:
            state.faults.extend([fault] * int(fault.get("count", 1)))
        return jsonify({"queued": len(state.faults)})

    @app.post("/_standin/reset")
    def reset() -> Any:
        with state.lock:
            state.messages.clear()
            state.reads.clear()
            state.faults.clear()
            state.calls = 0
        return jsonify({"ok": True})

    return app


class KeepAliveHandler(WSGIRequestHandler):
    """Keeps a connection open between requests, as the Graph API does. werkzeug's development server
    closes every connection after one answer (and, after each, reads whatever the client sent next
    and drops it), so a client's kept-alive session would reconnect for every call anyway. The
    stand-in's answers are small JSON bodies: each is sent whole with its Content-Length, and each
    request body is read to its end before the next request line."""

    protocol_version = "HTTP/1.1"

    def run_wsgi(self) -> None:
        environ = self.make_environ()
        if "wsgi.input_terminated" in environ:  # a chunked body: not the Graph API's way; close after it
            self.close_connection = True
            super().run_wsgi()
            return
        request_body = LimitedStream(environ["wsgi.input"], int(environ.get("CONTENT_LENGTH") or 0))
        environ["wsgi.input"], environ["wsgi.input_terminated"] = request_body, True
        answer: list[Any] = []

        def start_response(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            answer[:] = [status, headers]
            return lambda data: None  # the stand-in's Flask app never writes through this

        chunks = self.server.app(environ, start_response)
        try:
            body = b"".join(chunks)
        finally:
            getattr(chunks, "close", lambda: None)()
        request_body.exhaust()
        status, headers = answer
        code, _, reason = status.partition(" ")
        self.send_response(int(code), reason)
        for key, value in headers:
            if key.lower() not in ("content-length", "connection"):
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self._headers_buffer.append(b"\r\n" + body)  # headers and body in one segment: no wait on
        self.flush_headers()  # Nagle and the client's delayed ACK (40 ms a call)


class RunningStandin:
    """The stand-in served from a background thread (tests, `make run`). `keep_alive`: connections stay
    open between calls as Meta's do (the benchmarks compare webhooks that keep theirs open)."""

    def __init__(self, token: str = "", host: str = "127.0.0.1", port: int = 0, keep_alive: bool = False) -> None:
        logging.getLogger("werkzeug").setLevel(logging.WARNING)  # no per-request lines in the chat
        self.state = StandinState(token=token)
        handler = KeepAliveHandler if keep_alive else None
        self._server: BaseWSGIServer = make_server(
            host, port, create_standin(self.state), threaded=True, request_handler=handler
        )
        self.port = self._server.server_port
        self.base_url = f"http://{host}:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def api_url(self, version: str = "v25.0") -> str:
        return f"{self.base_url}/{version}"

    def put_media(self, data: bytes, mime_type: str) -> str:
        """A file as a resident's phone uploads it to WhatsApp; its media id."""
        media_id = f"{next(self.state.ids) + 900000000000000}"
        with self.state.lock:
            self.state.media[media_id] = (data, mime_type)
        return media_id

    def fail_bare(self, http_status: int, count: int = 1) -> None:
        """Answer the next calls with `http_status` and no error body at all."""
        with self.state.lock:
            self.state.faults.extend([{"code": 0, "http_status": http_status, "bare": True}] * count)

    def fail_next(self, code: int, count: int = 1, http_status: int | None = None) -> None:
        with self.state.lock:
            self.state.faults.extend([{"code": code, "http_status": http_status}] * count)

    def load_templates(self, requests_: list[dict[str, Any]], status: str = "APPROVED") -> None:
        """Hold these templates (creation requests, as `ops.templates` submits them) in `status`:
        from then on every template message is checked against them."""
        with self.state.lock:
            for request_ in requests_:
                self.state.templates.add(request_, "*", status)

    def stop(self) -> None:
        self._server.shutdown()
        self._thread.join(timeout=5)


def main() -> None:
    parser = argparse.ArgumentParser(description="Local WhatsApp Graph API stand-in")
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--token", default="")
    args = parser.parse_args()
    state = StandinState(token=args.token)
    make_server("127.0.0.1", args.port, create_standin(state), threaded=True).serve_forever()


if __name__ == "__main__":
    main()
