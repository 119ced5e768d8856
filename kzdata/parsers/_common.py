"""Helpers shared by the parsers."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from kzdata.errors import KzdataError

__all__ = ["ParseError", "require_columns", "clean_text", "snake_case"]


class ParseError(KzdataError, ValueError):
    """An original file does not have the layout its parser expects."""


def require_columns(frame: pd.DataFrame, columns: Iterable[str], path: str | os.PathLike[str]) -> None:
    """Raise ``ParseError`` unless ``frame`` has every one of ``columns``.

    >>> require_columns(pd.DataFrame(columns=["a", "b"]), ["a"], "x.csv")
    >>> require_columns(pd.DataFrame(columns=["a"]), ["a", "c"], "x.csv")
    Traceback (most recent call last):
    ...
    kzdata.parsers._common.ParseError: x.csv does not have the expected columns ['c'] (it has ['a']).
    """
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ParseError(
            f"{Path(path).name} does not have the expected columns {missing} "
            f"(it has {[str(c) for c in frame.columns]})."
        )


def clean_text(value: object) -> str | None:
    """Collapse runs of white space and strip; None and empty text become None.

    >>> clean_text("  Всего \\n ")
    'Всего'
    >>> clean_text(None) is None
    True
    """
    if value is None or (isinstance(value, float) and value != value):
        return None
    text = " ".join(str(value).split())
    return text or None


def snake_case(text: str) -> str:
    """Turn a header into a snake_case ASCII name.

    >>> snake_case("O*NET-SOC Code")
    'o_net_soc_code'
    """
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")
