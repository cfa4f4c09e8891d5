"""The webhook as Cloud Functions runs it (a functions-framework process), on the emulator and the
Graph API stand-in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from localdev.emulator import free_port
from localdev.function_process import FunctionProcess
from localdev.graph_standin import RunningStandin
from tests.conftest import function_env


@pytest.fixture
def webhook_process(firestore_host: str, standin: RunningStandin) -> Iterator[FunctionProcess]:
    running = FunctionProcess(function_env(firestore_host, standin), free_port())
    try:
        running.wait_ready()
        yield running
    finally:
        running.stop()
