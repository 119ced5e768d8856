"""Exceptions raised by kzdata.

Every message says what was wrong, what was given and what to do next, in plain words: the
people reading them are students, often in their first weeks of Python.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

__all__ = [
    "KzdataError",
    "DatasetNotFoundError",
    "FilterError",
    "MetadataError",
    "ChecksumError",
    "RemoteDataUnavailableError",
    "close_matches",
    "first_missing_column",
]


class KzdataError(Exception):
    """Base class of every error kzdata raises on purpose."""


class DatasetNotFoundError(KzdataError, KeyError):
    """A dataset name that is not in the catalogue."""

    def __str__(self) -> str:  # KeyError would wrap the message in quotes
        return str(self.args[0]) if self.args else ""


class FilterError(KzdataError, ValueError):
    """A filter given to ``kzdata.load`` names no column, or a value the column never takes."""


class MetadataError(KzdataError):
    """A dataset's metadata sidecar or the sources registry breaks the storage contract.

    Students should never see this: the test suite checks every sidecar. It is raised for
    maintainers who add or edit a dataset.
    """


class ChecksumError(KzdataError):
    """A downloaded or mirrored file does not have the pinned sha256."""


class RemoteDataUnavailableError(KzdataError):
    """A remote dataset's file is neither cached, nor in a mirror, nor downloadable now."""


def close_matches(word: object, candidates: Iterable[str], n: int = 3) -> list[str]:
    """Return up to ``n`` candidates that look like ``word`` (case-insensitive).

    >>> close_matches("wage", ["wages", "education", "glossary"])
    ['wages']
    >>> close_matches(42, ["wages"])
    []
    """
    text = str(word).lower()
    by_lower = {c.lower(): c for c in candidates}
    matches = difflib.get_close_matches(text, list(by_lower), n=n, cutoff=0.6)
    if not matches:  # then offer names that contain what was typed ("unemployment" -> "...")
        matches = [lower for lower in by_lower if len(text) >= 3 and text in lower]
    return [by_lower[m] for m in matches[:n]]


def first_missing_column(columns: Iterable[str | None], present: Iterable[object]) -> str | None:
    """Describe the first of ``columns`` that is not in ``present``, or return None.

    The text names the column, suggests a close match and lists the columns there are, for the
    error messages of every function that takes column names.

    >>> first_missing_column(["year", "wage"], ["year", "wage_kzt"])
    "no column 'wage'. Did you mean 'wage_kzt'? Its columns are: year, wage_kzt"
    >>> first_missing_column(["year", None], ["year"]) is None
    True
    """
    names = [str(c) for c in present]
    for column in columns:
        if column is not None and column not in names:
            suggestions = close_matches(column, names)
            hint = f" Did you mean {suggestions[0]!r}?" if suggestions else ""
            return f"no column {column!r}.{hint} Its columns are: {', '.join(names) or '(none)'}"
    return None
