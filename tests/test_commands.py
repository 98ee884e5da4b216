"""The extract, ingest and ensure_admin management commands."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from statsapp.extraction import extract_facts
from statsapp.management.commands.extract import JSONL_KEYS
from statsapp.models import Document, Fact

from .conftest import ROOT

TABLE_HEADER = ("category", "value", "low", "high", "qualifier", "place", "reported_by", "quote")
KYIV = "At least 12 people were killed in Kyiv on Tuesday, officials said.\n"


def run(command: str, *args: str, stdin: bytes | None = None) -> tuple[str, str]:
    """Run a command; return what it wrote to stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    options = {"stdout": out, "stderr": err}
    if stdin is not None:
        options["stdin"] = io.BytesIO(stdin)
    call_command(command, *args, **options)
    return out.getvalue(), err.getvalue()


def run_failing(command: str, *args: str, stdin: bytes | None = None) -> tuple[str, str]:
    """Run a command that must fail; return its CommandError message and its stderr."""
    err = io.StringIO()
    options = {"stdout": io.StringIO(), "stderr": err}
    if stdin is not None:
        options["stdin"] = io.BytesIO(stdin)
    with pytest.raises(CommandError) as excinfo:
        call_command(command, *args, **options)
    return str(excinfo.value), err.getvalue()


def expected_lines(text: str) -> list[dict]:
    published = date(2022, 3, 3) if "(Reuters)" in text else None
    return [
        {key: fact.as_dict()[key] for key in JSONL_KEYS}
        for fact in extract_facts(text, published=published)
    ]


# extract ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_extract_prints_one_json_object_per_fact_and_stores_nothing(seed_path, seed_text):
    out, err = run("extract", str(seed_path))

    lines = [json.loads(line) for line in out.splitlines()]
    assert lines == expected_lines(seed_text)
    keys = (
        "category", "value", "value_low", "value_high", "qualifier", "unit", "original_unit",
        "quote", "start", "end", "sentence", "place", "place_reason", "reported_by",
    )  # fmt: skip
    assert JSONL_KEYS == keys
    assert all(tuple(line) == keys for line in lines)
    assert [(line["place"], line["place_reason"]) for line in lines if line["place"]] == [
        ("Ukraine", "sentence"),
        ("Borodyanka", "sentence"),
        ("Kharkiv", "sentence"),
        ("Izyum", "sentence"),
        ("Kharkiv", "sentence"),
    ]
    assert all(line["place_reason"] == "" for line in lines if not line["place"])
    assert all(seed_text[line["start"] : line["end"]] == line["quote"] for line in lines)
    assert err == ""
    assert (Document.objects.count(), Fact.objects.count()) == (0, 0)


def test_extract_offsets_index_the_text_as_read_with_utf8(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(("Intro line – “quoted”\r\n\r\n" + KYIV.replace("\n", "\r\n")).encode())
    text = path.read_text(encoding="utf-8")

    out, _ = run("extract", str(path))

    lines = [json.loads(line) for line in out.splitlines()]
    assert lines == expected_lines(text)
    assert [text[line["start"] : line["end"]] for line in lines] == [
        line["quote"] for line in lines
    ]


def test_extract_reads_standard_input():
    out, _ = run("extract", "-", stdin=KYIV.encode())
    assert [json.loads(line) for line in out.splitlines()] == expected_lines(KYIV)


def test_extract_table_has_a_header_and_one_row_per_fact(seed_path, seed_text):
    out, _ = run("extract", str(seed_path), "--format", "table")

    facts = extract_facts(seed_text, published=date(2022, 3, 3))
    lines = out.splitlines()
    assert lines[0] == f"{seed_path}: {len(facts)} facts"
    assert tuple(lines[1].split()) == TABLE_HEADER
    assert set(lines[2]) == {"-", " "}
    assert [line.split()[0] for line in lines[3:]] == [fact.category for fact in facts]
    value_column = lines[1].index("value")
    assert [line[value_column:].split()[0] for line in lines[3:]] == [
        f"{fact.value:,.10g}" for fact in facts
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file or directory"),
        (b"", "the text is empty"),
        (b" \n\t\n", "the text is empty"),
        (b"caf\xe9 au lait", "not valid UTF-8 (byte 0xe9 at offset 3)"),
    ],
)
def test_extract_refuses_unreadable_input_in_one_line(tmp_path, content, message):
    path = tmp_path / "input.txt"
    if content is not None:
        path.write_bytes(content)
    assert run_failing("extract", str(path)) == (f"{path}: {message}", "")


def test_extract_from_the_command_line_fails_with_one_line_and_no_traceback(tmp_path):
    missing = tmp_path / "missing.txt"
    completed = subprocess.run(
        [sys.executable, "manage.py", "extract", str(missing)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert completed.returncode == 1
    assert completed.stdout == ""
    assert completed.stderr == f"CommandError: {missing}: no such file or directory\n"


# ingest ----------------------------------------------------------------------------------


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


@pytest.mark.django_db
def test_ingest_a_folder_takes_its_txt_files_recursively_in_order(tmp_path):
    write(tmp_path / "b.txt", KYIV)
    write(tmp_path / "nested" / "a.txt", "Nothing to count here.\n")
    write(tmp_path / "a.txt", "Some 300 people were evacuated from Irpin.\n")
    write(tmp_path / "notes.md", "Five people were killed.\n")
    facts = sum(
        len(extract_facts(path.read_text(encoding="utf-8")))
        for path in (tmp_path / "b.txt", tmp_path / "nested" / "a.txt", tmp_path / "a.txt")
    )

    out, err = run("ingest", str(tmp_path))

    summary, rate = out.splitlines()
    assert summary == f"ingest: 3 documents created, 0 already present, {facts} facts stored"
    assert re.fullmatch(r"ingest: 3 files in \d+\.\d s, \d+\.\d documents/s", rate)
    assert err == ""
    assert list(Document.objects.order_by("pk").values_list("title", "text")) == [
        ("a", "Some 300 people were evacuated from Irpin.\n"),
        ("b", KYIV),
        ("a", "Nothing to count here.\n"),
    ]
    assert Fact.objects.count() == facts


@pytest.mark.django_db
def test_ingest_twice_stores_nothing_new(seed_path, seed_text):
    facts = len(extract_facts(seed_text, published=date(2022, 3, 3)))
    first, _ = run("ingest", str(seed_path))
    second, _ = run("ingest", str(seed_path))

    assert first == f"ingest: 1 document created, 0 already present, {facts} facts stored\n"
    assert second == "ingest: 0 documents created, 1 already present, 0 facts stored\n"
    document = Document.objects.get()
    assert (document.title, document.publisher, document.published) == (
        seed_path.stem,
        "Reuters",
        date(2022, 3, 3),
    )
    assert Fact.objects.count() == facts


@pytest.mark.django_db
def test_ingest_reads_standard_input():
    run("ingest", "-", "--publisher", "AP", "--published", "2024-05-06", stdin=KYIV.encode())

    document = Document.objects.get()
    assert (document.title, document.publisher, document.published, document.text) == (
        "",
        "AP",
        date(2024, 5, 6),
        KYIV,
    )
    assert document.facts.count() == len(extract_facts(KYIV, published=date(2024, 5, 6)))


@pytest.mark.django_db
def test_ingest_options_set_the_document_fields(tmp_path):
    path = write(tmp_path / "kyiv.txt", KYIV)
    run("ingest", str(path), "--title", "Kyiv", "--url", "https://example.org/kyiv")

    document = Document.objects.get()
    assert (document.title, document.url, document.publisher, document.published) == (
        "Kyiv",
        "https://example.org/kyiv",
        "",
        None,
    )


@pytest.mark.django_db
def test_ingest_reports_each_bad_file_in_one_line_and_stores_the_others(tmp_path):
    good = write(tmp_path / "good.txt", KYIV)
    empty = write(tmp_path / "empty.txt", "  \n")
    latin1 = write(tmp_path / "latin1.txt", b"Caf\xe9: 5 people were killed.")
    missing = tmp_path / "missing.txt"

    error, stderr = run_failing("ingest", str(empty), str(good), str(latin1), str(missing))

    assert error == "3 of 4 files failed"
    assert stderr.splitlines() == [
        f"ingest: {empty}: the text is empty",
        f"ingest: {latin1}: not valid UTF-8 (byte 0xe9 at offset 3)",
        f"ingest: {missing}: no such file or directory",
    ]
    assert list(Document.objects.values_list("title", flat=True)) == ["good"]


@pytest.mark.django_db
def test_ingest_empty_standard_input_fails():
    assert run_failing("ingest", "-", stdin=b"") == (
        "1 of 1 files failed",
        "ingest: <stdin>: the text is empty\n",
    )
    assert Document.objects.count() == 0


@pytest.mark.django_db
@pytest.mark.parametrize("published", ["2022-3-3", "03/03/2022", "2022-02-30", "20220303"])
def test_ingest_refuses_a_malformed_date_before_storing_anything(tmp_path, published):
    path = write(tmp_path / "kyiv.txt", KYIV)
    error, _ = run_failing("ingest", str(path), "--published", published)
    assert error == f"--published: {published!r} is not a date (expected YYYY-MM-DD)"
    assert Document.objects.count() == 0


# ensure_admin ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_ensure_admin_uses_the_given_password_once(monkeypatch):
    monkeypatch.setenv("ADMIN_PASSWORD", "s3cret-pass")
    first, _ = run("ensure_admin")
    second, _ = run("ensure_admin")

    assert first == "ensure_admin: created superuser 'admin' (ADMIN_PASSWORD)\n"
    assert second == "ensure_admin: user 'admin' already exists\n"
    user = get_user_model().objects.get()
    assert (user.username, user.is_superuser, user.is_staff) == ("admin", True, True)
    assert user.check_password("s3cret-pass")


@pytest.mark.django_db
def test_ensure_admin_prints_the_password_it_generates(monkeypatch):
    monkeypatch.delenv("ADMIN_PASSWORD", raising=False)
    monkeypatch.setenv("ADMIN_USERNAME", "lead")
    out, _ = run("ensure_admin")

    prefix = "ensure_admin: created superuser 'lead' with password "
    assert out.startswith(prefix)
    password = out.removeprefix(prefix).strip()
    assert len(password) == 16
    assert get_user_model().objects.get(username="lead").check_password(password)


@pytest.mark.django_db
def test_ingest_many_files_on_several_processes_in_batches(tmp_path):
    texts = {f"r{i:02d}.txt": f"Shelling killed {i + 1} people in Kharkiv.\n" for i in range(30)}
    texts["r30.txt"] = texts["r00.txt"]  # the same text twice is stored once
    for name, text in texts.items():
        write(tmp_path / name, text)

    out, err = run("ingest", str(tmp_path), "--workers", "2", "--batch-size", "7")

    assert out.splitlines()[0] == "ingest: 30 documents created, 1 already present, 30 facts stored"
    stored = Document.objects.order_by("title").values_list("title", "facts__value")
    assert list(stored) == [(f"r{i:02d}", i + 1) for i in range(30)]


def test_ingest_refuses_a_bad_batch_size():
    assert run_failing("ingest", "seeds/", "--batch-size", "0")[0] == (
        "--workers must be 0 (all cores) or more, --batch-size 1 or more"
    )
