"""Planted bugs, one at a time: each is applied to its file, the fast tiers run (then the emulator,
integration and e2e tiers when the fast ones pass), and the file is restored. `make mutants` prints
caught / SURVIVED per mutant; `make mutants ONLY="C5 W3"` runs some. The C/D/W/E/S ids are the
December 2026 review's sample (shared/reviews/code-review-2026-12.md §3) at today's lines; N are
bugs in the dialogue registry; L in the document lookup and flood control (issue 27, items 11 and 13);
R in the expiries README's personal-data table states (issue 25).
I in infra/ and what it is checked against (issue 25).
G in the message templates and the smoke test (issue 25).
A test earns its name when the bug it guards makes it fail."""

from __future__ import annotations

import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).parents[1]
F = "functions/puspa/"
SUBSCRIBED_INDEX = """resource "google_firestore_index" "subscribed_at_office" {
  for_each   = toset(["documents", "notices"])
  database   = google_firestore_database.default.name
  collection = each.value
  fields {
    field_path = "office_id"
    order      = "ASCENDING"
  }
  fields {
    field_path   = "subscriber_keys"
    array_config = "CONTAINS"
  }
}
"""
MUTANTS = [
    ("C1", F + "conversation/survey.py", "if not 1 <= score <= 4:", "if score > 4:"),
    (
        "C2",
        F + "conversation/survey.py",
        "return recent or _sent_in(session) == _period(ctx)",
        "return recent and _sent_in(session) == _period(ctx)",
    ),
    (
        "C3",
        F + "conversation/survey.py",
        "options=()).keeping(NAME, period=period)\n    return Step(done, effects=(effect,))\n\n\ndef back",
        "options=())\n    return Step(done, effects=(effect,))\n\n\ndef back",
    ),
    (
        "C3F",
        F + "conversation/survey.py",
        "replace(browse.leave_dialogue(spent), state=State.MAIN_MENU, options=()).keeping(NAME, period=period)",
        "replace(browse.leave_dialogue(spent), state=State.MAIN_MENU, options=())",
    ),
    (
        "C4",
        F + "conversation/readiness.py",
        "    if not ctx.from_staff:\n        return None\n    match = _STAFF.match",
        "    match = _STAFF.match",
    ),
    ("C5", F + "conversation/readiness.py", "    if lookup.record.state is not Readiness.PROCESSING:", "    if False:"),
    (
        "C6",
        F + "conversation/machine.py",
        "rules.form_idle if dialogue is not None and dialogue.patient else",
        "rules.form_idle if dialogue is not None else",
    ),
    (
        "C7",
        F + "conversation/question/resident.py",
        '(session, "") if ctx.dialogue is not None else ctx.registry',
        "ctx.registry",
    ),
    (
        "D1",
        F + "domain/readiness.py",
        "if written is None or len(written.year) != 4:",
        "if written is None or not written.year:",
    ),
    ("D2", F + "domain/privacy.py", ">= min_digits else m.group()", "> min_digits else m.group()"),
    ("D3", F + "domain/delivery.py", "if tokens >= cost:", "if tokens > cost:"),
    (
        "D4",
        F + "domain/registration.py",
        "Status.DITOLAK: frozenset(),",
        "Status.DITOLAK: frozenset({Status.DIPROSES}),",
    ),
    (
        "W1",
        F + "app/webhook_service.py",
        "if wamid in self._settled or settled(stored.log, wamid, now):",
        "if wamid in self._settled:",
    ),
    ("W2", F + "app/webhook_service.py", "    if staff or backlog:", "    if backlog:"),
    (
        "W3",
        F + "app/webhook_service.py",
        "return now + (self._config.rules.form_idle if session.form else self._config.session_ttl)",
        "return now + (self._config.session_ttl if session.form else self._config.rules.form_idle)",
    ),
    ("E1", F + "app/handlers/readiness.py", "ERASE = (forget_subscriptions,)", "ERASE = ()"),
    (
        "E2",
        F + "app/handlers/survey.py",
        "respondent(key, scope.office_id, scope.inbound.sender.key)",
        "respondent(key, scope.office_id, scope.message_key)",
    ),
    ("E3", F + "app/handlers/readiness.py", 'scope.keyed("sender", sender.key)', "sender.key"),
    ("S1", F + "store/readiness.py", ">= FAILURES_PER_DAY:", "> FAILURES_PER_DAY:"),
    ("S2", F + "store/registrations.py", 'if not data or data.get("resident_key") != resident_key:', "if not data:"),
    ("S3", F + "store/readiness.py", "> order.index(state):", "> order.index(state) + 9:"),
    # the new shape
    (
        "N1",
        F + "app/handlers/erase.py",
        "reduce(lambda done, hook: done + hook(scope), erasers, Erasure())",
        "Erasure()",
    ),
    (
        "N2",
        F + "conversation/survey.py",
        "if survey_of(ctx.content) is None or invited_recently(session, ctx):",
        "if survey_of(ctx.content) is None:",
    ),
    ("N3", F + "conversation/machine.py", "        inbound = _as_tap(current, inbound)\n", ""),
    (
        "N4",
        F + "conversation/complaint.py",
        "    if not ctx.from_staff:\n        return None\n    match = _ANSWER",
        "    match = _ANSWER",
    ),
    ("N5", F + "store/complaints.py", "if key.exists:", "if False:"),
    (
        "N6",
        F + "conversation/screens.py",
        "offered = registry.buttons_of(service, content)[: limits.BUTTONS_MAX - 1]",
        "offered = ()",
    ),
    ("N7", F + "app/notify_service.py", "if event_kind(event) in self._kinds.residents:", "if False:"),
    (
        "N8",
        F + "domain/session.py",
        "return Session(unanswered=self.unanswered, kept=self.kept)",
        "return Session(unanswered=self.unanswered)",
    ),
    ("N9", F + "conversation/question/staff.py", "if verb and not code and _OTHER_CODE.match(rest):", "if False:"),
    (
        "N10",
        F + "store/complaints.py",
        'batch.delete(self._client.collection("notices").document(f"{office_id}_{code}"))',
        "pass",
    ),
    (
        "N11",
        F + "app/handlers/erase.py",
        "receipts.keep_erasure_receipt(scope.office_id, scope.message_key, scope.now)  # first",
        "pass  #",
    ),
    ("N12", F + "conversation/erase.py", 'body += "".join(f"\\n\\n⚠️ {note}" for note in notes)', "pass"),
    (
        "N13",
        F + "conversation/staff_help.py",
        "if verb is None or (rest.strip() and not any(ch.isdigit() for ch in rest)):",
        "if verb is None:",
    ),
    # issue 27, items 11 and 13
    ("L1", F + "app/handlers/readiness.py", "if not hmac.compare_digest(effect.proof, expected):", "if False:"),
    ("L2", F + "store/readiness.py", "len(subscribers) if tell else 0", "0"),
    ("L3", F + "app/webhook_service.py", "policy, policy.tap_cost if tap else 1.0)", "policy)"),
    ("L4", F + "domain/delivery.py", "throttled = 0 if left >= policy.burst / 2 else log.throttled", "throttled = 0"),
    ("L5", F + "domain/readiness.py", "if ready_on is None and collected_on is None:", "if False:"),
    # issue 26, counter bookings: capacity, limit, missed visits, replays, freeing, options
    ("B1", F + "store/bookings.py", "transaction.create(\n", "transaction.set(\n"),
    ("B2", F + "store/bookings.py", "if len(same) >= place.per_resident:", "if len(same) > place.per_resident:"),
    ("B3", F + "store/bookings.py", "if missed >= place.missed_limit:", "if missed > place.missed_limit:"),
    (
        "B4",
        F + "store/bookings.py",
        "            self._free(transaction, booking)\n            if hold.exists:",
        "            if hold.exists:",
    ),
    (
        "B5",
        F + "store/bookings.py",
        "if existing.exists and (not move or message_key in",
        "if False and (not move or message_key in",
    ),
    ("B6", F + "domain/booking.py", "return tuple(s for s in within if s.start > local.time())", "return within"),
    (
        "B7",
        F + "conversation/booking/staff.py",
        "if not ctx.from_staff or queue(ctx.content) is None:",
        "if queue(ctx.content) is None:",
    ),
    (
        "B8",
        F + "domain/booking.py",
        "return range(index * self.capacity + 1, (index + 1) * self.capacity + 1)",
        "return range(1, self.capacity + 1)",
    ),
    ("B9", F + "app/booking_morning.py", 'if not self._ledger.claim(ledger_id, "whatsapp", now, LEASE):', "if False:"),
    # issue 28: the booking as a form on one screen whose pages the Flows endpoint answers
    (
        "B10",
        F + "conversation/booking/resident.py",
        "    if day not in bookable_days(content.office.calendar, now, rules, service):\n        return NO_DAY",
        "",
    ),
    (
        "B11",
        F + "conversation/booking/on_screen.py",
        "spent, verdict = forms.redeem(session, NAME, inbound.flow_token, ctx.now)",
        "spent, verdict = session, Redeemed.OK",
    ),
    (
        "B12",
        F + "app/handlers/booking.py",
        "taken = bookings.taken(token.office_id, page.service, page.days)",
        'taken = bookings.taken(str(request.data.get("office_id") or token.office_id), page.service, page.days)',
    ),
    (
        "B13",
        F + "conversation/booking/on_screen.py",
        '"enabled": count > 0} for iso, count',
        '"enabled": True} for iso, count',
    ),
    ("B14", F + "app/handlers/booking.py", "if not on_screen.valid_for(token, now):", "if False:"),
    (
        "B15",
        F + "conversation/booking/on_screen.py",
        "    if isinstance(check_day(content, now, card_id, iso), str):",
        "    if False:",
    ),
    (
        "B16",
        F + "conversation/booking/on_screen.py",
        'init = {"hari": reading.preselect} if free.get(reading.preselect, 0) > 0 else {}',
        'init = {"hari": reading.preselect} if reading.preselect else {}',
    ),
    ("B17", F + "conversation/booking/on_screen.py", 'remind=answers.get("ingatkan") == "true"', "remind=True"),
    (
        "B18",
        F + "whatsapp/messages.py",
        'parameters["flow_action"] = "data_exchange"',
        'parameters["flow_action"] = "navigate"',
    ),
    ("B19", "ops/flows.py", "[form.category], needs))", "[form.category]))"),
    (
        "B20",
        F + "conversation/booking/on_screen.py",
        "if len(parts) != 5 or not _OFFICE.match(parts[0])",
        "if len(parts) != 5",
    ),
    # issue 25: expiries the README's personal-data table states (tests/integration/test_retention_table.py)
    ("R1", F + "store/complaints.py", "KEEP_ANSWERED = timedelta(days=30)", "KEEP_ANSWERED = timedelta(days=60)"),
    ("R2", F + "app/config.py", '"PUSPA_SESSION_TTL_DAYS", 30,', '"PUSPA_SESSION_TTL_DAYS", 60,'),
    ("R3", F + "app/digest_service.py", "days=KEEP_COUNTS_DAYS + 31)", "days=KEEP_COUNTS_DAYS + 30)"),
    ("R4", F + "store/surveys.py", "KEY_KEEP = timedelta(days=62)", "KEY_KEEP = timedelta(days=92)"),
    (
        "R5",
        F + "store/tickets.py",
        'transaction.set(key_ref, {"code": code, "expire_at": now + timedelta(days=30)})',
        'transaction.set(key_ref, {"code": code, "expire_at": now + timedelta(days=31)})',
    ),
    ("R6", F + "app/handlers/registration.py", "end_of_event + keep_after_event", "scope.now + keep_after_event"),
    ("R7", F + "store/bookings.py", "KEEP_BOOKING = timedelta(days=45)", "KEEP_BOOKING = timedelta(days=60)"),
    (
        "B21",
        F + "conversation/booking/resident.py",
        'picked.removeprefix(SLOT).split(":", 3)',
        'picked.removeprefix(SLOT).split(":")',
    ),
    ("B22", F + "store/bookings.py", "or previous.service != service  # a move keeps its service", "or False"),
    ("B23", F + "domain/booking.py", "local.time() < REMINDER_HOUR)", "True)"),
    ("P21", F + "store/papers.py", "if papers.code:  # its code (BRK-…) must find the record", "if False:"),
    ("S9", F + "app/staff_notices.py", "if label == VIEW_LINK_LABEL and value.startswith(", "if value.startswith("),
    # issue 26, reports: a record counts once, at its first check
    ("P20", F + "store/papers.py", 'if data.get("answered_at") is None:  # its first check', "if True:"),
    # issue 26: cek berkas (residents' papers checked before a visit)
    ("P1", F + "conversation/papers.py", "if ctx.choice != AGREE and ctx.command not in AGREE_WORDS:", "if False:"),
    ("P2", F + "store/papers.py", "if papers.count >= MAX_FILES:", "if papers.count > MAX_FILES:"),
    ("P3", F + "store/papers.py", "if name in papers.files:  # Meta delivered", "if False:  #"),
    ("P4", F + "app/handlers/papers.py", "ERASE = (erase,)", "ERASE = ()"),
    ("P5", F + "app/handlers/papers.py", "        paper_files.delete([name])\n", "        pass\n"),
    (
        "P6",
        F + "domain/view_token.py",
        "if not hmac.compare_digest(mac, hmac.new(",
        "if False and not hmac.compare_digest(mac, hmac.new(",
    ),
    ("P7", F + "app/papers_view.py", "if grant.expired(now):", "if False:"),
    ("P8", F + "app/papers_view.py", '"Cache-Control": "no-store",', '"Cache-Control": "private, max-age=600",'),
    (
        "P9",
        F + "store/papers.py",
        "first_of_batch = papers.last_file_at is None or now - papers.last_file_at > BURST",
        "first_of_batch = True",
    ),
    ("P10", F + "app/handlers/papers.py", "custom_time(visit, scope.now))", "scope.now)"),
    ("P11", F + "store/papers.py", "if papers.rounds and papers.sent_files == papers.count:", "if False:"),
    ("P12", F + "app/handlers/papers.py", 'return f"e-mail {local[:1]}…@{domain}"', 'return f"e-mail {channel}"'),
    (
        "P13",
        F + "whatsapp/webhook.py",
        "_media(message, original_type) if original_type in MEDIA_TYPES",
        '("", "") if True',
    ),
    ("P14", F + "whatsapp/graph.py", "if attempt == 1 and exc.http_status in EXPIRED_URL_STATUSES:", "if False:"),
    (
        "P15",
        F + "whatsapp/graph.py",
        "                    if len(data) > max_bytes:\n",
        "                    if False:\n",
    ),
    ("P16", F + "app/notify_service.py", "if notice.view_code and self._links is not None:", "if False:"),
    ("P17", F + "domain/papers.py", "return day if today <= day <= today + LATEST_VISIT else None", "return day"),
    ("P18", F + "bucket.py", "            if not self._credentials.valid:", "            if False:"),
    (
        "P19",
        F + "whatsapp/graph.py",
        "            raise _without_text(exc) from None\n        url =",
        "            raise\n        url =",
    ),
    # issue 25: infra/ against the code (I1 and I4 are caught at the end of the emulator run)
    ("I1", "infra/firestore.tf", SUBSCRIBED_INDEX, ""),  # the whole index block removed
    ("I2", "infra/functions.tf", '    notices       = "notices/{id}"\n', ""),
    ("I3", "infra/functions.tf", "    PUSPA_STATUS_TEMPLATE         = var.templates.status\n", ""),
    ("I4", "infra/firestore.tf", '"lookup_failures", "complaints", "erasures",', '"lookup_failures", "erasures",'),
    ("I5", "infra/functions.tf", '  public_access_prevention    = "enforced"\n', ""),
    (
        "I6",
        "infra/functions.tf",
        'ingress_settings      = "ALLOW_INTERNAL_ONLY" # only Eventarc of this project delivers to it',
        'ingress_settings      = "ALLOW_ALL"',
    ),
    ("I7", "infra/iam.tf", "  #checkov:skip=CKV_GCP_102:Meta's servers", "  # CKV_GCP_102:Meta's servers"),
    ("I12", "infra/iam.tf", "  #checkov:skip=CKV_GCP_102:Public on purpose: Meta's client", "  # CKV_GCP_102:Public"),
    ("I8", "infra/monitoring.tf", '    "this message stays unanswered",\n', ""),
    ("I9", "infra/README.md", "### Staff notifications failing", "### Staff notices failing"),
    ("I10", F + "slow_calls.py", "if elapsed_s < SLOW_AFTER_S[system]:", "if True:"),
    ("I11", F + "whatsapp/graph.py", "if error.outage:  # every function", "if False:  # every function"),
    # issue 25: templates as code, the smoke test (G: going live)
    ("G1", "localdev/graph_templates.py", "    if sent != expected:", "    if sent > expected:"),
    ("G2", "localdev/graph_templates.py", "if any(not 0 <= i < buttons for i in indexes):", "if False:"),
    ("G3", "ops/templates.py", "if ALREADY_EXISTS in (exc.subcode, exc.code):", "if False:"),
    ("G4", F + "whatsapp/graph.py", 'params = {**params, "after": str(after)}', "return templates"),
    ("G5", "ops/templates.py", 'if found.get("components") and _shape(found) != wanted:', "if False:"),
    ("G6", "ops/smoke_checks.py", "if wrong.status_code not in (401, 403):", "if False:"),
    ("G7", "ops/smoke_checks.py", 'if state != "ENABLED":', "if False:"),
    ("G8", "ops/smoke_checks.py", "        if version is None:", "        if False:"),
    (
        "G9",
        F + "conversation/complaint.py",
        'for p in (complaint.code, "ditanggapi", effect.text))',
        "for p in (complaint.code, effect.text))",
    ),
    # issue 28: forms on one screen (WhatsApp Flows)
    ("F1", F + "conversation/forms.py", 'if not token or kept.get("flow") != token:', "if not token:"),
    (
        "F2",
        F + "conversation/forms.py",
        "if not isinstance(issued, datetime) or now - issued > FLOW_VALID:",
        "if not isinstance(issued, datetime):",
    ),
    (
        "F3",
        F + "conversation/registration/on_screen.py",
        "values[spec.key], _ = spec.read(_as_typed(spec, answer), fields)",
        "values[spec.key] = answer",
    ),
    ("F4", F + "whatsapp/flow_crypto.py", "return bytes(byte ^ 0xFF for byte in iv)", "return bytes(iv)"),
    (
        "F5",
        F + "app/flow_endpoint.py",
        "if not verify_signature(body, signature, self._app_secret):",
        "if False:",
    ),
    (
        "F6",
        F + "whatsapp/flow_crypto.py",
        "mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256()",
        "mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA1()",
    ),
    ("F7", F + "whatsapp/webhook.py", 'token = answers.pop("flow_token", None)', 'token = answers.get("flow_token")'),
    ("F8", F + "conversation/survey_form.py", 'if answer not in ("1", "2", "3", "4"):', "if not answer:"),
    ("F9", F + "whatsapp/messages.py", "    check_data(reply.form, data)\n", ""),
    ("F10", F + "whatsapp/flow_json.py", '"init_values", "error_messages"]', "]"),
]
only = set(sys.argv[1:])


def run(args: list[str]) -> int:
    return subprocess.run(
        [".venv/bin/pytest", "-q", "-x", "-p", "no:cacheprovider", *args], cwd=ROOT, capture_output=True, text=True
    ).returncode


def main() -> int:
    survived = 0
    for mid, path, old, new in MUTANTS:
        if only and mid not in only:
            continue
        p = ROOT / path
        src = p.read_text()
        if src.count(old) != 1:
            print(f"{mid}: STALE (its line is not in {path} exactly once: update the list)")
            survived += 1
            continue
        p.write_text(src.replace(old, new))
        try:
            fast = run(["-m", "not emulator and not integration and not e2e"])
            if fast != 0:
                print(f"{mid}: caught (fast tiers)", flush=True)
                continue
            rest = run(["-m", "emulator or integration or e2e"])
            print(f"{mid}: {'caught (emulator/integration/e2e)' if rest else 'SURVIVED'}", flush=True)
            survived += not rest
        finally:
            p.write_text(src)
    return 1 if survived else 0


if __name__ == "__main__":
    sys.exit(main())
