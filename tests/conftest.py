"""Shared fixtures. The Firestore emulator is started by the tests themselves (once per run)
and never skipped: if it cannot start, the tests that need it fail."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from content_seed.files import OFFICES_DIR, load_bundle
from content_seed.publish import validate
from localdev.emulator import FirestoreEmulator, start_emulator
from localdev.graph_standin import RunningStandin
from localdev.graph_templates import TemplateStore
from localdev.mail_sink import MailSink
from localdev.storage_emulator import StorageEmulator, start_storage_emulator, write_signing_key
from puspa.domain.content import Content
from puspa.whatsapp.templates import TEMPLATES, creation_request

DATA = Path(__file__).parent / "data"
OFFICE_ID = "106540352242922"
PROJECT = "demo-puspa-test"
APP_SECRET = "test-app-secret"
VERIFY_TOKEN = "test-verify-token"
TOKEN = "test-token"
WABA_ID = "102290129340398"  # the WhatsApp Business Account that holds the templates
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _restore_environment() -> Iterator[None]:
    saved = dict(os.environ)
    yield
    os.environ.clear()
    os.environ.update(saved)


@pytest.fixture(scope="session")
def bundle() -> dict[str, Any]:
    return load_bundle(OFFICES_DIR / "jonggol")


@pytest.fixture(scope="session")
def content(bundle: dict[str, Any]) -> Content:
    return validate(bundle)


@pytest.fixture(scope="session")
def emulator() -> Iterator[FirestoreEmulator]:
    running = start_emulator()
    yield running
    running.stop()


@pytest.fixture
def firestore_host(emulator: FirestoreEmulator) -> str:
    """An empty emulator database; FIRESTORE_EMULATOR_HOST points at it for this test."""
    emulator.reset(PROJECT)
    os.environ["FIRESTORE_EMULATOR_HOST"] = emulator.host
    os.environ["GOOGLE_CLOUD_PROJECT"] = PROJECT
    return emulator.host


@pytest.fixture(scope="session")
def storage_emulator() -> Iterator[StorageEmulator]:
    running = start_storage_emulator()
    yield running
    running.stop()


@pytest.fixture(scope="session")
def signing_key(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A throwaway service account key: URLs are signed with it against the storage emulator."""
    return write_signing_key(tmp_path_factory.mktemp("signing"))


@pytest.fixture
def storage_host(storage_emulator: StorageEmulator) -> str:
    """An empty papers bucket in the Cloud Storage emulator; STORAGE_EMULATOR_HOST points at it for this test."""
    storage_emulator.reset()
    os.environ["STORAGE_EMULATOR_HOST"] = storage_emulator.host
    return storage_emulator.host


@pytest.fixture(scope="session")
def _standin_server() -> Iterator[RunningStandin]:
    server = RunningStandin(token=TOKEN)
    yield server
    server.stop()


@pytest.fixture
def standin(_standin_server: RunningStandin) -> RunningStandin:
    with _standin_server.state.lock:
        _standin_server.state.messages.clear()
        _standin_server.state.reads.clear()
        _standin_server.state.faults.clear()
        _standin_server.state.calls = 0
        _standin_server.state.pair_burst = 0
        _standin_server.state.pair_buckets.clear()
        _standin_server.state.clock = time.monotonic
        _standin_server.state.media.clear()
        _standin_server.state.media_urls.clear()
        _standin_server.state.media_faults.clear()
        _standin_server.state.media_calls = 0
        _standin_server.state.media_url_ttl_s = 300.0
        _standin_server.state.templates = TemplateStore()
    # The repository's template definitions, approved: a template message that does not fit its
    # definition (name, language, parameters, buttons) is refused by the stand-in, as by Meta.
    _standin_server.load_templates([creation_request(t) for t in TEMPLATES])
    return _standin_server


def function_env(firestore_host: str, standin: RunningStandin) -> dict[str, str]:
    """Environment the deployed function needs, pointed at the emulator and the stand-in."""
    return {
        "WHATSAPP_TOKEN": TOKEN,
        "WHATSAPP_APP_SECRET": APP_SECRET,
        "WHATSAPP_VERIFY_TOKEN": VERIFY_TOKEN,
        "WHATSAPP_PHONE_NUMBER_ID": OFFICE_ID,
        "WHATSAPP_API_URL": standin.api_url(),
        "GOOGLE_CLOUD_PROJECT": PROJECT,
        "FIRESTORE_EMULATOR_HOST": firestore_host,
        "PUSPA_GRAPH_MAX_ATTEMPTS": "2",
    }


@pytest.fixture
def mail_sink() -> Iterator[MailSink]:
    sink = MailSink()
    yield sink
    sink.stop()


STAFF_NUMBERS = ("6285700000001", "6285700000002")


@pytest.fixture
def staff_env(firestore_host: str, standin: RunningStandin, mail_sink: MailSink, bundle: dict[str, Any]) -> None:
    """The functions' environment with two staff numbers, staff e-mail to the SMTP sink, and the
    office's content published in the emulator."""
    from content_seed.publish import version_of
    from puspa.store import FirestoreStore

    os.environ.update(function_env(firestore_host, standin))
    os.environ.update({
        "PUSPA_ADMIN_WA_IDS": ",".join(STAFF_NUMBERS), "PUSPA_ADMIN_EMAILS": "camat@example.org,staf@example.org",
        "SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(mail_sink.port), "SMTP_SECURITY": "none",
        "SMTP_FROM": "puspa@example.org",
    })  # fmt: skip
    FirestoreStore.for_project(PROJECT).publish_content(OFFICE_ID, version_of(bundle), bundle, published_by="test")


def pytest_configure(config: pytest.Config) -> None:
    """Every query the code makes is checked against infra/'s indexes at the end of the run."""
    from tests.query_recorder import QueryRecorder

    config.pluginmanager.register(QueryRecorder(), "firestore-query-recorder")


TIERS = ("unit", "transcripts", "contract", "integration", "emulator", "e2e")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test with its tier (the folder it is in); a test that starts the Firestore
    emulator is also marked `emulator`, so `make test-fast` can leave it out."""
    for item in items:
        tier = next((part for part in Path(str(item.fspath)).parts if part in TIERS), None)
        if tier is not None:
            item.add_marker(getattr(pytest.mark, tier))
        if {"emulator", "storage_emulator"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.emulator)
