"""Load test: gunicorn on a fresh database, concurrent clients posting documents and reading
the aggregate, then a check that every acknowledged document is stored exactly once.

    .venv/bin/python -m bench.load_test [--db sqlite|postgres] [--clients 20] [--duration 30]

SQLite: a file in a temporary folder (WAL, as the settings configure it). PostgreSQL: the
database `bench_load` (or BENCH_LOAD_POSTGRES_URL), dropped and created afresh. Exits 1 on
any error (a non-2xx answer or an exception) or any lost or duplicated document. A worker
that has not loaded the gazetteer and the number parser spends seconds on its first document
(gunicorn.conf.py now warms them in the master): one document per worker goes first, and the
first seconds of load (--warmup) are left out of the figures; errors and the database check
count everything.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from bench import django_env
from bench.corpus import CATEGORIES, CATEGORY_WEIGHTS, PUBLISHERS, SOURCES, Sampler, sentence
from bench.timing import Latency

POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/bench_load"
MAX_DURATION = 600  # seconds: a load test is bounded whatever it is asked
AGGREGATE = "/api/facts/aggregate/?group_by=category,place&stat=sum"
POST = "/api/documents/"


@dataclass
class Outcome:
    endpoint: str
    started: float  # time.monotonic()
    ms: float
    status: int | None  # None: no answer (an exception)
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300


@dataclass
class ClientLog:
    outcomes: list[Outcome] = field(default_factory=list)
    acknowledged: dict[str, int] = field(default_factory=dict)  # content hash -> status


def article(sampler: Sampler, tag: str, categories: list[str] | None = None) -> dict:
    """A distinct news-like document with a few casualty sentences."""
    rng = sampler.random
    lead = sampler.one(sampler.places) or sampler.places.values[0]
    publisher, published = sampler.one(PUBLISHERS), sampler.published()
    sentences = []
    for category in categories or CATEGORIES.draw(rng, rng.randint(2, 5)):
        _, written, *_ = sampler.figure(category, rng.choice(["exact", "at_least", "approximate"]))
        said, _ = sentence(category, written, sampler.one(sampler.places), rng.choice(SOURCES))
        sentences.append(said)
    sentences.append(f"The dispatch was filed as report {tag}.")
    text = f"date {published} {lead.name.upper()} ({publisher}) - " + " ".join(sentences)
    return {"text": text, "title": f"Report {tag}", "publisher": publisher}


def request(port: int, method: str, path: str, token: str, body: dict | None = None) -> Outcome:
    headers = {"Accept": "application/json", "Authorization": f"Token {token}"}
    payload = None
    if body is not None:
        payload = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    endpoint, since = f"{method} {path}", time.monotonic()
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        connection.request(method, path, body=payload, headers=headers)
        response = connection.getresponse()
        content = response.read()
        elapsed = (time.perf_counter() - started) * 1000
        outcome = Outcome(endpoint, since, elapsed, response.status)
        if not outcome.ok:
            text = " ".join(content[:400].decode(errors="replace").split())
            outcome.error = f"{response.status} {text}"
        return outcome
    except (OSError, http.client.HTTPException) as exc:
        elapsed = (time.perf_counter() - started) * 1000
        return Outcome(endpoint, since, elapsed, None, f"{type(exc).__name__}: {exc}")
    finally:
        connection.close()


def post(port: int, token: str, document: dict, log: ClientLog) -> None:
    from statsapp.services import content_hash

    posted = request(port, "POST", POST, token, document)
    log.outcomes.append(posted)
    if posted.ok:
        log.acknowledged[content_hash(document["text"])] = posted.status


def client(index: int, port: int, token: str, deadline: float, log: ClientLog) -> None:
    sampler = Sampler(seed=10_000 + index)
    sequence = 0
    while time.monotonic() < deadline:
        post(port, token, article(sampler, f"{index}-{sequence}-{secrets.token_hex(4)}"), log)
        sequence += 1
        log.outcomes.append(request(port, "GET", AGGREGATE, token))


def warm_workers(port: int, token: str, workers: int, log: ClientLog) -> None:
    """One document with every category per worker, sent at once (an idle sync worker takes
    one request at a time), so no worker meets the extractor's data for the first time later."""
    sampler = Sampler(seed=1)
    threads = [
        threading.Thread(
            target=post,
            args=(port, token, article(sampler, f"warm-{i}", list(CATEGORY_WEIGHTS)), log),
        )
        for i in range(workers)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def prepare_database(url: str) -> str:
    """Migrate, create the feed account that posts; returns its token."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.core.management import call_command
    from django.db import connections
    from rest_framework.authtoken.models import Token

    call_command("migrate", verbosity=0)
    user = get_user_model().objects.create_user("bench-load", password=secrets.token_urlsafe())
    user.groups.add(Group.objects.get(name="ingester"))  # posting documents needs add_document
    key = Token.objects.create(user=user).key
    connections.close_all()  # the server's workers own the database from here
    return key


@contextmanager
def gunicorn(port: int, url: str, workers: int, log_path: Path, debug: bool) -> Iterator[None]:
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DEBUG": "1" if debug else "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "SECURE_SSL_REDIRECT": "0",  # plain HTTP on the loopback; no TLS proxy in front
        "ALLOWED_HOSTS": "127.0.0.1",
        "API_ANON_THROTTLE": django_env.UNTHROTTLED,
        "API_USER_THROTTLE": django_env.UNTHROTTLED,
    }
    command = [str(Path(sys.executable).parent / "gunicorn"), "project.wsgi"]
    command += ["-w", str(workers), "-b", f"127.0.0.1:{port}", "--timeout", "120"]
    with open(log_path, "wb") as log:
        server = subprocess.Popen(command, cwd=django_env.ROOT, env=env, stdout=log, stderr=log)
    try:
        wait_until_ready(port, server, log_path)
        yield
    finally:
        server.send_signal(signal.SIGTERM)  # graceful: workers finish their requests
        try:
            code = server.wait(timeout=40)
        except subprocess.TimeoutExpired:
            server.kill()
            code = server.wait()
        print(f"gunicorn stopped (exit code {code})")


def wait_until_ready(port: int, server: subprocess.Popen, log_path: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"gunicorn exited:\n{log_path.read_text()[-2000:]}")
        if request(port, "GET", "/api/facts/?page_size=1", "none").status is not None:
            return
        time.sleep(0.2)
    raise SystemExit(f"gunicorn did not answer within 30 s:\n{log_path.read_text()[-2000:]}")


def run_clients(port: int, token: str, clients: int, seconds: float, log: ClientLog) -> None:
    logs = [ClientLog() for _ in range(clients)]
    deadline = time.monotonic() + seconds
    threads = [
        threading.Thread(target=client, args=(i, port, token, deadline, logs[i]))
        for i in range(clients)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for mine in logs:
        log.outcomes += mine.outcomes
        log.acknowledged.update(mine.acknowledged)


def report(log: ClientLog, measured_from: float, duration: float) -> int:
    """Print throughput and latency of the measured window, and all errors; returns their count."""
    measured = [o for o in log.outcomes if o.started >= measured_from]
    print(f"requests: {len(measured):,} in {duration:g} s = {len(measured) / duration:,.1f} req/s")
    for endpoint in (f"POST {POST}", f"GET {AGGREGATE}"):
        mine = [o for o in measured if o.endpoint == endpoint]
        failed = sum(not o.ok for o in mine)
        print(f"  {endpoint}\n    {Latency.of([o.ms for o in mine])}   errors {failed}")
    errors = Counter(f"{o.endpoint}: {o.error}" for o in log.outcomes if not o.ok)
    for error, count in errors.most_common(5):
        print(f"  error x{count}: {error}")
    statuses = Counter(log.acknowledged.values())
    print(f"POST answers: {statuses[201]:,} created (201), {statuses[200]:,} already stored (200)")
    return sum(errors.values())


def verify(log: ClientLog) -> int:
    """Every acknowledged document stored exactly once; returns the number of discrepancies."""
    from statsapp.models import Document, Fact

    stored = list(Document.objects.values_list("content_hash", flat=True))
    distinct = set(stored)
    acknowledged = set(log.acknowledged)
    lost = len(acknowledged - distinct)
    unacknowledged = len(distinct - acknowledged)  # stored although the client saw an error
    duplicated = len(stored) - len(distinct) + Counter(log.acknowledged.values())[200]
    print(
        f"database: {len(stored):,} documents, {Fact.objects.count():,} facts; "
        f"acknowledged POSTs {len(acknowledged):,}; lost {lost}, duplicated {duplicated}, "
        f"stored but unacknowledged {unacknowledged}"
    )
    return lost + duplicated + unacknowledged


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument(
        "--duration", type=float, default=30, help=f"seconds, at most {MAX_DURATION}"
    )
    parser.add_argument("--warmup", type=float, default=5, help="seconds of load not timed")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers")
    parser.add_argument("--debug", action="store_true", help="DEBUG=1: 500s carry a traceback")
    args = parser.parse_args(argv)
    duration = min(max(args.duration, 1), MAX_DURATION)
    warmup = min(max(args.warmup, 0), MAX_DURATION)

    with tempfile.TemporaryDirectory(prefix="bench-load-") as workdir:
        if args.db == "sqlite":
            url = f"sqlite:///{workdir}/load.sqlite3"
        else:
            url = os.environ.get("BENCH_LOAD_POSTGRES_URL", POSTGRES_URL)
            django_env.create_postgres_database(url, drop=True)
        os.environ["DATABASE_URL"] = url
        django_env.setup()
        token = prepare_database(url)
        port = free_port()
        print(f"load test: {args.db} ({url}), gunicorn -w {args.workers} on port {port}, ", end="")
        print(f"{args.clients} clients for {warmup:g} s of warm-up, then {duration:g} s timed")
        log_path = Path(workdir) / "gunicorn.log"
        log = ClientLog()
        with gunicorn(port, url, args.workers, log_path, args.debug):
            warm_workers(port, token, args.workers, log)
            measured_from = time.monotonic() + warmup
            run_clients(port, token, args.clients, warmup + duration, log)
        errors = report(log, measured_from, duration)
        discrepancies = verify(log)
        if errors:
            print(f"gunicorn log (tail):\n{log_path.read_text()[-1500:]}")
    ok = not errors and not discrepancies
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
