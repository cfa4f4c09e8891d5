"""python -m puspa.app.monthly_report [--month 2026-11] [--out FOLDER]

Writes the monthly report of the office (WHATSAPP_PHONE_NUMBER_ID) as laporan.html, its charts and
laporan.csv to FOLDER (default: laporan-<month>), from the Firestore in the environment (the emulator
with FIRESTORE_EMULATOR_HOST). Nothing is e-mailed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from puspa.app.bootstrap import build_report_service, utc_now
from puspa.app.config import settings_from_environment


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m puspa.app.monthly_report", description="Laporan bulanan PUSPA.")
    parser.add_argument("--month", default=f"{utc_now():%Y-%m}", help="bulan, mis. 2026-11 (bawaan: bulan ini)")
    parser.add_argument("--out", default="", help="folder tujuan (bawaan: laporan-<bulan>)")
    args = parser.parse_args(argv)
    service = build_report_service(settings_from_environment())
    folder = Path(args.out or f"laporan-{args.month}")
    for path in service.write(args.month, folder):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
