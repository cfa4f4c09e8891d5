"""README's personal-data table (UU 27/2022), read for the tests that keep it in step with the code.

A row belongs to the collection its *where* cell names first (`registrations/{office}_{code}`); rows
for e-mail and WhatsApp name none. Its *expires* cell states durations as people write them ("30
days", "120 minutes"), a setting that changes one right after it: "30 days (`PUSPA_TICKET_KEEP_DAYS`)".
"""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

from msgspec import Struct

README = Path(__file__).parents[1] / "README.md"
HEADING = "## Personal data (UU 27/2022)"
UNITS = {"minute": timedelta(minutes=1), "hour": timedelta(hours=1), "day": timedelta(days=1)}
_COLLECTION = re.compile(r"`([a-z_]+)/[^`]*`")
_DURATION = re.compile(r"\b(\d+) (minute|hour|day)s?\b")
_SETTING = re.compile(r"\b(\d+) (minute|hour|day)s? \(`(PUSPA_[A-Z_]+)`\)")


class Setting(Struct, frozen=True):
    """A setting named in an expires cell with the number stated before it."""

    name: str
    number: int
    unit: str


class Row(Struct, frozen=True):
    where: str
    what: str
    expires: str

    @property
    def collection(self) -> str | None:
        """The collection the row is about: the first `name/…` of its where cell."""
        found = _COLLECTION.search(self.where)
        return found.group(1) if found else None

    @property
    def durations(self) -> frozenset[timedelta]:
        """Every duration the expires cell states."""
        return frozenset(int(n) * UNITS[unit] for n, unit in _DURATION.findall(self.expires))

    @property
    def settings(self) -> tuple[Setting, ...]:
        return tuple(Setting(name, int(n), unit) for n, unit, name in _SETTING.findall(self.expires))


def table_rows(readme: str) -> tuple[Row, ...]:
    """The rows of the table under HEADING (the header and its rule left out)."""
    section = readme.split(HEADING, 1)[1].split("\n## ", 1)[0]
    lines = [line for line in section.splitlines() if line.startswith("|")]
    rows = []
    for line in lines[2:]:
        cells = [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", line.strip().strip("|"))]
        if len(cells) != 3:
            raise ValueError(f"a personal-data row has {len(cells)} cells, not 3: {line[:80]}")
        rows.append(Row(*cells))
    return tuple(rows)


def rows_by_collection(readme: str) -> dict[str, Row]:
    """Each collection's row; a collection named first by two rows is an error."""
    rows: dict[str, Row] = {}
    for row in table_rows(readme):
        if row.collection is None:
            continue
        if row.collection in rows:
            raise ValueError(f"two rows of the personal-data table are about {row.collection}")
        rows[row.collection] = row
    return rows
