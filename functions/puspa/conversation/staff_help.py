"""Staff's help (pure): BANTUAN (or "help", "perintah") from a staff number lists every staff command
the registered dialogues declare; a command word typed wrong ("PROSSES RSP-…") or without what it
needs ("SIAP" alone) gets the closest command and the list, never a resident's menu or search.

Registered last: every dialogue's own staff rules have had their turn when this one runs.
"""

from __future__ import annotations

from puspa.conversation.dialogue import Context, Dialogue, Step
from puspa.conversation.replies import TextReply
from puspa.conversation.search import edit_distance_at_most
from puspa.domain.session import Session

HELP_WORDS = frozenset({"bantuan", "help", "perintah", "perintah petugas", "menu petugas", "bantuan petugas"})


def _closest(word: str, verbs: tuple[str, ...]) -> str | None:
    """The staff verb `word` was meant to be: the same word, or one letter or two away for a long one."""
    upper = word.upper()
    if upper in verbs:
        return upper
    if len(upper) < 4:
        return None
    return next((v for v in verbs if edit_distance_at_most(upper, v, 1 if len(upper) < 6 else 2)), None)


def help_text(ctx: Context, lead: str = "") -> str:
    blocks = "\n".join(f"• {block}" for block in ctx.registry.staff_help_of(ctx.content))
    intro = f"{lead}\n\n" if lead else ""
    return f"{intro}*Perintah petugas*\n{blocks}\n\nKetik *BANTUAN* untuk melihat daftar ini lagi."


def answer(session: Session, ctx: Context) -> Step | None:
    """BANTUAN, or an unknown or incomplete staff command, from an allow-listed staff number."""
    if not ctx.from_staff or (ctx.dialogue is not None and ctx.dialogue.takes_text) or not ctx.text.strip():
        return None
    if ctx.command in HELP_WORDS:
        return Step(session, (TextReply(help_text(ctx)),))
    first, _, rest = ctx.text.strip().partition(" ")
    verb = _closest(first.strip("*_.,:"), ctx.registry.staff_verbs)
    # "Siap, terima kasih" is a reply, not a command: only a lone word or one followed by a code or number
    if verb is None or (rest.strip() and not any(ch.isdigit() for ch in rest)):
        return None
    if verb != first.strip("*_.,:").upper():
        suggestion = f"{verb} {rest.strip()}".strip()
        lead = f"Perintah *{first}* tidak dikenal. Maksud Anda *{suggestion}*?"
    else:
        lead = f"Perintah *{verb}* belum lengkap."
    return Step(session, (TextReply(help_text(ctx, lead)),))


DIALOGUE = Dialogue(name="staff_help", interrupts=(answer,))
