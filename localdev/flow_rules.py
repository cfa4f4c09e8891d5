"""What Meta refuses of a Flow, for the Graph API stand-in: the Flow JSON an upload is validated
against (answered as Meta's `validation_errors`), the Flow message a send carries, and the answers
WhatsApp's client lets a resident submit. Written from Meta's Flow JSON and components reference
(limits as pywa's flows module documents them), apart from PUSPA's builder, so that a mistake in one is
caught by the other."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

VERSIONS = frozenset({"6.0", "6.1", "6.2", "6.3", "7.0", "7.1", "7.2", "7.3"})
DATA_API_VERSIONS = frozenset({"3.0"})
SCREEN_ID = re.compile(r"^[A-Z][A-Z_]*$")
REF = re.compile(r"^\$\{(data|form)\.([A-Za-z0-9_]+)\}$")
INPUTS = {"TextInput", "TextArea", "Dropdown", "RadioButtonsGroup", "CheckboxGroup", "DatePicker", "OptIn"}
TEXTS = {"TextHeading": 80, "TextSubheading": 80, "TextBody": 4096, "TextCaption": 4096}
LABELS = {"TextInput": 20, "TextArea": 20, "Dropdown": 30, "RadioButtonsGroup": 30, "CheckboxGroup": 30,
          "DatePicker": 40, "OptIn": 120}  # fmt: skip
OPTIONS = {"Dropdown": 200, "RadioButtonsGroup": 20, "CheckboxGroup": 20}
INPUT_TYPES = {"text", "number", "email", "password", "passcode", "phone"}
HELPER_MAX = 80
DESCRIPTION_MAX = 300
OPTION_TITLE_MAX = 30
FOOTER_MAX = 35
COMPONENTS_MAX = 50
CTA_MAX = 20
BODY_MAX = 1024


def _error(message: str, where: str) -> dict[str, Any]:
    return {"error": "INVALID_PROPERTY_VALUE", "error_type": "FLOW_JSON_ERROR", "message": f"{where}: {message}",
            "line_start": 0, "line_end": 0, "column_start": 0, "column_end": 0}  # fmt: skip


def _text(value: Any, limit: int, what: str, where: str, errors: list[dict[str, Any]], required: bool = True) -> None:
    if isinstance(value, str) and REF.match(value):
        return
    if value is None or value == "":
        if required:
            errors.append(_error(f"{what} is required", where))
        return
    if not isinstance(value, str):
        errors.append(_error(f"{what} must be a string", where))
    elif len(value) > limit:
        errors.append(_error(f"{what} exceeds {limit} characters", where))


def walk_components(children: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for child in children if isinstance(children, list) else []:
        if isinstance(child, dict):
            found.append(child)
            found += walk_components(child.get("children"))
    return found


def check_flow_json(doc: Any) -> list[dict[str, Any]]:
    """Meta's validation errors for a Flow JSON document ([] when it would publish)."""
    errors: list[dict[str, Any]] = []
    if not isinstance(doc, dict) or doc.get("version") not in VERSIONS:
        return [_error("version must be a supported Flow JSON version", "flow")]
    screens = doc.get("screens")
    if not isinstance(screens, list) or not screens:
        return [_error("at least one screen is required", "flow")]
    endpoint = "data_api_version" in doc
    if endpoint:
        errors += _check_routing(doc, [s.get("id") for s in screens if isinstance(s, dict)])
    for screen in screens:
        where = f"screen {screen.get('id')!r}" if isinstance(screen, dict) else "screen"
        if not isinstance(screen, dict) or not SCREEN_ID.match(str(screen.get("id", ""))) or screen["id"] == "SUCCESS":
            errors.append(_error("screen id must be capital letters and underscores (not SUCCESS)", where))
            continue
        declared = screen.get("data") or {}
        for key, spec in declared.items():
            if not isinstance(spec, dict) or "type" not in spec or "__example__" not in spec:
                errors.append(_error(f"data '{key}' needs a type and an __example__", where))
        components = walk_components((screen.get("layout") or {}).get("children"))
        if len(components) > COMPONENTS_MAX:
            errors.append(_error(f"more than {COMPONENTS_MAX} components", where))
        names = [c["name"] for c in components if c.get("type") in INPUTS and "name" in c]
        if len(set(names)) != len(names):
            errors.append(_error("input names must be unique on a screen", where))
        footers = [c for c in components if c.get("type") == "Footer"]
        if screen.get("terminal") and not footers:
            errors.append(_error("a terminal screen needs a Footer", where))
        for component in components:
            errors += _check_component(component, declared, set(names), where)
            action = (component.get("on-click-action") or {}).get("name") if component.get("type") == "Footer" else ""
            if action == "data_exchange" and not endpoint:
                errors.append(_error("data_exchange needs data_api_version (a Flow with an endpoint)", where))
    return errors


def _check_routing(doc: dict[str, Any], ids: list[Any]) -> list[dict[str, Any]]:
    """A Flow with an endpoint: a supported data_api_version, and a routing_model naming every screen
    and routing only to screens of the Flow, without cycles."""
    if doc.get("data_api_version") not in DATA_API_VERSIONS:
        return [_error("data_api_version must be a supported version", "flow")]
    routes = doc.get("routing_model")
    if not isinstance(routes, dict) or set(routes) != set(ids):
        return [_error("routing_model must name every screen (required with data_api_version)", "flow")]
    errors = []
    for source, targets in routes.items():
        if not isinstance(targets, list) or any(t not in ids or t == source for t in targets):
            errors.append(_error(f"routing_model: {source} routes to a screen the Flow lacks", "flow"))
    seen: set[str] = set()

    def cyclic(screen: str, path: tuple[str, ...]) -> bool:
        if screen in path:
            return True
        if screen in seen:
            return False
        seen.add(screen)
        return any(cyclic(t, (*path, screen)) for t in routes.get(screen) or [] if isinstance(t, str))

    if not errors and any(cyclic(screen, ()) for screen in routes):
        errors.append(_error("routing_model must not loop", "flow"))
    return errors


def _refs(value: Any) -> list[tuple[str, str]]:
    if isinstance(value, str):
        match = REF.match(value)
        return [(match.group(1), match.group(2))] if match else []
    if isinstance(value, dict):
        return [ref for v in value.values() for ref in _refs(v)]
    if isinstance(value, list):
        return [ref for v in value for ref in _refs(v)]
    return []


def _check_component(
    component: dict[str, Any], declared: dict[str, Any], names: set[str], where: str
) -> list[dict[str, Any]]:
    errors: list[dict[str, Any]] = []
    kind = component.get("type")
    here = f"{where} {kind} {component.get('name', '')}".strip()
    for source, key in _refs({k: v for k, v in component.items() if k != "children"}):
        if source == "data" and key not in declared:
            errors.append(_error(f"${{data.{key}}} is not declared in the screen's data", here))
        if source == "form" and key not in names:
            errors.append(_error(f"${{form.{key}}} names no input of the screen", here))
    if kind in TEXTS:
        _text(component.get("text"), TEXTS[kind], "text", here, errors)
    elif kind in LABELS:
        _text(component.get("label"), LABELS[kind], "label", here, errors)
        _text(component.get("helper-text"), HELPER_MAX, "helper-text", here, errors, required=False)
        _text(component.get("description"), DESCRIPTION_MAX, "description", here, errors, required=False)
        if kind == "TextInput" and component.get("input-type", "text") not in INPUT_TYPES:
            errors.append(_error("input-type is not one of " + ", ".join(sorted(INPUT_TYPES)), here))
        if kind in OPTIONS:
            source = component.get("data-source")
            if isinstance(source, list):
                errors += _check_options(source, OPTIONS[kind], here)
            elif not (isinstance(source, str) and REF.match(source)):
                errors.append(_error("data-source must be a list or a ${data.…} reference", here))
    elif kind == "Footer":
        _text(component.get("label"), FOOTER_MAX, "label", here, errors)
        action = component.get("on-click-action") or {}
        if action.get("name") not in ("complete", "data_exchange", "navigate"):
            errors.append(_error("on-click-action must be complete, data_exchange or navigate", here))
    elif kind not in ("Form", "SingleColumnLayout", "EmbeddedLink", "Image", "If", "Switch"):
        errors.append(_error(f"unknown component {kind!r}", here))
    return errors


def _check_options(options: list[Any], limit: int, where: str) -> list[dict[str, Any]]:
    errors: list[dict[str, Any]] = []
    if not 1 <= len(options) <= limit:
        errors.append(_error(f"1 to {limit} options", where))
    ids = [o.get("id") for o in options if isinstance(o, dict)]
    if len(ids) != len(options) or len(set(ids)) != len(ids):
        errors.append(_error("options need unique ids", where))
    for option in options:
        if isinstance(option, dict):
            _text(option.get("title"), OPTION_TITLE_MAX, "option title", where, errors)
    return errors


def check_flow_message(interactive: dict[str, Any], published: dict[str, dict[str, Any]]) -> str:
    """Why Meta would refuse this interactive Flow message ("" when it would send it); `published`
    holds the published Flows by name."""
    body = (interactive.get("body") or {}).get("text")
    if not isinstance(body, str) or not body.strip() or len(body) > BODY_MAX:
        return f"interactive.body.text must have 1 to {BODY_MAX} characters"
    action = interactive.get("action") or {}
    parameters = action.get("parameters") or {}
    if action.get("name") != "flow" or parameters.get("flow_message_version") != "3":
        return "action.name must be 'flow' with flow_message_version '3'"
    if not isinstance(parameters.get("flow_token"), str) or not parameters["flow_token"]:
        return "flow_token is required"
    cta = parameters.get("flow_cta")
    if not isinstance(cta, str) or not cta.strip() or len(cta) > CTA_MAX:
        return f"flow_cta must have 1 to {CTA_MAX} characters"
    flow = published.get(str(parameters.get("flow_name") or parameters.get("flow_id") or ""))
    if flow is None or flow["status"] != "PUBLISHED":
        return "the flow is not published on this business account"
    if parameters.get("flow_action") == "data_exchange":
        if "data_api_version" not in flow["json"]:
            return "flow_action data_exchange needs a flow with an endpoint"
        if "flow_action_payload" in parameters:
            return "flow_action_payload must be omitted with flow_action data_exchange"
    elif parameters.get("flow_action", "navigate") == "navigate":
        payload = parameters.get("flow_action_payload") or {}
        screen = next((s for s in flow["json"]["screens"] if s["id"] == payload.get("screen")), None)
        if screen is None:
            return "flow_action_payload.screen is not a screen of the flow"
        missing = [k for k in screen.get("data") or {} if k not in (payload.get("data") or {})]
        if missing:
            return f"flow_action_payload.data lacks {', '.join(missing)}"
    return ""


def check_answers(screen: dict[str, Any], data: dict[str, Any], answers: dict[str, str]) -> str:
    """Why WhatsApp's client would not let these answers be submitted on `screen` ("" when it would)."""

    def resolved(value: Any) -> Any:
        match = REF.match(value) if isinstance(value, str) else None
        return data.get(match.group(2)) if match and match.group(1) == "data" else value

    for component in walk_components((screen.get("layout") or {}).get("children")):
        name = component.get("name")
        if component.get("type") not in INPUTS or not name or resolved(component.get("visible", True)) is False:
            continue
        answer = answers.get(name, "")
        if not answer:
            if resolved(component.get("required", False)) is True:
                return f"{name} is required"
            continue
        limit = component.get("max-chars") or component.get("max-length")
        if isinstance(limit, int) and len(answer) > limit:
            return f"{name} is longer than {limit} characters"
        if component.get("input-type") == "number" and not re.fullmatch(r"-?\d+(\.\d+)?", answer):
            return f"{name} must be a number"
        options = resolved(component.get("data-source"))
        if isinstance(options, list) and answer not in {o.get("id") for o in options if isinstance(o, dict)}:
            return f"{name} is not one of its options"
        if isinstance(options, list) and any(o.get("id") == answer and o.get("enabled") is False for o in options):
            return f"{name} is an option that cannot be selected"
        if component.get("type") == "DatePicker":
            low, high = resolved(component.get("min-date")), resolved(component.get("max-date"))
            try:
                day = date.fromisoformat(answer)
            except ValueError:
                return f"{name} is not a date"
            if (low and day < date.fromisoformat(low)) or (high and day > date.fromisoformat(high)):
                return f"{name} is outside the picker's dates"
    return ""


def check_screen_data(screen: dict[str, Any], data: dict[str, Any]) -> str:
    """Why WhatsApp's client could not show `screen` with the endpoint's `data` ("" when it could):
    a declared key missing, or a list of choices outside the component's limits."""
    missing = [key for key in screen.get("data") or {} if key not in data]
    if missing:
        return f"the endpoint's data for {screen.get('id')} lacks {', '.join(missing)}"
    for component in walk_components((screen.get("layout") or {}).get("children")):
        source = component.get("data-source")
        match = REF.match(source) if isinstance(source, str) else None
        if match and component.get("type") in OPTIONS:
            options = data.get(match.group(2))
            problems = _check_options(options, OPTIONS[component["type"]], str(screen.get("id"))) if isinstance(
                options, list) else [_error("data-source is not a list", str(screen.get("id")))]  # fmt: skip
            if problems:
                return problems[0]["message"]
    return ""
