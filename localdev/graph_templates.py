"""The Graph API stand-in's message templates: the WhatsApp Business Account's `message_templates`
endpoints in Meta's shapes, Meta's review played from a control endpoint, and the check a template
send gets once templates are loaded.

    POST /{version}/{waba_id}/message_templates    create: {"id", "status": "PENDING", "category"}
    GET  /{version}/{waba_id}/message_templates    list: {"data": [...], "paging": {"cursors", "next"}}
    POST /_standin/templates/review                Meta's review: {"name"?, "language"?, "status",
                                                   "rejected_reason"?}; without a name, every PENDING one

Creation is refused as Meta refuses it (code 100, with `error_subcode`): a name other than lowercase
letters, digits and underscores; a second template of the same name and language (2388024, "Content
in This Language Already Exists"); a body over 1024 characters or a quick reply over 25 (2388040);
placeholders not numbered {{1}}…{{n}} (2388072); a body that starts or ends with one, punctuation
aside (2388299); examples that do not give one value per placeholder. Whether a template is approved
is Meta's judgement, so a test decides it through the review endpoint (a REJECTED one with its
`rejected_reason`: ABUSIVE_CONTENT, INCORRECT_CATEGORY, INVALID_FORMAT, PROMOTIONAL, SCAM,
TAG_CONTENT_MISMATCH).

A send (`type: template`) is checked only when the stand-in holds templates: its name and language
must be APPROVED (else 132001) and it must give as many body parameters as the body has placeholders
(else 132000). More quick-reply payloads than the template has buttons is refused with 132000 too; that
code is the stand-in's choice, Meta's answer to that case was not found documented.
"""

from __future__ import annotations

import itertools
import re
import string
from dataclasses import dataclass, field
from typing import Any

CATEGORIES = ("UTILITY", "MARKETING", "AUTHENTICATION")
STATUSES = ("APPROVED", "PENDING", "REJECTED", "PAUSED", "DISABLED", "IN_APPEAL", "PENDING_DELETION")
REJECTED_REASONS = (
    "ABUSIVE_CONTENT", "INCORRECT_CATEGORY", "INVALID_FORMAT", "NONE", "PROMOTIONAL", "SCAM", "TAG_CONTENT_MISMATCH",
)  # fmt: skip
_NAME = re.compile(r"^[a-z0-9_]{1,512}$")
_PLACEHOLDER = re.compile(r"\{\{\s*(\d+)\s*\}\}")
_EDGE = string.whitespace + string.punctuation.replace("{", "").replace("}", "")


class TemplateRefusedError(Exception):
    """Meta's refusal: `code`, `subcode` (0: none), the title and message it shows to people."""

    def __init__(self, code: int, subcode: int, title: str, message: str) -> None:
        super().__init__(message)
        self.code, self.subcode, self.title, self.message = code, subcode, title, message


@dataclass
class TemplateStore:
    """The account's templates by (name, language), as Meta lists them."""

    records: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    page_size: int = 25  # Meta's pages are cursor-based; a small page exercises the client's paging
    ids: itertools.count = field(default_factory=lambda: itertools.count(1_000_000_000_001))

    def add(self, request: dict[str, Any], waba_id: str, status: str = "PENDING") -> dict[str, Any]:
        check_creation(request)
        key = (request["name"], request["language"])
        if key in self.records:
            message = f"There is already {key[1]} content for this template. Create a new template and try again."
            raise TemplateRefusedError(100, 2388024, "Content in This Language Already Exists", message)
        record = {
            "id": str(next(self.ids)), "name": key[0], "language": key[1], "category": request["category"],
            "status": status, "rejected_reason": "NONE", "components": request["components"], "waba_id": waba_id,
        }  # fmt: skip
        self.records[key] = record
        return record

    def review(self, verdict: dict[str, Any]) -> int:
        """Meta's review: the named template (or every PENDING one) gets `status`; returns how many."""
        status = str(verdict.get("status", "APPROVED"))
        reason = str(verdict.get("rejected_reason") or ("INVALID_FORMAT" if status == "REJECTED" else "NONE"))
        if status not in STATUSES or reason not in REJECTED_REASONS:
            raise ValueError(f"unknown status {status!r} or rejected_reason {reason!r}")
        name, language = verdict.get("name"), verdict.get("language")
        chosen = [
            r for r in self.records.values()
            if (r["name"] == name and (language is None or r["language"] == language))
            or (name is None and r["status"] == "PENDING")
        ]  # fmt: skip
        for record in chosen:
            record["status"], record["rejected_reason"] = status, reason
        return len(chosen)

    def page(self, waba_id: str, fields: str, after: str, limit: int) -> dict[str, Any]:
        wanted = {f.strip() for f in fields.split(",") if f.strip()} or {"name", "status", "language", "category"}
        mine = [r for r in self.records.values() if r["waba_id"] in (waba_id, "*")]
        start = int(after) if after.isdigit() else 0
        size = max(1, min(limit, self.page_size))
        rows = [{k: v for k, v in r.items() if k in wanted or k == "id"} for r in mine[start : start + size]]
        answer: dict[str, Any] = {"data": rows}
        if rows:
            cursors = {"before": str(start), "after": str(start + len(rows))}
            answer["paging"] = {"cursors": cursors}
            if start + len(rows) < len(mine):
                answer["paging"]["next"] = f"/{waba_id}/message_templates?after={start + len(rows)}"
        return answer


def _body_of(components: list[dict[str, Any]]) -> dict[str, Any]:
    bodies = [c for c in components if isinstance(c, dict) and str(c.get("type", "")).upper() == "BODY"]
    if len(bodies) != 1 or not isinstance(bodies[0].get("text"), str) or not bodies[0]["text"].strip():
        raise TemplateRefusedError(100, 0, "Invalid parameter", "A template needs exactly one BODY with text.")
    return bodies[0]


def placeholder_count(body_text: str) -> int:
    return len(set(_PLACEHOLDER.findall(body_text)))


def quick_replies(components: list[dict[str, Any]]) -> int:
    return sum(
        1
        for c in components
        if isinstance(c, dict) and str(c.get("type", "")).upper() == "BUTTONS"
        for b in c.get("buttons") or []
        if str(b.get("type", "")).upper() == "QUICK_REPLY"
    )


def check_creation(request: Any) -> None:
    """Raise TemplateRefusedError when Meta refuses to create this template."""
    if not isinstance(request, dict) or not _NAME.match(str(request.get("name", ""))):
        raise TemplateRefusedError(100, 0, "Invalid parameter", "Name may only hold lowercase letters, digits and _.")
    if not str(request.get("language", "")).strip() or request.get("category") not in CATEGORIES:
        raise TemplateRefusedError(100, 0, "Invalid parameter", "language and a category are required.")
    components = request.get("components")
    body = _body_of(components if isinstance(components, list) else [])
    text = body["text"]
    if len(text) > 1024:
        raise TemplateRefusedError(100, 2388040, "Character Limit Exceeded", "The body is over 1024 characters.")
    numbers = [int(n) for n in _PLACEHOLDER.findall(text)]
    if sorted(set(numbers)) != list(range(1, len(set(numbers)) + 1)):
        raise TemplateRefusedError(100, 2388072, "Message Body Format Is Incorrect", "Parameters must be {{1}}…{{n}}.")
    core = text.strip(_EDGE)
    if _PLACEHOLDER.match(core) or re.search(r"\{\{\s*\d+\s*\}\}$", core):
        raise TemplateRefusedError(
            100, 2388299, "Variables Can't Be at the Start or End", "Move the parameter away from the start or end."
        )
    examples = (body.get("example") or {}).get("body_text") if numbers else None
    if numbers and not (
        isinstance(examples, list) and len(examples) == 1 and isinstance(examples[0], list)
        and len(examples[0]) == len(set(numbers)) and all(isinstance(e, str) and e.strip() for e in examples[0])
    ):  # fmt: skip
        raise TemplateRefusedError(100, 0, "Invalid parameter", "Give one example value for each body parameter.")
    for component in components if isinstance(components, list) else []:
        for button in component.get("buttons") or [] if isinstance(component, dict) else []:
            title = str(button.get("text", ""))
            if not title.strip() or len(title) > 25:
                raise TemplateRefusedError(100, 2388040, "Character Limit Exceeded", "A button has 1-25 characters.")


def check_send(templates: TemplateStore, template: dict[str, Any]) -> tuple[int, str] | None:
    """(code, details) when Meta refuses this template message, else None."""
    name = str(template.get("name", ""))
    language = str((template.get("language") or {}).get("code", ""))
    record = templates.records.get((name, language))
    if record is None or record["status"] != "APPROVED":
        return 132001, f"template name ({name}) does not exist in {language}"
    components = [c for c in template.get("components") or [] if isinstance(c, dict)]
    sent = sum(len(c.get("parameters") or []) for c in components if c.get("type") == "body")
    expected = placeholder_count(_body_of(record["components"])["text"])
    if sent != expected:
        return 132000, (
            f"body: number of localizable_params ({sent}) does not match the expected number of params ({expected})"
        )
    buttons = quick_replies(record["components"])
    indexes = [int(i) if (i := str(c.get("index"))).isdigit() else -1 for c in components if c.get("type") == "button"]
    if any(not 0 <= i < buttons for i in indexes):
        return 132000, f"buttons: the template has {buttons} quick-reply buttons, the message sent {len(indexes)}"
    return None
