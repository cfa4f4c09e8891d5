"""Planted bugs, one at a time: each is applied to its file, the fast tiers run (then the emulator,
integration and e2e tiers when the fast ones pass), and the file is restored. `make mutants` prints
caught / SURVIVED per mutant; `make mutants ONLY="C5 W3"` runs some. The C/D/W/E/S ids are the
December 2026 review's sample (shared/reviews/code-review-2026-12.md §3) at today's lines; N are
bugs in the dialogue registry; L in the document lookup and flood control (issue 27, items 11 and 13).
A test earns its name when the bug it guards makes it fail."""

from __future__ import annotations

import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).parents[1]
F = "functions/puspa/"
MUTANTS = [
    ("C1", F + "conversation/survey.py", "if not 1 <= score <= 4:", "if score > 4:"),
    (
        "C2",
        F + "conversation/survey.py",
        "return recent or _sent_in(session) == _period(ctx)",
        "return recent and _sent_in(session) == _period(ctx)",
    ),
    ("C3", F + "conversation/survey.py", ".keeping(NAME, period=period)", ""),
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
