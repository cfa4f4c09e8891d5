"""An office's staff and where its notices go, as the office publishes them in petugas.yaml (pure).

Changing staff is a publish, never a redeploy. Each member has a role, and a role says what it may do:

    petugas  staff commands from WhatsApp; WhatsApp notices; its e-mail gets notices and the digest
    admin    as petugas, and its e-mail also gets the monthly report
    camat    its e-mail gets the monthly report (no commands, no WhatsApp notices)

A number is staff only at the offices that list it: elsewhere it is a resident.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from msgspec import Struct, field

COMMANDS, NOTICES, REPORTS = "perintah", "pemberitahuan", "laporan"
ROLES: dict[str, frozenset[str]] = {
    "petugas": frozenset({COMMANDS, NOTICES}),
    "admin": frozenset({COMMANDS, NOTICES, REPORTS}),
    "camat": frozenset({REPORTS}),
}
TEMPLATE_KEYS = ("bahasa", "pemberitahuan", "info", "status", "jawaban", "dokumen_siap", "pengingat")
_NUMBER = re.compile(r"^62\d{8,13}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class StaffMember(Struct, frozen=True):
    number: str  # 62…, as WhatsApp writes it
    name: str
    role: str
    email: str = ""

    def may(self, permission: str) -> bool:
        return permission in ROLES.get(self.role, frozenset())


class OfficeStaff(Struct, frozen=True):
    """Who works at the office and where its notices go. Empty: nobody published (the deployment's
    settings still apply, for an office that has not moved its staff into petugas.yaml yet)."""

    members: tuple[StaffMember, ...] = ()
    office_emails: tuple[str, ...] = ()  # a shared inbox: notices, the digest and the report
    templates: Mapping[str, str] = field(default_factory=dict)  # kind -> approved template name ("bahasa": code)

    @property
    def published(self) -> bool:
        """The office has published its staff or addresses: from then on they alone count."""
        return bool(self.members or self.office_emails)

    def numbers(self, permission: str) -> frozenset[str]:
        return frozenset(m.number for m in self.members if m.may(permission))

    def numbers_or(self, settings: Iterable[str], permission: str) -> frozenset[str]:
        """The numbers with `permission`: the published ones once the office published staff, else
        the deployment's settings for this office (an office that has not moved to petugas.yaml)."""
        return self.numbers(permission) if self.published else frozenset(settings)

    def emails(self, permission: str) -> tuple[str, ...]:
        personal = [m.email for m in self.members if m.email and m.may(permission)]
        return tuple(dict.fromkeys([*self.office_emails, *personal]))


def recipient_emails(
    staff: OfficeStaff | None, permission: str, office_id: str, default_office: str, fallback: tuple[str, ...]
) -> tuple[str, ...]:
    """Who is e-mailed at `office_id` for `permission` (NOTICES: notices and the digest; REPORTS: the
    monthly report): its petugas.yaml once it publishes staff or e-mails; until then, only for the
    deployment's own office (`default_office`, WHATSAPP_PHONE_NUMBER_ID; "" = any), `fallback`
    (PUSPA_ADMIN_EMAILS). Another office without petugas.yaml has no one: never the default's staff."""
    if staff is not None and staff.published:
        return staff.emails(permission)
    return fallback if office_id == default_office or not default_office else ()


def parse_staff(raw: Any, problems: list[str]) -> OfficeStaff:
    """petugas.yaml, collecting problems (Indonesian, for staff). Absent: no staff published."""
    if raw is None:
        return OfficeStaff()
    if not isinstance(raw, Mapping):
        problems.append("petugas.yaml: isinya harus berupa daftar kolom (kunci: nilai)")
        return OfficeStaff()
    unknown = sorted(set(raw) - {"petugas", "email_kantor", "templat"})
    problems += [f"petugas.yaml: kolom '{key}' tidak dikenal" for key in unknown]
    members: list[StaffMember] = []
    for index, item in enumerate(raw.get("petugas") or [], start=1):
        where = f"petugas.yaml petugas ke-{index}"
        if not isinstance(item, Mapping):
            problems.append(f"{where}: harus berupa daftar kolom (nama, nomor, peran)")
            continue
        number = "".join(ch for ch in str(item.get("nomor", "")) if ch.isdigit())
        number = "62" + number[1:] if number.startswith("0") else number
        role = str(item.get("peran", "")).strip().lower()
        email = str(item.get("email") or "").strip()
        if not _NUMBER.match(number):
            problems.append(f"{where}: 'nomor' harus nomor WhatsApp, mis. 6281234567890")
        if role not in ROLES:
            problems.append(f"{where}: 'peran' harus salah satu dari {', '.join(ROLES)}")
        if email and not _EMAIL.match(email):
            problems.append(f"{where}: 'email' tidak sah: '{email}'")
        members.append(StaffMember(number, str(item.get("nama") or "").strip(), role, email))
    numbers = [m.number for m in members]
    problems += [
        f"petugas.yaml: nomor {n} tercantum dua kali" for n in sorted({n for n in numbers if numbers.count(n) > 1})
    ]
    office_emails = tuple(str(e).strip() for e in raw.get("email_kantor") or [])
    problems += [f"petugas.yaml: email_kantor '{e}' tidak sah" for e in office_emails if not _EMAIL.match(e)]
    templates = raw.get("templat") or {}
    if not isinstance(templates, Mapping) or any(k not in TEMPLATE_KEYS for k in templates):
        problems.append(f"petugas.yaml: 'templat' hanya boleh berisi {', '.join(TEMPLATE_KEYS)}")
        templates = {}
    return OfficeStaff(tuple(members), office_emails, {str(k): str(v) for k, v in templates.items()})
