"""The error shape, the error log and chunked bodies on a real gunicorn with DEBUG off: what the
test client cannot show (gunicorn's own chunk decoding, logging reaching its stderr)."""

from __future__ import annotations

import http.client
import json
import os
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Shelling killed 12 people in Izyum on Monday, officials said."
MAX_TEXT = 2000
CAP = MAX_TEXT + 64 * 1024  # DATA_UPLOAD_MAX_MEMORY_SIZE


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def environment(tmp_path_factory) -> dict[str, str]:
    """Production settings on a throwaway SQLite database, not migrated yet."""
    tmp = tmp_path_factory.mktemp("gunicorn")
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    env.update(
        DJANGO_SETTINGS_MODULE="project.settings",
        DATABASE_URL=f"sqlite:///{tmp / 'db.sqlite3'}",
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="0",
        API_MAX_TEXT_BYTES=str(MAX_TEXT),
        API_ANON_THROTTLE="1000000/second",
    )
    return env


@pytest.fixture(scope="module")
def server(environment, tmp_path_factory) -> Iterator[tuple[int, Path]]:
    """gunicorn with one worker; yields its port and the file its stderr goes to."""
    port = _free_port()
    log = tmp_path_factory.mktemp("log") / "gunicorn.log"
    gunicorn = Path(sys.executable).parent / "gunicorn"
    command = [str(gunicorn), "project.wsgi", "-w", "1", "-b", f"127.0.0.1:{port}"]
    with open(log, "wb") as out:
        process = subprocess.Popen(command, cwd=ROOT, env=environment, stdout=out, stderr=out)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, log.read_text()
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, log.read_text()
                time.sleep(0.2)
        yield port, log
    finally:
        process.terminate()
        process.wait(timeout=30)


def _request(port: int, method: str, path: str, body=None, headers=None) -> tuple[int, dict]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        chunked = body is not None and not isinstance(body, bytes)
        connection.request(method, path, body=body, headers=headers or {}, encode_chunked=chunked)
        response = connection.getresponse()
        return response.status, json.loads(response.read())
    finally:
        connection.close()


def test_on_gunicorn(server, environment):
    """One server, in order: a 500 before the database exists, then ingest by chunked body."""
    port, log = server

    # No tables yet: an unexpected OperationalError, answered in the shape and logged in full.
    status, body = _request(port, "GET", "/api/facts/")
    assert (status, body) == (
        500,
        {
            "status": 500,
            "error": "server_error",
            "message": "An unexpected error occurred on the server; it has been logged.",
        },
    )
    written = log.read_text()
    assert "ERROR django.request: Internal Server Error: /api/facts/" in written
    assert "Traceback (most recent call last)" in written
    assert "no such table" in written

    def manage(*args: str) -> str:
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT, env=environment, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        return result.stdout

    manage("migrate", "--noinput", "-v0")
    token = manage(
        "shell", "-v0", "-c",
        "from django.contrib.auth.models import Group, User\n"
        "from rest_framework.authtoken.models import Token\n"
        "user = User.objects.create_user('feed')\n"
        "user.groups.add(Group.objects.get(name='ingester'))\n"
        "print(Token.objects.create(user=user).key)",
    ).strip()  # fmt: skip
    headers = {"Authorization": f"Token {token}", "Content-Type": "application/json"}

    document = json.dumps({"text": TEXT, "title": "Izyum"}).encode()
    chunks = iter([document[:10], document[10:30], document[30:]])
    status, body = _request(port, "POST", "/api/documents/", chunks, headers)
    assert status == 201, body
    assert (body["text"], body["title"]) == (TEXT, "Izyum")

    oversized = iter([b'{"text": "', b"x" * CAP, b'"}'])
    status, body = _request(port, "POST", "/api/documents/", oversized, headers)
    assert (status, body) == (
        413,
        {
            "status": 413,
            "error": "too_large",
            "message": f"The request body is larger than {CAP} bytes.",
        },
    )

    # A chunk whose size line is not hexadecimal: gunicorn raises while the body is read.
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    connection.putrequest("POST", "/api/documents/")
    for name, value in {**headers, "Transfer-Encoding": "chunked"}.items():
        connection.putheader(name, value)
    connection.endheaders(b"zz\r\n{}\r\n0\r\n\r\n")
    response = connection.getresponse()
    assert response.status == 400
    assert json.loads(response.read()) == {
        "status": 400,
        "error": "bad_request",
        "message": "The chunked request body could not be read.",
    }
    connection.close()
