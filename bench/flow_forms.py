"""Outbound messages and Firestore operations per completed form: the registration, the survey and the
booking on one screen (WhatsApp Flows) beside the same forms in the chat, through the real service,
stores (Google's emulator), Graph API client and stand-in (which plays WhatsApp's client filling the
form in), notify_admins and a staff status change; the booking's pages from PUSPA's Flows endpoint
(its reads counted with the rest) on the test office's antrian.yaml.

Budgets (issue 28): to the resident, including the status push, a registration at most 3 messages, a
survey at most 2 and a booking at most 3 (the reminder the working day before, sent only when the
resident asks for it, is not counted); Firestore operations per completed form no more than the chat
form's (the booking's: the chat's booking through the same choices: the service, the day list, the
hour, the confirmation). The chat's shortcut "antri ktp besok" (straight to one day's hours) is
printed beside it. The process exits 1 when a budget is broken.

    PYTHONPATH=functions:. .venv/bin/python -m bench.flow_forms
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.registration_ops import FORM
from bench.rig import OFFICE_ID, STAFF, Rig, bench_rig
from localdev.chat import sample_answers

RESIDENTS = 4
SURVEY_CHAT = ["survei", *["3"] * 9, "Pelayanan cepat, terima kasih"]
QUEUE_OFFICE = Path(__file__).parents[1] / "tests" / "data" / "offices" / "cileungsi-filled"
BOOKING_CHAT = ["antrian", "1", "1", "1"]  # KK, the first day, its first hour; then "Ya" without a reminder (tapped)
NO_REMINDER = (
    "ant:ok:0"  # "Ya, ambil" or "Ya, tanpa pengingat": on the confirmation whether a reminder is offered or not
)


@dataclass
class Tally:
    to_resident: int = 0
    to_others: int = 0
    reads: int = 0
    writes: int = 0
    runs: int = 0

    def add(self, rig: Rig, wa_id: str, step: Callable[[], object]) -> None:
        before = len(rig.standin.state.messages)
        reads, writes = rig.counted(step)
        new = rig.standin.state.messages[before:]
        mine = sum(1 for m in new if m["body"].get("to") == wa_id)
        self.to_resident, self.to_others = self.to_resident + mine, self.to_others + len(new) - mine
        self.reads, self.writes = self.reads + reads, self.writes + writes

    def line(self, label: str) -> str:
        n = max(self.runs, 1)
        return (f"{label:44s}{self.to_resident / n:4.1f} to the resident {self.to_others / n:4.1f} to staff "
                f"{self.reads / n:6.1f} reads {self.writes / n:6.1f} writes")  # fmt: skip


def _registration(rig: Rig, tally: Tally, wa_id: str, serial: int, on_screen: bool) -> None:
    from puspa.eventarc import DocumentEvent

    tag = f"{'f' if on_screen else 'c'}{serial}"
    if on_screen:
        tally.add(rig, wa_id, lambda: rig.post(wa_id, f"{tag}.0", "daftar resepsi"))
        answers = sample_answers(rig.last_form_to(wa_id))
        tally.add(rig, wa_id, lambda: rig.complete_form(wa_id, answers))
    else:
        for i, text in enumerate(["daftar resepsi", "1", FORM, "1"]):
            tally.add(rig, wa_id, lambda i=i, text=text: rig.post(wa_id, f"{tag}.{i}", text))
    code = f"RSP-2026-{serial:04d}"
    snapshot = rig.store.client.collection("registrations").document(f"{OFFICE_ID}_{code}").get()
    assert snapshot.exists, f"no registration {code}"
    event = DocumentEvent("e", "created", rig.clock[0], f"registrations/{snapshot.id}", snapshot.to_dict())
    tally.add(rig, wa_id, lambda: rig.notify.handle(event))
    tally.add(rig, wa_id, lambda: rig.post(STAFF, f"s{tag}", f"PROSES {code}"))
    tally.runs += 1


def _survey(rig: Rig, tally: Tally, wa_id: str, on_screen: bool) -> None:
    if on_screen:
        tally.add(rig, wa_id, lambda: rig.post(wa_id, f"{wa_id}.s0", "survei"))
        answers = sample_answers(rig.last_form_to(wa_id)) | {"saran": "Pelayanan cepat, terima kasih"}
        tally.add(rig, wa_id, lambda: rig.complete_form(wa_id, answers))
    else:
        for i, text in enumerate(SURVEY_CHAT):
            tally.add(rig, wa_id, lambda i=i, text=text: rig.post(wa_id, f"{wa_id}.s{i}", text))
    tally.runs += 1


def _booking(rig: Rig, tally: Tally, wa_id: str, how: str) -> None:
    """One booking: on one screen (KTP-el, the first free day and hour), in the chat through the same
    choices (KK), or the chat's shortcut (KTP-el the day after tomorrow, one hour each)."""
    if how == "form":
        tally.add(rig, wa_id, lambda: rig.post(wa_id, f"{wa_id}.b0", "antrian"))
        tally.add(rig, wa_id, lambda: rig.complete_form(wa_id, {"layanan": "ktp_el"}, first_free=True))
    else:
        hour = str(tally.runs % 5 + 1)
        texts = BOOKING_CHAT if how == "chat" else ["antri ktp lusa", hour]
        for i, text in enumerate(texts):
            tally.add(rig, wa_id, lambda i=i, text=text: rig.post(wa_id, f"{wa_id}.b{i}", text))
        tally.add(rig, wa_id, lambda: rig.tap(wa_id, f"{wa_id}.yes", NO_REMINDER))
    last = [m["body"] for m in rig.standin.state.messages if m["body"].get("to") == wa_id][-1]
    assert "Antrian Anda sudah tercatat" in last["interactive"]["body"]["text"], last
    tally.runs += 1


def _in_chat(rig: Rig, step: Callable[[], None]) -> None:
    """`step` on the service as it is without Flows (today's chat forms): the baseline."""
    with_flows, rig.service = rig.service, rig.chat_service
    try:
        step()
    finally:
        rig.service = with_flows


def main() -> int:
    with bench_rig(flows=frozenset({"registration", "survey"})) as rig:
        rig.post("6281299999999", "warmup", "halo")  # the content cache fills once per instance
        flow_reg, chat_reg, flow_srv, chat_srv = Tally(), Tally(), Tally(), Tally()
        serial = 0
        for n in range(RESIDENTS):
            serial += 1
            _registration(rig, flow_reg, f"62812{serial:08d}", serial, True)
            serial += 1
            _in_chat(rig, lambda s=serial: _registration(rig, chat_reg, f"62812{s:08d}", s, False))
            _survey(rig, flow_srv, f"62813{n:08d}", True)
            _in_chat(rig, lambda n=n: _survey(rig, chat_srv, f"62814{n:08d}", False))
    with bench_rig(QUEUE_OFFICE, flows=frozenset({"booking"})) as rig:
        rig.post("6281299999999", "warmup", "halo")
        flow_bkg, chat_bkg, short_bkg = Tally(), Tally(), Tally()
        rig.post("6281299999998", "warmup.b", "antrian")  # the endpoint's content cache fills on its first page
        rig.complete_form("6281299999998", {"layanan": "kk"}, first_free=True)
        for n in range(RESIDENTS):
            _booking(rig, flow_bkg, f"62815{n:08d}", "form")
            _in_chat(rig, lambda n=n: _booking(rig, chat_bkg, f"62816{n:08d}", "chat"))
            _in_chat(rig, lambda n=n: _booking(rig, short_bkg, f"62817{n:08d}", "shortcut"))
    print(f"per completed form, {RESIDENTS} residents each (registration: the form, notify_admins, one PROSES)")
    print(flow_reg.line("registration on one screen (Flow)"))
    print(chat_reg.line("registration in the chat (Isi sekaligus)"))
    print(flow_srv.line("survey on one screen (Flow)"))
    print(chat_srv.line("survey in the chat (9 answers + suggestion)"))
    print(flow_bkg.line("booking on one screen (Flow, its 4 pages)"))
    print(chat_bkg.line("booking in the chat, the same choices"))
    print(short_bkg.line("booking in the chat, 'antri ktp lusa'"))
    flow_ops, chat_ops = (t.reads + t.writes for t in (flow_reg, chat_reg))
    survey_ops, chat_survey_ops = (t.reads + t.writes for t in (flow_srv, chat_srv))
    booking_ops, chat_booking_ops, short_ops = (t.reads + t.writes for t in (flow_bkg, chat_bkg, short_bkg))
    print(f"booking on one screen beside the chat's shortcut: {(booking_ops - short_ops) / RESIDENTS:+.1f} operations, "
          f"{(flow_bkg.to_resident - short_bkg.to_resident) / RESIDENTS:+.1f} messages (its day page reads each "
          "day's places; the shortcut reads one day)")  # fmt: skip
    checks = [
        ("registration ≤ 3 messages to the resident", flow_reg.to_resident / RESIDENTS <= 3),
        ("survey ≤ 2 messages to the resident", flow_srv.to_resident / RESIDENTS <= 2),
        ("booking ≤ 3 messages to the resident (a reminder, when asked for, not counted)",
         flow_bkg.to_resident / RESIDENTS <= 3),
        ("registration: Firestore operations ≤ the chat's", flow_ops <= chat_ops),
        ("survey: Firestore operations ≤ the chat's", survey_ops <= chat_survey_ops),
        ("booking: Firestore operations ≤ the chat's through the same choices", booking_ops <= chat_booking_ops),
    ]  # fmt: skip
    print("budgets: " + "; ".join(f"{name}: {'ok' if ok else 'BROKEN'}" for name, ok in checks))
    return 0 if all(ok for _, ok in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
