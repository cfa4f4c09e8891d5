"""python -m puspa.app.monthly_report [--month 2026-11] [--out FOLDER]

Writes the monthly report of the office (WHATSAPP_PHONE_NUMBER_ID) as laporan.html, its charts and
laporan.csv to FOLDER (default: laporan-<month>), from the Firestore in the environment (the emulator
with FIRESTORE_EMULATOR_HOST). The default month is the office's month now (WIB), not UTC's: on
1 December at 05.00 WIB it is December. Nothing is e-mailed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from puspa.app.report_service import ReportService


def main(argv: Sequence[str] | None = None, service: ReportService | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m puspa.app.monthly_report", description="Laporan bulanan PUSPA.")
    parser.add_argument("--month", default="", help="bulan, mis. 2026-11 (bawaan: bulan ini, waktu kantor)")
    parser.add_argument("--out", default="", help="folder tujuan (bawaan: laporan-<bulan>)")
    args = parser.parse_args(argv)
    if service is None:
        from puspa.app.bootstrap import build_report_service
        from puspa.app.config import settings_from_environment

        service = build_report_service(settings_from_environment())
    month = args.month or service.current_period()
    folder = Path(args.out or f"laporan-{month}")
    for path in service.write(month, folder):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
