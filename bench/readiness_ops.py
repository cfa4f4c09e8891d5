"""Firestore operations per document lookup and per imported row, through the real service and stores
(Google's emulator) and the Graph API stand-in."""

from __future__ import annotations

from datetime import date

from bench.rig import OFFICE_ID, STAFF, bench_rig

ROWS = 20


def main() -> None:
    with bench_rig() as rig:
        from puspa.domain.readiness import DocumentRecord, Readiness

        rig.post("6281299999999", "warmup", "halo")
        from puspa.store import FirestoreReadinessStore

        docs = FirestoreReadinessStore(rig.store)
        key = rig.service._effects._message_key

        def imported(number: str, ready: bool) -> None:
            state = Readiness.READY if ready else Readiness.PROCESSING
            record = DocumentRecord(number, "ktp_el", "Cibodas", state, date(2026, 11, 20) if ready else None)
            secret = key(f"secret:{OFFICE_ID}:{number}:1990-08-17")
            docs.save_document(OFFICE_ID, record, secret, "bench", rig.clock[0])

        new = rig.counted(lambda: [imported(f"KTP-{n:04d}", n % 2 == 0) for n in range(ROWS)])
        again = rig.counted(lambda: [imported(f"KTP-{n:04d}", n % 2 == 0) for n in range(ROWS)])
        lookup = rig.counted(lambda: (rig.post("6281200000001", "l1", "cek dokumen"),
                                      rig.post("6281200000001", "l2", "KTP-0000"),
                                      rig.post("6281200000001", "l3", "17-08-1990")))  # fmt: skip
        rig.post("6281200000003", "k1", "cek dokumen")
        rig.post("6281200000003", "k2", "KTP-0001")
        rig.post("6281200000003", "k3", "17-08-1990")
        notify_id = rig.buttons_sent_to("6281200000003")["Kabari saya"]
        kabari = rig.counted(lambda: rig.tap("6281200000003", "k4", notify_id))
        assert "Kabari saya" not in rig.buttons_sent_to("6281200000003")  # subscribed: not asked for the date
        wrong = rig.counted(lambda: (rig.post("6281200000002", "w1", "cek dokumen"),
                                     rig.post("6281200000002", "w2", "KTP-0000"),
                                     rig.post("6281200000002", "w3", "01-01-1970")))  # fmt: skip
        mark = rig.counted(lambda: rig.post(STAFF, "s1", "SIAP KTP-0001"))
    print(
        f"import: {new[0] / ROWS:.1f} reads + {new[1] / ROWS:.1f} writes per new row; "
        f"{again[0] / ROWS:.1f} reads + {again[1] / ROWS:.1f} writes per unchanged row (re-import)"
    )
    print(
        f"lookup (3 messages: cek dokumen, number, date of birth): {lookup[0]} reads + {lookup[1]} writes; "
        f"the lookup itself 2 reads (the sender's failures today, the record)"
    )
    print(
        f"'Kabari saya' right after the lookup: {kabari[0]} reads + {kabari[1]} writes, no date of birth asked "
        f"(the session turn; the record read and the subscriber written; done)"
    )
    print(f"failed lookup: {wrong[0]} reads + {wrong[1]} writes (one more write: the day's failure count)")
    print(f"staff SIAP: {mark[0]} reads + {mark[1]} writes (staff session, the record, its notice, done)")


if __name__ == "__main__":
    main()
