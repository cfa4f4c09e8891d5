"""Firestore operations per registration: the dialogue, Kirim, a staff status change and
notify_admins, through the real service, stores (Google's emulator), Graph API client (stand-in
over HTTP) and SMTP (aiosmtpd)."""

from __future__ import annotations

from bench.rig import OFFICE_ID, STAFF, bench_rig

ANSWERS = ["daftar resepsi", "1", "Siti Rahmawati", "3201064512900001", "cibodas", "3/5", "1", "19-12-2026",
           "08.00-14.00", "Kp. Cibodas RT 03/05, Desa Cibodas", "300", "1", "1"]  # fmt: skip
RESIDENTS = 10


def main() -> None:
    with bench_rig() as rig:
        from puspa.eventarc import DocumentEvent

        rig.post("6281299999999", "warmup", "halo")  # the content cache fills once per instance
        totals = {"dialogue": (0, 0), "kirim": (0, 0), "staff": (0, 0), "notify": (0, 0)}

        def add(name: str, pair: tuple[int, int]) -> None:
            totals[name] = (totals[name][0] + pair[0], totals[name][1] + pair[1])

        for n in range(RESIDENTS):
            wa_id = f"62812000{n:05d}"
            code = f"RSP-2026-{n + 1:04d}"
            add(
                "dialogue",
                rig.counted(lambda wa_id=wa_id, n=n: [rig.post(wa_id, f"w{n}.{i}", t) for i, t in enumerate(ANSWERS)]),
            )
            add("kirim", rig.counted(lambda wa_id=wa_id, n=n: rig.post(wa_id, f"w{n}.send", "1")))
            add("staff", rig.counted(lambda code=code, n=n: rig.post(STAFF, f"s{n}", f"PROSES {code}")))
            snapshot = rig.store._client.collection("registrations").document(f"{OFFICE_ID}_{code}").get()
            event = DocumentEvent("e", "created", rig.clock[0], f"registrations/{snapshot.id}", snapshot.to_dict())
            add("notify", rig.counted(lambda event=event: rig.notify.handle(event)))

        def per(pair: tuple[int, int], n: int) -> str:
            return f"{pair[0] / n:5.1f} reads {pair[1] / n:5.1f} writes"

        print(f"registrations {RESIDENTS}, {len(ANSWERS)} messages of dialogue each, then Kirim and one staff PROSES")
        print(f"dialogue (per message)      {per(totals['dialogue'], RESIDENTS * len(ANSWERS))}")
        print(f"Kirim (per registration)    {per(totals['kirim'], RESIDENTS)}   (session; key, counter, registration)")
        print(f"staff PROSES (per change)   {per(totals['staff'], RESIDENTS)}   (staff session, registration, window)")
        print(f"notify_admins (per event)   {per(totals['notify'], RESIDENTS)}   (2 channels: claim + mark sent each)")
        whole = (sum(v[0] for v in totals.values()), sum(v[1] for v in totals.values()))
        print(f"whole registration          {per(whole, RESIDENTS)}")
        outbound = (len(rig.standin.state.messages) - 1) / RESIDENTS
        print(f"outbound WhatsApp messages  {outbound:5.1f} per registration; e-mails {len(rig.mail.messages)}")


if __name__ == "__main__":
    main()
