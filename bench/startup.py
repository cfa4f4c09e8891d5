"""Start fast, stay cheap: PUSPA's webhook against the floor (bench/floor/main.py), as ratios.

Absolute times on a shared machine are noise; ratios measured in one run with the two processes
interleaved are not. Both webhooks run as Cloud Functions runs them (`functions-framework --source
main.py --target whatsapp_webhook`, one child process each, in its own process group) against the
same Firestore emulator and the same Graph API stand-in (in this process), which keeps connections
open between calls as Meta's Graph API does: both webhooks keep one open (a pooled session). Each runs from a copy
compiled as Cloud Functions' buildpack compiles a deployed function (bench/deployed.py);
`--from-source` runs the bare source folders instead (on a machine that writes no bytecode, every
start then compiles every module).

- cold start: from spawning the process to the stand-in receiving the reply to the first signed
  POST, split at the moment the process accepts connections (functions-framework binds once
  main.py is imported); rounds alternate PUSPA, floor, PUSPA, floor, … after one unmeasured pair,
  and after EMULATOR_WARMUP unmeasured messages to each side (the emulator's JIT settles first).
  The budget is the ratio of the medians; the median of the rounds' own ratios is printed beside it.
- warm: one process of each running; messages alternate PUSPA, floor, …, one at a time; each is
  timed from sending the POST until the last reply of its turn reached the stand-in.

    PYTHONPATH=functions:. .venv/bin/python -m bench.startup [--rounds 25] [--messages 200] [--from-source]
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import hmac
import itertools
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import FrameType
from typing import Any

import requests

from bench.deployed import as_deployed
from content_seed.files import OFFICES_DIR, load_bundle
from content_seed.publish import version_of
from localdev.emulator import FirestoreEmulator, free_port, start_emulator
from localdev.graph_standin import RunningStandin

ROOT = Path(__file__).resolve().parent.parent
PUSPA_SOURCE = ROOT / "functions"
FLOOR_SOURCE = ROOT / "bench" / "floor"
TEMPLATE = ROOT / "tests" / "data" / "webhooks" / "text.json"  # a captured Meta text-message webhook
FUNCTIONS_FRAMEWORK = Path(sys.executable).parent / "functions-framework"

PROJECT = "demo-puspa-bench-startup"
OFFICE_ID = "106540352242922"
APP_SECRET = "bench-app-secret"
TOKEN = "bench-token"
TEXT = "syarat bikin kk"
SENDERS = 100  # warm messages rotate over this many senders: 2 per sender at 200 messages
WARMUP_MESSAGES = 10  # per side, unmeasured, before the warm figures
# Per side, unmeasured, before the cold rounds: a new emulator's JVM compiles its hot paths during its
# first few hundred requests, taking a core from whichever side is starting then.
EMULATOR_WARMUP = 150
COLD_TIMEOUT_S = 90.0
BUDGETS = {"cold start": 1.25, "warm p50": 1.5}  # issue 18: ratios to the floor
MESSAGE_TIMEOUT_S = 30.0


class BenchError(RuntimeError):
    """The benchmark could not measure what it set out to measure."""


class _TimedMessages(list[dict[str, Any]]):
    """The stand-in's list of accepted sends, also noting when each one arrived, per recipient.

    Installed as `StandinState.messages`; `append` is called with the stand-in's lock held."""

    def __init__(self) -> None:
        super().__init__()
        self.arrived: dict[str, list[float]] = {}
        self.changed = threading.Condition()

    def append(self, item: dict[str, Any]) -> None:
        now = time.perf_counter()
        super().append(item)
        recipient = str(item["body"].get("to") or item["body"].get("recipient"))
        with self.changed:
            self.arrived.setdefault(recipient, []).append(now)
            self.changed.notify_all()

    def since(self, recipient: str, started: float) -> list[float]:
        with self.changed:
            return [t for t in self.arrived.get(recipient, ()) if t >= started]

    def wait_reply(self, recipient: str, started: float, timeout_s: float) -> list[float]:
        """Arrival times of replies to `recipient` since `started`; waits for the first one."""
        deadline = time.monotonic() + timeout_s
        with self.changed:
            while True:
                times = [t for t in self.arrived.get(recipient, ()) if t >= started]
                left = deadline - time.monotonic()
                if times or left <= 0:
                    return times
                self.changed.wait(left)


@dataclass
class Side:
    """One of the two webhooks under test."""

    name: str
    source: Path
    senders: Iterator[str]
    wamids: Iterator[int] = field(default_factory=itertools.count)

    def body(self, sender: str) -> bytes:
        """A Meta-shaped text message webhook from `sender`, as the raw bytes Meta signs."""
        payload = json.loads(TEMPLATE.read_text())
        value = payload["entry"][0]["changes"][0]["value"]
        value["metadata"]["phone_number_id"] = OFFICE_ID
        value["contacts"][0]["wa_id"] = sender
        message = value["messages"][0]
        wamid = f"wamid.BENCH{self.name.upper()}{sender}{next(self.wamids):08d}"
        message.update({"from": sender, "id": wamid, "timestamp": str(int(time.time())), "text": {"body": TEXT}})
        return json.dumps(payload).encode()


def signature(body: bytes) -> str:
    """X-Hub-Signature-256 as Meta sends it: HMAC-SHA256 of the raw body with the app secret."""
    return "sha256=" + hmac.new(APP_SECRET.encode(), body, hashlib.sha256).hexdigest()


class Webhook:
    """A webhook under functions-framework, in its own process group; `stop` ends the group."""

    def __init__(self, side: Side, env: dict[str, str]) -> None:
        self.side = side
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.log_path = Path(tempfile.mkstemp(prefix=f"bench-{side.name}-", suffix=".log")[1])
        self._log = self.log_path.open("wb")
        command = [str(FUNCTIONS_FRAMEWORK), "--source", side.source.name, "--target", "whatsapp_webhook",
                   "--signature-type", "http", "--host", "127.0.0.1", "--port", str(self.port)]  # fmt: skip
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            command, cwd=side.source.parent, env=env, start_new_session=True,
            stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        self.http = requests.Session()

    def post(self, body: bytes, timeout_s: float = MESSAGE_TIMEOUT_S) -> int:
        headers = {"Content-Type": "application/json", "X-Hub-Signature-256": signature(body)}
        return self.http.post(self.url, data=body, headers=headers, timeout=timeout_s).status_code

    def wait_listening(self, timeout_s: float) -> float:
        """Wait until the process accepts connections (it binds once main.py is imported); return when."""
        deadline = time.monotonic() + timeout_s
        while True:
            if self.process.poll() is not None:
                raise BenchError(f"{self.side.name} exited with {self.process.returncode}:\n{self.output()[-3000:]}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return time.perf_counter()
            except OSError:
                if time.monotonic() > deadline:
                    raise BenchError(f"{self.side.name} did not listen within {timeout_s:.0f} s") from None
                time.sleep(0.01)

    def output(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        self.http.close()
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        self._log.close()


@dataclass
class ColdStart:
    seconds: float  # spawn -> the reply to the first message at the stand-in
    listening_s: float  # spawn -> accepting connections (functions-framework binds after importing main.py)


@dataclass
class Turn:
    seconds: float  # POST sent -> last reply of the turn at the stand-in
    replies: int


class Bench:
    def __init__(self, standin: RunningStandin, env: dict[str, str]) -> None:
        self.standin = standin
        self.arrivals = _TimedMessages()
        with standin.state.lock:
            standin.state.messages = self.arrivals
        self.env = env
        self.running: list[Webhook] = []

    def spawn(self, side: Side) -> Webhook:
        webhook = Webhook(side, self.env)
        self.running.append(webhook)
        return webhook

    def stop(self, webhook: Webhook, keep_log: bool = False) -> None:
        webhook.stop()
        self.running.remove(webhook)
        if not keep_log:
            webhook.log_path.unlink(missing_ok=True)

    def stop_all(self) -> None:
        for webhook in list(self.running):
            print(f"  (stopping {webhook.side.name}; its log: {webhook.log_path})", file=sys.stderr)
            self.stop(webhook, keep_log=True)

    def reply(self, webhook: Webhook, sender: str, started: float, status: int) -> list[float]:
        if status != 200:
            raise BenchError(f"{webhook.side.name} answered HTTP {status}:\n{webhook.output()[-3000:]}")
        # The reply is sent before the HTTP answer; wait (bounded) in case it is not.
        times = self.arrivals.wait_reply(sender, started, MESSAGE_TIMEOUT_S)
        if not times:
            raise BenchError(f"{webhook.side.name} sent no reply to {sender}:\n{webhook.output()[-3000:]}")
        return times

    def first_message(self, webhook: Webhook) -> ColdStart:
        """Times from spawning `webhook` until it listens, and until its first reply reached the stand-in."""
        sender = next(webhook.side.senders)
        body = webhook.side.body(sender)
        listening = webhook.wait_listening(COLD_TIMEOUT_S)
        times = self.reply(webhook, sender, webhook.started, webhook.post(body))
        return ColdStart(max(times) - webhook.started, listening - webhook.started)

    def cold_start(self, side: Side) -> ColdStart:
        """A new process of `side`, timed to its first reply, then stopped."""
        webhook = self.spawn(side)
        cold = self.first_message(webhook)
        self.stop(webhook)
        return cold

    def warmed(self, sides: list[Side], unmeasured: int, in_time: Callable[[str], None]) -> list[Webhook]:
        """A process of each side, its first message answered, then `unmeasured` turns each, alternating."""
        webhooks = [self.spawn(side) for side in sides]
        for webhook in webhooks:
            self.first_message(webhook)
        for i in range(unmeasured):
            if i % 50 == 0:
                in_time(f"unmeasured message {i + 1}")
            for webhook in webhooks:
                self.turn(webhook)
        return webhooks

    def turn(self, webhook: Webhook) -> Turn:
        sender = next(webhook.side.senders)
        body = webhook.side.body(sender)
        started = time.perf_counter()
        status = webhook.post(body)
        times = self.reply(webhook, sender, started, status)
        return Turn(max(times) - started, len(times))


def _senders(prefix: str) -> Iterator[str]:
    """Rotating WhatsApp numbers, so PUSPA's flood control (10 then 1 per 6 s per sender) never bites."""
    return itertools.cycle(f"62{prefix}{n:07d}" for n in range(SENDERS))


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[94]


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def _spread(ratios: list[float]) -> str:
    return f"{min(ratios):.2f}–{max(ratios):.2f}"


def _deployed(source: Path, workdir: Path | None) -> Path:
    """The folder a side runs from: compiled as deployed (both sides alike), or the bare source."""
    return source if workdir is None else as_deployed(source, workdir)


def run(rounds: int, messages: int, deadline: float, from_source: bool = False) -> None:
    emulator: FirestoreEmulator | None = None
    standin: RunningStandin | None = None
    bench: Bench | None = None
    workdir = tempfile.TemporaryDirectory(prefix="bench-startup-")
    compiled_in = None if from_source else Path(workdir.name)
    try:
        emulator = start_emulator()
        standin = RunningStandin(token=TOKEN, keep_alive=True)
        os.environ["FIRESTORE_EMULATOR_HOST"] = emulator.host  # this process: publishing PUSPA's content
        from puspa.store import FirestoreStore

        bundle = load_bundle(OFFICES_DIR / "jonggol")
        FirestoreStore.for_project(PROJECT).publish_content(OFFICE_ID, version_of(bundle), bundle, published_by="bench")
        env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # each finds its code as Cloud Functions does
        env.update({
            "WHATSAPP_TOKEN": TOKEN, "WHATSAPP_APP_SECRET": APP_SECRET, "WHATSAPP_VERIFY_TOKEN": "bench-verify",
            "WHATSAPP_PHONE_NUMBER_ID": OFFICE_ID, "WHATSAPP_API_URL": standin.api_url(),
            "GOOGLE_CLOUD_PROJECT": PROJECT, "FIRESTORE_EMULATOR_HOST": emulator.host,
        })  # fmt: skip
        bench = Bench(standin, env)
        puspa = Side("puspa", _deployed(PUSPA_SOURCE, compiled_in) / "main.py", _senders("811"))
        floor = Side("floor", _deployed(FLOOR_SOURCE, compiled_in) / "main.py", _senders("812"))

        def in_time(what: str) -> None:
            if time.monotonic() > deadline:
                raise BenchError(f"out of time before {what} (--max-seconds)")

        print(f"{os.cpu_count()} CPUs; Firestore emulator {emulator.host}; Graph API stand-in {standin.base_url}")
        print(f"emulator warm-up: {EMULATOR_WARMUP} messages to each side (not counted)", flush=True)
        # Senders of their own: every cold round's message stays a first contact (no session yet).
        warm_up = bench.warmed([replace(puspa, senders=_senders("821")), replace(floor, senders=_senders("822"))],
                               EMULATOR_WARMUP, in_time)  # fmt: skip
        for webhook in warm_up:
            bench.stop(webhook)
        print("cold start: 1 warm-up pair (not counted)", flush=True)
        bench.cold_start(puspa)
        bench.cold_start(floor)
        cold: dict[str, list[ColdStart]] = {"puspa": [], "floor": []}
        for round_ in range(1, rounds + 1):
            in_time(f"cold round {round_}")
            for side in (puspa, floor):
                cold[side.name].append(bench.cold_start(side))
            last = {name: times[-1].seconds for name, times in cold.items()}
            print(f"  round {round_}: puspa {last['puspa']:.2f} s, floor {last['floor']:.2f} s", flush=True)

        in_time("the warm phase")
        webhooks = bench.warmed([puspa, floor], WARMUP_MESSAGES, in_time)
        warm: dict[str, list[Turn]] = {"puspa": [], "floor": []}
        reads_before = len(standin.state.reads)
        print(f"warm: {WARMUP_MESSAGES} warm-up messages each (not counted), then {messages} each", flush=True)
        for i in range(messages):
            if i % 50 == 0:
                in_time(f"warm message {i + 1}")
            for webhook in webhooks:
                warm[webhook.side.name].append(bench.turn(webhook))
        reads = len(standin.state.reads) - reads_before
        senders = {"puspa": next(puspa.senders)[:5], "floor": next(floor.senders)[:5]}
        with standin.state.lock:
            samples = {name: next(m["body"] for m in reversed(bench.arrivals) if m["body"]["to"].startswith(prefix))
                       for name, prefix in senders.items()}  # fmt: skip
        for webhook in webhooks:
            bench.stop(webhook)
    except BaseException:
        if bench is not None:
            bench.stop_all()
        raise
    finally:
        if standin is not None:
            standin.stop()
        if emulator is not None:
            emulator.stop()
        workdir.cleanup()

    print("both sides ran from " + ("their source folders (bytecode compiled at start)" if from_source
          else "copies compiled as Cloud Functions' buildpack compiles them (bench/deployed.py)"))  # fmt: skip
    report(cold, warm, reads, samples)


def report(
    cold: dict[str, list[ColdStart]], warm: dict[str, list[Turn]], puspa_reads: int, samples: dict[str, dict[str, Any]]
) -> None:
    rounds = len(cold["puspa"])
    messages = len(warm["puspa"])
    print()
    print(
        f"PUSPA vs floor, interleaved in one run: {rounds} cold-start rounds, {messages} warm messages each; "
        f"senders rotate over {SENDERS} numbers per side (PUSPA's flood control at its defaults, never reached)"
    )
    figures = (
        ("cold start", lambda c: c.seconds),
        ("  of which until listening (imports)", lambda c: c.listening_s),
        ("  of which the first message", lambda c: c.seconds - c.listening_s),
    )
    verdicts: dict[str, float] = {}
    for label, of in figures:
        p, f = [of(c) for c in cold["puspa"]], [of(c) for c in cold["floor"]]
        ratios = [a / b for a, b in zip(p, f, strict=True)]
        mp, mf = statistics.median(p), statistics.median(f)
        verdicts.setdefault("cold start", mp / mf)
        print(f"{label}: puspa {mp:.2f} s, floor {mf:.2f} s, ratio {mp / mf:.2f} "
              f"(rounds {_spread(ratios)}, median round {statistics.median(ratios):.2f})")  # fmt: skip
    seconds = {name: [t.seconds for t in turns] for name, turns in warm.items()}
    for label, figure in (("p50", statistics.median), ("p95", p95)):
        p, f = figure(seconds["puspa"]), figure(seconds["floor"])
        spread = ""
        if label == "p50" and messages >= 40:  # the p50 ratio in each quarter of the run, in order
            quarter = messages // 4
            parts = [
                statistics.median(seconds["puspa"][q * quarter : (q + 1) * quarter])
                / statistics.median(seconds["floor"][q * quarter : (q + 1) * quarter])
                for q in range(4)
            ]
            spread = f" (quarters {_spread(parts)})"
        verdicts.setdefault(f"warm {label}", p / f)
        print(f"warm {label}: puspa {_ms(p)}, floor {_ms(f)}, ratio {p / f:.2f}{spread}")
    replies = {name: sum(t.replies for t in turns) / len(turns) for name, turns in warm.items()}
    print(
        f"Graph API calls per message: puspa {replies['puspa']:.2f} replies + {puspa_reads / messages:.2f} "
        f"mark-as-read, floor {replies['floor']:.2f} reply"
    )
    print("budgets: " + "; ".join(
        f"{name} {verdicts[name]:.2f}× the floor ({'within' if verdicts[name] <= budget else 'OVER'} {budget}×)"
        for name, budget in BUDGETS.items()
    ))  # fmt: skip
    for name, body in samples.items():
        kind = body.get("type", "text")
        text = body["text"]["body"] if kind == "text" else body.get(kind, {}).get("body", {}).get("text", "")
        print(f"last reply of {name}: {kind}, {text[:70]!r}")


def _terminate(signum: int, _frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)  # unwinds through `finally`, which stops every process started


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="PUSPA's webhook against the floor, as ratios")
    parser.add_argument("--rounds", type=int, default=25, help="cold starts of each (default 25, at most 50)")
    parser.add_argument("--messages", type=int, default=200, help="warm messages to each (default 200, at most 5000)")
    parser.add_argument("--from-source", action="store_true", help="run the source folders, not the packages")
    parser.add_argument("--max-seconds", type=float, default=900, help="give up after this long (default 900)")
    args = parser.parse_args(argv)
    if not 1 <= args.rounds <= 50 or not 20 <= args.messages <= 5000:
        parser.error("--rounds must be 1..50 and --messages 20..5000")
    signal.signal(signal.SIGTERM, _terminate)
    signal.signal(signal.SIGINT, signal.default_int_handler)  # Ctrl-C even when started with SIGINT ignored
    started = time.monotonic()
    try:
        run(args.rounds, args.messages, started + args.max_seconds, args.from_source)
    except BenchError as exc:
        raise SystemExit(f"bench.startup: {exc}") from None
    except KeyboardInterrupt:
        raise SystemExit("bench.startup: interrupted; everything it started is stopped") from None
    print(f"({time.monotonic() - started:.0f} s in all)")


if __name__ == "__main__":
    main()
