"""Firestore operations per question and per answer, through the real service, stores (Google's
emulator), Graph API client (stand-in over HTTP), notify_admins and SMTP (aiosmtpd)."""

from __future__ import annotations

from bench.rig import OFFICE_ID, STAFF, bench_rig

RESIDENTS = 10
QUESTION = "Apakah surat pindah bisa diurus di desa atau harus ke kecamatan?"


def main() -> None:
    with bench_rig() as rig:
        from puspa.eventarc import DocumentEvent

        rig.post("6281299999999", "warmup", "halo")  # the content cache fills once per instance
        totals = {"ask": (0, 0), "notify": (0, 0), "answer": (0, 0), "close": (0, 0)}

        def add(name: str, pair: tuple[int, int]) -> None:
            totals[name] = (totals[name][0] + pair[0], totals[name][1] + pair[1])

        for n in range(RESIDENTS):
            wa_id, code = f"62812000{n:05d}", f"TNY-2026-{n + 1:04d}"
            add("ask", rig.counted(lambda wa_id=wa_id, n=n: (rig.post(wa_id, f"q{n}.1", "tanya petugas"),
                                                             rig.post(wa_id, f"q{n}.2", QUESTION))))  # fmt: skip
            snapshot = rig.tickets._ref(OFFICE_ID, code).get()
            event = DocumentEvent("e", "created", rig.clock[0], f"tickets/{snapshot.id}", snapshot.to_dict())
            add("notify", rig.counted(lambda event=event: rig.notify.handle(event)))
            add(
                "answer",
                rig.counted(lambda code=code, n=n: rig.post(STAFF, f"a{n}", f"JAWAB {code} Bisa di desa, Bu.")),
            )
            add("close", rig.counted(lambda wa_id=wa_id, code=code, n=n: rig.post(wa_id, f"c{n}", f"jelas {code}")))

        def per(pair: tuple[int, int]) -> str:
            return f"{pair[0] / RESIDENTS:5.1f} reads {pair[1] / RESIDENTS:5.1f} writes"

        print(f"questions {RESIDENTS}: 'tanya petugas' + the question, notify_admins, one JAWAB, 'jelas'")
        ask = "(sessions; open-question query, key, counter, ticket; done)"
        print(f"per question (2 messages)   {per(totals['ask'])}   {ask}")
        print(f"notify_admins (per question){per(totals['notify'])}   (e-mail + 1 staff: claim, mark, reply ref)")
        print(f"per answer (JAWAB)          {per(totals['answer'])}   (staff session, ticket, window, done)")
        print(f"per close ('jelas')         {per(totals['close'])}")
        outbound = (len(rig.standin.state.messages) - 1) / RESIDENTS
        print(f"outbound WhatsApp messages  {outbound:5.1f} per question; e-mails {len(rig.mail.messages)}")


if __name__ == "__main__":
    main()
