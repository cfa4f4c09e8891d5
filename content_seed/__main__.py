"""python -m content_seed [--office jonggol] [--phone-number-id ID] [--dry-run]

Validates the office's content files, prints what would change, and publishes them to Firestore
(`offices/{phone_number_id}`) in one write. Messages are in Indonesian: staff run this.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from content_seed.files import OFFICES_DIR, load_bundle
from content_seed.publish import diff, validate, version_of
from puspa.errors import ContentError, StoreError


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m content_seed", description="Terbitkan konten PUSPA ke Firestore.")
    parser.add_argument(
        "--office",
        default="jonggol",
        help="nama folder di content_seed/offices, atau path folder konten (bawaan: jonggol)",
    )
    parser.add_argument(
        "--phone-number-id",
        default=os.environ.get("WHATSAPP_PHONE_NUMBER_ID", ""),
        help="phone_number_id WhatsApp kantor ini (bawaan: $WHATSAPP_PHONE_NUMBER_ID)",
    )
    parser.add_argument("--dry-run", action="store_true", help="hanya periksa dan tampilkan perubahan")
    args = parser.parse_args(argv)

    office_dir = Path(args.office) if "/" in args.office else OFFICES_DIR / args.office
    if not office_dir.is_dir():
        print(f"Folder kantor tidak ditemukan: {office_dir}", file=sys.stderr)
        return 2
    try:
        bundle = load_bundle(office_dir)
        content = validate(bundle)
    except ContentError as exc:
        print(f"Konten TIDAK diterbitkan: ada {len(exc.problems)} masalah.", file=sys.stderr)
        for problem in exc.problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    print(f"Konten {args.office} valid: {len(content.categories)} kategori, {len(content.services)} layanan.")

    project = os.environ.get("GOOGLE_CLOUD_PROJECT", "")
    if not args.phone_number_id or not project:
        print("Isi GOOGLE_CLOUD_PROJECT dan --phone-number-id (atau WHATSAPP_PHONE_NUMBER_ID).", file=sys.stderr)
        return 2
    from puspa.store import FirestoreStore  # imported late: validation alone needs no Firestore

    store = FirestoreStore.for_project(project)
    try:
        current = store.load_content(args.phone_number_id)
        changes = diff(current[1] if current else None, bundle)
        if changes.empty:
            print("Tidak ada perubahan: konten yang terbit sudah sama.")
            return 0
        for label, names in (("Ditambah", changes.added), ("Diubah", changes.changed), ("Dihapus", changes.removed)):
            for name in names:
                print(f"  {label}: {name}")
        if args.dry_run:
            print("Uji coba (--dry-run): tidak ada yang ditulis.")
            return 0
        store.publish_content(args.phone_number_id, version_of(bundle), bundle, published_by=getpass.getuser())
    except StoreError as exc:
        print(f"Gagal menghubungi Firestore: {exc}", file=sys.stderr)
        return 3
    print(f"Terbit: versi {version_of(bundle)} untuk nomor {args.phone_number_id}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
