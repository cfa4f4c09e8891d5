"""Firestore operations and outbound WhatsApp messages per registration: the dialogue (both ways of
filling it in), Kirim, notify_admins and a staff status change, through the real service, stores
(Google's emulator), Graph API client (stand-in over HTTP) and SMTP (aiosmtpd).

Every outbound message counts: Meta bills templates per message, and since 1 October 2026 free-form
replies inside the 24-hour window per message too (as Meta's partners report it, e.g. ChakraHQ and
charles; confirm on Meta's pricing page); each one also spends the per-user pair rate limit (131056).

    PYTHONPATH=functions:. .venv/bin/python -m bench.registration_ops
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from bench.rig import OFFICE_ID, STAFF, Rig, bench_rig

ONE_BY_ONE = ["daftar resepsi", "2", "Siti Rahmawati", "3201064512900001", "cibodas", "3/5", "1", "19-12-2026",
              "08.00-14.00", "Kp. Cibodas RT 03/05, Desa Cibodas", "300", "1", "1"]  # fmt: skip
FORM = (
    "Nama: Siti Rahmawati\nNIK: 3201064512900001\nDesa: Cibodas\nRT/RW: 003/005\nJenis acara: pernikahan\n"
    "Tanggal acara: 19-12-2026\nJam acara: 08.00-14.00\nTempat acara: Kp. Cibodas RT 03/05, Desa Cibodas\n"
    "Perkiraan tamu: 300\nHiburan: organ tunggal\nNomor HP: 081200000000"
)
AT_ONCE = ["daftar resepsi", "1", FORM]
# A form sent with a 14-digit NIK and two lines left empty, then the three lines sent again.
MISTAKES = FORM.replace("3201064512900001", "32010645129000").replace("Perkiraan tamu: 300", "Perkiraan tamu: ")
CORRECTED = [
    "daftar resepsi", "1", MISTAKES.replace("Hiburan: organ tunggal", "Hiburan: "),
    "NIK: 3201064512900001\nPerkiraan tamu: 300\nHiburan: organ tunggal",
]  # fmt: skip
RESIDENTS = 4  # per way of filling in


@dataclass
class Phase:
    reads: int = 0
    writes: int = 0
    messages: int = 0
    inbound: int = 0
    runs: int = 0

    def add(self, rig: Rig, step: Callable[[], object], inbound: int) -> None:
        ops: list[tuple[int, int]] = []
        self.messages += rig.messages_during(lambda: ops.append(rig.counted(step)))
        self.reads, self.writes = self.reads + ops[0][0], self.writes + ops[0][1]
        self.inbound += inbound
        self.runs += 1

    def line(self, label: str, note: str = "") -> str:
        n = max(self.runs, 1)
        per_message = (
            f"; per inbound {self.reads / self.inbound:.1f} R {self.writes / self.inbound:.1f} W"
            if self.inbound
            else ""
        )
        counts = f"{self.messages / n:5.1f} messages {self.reads / n:6.1f} reads {self.writes / n:6.1f} writes"
        return f"{label:34s}{counts}{per_message}{note}"


@dataclass
class Way:
    name: str
    answers: list[str]
    dialogue: Phase = field(default_factory=Phase)
    kirim: Phase = field(default_factory=Phase)
    staff: Phase = field(default_factory=Phase)
    notify: Phase = field(default_factory=Phase)

    def whole(self) -> tuple[float, float, float]:
        phases = (self.dialogue, self.kirim, self.staff, self.notify)
        messages, reads, writes = (
            sum(getattr(p, k) for p in phases) / RESIDENTS for k in ("messages", "reads", "writes")
        )
        return messages, reads, writes


def _post_all(rig: Rig, messages: list[tuple[str, str, str]]) -> None:
    for wa_id, wamid, text in messages:
        rig.post(wa_id, wamid, text)


def main() -> None:
    with bench_rig() as rig:
        from puspa.eventarc import DocumentEvent

        rig.post("6281299999999", "warmup", "halo")  # the content cache fills once per instance
        ways = [
            Way("isi sekaligus", AT_ONCE),
            Way("isi sekaligus, one round of corrections", CORRECTED),
            Way("satu per satu", ONE_BY_ONE),
        ]
        serial = 0
        for w, way in enumerate(ways):
            for n in range(RESIDENTS):
                serial += 1
                wa_id, code, tag = f"62812{serial:08d}", f"RSP-2026-{serial:04d}", f"w{w}r{n}"
                messages = [(wa_id, f"{tag}.{i}", text) for i, text in enumerate(way.answers)]
                way.dialogue.add(rig, partial(_post_all, rig, messages), len(messages))
                way.kirim.add(rig, partial(rig.post, wa_id, f"{tag}.send", "1"), 1)
                snapshot = rig.store.client.collection("registrations").document(f"{OFFICE_ID}_{code}").get()
                assert snapshot.exists, f"{way.name}: no registration {code}"
                way.staff.add(rig, partial(rig.post, STAFF, f"s{tag}", f"PROSES {code}"), 1)
                event = DocumentEvent("e", "created", rig.clock[0], f"registrations/{snapshot.id}", snapshot.to_dict())
                way.notify.add(rig, partial(rig.notify.handle, event), 0)

        print(
            f"registrations: {RESIDENTS} per way of filling in the form, each then Kirim, notify_admins and one PROSES"
        )
        for way in ways:
            print(f"\n{way.name} ({len(way.answers)} messages from the resident before Kirim)")
            print(way.dialogue.line("  dialogue up to the summary"))
            print(way.kirim.line("  Kirim", "   (session; key, counter, registration; done)"))
            print(
                way.notify.line("  notify_admins (per event)", "   (staff WhatsApp + e-mail: claim + mark sent each)")
            )
            print(way.staff.line("  staff PROSES (per action)", "   (staff session, registration, window, done)"))
            messages, reads, writes = way.whole()
            print(f"  {'whole registration':32s}{messages:5.1f} messages {reads:6.1f} reads {writes:6.1f} writes")
        counts = ", ".join(f"{way.whole()[0]:.1f} ({way.name})" for way in ways)
        print(f"\noutbound WhatsApp messages per completed registration (budget 8): {counts}; "
              f"e-mails {len(rig.mail.messages)}")  # fmt: skip


if __name__ == "__main__":
    main()
