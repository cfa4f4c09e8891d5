"""The reception-permit registration's states, effect and tap ids (pure): what its other modules share."""

from __future__ import annotations

from enum import StrEnum

from puspa.conversation.effects import Effect
from puspa.domain.registration import Draft

CARD_KEY = "pendaftaran"  # a card with `tombol: [pendaftaran]` shows "Daftar sekarang"
START = "reg:start"
AGREE = "reg:agree"  # consent, then one field per message
AT_ONCE = "reg:sheet"  # consent, then the one-message form
ONE_BY_ONE = "reg:onebyone"  # from the one-message form to one field per message
SEND = "reg:send"
EDIT = "reg:edit"
CANCEL = "reg:cancel"
SELF_CONTACT = "reg:self"


FOOTER = "KEMBALI: pertanyaan sebelumnya · BATAL: berhenti"


class RegistrationState(StrEnum):
    CONSENT = "consent"  # privacy notice before a registration
    SHEET = "sheet"  # the one-message registration form is out: its lines filled in come back
    FORM = "form"  # answering field `field_key`
    SUMMARY = "summary"  # Kirim / Ubah / Batal
    EDIT_CHOICE = "edit_choice"  # which field to change


class SubmitRegistration(Effect, frozen=True):
    """Store a registration (one per resident and event date), numbered in `year`."""

    draft: Draft
    year: int
