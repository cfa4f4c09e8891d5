"""python -m puspa.app.readiness_import FILE.csv [--office PHONE_NUMBER_ID] [--dry-run]

Imports the staff's spreadsheet of documents (CSV; columns: nomor, jenis, desa, tanggal_lahir,
tanggal_siap, tanggal_diambil) into Firestore. Every row is checked first; any problem stops the
whole import and is reported in Indonesian with its line number. Running the same file twice
changes nothing and notifies nobody twice. The date of birth is stored only as a keyed hash.
"""

from __future__ import annotations

import argparse
import csv
import functools
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from puspa.app.bootstrap import utc_now
from puspa.app.config import settings_from_environment
from puspa.domain.privacy import message_tag, tag_key
from puspa.domain.readiness import COLUMNS, parse_rows, secret_material
from puspa.store import FirestoreReadinessStore, FirestoreStore


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m puspa.app.readiness_import", description="Impor data dokumen jadi."
    )
    parser.add_argument("file", type=Path)
    parser.add_argument("--office", default="", help="phone_number_id kantor (bawaan: WHATSAPP_PHONE_NUMBER_ID)")
    parser.add_argument("--dry-run", action="store_true", help="hanya periksa file")
    args = parser.parse_args(argv)
    try:
        with args.file.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in COLUMNS if c not in {(h or "").strip().lower() for h in reader.fieldnames or ()}]
            rows = list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        print(f"File tidak bisa dibaca: {exc}", file=sys.stderr)
        return 2
    if missing:
        print(f"Kolom belum ada di baris 1: {', '.join(missing)}", file=sys.stderr)
        return 1
    records, problems = parse_rows(rows)
    if problems:
        print(f"Data TIDAK diimpor: ada {len(problems)} masalah.", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    print(f"File valid: {len(records)} dokumen.")
    if args.dry_run:
        return 0
    settings = settings_from_environment()
    office = args.office or settings.whatsapp_phone_number_id
    keyed = functools.partial(message_tag, tag_key(settings.hash_secret))
    store = FirestoreReadinessStore(FirestoreStore.for_project(settings.google_cloud_project))
    now = utc_now()
    outcomes = Counter(
        store.save_document(office, row.record, keyed(secret_material(office, row.record.number, row.secret)),
                            "impor spreadsheet", now)
        for row in records
    )  # fmt: skip
    print(f"Selesai: {outcomes['baru']} baru, {outcomes['diubah']} diubah, {outcomes['sama']} sama.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
