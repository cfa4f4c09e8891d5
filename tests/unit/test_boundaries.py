"""The layering rules of the house style (shared/STYLE.md, "Boundaries"), enforced: a rule that fails CI is kept."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PUSPA = Path(__file__).parents[2] / "functions" / "puspa"
PURE = ["conversation", "content.py", "whatsapp/messages.py", "whatsapp/webhook.py", "whatsapp/limits.py"]
FORBIDDEN_IN_PURE = ("flask", "functions_framework", "requests", "google.cloud", "puspa.store", "puspa.service")


def _modules(relative: str) -> list[Path]:
    path = PUSPA / relative
    return sorted(path.rglob("*.py")) if path.is_dir() else [path]


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _source_uses(path: Path, text: str) -> bool:
    return text in path.read_text()


@pytest.mark.parametrize("path", [p for r in PURE for p in _modules(r)], ids=lambda p: p.name)
def test_pure_modules_do_no_io(path: Path) -> None:
    bad = {i for i in _imports(path) if i.startswith(FORBIDDEN_IN_PURE)}
    assert not bad, f"{path} imports {bad}"
    assert not _source_uses(path, "os.environ") and not _source_uses(path, ".now(")


def test_only_the_store_imports_firestore() -> None:
    users = {p for p in PUSPA.rglob("*.py") if any(i.startswith("google.cloud.firestore") for i in _imports(p))}
    assert users and all(p.parent.name == "store" for p in users), users


def test_adapters_do_not_import_each_other_or_the_service() -> None:
    adapters = {"store", "mail", "graph"}
    for path in [*PUSPA.joinpath("store").glob("*.py"), PUSPA / "mail.py", PUSPA / "whatsapp" / "graph.py"]:
        imported = {i for i in _imports(path) if i.startswith("puspa.")}
        own = "store" if path.parent.name == "store" else path.stem
        others = {i for i in imported if i.split(".")[1] in adapters - {own} or i.endswith(("service", "effects"))}
        assert not others, f"{path} imports {others}"


def test_only_the_graph_client_imports_requests() -> None:
    users = {p.name for p in PUSPA.rglob("*.py") if "requests" in _imports(p)}
    assert users == {"graph.py"}


def test_only_config_reads_the_environment() -> None:
    users = {p.name for p in PUSPA.rglob("*.py") if _source_uses(p, "os.environ")}
    assert users <= {"config.py"}


def test_service_does_not_import_web_frameworks() -> None:
    assert not {i for i in _imports(PUSPA / "service.py") if i.startswith(("flask", "functions_framework"))}


def test_main_only_holds_entry_points() -> None:
    main = PUSPA.parent / "main.py"
    assert not {i for i in _imports(main) if i.startswith(("google.cloud", "requests"))}
    tree = ast.parse(main.read_text())
    functions = [n for n in tree.body if isinstance(n, ast.FunctionDef)]
    assert all(len(f.body) <= 12 for f in functions)
