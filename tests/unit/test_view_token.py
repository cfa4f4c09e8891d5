"""Staff's links to a resident's papers: the token is signed, expires, and carries no more than it must."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from puspa.app.handlers.papers import masked_staff, view_link
from puspa.domain.view_token import LIFETIME, ViewGrant, read_grant, sign_grant

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
GRANT = ViewGrant("106540352242922", "BRK-2026-0001", "petugas …0001", NOW + LIFETIME)


def test_a_token_reads_back_as_signed_and_expires_after_its_lifetime() -> None:
    token = sign_grant(GRANT, "secret")
    grant = read_grant(token, "secret")
    assert grant == GRANT and not grant.expired(NOW + LIFETIME - timedelta(seconds=1))
    assert grant.expired(NOW + LIFETIME)


def test_a_token_signed_with_another_secret_or_changed_is_refused() -> None:
    token = sign_grant(GRANT, "secret")
    assert read_grant(token, "another secret") is None
    _, _, mac = token.partition(".")
    other = sign_grant(ViewGrant(GRANT.office_id, "BRK-2026-0002", GRANT.staff, GRANT.expires_at), "secret")
    assert read_grant(f"{other.partition('.')[0]}.{mac}", "secret") is None  # another code, the old signature
    assert read_grant("not a token", "secret") is None and read_grant("", "secret") is None


def test_a_staff_link_names_them_masked_and_rides_in_the_fragment() -> None:
    link = view_link(
        "https://view.example.run.app/", "secret", "106540352242922", "BRK-2026-0001", "6285700000001", NOW
    )
    base, _, token = link.partition("/#")
    assert base == "https://view.example.run.app" and "6285700000001" not in link
    grant = read_grant(token, "secret")
    assert grant is not None and grant.staff == "petugas …0001" and grant.expires_at == NOW + LIFETIME
    assert masked_staff("siti.rahma@kecamatan.go.id") == "e-mail s…@kecamatan.go.id"


def test_a_link_survives_a_whatsapp_template_parameter() -> None:
    from puspa.whatsapp.limits import flatten_parameter

    for n in range(30):  # tokens of other codes and staff: none may hold a character a template drops
        link = view_link("https://v.example", "secret", "1", f"BRK-2026-{n:04d}", f"62857000000{n:02d}", NOW)
        assert flatten_parameter(f"Lihat: {link}", 900) == f"Lihat: {link}"
        assert read_grant(link.partition("#")[2], "secret") is not None
