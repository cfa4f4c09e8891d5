"""Cloud Storage adapter for residents' papers: the only module importing google.cloud.storage.

    <office>/<record>/<keyed hash of the message>.<jpg|png|pdf>   one file a resident sent

The bucket is private (uniform access, public access prevention: infra/storage.tf). Each object's
customTime is the visit day (or its upload time), and the bucket's lifecycle rule deletes it a few
days after that. A redelivered message writes the same object name again: an overwrite, never a copy.

Staff see files through V4 signed URLs that live minutes. Two signers, one URL format:
- `KeySigner`: a service account key held by the process, the way `make run` and the tests sign
  against the storage emulator (localdev makes a throwaway key; production holds no key);
- `IamSigner`: on Cloud Functions, the function's own service account signs through the IAM
  Credentials API (signBlob), given its e-mail and an access token of the runtime's credentials; it
  needs roles/iam.serviceAccountTokenCreator on itself (infra/storage.tf).
The library honours STORAGE_EMULATOR_HOST as the Firestore library honours FIRESTORE_EMULATOR_HOST.
"""

from __future__ import annotations

import json
import threading
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

import google.auth
from google.api_core import exceptions as google_exceptions
from google.auth import exceptions as auth_exceptions
from google.auth.transport.requests import Request
from google.cloud import storage  # type: ignore[attr-defined]
from google.cloud.storage.retry import DEFAULT_RETRY  # type: ignore[import-untyped]
from google.oauth2 import service_account
from msgspec import Struct

from puspa.errors import BucketError

TIMEOUT_S = 20.0  # one upload of at most 5 MB, or one listing
TRANSIENT = (
    google_exceptions.ServiceUnavailable,
    google_exceptions.InternalServerError,
    google_exceptions.TooManyRequests,
    google_exceptions.GatewayTimeout,
    google_exceptions.RetryError,
    auth_exceptions.TransportError,
    ConnectionError,
    TimeoutError,
)


class BucketCount(Struct):
    """Cloud Storage operations made (for the benchmarks): Class A (writes, lists), deletes (free), signatures."""

    writes: int = 0
    lists: int = 0
    deletes: int = 0
    signed: int = 0


class UrlSigner(Protocol):
    def sign(self, blob: Any, ttl: timedelta) -> str: ...


class KeySigner:
    """Signs with a service account key this process holds (local runs and tests, against the emulator)."""

    def __init__(self, key_file: str, endpoint: str = "") -> None:
        self._credentials = service_account.Credentials.from_service_account_info(
            json.loads(Path(key_file).read_text())
        )
        self._endpoint = endpoint or None

    def sign(self, blob: Any, ttl: timedelta) -> str:
        return str(
            blob.generate_signed_url(
                version="v4", expiration=ttl, method="GET", credentials=self._credentials,
                api_access_endpoint=self._endpoint,
            )
        )  # fmt: skip


class IamSigner:
    """Signs as the runtime's service account through IAM signBlob (Cloud Functions holds no key)."""

    def __init__(self, credentials: Any = None) -> None:
        self._credentials = credentials
        self._lock = threading.Lock()

    def _fresh(self) -> Any:
        with self._lock:
            if self._credentials is None:
                self._credentials, _ = google.auth.default(scopes=["https://www.googleapis.com/auth/cloud-platform"])
            if not self._credentials.valid:  # also learns the account's e-mail on Compute Engine ("default" before)
                self._credentials.refresh(Request())
            return self._credentials

    def sign(self, blob: Any, ttl: timedelta) -> str:
        credentials = self._fresh()
        return str(
            blob.generate_signed_url(
                version="v4", expiration=ttl, method="GET",
                service_account_email=credentials.service_account_email, access_token=credentials.token,
            )
        )  # fmt: skip


class PapersBucket:
    """Residents' papers in one private bucket."""

    def __init__(self, client: storage.Client, bucket_name: str, signer: UrlSigner) -> None:
        self._bucket = client.bucket(bucket_name)
        self._signer = signer
        self.count = BucketCount()

    @classmethod
    def for_project(cls, project: str, bucket_name: str, signing_key: str = "", endpoint: str = "") -> PapersBucket:
        """The bucket of `project`; signed with `signing_key` (a key file: the emulator) or through IAM."""
        signer: UrlSigner = KeySigner(signing_key, endpoint) if signing_key else IamSigner()
        return cls(storage.Client(project=project), bucket_name, signer)

    def _call(self, what: str, fn: Any) -> Any:
        try:
            return fn()
        except TRANSIENT as exc:
            raise BucketError(f"Cloud Storage {what} failed for now: {type(exc).__name__}", transient=True) from None
        except google_exceptions.GoogleAPICallError as exc:
            message = f"Cloud Storage {what} failed: {exc.code} {type(exc).__name__}"
            raise BucketError(message, transient=False) from None

    def put(self, name: str, data: bytes, content_type: str, custom_time: datetime) -> None:
        """Write one file (again, when Meta redelivered its message: the same name is overwritten)."""
        blob = self._bucket.blob(name)
        blob.custom_time = custom_time
        self._call("upload", lambda: blob.upload_from_string(
            data, content_type=content_type, retry=DEFAULT_RETRY, timeout=TIMEOUT_S))  # fmt: skip
        self.count.writes += 1

    def _delete_one(self, name: str) -> bool:
        try:
            self._bucket.blob(name).delete(timeout=TIMEOUT_S, retry=DEFAULT_RETRY)
        except google_exceptions.NotFound:
            return False
        return True

    def delete(self, names: list[str] | tuple[str, ...]) -> int:
        """Delete these files (the ones already gone are not an error); how many were there."""
        deleted = 0
        for name in names:
            deleted += bool(self._call("delete", lambda n=name: self._delete_one(n)))
            self.count.deletes += 1
        return deleted

    def names_under(self, prefix: str) -> list[str]:
        """Every file under `prefix` (a record's folder): also those a failed turn left unrecorded."""
        self.count.lists += 1
        names: list[str] = self._call(
            "listing", lambda: [b.name for b in self._bucket.list_blobs(prefix=prefix, timeout=TIMEOUT_S)]
        )
        return names

    def delete_under(self, prefix: str) -> int:
        return self.delete(self.names_under(prefix))

    def custom_time(self, name: str) -> datetime | None:
        """The customTime a file was stored with (for tests and checks), None when there is no such file."""
        blob = self._call("read", lambda: self._bucket.get_blob(name, timeout=TIMEOUT_S))
        return blob.custom_time if blob is not None else None

    def signed_url(self, name: str, ttl: timedelta) -> str:
        """A GET URL for one file, valid `ttl` (minutes): the only way anyone sees a file."""
        self.count.signed += 1
        try:
            return self._signer.sign(self._bucket.blob(name), ttl)
        except (auth_exceptions.TransportError, auth_exceptions.RefreshError) as exc:
            raise BucketError(f"signing a URL failed: {type(exc).__name__}", transient=True) from None
