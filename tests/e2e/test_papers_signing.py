"""Signed URLs as production makes them: view_papers runs as a function process without any key, finds
its service account through the (stand-in) metadata server as on Cloud Functions, and signs through the
IAM Credentials API's signBlob (a stand-in behind an HTTPS proxy, answering with its own key)."""

from __future__ import annotations

import html
import re
import urllib.parse
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
import requests
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

from localdev.emulator import free_port
from localdev.function_process import FunctionProcess
from localdev.graph_standin import RunningStandin
from localdev.iam_standin import EMAIL, IamStandin
from localdev.storage_emulator import BUCKET
from puspa.bucket import PapersBucket
from puspa.domain.sender import Sender
from puspa.domain.view_token import ViewGrant, sign_grant
from puspa.store import FirestoreStore
from puspa.store.papers import FirestorePapersStore
from tests.conftest import OFFICE_ID, PROJECT, function_env
from tests.fakes import JPEG

SECRET = "papers-e2e-secret"


@pytest.fixture
def iam() -> Iterator[IamStandin]:
    standin = IamStandin()
    yield standin
    standin.stop()


def test_view_papers_on_cloud_functions_signs_through_iam_sign_blob(
    firestore_host: str, storage_host: str, standin: RunningStandin, iam: IamStandin
) -> None:
    now = datetime.now(UTC)
    name = f"{OFFICE_ID}/resident/record/file.jpg"
    PapersBucket.for_project(PROJECT, BUCKET).put(name, JPEG, "image/jpeg", now)
    papers = FirestorePapersStore(FirestoreStore.for_project(PROJECT))
    papers.add_file(OFFICE_ID, "record", Sender("6281234567890", ""), "kk", "Kartu Keluarga (KK)", "", date.today(),
                    name, now, now)  # fmt: skip
    code = papers.submit_papers(OFFICE_ID, "record", "m1", now, now.year).papers.code  # type: ignore[union-attr]
    env = {**function_env(firestore_host, standin), "PUSPA_PAPERS_BUCKET": BUCKET, "PUSPA_HASH_SECRET": SECRET,
           "STORAGE_EMULATOR_HOST": storage_host, **iam.environment}  # fmt: skip
    view = FunctionProcess(env, free_port(), target="view_papers")
    try:
        view.wait_ready()
        token = sign_grant(ViewGrant(OFFICE_ID, code, "petugas …0001", now + timedelta(days=1)), SECRET)
        page = requests.post(view.url, data=token, timeout=60)
        assert page.status_code == 200, view.output()[-2000:]
    finally:
        view.stop()
    (url,) = [html.unescape(u) for u in re.findall(r"src='([^']+)'", page.text)]
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
    assert query["X-Goog-Credential"][0].startswith(f"{EMAIL}/") and query["X-Goog-Expires"] == ["600"]
    ((payload, signature),) = iam.signed  # one signBlob call, with the metadata server's token
    assert payload.startswith(b"GOOG4-RSA-SHA256\n") and query["X-Goog-Signature"] == [signature.hex()]
    iam.public_key().verify(signature, payload, padding.PKCS1v15(), hashes.SHA256())  # raises if forged
    assert requests.get(url, timeout=5).content == JPEG  # the emulator serves the signed path
    assert iam.refused == 0
