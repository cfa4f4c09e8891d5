"""The media a resident sends, fetched through the Graph API client from the stand-in, which serves them
as Meta does: GET /{media-id} with the token gives a short-lived URL that needs the token too."""

from __future__ import annotations

import pytest
import requests

from localdev.graph_standin import RunningStandin
from puspa.errors import GraphApiError, MediaTooLargeError
from puspa.whatsapp.graph import GraphClient
from tests.conftest import OFFICE_ID, TOKEN
from tests.fakes import JPEG, PDF


@pytest.fixture
def client(standin: RunningStandin) -> GraphClient:
    return GraphClient(standin.api_url(), TOKEN, timeout_s=5, max_attempts=3, sleep=lambda _: None)


def test_a_photo_is_downloaded_whole_with_its_type(client: GraphClient, standin: RunningStandin) -> None:
    media_id = standin.put_media(JPEG, "image/jpeg")
    media = client.download_media(media_id, 1_000_000, OFFICE_ID)
    assert media.data == JPEG and media.mime_type == "image/jpeg"
    info = client.media_info(media_id)
    assert info.file_size == len(JPEG) and info.url.startswith(standin.base_url)


def test_the_download_url_needs_the_token(client: GraphClient, standin: RunningStandin) -> None:
    url = client.media_info(standin.put_media(PDF, "application/pdf")).url
    assert requests.get(url, timeout=5).status_code == 401
    assert requests.get(url, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=5).content == PDF


def test_an_unknown_media_id_is_metas_error_100_and_permanent(client: GraphClient) -> None:
    with pytest.raises(GraphApiError) as info:
        client.download_media("123456789", 1_000_000)
    assert info.value.code == 100 and info.value.http_status == 400 and not info.value.transient


def test_an_expired_url_is_asked_for_again_once(client: GraphClient, standin: RunningStandin) -> None:
    media_id = standin.put_media(JPEG, "image/jpeg")
    moments = iter([0.0, 400.0, 400.0, 400.0])  # issued; downloaded 400 s later (expired); issued again; downloaded
    standin.state.clock = lambda: next(moments)
    assert client.download_media(media_id, 1_000_000).data == JPEG
    assert standin.state.media_calls == 4


def test_a_url_that_keeps_expiring_fails_as_not_found(client: GraphClient, standin: RunningStandin) -> None:
    media_id = standin.put_media(JPEG, "image/jpeg")
    standin.state.media_url_ttl_s = -1
    with pytest.raises(GraphApiError) as info:
        client.download_media(media_id, 1_000_000)
    assert info.value.http_status == 404 and not info.value.transient and standin.state.media_calls == 4


def test_a_file_declared_too_large_is_not_downloaded(client: GraphClient, standin: RunningStandin) -> None:
    media_id = standin.put_media(JPEG + b"0" * 5000, "image/jpeg")
    with pytest.raises(MediaTooLargeError):
        client.download_media(media_id, 1000)
    assert standin.state.media_calls == 1  # only the media's description


def test_a_file_larger_than_declared_is_cut_off(client: GraphClient, standin: RunningStandin) -> None:
    media_id = standin.put_media(JPEG + b"0" * 300_000, "image/jpeg")
    original = GraphClient.media_info

    def understated(self: GraphClient, media_id: str, office_id: str = "") -> object:
        info = original(self, media_id, office_id)
        return type(info)(info.url, info.mime_type, 10)  # Meta's file_size said 10 bytes

    client.media_info = understated.__get__(client)  # type: ignore[method-assign]
    with pytest.raises(MediaTooLargeError):
        client.download_media(media_id, 100_000)


def test_a_transient_failure_is_retried_and_a_refused_token_is_an_outage(
    client: GraphClient, standin: RunningStandin
) -> None:
    media_id = standin.put_media(JPEG, "image/jpeg")
    standin.state.media_faults.append({"code": 1, "http_status": 500})
    assert client.download_media(media_id, 1_000_000).data == JPEG
    expired = GraphClient(standin.api_url(), "expired", max_attempts=3, sleep=lambda _: None)
    with pytest.raises(GraphApiError) as info:
        expired.download_media(media_id, 1_000_000)
    assert info.value.code == 190 and info.value.outage


def test_a_media_error_never_quotes_the_media_id(client: GraphClient) -> None:
    with pytest.raises(GraphApiError) as info:
        client.download_media("555000111222", 1_000_000)
    assert "555000111222" not in str(info.value)  # Meta's message names it: the error is logged
