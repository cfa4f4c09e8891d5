"""The satisfaction survey as a form on one screen (WhatsApp Flow), pure.

One published form serves every office: its nine slots take each element's name, question and four
answers from the message's data (an office's `survei.yaml`, the same elements the chat asks), and a
slot an office does not use is hidden. The completed form comes back as one message; each answer is
checked again as the chat checks a typed one (1–4, the element of this survey), and the suggestion
is cleaned as the chat cleans it.
"""

from __future__ import annotations

from typing import Any

from puspa.conversation import forms
from puspa.conversation.forms import FieldKind, FlowField, FlowForm

SLOTS = 9  # the nine elements of PermenPANRB 14/2017; a survey with more is asked in the chat
SUGGESTION_MAX = 500
TOKEN_PREFIX = "srv:flow:"
CTA = "Isi survei"


def _slot(n: int) -> FlowField:
    return FlowField(
        f"q{n}", FieldKind.RADIO, forms.data_ref(f"q{n}_label"), required=forms.data_ref(f"q{n}_shown"),
        description=forms.data_ref(f"q{n}_text"), options=f"q{n}_options", visible=forms.data_ref(f"q{n}_shown"),
    )  # fmt: skip


_EXAMPLE_OPTIONS = forms.option_list(
    [("1", "Tidak sesuai"), ("2", "Kurang sesuai"), ("3", "Sesuai"), ("4", "Sangat sesuai")]
)

FORM = FlowForm(
    name="puspa_survei_kepuasan",
    category="SURVEY",
    title="Survei kepuasan",
    intro="Pilih satu jawaban untuk tiap pertanyaan. Jawaban Anda disimpan tanpa nama dan nomor HP.",
    fields=(
        *(_slot(n) for n in range(1, SLOTS + 1)),
        FlowField(
            "saran",
            FieldKind.TEXTAREA,
            "Saran (boleh kosong)",
            required=False,
            helper="Mohon tidak menulis nama, NIK atau nomor HP",
            max_chars=SUGGESTION_MAX,
        ),
    ),
    submit="Kirim survei",
    data=tuple(
        item
        for n in range(1, SLOTS + 1)
        for item in (
            (f"q{n}_label", "Persyaratan"),
            (f"q{n}_text", "Bagaimana kesesuaian persyaratan pelayanan dengan jenis pelayanannya?"),
            (f"q{n}_options", _EXAMPLE_OPTIONS),
            (f"q{n}_shown", True),
        )
    ),
)


def _plain(text: str) -> str:
    return text.replace("*", "").replace("_", "")


def form_data(elements: list[tuple[str, str, tuple[str, ...]]]) -> tuple[tuple[str, Any], ...]:
    """The message's data for (name, question, four answers) per element; the slots left over hidden."""
    data: list[tuple[str, Any]] = []
    for n in range(1, SLOTS + 1):
        if n <= len(elements):
            name, question, answers = elements[n - 1]
            options = forms.option_list([(str(score), _plain(a)) for score, a in enumerate(answers, 1)])
            data += [(f"q{n}_label", _plain(name)), (f"q{n}_text", _plain(question)), (f"q{n}_options", options),
                     (f"q{n}_shown", True)]  # fmt: skip
        else:
            data += [(f"q{n}_label", "-"), (f"q{n}_text", "-"), (f"q{n}_options", _EXAMPLE_OPTIONS[:1]),
                     (f"q{n}_shown", False)]  # fmt: skip
    return (*data, ("init_values", {}), ("error_messages", {}))


def scores(answers: dict[str, str], count: int) -> list[int] | None:
    """The score (1–4) of each of the first `count` slots, or None when one is missing or not 1–4."""
    picked = []
    for n in range(1, count + 1):
        answer = answers.get(f"q{n}", "").strip()
        if answer not in ("1", "2", "3", "4"):
            return None
        picked.append(int(answer))
    return picked
