"""What the conversation asks the shell to do, as plain data (frozen, comparable, loggable).

Each dialogue declares its own effects as subclasses of `Effect` beside its handlers, and how the
store's answer becomes replies (`Dialogue.outcomes`). The shell carries each effect out through the
handler registered for its type (`puspa.app.effect_handlers`) and hands the result back to
`machine.follow_up`. No callbacks travel with an effect.
"""

from __future__ import annotations

from msgspec import Struct


class Effect(Struct, frozen=True):
    """The base of every effect a dialogue asks for."""
