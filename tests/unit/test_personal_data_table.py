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


def _constants(tree: ast.Module) -> dict[str, str]:
    """The module's names bound to strings (`BOOKINGS, PLACES = "bookings", "booking_places"` included)."""
    bound: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.Assign):
            continue
        for target in node.targets:
            names = target.elts if isinstance(target, ast.Tuple) else [target]
            values = node.value.elts if isinstance(node.value, ast.Tuple) else [node.value]
            for name, value in zip(names, values, strict=False):
                if isinstance(name, ast.Name) and isinstance(value, ast.Constant) and isinstance(value.value, str):
                    bound[name.id] = value.value
    return bound


def store_collections() -> dict[str, str]:
    """Each collection the store package names — `client.collection("x")`, a module's
    `COLLECTION = "x"`, or a module constant given to `.collection(NAME)` or a `_doc(NAME, …)`
    helper — with the module that names it first."""
    found: dict[str, str] = {}
    for path in sorted(STORE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = _constants(tree)
        for node in ast.walk(tree):
            name = None
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args:
                first = node.args[0]
                if node.func.attr == "collection" and isinstance(first, ast.Constant):
                    name = first.value
                elif node.func.attr in ("collection", "_doc") and isinstance(first, ast.Name):
                    name = constants.get(first.id)
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
