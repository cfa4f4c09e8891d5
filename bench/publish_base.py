"""Publishing a kabupaten base to every office that extends it: 40 kecamatan (copies of the test
office, every value test data) on Google's emulator. Prints the Firestore operations and seconds of
the first publish, of a base change that alters every office, and of a run with nothing changed.

    PYTHONPATH=functions:. python -m bench.publish_base
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

import content_seed.__main__ as publisher
from content_seed.files import BASES_DIR
from localdev.emulator import start_emulator

OFFICES = 40
TEST_OFFICE = Path(__file__).resolve().parents[1] / "tests" / "data" / "offices" / "cileungsi-filled"
PROJECT = "demo-puspa-publish"


def _offices(root: Path) -> None:
    shutil.copytree(BASES_DIR, root / "bases")
    for n in range(OFFICES):
        office = root / "offices" / f"uji{n:02d}"
        shutil.copytree(TEST_OFFICE, office)
        dasar = office / "dasar.yaml"
        dasar.write_text(dasar.read_text(encoding="utf-8").replace('"100000000000002"', f'"1000000001{n:05d}"'))


def _run(root: Path, store: Any) -> tuple[int, int, float]:
    store.count.reads = store.count.writes = 0
    started = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        code = publisher.publish_base("kabupaten-bogor", root, dry_run=False)
    assert code == 0, code
    return store.count.reads, store.count.writes, time.perf_counter() - started


def main() -> None:
    from puspa.store import FirestoreStore

    emulator = start_emulator()
    os.environ.update({"FIRESTORE_EMULATOR_HOST": emulator.host, "GOOGLE_CLOUD_PROJECT": PROJECT})
    store = FirestoreStore.for_project(PROJECT)
    publisher._store = lambda _project: store  # type: ignore[assignment]  # count what the publisher does
    try:
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder)
            _offices(root)
            print(f"{OFFICES} offices extending kabupaten-bogor")
            print(f"{'run':<32} {'reads':>6} {'writes':>7} {'seconds':>8}")
            rows = [("first publish", _run(root, store))]
            card = root / "bases" / "kabupaten-bogor" / "layanan" / "kk.yaml"
            card.write_text(card.read_text(encoding="utf-8").replace("diperiksa:", "# bench edit\ndiperiksa:"))
            with card.open("a", encoding="utf-8") as text:
                text.write("catatan: Catatan uji dari bench.\n")
            rows.append(("a base card changed", _run(root, store)))
            rows.append(("nothing changed", _run(root, store)))
            for name, (reads, writes, seconds) in rows:
                print(f"{name:<32} {reads:>6} {writes:>7} {seconds:>8.1f}")
    finally:
        emulator.stop()


if __name__ == "__main__":
    main()
