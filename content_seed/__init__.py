"""Staff's content publisher: `python -m content_seed` validates, diffs and publishes an office's
content files to Firestore. Run it from the repository root."""

import sys
from pathlib import Path

# The deployable package lives in functions/ (Cloud Functions' source folder); share its schema.
_FUNCTIONS = str(Path(__file__).resolve().parent.parent / "functions")
if _FUNCTIONS not in sys.path:
    sys.path.insert(0, _FUNCTIONS)
