"""An office's staff as data (petugas.yaml): roles, validation, and who notify_admins tells per office."""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from puspa.app.notify_service import NoticeKinds, NotifyConfig, NotifyService
from puspa.domain.content import parse_content
from puspa.domain.staff import COMMANDS, NOTICES, REPORTS, parse_staff
from puspa.errors import ContentError
from tests.fakes import FakeContentSource, FakeSender, FakeSessionStore

STAFF = {
    "petugas": [
        {"nama": "Rina", "nomor": "0857-0000-0001", "peran": "petugas", "email": "rina@kecamatan.test"},
        {"nama": "Dodi", "nomor": "6285700000002", "peran": "admin", "email": "dodi@kecamatan.test"},
        {"nama": "Pak Camat", "nomor": "6285700000003", "peran": "camat", "email": "camat@kecamatan.test"},
    ],
    "email_kantor": ["pelayanan@kecamatan.test"],
    "templat": {"bahasa": "id", "info": "info_uji"},
}


def test_roles_say_who_may_act_and_who_is_told() -> None:
    problems: list[str] = []
    staff = parse_staff(STAFF, problems)
    assert problems == []
    assert staff.numbers(COMMANDS) == {"6285700000001", "6285700000002"}  # 0857… written as WhatsApp writes it
    assert staff.numbers(NOTICES) == {"6285700000001", "6285700000002"}
    assert staff.emails(NOTICES) == ("pelayanan@kecamatan.test", "rina@kecamatan.test", "dodi@kecamatan.test")
    assert staff.emails(REPORTS) == ("pelayanan@kecamatan.test", "dodi@kecamatan.test", "camat@kecamatan.test")


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ({"petugas": [{"nama": "X", "nomor": "12345", "peran": "petugas"}]}, "'nomor' harus nomor WhatsApp"),
        ({"petugas": [{"nama": "X", "nomor": "6285700000001", "peran": "lurah"}]}, "'peran' harus salah satu"),
        ({"petugas": [{"nomor": "6285700000001", "peran": "admin"}] * 2}, "tercantum dua kali"),
        ({"email_kantor": ["bukan email"]}, "email_kantor 'bukan email' tidak sah"),
        ({"templat": {"warna": "biru"}}, "'templat' hanya boleh"),
        ({"pegawai": []}, "kolom 'pegawai' tidak dikenal"),
    ],
)
def test_a_bad_petugas_yaml_is_refused_with_the_line_to_fix(bundle: dict[str, Any], raw: Any, problem: str) -> None:
    changed = copy.deepcopy(bundle)
    changed["petugas"] = raw
    with pytest.raises(ContentError) as refused:
        parse_content(changed, "v")
    assert any(problem in p for p in refused.value.problems)


def _service(sources: dict[str, dict[str, Any]]) -> NotifyService:
    config = NotifyConfig(
        admin_emails=("lama@kecamatan.test",), staff_by_office={"A": ("6281111111111",)}, template="t",
        info_template="i", language="id", max_age=timedelta(hours=24), default_office="A",
    )  # fmt: skip
    content = FakeContentSource("A", sources["A"])
    for office, bundle in sources.items():
        content.published[office] = ("v", bundle)
    from puspa.app.content_cache import ContentCache

    now = datetime(2026, 11, 25, tzinfo=UTC)
    cache = ContentCache(content, 60)
    return NotifyService(
        config, None, None, FakeSender(), cache, lambda: now, None, FakeSessionStore(), NoticeKinds({}, {})
    )  # type: ignore[arg-type]


def test_each_office_tells_its_own_staff_and_only_the_deployments_office_falls_back(bundle: dict[str, Any]) -> None:
    with_staff = copy.deepcopy(bundle)
    with_staff["petugas"] = STAFF
    service = _service({"A": bundle, "B": with_staff, "C": bundle})
    a, b, c = (service.recipients(o, service._content.get(o)) for o in ("A", "B", "C"))
    assert (a.emails, a.numbers) == (("lama@kecamatan.test",), ("6281111111111",))  # the settings, its own office
    assert b.emails == ("pelayanan@kecamatan.test", "rina@kecamatan.test", "dodi@kecamatan.test")
    assert b.numbers == ("6285700000001", "6285700000002") and b.templates.info == "info_uji"
    assert (c.emails, c.numbers) == ((), ())  # never another office's addresses
