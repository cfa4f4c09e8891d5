"""The papers bucket adapter against the Cloud Storage emulator: customTime for the lifecycle rule,
overwrite on redelivery, erasure of a resident's folder, signed URLs that fetch the file."""

from __future__ import annotations

import urllib.parse
from datetime import UTC, datetime, timedelta
from pathlib import Path

import requests

from localdev.storage_emulator import BUCKET, SIGNER_EMAIL
from puspa.bucket import PapersBucket
from tests.conftest import PROJECT
from tests.fakes import JPEG, PDF

VISIT = datetime(2026, 12, 1, tzinfo=UTC)


def test_a_file_keeps_its_custom_time_and_a_redelivery_overwrites_it(storage_host: str) -> None:
    bucket = PapersBucket.for_project(PROJECT, BUCKET)
    bucket.put("o/resident/record/m1.jpg", JPEG, "image/jpeg", VISIT)
    bucket.put("o/resident/record/m1.jpg", JPEG, "image/jpeg", VISIT)  # Meta delivered the message again
    assert bucket.names_under("o/resident/") == ["o/resident/record/m1.jpg"]
    assert bucket.custom_time("o/resident/record/m1.jpg") == VISIT


def test_erasing_a_residents_folder_leaves_the_others(storage_host: str) -> None:
    bucket = PapersBucket.for_project(PROJECT, BUCKET)
    for name in ("o/siti/r1/a.jpg", "o/siti/r2/b.pdf", "o/budi/r3/c.jpg"):
        bucket.put(name, PDF if name.endswith("pdf") else JPEG, "image/jpeg", VISIT)
    assert bucket.delete_under("o/siti/") == 2
    assert bucket.names_under("o/") == ["o/budi/r3/c.jpg"]
    assert bucket.delete(["o/siti/r1/a.jpg"]) == 0  # gone already: not an error


def test_a_signed_url_lives_minutes_and_fetches_the_file(storage_host: str, signing_key: Path) -> None:
    bucket = PapersBucket.for_project(PROJECT, BUCKET, str(signing_key), storage_host)
    bucket.put("o/siti/r1/a.jpg", JPEG, "image/jpeg", VISIT)
    url = bucket.signed_url("o/siti/r1/a.jpg", timedelta(minutes=10))
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
    assert url.startswith(f"{storage_host}/{BUCKET}/o/siti/r1/a.jpg?")
    assert query["X-Goog-Expires"] == ["600"] and query["X-Goog-Credential"][0].startswith(f"{SIGNER_EMAIL}/")
    assert requests.get(url, timeout=5).content == JPEG
    assert bucket.count.signed == 1 and bucket.count.writes == 1
