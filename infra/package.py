"""Build the folder Terraform zips and deploys: a copy of `functions/` with its bytecode compiled.

Without `.pyc` files every cold instance compiles PUSPA's ~90 modules from source before it can
answer (Cloud Run's file system starts empty each time, so nothing compiled at run time is kept).
The bytecode uses unchecked-hash validation: zipping and unpacking do not keep modification times,
which would make timestamp-checked bytecode look stale. Safe here because the folder is rebuilt from
the source on every run and nobody edits it.

    python infra/package.py [--source functions] [--out infra/.build/functions]

Run it with the Python of the deployed runtime (3.11; bytecode of another version is ignored).
"""

from __future__ import annotations

import argparse
import compileall
import py_compile
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNTIME = (3, 11)  # google_cloudfunctions2_function runtime "python311" in functions.tf


def build(source: Path, out: Path) -> int:
    """Replace `out` with `source` plus compiled bytecode; return how many modules were compiled."""
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(source, out, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".*"))
    modules = sorted(out.rglob("*.py"))
    ok = compileall.compile_dir(
        out, quiet=1, force=True, invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH
    )
    if not ok:
        raise SystemExit(f"package: a module in {source} does not compile")
    return len(modules)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="the deployable functions folder, with bytecode")
    parser.add_argument("--source", type=Path, default=ROOT / "functions")
    parser.add_argument("--out", type=Path, default=ROOT / "infra" / ".build" / "functions")
    args = parser.parse_args(argv)
    if sys.version_info[:2] != RUNTIME:
        here, runtime = ".".join(map(str, sys.version_info[:2])), ".".join(map(str, RUNTIME))
        print(f"package: warning: Python {here} compiles bytecode the {runtime} runtime ignores "
              "(it would compile at every cold start)", file=sys.stderr)  # fmt: skip
    count = build(args.source.resolve(), args.out.resolve())
    print(f"package: {args.out} ({count} modules compiled)")


if __name__ == "__main__":
    main()
