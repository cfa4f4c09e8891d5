"""Start and stop Google's Firestore emulator (gcloud) as one process group.

The emulator runs as a shell wrapper plus a `java` child; stopping only the wrapper leaves the
JVM running, so the whole process group is signalled.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import requests


class EmulatorError(RuntimeError):
    """The emulator could not be started."""


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that is free right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class FirestoreEmulator:
    """A running emulator; `host` is the value for FIRESTORE_EMULATOR_HOST."""

    process: subprocess.Popen[bytes]
    host: str
    log_path: Path

    def reset(self, project: str) -> None:
        """Delete every document in `project` (the emulator's own REST endpoint)."""
        url = f"http://{self.host}/emulator/v1/projects/{project}/databases/(default)/documents"
        requests.delete(url, timeout=10).raise_for_status()

    def stop(self) -> None:
        """Stop the wrapper and its java child (the whole process group)."""
        if self.process.poll() is not None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)


def start_emulator(port: int | None = None, timeout_s: float = 60.0) -> FirestoreEmulator:
    """Start `gcloud emulators firestore start` on 127.0.0.1 and wait until it answers."""
    port = port or free_port()
    host = f"127.0.0.1:{port}"
    log_path = Path(tempfile.mkstemp(prefix="firestore-emulator-", suffix=".log")[1])
    log = log_path.open("wb")
    try:
        process = subprocess.Popen(
            ["gcloud", "emulators", "firestore", "start", f"--host-port={host}", "--quiet"],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    except FileNotFoundError as exc:
        raise EmulatorError(
            "gcloud not found: install the Google Cloud CLI and "
            "`gcloud components install cloud-firestore-emulator` (needs Java)"
        ) from exc
    emulator = FirestoreEmulator(process=process, host=host, log_path=log_path)
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise EmulatorError(f"Firestore emulator exited early; log: {log_path}")
        try:
            if requests.get(f"http://{host}/", timeout=1).ok:
                return emulator
        except requests.RequestException:
            pass
        time.sleep(0.2)
    emulator.stop()
    raise EmulatorError(f"Firestore emulator did not answer within {timeout_s:.0f}s; log: {log_path}")
