"""Every environment read, once, into a frozen Settings.

`load_settings` is the only place that looks at the environment; the rest of the code receives
Settings (or the few values it needs) as arguments.
"""

from __future__ import annotations

import math
import os
import re
import urllib.parse
from collections.abc import Mapping

from msgspec import Struct
from msgspec.structs import fields

from puspa.domain.delivery import FloodPolicy
from puspa.errors import ConfigError
from puspa.whatsapp.templates import LANGUAGE, TEMPLATES

DEFAULT_GRAPH_API_URL = "https://graph.facebook.com/v25.0"

REQUIRED = (
    "WHATSAPP_TOKEN",
    "WHATSAPP_APP_SECRET",
    "WHATSAPP_VERIFY_TOKEN",
    "WHATSAPP_PHONE_NUMBER_ID",
    "GOOGLE_CLOUD_PROJECT",
)
SECRETS = frozenset({
    "whatsapp_token", "whatsapp_app_secret", "whatsapp_verify_token", "smtp_password", "hash_secret",
    "flow_private_key", "flow_key_passphrase",
    "graph_proxies",  # a proxy URL may carry a password
})  # fmt: skip
EMAIL = re.compile(r"^[^@\s,<>]+@[^@\s,<>]+\.[^@\s,<>]+$")
# The approved WhatsApp templates PUSPA sends: setting -> default name, from their one definition
# (`puspa.whatsapp.templates`; `python -m ops.templates submit` asks Meta to approve them).
TEMPLATE_SETTINGS = {t.setting: t.name for t in TEMPLATES}


class Settings(Struct, frozen=True):
    """Runtime configuration. `repr` masks secrets so Settings can be logged."""

    whatsapp_token: str
    whatsapp_app_secret: str
    whatsapp_verify_token: str
    whatsapp_phone_number_id: str
    whatsapp_api_url: str
    hash_secret: str  # keys the hashes PUSPA stores (dates of birth, replay keys, ledger ids)
    google_cloud_project: str
    session_idle_minutes: int
    session_ttl_days: int
    content_refresh_s: float
    graph_timeout_s: float
    graph_max_attempts: int
    log_level: str
    admin_wa_ids: frozenset[str]
    staff_by_office: dict[str, frozenset[str]]  # office phone_number_id -> its staff numbers (the default office too)
    flood_burst: int
    flood_refill_s: float
    status_template: str
    admin_template: str
    info_template: str
    ready_template: str
    reminder_template: str  # the day-before reminder of a counter booking (with a "Batalkan" button)
    template_language: str
    registration_keep_days: int
    answer_template: str
    form_idle_minutes: int
    ticket_keep_days: int
    question_min_length: int
    max_open_questions: int
    admin_emails: tuple[str, ...]
    rollup_emails: tuple[str, ...]  # the kabupaten's admins: the monthly roll-up of every kecamatan
    notify_max_age_hours: int
    smtp_host: str
    smtp_port: int
    smtp_security: str
    smtp_user: str
    smtp_password: str
    smtp_from: str
    graph_proxies: dict[str, str]  # requests' proxies for the Graph API (from *_PROXY / NO_PROXY), or {}
    ca_bundle: str  # REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE, or "" for the default certificates
    papers_bucket: str = ""  # the private bucket of residents' papers (cek berkas); "" turns file keeping off
    papers_view_url: str = ""  # the view_papers function's URL, for staff's links
    papers_signing_key: str = ""  # a service account key file to sign URLs with (local runs only; else IAM)
    storage_emulator_host: str = ""  # STORAGE_EMULATOR_HOST (read by the client library; signed URLs point there)
    flows: frozenset[str] = frozenset()  # dialogues whose WhatsApp Flow is published and sent (PUSPA_FLOWS)
    flow_private_key: str = ""  # PEM of the Flows endpoint's RSA key (Secret Manager), for flow_endpoint
    flow_key_passphrase: str = ""
    business_account_id: str = ""  # the WhatsApp Business Account the Flows are published on (ops.flows)

    def __repr__(self) -> str:
        parts = []
        for field in fields(self):
            value = getattr(self, field.name)
            shown = "***" if field.name in SECRETS and value else repr(value)
            parts.append(f"{field.name}={shown}")
        return f"Settings({', '.join(parts)})"


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


def _number(environ: Mapping[str, str], name: str, default: float, problems: list[str], *, whole: bool) -> float:
    raw = environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        problems.append(f"{name} must be a number, got {raw!r}")
        return default
    if not math.isfinite(value) or value <= 0 or (whole and (value != int(value) or value < 1)):
        kind = "a whole number of at least 1" if whole else "a number greater than 0"
        problems.append(f"{name} must be {kind}, got {raw!r}")
        return default
    return value


def _graph_proxies(environ: Mapping[str, str], url: str) -> dict[str, str]:
    """The proxies the Graph API calls go through, read as requests reads them (HTTP_PROXY,
    HTTPS_PROXY, ALL_PROXY, NO_PROXY, either case), once at start instead of on every call."""

    def get(name: str) -> str:
        return (environ.get(name) or environ.get(name.upper()) or "").strip()

    proxies = {scheme: value for scheme in ("http", "https", "all") if (value := get(f"{scheme}_proxy"))}
    host = (urllib.parse.urlsplit(url).hostname or "").lower()
    for entry in get("no_proxy").lower().split(","):  # "*", a host, or a domain with or without its dot
        name = entry.strip().lstrip(".").split(":")[0]  # a ":port" is dropped: only the host is compared
        if name == "*" or (name and (host == name or host.endswith(f".{name}"))):
            return {}
    return proxies


def _staff_by_office(environ: Mapping[str, str], problems: list[str]) -> dict[str, frozenset[str]]:
    """PUSPA_STAFF_BY_OFFICE="<phone_number_id>=62811…|62812…;<phone_number_id>=…": staff of other offices."""
    offices: dict[str, frozenset[str]] = {}
    for part in environ.get("PUSPA_STAFF_BY_OFFICE", "").split(";"):
        if not part.strip():
            continue
        office, _, numbers = part.partition("=")
        if not office.strip().isdigit():
            problems.append("PUSPA_STAFF_BY_OFFICE must read <phone_number_id>=<62…>|<62…>;…")
            continue
        offices[office.strip()] = _wa_ids({"x": numbers.replace("|", ",")}, "x", problems, "PUSPA_STAFF_BY_OFFICE")
    return offices


def _wa_ids(environ: Mapping[str, str], name: str, problems: list[str], shown: str = "") -> frozenset[str]:
    ids = [part.strip().lstrip("+") for part in environ.get(name, "").split(",") if part.strip()]
    bad = [i for i in ids if not i.isdigit() or not 8 <= len(i) <= 15]
    if bad:
        problems.append(
            f"{shown or name} must list WhatsApp numbers as digits with country code (62…), got {len(bad)} invalid"
        )
    return frozenset(i for i in ids if i not in bad)


def _emails(environ: Mapping[str, str], name: str, problems: list[str]) -> tuple[str, ...]:
    emails = tuple(e.strip() for e in environ.get(name, "").split(",") if e.strip())
    if any(not EMAIL.match(e) for e in emails):
        problems.append(f"{name} must be comma-separated e-mail addresses")
    return emails


def settings_from_environment() -> Settings:
    """Settings from this process's environment (command-line tools; the functions pass theirs)."""
    return load_settings(os.environ)


def template_name(environ: Mapping[str, str], setting: str) -> str:
    """The template name the deployment sends for `setting` (PUSPA_ADMIN_TEMPLATE …)."""
    return environ.get(setting, "").strip() or TEMPLATE_SETTINGS[setting]


def template_language(environ: Mapping[str, str]) -> str:
    return environ.get("PUSPA_TEMPLATE_LANGUAGE", "").strip() or LANGUAGE


def load_settings(environ: Mapping[str, str]) -> Settings:
    """Read Settings from `environ`; raise ConfigError naming every missing or invalid variable."""
    problems = [f"{name} is not set" for name in REQUIRED if not environ.get(name, "").strip()]
    idle = _number(environ, "PUSPA_SESSION_IDLE_MINUTES", 30, problems, whole=True)
    ttl_days = _number(environ, "PUSPA_SESSION_TTL_DAYS", 30, problems, whole=True)
    refresh = _number(environ, "PUSPA_CONTENT_REFRESH_SECONDS", 60, problems, whole=False)
    timeout = _number(environ, "PUSPA_GRAPH_TIMEOUT_SECONDS", 10, problems, whole=False)
    attempts = _number(environ, "PUSPA_GRAPH_MAX_ATTEMPTS", 3, problems, whole=True)
    keep_days = _number(environ, "PUSPA_REGISTRATION_KEEP_DAYS", 90, problems, whole=True)
    admins = _wa_ids(environ, "PUSPA_ADMIN_WA_IDS", problems)
    staff = _staff_by_office(environ, problems)
    burst = _number(environ, "PUSPA_FLOOD_BURST", FloodPolicy().burst, problems, whole=True)
    refill = _number(environ, "PUSPA_FLOOD_REFILL_SECONDS", FloodPolicy().refill_s, problems, whole=False)
    max_age = _number(environ, "PUSPA_NOTIFY_MAX_AGE_HOURS", 24, problems, whole=True)
    ticket_days = _number(environ, "PUSPA_TICKET_KEEP_DAYS", 30, problems, whole=True)
    form_idle = _number(environ, "PUSPA_FORM_IDLE_MINUTES", 120, problems, whole=True)
    min_length = _number(environ, "PUSPA_QUESTION_MIN_LENGTH", 15, problems, whole=True)
    max_open = _number(environ, "PUSPA_MAX_OPEN_QUESTIONS", 3, problems, whole=True)
    emails = _emails(environ, "PUSPA_ADMIN_EMAILS", problems)
    rollup_emails = _emails(environ, "PUSPA_ROLLUP_EMAILS", problems)
    smtp_port = _number(environ, "SMTP_PORT", 587, problems, whole=True)
    smtp_security = environ.get("SMTP_SECURITY", "").strip().lower() or "starttls"
    if smtp_security not in ("starttls", "ssl", "none"):
        problems.append(f"SMTP_SECURITY must be starttls, ssl or none, got {smtp_security!r}")
    for name, listed in (("PUSPA_ADMIN_EMAILS", emails), ("PUSPA_ROLLUP_EMAILS", rollup_emails)):
        if listed:
            problems += [f"{n} is not set (needed for {name})" for n in ("SMTP_HOST", "SMTP_FROM")
                         if not environ.get(n, "").strip()]  # fmt: skip
    if (
        not emails
        and not rollup_emails
        and environ.get("SMTP_HOST", "").strip()
        and not environ.get("SMTP_FROM", "").strip()
    ):
        problems.append("SMTP_FROM is not set (needed with SMTP_HOST: offices' petugas.yaml name e-mail addresses)")
    log_level = environ.get("PUSPA_LOG_LEVEL", "").strip().upper() or "INFO"
    if log_level not in LOG_LEVELS:
        problems.append(f"PUSPA_LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, got {log_level!r}")
    api_url = environ.get("WHATSAPP_API_URL", "").strip() or DEFAULT_GRAPH_API_URL
    if not api_url.startswith(("http://", "https://")):
        problems.append(f"WHATSAPP_API_URL must be an http(s) URL, got {api_url!r}")
    papers_view_url = environ.get("PUSPA_PAPERS_VIEW_URL", "").strip()
    if papers_view_url and not papers_view_url.startswith(("https://", "http://")):
        problems.append(f"PUSPA_PAPERS_VIEW_URL must be view_papers' http(s) URL, got {papers_view_url!r}")
    flows = frozenset(name.strip() for name in environ.get("PUSPA_FLOWS", "").split(",") if name.strip())
    if any(not re.fullmatch(r"[a-z_]{1,40}", name) for name in flows):
        problems.append("PUSPA_FLOWS must list dialogue names, e.g. registration,survey")
    private_key = environ.get("PUSPA_FLOW_PRIVATE_KEY", "").strip()
    if private_key and "PRIVATE KEY-----" not in private_key:
        problems.append("PUSPA_FLOW_PRIVATE_KEY must be a PEM private key (-----BEGIN … PRIVATE KEY-----)")
    if problems:
        raise ConfigError("PUSPA configuration is incomplete: " + "; ".join(problems))
    return Settings(
        whatsapp_token=environ["WHATSAPP_TOKEN"].strip(),
        whatsapp_app_secret=environ["WHATSAPP_APP_SECRET"].strip(),
        whatsapp_verify_token=environ["WHATSAPP_VERIFY_TOKEN"].strip(),
        whatsapp_phone_number_id=environ["WHATSAPP_PHONE_NUMBER_ID"].strip(),
        whatsapp_api_url=api_url.rstrip("/"),
        # Its own secret, so that rotating Meta's app secret does not break stored hashes; the app
        # secret stands in when it is not set.
        hash_secret=environ.get("PUSPA_HASH_SECRET", "").strip() or environ["WHATSAPP_APP_SECRET"].strip(),
        google_cloud_project=environ["GOOGLE_CLOUD_PROJECT"].strip(),
        session_idle_minutes=int(idle),
        session_ttl_days=int(ttl_days),
        content_refresh_s=refresh,
        graph_timeout_s=timeout,
        graph_max_attempts=int(attempts),
        log_level=log_level,
        admin_wa_ids=admins,
        staff_by_office={environ["WHATSAPP_PHONE_NUMBER_ID"].strip(): admins, **staff},
        flood_burst=int(burst),
        flood_refill_s=refill,
        status_template=template_name(environ, "PUSPA_STATUS_TEMPLATE"),
        admin_template=template_name(environ, "PUSPA_ADMIN_TEMPLATE"),
        info_template=template_name(environ, "PUSPA_INFO_TEMPLATE"),
        ready_template=template_name(environ, "PUSPA_READY_TEMPLATE"),
        reminder_template=template_name(environ, "PUSPA_REMINDER_TEMPLATE"),
        template_language=template_language(environ),
        registration_keep_days=int(keep_days),
        answer_template=template_name(environ, "PUSPA_ANSWER_TEMPLATE"),
        form_idle_minutes=int(form_idle),
        ticket_keep_days=int(ticket_days),
        question_min_length=int(min_length),
        max_open_questions=int(max_open),
        admin_emails=emails,
        rollup_emails=rollup_emails,
        notify_max_age_hours=int(max_age),
        smtp_host=environ.get("SMTP_HOST", "").strip(),
        smtp_port=int(smtp_port),
        smtp_security=smtp_security,
        smtp_user=environ.get("SMTP_USER", "").strip(),
        smtp_password=environ.get("SMTP_PASSWORD", ""),
        smtp_from=environ.get("SMTP_FROM", "").strip(),
        graph_proxies=_graph_proxies(environ, api_url),
        ca_bundle=(environ.get("REQUESTS_CA_BUNDLE") or environ.get("CURL_CA_BUNDLE") or "").strip(),
        papers_bucket=environ.get("PUSPA_PAPERS_BUCKET", "").strip(),
        papers_view_url=papers_view_url,
        papers_signing_key=environ.get("PUSPA_PAPERS_SIGNING_KEY", "").strip(),
        storage_emulator_host=environ.get("STORAGE_EMULATOR_HOST", "").strip(),
        flows=flows,
        flow_private_key=private_key,
        flow_key_passphrase=environ.get("PUSPA_FLOW_KEY_PASSPHRASE", ""),
        business_account_id=environ.get("WHATSAPP_BUSINESS_ACCOUNT_ID", "").strip(),
    )
