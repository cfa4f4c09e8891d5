"""A local stand-in for Cloud Scheduler's REST API (v1): only what `python -m ops.smoke` reads.

    GET /v1/projects/{project}/locations/{location}/jobs?pageSize=&pageToken=

answers Google's ListJobsResponse, `{"jobs": [Job, ...], "nextPageToken": "..."}` (no token on the last
page; `{}` when there are none), each Job with its full `name` (projects/…/locations/…/jobs/{id}),
`schedule`, `timeZone`, `state` (ENABLED, PAUSED, DISABLED, UPDATE_FAILED), `httpTarget`, and after a
run `lastAttemptTime` with the attempt's `status` (google.rpc.Status). Tests add the jobs (`add_job`).
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from flask import Flask, jsonify, request
from werkzeug.serving import BaseWSGIServer, make_server


class RunningSchedulerStandin:
    """The stand-in served from a background thread; `jobs` maps a location's name to its jobs."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, page_size: int = 500) -> None:
        logging.getLogger("werkzeug").setLevel(logging.WARNING)
        self.jobs: dict[str, list[dict[str, Any]]] = {}
        self.page_size = page_size  # Google's maximum; a test lowers it to exercise paging
        self.lock = threading.Lock()
        self._server: BaseWSGIServer = make_server(host, port, self._app(), threaded=True)
        self.base_url = f"http://{host}:{self._server.server_port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def add_job(self, project: str, location: str, job_id: str, schedule: str, **fields: Any) -> dict[str, Any]:
        """A job as Google lists it; `fields` add or replace any (e.g. state="PAUSED")."""
        parent = f"projects/{project}/locations/{location}"
        job = {
            "name": f"{parent}/jobs/{job_id}", "schedule": schedule, "timeZone": "Asia/Jakarta", "state": "ENABLED",
            "httpTarget": {"uri": f"https://{location}-{project}.cloudfunctions.net/{job_id}", "httpMethod": "POST"},
            "attemptDeadline": "600s", "retryConfig": {"retryCount": 3}, "userUpdateTime": "2026-12-01T01:00:00Z",
            **fields,
        }  # fmt: skip
        with self.lock:
            self.jobs.setdefault(parent, []).append(job)
        return job

    def _app(self) -> Flask:
        app = Flask("scheduler_standin")

        @app.get("/v1/projects/<project>/locations/<location>/jobs")
        def list_jobs(project: str, location: str) -> Any:
            with self.lock:
                jobs = list(self.jobs.get(f"projects/{project}/locations/{location}", []))
            start = int(request.args.get("pageToken") or 0)
            size = min(int(request.args.get("pageSize") or self.page_size), self.page_size)
            page = jobs[start : start + size]
            answer: dict[str, Any] = {"jobs": page} if page else {}  # Google leaves out an empty list
            if start + size < len(jobs):
                answer["nextPageToken"] = str(start + size)
            return jsonify(answer)

        return app

    def stop(self) -> None:
        self._server.shutdown()
        self._thread.join(timeout=5)
