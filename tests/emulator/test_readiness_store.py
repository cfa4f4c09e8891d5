"""Document readiness on Google's emulator: the spreadsheet import (bad rows, re-import), a SIAP and an
import racing for one document (one notice), and the residents told through notify_admins."""

from __future__ import annotations

import functools
import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from functions_framework import create_app

from localdev.cloudevents import document_created
from localdev.graph_standin import RunningStandin
from puspa.app import readiness_import
from puspa.domain.privacy import message_tag, tag_key
from puspa.domain.readiness import DocumentRecord, LookupOutcome, Readiness, secret_material
from puspa.domain.sender import Sender
from puspa.domain.session import Session
from puspa.store import FirestoreReadinessStore, FirestoreStore
from tests.concurrency import run_concurrently
from tests.conftest import APP_SECRET, OFFICE_ID, PROJECT

MAIN = str(Path(__file__).parents[2] / "functions" / "main.py")
KEYED = functools.partial(message_tag, tag_key(APP_SECRET))
NOW = datetime.now(UTC)
SITI, BUDI = Sender("6281234567890", ""), Sender("6289876543210", "")
HEADER = "nomor,jenis,desa,tanggal_lahir,tanggal_siap,tanggal_diambil\n"


@pytest.fixture
def documents(staff_env: None) -> FirestoreReadinessStore:
    return FirestoreReadinessStore(FirestoreStore.for_project(PROJECT))


def _import(tmp_path: Path, rows: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    sheet = tmp_path / "dokumen.csv"
    sheet.write_text(HEADER + rows, encoding="utf-8")
    code = readiness_import.main([str(sheet)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _find(documents: FirestoreReadinessStore, number: str, born: str, sender: Sender = SITI) -> Any:
    secret = KEYED(secret_material(OFFICE_ID, number, born))
    return documents.find_document(OFFICE_ID, number, secret, sender, f"t-{sender.key}", f"{NOW:%Y-%m-%d}", NOW)


def test_the_import_checks_every_row_then_is_idempotent(
    documents: FirestoreReadinessStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, said = _import(
        tmp_path, "KTP-1,ktp,Cibodas,17-08-1990,,\n,sim,X,kemarin,,\nKTP-1,kk,Y,01-01-1990,,\n", capsys
    )
    assert code == 1 and "Data TIDAK diimpor: ada 2 masalah" in said
    assert "baris 3: nomor kosong atau tidak sah; jenis 'sim' tidak dikenal" in said
    assert "baris 4: nomor sama dengan baris 2" in said
    assert _find(documents, "KTP-1", "1990-08-17").outcome is LookupOutcome.NOT_FOUND  # nothing was imported
    good = "KTP-1,ktp,Cibodas,17-08-1990,25-11-2026,\nKK-7,kk,Sukamaju,01-02-1985,,\n"
    assert _import(tmp_path, good, capsys) == (0, "File valid: 2 dokumen.\nSelesai: 2 baru, 0 diubah, 0 sama.\n")
    stored = FirestoreStore.for_project(PROJECT).client.collection("documents")
    before = {d.id: (d.update_time, d.to_dict()) for d in stored.stream()}
    assert _import(tmp_path, good, capsys)[1].endswith("Selesai: 0 baru, 0 diubah, 2 sama.\n")
    assert {d.id: (d.update_time, d.to_dict()) for d in stored.stream()} == before  # not one write, ready or not
    found = _find(documents, "KTP-1", "1990-08-17", BUDI)
    assert found.outcome is LookupOutcome.FOUND and found.record.state is Readiness.READY
    assert found.record.ready_on == date(2026, 11, 25)
    stored = documents._ref(OFFICE_ID, "KTP-1").get().to_dict()
    assert "1990" not in str(stored["secret_hash"]) and "nik" not in stored and "name" not in stored


def test_siap_and_an_import_at_once_make_one_notice(documents: FirestoreReadinessStore) -> None:
    secret = KEYED(secret_material(OFFICE_ID, "KK-9", "1985-02-01"))
    waiting = DocumentRecord("KK-9", "kk", "Sukamaju", Readiness.PROCESSING)
    documents.save_document(OFFICE_ID, waiting, secret, "impor", NOW)
    assert documents.subscribe(OFFICE_ID, "KK-9", secret, SITI, "t-siti", "2026-11-25", NOW).subscribed
    ready = DocumentRecord("KK-9", "kk", "Sukamaju", Readiness.READY, date(2026, 11, 26))
    outcomes = run_concurrently(
        4, lambda i: documents.mark_document(OFFICE_ID, "KK-9", True, "petugas …0001", "2026-11-26", NOW)
        if i % 2 else documents.save_document(OFFICE_ID, ready, secret, "impor", NOW)
    )  # fmt: skip
    assert not [o for o in outcomes if isinstance(o, Exception)], outcomes
    notices = list(FirestoreStore.for_project(PROJECT).client.collection("notices").stream())
    assert [n.id for n in notices] == [f"{OFFICE_ID}_dok_KK-9_siap"]
    assert notices[0].to_dict()["subscribers"] == [{"wa_id": SITI.wa_id, "user_id": "", "key": SITI.key}]
    assert documents._ref(OFFICE_ID, "KK-9").get().to_dict()["subscribers"] == []  # moved to the notice
    documents.save_document(OFFICE_ID, waiting, secret, "impor", NOW)  # an older sheet again: no step back
    assert documents._ref(OFFICE_ID, "KK-9").get().to_dict()["state"] == Readiness.READY.value
    assert documents.erase_subscriptions(OFFICE_ID, SITI.key) == 1  # HAPUS DATA SAYA before Eventarc is done
    assert (
        FirestoreStore.for_project(PROJECT)
        .client.collection("notices")
        .document(f"{OFFICE_ID}_dok_KK-9_siap")
        .get()
        .to_dict()["subscribers"]
        == []
    )


@pytest.mark.parametrize(("last_seen_hours", "kind"), [(2, "text"), (30, "template")])
def test_subscribers_are_told_once_inside_or_outside_their_window(
    documents: FirestoreReadinessStore, standin: RunningStandin, last_seen_hours: int, kind: str
) -> None:
    store = FirestoreStore.for_project(PROJECT)
    store.save_session(f"{OFFICE_ID}_{SITI.key}", Session(last_seen=NOW - timedelta(hours=last_seen_hours)), (),
                       None, NOW + timedelta(days=30))  # fmt: skip
    fields = {"kind": "document_ready", "office_id": OFFICE_ID, "number": "KK-9", "document_kind": "kk",
              "subscribers": [{"wa_id": SITI.wa_id, "user_id": "", "key": SITI.key}], "created_at": NOW}  # fmt: skip
    notify = create_app("notify_admins", MAIN, "cloudevent").test_client()
    headers, body = document_created(PROJECT, f"notices/{OFFICE_ID}_dok_KK-9_siap", fields, "ev-doc", NOW)
    assert notify.post("/", data=body, headers=headers).status_code == 200
    assert notify.post("/", data=body, headers=headers).status_code == 200  # Eventarc delivers again
    sent = [m["body"] for m in standin.state.messages if m["body"].get("to") == SITI.wa_id]
    assert len(sent) == 1 and sent[0]["type"] == kind
    if kind == "text":
        assert "Kartu Keluarga nomor *KK-9* sudah jadi" in sent[0]["text"]["body"]
    else:
        assert sent[0]["template"]["name"] == "puspa_dokumen_siap"
    assert os.environ["WHATSAPP_APP_SECRET"] == APP_SECRET
