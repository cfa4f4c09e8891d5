"""infra/package.py builds the folder Terraform deploys: the functions source plus bytecode that a
cold instance uses as it is, whatever the file times after zipping and unpacking."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]
PACKAGER = ROOT / "infra" / "package.py"


def _package(source: Path, out: Path) -> None:
    subprocess.run([sys.executable, str(PACKAGER), "--source", str(source), "--out", str(out)], check=True)


def test_every_module_of_the_functions_folder_is_shipped_with_its_bytecode(tmp_path: Path) -> None:
    out = tmp_path / "functions"
    _package(ROOT / "functions", out)
    sources = sorted(p.relative_to(out) for p in out.rglob("*.py"))
    assert Path("main.py") in sources and Path("puspa/app/webhook_service.py") in sources
    assert (out / "requirements.txt").is_file()
    tag = sys.implementation.cache_tag
    missing = [s for s in sources if not (out / s.parent / "__pycache__" / f"{s.stem}.{tag}.pyc").is_file()]
    assert missing == []


def test_the_package_runs_from_its_bytecode_even_when_file_times_change(tmp_path: Path) -> None:
    source = tmp_path / "src"
    source.mkdir()
    (source / "main.py").write_text("ANSWER = 'compiled'\n")
    (source / "__pycache__").mkdir()
    (source / "__pycache__" / "stale.cpython-311.pyc").write_bytes(b"not bytecode")  # never shipped
    out = tmp_path / "out"
    _package(source, out)
    assert not (out / "__pycache__" / "stale.cpython-311.pyc").exists()
    # What unpacking does to times, exaggerated: a source newer than its bytecode, and different.
    (out / "main.py").write_text("ANSWER = 'recompiled from source'\n")
    os.utime(out / "main.py", (4_000_000_000, 4_000_000_000))
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": ""}
    ran = subprocess.run([sys.executable, "-c", "import main; print(main.ANSWER)"], cwd=out, env=env,
                         capture_output=True, text=True, check=True)  # fmt: skip
    assert ran.stdout.strip() == "compiled"


def test_a_module_that_does_not_compile_stops_the_package(tmp_path: Path) -> None:
    source = tmp_path / "src"
    source.mkdir()
    (source / "main.py").write_text("def broken(:\n")
    done = subprocess.run([sys.executable, str(PACKAGER), "--source", str(source), "--out", str(tmp_path / "out")],
                          capture_output=True, text=True)  # fmt: skip
    assert done.returncode != 0
    assert "does not compile" in done.stderr
