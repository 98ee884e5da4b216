"""Texts named on the command line: files, folders of *.txt files, and "-" for standard input."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from statsapp.services import IngestError, text_check

STDIN = "-"


class SourceError(Exception):
    """A source that cannot be read as text; the message is one readable line."""


@dataclass(frozen=True)
class Source:
    """One text to read: a file path, or standard input."""

    label: str  # what messages call it
    path: Path | None  # None for standard input

    @property
    def title(self) -> str:
        return self.path.stem if self.path else ""


def collect_sources(args: Iterable[str]) -> list[Source]:
    """Expand folders into their *.txt files (recursively, sorted); keep other arguments as given.

    A missing path is kept so that reading it reports the problem alongside the other files.
    """
    sources: list[Source] = []
    for arg in args:
        if arg == STDIN:
            sources.append(Source(label="<stdin>", path=None))
            continue
        path = Path(arg)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*.txt") if p.is_file())
            sources.extend(Source(label=str(p), path=p) for p in files)
        else:
            sources.append(Source(label=arg, path=path))
    return sources


def read_source(source: Source, stdin: BinaryIO) -> str:
    """The source's text, decoded as UTF-8 with newlines read as Python's text mode reads them.

    Offsets into the returned text therefore match `open(path, encoding="utf-8").read()`.
    """
    data = _read_bytes(source, stdin)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    try:
        text_check(text)
    except IngestError as exc:
        raise SourceError(str(exc)) from None
    return text


def _read_bytes(source: Source, stdin: BinaryIO) -> bytes:
    if source.path is None:
        return stdin.read()
    try:
        return source.path.read_bytes()
    except FileNotFoundError:
        raise SourceError("no such file or directory") from None
    except IsADirectoryError:
        raise SourceError("is a directory") from None
    except PermissionError:
        raise SourceError("permission denied") from None
    except OSError as exc:
        raise SourceError(exc.strerror or str(exc)) from None
