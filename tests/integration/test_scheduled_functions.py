"""send_digest in process (functions_framework.create_app) for two offices on the emulator, with a real
SMTP server that refuses one office's address: the other office's digest still goes, the function
answers 500 so Cloud Scheduler retries, and the retry sends only what failed."""

from __future__ import annotations

import copy
from datetime import timedelta
from typing import Any

from functions_framework import create_app

from content_seed.publish import version_of
from localdev.mail_sink import MailSink
from puspa.domain.sender import Sender
from puspa.store import FirestoreStore
from tests.conftest import OFFICE_ID, PROJECT
from tests.integration.test_question_functions import MAIN, NOW, QUESTION, publish_with_holidays_loaded, tickets

CARIU = "106540352240005"  # test data: a second kecamatan, its staff published in petugas.yaml


def _publish_cariu(bundle: dict[str, Any]) -> None:
    cariu = copy.deepcopy(bundle)
    cariu["kantor"]["nama"] = "Kecamatan Cariu"
    cariu["kantor"]["hari_libur"] += [{"tanggal": f"{year}-{month:02d}-28", "nama": "Libur uji"}
                                      for year in (NOW.year, NOW.year + 1) for month in range(1, 13)]  # fmt: skip
    cariu["petugas"] = {"petugas": [{"nama": "Wawan", "nomor": "6285700000021", "peran": "admin",
                                     "email": "wawan@cariu.test"}]}  # fmt: skip
    FirestoreStore.for_project(PROJECT).publish_content(CARIU, version_of(cariu), cariu, published_by="test")


def test_one_offices_refused_address_fails_the_call_but_not_the_other_office(
    staff_env: None, mail_sink: MailSink, bundle: dict[str, Any]
) -> None:
    publish_with_holidays_loaded(bundle)
    _publish_cariu(bundle)
    for office in (OFFICE_ID, CARIU):  # a question waiting at each office since five days ago
        tickets().create_ticket(office, Sender("6281234567890", ""), "Siti", "kk", QUESTION, f"wamid.{office}",
                                NOW - timedelta(days=5), 3, NOW.year)  # fmt: skip
    mail_sink.refused = {"wawan@cariu.test"}
    digest = create_app("send_digest", MAIN).test_client()
    first = digest.post("/")
    assert first.status_code == 500  # Cloud Scheduler retries
    assert first.get_data(as_text=True).splitlines() == [
        f"{CARIU}: failed: NotifyError", f"{OFFICE_ID}: sent 1 overdue question(s)"
    ]  # fmt: skip
    ((recipients, message),) = mail_sink.messages
    assert recipients == ["camat@example.org", "staf@example.org"]  # Jonggol: PUSPA_ADMIN_EMAILS, its own office
    assert message["Subject"] == "[PUSPA Kecamatan Jonggol] 1 pertanyaan belum dijawab"

    mail_sink.refused = set()  # the address is fixed; the scheduler's retry
    retry = digest.post("/")
    assert retry.status_code == 200
    assert retry.get_data(as_text=True).splitlines() == [
        f"{CARIU}: sent 1 overdue question(s)", f"{OFFICE_ID}: already sent today"
    ]  # fmt: skip
    recipients, message = mail_sink.messages[1]
    assert recipients == ["wawan@cariu.test"] and len(mail_sink.messages) == 2  # never the settings' addresses
    assert message["Subject"] == "[PUSPA Kecamatan Cariu] 1 pertanyaan belum dijawab"
