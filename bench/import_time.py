"""What importing the webhook's main.py costs: PUSPA's against the floor's (bench/floor/main.py).

Runs `python -X importtime -c "import main"` in each folder compiled as deployed (bench/deployed.py:
as Cloud Functions' buildpack compiles it, both sides alike; `--from-source` for the bare folders),
as functions-framework finds main.py there (no PYTHONPATH), with dummy values for the variables
PUSPA's main.py requires at import and FIRESTORE_EMULATOR_HOST on a closed local port so nothing
can connect. The runs are
interleaved PUSPA, floor, …; figures are medians. Then PUSPA's import tree in the median run:
main.py's own imports, and the 15 slowest packages it pulls in (what the webhook instance loads,
whether it needs it or not).

    .venv/bin/python -m bench.import_time [--runs 5] [--from-source]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from bench.deployed import as_deployed
from localdev.emulator import free_port

ROOT = Path(__file__).resolve().parent.parent
SOURCES = {"puspa": ROOT / "functions", "floor": ROOT / "bench" / "floor"}
NAMESPACES = ("google", "google.cloud")  # namespace packages: group by the package below them
TOP = 15


@dataclass
class Module:
    name: str
    self_us: int
    cumulative_us: int
    depth: int
    children: list[Module] = field(default_factory=list)


def parse(stderr: str) -> list[Module]:
    """The import tree from `-X importtime` output (printed children first); the roots, in order."""
    pending: list[Module] = []
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "imported package" in line:
            continue
        head, cumulative_us, name = line.split("|", 2)
        self_us = head.split(":", 1)[1]
        module_name = name[1:]  # one space after the bar, then two per level
        depth = (len(module_name) - len(module_name.lstrip(" "))) // 2
        module = Module(module_name.strip(), int(self_us), int(cumulative_us), depth)
        while pending and pending[-1].depth > depth:
            module.children.insert(0, pending.pop())
        pending.append(module)
    return pending


def package_of(name: str) -> str:
    parts = name.split(".")
    keep = 1
    while ".".join(parts[:keep]) in NAMESPACES and keep < len(parts):
        keep += 1
    return ".".join(parts[:keep])


@dataclass
class Package:
    name: str
    cumulative_us: int = 0  # its outermost imports, with everything they import first
    own_us: int = 0  # its modules alone
    modules: int = 0
    via: tuple[str, ...] = ()  # the chain of imports that first brought it in


def packages(root: Module) -> list[Package]:
    """The packages imported under `root`, slowest (cumulative) first."""
    found: dict[str, Package] = {}

    def walk(module: Module, chain: tuple[str, ...], inside: frozenset[str]) -> None:
        name = package_of(module.name)
        package = found.setdefault(name, Package(name, via=chain))
        package.own_us += module.self_us
        package.modules += 1
        if name not in inside:  # nested imports of the same package are in its cumulative already
            package.cumulative_us += module.cumulative_us
        for child in module.children:
            walk(child, (*chain, module.name), inside | {name})

    for child in root.children:
        walk(child, (), frozenset())
    return sorted(found.values(), key=lambda p: -p.cumulative_us)


def measure(source: Path, env: dict[str, str]) -> Module:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import main"],
        cwd=source, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        raise SystemExit(f"`import main` failed in {source}:\n{result.stderr[-3000:]}")
    main = next((m for m in parse(result.stderr) if m.name == "main"), None)
    if main is None:
        raise SystemExit(f"no `main` in the -X importtime output of {source}")
    return main


def _ms(us: float) -> str:
    return f"{us / 1000:.0f} ms"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Import time of PUSPA's main.py against the floor's")
    parser.add_argument("--runs", type=int, default=5, help="runs of each, interleaved (default 5, at most 50)")
    parser.add_argument("--from-source", action="store_true", help="the source folders, not the packages")
    args = parser.parse_args(argv)
    if not 1 <= args.runs <= 50:
        parser.error("--runs must be 1..50")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update({
        "WHATSAPP_TOKEN": "dummy", "WHATSAPP_APP_SECRET": "dummy", "WHATSAPP_VERIFY_TOKEN": "dummy",
        "WHATSAPP_PHONE_NUMBER_ID": "100000000000001", "GOOGLE_CLOUD_PROJECT": "demo-puspa-import-time",
        "FIRESTORE_EMULATOR_HOST": f"127.0.0.1:{free_port()}",  # closed: nothing can connect
    })  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="bench-import-") as workdir:
        sources = SOURCES if args.from_source else {name: as_deployed(s, Path(workdir)) for name, s in SOURCES.items()}
        for source in sources.values():  # unmeasured: files in the page cache
            measure(source, env)
        runs: dict[str, list[Module]] = {name: [] for name in sources}
        for _ in range(args.runs):
            for name, source in sources.items():
                runs[name].append(measure(source, env))
    print(
        "both from "
        + ("their source folders" if args.from_source else "copies compiled as deployed (bench/deployed.py)")
    )
    totals = {name: statistics.median(m.cumulative_us for m in mains) for name, mains in runs.items()}
    ratios = [p.cumulative_us / f.cumulative_us for p, f in zip(runs["puspa"], runs["floor"], strict=True)]
    print(f"`import main` (-X importtime, cumulative), median of {args.runs} interleaved runs:")
    print(
        f"import main: puspa {_ms(totals['puspa'])}, floor {_ms(totals['floor'])}, "
        f"ratio {totals['puspa'] / totals['floor']:.2f} (runs {min(ratios):.2f}–{max(ratios):.2f})"
    )
    puspa = sorted(runs["puspa"], key=lambda m: m.cumulative_us)[len(runs["puspa"]) // 2]
    floor = sorted(runs["floor"], key=lambda m: m.cumulative_us)[len(runs["floor"]) // 2]
    floor_packages = {p.name for p in packages(floor)}
    print(f"\nPUSPA's main.py imports (median run, {_ms(puspa.cumulative_us)}), cumulative:")
    for child in sorted(puspa.children, key=lambda m: -m.cumulative_us):
        print(f"  {_ms(child.cumulative_us):>7}  {child.name}")
    print(f"\nthe {TOP} slowest packages PUSPA's main.py pulls in (cumulative: with what they import first; own:")
    print("their modules alone; * = the floor imports it too; otherwise the imports that first brought it in):")
    for package in packages(puspa)[:TOP]:
        shared = "*" if package.name in floor_packages else " "
        via = "" if shared == "*" or not package.via else f"  via {' > '.join(package.via)}"
        print(
            f"  {_ms(package.cumulative_us):>7}  own {_ms(package.own_us):>6}  {package.modules:>4} modules  "
            f"{shared} {package.name}{via}"
        )
    print(f"\nthe {TOP} slowest single modules under PUSPA's main.py, by their own time:")
    for module in sorted(_walk(puspa), key=lambda m: -m.self_us)[:TOP]:
        print(f"  {module.self_us / 1000:>5.1f} ms  {module.name}")


def _walk(module: Module) -> list[Module]:
    return [m for child in module.children for m in (child, *_walk(child))]


if __name__ == "__main__":
    main()
