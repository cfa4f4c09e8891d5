"""A form (`FlowForm`, `EndpointForm`) as Meta's Flow JSON, and the data a Flow message or the Flows
endpoint brings, checked against Meta's limits (pure). The same form gives the JSON the publisher
uploads and the version name the sender uses, so a message never opens a form other than the one
published from this code.

A `FlowForm` is one screen: its inputs inside a Form (prefilled by `${data.init_values}`, problems
shown under their fields by `${data.error_messages}`), and a Footer whose `complete` action sends
every answer back as the `nfm_reply` the webhook receives. An `EndpointForm` is several such screens
in a row (`data_api_version`, a linear `routing_model`): each Footer but the last asks the endpoint
for the next screen (`data_exchange`), the last one completes the form.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from puspa.conversation.forms import AnyForm, FieldKind, FlowField, FlowForm, FlowPage, data_ref
from puspa.errors import MessageLimitError
from puspa.whatsapp import limits

_INPUT_TYPES = {FieldKind.TEXT: "text", FieldKind.NUMBER: "number", FieldKind.PHONE: "phone"}
_LABEL_MAX = {
    FieldKind.TEXT: limits.FLOW_INPUT_LABEL_MAX, FieldKind.NUMBER: limits.FLOW_INPUT_LABEL_MAX,
    FieldKind.PHONE: limits.FLOW_INPUT_LABEL_MAX, FieldKind.TEXTAREA: limits.FLOW_INPUT_LABEL_MAX,
    FieldKind.DROPDOWN: limits.FLOW_CHOICE_LABEL_MAX, FieldKind.RADIO: limits.FLOW_CHOICE_LABEL_MAX,
    FieldKind.DATE: limits.FLOW_DATE_LABEL_MAX, FieldKind.OPT_IN: limits.FLOW_OPTIN_LABEL_MAX,
}  # fmt: skip
_OPTIONS_MAX = {FieldKind.DROPDOWN: limits.FLOW_DROPDOWN_OPTIONS_MAX, FieldKind.RADIO: limits.FLOW_RADIO_OPTIONS_MAX}
_OPTION = {"type": "object", "properties": {"id": {"type": "string"}, "title": {"type": "string"}}}


def _is_ref(value: object) -> bool:
    return isinstance(value, str) and value.startswith("${data.") and value.endswith("}")


def _check(value: str, limit: int, what: str) -> None:
    if _is_ref(value):
        return  # checked with the message's data (`check_data`)
    if not value.strip():
        raise MessageLimitError(f"{what} is empty")
    if len(value) > limit:
        raise MessageLimitError(f"{what} has {len(value)} characters (limit {limit})")


def _component(field: FlowField) -> dict[str, Any]:
    _check(field.label, _LABEL_MAX[field.kind], f"label of {field.key}")
    out: dict[str, Any] = {"name": field.key, "label": field.label, "required": field.required}
    if field.kind in _INPUT_TYPES:
        out = {"type": "TextInput", **out, "input-type": _INPUT_TYPES[field.kind]}
        if field.max_chars:
            out["max-chars"] = field.max_chars
        if field.min_chars:
            out["min-chars"] = field.min_chars
    elif field.kind is FieldKind.TEXTAREA:
        out = {"type": "TextArea", **out}
        if field.max_chars:
            out["max-length"] = field.max_chars
    elif field.kind in _OPTIONS_MAX:
        kind = "Dropdown" if field.kind is FieldKind.DROPDOWN else "RadioButtonsGroup"
        out = {"type": kind, **out, "data-source": data_ref(field.options)}
    elif field.kind is FieldKind.OPT_IN:
        out = {"type": "OptIn", **out}
    else:
        out = {"type": "DatePicker", **out, "min-date": data_ref(field.min_date), "max-date": data_ref(field.max_date)}
    if field.helper:
        _check(field.helper, limits.FLOW_HELPER_MAX, f"helper text of {field.key}")
        out["helper-text"] = field.helper
    if field.description:
        _check(field.description, limits.FLOW_DESCRIPTION_MAX, f"description of {field.key}")
        out["description"] = field.description
    if field.visible:
        out["visible"] = field.visible
    return out


def _declared(value: Any) -> dict[str, Any]:
    """The screen's declaration of one data key, with its example (Meta requires `__example__`)."""
    if isinstance(value, bool):
        return {"type": "boolean", "__example__": value}
    if isinstance(value, list):
        first = value[0] if value and isinstance(value[0], dict) else {}
        if set(first) <= {"id", "title"}:
            return {"type": "array", "items": _OPTION, "__example__": value}
        shape = {key: {"type": "boolean" if isinstance(v, bool) else "string"} for key, v in first.items()}
        return {"type": "array", "items": {"type": "object", "properties": shape}, "__example__": value}
    if isinstance(value, dict):
        return {"type": "object", "properties": {k: {"type": "string"} for k in value}, "__example__": value}
    return {"type": "string", "__example__": value}


def _screen(page: FlowForm | FlowPage, terminal: bool) -> dict[str, Any]:
    """One screen: the page's inputs in a Form, its Footer completing the form (`terminal`) or asking
    the endpoint for the next screen with the answers and the carried data."""
    _check(page.title, limits.FLOW_HEADING_MAX, "screen title")
    _check(page.intro, limits.FLOW_BODY_MAX, "intro")
    _check(page.submit, limits.FLOW_FOOTER_LABEL_MAX, "footer label")
    keys = [f.key for f in page.fields]
    if len(set(keys)) != len(keys):
        raise MessageLimitError("two fields share a name")
    children: list[dict[str, Any]] = [{"type": "TextBody", "text": page.intro}]
    children += [_component(f) for f in page.fields]
    carried = page.carry if isinstance(page, FlowPage) else ()
    payload = {key: data_ref(key) for key in carried} | {key: "${form." + key + "}" for key in keys}
    action = "complete" if terminal else "data_exchange"
    children.append({"type": "Footer", "label": page.submit, "on-click-action": {"name": action, "payload": payload}})
    if len(children) + 1 > limits.FLOW_COMPONENTS_PER_SCREEN_MAX:
        raise MessageLimitError(f"{len(children) + 1} components on one screen")
    blank = dict.fromkeys(keys, "")
    data = {
        **{key: _declared(example) for key, example in page.data},
        "init_values": _declared(blank),
        "error_messages": _declared(blank),
    }
    missing = [key for key in carried if key not in data]
    if missing:
        raise MessageLimitError(f"{page.screen} carries undeclared data: {', '.join(missing)}")
    form_component = {
        "type": "Form", "name": "form", "init-values": data_ref("init_values"),
        "error-messages": data_ref("error_messages"), "children": children,
    }  # fmt: skip
    screen: dict[str, Any] = {"id": page.screen, "title": page.title, "terminal": terminal, "data": data,
                              "layout": {"type": "SingleColumnLayout", "children": [form_component]}}  # fmt: skip
    if terminal:
        screen["success"] = True
    return screen


def flow_json(form: AnyForm) -> dict[str, Any]:
    """Meta's Flow JSON for `form`. Raises MessageLimitError when Meta would refuse it."""
    if isinstance(form, FlowForm):
        return {"version": limits.FLOW_JSON_VERSION, "screens": [_screen(form, terminal=True)]}
    screens = [_screen(page, terminal=n == len(form.pages)) for n, page in enumerate(form.pages, start=1)]
    ids = [s["id"] for s in screens]
    if len(set(ids)) != len(ids):
        raise MessageLimitError("two pages share a screen id")
    routes = {screen: ids[n + 1 : n + 2] for n, screen in enumerate(ids)}  # one page after another
    return {"version": limits.FLOW_JSON_VERSION, "data_api_version": limits.FLOW_DATA_API_VERSION,
            "routing_model": routes, "screens": screens}  # fmt: skip


def flow_bytes(form: AnyForm) -> bytes:
    """The Flow JSON as uploaded (stable key order: the version name is its hash)."""
    return json.dumps(flow_json(form), ensure_ascii=False, sort_keys=True, indent=1).encode()


_NAMES: dict[str, str] = {}


def versioned_name(form: AnyForm) -> str:
    """`form.name` with a hash of its JSON: a published Flow cannot change, so a changed form is a new
    Flow (`python -m ops.flows publish`), and a message opens exactly the form this code defines."""
    name = _NAMES.get(form.name)
    if name is None:
        name = _NAMES[form.name] = f"{form.name}_{hashlib.sha256(flow_bytes(form)).hexdigest()[:8]}"
    return name


def check_data(form: FlowForm | FlowPage, data: dict[str, Any]) -> None:
    """Refuse a message's data (or the endpoint's data for a page) Meta's client would not show: a
    missing key, choices over the limits, a referenced text too long, an answer or problem for a field
    the form lacks."""
    declared = [*dict(form.data), "init_values", "error_messages"]
    missing = [key for key in declared if key not in data]
    if missing:
        raise MessageLimitError(f"flow data lacks {', '.join(missing)}")
    for field in form.fields:
        if field.kind in _OPTIONS_MAX:
            options = data.get(field.options)
            if not isinstance(options, list) or not 1 <= len(options) <= _OPTIONS_MAX[field.kind]:
                raise MessageLimitError(f"{field.key}: 1 to {_OPTIONS_MAX[field.kind]} options")
            for option in options:
                _check(str(option.get("title", "")), limits.FLOW_OPTION_TITLE_MAX, f"option of {field.key}")
                _check(str(option.get("id", "")), limits.FLOW_OPTION_TITLE_MAX * 10, f"option id of {field.key}")
                if "description" in option:
                    _check(str(option["description"]), limits.FLOW_DESCRIPTION_MAX, f"option of {field.key}")
        for text, limit in ((field.label, _LABEL_MAX[field.kind]), (field.description, limits.FLOW_DESCRIPTION_MAX)):
            if _is_ref(text):
                _check(str(data.get(text[7:-1], "")), limit, f"{text[7:-1]}")
    if _is_ref(form.intro):
        _check(str(data.get(form.intro[7:-1], "")), limits.FLOW_BODY_MAX, form.intro[7:-1])
    keys = {f.key for f in form.fields}
    for name in ("init_values", "error_messages"):
        stray = set(data.get(name) or {}) - keys
        if stray:
            raise MessageLimitError(f"{name} names no field: {', '.join(sorted(stray))}")
