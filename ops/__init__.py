"""Operating a PUSPA deployment: `python -m ops.templates` (the WhatsApp message templates),
`python -m ops.flows` (the WhatsApp Flows) and `python -m ops.smoke` (the post-deploy check). Run from
the repository root; output is in English, for the IT officer (infra/README.md is the runbook)."""

import sys
from pathlib import Path

# The deployable package lives in functions/ (Cloud Functions' source folder); the commands share it.
_FUNCTIONS = str(Path(__file__).resolve().parent.parent / "functions")
if _FUNCTIONS not in sys.path:
    sys.path.insert(0, _FUNCTIONS)
