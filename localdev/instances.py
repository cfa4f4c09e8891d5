"""Which `make run`s are running on this machine, and whether the webhook's port is free.

Each run records itself as `<tmp>/puspa-make-run/<pid>.json` (its port and folder) while it runs;
a record whose process has ended is ignored and removed.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import tempfile
from dataclasses import dataclass
from pathlib import Path

RUNS = Path(tempfile.gettempdir()) / "puspa-make-run"


@dataclass(frozen=True)
class Instance:
    pid: int
    port: int
    folder: str


def port_is_free(port: int) -> bool:
    """Whether the webhook could listen on 127.0.0.1:`port` now (as functions-framework binds it)."""
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError as exc:
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                return False
            raise
    return True


def free_port_from(port: int) -> int:
    """The first free port after `port`, to suggest instead."""
    return next(p for p in range(port + 1, port + 200) if port_is_free(p))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def running() -> list[Instance]:
    """The other `make run`s still running, oldest record first."""
    found = []
    for record in sorted(RUNS.glob("*.json"), key=lambda p: p.stat().st_mtime) if RUNS.is_dir() else ():
        try:
            data = json.loads(record.read_text())
            instance = Instance(int(data["pid"]), int(data["port"]), str(data["folder"]))
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if instance.pid == os.getpid():
            continue
        if _alive(instance.pid):
            found.append(instance)
        else:
            with contextlib.suppress(OSError):
                record.unlink()
    return found


def register(port: int) -> Path:
    """Record this run; remove the returned file when it ends."""
    RUNS.mkdir(parents=True, exist_ok=True)
    record = RUNS / f"{os.getpid()}.json"
    record.write_text(json.dumps({"pid": os.getpid(), "port": port, "folder": os.getcwd()}))
    return record


def port_taken_message(port: int) -> str:
    """Why the webhook cannot start on `port`, and what to do instead."""
    other = free_port_from(port)
    owner = next((i for i in running() if i.port == port), None)
    if owner is not None:
        return (
            f"make run sudah berjalan di port {port} (PID {owner.pid}, folder {owner.folder}).\n"
            "Pakai chat di terminal itu, atau hentikan dengan /keluar di sana; untuk menjalankan satu lagi, "
            f"pakai port lain: make run PORT={other}"
        )
    return (
        f"Port {port} sudah dipakai program lain, jadi webhook PUSPA tidak bisa berjalan di sana "
        f"(setiap pesan akan gagal).\nJalankan di port lain: make run PORT={other}  (atau hentikan program itu)"
    )
