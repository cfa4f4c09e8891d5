"""README's personal-data table against the code, without a database: every collection the store names
has its row (and no row is about a collection gone from the code), and every setting the table names
beside a duration has that duration as its default. What each collection's documents really expire
after is checked on the emulator (tests/integration/test_retention_table.py)."""

from __future__ import annotations

import ast
from pathlib import Path

from msgspec.structs import asdict

from puspa.app.config import REQUIRED, load_settings
from tests.personal_data import README, UNITS, rows_by_collection, table_rows

STORE = Path(__file__).parents[2] / "functions" / "puspa" / "store"
SENTINEL = 7777  # no default is this; the field it lands in is the setting's


def store_collections() -> dict[str, str]:
    """Each collection the store package names — `client.collection("x")` or a module's
    `COLLECTION = "x"` — with the module that names it first."""
    found: dict[str, str] = {}
    for path in sorted(STORE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            name = None
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "collection":
                first = node.args[0] if node.args else None
                name = first.value if isinstance(first, ast.Constant) else None
            elif isinstance(node, ast.Assign) and [getattr(t, "id", "") for t in node.targets] == ["COLLECTION"]:
                name = node.value.value if isinstance(node.value, ast.Constant) else None
            if isinstance(name, str):
                found.setdefault(name, path.name)
    return found


def setting_default(name: str) -> int:
    """The default of the setting read from environment variable `name`: the Settings field that
    takes SENTINEL when the variable is set to it holds the default when it is not."""
    required = {variable: "1" for variable in REQUIRED}
    default, changed = asdict(load_settings(required)), asdict(load_settings({**required, name: str(SENTINEL)}))
    (field,) = [key for key, value in changed.items() if value == SENTINEL and default[key] != SENTINEL]
    value = default[field]
    assert isinstance(value, int)
    return value


def test_every_collection_the_store_names_has_its_row_in_the_personal_data_table() -> None:
    rows = rows_by_collection(README.read_text(encoding="utf-8"))
    missing = {name: module for name, module in store_collections().items() if name not in rows}
    assert not missing, f"README's personal-data table has no row for {missing} (collection: store module)"


def test_no_row_of_the_personal_data_table_is_about_a_collection_the_store_does_not_name() -> None:
    named = store_collections()
    stale = sorted(name for name in rows_by_collection(README.read_text(encoding="utf-8")) if name not in named)
    assert not stale, f"README's personal-data table has rows for collections the store no longer names: {stale}"


def test_every_setting_the_personal_data_table_names_has_the_stated_default() -> None:
    stated = [(row.collection or row.where, s) for row in table_rows(README.read_text(encoding="utf-8"))
              for s in row.settings]  # fmt: skip
    assert stated, "the personal-data table names no setting beside a duration"
    for where, setting in stated:
        unit = setting.name.rsplit("_", 1)[1].lower().removesuffix("s")
        assert unit in UNITS, f"{setting.name} does not end in a unit (_DAYS, _MINUTES, _HOURS)"
        assert setting.unit == unit, f"{where}: {setting.name} is counted in {unit}s, the table says {setting.unit}s"
        default = setting_default(setting.name)
        assert setting.number == default, (
            f"{where}: README says {setting.number} {unit}s ({setting.name}), its default in config.py is {default}"
        )
