"""Cek berkas through the deployed functions in process: a resident's photo goes from the Graph API
stand-in into the Cloud Storage emulator; "Selesai" leaves one notice, which notify_admins sends to each
staff member with their own link; view_papers opens it, records the view and shows signed URLs that
fetch the file (real SMTP server, Firestore and storage emulators)."""

from __future__ import annotations

import html
import os
import re
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from flask.testing import FlaskClient
from functions_framework import create_app

from localdev.cloudevents import document_created
from localdev.graph_standin import RunningStandin
from localdev.mail_sink import MailSink
from localdev.payloads import envelope, tap_message, text_message
from localdev.storage_emulator import BUCKET
from puspa.bucket import PapersBucket
from puspa.domain.view_token import ViewGrant, sign_grant
from puspa.store import FirestoreStore
from puspa.store.papers import FirestorePapersStore
from puspa.whatsapp.webhook import sign
from tests.conftest import APP_SECRET, OFFICE_ID, PROJECT, STAFF_NUMBERS
from tests.fakes import JPEG

MAIN = str(Path(__file__).parents[2] / "functions" / "main.py")
RESIDENT = "6281234567890"
VIEW_URL = "https://view-papers.example.run.app"


@pytest.fixture
def papers_env(staff_env: None, storage_host: str, signing_key: Path) -> None:
    os.environ.update({
        "PUSPA_PAPERS_BUCKET": BUCKET, "PUSPA_PAPERS_VIEW_URL": VIEW_URL,
        "PUSPA_PAPERS_SIGNING_KEY": str(signing_key), "PUSPA_HASH_SECRET": "papers-test-secret",
    })  # fmt: skip


def _post(client: FlaskClient, body: bytes) -> None:
    response = client.post("/", data=body, headers={"X-Hub-Signature-256": sign(body, APP_SECRET),
                                                     "Content-Type": "application/json"})  # fmt: skip
    assert response.status_code == 200, response.get_data(as_text=True)


def _photo(media_id: str, wamid: str) -> bytes:
    now = str(int(time.time()))
    image = {"id": media_id, "mime_type": "image/jpeg", "sha256": "x"}
    return envelope(OFFICE_ID, {"from": RESIDENT, "id": wamid, "timestamp": now, "type": "image", "image": image})


def _send_papers(standin: RunningStandin) -> dict[str, Any]:
    webhook = create_app("whatsapp_webhook", MAIN).test_client()
    now = str(int(time.time()))
    _post(webhook, text_message(OFFICE_ID, RESIDENT, "wamid.P1", "cek berkas", now))
    _post(webhook, tap_message(OFFICE_ID, RESIDENT, "wamid.P2", "brk:svc:kk", timestamp=now))
    _post(webhook, tap_message(OFFICE_ID, RESIDENT, "wamid.P3", "brk:agree", timestamp=now))
    _post(webhook, _photo(standin.put_media(JPEG, "image/jpeg"), "wamid.P4"))
    _post(webhook, _photo(standin.put_media(JPEG + b"2", "image/jpeg"), "wamid.P5"))
    _post(webhook, _photo("wamid-unknown-media", "wamid.P6"))  # WhatsApp no longer has it
    _post(webhook, text_message(OFFICE_ID, RESIDENT, "wamid.P7", "selesai", now))
    store = FirestoreStore.for_project(PROJECT)
    (notice,) = [s for s in store.client.collection("notices").stream() if s.id.startswith(OFFICE_ID)]
    return {"id": notice.id, "fields": notice.to_dict()}


def test_papers_reach_staff_once_with_personal_links_that_show_them_briefly(
    papers_env: None, standin: RunningStandin, mail_sink: MailSink, storage_host: str
) -> None:
    notice = _send_papers(standin)
    replies = [m["body"] for m in standin.state.messages if m["body"]["to"] == RESIDENT]
    texts = " ".join(str(r) for r in replies)
    assert "Diterima: 1 berkas" in texts and "Mohon kirim sekali lagi" in texts and "BRK-" in texts
    assert "Diterima: 2 berkas" not in texts  # the second photo of the batch: only read ticks
    bucket = PapersBucket.for_project(PROJECT, BUCKET)
    names = bucket.names_under(f"{OFFICE_ID}/")
    assert len(names) == 2 and all(RESIDENT not in n and "wamid" not in n for n in names)
    assert bucket.custom_time(names[0]) is not None

    notify = create_app("notify_admins", MAIN, "cloudevent").test_client()
    for attempt in ("ev-1", "ev-1"):  # Eventarc delivers at least once: still one message per person
        path, fields = f"notices/{notice['id']}", notice["fields"]
        headers, body = document_created(PROJECT, path, fields, attempt, datetime.now(UTC))
        assert notify.post("/", data=body, headers=headers).status_code == 200
    assert sorted(to for to, _ in mail_sink.messages) == [["camat@example.org"], ["staf@example.org"]]
    links = {}
    for to, message in mail_sink.messages:
        text = message.get_body(("plain",)).get_content()
        assert "LENGKAP BRK-" in text and RESIDENT not in text
        links[to[0]] = re.search(rf"{re.escape(VIEW_URL)}/#(\S+)", text).group(1)  # type: ignore[union-attr]
    assert links["camat@example.org"] != links["staf@example.org"]  # each their own
    templates = [m["body"] for m in standin.state.messages if m["body"]["to"] in STAFF_NUMBERS]
    assert len(templates) == 2 and all(VIEW_URL in str(t) for t in templates)

    view = create_app("view_papers", MAIN).test_client()
    loader = view.get("/")
    assert loader.status_code == 200 and loader.headers["Cache-Control"] == "no-store"
    assert "location.hash" in loader.get_data(as_text=True)
    page = view.post("/", data=links["staf@example.org"])
    assert page.status_code == 200 and page.headers["Cache-Control"] == "no-store"
    assert page.headers["Referrer-Policy"] == "no-referrer"
    urls = [html.unescape(u) for u in re.findall(r"src='([^']+)'", page.get_data(as_text=True))]
    assert len(urls) == 2 and all(u.startswith(storage_host) and "X-Goog-Expires=600" in u for u in urls)
    assert {requests.get(u, timeout=5).content for u in urls} == {JPEG, JPEG + b"2"}
    from_whatsapp = re.search(rf"{re.escape(VIEW_URL)}/#(\S+)", str(templates[0])).group(1)  # type: ignore[union-attr]
    assert view.post("/", data=from_whatsapp.strip("'\"}]")).status_code == 200  # a template keeps the link whole
    (record,) = FirestorePapersStore(FirestoreStore.for_project(PROJECT)).find_papers(OFFICE_ID, RESIDENT, "")
    assert [v.by for v in record.views] == ["e-mail s…@example.org", f"petugas …{templates[0]['to'][-4:]}"]


def test_a_forged_or_expired_link_shows_nothing(papers_env: None, standin: RunningStandin) -> None:
    notice = _send_papers(standin)
    code = notice["fields"]["code"]
    view = create_app("view_papers", MAIN).test_client()
    expired = sign_grant(ViewGrant(OFFICE_ID, code, "petugas …0001", datetime.now(UTC) - timedelta(minutes=1)),
                         "papers-test-secret")  # fmt: skip
    forged = sign_grant(ViewGrant(OFFICE_ID, code, "petugas …0001", datetime.now(UTC) + timedelta(days=1)), "guess")
    for token, words in ((expired, "kedaluwarsa"), (forged, "tidak berlaku"), ("", "tidak berlaku")):
        page = view.post("/", data=token)
        assert page.status_code == 403 and words in page.get_data(as_text=True)
        assert "X-Goog-Signature" not in page.get_data(as_text=True)
    (record,) = FirestorePapersStore(FirestoreStore.for_project(PROJECT)).find_papers(OFFICE_ID, RESIDENT, "")
    assert record.views == ()
