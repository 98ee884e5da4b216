"""Memory of a gunicorn worker serving full exports of a large fact list.

    .venv/bin/python -m bench.export_memory [--facts 1000000] [--formats csv,hxl,geojson]
        [--documents N] [--reset] [--server-root DIR]

DATABASE_URL chooses the database; by default a SQLite file of its own,
bench/out/export_memory_<facts>.sqlite3, filled through bench.load_facts when it does not hold
exactly --facts facts (one that holds other data is emptied only with --reset). A PostgreSQL
database is created if missing.

gunicorn serves the project with one worker (DEBUG off, throttles off, a timeout of 30 minutes
so that no export is cut short). A signed-in user (a token) downloads each format's export of
every fact; the worker's resident memory (VmRSS in /proc/PID/status) is read before and after
each, and sampled every 20 ms during it (the peak; VmHWM too). Each download is counted (bytes,
rows) and checked complete. An anonymous export is requested last: it must be refused (403)
under the default limit. --server-root serves another checkout of the project (an older commit,
for comparison) with this one's database.
"""

from __future__ import annotations

import argparse
import hashlib
import http.client
import json
import os
import secrets
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

from bench import django_env


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--documents", type=int, help="default: facts / 50")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--reset", action="store_true", help="empty a database holding other data")
    parser.add_argument("--formats", default="csv,hxl,geojson")
    parser.add_argument("--server-root", type=Path, default=django_env.ROOT)
    args = parser.parse_args(argv)
    args.documents = args.documents or max(1, args.facts // 50)
    args.formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    return args


# Parsed before Django is set up: the default database's name depends on --facts.
ARGS = parse_args(None) if __name__ == "__main__" else None
os.environ.setdefault(
    "DATABASE_URL",
    f"sqlite:///{django_env.OUT / f'export_memory_{ARGS.facts if ARGS else 1_000_000}.sqlite3'}",
)

django_env.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connections  # noqa: E402
from rest_framework.authtoken.models import Token  # noqa: E402

from bench import load_facts  # noqa: E402
from bench.load_test import free_port, wait_until_ready  # noqa: E402
from statsapp.models import Fact  # noqa: E402

PAGE = 1 << 20  # bytes read from the socket at a time
TIMEOUT = 1800  # seconds: gunicorn's worker timeout, and the client's


@dataclass
class Result:
    format: str
    status: int
    bytes: int
    rows: int
    expected_rows: int
    seconds: float
    rss_before_mb: float
    rss_peak_mb: float
    rss_after_mb: float
    hwm_after_mb: float
    sha256: str

    @property
    def ok(self) -> bool:
        return self.status == 200 and self.rows == self.expected_rows

    def __str__(self) -> str:
        return (
            f"{self.format:8} {self.status}  {self.bytes / 1e6:9.1f} MB  {self.rows:>9,} rows  "
            f"{self.seconds:6.1f} s  {self.bytes / 1e6 / max(self.seconds, 1e-9):5.1f} MB/s   "
            f"RSS {self.rss_before_mb:6.1f} -> peak {self.rss_peak_mb:6.1f} -> "
            f"{self.rss_after_mb:6.1f} MB (VmHWM {self.hwm_after_mb:.1f})  "
            f"sha256 {self.sha256[:12]}"
            + ("" if self.ok else f"   MISMATCH: expected {self.expected_rows:,} rows")
        )


def token() -> str:
    user, _ = get_user_model().objects.get_or_create(username="bench-export")
    return Token.objects.get_or_create(user=user)[0].key


def expected_rows() -> dict[str, int]:
    """Rows each export must hold: every fact; GeoJSON, those with coordinates."""
    every = Fact.objects.count()
    located = Fact.objects.filter(
        place_latitude__isnull=False, place_longitude__isnull=False
    ).exclude(place_name="")
    return {"csv": every, "hxl": every, "geojson": located.count()}


def status_mb(pid: int) -> dict[str, float]:
    """VmRSS and VmHWM of a process, in MB."""
    fields = {}
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            name, _, value = line.partition(":")
            if name in ("VmRSS", "VmHWM"):
                fields[name] = int(value.split()[0]) / 1024
    return fields


def worker_pid(master: int) -> int:
    """The one worker gunicorn forked."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        children = []
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat") as stat:
                        parent = int(stat.read().rsplit(")", 1)[1].split()[1])
                except (OSError, IndexError, ValueError):
                    continue
                if parent == master:
                    children.append(int(entry))
        if len(children) == 1:
            return children[0]
        time.sleep(0.2)
    raise SystemExit(f"gunicorn {master} has no single worker")


@contextmanager
def gunicorn(root: Path, port: int, log_path: Path) -> Iterator[subprocess.Popen]:
    env = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "SECURE_SSL_REDIRECT": "0",  # plain HTTP on the loopback
        "ALLOWED_HOSTS": "127.0.0.1",
        # a few requests: a rate no request reaches, which older checkouts understand too
        "API_ANON_THROTTLE": "1000000/second",
        "API_USER_THROTTLE": "1000000/second",
    }
    command = [str(Path(sys.executable).parent / "gunicorn"), "project.wsgi", "-w", "1"]
    command += ["-b", f"127.0.0.1:{port}", "--timeout", str(TIMEOUT), "--access-logfile", "-"]
    with open(log_path, "wb") as log:
        server = subprocess.Popen(command, cwd=root, env=env, stdout=log, stderr=log)
    try:
        wait_until_ready(port, server, log_path)
        yield server
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


class Sampler(threading.Thread):
    """The worker's peak VmRSS while a download runs, read every 20 ms."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self.done = pid, 0.0, threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            self.peak = max(self.peak, status_mb(self.pid)["VmRSS"])
            self.done.wait(0.02)

    def stop(self) -> float:
        self.done.set()
        self.join()
        return max(self.peak, status_mb(self.pid)["VmRSS"])


def download(port: int, path: str, key: str | None) -> tuple[int, int, int, bytes, str]:
    """Status, bytes, rows (CSV lines or GeoJSON features), the start of the body, and its
    SHA-256 (to compare two servers' exports byte for byte)."""
    headers = {"Authorization": f"Token {key}"} if key else {}
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        size, lines, features, head, tail = 0, 0, 0, b"", b""
        digest = hashlib.sha256()
        marker = b'{"type": "Feature", '
        while chunk := response.read(PAGE):  # IncompleteRead if the stream is cut short
            size += len(chunk)
            digest.update(chunk)
            lines += chunk.count(b"\n")
            features += (tail + chunk).count(marker)
            tail = chunk[-(len(marker) - 1) :]
            head = head or chunk[:300]
        rows = features if "geojson" in path else lines
        return response.status, size, rows, head, digest.hexdigest()
    finally:
        connection.close()


def measure(port: int, pid: int, export: str, key: str, expected: int) -> Result:
    try:  # VmHWM from here on, where the kernel allows it
        Path(f"/proc/{pid}/clear_refs").write_text("5")
    except OSError:
        pass
    before = status_mb(pid)["VmRSS"]
    sampler = Sampler(pid)
    sampler.start()
    started = time.perf_counter()
    status, size, rows, _, sha256 = download(port, f"/api/facts/?format={export}", key)
    seconds = time.perf_counter() - started
    peak = sampler.stop()
    time.sleep(1)  # memory the worker gives back, it gives back at once
    after = status_mb(pid)
    header_rows = {"csv": 1, "hxl": 2}.get(export, 0)
    return Result(
        export, status, size, rows - header_rows, expected, seconds, before, peak,
        after["VmRSS"], after["VmHWM"], sha256,
    )  # fmt: skip


def main() -> int:
    args = ARGS or parse_args(None)
    url = django_env.database_url()
    load_facts.ensure_facts(args)
    key = token()
    expected = expected_rows()
    connections.close_all()  # the server owns the database from here
    port = free_port()
    log_path = django_env.OUT / "export_memory_gunicorn.log"
    print(f"{url}: {expected['csv']:,} facts ({expected['geojson']:,} with coordinates); "
          f"gunicorn -w 1 on port {port}, serving {args.server_root}")  # fmt: skip
    results: list[Result] = []
    with gunicorn(args.server_root, port, log_path) as server:
        pid = worker_pid(server.pid)
        download(port, "/api/facts/?page_size=1", key)  # the worker loads what a list needs
        print(f"worker {pid}: {status_mb(pid)['VmRSS']:.1f} MB after one page of the list")
        for export in args.formats:
            results.append(measure(port, pid, export, key, expected[export]))
            print(results[-1], flush=True)
        started = time.perf_counter()
        status, size, _, head, _ = download(port, "/api/facts/?format=csv", None)
        refused_ms = (time.perf_counter() - started) * 1000
        print(f"anonymous csv: {status} in {refused_ms:.0f} ms, {size} bytes: {head[:160]!r}")
    out = django_env.OUT / "export_memory.json"
    out.write_text(json.dumps([asdict(r) for r in results], indent=2))
    ok = all(r.ok for r in results)
    print(("PASS" if ok else "FAIL") + f"; figures in {out}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
