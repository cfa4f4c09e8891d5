"""The one-message form (pure): every field as a "Label: answer" line that the resident copies, fills
in and sends back, so a registration takes a few messages instead of one per field.

Reading is forgiving: labels in any case, with the names residents use ("No HP", "Tgl"), numbered or
bulleted, the answer on the label's line or the next one; lines that are not a known label (the
hints, a greeting) are ignored. Nothing doubtful is guessed: a label written twice with different
answers is a problem, and answers without labels are taken in order only when every open field has
its line and all of them are valid.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from msgspec import Struct, field

from puspa.conversation.registration import parsers as parse
from puspa.conversation.registration.fields import FieldContext, FieldSpec, Form, own_number
from puspa.conversation.replies import TextReply
from puspa.conversation.search import normalize
from puspa.domain.privacy import PERSONAL_NUMBER

MAX_LINES = 60  # a form is 11 lines plus hints; more is not a form (WhatsApp caps a text at 4096 characters)
_BULLET = re.compile(r"^[\s*_~•·\-–>]*(?:\d{1,2}[.)]\s*)?")

SWITCH = "Lebih mudah ditanya satu per satu? Ketik *SATU PER SATU*. Berhenti? Ketik *BATAL*."
RW = "rw"  # "RT: 3" and "RW: 5" on two lines make one RT/RW answer
# "Desa:" or "RT:" right under the venue's address is part of that address: in the form the home
# desa and RT/RW come before it, so a second one there never means the applicant's own.
ADDRESS_PARTS = frozenset({"desa", "rt_rw", RW})


class _Labels(Struct, frozen=True):
    """A form's line labels: every name of a label, normalised -> its field (the first field naming it
    wins); the names of more than one word (for a label written without its colon); the fields whose
    answer may go on over the following lines."""

    keys: dict[str, str]
    long: tuple[str, ...]
    multiline: frozenset[str]


@functools.cache
def _labels(form: Form) -> _Labels:
    keys = {
        name: spec.key
        for spec in reversed(form.fields) for name in (*reversed(spec.aliases), " ".join(normalize(spec.label)))
    } | {RW: RW}  # fmt: skip
    return _Labels(
        keys, tuple(name for name in keys if " " in name), frozenset(s.key for s in form.fields if s.multiline)
    )


def _label_key(label: str, form: Form) -> str | None:
    """The field a line's label names, or None."""
    return _labels(form).keys.get(" ".join(normalize(_BULLET.sub("", label))))


def _starts_with_label(line: str, form: Form) -> bool:
    """ "Perkiraan tamu 300" (a label without its colon): never taken as the answer to the line above."""
    words = normalize(_BULLET.sub("", line))
    return any(" ".join(words[: len(name.split())]) == name for name in _labels(form).long)


def _line_key(line: str, form: Form) -> str | None:
    label, colon, _ = line.partition(":")
    return _label_key(label, form) if colon else None


def _is_answer_line(line: str, form: Form) -> bool:
    """A line that can continue the answer above it: not empty, not a label, not a hint or a heading."""
    if not line or line.startswith(("•", "*")):
        return False
    return _line_key(line, form) is None and not _starts_with_label(line, form)


def _continues_address(line: str, form: Form) -> bool:
    """A line that goes on with the venue's address (never one with a NIK or a phone number in it)."""
    if not line or PERSONAL_NUMBER.search(line):
        return False
    return _is_answer_line(line, form) or _line_key(line, form) in ADDRESS_PARTS


def labelled_lines(text: str, form: Form) -> tuple[dict[str, str], set[str]]:
    """({field key: raw answer}, keys written twice with different answers) of the "Label: answer"
    lines. An answer may sit on the next line; an address may go on over several lines."""
    lines = [line.strip() for line in text.splitlines()[:MAX_LINES]]
    found: dict[str, str] = {}
    conflicts: set[str] = set()
    taken: set[int] = set()  # lines read as part of the answer above them
    for index, line in enumerate(lines):
        key = _line_key(line, form)
        if key is None or index in taken:
            continue
        answer = line.partition(":")[2].strip(" *_~\t")
        below = index + 1
        if not answer and below < len(lines) and _is_answer_line(lines[below], form):
            answer, below = lines[below], below + 1
        if key in _labels(form).multiline:
            while below < min(len(lines), index + 4) and _continues_address(lines[below], form):
                answer = f"{answer}, {lines[below]}" if answer else lines[below]
                below += 1
        taken.update(range(index + 1, below))
        if not answer:
            continue
        if key in found and " ".join(found[key].split()).lower() != " ".join(answer.split()).lower():
            conflicts.add(key)
        found.setdefault(key, answer)  # the first answer counts; a different second one is a problem
    if RW in found:
        rw = found.pop(RW)
        if "rt_rw" in found and len(re.findall(r"\d+", found["rt_rw"])) == 1:
            found["rt_rw"] = f"{found['rt_rw']}/{rw}"
    conflicts.discard(RW)
    return found, conflicts


def opens_with_label(text: str, form: Form) -> bool:
    """The message starts with a "Label:" line: form lines, not an answer that happens to hold one."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return _line_key(first, form) is not None


def looks_like_the_form(labelled: Mapping[str, str], form: Form) -> bool:
    """Enough of this form's own lines (not just "Nama:" and "Desa:") to be a filled-in copy of it;
    `labelled` is what `labelled_lines` read from the message."""
    return len(labelled) >= 3 and bool(labelled.keys() & form.telltale_keys)


def is_form_lines(text: str, labelled: Mapping[str, str], form: Form) -> bool:
    """Lines of the form (a copy of it, or lines starting with a label), as opposed to an answer to one
    question that happens to hold a "Desa:" in it; `labelled` is what `labelled_lines` read from `text`."""
    return opens_with_label(text, form) or looks_like_the_form(labelled, form)


class Reading(Struct, frozen=True):
    """What one filled-in form message gave: accepted values, problems by field, and warnings."""

    values: dict[str, str] = field(default_factory=dict)
    problems: dict[str, str] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    found: bool = False  # any answer at all (else the message was not a filled-in form)


def _positional(text: str, open_fields: tuple[FieldSpec, ...], own_number_key: str) -> dict[str, str]:
    """Answers without labels, one per line in the form's order: only when every open field has its
    line (the number already filled in may be left out)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    fields = open_fields
    if len(lines) == len(fields) - 1 and fields and fields[-1].key == own_number_key:
        fields = fields[:-1]
    if len(fields) < 2 or len(lines) != len(fields):
        return {}
    return {spec.key: line for spec, line in zip(fields, lines, strict=True)}


def read(text: str, open_fields: tuple[FieldSpec, ...], ctx: FieldContext) -> Reading:
    """Read a filled-in form against the fields still open (an answer to a field already accepted
    replaces it: a resident may resend a corrected line). Unlabelled answers are taken all or none."""
    raw, conflicts = labelled_lines(text, ctx.form)
    positional = not raw
    if positional:
        raw = _positional(text, open_fields, ctx.form.own_number_key)
    values: dict[str, str] = {}
    problems: dict[str, str] = {}
    warnings: list[str] = []
    for spec in ctx.form.fields:
        if spec.key not in raw:
            continue
        if spec.key in conflicts:
            problems[spec.key] = "Ditulis dua kali dengan isi berbeda. Tulis sekali saja."
            continue
        try:
            value, warning = spec.read(raw[spec.key], ctx)
        except parse.FieldError as problem:
            problems[spec.key] = str(problem)
            continue
        values[spec.key] = value
        if warning:
            warnings.append(warning)
    if positional and problems:  # lines without labels that do not all fit: not a form, nothing kept
        return Reading()
    return Reading(values, problems, tuple(warnings), bool(raw))


def _blank(spec: FieldSpec, ctx: FieldContext) -> str:
    return f"{spec.label}: {own_number(ctx) if spec.key == ctx.form.own_number_key else ''}"


def lines_to_fill(specs: tuple[FieldSpec, ...], ctx: FieldContext) -> str:
    """The blank lines to copy, then one hint per field (hints carry no colon, so they are never read)."""
    blanks = "\n".join(_blank(spec, ctx) for spec in specs)
    hints = "\n".join(f"• {spec.hint(ctx)}" for spec in specs)
    return f"{blanks}\n\n*Petunjuk*\n{hints}"


COPY = "Tekan lama pesan ini, pilih *Salin*, tulis jawaban setelah tiap tanda titik dua (:), lalu kirim."


def lines_message(open_fields: tuple[FieldSpec, ...], ctx: FieldContext, note: str = "") -> TextReply:
    """The lines still open, as plain text so that they can be copied (WhatsApp cannot copy a message
    with buttons): the whole form when nothing is answered yet."""
    intro = f"{note}\n" if note else ""
    return TextReply(f"{ctx.form.title}\n{intro}{COPY}\n\n{lines_to_fill(open_fields, ctx)}\n\n{SWITCH}")


def form_message(ctx: FieldContext) -> TextReply:
    """The whole form."""
    return lines_message(ctx.form.fields, ctx)


def follow_up_message(reading: Reading, open_fields: tuple[FieldSpec, ...], ctx: FieldContext, done: int) -> TextReply:
    """After a form message that left fields open: what was taken, what to fix, and the lines still to send."""
    taken = (
        f"Terima kasih, {done} dari {len(ctx.form.fields)} data sudah tercatat."
        if done
        else "Belum ada data yang bisa kami catat."
    )
    parts = [f"{ctx.form.title}\n{taken}"]
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
        f"{ctx.form.title}\nKami belum menemukan isian formulir di pesan itu. Tulis tiap jawaban setelah tanda "
        f"titik dua (:) pada barisnya, lalu kirim.\n\n{lines_to_fill(open_fields, ctx)}\n\n{SWITCH}"
    )
    return TextReply(body)
