"""`make run` as a developer meets it: the run script and the terminal chat as real processes."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from content_seed.__main__ import main as publish
from localdev import instances
from localdev.emulator import free_port
from localdev.graph_standin import RunningStandin
from localdev.mail_sink import MailSink
from tests.conftest import APP_SECRET, OFFICE_ID, function_env

ROOT = Path(__file__).parents[2]
RUN = [sys.executable, "-m", "localdev.run"]


@pytest.fixture
def taken_port() -> Iterator[int]:
    """A port another program listens on."""
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        yield int(other.getsockname()[1])


def run_script(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*RUN, *args], cwd=ROOT, env={**os.environ, **(env or {})}, capture_output=True,
                          text=True, timeout=30, stdin=subprocess.DEVNULL)  # fmt: skip


def test_a_taken_port_is_refused_before_anything_starts(taken_port: int) -> None:
    for finished in (run_script("--port", str(taken_port)), run_script(env={"PORT": str(taken_port)})):
        assert finished.returncode == 1
        assert f"Port {taken_port} sudah dipakai program lain" in finished.stderr
        assert "Jalankan di port lain: make run PORT=" in finished.stderr
        assert "Memulai emulator" not in finished.stdout and "Traceback" not in finished.stderr


def test_another_make_run_on_the_port_is_named(taken_port: int) -> None:
    instances.RUNS.mkdir(parents=True, exist_ok=True)
    record = instances.RUNS / f"{os.getpid()}.json"  # this test's process plays the other make run
    record.write_text(json.dumps({"pid": os.getpid(), "port": taken_port, "folder": "/work/lain"}))
    try:
        finished = run_script("--port", str(taken_port))
    finally:
        record.unlink()
    assert finished.returncode == 1
    assert f"make run sudah berjalan di port {taken_port} (PID {os.getpid()}, folder /work/lain)" in finished.stderr
    assert "hentikan dengan /keluar di sana" in finished.stderr and "make run PORT=" in finished.stderr


def test_ctrl_c_during_start_up_stops_everything_without_a_traceback(taken_port: int) -> None:
    instances.RUNS.mkdir(parents=True, exist_ok=True)
    record = instances.RUNS / f"{os.getpid()}.json"  # another make run, on another port: said, not refused
    record.write_text(json.dumps({"pid": os.getpid(), "port": taken_port, "folder": "/work/lain"}))
    try:
        # unbuffered: each line arrives as it is printed
        running = subprocess.Popen([*RUN, "--port", str(free_port())], cwd=ROOT, stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                   env={**os.environ, "PYTHONUNBUFFERED": "1"})  # fmt: skip
        assert running.stdout is not None
        note = running.stdout.readline()
    finally:
        record.unlink()
    assert note.startswith(f"Catatan: make run lain sudah berjalan (PID {os.getpid()}, port {taken_port}")
    assert running.stdout.readline().startswith("Memulai emulator Firestore")  # the emulator is starting
    running.send_signal(signal.SIGINT)
    output, _ = running.communicate(timeout=60)
    assert running.returncode == 130
    assert "Dihentikan (Ctrl-C)." in output and "Traceback" not in output and "KeyboardInterrupt" not in output


def test_laporan_prints_no_log_lines_into_the_chat(
    firestore_host: str, standin: RunningStandin, tmp_path: Path
) -> None:
    env = {**os.environ, **function_env(firestore_host, standin), "PYTHONPATH": str(ROOT)}
    os.environ.update(env)
    assert publish(["--phone-number-id", OFFICE_ID]) == 0
    chat = [sys.executable, "-m", "localdev.chat", "--webhook", "http://127.0.0.1:9/", "--standin", standin.base_url,
            "--secret", APP_SECRET, "--office-id", OFFICE_ID]  # fmt: skip
    finished = subprocess.run(chat, cwd=tmp_path, env=env, input="/laporan\n/keluar\n", capture_output=True,
                              text=True, timeout=120)  # fmt: skip
    assert finished.returncode == 0, finished.stderr
    assert f"(laporan bulan ini: {tmp_path}/.run/laporan-" in finished.stdout
    assert "severity" not in finished.stdout + finished.stderr  # no JSON log line between the messages


def test_only_make_test_installs_chromium() -> None:
    def planned(target: str) -> str:
        return subprocess.run(["make", "-n", target], cwd=ROOT, capture_output=True, text=True, timeout=30).stdout

    assert "apt-get install -y -qq chromium" in planned("test")  # run only when chromium is missing
    for target in ("run", "test-fast", "lint", "install"):
        assert "chromium" not in planned(target), target


def test_waiting_for_the_digest_function_does_not_run_it(staff_env: None, mail_sink: MailSink) -> None:
    from localdev.function_process import FunctionProcess

    digest = FunctionProcess(dict(os.environ), free_port(), target="send_digest")
    try:
        digest.wait_ready()  # make run waits for it at start-up: the day's digest must not go out then
    finally:
        digest.stop()
    assert mail_sink.messages == []
