"""python -m puspa.app.monthly_report [--month 2026-11] [--office ID | --kabupaten] [--out FOLDER]

Writes the monthly report of an office (default: WHATSAPP_PHONE_NUMBER_ID) as laporan.html, its
charts and laporan.csv to FOLDER (default: laporan-<month>), or with --kabupaten the roll-up of every
published office as rekap.html, its charts and rekap.csv (default: rekap-<month>; from the months the
offices' reports kept), from the Firestore in the environment (the emulator with
FIRESTORE_EMULATOR_HOST). The default month is the office's month now (WIB), not UTC's: on
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
    parser.add_argument("--office", default="", help="phone_number_id kantor (bawaan: WHATSAPP_PHONE_NUMBER_ID)")
    parser.add_argument("--kabupaten", action="store_true", help="rekap semua kecamatan, bukan laporan satu kantor")
    parser.add_argument("--out", default="", help="folder tujuan (bawaan: laporan-<bulan> atau rekap-<bulan>)")
    args = parser.parse_args(argv)
    if service is None:
        from puspa.app.bootstrap import build_report_service
        from puspa.app.config import settings_from_environment

        service = build_report_service(settings_from_environment())
    month = args.month or service.current_period(args.office)
    if args.kabupaten:
        if service.rollup is None:
            parser.error("rekap kabupaten tidak tersedia")
        written = service.rollup.write(month, Path(args.out or f"rekap-{month}"))
    else:
        written = service.write(month, Path(args.out or f"laporan-{month}"), args.office)
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
