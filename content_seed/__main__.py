"""python -m content_seed [--office jonggol] [--phone-number-id ID] [--dry-run]
python -m content_seed --base kabupaten-bogor [--dry-run]
python -m content_seed new-office <name> --extends <base>

Validates an office's content files (its base resolved), prints what would change, and publishes them
to Firestore (`offices/{phone_number_id}`) in one write; `--base` does so for every office whose
folder extends the base, each to the number in its `dasar.yaml`. `new-office` scaffolds a joining
office (content_seed.joining). Messages are in Indonesian: staff run this.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from content_seed.bases import OfficeSettings, offices_extending, settings_of
from content_seed.files import CONTENT_DIR, load_bundle
from content_seed.joining import placeholders_in
from content_seed.publish import Changes, diff, validate, version_of
from puspa.domain.content import Content
from puspa.errors import ContentError, StoreError


@dataclass(frozen=True)
class Ready:
    """An office whose content passed every check, and the number it is published to."""

    name: str
    number: str
    bundle: dict[str, Any]
    content: Content


def _problems(header: str, problems: Sequence[str]) -> None:
    print(header, file=sys.stderr)
    for problem in problems:
        print(f"  - {problem}", file=sys.stderr)


@dataclass(frozen=True)
class Checked:
    """An office folder after every check: its bundle and content, or what stops it."""

    bundle: dict[str, Any] | None = None
    content: Content | None = None
    unfilled: tuple[str, ...] = ()  # placeholders left: an office still joining
    problems: tuple[str, ...] = ()


def _check(office_dir: Path, bases_dir: Path) -> Checked:
    left = placeholders_in(office_dir)
    if left:
        return Checked(unfilled=tuple(left))
    try:
        bundle = load_bundle(office_dir, bases_dir)
        return Checked(bundle, validate(bundle))
    except ContentError as exc:
        return Checked(problems=tuple(exc.problems))


def _number(given: str | None, settings: OfficeSettings, name: str) -> tuple[str, str]:
    """(phone_number_id, problem): --phone-number-id, else `nomor_id` of its dasar.yaml, else
    WHATSAPP_PHONE_NUMBER_ID for an office that names no number of its own (as before bases)."""
    if given and settings.number_id and given != settings.number_id:
        return "", (
            f"--phone-number-id {given} berbeda dengan nomor_id {settings.number_id} di offices/{name}/dasar.yaml: "
            "periksa nomor mana yang benar."
        )
    number = given or settings.number_id
    if not number and not settings.number_declared:
        number = os.environ.get("WHATSAPP_PHONE_NUMBER_ID", "").strip()
    if not number:
        return "", f"Nomor kantor {name} belum diketahui: isi nomor_id di dasar.yaml atau --phone-number-id."
    return number, ""


def _store(project: str) -> Any:
    from puspa.store import FirestoreStore  # imported late: validation alone needs no Firestore

    return FirestoreStore.for_project(project)


def _print_changes(changes: Changes, indent: str = "  ") -> None:
    for label, names in (("Ditambah", changes.added), ("Diubah", changes.changed), ("Dihapus", changes.removed)):
        for name in names:
            print(f"{indent}{label}: {name}")


def publish_office(office: str, root: Path, given: str | None, dry_run: bool) -> int:
    office_dir = Path(office) if "/" in office else root / "offices" / office
    if not office_dir.is_dir():
        print(f"Folder kantor tidak ditemukan: {office_dir}", file=sys.stderr)
        return 2
    checked = _check(office_dir, root / "bases")
    if checked.unfilled:
        left = len(checked.unfilled)
        _problems(f"Konten TIDAK diterbitkan: kantor {office} belum selesai diisi ({left} isian \"ISI: …\").",
                  checked.unfilled)  # fmt: skip
        return 1
    if checked.bundle is None or checked.content is None:
        _problems(f"Konten TIDAK diterbitkan: ada {len(checked.problems)} masalah.", checked.problems)
        return 1
    bundle, content = checked.bundle, checked.content
    print(f"Konten {office} valid: {len(content.categories)} kategori, {len(content.services)} layanan.")
    number, problem = _number(given, settings_of(office_dir, []), office_dir.name)
    project = os.environ.get("GOOGLE_CLOUD_PROJECT", "")
    if problem or not project:
        print(problem or "Isi GOOGLE_CLOUD_PROJECT.", file=sys.stderr)
        return 2
    store = _store(project)
    try:
        current = store.load_content(number)
        changes = diff(current[1] if current else None, bundle)
        if changes.empty:
            print("Tidak ada perubahan: konten yang terbit sudah sama.")
            return 0
        _print_changes(changes)
        if dry_run:
            print("Uji coba (--dry-run): tidak ada yang ditulis.")
            return 0
        store.publish_content(number, version_of(bundle), bundle, published_by=getpass.getuser())
    except StoreError as exc:
        print(f"Gagal menghubungi Firestore: {exc}", file=sys.stderr)
        return 3
    print(f"Terbit: versi {version_of(bundle)} untuk nomor {number}.")
    return 0


def publish_base(base: str, root: Path, dry_run: bool) -> int:
    """Every office extending `base`: all are checked before anything is written; an office still
    being filled in (placeholders, no nomor_id) is skipped and named, a broken one stops them all."""
    offices, unreadable = offices_extending(base, root / "offices")
    if not offices and not unreadable:
        print(f"Tidak ada kantor di {root / 'offices'} yang memakai dasar {base}.", file=sys.stderr)
        return 2
    ready: list[Ready] = []
    skipped: dict[str, list[str]] = {}
    broken = {  # it may extend this base: a base change must not silently pass it by
        name: [*problems, "dasar.yaml tidak bisa dibaca, jadi tidak jelas kantor ini memakai dasar apa"]
        for name, problems in unreadable.items()
    }
    for office_dir, settings in offices:
        name = office_dir.name
        checked = _check(office_dir, root / "bases")
        if checked.unfilled:
            skipped[name] = [
                f'{len(checked.unfilled)} isian masih "ISI: …"; lihat: python -m content_seed --office {name}'
            ]
        elif checked.bundle is None or checked.content is None:
            broken[name] = list(checked.problems)
        elif not settings.number_id:
            skipped[name] = ["nomor_id belum diisi di dasar.yaml"]
        else:
            ready.append(Ready(name, settings.number_id, checked.bundle, checked.content))
    for name, reasons in skipped.items():
        print(f"Dilewati, belum siap: {name} ({'; '.join(reasons)}).", file=sys.stderr)
    if broken:
        for name, problems in broken.items():
            _problems(f"Kantor {name}: ada {len(problems)} masalah.", problems)
        print(f"Dasar {base} TIDAK diterbitkan ke kantor mana pun: perbaiki dulu {len(broken)} kantor di atas.",
              file=sys.stderr)  # fmt: skip
        return 1
    numbers = [office.number for office in ready]
    twice = sorted({n for n in numbers if numbers.count(n) > 1})
    if twice:
        print(f"Nomor yang sama dipakai lebih dari satu kantor: {', '.join(twice)}. Tidak ada yang diterbitkan.",
              file=sys.stderr)  # fmt: skip
        return 1
    for office in ready:
        print(f"Konten {office.name} valid: {len(office.content.categories)} kategori, "
              f"{len(office.content.services)} layanan.")  # fmt: skip
    if not ready:
        print(f"Tidak ada yang diterbitkan: belum ada kantor dasar {base} yang siap.", file=sys.stderr)
        return 1
    project = os.environ.get("GOOGLE_CLOUD_PROJECT", "")
    if not project:
        print("Isi GOOGLE_CLOUD_PROJECT.", file=sys.stderr)
        return 2
    store = _store(project)
    published, failed = 0, []
    for office in ready:
        print(f"Kantor {office.name} (nomor {office.number}):")
        try:
            current = store.load_content(office.number)
            changes = diff(current[1] if current else None, office.bundle)
            if changes.empty:
                print("  Tidak ada perubahan: konten yang terbit sudah sama.")
                continue
            _print_changes(changes)
            if not dry_run:
                version = version_of(office.bundle)
                store.publish_content(office.number, version, office.bundle, published_by=getpass.getuser())
                print(f"  Terbit: versi {version}.")
                published += 1
        except StoreError as exc:  # one office's failure does not stop the others
            print(f"  Gagal menghubungi Firestore: {exc}", file=sys.stderr)
            failed.append(office.name)
    if dry_run:
        print("Uji coba (--dry-run): tidak ada yang ditulis.")
    else:
        print(f"Dasar {base}: {published} kantor diterbitkan, {len(ready) - published - len(failed)} tidak berubah"
              + (f", {len(skipped)} dilewati" if skipped else "") + ".")  # fmt: skip
    if failed:
        print(f"Gagal: {', '.join(failed)}. Jalankan lagi perintah yang sama.", file=sys.stderr)
        return 3
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["new-office"]:
        from content_seed.joining import main as new_office

        return new_office(args_list[1:])
    parser = argparse.ArgumentParser(
        prog="python -m content_seed",
        description="Terbitkan konten PUSPA ke Firestore. Kantor baru: python -m content_seed new-office -h",
    )
    parser.add_argument(
        "--office", help="nama folder di content_seed/offices, atau path folder konten (bawaan: jonggol)"
    )
    parser.add_argument("--base", help="terbitkan ke setiap kantor yang memakai dasar ini, mis. kabupaten-bogor")
    parser.add_argument(
        "--phone-number-id",
        help="phone_number_id WhatsApp kantor ini (bawaan: nomor_id di dasar.yaml, lalu $WHATSAPP_PHONE_NUMBER_ID)",
    )
    parser.add_argument("--dry-run", action="store_true", help="hanya periksa dan tampilkan perubahan")
    parser.add_argument("--root", default=str(CONTENT_DIR), help="folder berisi bases/ dan offices/")
    args = parser.parse_args(args_list)
    if args.base and (args.office or args.phone_number_id):
        print("--base menerbitkan semua kantor dasar itu, masing-masing ke nomor_id-nya: jangan digabung dengan "
              "--office atau --phone-number-id.", file=sys.stderr)  # fmt: skip
        return 2
    if args.base:
        return publish_base(args.base, Path(args.root), args.dry_run)
    return publish_office(args.office or "jonggol", Path(args.root), args.phone_number_id, args.dry_run)


if __name__ == "__main__":
    sys.exit(main())
