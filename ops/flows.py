"""Publish PUSPA's forms on one screen (WhatsApp Flows) through the Graph API, and register the Flows
endpoint's public key.

    python -m ops.flows publish [--only registration] [--endpoint-uri URL]
                                                        create, upload flow.json, publish; errors named
    python -m ops.flows status                          each form: its version name and Meta's status
    python -m ops.flows register-key [--phone-number-id ID …]   the public key of PUSPA_FLOW_PRIVATE_KEY

A published Flow cannot change, so each form is published under its name and a hash of its Flow JSON
(`whatsapp.flow_json.versioned_name`): a changed form is a new Flow, published before the code that
sends it is deployed; the older version stays until it is deprecated in WhatsApp Manager. Then list
the dialogues in PUSPA_FLOWS. A form with live choices (the booking) is created with the Flows
endpoint's URL (`--endpoint-uri`, else PUSPA_FLOW_ENDPOINT_URL: Terraform's output flow_endpoint_url),
which Meta's client calls; register the endpoint's key first (`register-key`). Reads WHATSAPP_TOKEN,
WHATSAPP_API_URL, WHATSAPP_BUSINESS_ACCOUNT_ID (and the other settings the functions need) from the
environment.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable

from puspa.app.config import Settings, settings_from_environment
from puspa.conversation.forms import AnyForm, EndpointForm
from puspa.conversation.machine import DIALOGUES
from puspa.errors import ConfigError, GraphApiError
from puspa.whatsapp.flow_crypto import load_private_key, public_pem
from puspa.whatsapp.flow_json import flow_bytes, versioned_name
from puspa.whatsapp.graph import GraphClient

FORMS: dict[str, tuple[AnyForm, ...]] = {d.name: d.flows for d in DIALOGUES if d.flows}


def _client(settings: Settings) -> GraphClient:
    return GraphClient(settings.whatsapp_api_url, settings.whatsapp_token, timeout_s=settings.graph_timeout_s,
                       proxies=settings.graph_proxies, ca_bundle=settings.ca_bundle)  # fmt: skip


def publish(
    graph: GraphClient, account: str, only: set[str], say: Callable[[str], None], endpoint_uri: str = ""
) -> bool:
    """Publish every form not published yet; True when all are published."""
    existing = {f.get("name"): f for f in graph.list_flows(account)}
    ok = True
    for dialogue, forms in FORMS.items():
        if only and dialogue not in only:
            continue
        for form in forms:
            name = versioned_name(form)
            found = existing.get(name) or {}
            if found.get("status") == "PUBLISHED":
                say(f"{dialogue}: {name} already published")
                continue
            needs = endpoint_uri if isinstance(form, EndpointForm) else ""
            if isinstance(form, EndpointForm) and not endpoint_uri:
                ok = False
                say(f"{dialogue}: {name} needs the Flows endpoint's URL (--endpoint-uri or PUSPA_FLOW_ENDPOINT_URL)")
                continue
            flow_id = str(found.get("id") or graph.create_flow(account, name, [form.category], needs))
            errors = graph.upload_flow_json(flow_id, flow_bytes(form))
            if errors:
                ok = False
                say(f"{dialogue}: {name} (flow {flow_id}) refused by Meta:")
                for error in errors:
                    say(f"  - {error.get('error', '')}: {error.get('message', error)}")
                continue
            graph.publish_flow(flow_id)
            say(f"{dialogue}: {name} published (flow {flow_id})")
    return ok


def status(graph: GraphClient, account: str, say: Callable[[str], None]) -> bool:
    existing = {f.get("name"): f for f in graph.list_flows(account)}
    ok = True
    for dialogue, forms in FORMS.items():
        for form in forms:
            name = versioned_name(form)
            found = existing.get(name)
            state = str(found.get("status")) if found else "NOT CREATED (run: python -m ops.flows publish)"
            ok = ok and state == "PUBLISHED"
            say(f"{dialogue}: {name} {state}")
            if found and found.get("id"):
                for error in graph.flow_status(str(found["id"])).get("validation_errors") or []:
                    say(f"  - {error.get('message', error)}")
    return ok


def register_key(graph: GraphClient, settings: Settings, phone_ids: list[str], say: Callable[[str], None]) -> bool:
    if not settings.flow_private_key:
        say("PUSPA_FLOW_PRIVATE_KEY is not set")
        return False
    pem = public_pem(load_private_key(settings.flow_private_key, settings.flow_key_passphrase))
    for phone_id in phone_ids or [settings.whatsapp_phone_number_id]:
        graph.register_encryption_key(phone_id, pem)
        state = graph.encryption_key(phone_id).get("business_public_key_signature_status", "?")
        say(f"{phone_id}: public key registered ({state})")
    return True


def main(argv: list[str] | None = None, say: Callable[[str], None] = print) -> int:
    parser = argparse.ArgumentParser(prog="python -m ops.flows", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    publishing = commands.add_parser("publish", help="create, upload and publish the forms not published yet")
    publishing.add_argument("--only", action="append", default=[], help="a dialogue (registration, survey, booking)")
    publishing.add_argument(
        "--endpoint-uri",
        default=os.environ.get("PUSPA_FLOW_ENDPOINT_URL", ""),
        help="the Flows endpoint's URL, for forms with live choices (flow_endpoint_url)",
    )
    commands.add_parser("status", help="each form's version and status on the Business Account")
    keying = commands.add_parser("register-key", help="register the Flows endpoint's public key")
    keying.add_argument("--phone-number-id", action="append", default=[])
    args = parser.parse_args(argv)
    try:
        settings = settings_from_environment()
    except ConfigError as exc:
        say(str(exc))
        return 2
    graph = _client(settings)
    account = settings.business_account_id
    if args.command in ("publish", "status") and not account:
        say("WHATSAPP_BUSINESS_ACCOUNT_ID is not set")
        return 2
    try:
        if args.command == "publish":
            ok = publish(graph, account, set(args.only), say, args.endpoint_uri)
        elif args.command == "status":
            ok = status(graph, account, say)
        else:
            ok = register_key(graph, settings, args.phone_number_id, say)
    except GraphApiError as exc:
        say(f"Graph API refused: {exc} (trace {exc.fbtrace_id or '-'})")
        return 1
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
