"""What Jonggol's residents get is pinned: the bundle resolved from content_seed/ (the kabupaten base
plus Jonggol's own files) equals tests/data/jonggol_bundle_2026-12.json, every card, category, word
list and dialogue file, `diperiksa` dates and the published version included.

The fixture was written from `offices/jonggol/` on main (db56fb0) before any card moved to
`bases/kabupaten-bogor/`; since then only three `sumber` lists (kk, ktp_el, ktp_jadi) list Jonggol's
own source last, as an office's sources follow the base's (sources are never shown to residents),
and main's own later edits were applied: survei.yaml (the survey invitation, merged with the report
branch) and ktp_jadi's `informasi`, which now points to its own "Cek dokumen" button (issue 27 item 11d).
On main 3b475ac, Jonggol's bundle from the old single folder equals this fixture but for
those three source orders.

So a failure here means a change to what Jonggol publishes. When the change is intended (an edit to
a base card or to Jonggol's files), rewrite the fixture and review its diff, which shows what the
edit changes for Jonggol:

    .venv/bin/python -c "import json, sys; sys.path.insert(0, 'functions')
    from content_seed.files import OFFICES_DIR, load_bundle
    from content_seed.publish import version_of
    b = load_bundle(OFFICES_DIR / 'jonggol')
    print(json.dumps({'version': version_of(b), 'bundle': b}, ensure_ascii=False, indent=1, sort_keys=True))
    " > tests/data/jonggol_bundle_2026-12.json
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from content_seed.publish import diff, version_of

FIXTURE = json.loads((Path(__file__).parents[1] / "data" / "jonggol_bundle_2026-12.json").read_text(encoding="utf-8"))


def test_jonggol_publishes_the_pinned_bundle(bundle: dict[str, Any]) -> None:
    pinned = FIXTURE["bundle"]
    changes = diff(pinned, bundle)
    assert changes.empty, f"Jonggol's bundle changed: {changes}"
    assert bundle == pinned
    assert version_of(bundle) == FIXTURE["version"]


def test_every_card_is_compared_whole(bundle: dict[str, Any]) -> None:
    # diff() compares whole files; check the cards one by one too, so a failure names the card and key
    pinned = {card["id"]: card for card in FIXTURE["bundle"]["layanan"]}
    resolved = {card["id"]: card for card in bundle["layanan"]}
    assert sorted(resolved) == sorted(pinned)
    for card_id, card in pinned.items():
        for key in sorted(set(card) | set(resolved[card_id])):
            assert resolved[card_id].get(key) == card.get(key), f"layanan/{card_id}.yaml: {key}"
