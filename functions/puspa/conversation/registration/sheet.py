"""The one-message form (pure): every field as a "Label: answer" line that the resident copies, fills
in and sends back, so a registration takes a few messages instead of one per field.

Reading is forgiving: labels in any case, with the names residents use ("No HP", "Tgl"), numbered or
bulleted, the answer on the label's line or the next one; lines that are not a known label (the
hints, a greeting) are ignored. Answers without labels are taken in order only when there are
exactly as many lines as fields still open.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from puspa.conversation.registration import parsers as parse
from puspa.conversation.registration.questions import FIELDS, FieldContext, FieldSpec, own_number
from puspa.conversation.replies import TextReply
from puspa.conversation.search import normalize

MAX_LINES = 60  # a form is 11 lines plus hints; more is not a form (WhatsApp caps a text at 4096 characters)
_BULLET = re.compile(r"^[\s*_~•·\-–>]*(?:\d{1,2}[.)]\s*)?")

TITLE = "📝 *Formulir izin resepsi*"
SWITCH = "Lebih mudah ditanya satu per satu? Ketik *SATU PER SATU*. Berhenti? Ketik *BATAL*."


def _label_key(label: str) -> str | None:
    """The field a line's label names, or None."""
    wanted = " ".join(normalize(_BULLET.sub("", label)))
    for spec in FIELDS:
        if wanted in (" ".join(normalize(spec.label)), *spec.aliases):
            return spec.key
    return None


def labelled_lines(text: str) -> dict[str, str]:
    """{field key: raw answer} of the "Label: answer" lines; an answer may sit on the next line."""
    lines = text.splitlines()[:MAX_LINES]
    found: dict[str, str] = {}
    for index, line in enumerate(lines):
        label, colon, answer = line.partition(":")
        key = _label_key(label) if colon else None
        if key is None:
            continue
        answer = answer.strip()
        following = lines[index + 1].strip() if index + 1 < len(lines) else ""
        if not answer and following and ":" not in following and not following.startswith(("•", "*")):
            answer = following
        found[key] = answer
    return {key: answer for key, answer in found.items() if answer}


@dataclass(frozen=True)
class Reading:
    """What one filled-in form message gave: accepted values, problems by field, and warnings."""

    values: dict[str, str] = field(default_factory=dict)
    problems: dict[str, str] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    found: bool = False  # any answer at all (else the message was not a filled-in form)


def read(text: str, open_fields: tuple[FieldSpec, ...], ctx: FieldContext) -> Reading:
    """Read a filled-in form against the fields still open (an answer to a field already accepted
    replaces it: a resident may resend a corrected line)."""
    raw = labelled_lines(text)
    if not raw:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if len(open_fields) >= 2 and len(lines) == len(open_fields):
            raw = {spec.key: line for spec, line in zip(open_fields, lines, strict=True)}
    values: dict[str, str] = {}
    problems: dict[str, str] = {}
    warnings: list[str] = []
    for spec in FIELDS:
        if spec.key not in raw:
            continue
        try:
            value, warning = spec.read(raw[spec.key], ctx)
        except parse.FieldError as problem:
            problems[spec.key] = str(problem)
            continue
        values[spec.key] = value
        if warning:
            warnings.append(warning)
    return Reading(values, problems, tuple(warnings), bool(raw))


def _blank(spec: FieldSpec, ctx: FieldContext) -> str:
    return f"{spec.label}: {own_number(ctx) if spec.key == 'kontak' else ''}"


def lines_to_fill(specs: tuple[FieldSpec, ...], ctx: FieldContext) -> str:
    """The blank lines to copy, then one hint per field (hints carry no colon, so they are never read)."""
    blanks = "\n".join(_blank(spec, ctx) for spec in specs)
    hints = "\n".join(f"• {spec.hint(ctx)}" for spec in specs)
    return f"{blanks}\n\n*Petunjuk*\n{hints}"


def form_message(ctx: FieldContext) -> TextReply:
    """The whole form, as plain text so that it can be copied (WhatsApp cannot copy a message with buttons)."""
    body = (
        f"{TITLE}\nSalin pesan ini, tulis jawaban di belakang tiap tanda titik dua, lalu kirim kembali.\n\n"
        f"{lines_to_fill(FIELDS, ctx)}\n\n{SWITCH}"
    )
    return TextReply(body)


def follow_up_message(reading: Reading, open_fields: tuple[FieldSpec, ...], ctx: FieldContext, done: int) -> TextReply:
    """After a form message that left fields open: what was taken, what to fix, and the lines still to send."""
    parts = [f"{TITLE}\nTerima kasih, {done} dari {len(FIELDS)} data sudah tercatat."]
    if reading.warnings:
        parts.append("\n".join(reading.warnings))
    fix = [f"• {spec.label} — {reading.problems[spec.key]}" for spec in open_fields if spec.key in reading.problems]
    if fix:
        parts.append("⚠️ *Perlu diperbaiki*\n" + "\n".join(fix))
    missing = [spec.label for spec in open_fields if spec.key not in reading.problems]
    if missing:
        parts.append("Belum diisi — " + ", ".join(missing))
    parts.append(f"Salin, lengkapi, lalu kirim baris berikut saja.\n\n{lines_to_fill(open_fields, ctx)}")
    parts.append(SWITCH)
    return TextReply("\n\n".join(parts))


def not_a_form_message(open_fields: tuple[FieldSpec, ...], ctx: FieldContext) -> TextReply:
    body = (
        f"{TITLE}\nKami belum menemukan isian formulir di pesan itu. Tulis tiap jawaban di belakang "
        f"tanda titik dua pada barisnya, lalu kirim.\n\n{lines_to_fill(open_fields, ctx)}\n\n{SWITCH}"
    )
    return TextReply(body)
