"""A function's source folder as Cloud Functions runs it: with its bytecode compiled at build.

Google's Python buildpack for Cloud Functions runs `python3 -m compileall -f -q .` in the source
folder while building (GoogleCloudPlatform/buildpacks, cmd/python/functions_framework/lib/lib.go),
so a deployed instance imports compiled modules. This machine sets PYTHONDONTWRITEBYTECODE, so a
benchmark run from the bare source folder would compile every module at every start instead, a
cost no deployed instance pays. `as_deployed` copies a folder and compiles it the same way.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path


def as_deployed(source: Path, workdir: Path) -> Path:
    """A copy of `source` under `workdir`, compiled as the buildpack compiles it; returns the copy."""
    out = workdir / source.name
    shutil.copytree(source, out, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    subprocess.run([sys.executable, "-m", "compileall", "-f", "-q", "."], cwd=out, check=True)
    return out
