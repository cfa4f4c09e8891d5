"""The shell's side of effects: each dialogue's handlers, bound to their dependencies by name.

A dialogue's shell module (`puspa.app.handlers.<dialogue>`) declares module-level functions and
registers them in tables the composition root (`bootstrap.HANDLER_MODULES`) collects:

    HANDLERS  effect type -> handler(effect, scope, <dependencies…>) -> what the store said
    ERASE     hooks(scope, <dependencies…>) -> Erasure: what HAPUS DATA SAYA removes from its stores
    FIND      dialogue name -> hook(scope, code, prefix, <dependencies…>) -> the resident's records (STATUS)

Every parameter after the fixed ones names a dependency from one dict built in the composition root
(`registrations`, `tickets`, `sessions`, …); `erasers` and `finders` are the hooks above, so the erase
and status handlers reach every dialogue's stores without knowing them. A missing dependency fails
when the table is bound (at start), not when a resident first needs it. `machine.follow_up` turns
what a handler returns into replies. StoreError subclasses propagate (the caller decides on retries).
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from types import ModuleType
from typing import Any

from msgspec import Struct

from puspa.conversation.effects import Effect
from puspa.conversation.inbound import Inbound
from puspa.domain.results import Erasure


class Scope(Struct, frozen=True):
    """Where an effect runs: the inbound message that caused it, its session key, and the time."""

    inbound: Inbound
    session_key: str
    now: datetime
    message_key: str  # the replay key stores keep: a keyed hash of the message id, never the id itself
    hash: Callable[[str], str] = str  # the keyed hash (PUSPA_HASH_SECRET) stores keep instead of raw values

    @property
    def office_id(self) -> str:
        return self.inbound.office_id

    def keyed(self, kind: str, value: str) -> str:
        """A keyed hash of `value` for this office, e.g. a sender's tag: never the number itself."""
        return self.hash(f"{kind}:{self.office_id}:{value}")


EffectHandler = Callable[[Any, Scope], object]
Eraser = Callable[[Scope], Erasure]
Finder = Callable[[Scope, str, "str | None"], tuple[Any, ...]]


def inject(function: Callable[..., Any], fixed: int, dependencies: Mapping[str, object]) -> Callable[..., Any]:
    """`function` with every parameter after its first `fixed` ones taken from `dependencies` by name."""
    names = list(inspect.signature(function).parameters)[fixed:]
    missing = [name for name in names if name not in dependencies]
    if missing:
        raise LookupError(f"{function.__module__}.{function.__qualname__} needs {', '.join(missing)}: not provided")
    return functools.partial(function, **{name: dependencies[name] for name in names})


def bind(modules: Iterable[ModuleType], dependencies: Mapping[str, object]) -> dict[type, EffectHandler]:
    """The effect-handler table of `modules`, each handler given the dependencies it names. An effect
    type handled twice is an error."""
    modules = tuple(modules)
    erasers: tuple[Eraser, ...] = tuple(
        inject(hook, 1, dependencies) for module in modules for hook in getattr(module, "ERASE", ())
    )
    finders: dict[str, Finder] = {
        owner: inject(hook, 3, dependencies)
        for module in modules for owner, hook in getattr(module, "FIND", {}).items()
    }  # fmt: skip
    available = {**dependencies, "erasers": erasers, "finders": finders}
    table: dict[type, EffectHandler] = {}
    for module in modules:
        for effect_type, handler in getattr(module, "HANDLERS", {}).items():
            if effect_type in table:
                raise ValueError(f"{effect_type.__name__} has two handlers")
            table[effect_type] = inject(handler, 2, available)
    return table


class EffectRunner:
    """Runs an effect through its handler in the table."""

    def __init__(
        self,
        handlers: Mapping[type, EffectHandler],
        clock: Callable[[], datetime],
        message_key: Callable[[str], str] = str,
    ) -> None:
        self._handlers = handlers
        self._clock = clock
        self._message_key = message_key

    @classmethod
    def bound(
        cls,
        modules: Iterable[ModuleType],
        dependencies: Mapping[str, object],
        clock: Callable[[], datetime],
        message_key: Callable[[str], str] = str,
    ) -> EffectRunner:
        return cls(bind(modules, dependencies), clock, message_key)

    @property
    def handled(self) -> frozenset[type]:
        return frozenset(self._handlers)

    def run(self, effect: Effect, inbound: Inbound, session_key: str) -> object:
        handler = self._handlers.get(type(effect))
        if handler is None:
            raise TypeError(f"no handler for effect {type(effect).__name__}")
        scope = Scope(inbound, session_key, self._clock(), self._message_key(inbound.wamid), self._message_key)
        return handler(effect, scope)
