"""Which message templates the code needs, under which names and languages.

The deployment sends each definition of `puspa.whatsapp.templates` under the name its setting gives
(PUSPA_ADMIN_TEMPLATE …, the defaults unless the environment renames them) in PUSPA_TEMPLATE_LANGUAGE
(`id`). An office's petugas.yaml may name its own (`templat:` with `pemberitahuan`, `info`, `status`,
`jawaban`, `dokumen_siap`, and `bahasa` for their language): those are needed too, with the same
body, because the code fills them with the same parameters.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from content_seed.files import PLACEHOLDER, read_yaml
from puspa.app.config import template_language, template_name
from puspa.whatsapp.templates import TEMPLATES, TemplateDefinition

DEPLOYMENT = "the deployment"


@dataclass(frozen=True)
class NeededTemplate:
    definition: TemplateDefinition
    name: str
    language: str
    used_by: tuple[str, ...]  # DEPLOYMENT and/or office folder names

    @property
    def label(self) -> str:
        return f"{self.name} ({self.language})"


def _office_names(offices_dir: Path) -> dict[str, dict[str, str]]:
    """Office folder -> its petugas.yaml `templat:` (filled-in values only)."""
    named: dict[str, dict[str, str]] = {}
    for petugas in sorted(offices_dir.glob("*/petugas.yaml")):
        raw = read_yaml(petugas, petugas.name, [])
        templat = raw.get("templat") if isinstance(raw, dict) else None
        if isinstance(templat, dict):
            named[petugas.parent.name] = {
                str(k): str(v).strip() for k, v in templat.items() if v and not str(v).startswith(PLACEHOLDER)
            }
    return named


def needed_templates(environ: Mapping[str, str], offices_dir: Path) -> list[NeededTemplate]:
    """Every (template, name, language) the code may send, with who sends it."""
    language = template_language(environ)
    uses: dict[tuple[str, str, str], list[str]] = {}
    for definition in TEMPLATES:
        uses[(definition.setting, template_name(environ, definition.setting), language)] = [DEPLOYMENT]
    for office, named in _office_names(offices_dir).items():
        office_language = named.get("bahasa") or language
        for definition in TEMPLATES:
            if definition.office_key not in named and office_language == language:
                continue  # the office sends the deployment's
            name = named.get(definition.office_key) or template_name(environ, definition.setting)
            uses.setdefault((definition.setting, name, office_language), []).append(office)
    by_setting = {d.setting: d for d in TEMPLATES}
    return [
        NeededTemplate(by_setting[setting], name, lang, tuple(users)) for (setting, name, lang), users in uses.items()
    ]
