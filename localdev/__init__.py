"""Local development tools: Firestore emulator launcher, Graph API stand-in, terminal chat, runner."""

import sys
from pathlib import Path

# The tools drive the deployable package in functions/ (as content_seed does): `python -m localdev.chat`
# and `python -m localdev.run` work from the repository root without PYTHONPATH.
_FUNCTIONS = str(Path(__file__).resolve().parent.parent / "functions")
if _FUNCTIONS not in sys.path:
    sys.path.insert(0, _FUNCTIONS)
