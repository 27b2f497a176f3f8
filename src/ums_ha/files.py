"""Writing a file so that a crash or a full disk never leaves it half-written."""

from __future__ import annotations

import os
from pathlib import Path


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` beside ``path``, fsync it, rename it over ``path`` and fsync the directory.

    Raises ``OSError`` with nothing left behind: the old file, if any, stays as it was.
    """
    partial = path.with_name(f".{path.name}.partial")
    try:
        with partial.open("w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        partial.replace(path)
        directory = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)
    except OSError:
        partial.unlink(missing_ok=True)
        raise
