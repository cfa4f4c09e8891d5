"""Logging set-up: one JSON object per line with a `severity`, which Cloud Logging understands."""

from __future__ import annotations

import json
import logging


class JsonFormatter(logging.Formatter):
    """`extra={"fields": {...}}` adds structured fields (e.g. `latency_ms`) beside the message, which
    log-based metrics can read (infra/monitoring.tf)."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {"severity": record.levelname, "message": record.getMessage(), "logger": record.name}
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            entry.update({k: v for k, v in fields.items() if k not in entry})
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(level: str) -> None:
    """Send PUSPA's logs to stderr as JSON at `level` (idempotent)."""
    logger = logging.getLogger("puspa")
    logger.setLevel(level)
    if not any(isinstance(h.formatter, JsonFormatter) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(JsonFormatter())
        logger.addHandler(handler)
        logger.propagate = False
