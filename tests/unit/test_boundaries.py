"""The layers of the house style (shared/STYLE.md, "Layout" and "Boundaries"), enforced by folder: a new
module is covered by the rules of the folder it is put in, without editing this test."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

FUNCTIONS = Path(__file__).parents[2] / "functions"
PUSPA = FUNCTIONS / "puspa"
ADAPTERS = [
    *sorted((PUSPA / "store").glob("*.py")),
    PUSPA / "mail.py",
    PUSPA / "eventarc.py",
    PUSPA / "bucket.py",
    PUSPA / "whatsapp" / "graph.py",
]
WHATSAPP_PURE = [p for p in sorted((PUSPA / "whatsapp").glob("*.py")) if p.name != "graph.py"]
DOMAIN = sorted((PUSPA / "domain").rglob("*.py"))
CONVERSATION = sorted((PUSPA / "conversation").rglob("*.py"))
APP = sorted((PUSPA / "app").rglob("*.py"))
PURE = [*DOMAIN, *CONVERSATION, *WHATSAPP_PURE]
IO_MODULES = ("flask", "functions_framework", "requests", "google", "cloudevents", "smtplib", "socket", "os", "time")
ALL = sorted(PUSPA.rglob("*.py"))


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:  # `from puspa.whatsapp import limits` imports puspa.whatsapp.limits
                submodule = f"{node.module}.{alias.name}"
                if not node.module.startswith("puspa"):
                    names.update({node.module, submodule})
                    continue
                relative = FUNCTIONS.joinpath(*submodule.split("."))
                is_module = relative.with_suffix(".py").exists() or relative.is_dir()
                names.add(submodule if is_module else node.module)
    return names


def _calls(path: Path) -> set[str]:
    """Attribute calls such as `datetime.now` or `os.environ.get`, as dotted text."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            found.add(f"{node.value.id}.{node.attr}")
    return found


def _under(names: set[str], *prefixes: str) -> set[str]:
    return {n for n in names if any(n == p or n.startswith(p + ".") for p in prefixes)}


def _rel(path: Path) -> str:
    return str(path.relative_to(PUSPA))


def test_the_folders_hold_the_layers() -> None:
    assert DOMAIN and CONVERSATION and APP and WHATSAPP_PURE and ADAPTERS
    assert all(p.exists() for p in ADAPTERS)


@pytest.mark.parametrize("path", PURE, ids=_rel)
def test_pure_modules_do_no_io(path: Path) -> None:
    imported = _imports(path)
    assert not _under(imported, *IO_MODULES), f"{_rel(path)} imports {_under(imported, *IO_MODULES)}"
    assert not _under(imported, "puspa.store", "puspa.app", "puspa.mail", "puspa.eventarc", "puspa.whatsapp.graph")
    assert not {"datetime.now", "datetime.utcnow", "date.today", "os.environ", "time.time"} & _calls(path)


@pytest.mark.parametrize("path", DOMAIN, ids=_rel)
def test_the_domain_knows_nothing_of_the_conversation_or_the_channel(path: Path) -> None:
    puspa = _under(_imports(path), "puspa")
    assert puspa <= _under(puspa, "puspa.domain", "puspa.errors", "puspa.whatsapp.limits"), f"{_rel(path)}: {puspa}"


@pytest.mark.parametrize("path", CONVERSATION, ids=_rel)
def test_the_conversation_builds_no_channel_payloads(path: Path) -> None:
    puspa = _under(_imports(path), "puspa")
    allowed = _under(puspa, "puspa.domain", "puspa.conversation", "puspa.errors", "puspa.whatsapp.limits")
    assert puspa == allowed, f"{_rel(path)} imports {puspa - allowed}"


@pytest.mark.parametrize("path", ADAPTERS, ids=_rel)
def test_adapters_do_not_import_each_other_the_shell_or_the_conversation(path: Path) -> None:
    puspa = _under(_imports(path), "puspa")
    own = "puspa.store" if path.parent.name == "store" else f"puspa.{_rel(path)[:-3].replace('/', '.')}"
    adapters = ("puspa.store", "puspa.mail", "puspa.eventarc", "puspa.bucket", "puspa.whatsapp.graph")
    others = {a for a in adapters if a != own}
    bad = _under(puspa, "puspa.app", "puspa.conversation", *others)
    assert not bad, f"{_rel(path)} imports {bad}"


@pytest.mark.parametrize("path", APP, ids=_rel)
def test_the_shell_does_not_import_web_frameworks(path: Path) -> None:
    assert not _under(_imports(path), "flask", "functions_framework", "google.cloud", "requests", "smtplib")


@pytest.mark.parametrize(
    ("module", "only"),
    [("google.cloud.firestore", "store/"), ("requests", "whatsapp/graph.py"), ("smtplib", "mail.py"),
     ("google.events", "eventarc.py"), ("google.cloud.storage", "bucket.py")],
)  # fmt: skip
def test_one_module_per_external_system(module: str, only: str) -> None:
    users = {_rel(p) for p in ALL if _under(_imports(p), module)}
    assert users and all(u.startswith(only) for u in users), users


def test_only_config_reads_the_environment() -> None:
    users = {_rel(p) for p in ALL if {"os.environ", "os.getenv"} & _calls(p)}
    assert users <= {"app/config.py"}, users


def test_main_only_holds_entry_points() -> None:
    main = FUNCTIONS / "main.py"
    imported = _imports(main)
    assert not _under(imported, "google.cloud", "requests", "puspa.store", "puspa.conversation", "puspa.domain")
    tree = ast.parse(main.read_text())
    functions = [n for n in tree.body if isinstance(n, ast.FunctionDef)]
    assert functions and all(len(f.body) <= 12 for f in functions)
