"""Prometheus metrics of one `serve` process, in the text exposition format.

Written by hand rather than with prometheus_client: a few counters and one
histogram do not justify a dependency, and the process model is simple (each
`serve` process counts its own; Prometheus scrapes each one and sums).

Labels hold only what the code itself names: a route's template
(`/api/v1/families/{family_id}/state`, never the path with its id), a method,
a status class, a reason code. No user, device, family or value ever becomes a
label, so a scrape reveals nothing about anyone.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterable
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Seconds; a sync round trip on a municipal network falls between the first and the last.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
UNMATCHED = "unmatched"  # a path no route serves: its text could be anything a client sent
CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


class Metrics:
    """The process's counters; safe to bump from the request threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.requests: Counter[tuple[str, str, str]] = Counter()
        self._latency_counts: dict[str, list[int]] = {}
        self._latency_sum: Counter[str] = Counter()
        self._latency_total: Counter[str] = Counter()
        self.pushes = 0
        self.pulls = 0
        self.pull_forms: Counter[str] = Counter()
        self.changes_accepted = 0
        self.changes_rejected: Counter[str] = Counter()
        self.login_failures: Counter[str] = Counter()
        self.started = time.time()

    def observe_request(self, method: str, route: str, status: int, seconds: float) -> None:
        with self._lock:
            self.requests[(method, route, f"{status // 100}xx")] += 1
            counts = self._latency_counts.setdefault(route, [0] * len(LATENCY_BUCKETS))
            for i, bound in enumerate(LATENCY_BUCKETS):
                if seconds <= bound:
                    counts[i] += 1
            self._latency_sum[route] += seconds
            self._latency_total[route] += 1

    def push_done(self, accepted: int, rejected_reasons: Iterable[str]) -> None:
        with self._lock:
            self.pushes += 1
            self.changes_accepted += accepted
            self.changes_rejected.update(rejected_reasons)

    def pull_done(self, form: str) -> None:
        with self._lock:
            self.pulls += 1
            self.pull_forms[form] += 1

    def login_failed(self, code: str) -> None:
        with self._lock:
            self.login_failures[code] += 1

    def render(self, threads: tuple[int, int] | None = None) -> str:
        """The exposition text: HELP and TYPE lines, then the samples. `threads`: the
        request threads (FTBT_SERVER_REQUEST_THREADS) busy now, and how many there are."""
        with self._lock:
            lines: list[str] = []
            if threads is not None:
                # All busy for long: requests queue, which looks like a slow database.
                busy, limit = threads
                _family(lines, "ftbt_request_threads", "gauge", "Request threads of this process")
                lines.append(f"ftbt_request_threads {limit}")
                _family(lines, "ftbt_request_threads_busy", "gauge", "Request threads at work now")
                lines.append(f"ftbt_request_threads_busy {busy}")
            _family(lines, "ftbt_http_requests_total", "counter", "HTTP requests answered")
            for (method, route, status), n in sorted(self.requests.items()):
                labels = _labels(method=method, route=route, status=status)
                lines.append(f"ftbt_http_requests_total{labels} {n}")
            _family(
                lines,
                "ftbt_http_request_duration_seconds",
                "histogram",
                "Time from request to the end of the answer",
            )
            for route in sorted(self._latency_counts):
                name = "ftbt_http_request_duration_seconds"
                for bound, n in zip(LATENCY_BUCKETS, self._latency_counts[route], strict=True):
                    lines.append(f"{name}_bucket{_labels(route=route, le=str(bound))} {n}")
                total = self._latency_total[route]
                lines.append(f"{name}_bucket{_labels(route=route, le='+Inf')} {total}")
                lines.append(f"{name}_sum{_labels(route=route)} {self._latency_sum[route]:.6f}")
                lines.append(f"{name}_count{_labels(route=route)} {total}")
            _family(lines, "ftbt_sync_pushes_total", "counter", "Pushes stored")
            lines.append(f"ftbt_sync_pushes_total {self.pushes}")
            _family(lines, "ftbt_sync_pulls_total", "counter", "Pull pages served")
            lines.append(f"ftbt_sync_pulls_total {self.pulls}")
            # How many laptops still read the first form (docs/sync-protocol.md).
            _family(lines, "ftbt_sync_pull_forms_total", "counter", "Pull pages served, by form")
            for form, n in sorted(self.pull_forms.items()):
                lines.append(f"ftbt_sync_pull_forms_total{_labels(form=form)} {n}")
            _family(lines, "ftbt_changes_accepted_total", "counter", "Changes accepted")
            lines.append(f"ftbt_changes_accepted_total {self.changes_accepted}")
            _family(lines, "ftbt_changes_rejected_total", "counter", "Changes rejected, by reason")
            for reason, n in sorted(self.changes_rejected.items()):
                lines.append(f"ftbt_changes_rejected_total{_labels(reason=reason)} {n}")
            _family(lines, "ftbt_login_failures_total", "counter", "Refused sign-ins, by code")
            for code, n in sorted(self.login_failures.items()):
                lines.append(f"ftbt_login_failures_total{_labels(code=code)} {n}")
            _family(lines, "ftbt_process_start_time_seconds", "gauge", "When this process began")
            lines.append(f"ftbt_process_start_time_seconds {self.started:.3f}")
        return "\n".join(lines) + "\n"


def _family(lines: list[str], name: str, kind: str, text: str) -> None:
    lines.append(f"# HELP {name} {text}")
    lines.append(f"# TYPE {name} {kind}")


def _labels(**labels: str) -> str:
    inner = ",".join(f'{k}="{_escape(v)}"' for k, v in labels.items())
    return "{" + inner + "}"


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def route_template(scope: Scope) -> str:
    """The matched route's path template, or UNMATCHED: never the raw path."""
    route: Any = scope.get("route")
    path = getattr(route, "path", None)
    return path if isinstance(path, str) else UNMATCHED


class MetricsMiddleware:
    """Times every HTTP request and counts it under its route's template."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500  # a request that fails before answering counts as a server failure

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            self.metrics.observe_request(
                str(scope.get("method", "")),
                route_template(scope),
                status,
                time.perf_counter() - started,
            )
