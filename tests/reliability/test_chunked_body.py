"""A body sent with Transfer-Encoding: chunked and no Content-Length is read, not taken for an
empty one. The WSGI environ is built by hand as gunicorn builds it: the decoded body readable to
its end (`wsgi.input_terminated`), no CONTENT_LENGTH."""

from __future__ import annotations

import io
import json

import pytest
from django.contrib.auth.models import Group, User
from rest_framework.test import APIClient

from project.middleware import read_capped
from statsapp.models import Document

pytestmark = pytest.mark.django_db

URL = "/api/documents/"
TEXT = "Shelling killed 12 people in Izyum on Monday, officials said."


@pytest.fixture
def client(db) -> APIClient:
    user = User.objects.create_user("feed")
    user.groups.add(Group.objects.get(name="ingester"))
    client = APIClient(raise_request_exception=False)
    client.force_authenticate(user)
    return client


def post_chunked(client: APIClient, body: bytes, stream=None, terminated: bool = True):
    environ = {
        "HTTP_TRANSFER_ENCODING": "chunked",
        "wsgi.input": stream or io.BytesIO(body),
    }
    if terminated:
        environ["wsgi.input_terminated"] = True
    response = client.generic("POST", URL, "", content_type="application/json", **environ)
    return response


def test_a_chunked_body_is_read_and_the_document_stored(client):
    response = post_chunked(client, json.dumps({"text": TEXT, "title": "Izyum"}).encode())

    assert response.status_code == 201
    body = response.json()
    assert (body["text"], body["title"]) == (TEXT, "Izyum")
    assert Document.objects.get().text == TEXT


def test_a_chunked_body_at_the_cap_is_read(client, settings):
    body = json.dumps({"text": TEXT}).encode()
    body += b" " * (2000 - len(body))
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 2000

    assert post_chunked(client, body).status_code == 201


def test_a_chunked_body_over_the_cap_is_413(client, settings):
    body = json.dumps({"text": TEXT}).encode()
    body += b" " * (2001 - len(body))
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 2000

    response = post_chunked(client, body)

    assert response.status_code == 413
    assert response.json() == {
        "status": 413,
        "error": "too_large",
        "message": "The request body is larger than 2000 bytes.",
    }
    assert Document.objects.count() == 0


def test_an_oversized_chunked_body_is_not_read_past_the_cap(client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 2000
    stream = io.BytesIO(b"x" * 1_000_000)

    assert post_chunked(client, b"", stream=stream).status_code == 413
    assert stream.tell() == 2001


def test_a_chunked_body_the_server_does_not_terminate_is_411(client):
    response = post_chunked(client, json.dumps({"text": TEXT}).encode(), terminated=False)

    assert response.status_code == 411
    assert response.json() == {
        "status": 411,
        "error": "length_required",
        "message": "A chunked request body needs a Content-Length header on this server.",
    }


class BrokenStream(io.RawIOBase):
    def read(self, size: int = -1) -> bytes:
        raise OSError("Invalid chunk size")


def test_an_unreadable_chunked_body_is_400(client):
    response = post_chunked(client, b"", stream=BrokenStream())

    assert response.status_code == 400
    assert response.json() == {
        "status": 400,
        "error": "bad_request",
        "message": "The chunked request body could not be read.",
    }


def test_a_request_with_a_content_length_is_left_alone(client):
    response = client.post(URL, {"text": TEXT}, format="json", HTTP_TRANSFER_ENCODING="identity")

    assert response.status_code == 201


class Trickle(io.RawIOBase):
    """A stream that answers a few bytes per read, as a socket may."""

    def __init__(self, data: bytes) -> None:
        self.data = io.BytesIO(data)

    def read(self, size: int = -1) -> bytes:
        return self.data.read(min(size, 7))


@pytest.mark.parametrize(
    "data, cap, expected",
    [
        (b"a" * 100, 100, b"a" * 100),
        (b"a" * 101, 100, None),
        (b"", 100, b""),
        (b"abc", None, b"abc"),
    ],
)
def test_read_capped(data, cap, expected):
    assert read_capped(Trickle(data), cap) == expected
