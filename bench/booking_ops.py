"""Firestore operations and outbound WhatsApp messages per counter booking ("Ambil antrian"), through
the real service, store (Google's emulator) and Graph API client (stand-in over HTTP), on the test
office's antrian.yaml (tests/data/offices/cileungsi-filled: KTP-el, 4 places an hour, 5 hours)."""

from __future__ import annotations

from pathlib import Path

from bench.rig import bench_rig

RESIDENTS = 10
OFFICE = Path(__file__).parents[1] / "tests" / "data" / "offices" / "cileungsi-filled"


def main() -> None:
    with bench_rig(OFFICE) as rig:
        rig.post("6281299999999", "warmup", "halo")  # the content cache fills once per instance
        sent_before = len(rig.standin.state.messages)
        steps = {"hours": (0, 0), "hour": (0, 0), "confirm": (0, 0), "cancel": (0, 0)}

        def add(name: str, pair: tuple[int, int]) -> None:
            steps[name] = (steps[name][0] + pair[0], steps[name][1] + pair[1])

        for n in range(RESIDENTS):
            wa_id = f"62812000{n:05d}"
            add("hours", rig.counted(lambda wa_id=wa_id, n=n: rig.post(wa_id, f"b{n}.1", "antri ktp besok")))
            add("hour", rig.counted(lambda wa_id=wa_id, n=n: rig.post(wa_id, f"b{n}.2", str(n % 5 + 1))))
            add("confirm", rig.counted(lambda wa_id=wa_id, n=n: rig.post(wa_id, f"b{n}.3", "1")))  # "Ya, ambil"
        booked = len(rig.standin.state.messages) - sent_before
        made = len(list(rig.store.client.collection("bookings").stream()))
        if made != RESIDENTS:  # the figures below would be of something else
            raise SystemExit(f"{made} bookings made, not {RESIDENTS}: the typed answers no longer fit the screens")
        for n in range(RESIDENTS):
            wa_id = f"62812000{n:05d}"
            add("cancel", rig.counted(lambda wa_id=wa_id, n=n: rig.post(wa_id, f"c{n}.1", "antrian")))
        total = tuple(sum(steps[k][i] for k in ("hours", "hour", "confirm")) for i in (0, 1))

        def per(pair: tuple[int, ...]) -> str:
            return f"{pair[0] / RESIDENTS:5.1f} reads {pair[1] / RESIDENTS:5.1f} writes"

        print(
            f"bookings {RESIDENTS}: 'antri ktp besok' (the hours of tomorrow), an hour typed, 'Ya, ambil' (no reminder)"
        )
        print(f"the hours with free places     {per(steps['hours'])}   (session; the day's tally)")
        print(f"an hour chosen                 {per(steps['hour'])}   (session only: the confirmation is pure)")
        print(f"confirmed                      {per(steps['confirm'])}   (session; tally hint, booking, hold; "
              "place, booking, tally, hold)")  # fmt: skip
        print(f"per booking (3 messages)       {per(total)}")
        print(f"'antrian' (one's bookings)     {per(steps['cancel'])}   (session; the resident's bookings query)")
        print(f"outbound WhatsApp messages     {booked / RESIDENTS:5.1f} per booking (one answer per message; "
              "a reminder adds 1 when asked for)")  # fmt: skip


if __name__ == "__main__":
    main()
