"""Run the webhook the way Cloud Functions does: `functions-framework --source main.py
--target whatsapp_webhook` from functions/, as a child process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path

import requests

FUNCTIONS_DIR = Path(__file__).resolve().parent.parent / "functions"


class FunctionProcess:
    def __init__(
        self, env: Mapping[str, str], port: int, target: str = "whatsapp_webhook", signature_type: str = "http"
    ) -> None:
        self.port = port
        self.url = f"http://127.0.0.1:{port}/"
        binary = Path(sys.executable).parent / "functions-framework"
        self.log_path = Path(tempfile.mkstemp(prefix="puspa-function-", suffix=".log")[1])
        self._log = self.log_path.open("wb")
        command = [str(binary), "--source", "main.py", "--target", target, "--signature-type", signature_type,
                   "--host", "127.0.0.1", "--port", str(port)]  # fmt: skip
        self.process = subprocess.Popen(
            command, cwd=FUNCTIONS_DIR, env={**os.environ, **env}, start_new_session=True,
            stdout=self._log, stderr=subprocess.STDOUT,
        )  # fmt: skip

    def wait_ready(self, timeout_s: float = 30.0) -> None:
        """Wait until the function answers HTTP. The probe asks for /robots.txt, which functions-framework
        answers itself: probing the function's own path would run it (send_digest would send the digest)."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"function exited with {self.process.returncode}:\n{self.output()}")
            try:
                requests.head(f"{self.url}robots.txt", timeout=1)
            except requests.RequestException:
                time.sleep(0.2)
                continue
            if self.process.poll() is not None:  # someone else answered on its port
                raise RuntimeError(f"function exited with {self.process.returncode}:\n{self.output()}")
            return
        raise RuntimeError(f"function did not listen on {self.url} within {timeout_s}s")

    def output(self) -> str:
        """What the function printed so far (its log)."""
        return self.log_path.read_text(errors="replace")

    def stop(self) -> str:
        """Stop the process group; return what it printed."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        self._log.close()
        return self.output()
