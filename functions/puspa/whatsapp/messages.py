"""Build Graph API message payloads from replies, enforcing Meta's limits (pure).

A reply that breaks a limit raises MessageLimitError here, before any network call: the same
check runs when staff publish content, so residents never meet it.
"""

from __future__ import annotations

from typing import Any

from puspa.conversation.forms import EndpointForm
from puspa.conversation.replies import ButtonsReply, FlowReply, ListReply, Reply, TemplateReply, TextReply
from puspa.domain.sender import Sender
from puspa.errors import MessageLimitError
from puspa.whatsapp import limits
from puspa.whatsapp.flow_json import check_data, versioned_name


def _check(value: str, limit: int, what: str, *, required: bool = True) -> None:
    if required and not value.strip():
        raise MessageLimitError(f"{what} is empty")
    if len(value) > limit:  # the value itself is not quoted: it may hold what a resident typed
        raise MessageLimitError(f"{what} has {len(value)} characters (limit {limit})")


def _recipient(sender: Sender) -> dict[str, str]:
    if sender.wa_id:
        return {"to": sender.wa_id}
    if sender.user_id:
        return {"recipient": sender.user_id}
    raise MessageLimitError("recipient has neither a wa_id nor a user_id")


def _frame(interactive: dict[str, Any], header: str, footer: str, body: str) -> dict[str, Any]:
    _check(body, limits.INTERACTIVE_BODY_MAX, "interactive body")
    interactive["body"] = {"text": body}
    if header:
        _check(header, limits.HEADER_TEXT_MAX, "header")
        interactive["header"] = {"type": "text", "text": header}
    if footer:
        _check(footer, limits.FOOTER_TEXT_MAX, "footer")
        interactive["footer"] = {"text": footer}
    return interactive


def _unique(ids: list[str], what: str) -> None:
    if len(set(ids)) != len(ids):
        raise MessageLimitError(f"{what} values are not unique")


def _buttons(reply: ButtonsReply) -> dict[str, Any]:
    if not 1 <= len(reply.buttons) <= limits.BUTTONS_MAX:
        raise MessageLimitError(f"{len(reply.buttons)} buttons (allowed 1-{limits.BUTTONS_MAX})")
    for button in reply.buttons:
        _check(button.title, limits.BUTTON_TITLE_MAX, "button title")
        _check(button.id, limits.BUTTON_ID_MAX, "button id")
    _unique([b.id for b in reply.buttons], "button")
    _unique([b.title for b in reply.buttons], "button title")
    action = {"buttons": [{"type": "reply", "reply": {"id": b.id, "title": b.title}} for b in reply.buttons]}
    return _frame({"type": "button", "action": action}, reply.header, reply.footer, reply.body)


def _list(reply: ListReply) -> dict[str, Any]:
    _check(reply.button, limits.LIST_BUTTON_MAX, "list button")
    if not 1 <= len(reply.sections) <= limits.LIST_SECTIONS_MAX:
        raise MessageLimitError(f"{len(reply.sections)} sections (allowed 1-{limits.LIST_SECTIONS_MAX})")
    rows = [row for section in reply.sections for row in section.rows]
    if not 1 <= len(rows) <= limits.LIST_ROWS_MAX:
        raise MessageLimitError(f"{len(rows)} rows in all sections (allowed 1-{limits.LIST_ROWS_MAX})")
    sections = []
    for section in reply.sections:
        if not section.rows:
            raise MessageLimitError("a list section has no rows")
        _check(section.title, limits.SECTION_TITLE_MAX, "section title", required=len(reply.sections) > 1)
        out_rows = []
        for row in section.rows:
            _check(row.title, limits.ROW_TITLE_MAX, "row title")
            _check(row.id, limits.ROW_ID_MAX, "row id")
            _check(row.description, limits.ROW_DESCRIPTION_MAX, "row description", required=False)
            out_row = {"id": row.id, "title": row.title}
            if row.description:
                out_row["description"] = row.description
            out_rows.append(out_row)
        out: dict[str, Any] = {"rows": out_rows}
        if section.title:
            out["title"] = section.title
        sections.append(out)
    _unique([r.id for r in rows], "row")
    action = {"button": reply.button, "sections": sections}
    return _frame({"type": "list", "action": action}, reply.header, reply.footer, reply.body)


def _flow(reply: FlowReply) -> dict[str, Any]:
    """An interactive Flow message: a one-screen form opens on its screen with the message's data; a
    form with live choices (`EndpointForm`) opens by asking the Flows endpoint (`data_exchange`, no
    payload: Meta refuses one)."""
    _check(reply.cta, limits.FLOW_CTA_MAX, "flow button")
    _check(reply.token, limits.BUTTON_ID_MAX, "flow token")
    parameters: dict[str, Any] = {
        "flow_message_version": limits.FLOW_MESSAGE_VERSION,
        "flow_token": reply.token,
        "flow_name": versioned_name(reply.form),
        "flow_cta": reply.cta,
    }
    if isinstance(reply.form, EndpointForm):
        parameters["flow_action"] = "data_exchange"
    else:
        data = dict(reply.data)
        check_data(reply.form, data)
        parameters |= {"flow_action": "navigate", "flow_action_payload": {"screen": reply.form.screen, "data": data}}
    action = {"name": "flow", "parameters": parameters}
    return _frame({"type": "flow", "action": action}, reply.header, reply.footer, reply.body)


def build_message(sender: Sender, reply: Reply) -> dict[str, Any]:
    """The JSON body of POST /{phone-number-id}/messages for `reply` to `sender`."""
    payload: dict[str, Any] = {"messaging_product": "whatsapp", "recipient_type": "individual"}
    payload.update(_recipient(sender))
    if isinstance(reply, TextReply):
        _check(reply.body, limits.TEXT_BODY_MAX, "text body")
        payload.update({"type": "text", "text": {"preview_url": False, "body": reply.body}})
    elif isinstance(reply, ButtonsReply):
        payload.update({"type": "interactive", "interactive": _buttons(reply)})
    elif isinstance(reply, ListReply):
        payload.update({"type": "interactive", "interactive": _list(reply)})
    elif isinstance(reply, FlowReply):
        payload.update({"type": "interactive", "interactive": _flow(reply)})
    else:  # pragma: no cover - the Reply union is closed
        raise MessageLimitError(f"unknown reply type {type(reply).__name__}")
    return payload


def build_template(sender: Sender, template: TemplateReply) -> dict[str, Any]:
    """The JSON body of a template message (the only kind delivered outside the 24-hour window)."""
    for value in template.parameters:
        if "\n" in value or "\t" in value or "     " in value or not value.strip():
            raise MessageLimitError("a template parameter has a line break, tab, 5+ spaces or is empty")
    components: list[dict[str, Any]] = []
    if template.parameters:
        parameters = [{"type": "text", "text": value} for value in template.parameters]
        components.append({"type": "body", "parameters": parameters})
    for index, button_payload in enumerate(template.button_payloads):
        components.append({
            "type": "button", "sub_type": "quick_reply", "index": str(index),
            "parameters": [{"type": "payload", "payload": button_payload}],
        })  # fmt: skip
    payload: dict[str, Any] = {"messaging_product": "whatsapp", "recipient_type": "individual"}
    payload.update(_recipient(sender))
    payload.update({"type": "template", "template": {
        "name": template.name, "language": {"code": template.language}, "components": components,
    }})  # fmt: skip
    return payload


def build_mark_read(wamid: str) -> dict[str, Any]:
    """The JSON body that marks an inbound message as read."""
    return {"messaging_product": "whatsapp", "status": "read", "message_id": wamid}
