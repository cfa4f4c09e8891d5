"""Cost of one papers check (cek berkas), through the real service, stores (Google's Firestore emulator,
the Cloud Storage emulator), Graph API client (stand-in over HTTP: media served as Meta serves them),
notify_admins, view_papers and SMTP: Firestore operations, Cloud Storage operations and WhatsApp
messages per step, for residents who each send three photos at once.

    PYTHONPATH=functions:. .venv/bin/python -m bench.papers_ops
"""

from __future__ import annotations

import functools
import os
import tempfile
from pathlib import Path
from typing import Any

from bench.rig import OFFICE_ID, SECRET, STAFF, Rig, bench_rig
from localdev.payloads import envelope
from localdev.storage_emulator import start_storage_emulator, write_signing_key
from tests.fakes import JPEG

RESIDENTS = 5
PHOTOS = 3
VIEW_URL = "http://view.local"


def _photo(rig: Rig, wa_id: str, wamid: str, n: int) -> None:
    from datetime import timedelta

    from puspa.whatsapp.webhook import sign

    media_id = rig.standin.put_media(JPEG + bytes([n]) * 100_000, "image/jpeg")  # a ~100 kB photo
    image = {"id": media_id, "mime_type": "image/jpeg", "sha256": "x"}
    raw = envelope(OFFICE_ID, {"from": wa_id, "id": wamid, "timestamp": "1764061200", "type": "image", "image": image})
    assert rig.service.receive(raw, sign(raw, SECRET))[1] == 200
    rig.clock[0] += timedelta(seconds=2)  # photos picked together arrive seconds apart


class Meter:
    """Firestore (reads, writes), bucket (writes, lists, deletes, signatures) and WhatsApp messages of a step."""

    def __init__(self, rig: Rig, bucket: Any) -> None:
        self.rig, self.bucket = rig, bucket
        self.totals: dict[str, list[int]] = {}

    def __call__(self, name: str, step: Any) -> Any:
        store, files, standin = self.rig.store.count, self.bucket.count, self.rig.standin.state
        before = (store.reads, store.writes + store.deletes, files.writes, files.lists, files.deletes, files.signed,
                  len(standin.messages), len(self.rig.mail.messages))  # fmt: skip
        result = step()
        after = (store.reads, store.writes + store.deletes, files.writes, files.lists, files.deletes, files.signed,
                 len(standin.messages), len(self.rig.mail.messages))  # fmt: skip
        row = self.totals.setdefault(name, [0] * len(before))
        for i, (a, b) in enumerate(zip(after, before, strict=True)):
            row[i] += a - b
        return result

    def line(self, name: str, label: str, per: int = RESIDENTS) -> str:
        r, w, up, ls, rm, sg, wa, mail = (v / per for v in self.totals[name])
        return (f"{label:34} Firestore {r:4.1f} reads {w:4.1f} writes | Storage {up:3.1f} writes {ls:3.1f} lists "
                f"{rm:3.1f} deletes {sg:4.1f} signed | WhatsApp {wa:3.1f} | e-mail {mail:3.1f}")  # fmt: skip


def main() -> None:
    storage = start_storage_emulator()
    os.environ["STORAGE_EMULATOR_HOST"] = storage.host
    key = write_signing_key(Path(tempfile.mkdtemp(prefix="bench-signing-")))
    try:
        from puspa.app.handlers.papers import view_link
        from puspa.app.papers_view import PapersViewService
        from puspa.bucket import PapersBucket
        from puspa.eventarc import DocumentEvent
        from puspa.store.papers import FirestorePapersStore

        bucket = PapersBucket.for_project("demo-puspa-bench", storage.bucket, str(key), storage.host)
        links = functools.partial(view_link, VIEW_URL, SECRET)
        with bench_rig(papers=bucket, links=links) as rig:
            meter = Meter(rig, bucket)
            papers = FirestorePapersStore(rig.store)
            view = PapersViewService(SECRET, papers, bucket, lambda: rig.clock[0])
            rig.post("6281299999999", "warmup", "halo")
            for n in range(RESIDENTS):
                wa_id = f"62812000{n:05d}"
                meter("start", lambda wa_id=wa_id, n=n: (rig.post(wa_id, f"b{n}.1", "cek berkas"),
                                                         rig.tap(wa_id, f"b{n}.2", "brk:svc:kk"),
                                                         rig.tap(wa_id, f"b{n}.3", "brk:agree")))  # fmt: skip
                for k in range(PHOTOS):
                    meter("photo", lambda wa_id=wa_id, n=n, k=k: _photo(rig, wa_id, f"b{n}.p{k}", k))
                meter("done", lambda wa_id=wa_id, n=n: rig.post(wa_id, f"b{n}.4", "selesai"))
                code = f"BRK-2026-{n + 1:04d}"
                assert papers.find_papers(OFFICE_ID, wa_id, code)
                notice = rig.store.client.collection("notices").document(f"{OFFICE_ID}_{code}_1").get()
                event = DocumentEvent("e", "created", rig.clock[0], f"notices/{notice.id}", notice.to_dict())
                meter("notify", lambda event=event: rig.notify.handle(event))
                token = links(OFFICE_ID, code, STAFF, rig.clock[0]).partition("#")[2]
                page = meter("view", lambda token=token: view.open(token))
                assert page[1] == 200 and page[0].count("X-Goog-Signature") == PHOTOS
                meter("answer", lambda code=code, n=n: rig.post(STAFF, f"s{n}", f"LENGKAP {code}"))
                meter("erase", lambda wa_id=wa_id, n=n: (rig.post(wa_id, f"e{n}.1", "HAPUS DATA SAYA"),
                                                         rig.tap(wa_id, f"e{n}.2", "delete:yes")))  # fmt: skip
                assert bucket.names_under(f"{OFFICE_ID}/") == [] and not papers.find_papers(OFFICE_ID, wa_id, "")

            print(f"papers checks {RESIDENTS}: 'cek berkas', a card, Setuju; {PHOTOS} photos at once; Selesai; "
                  "notify_admins (e-mail + 1 staff number); one view; LENGKAP; HAPUS DATA SAYA")  # fmt: skip
            print(meter.line("start", "start (3 messages)"))
            print(meter.line("photo", "per photo", RESIDENTS * PHOTOS))
            print(meter.line("done", "Selesai (code, notice)"))
            print(meter.line("notify", "notify_admins (per record)"))
            print(meter.line("view", f"one staff view ({PHOTOS} files)"))
            print(meter.line("answer", "LENGKAP (resident told)"))
            print(meter.line("erase", "HAPUS DATA SAYA (2 messages)"))
            whole = [sum(meter.totals[s][i] for s in ("start", "photo", "done", "notify", "view", "answer"))
                     for i in range(8)]  # fmt: skip
            r, w, up, _, _, sg, wa, mail = (v / RESIDENTS for v in whole)
            print(f"a whole check with {PHOTOS} photos: Firestore {r:.1f} reads {w:.1f} writes; Storage {up:.1f} "
                  f"writes {sg:.1f} signatures; {wa:.1f} WhatsApp messages; {mail:.1f} e-mails")  # fmt: skip
    finally:
        storage.stop()


if __name__ == "__main__":
    main()
