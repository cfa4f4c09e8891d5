"""Start and stop a local Cloud Storage emulator (the `gcp-storage-emulator` package, in memory) for the
papers bucket, and make the throwaway key that signs URLs against it.

Google ships no Cloud Storage emulator. This one speaks the JSON API the official client uses through
STORAGE_EMULATOR_HOST, keeps an object's customTime, and serves objects at `/<bucket>/<name>`, the path
of a V4 signed URL; it does not check signatures (tests check them with the key's public half).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import requests

from localdev.emulator import EmulatorError, deferred_interrupt, free_port

BUCKET = "puspa-papers-local"
SIGNER_EMAIL = "puspa-local@demo-puspa-local.iam.gserviceaccount.com"


@dataclass
class StorageEmulator:
    """A running emulator; `host` is the value for STORAGE_EMULATOR_HOST (with its scheme)."""

    process: subprocess.Popen[bytes]
    host: str
    bucket: str
    log_path: Path

    def reset(self) -> None:
        """Delete every object (the bucket stays)."""
        requests.get(f"{self.host}/wipe", params={"keep-buckets": "1"}, timeout=10).raise_for_status()

    def stop(self) -> None:
        if self.process.poll() is not None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)


def start_storage_emulator(bucket: str = BUCKET, timeout_s: float = 30.0) -> StorageEmulator:
    """Start the emulator on a free port of 127.0.0.1 with `bucket` made, and wait until it answers."""
    port = free_port()
    host = f"http://127.0.0.1:{port}"
    log_path = Path(tempfile.mkstemp(prefix="storage-emulator-", suffix=".log")[1])
    command = [sys.executable, "-m", "gcp_storage_emulator", "start", "--host", "127.0.0.1", "--port", str(port),
               "--in-memory", "--default-bucket", bucket, "--quiet"]  # fmt: skip
    emulator = None
    try:
        with deferred_interrupt(), log_path.open("wb") as log:
            process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                       start_new_session=True)  # fmt: skip
            emulator = StorageEmulator(process, host, bucket, log_path)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise EmulatorError(f"Cloud Storage emulator exited early; log: {log_path}")
            with contextlib.suppress(requests.RequestException):
                if requests.get(f"{host}/", timeout=1).ok:
                    return emulator
            time.sleep(0.1)
        raise EmulatorError(f"Cloud Storage emulator did not answer within {timeout_s:.0f}s; log: {log_path}")
    except BaseException:
        if emulator is not None:
            with deferred_interrupt():
                emulator.stop()
        raise


def write_signing_key(folder: Path, email: str = SIGNER_EMAIL) -> Path:
    """A throwaway service account key (RSA 2048) in `folder`, in the JSON shape Google's libraries read:
    what `make run` and the tests sign URLs with, as production signs through IAM with its own account."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption()).decode()  # fmt: skip
    info = {"type": "service_account", "project_id": "demo-puspa-local", "private_key_id": "local",
            "private_key": pem, "client_email": email, "client_id": "0",
            "token_uri": "https://oauth2.googleapis.com/token"}  # fmt: skip
    path = folder / "papers-signing-key.json"
    path.write_text(json.dumps(info))
    path.chmod(0o600)
    return path
