"""Publishing notices every content file, the dialogues' own files (survei.yaml, dokumen.yaml) too."""

from __future__ import annotations

import copy
from typing import Any

from content_seed.publish import diff, version_of


def test_a_change_to_the_survey_file_alone_is_published(bundle: dict[str, Any]) -> None:
    # `python -m content_seed` publishes only when diff() names a file: an edit to survei.yaml or
    # dokumen.yaml alone used to read "Tidak ada perubahan" and was never published.
    edited = copy.deepcopy(bundle)
    edited["bagian"]["survei"]["undangan"] = "Bantu kami: isi survei kepuasan singkat."
    edited["bagian"]["dokumen"]["ambil"]["kk"]["bawa"] = "Bukti pengajuan dan KTP-el."
    changes = diff(bundle, edited)
    assert changes.changed == ("dokumen.yaml", "survei.yaml")
    assert version_of(edited) != version_of(bundle)


def test_adding_and_removing_a_dialogue_file_is_named(bundle: dict[str, Any]) -> None:
    without = copy.deepcopy(bundle)
    del without["bagian"]["dokumen"]
    assert diff(without, bundle).added == ("dokumen.yaml",)
    assert diff(bundle, without).removed == ("dokumen.yaml",)
    assert diff(None, bundle).added[:3] == ("kantor.yaml", "kategori.yaml", "kata.yaml")
