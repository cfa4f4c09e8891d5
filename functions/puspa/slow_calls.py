"""Calls to Firestore and the Graph API that took far longer than usual: one WARNING line each,
`slow call: …`, with the system, the operation and the latency in structured fields, which Cloud
Logging counts (infra/monitoring.tf, alert "Firestore or Graph API slow").

A call within its usual time logs nothing, so timing costs one clock read per call and no log volume.
Nothing personal is logged: the operation is a fixed word ("reads", "messages"), never a document or
a number. "Far longer": a Firestore call from the same region usually takes tens of milliseconds and
a Graph API send a few hundred; the limits below are many times that.
"""

from __future__ import annotations

import logging

SLOW_AFTER_S = {"firestore": 1.0, "graph": 3.0}

log = logging.getLogger(__name__)


def note_call(system: str, operation: str, elapsed_s: float) -> None:
    """Log the call when it was slow for `system` ("firestore" or "graph")."""
    if elapsed_s < SLOW_AFTER_S[system]:
        return
    latency_ms = round(elapsed_s * 1000)
    fields = {"system": system, "operation": operation, "latency_ms": latency_ms}
    log.warning("slow call: %s %s took %d ms", system, operation, latency_ms, extra={"fields": fields})
