"""The conversation README's tables are generated from the code and checked here, so they cannot drift.

`python -m tests.unit.test_conversation_readme` prints the generated blocks to paste into the README.
"""

from __future__ import annotations

import re
from pathlib import Path

from puspa.conversation import browse
from puspa.conversation.machine import DIALOGUE_OF, DIALOGUES, GLOBAL_RULES, STATE_HANDLERS
from puspa.domain.session import State

README = Path(__file__).parents[2] / "functions" / "puspa" / "conversation" / "README.md"


def _doc(thing: object) -> str:
    doc = (getattr(thing, "__doc__", "") or "").strip().split("\n\n")[0]
    return " ".join(doc.split()).replace("|", "\\|")


def _name(thing: object) -> str:
    module = getattr(thing, "__module__", "").removeprefix("puspa.conversation.")
    return f"`{module}.{getattr(thing, '__qualname__', '?')}`"


def rules_table() -> str:
    lines = ["| # | rule | what it answers |", "|---|---|---|"]
    lines += [f"| {n} | {_name(rule)} | {_doc(rule)} |" for n, rule in enumerate(GLOBAL_RULES, start=1)]
    return "\n".join(lines)


def states_table() -> str:
    lines = ["| state | dialogue | handler | waits | BATAL says | KEMBALI |", "|---|---|---|---|---|---|"]
    for state, handler in STATE_HANDLERS.items():
        dialogue = DIALOGUE_OF.get(state)
        name = dialogue.name if dialogue else "(browse)"
        waits = "form idle" if dialogue and dialogue.patient else "idle"
        cancel = f'"{dialogue.cancel_text}"' if dialogue and dialogue.cancel_text else "(generic)"
        back = _name(dialogue.back) if dialogue and dialogue.back else _name(browse.back)
        lines.append(f"| `{state}` | {name} | {_name(handler)} | {waits} | {cancel} | {back} |")
    return "\n".join(lines)


def dialogues_table() -> str:
    lines = [
        "| dialogue | effects it asks for | its taps | menu row | card `tombol` | keeps across conversations |",
        "|---|---|---|---|---|---|",
    ]
    for d in DIALOGUES:
        effects = ", ".join(f"`{t.__name__}`" for t in d.outcomes) or "—"
        taps = "every tap" if d.action_prefix is None else (f"`{d.action_prefix}…`" if d.action_prefix else "—")
        row = ("when there is room" if d.menu_row_if_room else "yes") if d.menu_row is not None else "—"
        button = f"`{d.card_button[0]}`: {d.card_button[1].title}" if d.card_button is not None else "—"
        keeps = ", ".join(f"`{k}`" for k in d.keeps) or "—"
        lines.append(f"| {d.name} | {effects} | {taps} | {row} | {button} | {keeps} |")
    return "\n".join(lines)


BLOCKS = {"rules": rules_table, "states": states_table, "dialogues": dialogues_table}


def _block(text: str, name: str) -> str:
    match = re.search(rf"<!-- {name}:begin -->\n(.*?)\n<!-- {name}:end -->", text, re.DOTALL)
    assert match, f"README lacks the <!-- {name}:begin --> … <!-- {name}:end --> markers"
    return match.group(1).strip()


def test_readme_tables_match_the_code() -> None:
    text = README.read_text()
    for name, build in BLOCKS.items():
        assert _block(text, name) == build(), f"README block '{name}' is stale: run python -m {__name__}"


def test_every_state_has_a_handler_and_is_in_the_diagram() -> None:
    assert set(State) <= set(STATE_HANDLERS)
    diagram = re.search(r"```mermaid\n(.*?)```", README.read_text(), re.DOTALL)
    assert diagram is not None
    drawn = set(re.findall(r"\b([a-z_]+)\b", diagram.group(1)))
    assert set(STATE_HANDLERS) <= drawn


if __name__ == "__main__":
    for block_name, builder in BLOCKS.items():
        print(f"<!-- {block_name}:begin -->\n{builder()}\n<!-- {block_name}:end -->\n")
