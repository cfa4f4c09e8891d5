"""python -m ops.templates submit|status [--waba-id ID]

`submit` sends every template the code needs (`ops.template_needs`) to the WhatsApp Business Account
for Meta's review, as defined in `puspa.whatsapp.templates`; one Meta already holds (same name and
language) is reported as already submitted, so running it twice creates nothing twice. `status` lists
the account's templates and says which the code needs are APPROVED, still waiting (PENDING), REJECTED
(with Meta's reason), paused or disabled, differ from their definition, or are missing.

Reads WHATSAPP_TOKEN (a system user token with whatsapp_business_management), WHATSAPP_BUSINESS_ACCOUNT_ID
(or --waba-id), WHATSAPP_API_URL (Meta's by default) and the PUSPA_*_TEMPLATE names if set.
Exit status: 0 done / all approved, 1 something needs action, 2 usage, 3 (`status`) only waiting for Meta.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from content_seed.files import OFFICES_DIR
from ops.template_needs import NeededTemplate, needed_templates
from puspa.app.config import DEFAULT_GRAPH_API_URL
from puspa.errors import GraphApiError
from puspa.whatsapp.graph import GraphClient
from puspa.whatsapp.templates import CATEGORY, LANGUAGE, PLACEHOLDER, creation_request

ALREADY_EXISTS = 2388024  # Meta: "Content in This Language Already Exists" (code 100, this subcode)
FIELDS = "name,status,language,category,rejected_reason,components"
WAITING = ("PENDING", "IN_APPEAL")
REASONS = {
    "ABUSIVE_CONTENT": "Meta judged the content abusive",
    "INCORRECT_CATEGORY": "Meta judged the category wrong (it was submitted as UTILITY)",
    "INVALID_FORMAT": "the format is invalid (placeholders, examples or length)",
    "PROMOTIONAL": "Meta judged it promotional, which a UTILITY template may not be",
    "SCAM": "Meta suspects a scam",
    "TAG_CONTENT_MISMATCH": "the content does not match the category",
    "NONE": "Meta gave no reason",
}


def _explain(error: GraphApiError) -> str:
    hint = " The access token was refused: check WHATSAPP_TOKEN." if error.outage else ""
    return f"{error}{f' - {error.details}' if error.details else ''}{hint}"


def submit(client: GraphClient, waba_id: str, needed: list[NeededTemplate], out: TextIO) -> int:
    failed = 0
    for need in needed:
        if need.language != LANGUAGE:
            print(f"  NOT SUBMITTED      {need.label}: its text is defined in Indonesian ({LANGUAGE}) only; "
                  f"{', '.join(need.used_by)} asks for {need.language}.", file=out)  # fmt: skip
            failed += 1
            continue
        try:
            answer = client.create_template(waba_id, creation_request(need.definition, need.name, need.language))
        except GraphApiError as exc:
            if ALREADY_EXISTS in (exc.subcode, exc.code):
                print(f"  ALREADY SUBMITTED  {need.label} (its review: python -m ops.templates status)", file=out)
                continue
            print(f"  FAILED             {need.label}: {_explain(exc)}", file=out)
            failed += 1
            continue
        print(f"  SUBMITTED          {need.label}: {answer.get('status', 'PENDING')}", file=out)
    print(f"{len(needed) - failed} of {len(needed)} templates are with Meta; Meta usually reviews within "
          "minutes, at most 24 hours. Then: python -m ops.templates status", file=out)  # fmt: skip
    return 1 if failed else 0


def _shape(template: dict[str, Any]) -> tuple[int, int]:
    """(body placeholders, quick-reply buttons) of a template as Meta lists it."""
    placeholders, buttons = 0, 0
    for component in template.get("components") or []:
        kind = str(component.get("type", "")).upper()
        if kind == "BODY":
            placeholders = len(set(PLACEHOLDER.findall(str(component.get("text", "")))))
        elif kind == "BUTTONS":
            buttons = sum(1 for b in component.get("buttons") or [] if str(b.get("type", "")).upper() == "QUICK_REPLY")
    return placeholders, buttons


def _verdict(need: NeededTemplate, found: dict[str, Any] | None) -> tuple[str, str]:
    """(state, what to say) for one needed template; state is ok, waiting or problem."""
    if found is None:
        return "problem", "MISSING: not in the account; run: python -m ops.templates submit"
    status = str(found.get("status", "")).upper()
    if status in WAITING:
        return "waiting", f"{status}: Meta is still reviewing it"
    if status == "REJECTED":
        reason = str(found.get("rejected_reason") or "NONE")
        return "problem", (
            f"REJECTED ({reason}: {REASONS.get(reason, 'see WhatsApp Manager')}). Fix its text in "
            "functions/puspa/whatsapp/templates.py, then edit it in WhatsApp Manager to the same text, or delete "
            "it there and submit again"
        )
    if status != "APPROVED":
        return "problem", f"{status}: it cannot be sent; see WhatsApp Manager (quality, pauses)"
    definition = need.definition
    wanted = (definition.parameter_count, len(definition.buttons))
    if found.get("components") and _shape(found) != wanted:
        got = _shape(found)
        return "problem", (
            f"APPROVED but not as defined: {got[0]} parameters and {got[1]} buttons, the code sends {wanted[0]} "
            f"and {wanted[1]}; Meta will refuse every message of it"
        )
    note = "" if found.get("category", CATEGORY) == CATEGORY else f" (Meta made it {found['category']}: billed so)"
    return "ok", f"APPROVED{note}"


def status(client: GraphClient, waba_id: str, needed: list[NeededTemplate], out: TextIO) -> int:
    listed = {(str(t.get("name")), str(t.get("language"))): t for t in client.list_templates(waba_id, FIELDS)}
    states = []
    for need in needed:
        state, said = _verdict(need, listed.get((need.name, need.language)))
        states.append(state)
        print(f"  {need.label}: {said}", file=out)
        print(f"      {need.definition.purpose} (used by {', '.join(need.used_by)})", file=out)
    wanted = {(n.name, n.language) for n in needed}
    unused = sorted(
        f"{name} ({lang})" for name, lang in listed if name.startswith("puspa_") and (name, lang) not in wanted
    )
    if unused:
        print(f"  Not needed by the code (may be deleted in WhatsApp Manager): {', '.join(unused)}", file=out)
    approved, problems = states.count("ok"), states.count("problem")
    print(f"{approved} of {len(needed)} approved, {states.count('waiting')} waiting for Meta, {problems} "
          "needing action.", file=out)  # fmt: skip
    return 1 if problems else (3 if approved < len(needed) else 0)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ops.templates", description=__doc__.split("\n\n")[1])
    parser.add_argument("command", choices=("submit", "status"))
    parser.add_argument("--waba-id", default=os.environ.get("WHATSAPP_BUSINESS_ACCOUNT_ID", ""),
                        help="WhatsApp Business Account id (default: $WHATSAPP_BUSINESS_ACCOUNT_ID)")  # fmt: skip
    parser.add_argument("--offices", default=str(OFFICES_DIR), help="the offices' content folders")
    args = parser.parse_args(argv)
    token = os.environ.get("WHATSAPP_TOKEN", "").strip()
    if not token or not args.waba_id:
        print("Set WHATSAPP_TOKEN and WHATSAPP_BUSINESS_ACCOUNT_ID (or --waba-id).", file=sys.stderr)
        return 2
    api_url = os.environ.get("WHATSAPP_API_URL", "").strip() or DEFAULT_GRAPH_API_URL
    client = GraphClient(api_url, token, timeout_s=30)
    needed = needed_templates(os.environ, Path(args.offices))
    try:
        if args.command == "submit":
            print(f"Submitting {len(needed)} templates to WhatsApp Business Account {args.waba_id}:")
            return submit(client, args.waba_id, needed, sys.stdout)
        print(f"Templates of WhatsApp Business Account {args.waba_id} that PUSPA sends:")
        return status(client, args.waba_id, needed, sys.stdout)
    except GraphApiError as exc:
        print(f"The Graph API refused the call: {_explain(exc)}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
