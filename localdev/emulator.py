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
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import requests


class EmulatorError(RuntimeError):
    """The emulator could not be started."""


@contextlib.contextmanager
def deferred_interrupt() -> Iterator[None]:
    """Hold a Ctrl-C back until the block ends, so a process started in it is always kept somewhere it
    will be stopped from: interrupted inside `subprocess.Popen`, the child (in its own session, which
    the terminal's Ctrl-C never reaches) would run on with nobody knowing it."""
    if threading.current_thread() is not threading.main_thread():  # signals reach the main thread only
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda number, _frame: caught.append(number))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if caught:
            raise KeyboardInterrupt


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
    emulator = None
    try:
        with deferred_interrupt():
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
        _wait_until_up(emulator, timeout_s)
    except BaseException:  # Ctrl-C while it starts included: its own session would outlive us
        if emulator is not None:
            with deferred_interrupt():
                emulator.stop()
        raise
    return emulator


def _wait_until_up(emulator: FirestoreEmulator, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if emulator.process.poll() is not None:
            raise EmulatorError(f"Firestore emulator exited early; log: {emulator.log_path}")
        try:
            if requests.get(f"http://{emulator.host}/", timeout=1).ok:
                return
        except requests.RequestException:
            pass
        time.sleep(0.2)
    raise EmulatorError(f"Firestore emulator did not answer within {timeout_s:.0f}s; log: {emulator.log_path}")
