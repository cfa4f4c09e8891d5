from __future__ import annotations

import pytest

from puspa.app.config import DEFAULT_GRAPH_API_URL, load_settings
from puspa.errors import ConfigError

FULL = {
    "WHATSAPP_TOKEN": "t0ken",
    "WHATSAPP_APP_SECRET": "s3cret",
    "WHATSAPP_VERIFY_TOKEN": "v3rify",
    "WHATSAPP_PHONE_NUMBER_ID": "123",
    "GOOGLE_CLOUD_PROJECT": "p",
}


def test_missing_configuration_names_every_variable() -> None:
    with pytest.raises(ConfigError) as info:
        load_settings({"WHATSAPP_TOKEN": "x", "PUSPA_SESSION_IDLE_MINUTES": "soon"})
    message = str(info.value)
    for name in ("WHATSAPP_APP_SECRET", "WHATSAPP_VERIFY_TOKEN", "WHATSAPP_PHONE_NUMBER_ID", "GOOGLE_CLOUD_PROJECT",
                 "PUSPA_SESSION_IDLE_MINUTES"):  # fmt: skip
        assert name in message
    assert "WHATSAPP_TOKEN" not in message


def test_defaults_and_overrides() -> None:
    settings = load_settings(FULL)
    assert settings.whatsapp_api_url == DEFAULT_GRAPH_API_URL
    assert settings.session_idle_minutes == 30
    custom = load_settings({**FULL, "PUSPA_SESSION_IDLE_MINUTES": "5", "WHATSAPP_API_URL": "http://127.0.0.1:9/v25.0/"})
    assert custom.session_idle_minutes == 5
    assert custom.whatsapp_api_url == "http://127.0.0.1:9/v25.0"


def test_repr_masks_secrets() -> None:
    shown = repr(load_settings(FULL))
    assert "t0ken" not in shown and "s3cret" not in shown and "v3rify" not in shown
    assert "whatsapp_phone_number_id='123'" in shown


@pytest.mark.parametrize(
    ("name", "value"),
    [("PUSPA_LOG_LEVEL", "verbose"), ("PUSPA_SESSION_IDLE_MINUTES", "0.5"), ("PUSPA_SESSION_TTL_DAYS", "nan"),
     ("PUSPA_GRAPH_TIMEOUT_SECONDS", "inf"), ("PUSPA_GRAPH_MAX_ATTEMPTS", "-1"), ("PUSPA_ADMIN_WA_IDS", "0812abc")],
)  # fmt: skip
def test_invalid_values_are_named(name: str, value: str) -> None:
    with pytest.raises(ConfigError, match=name):
        load_settings({**FULL, name: value})


def test_admin_numbers_are_read_as_digits() -> None:
    settings = load_settings({**FULL, "PUSPA_ADMIN_WA_IDS": "+6285700000001, 6285700000002"})
    assert settings.admin_wa_ids == frozenset({"6285700000001", "6285700000002"})


def test_staff_are_per_office_and_flood_control_is_configurable() -> None:
    settings = load_settings({
        **FULL, "PUSPA_ADMIN_WA_IDS": "6285700000001", "PUSPA_STAFF_BY_OFFICE": "456=6285711111111|+6285722222222",
        "PUSPA_FLOOD_BURST": "4", "PUSPA_FLOOD_REFILL_SECONDS": "2.5",
    })  # fmt: skip
    assert settings.staff_by_office == {
        "123": frozenset({"6285700000001"}), "456": frozenset({"6285711111111", "6285722222222"})
    }  # fmt: skip
    assert (settings.flood_burst, settings.flood_refill_s) == (4, 2.5)
    assert (load_settings(FULL).flood_burst, load_settings(FULL).flood_refill_s) == (30, 6.0)  # README, .env.example


@pytest.mark.parametrize("value", ["kantor=6285711111111", "456=0812", "456=62857;x"])
def test_a_malformed_staff_list_is_refused(value: str) -> None:
    with pytest.raises(ConfigError, match="PUSPA_STAFF_BY_OFFICE"):
        load_settings({**FULL, "PUSPA_STAFF_BY_OFFICE": value})


def test_the_kabupaten_rollup_addresses_are_checked_at_start() -> None:
    smtp = {"SMTP_HOST": "smtp.example.org", "SMTP_FROM": "puspa@example.org"}
    listed = "organisasi@bogorkab.test, diskominfo@bogorkab.test"
    settings = load_settings({**FULL, **smtp, "PUSPA_ROLLUP_EMAILS": listed})
    assert settings.rollup_emails == ("organisasi@bogorkab.test", "diskominfo@bogorkab.test")
    assert load_settings(FULL).rollup_emails == ()
    with pytest.raises(ConfigError, match="PUSPA_ROLLUP_EMAILS must be comma-separated e-mail addresses"):
        load_settings({**FULL, **smtp, "PUSPA_ROLLUP_EMAILS": "organisasi@bogorkab"})
    with pytest.raises(ConfigError, match=r"SMTP_HOST is not set \(needed for PUSPA_ROLLUP_EMAILS\)"):
        load_settings({**FULL, "PUSPA_ROLLUP_EMAILS": "organisasi@bogorkab.test"})


def test_the_hash_secret_is_its_own_or_the_app_secret() -> None:
    assert load_settings(FULL).hash_secret == "s3cret"
    assert load_settings({**FULL, "PUSPA_HASH_SECRET": "h4sh"}).hash_secret == "h4sh"
    assert "h4sh" not in repr(load_settings({**FULL, "PUSPA_HASH_SECRET": "h4sh"}))


def test_graph_proxies_and_ca_bundle_are_read_once_as_requests_reads_them() -> None:
    assert load_settings(FULL).graph_proxies == {} and load_settings(FULL).ca_bundle == ""
    proxied = load_settings({**FULL, "HTTPS_PROXY": "http://user:pw@proxy.local:3128", "REQUESTS_CA_BUNDLE": "/ca.pem"})
    assert proxied.graph_proxies == {"https": "http://user:pw@proxy.local:3128"} and proxied.ca_bundle == "/ca.pem"
    assert "pw@proxy" not in repr(proxied)
    lower = load_settings({**FULL, "https_proxy": "http://proxy.local:3128", "CURL_CA_BUNDLE": "/curl.pem"})
    assert lower.graph_proxies == {"https": "http://proxy.local:3128"} and lower.ca_bundle == "/curl.pem"
    for no_proxy in ("graph.facebook.com", ".facebook.com", "*", "localhost,facebook.com", "graph.facebook.com:443"):
        bypassed = load_settings({**FULL, "HTTPS_PROXY": "http://proxy.local:3128", "NO_PROXY": no_proxy})
        assert bypassed.graph_proxies == {}, no_proxy
    elsewhere = load_settings({**FULL, "HTTPS_PROXY": "http://proxy.local:3128", "NO_PROXY": "example.org"})
    assert elsewhere.graph_proxies == {"https": "http://proxy.local:3128"}


def test_forms_on_one_screen_are_off_until_named_and_their_key_is_a_masked_pem() -> None:
    assert load_settings(FULL).flows == frozenset()
    pem = "-----BEGIN PRIVATE KEY-----\nMIIE…\n-----END PRIVATE KEY-----"
    settings = load_settings({**FULL, "PUSPA_FLOWS": "registration, survey", "PUSPA_FLOW_PRIVATE_KEY": pem,
                              "WHATSAPP_BUSINESS_ACCOUNT_ID": " 1029 "})  # fmt: skip
    assert settings.flows == frozenset({"registration", "survey"}) and settings.business_account_id == "1029"
    assert "MIIE" not in repr(settings) and "flow_private_key=***" in repr(settings)
    with pytest.raises(ConfigError, match="PUSPA_FLOWS must list dialogue names"):
        load_settings({**FULL, "PUSPA_FLOWS": "Registration!"})
    with pytest.raises(ConfigError, match="PUSPA_FLOW_PRIVATE_KEY must be a PEM private key"):
        load_settings({**FULL, "PUSPA_FLOW_PRIVATE_KEY": "ssh-rsa AAAA"})
