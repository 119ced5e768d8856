"""Read exercise notebooks and find their answer and check cells, with the standard library only.

Conventions for exercise notebooks (``exercises/NN-slug.ipynb``):

- an **answer cell** is a code cell tagged ``answer`` whose metadata names its question,
  ``{"kzdata": {"question": "ex00.q1"}}``; as committed it assigns ``____`` (or a function
  returning ``____``);
- a **check cell** is a code cell tagged ``check`` with the same metadata; it calls
  ``ex00.q1.check(<variable>)`` as its last line;
- notebooks are committed without outputs.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

__all__ = [
    "cell_source",
    "cells_tagged",
    "new_markdown_cell",
    "question_of",
    "read_notebook",
    "write_notebook",
]

Notebook = dict[str, Any]
Cell = dict[str, Any]


def read_notebook(path: str | os.PathLike[str]) -> Notebook:
    """Read a notebook file as a plain dict (nbformat 4 JSON)."""
    with open(path, encoding="utf-8") as handle:
        notebook = json.load(handle)
    if not isinstance(notebook, dict) or notebook.get("nbformat") != 4:
        raise ValueError(f"{path} is not a Jupyter notebook in format 4.")
    return notebook


def write_notebook(notebook: Notebook, path: str | os.PathLike[str]) -> None:
    """Write a notebook as Jupyter does (one-space indent, UTF-8), via a temporary file."""
    path = Path(path)
    for cell in notebook.get("cells", []):
        if isinstance(cell.get("source"), str):  # stored as a list of lines, as Jupyter does
            cell["source"] = cell["source"].splitlines(keepends=True)
    text = json.dumps(notebook, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def cell_source(cell: Cell) -> str:
    """Return a cell's source as one string (the JSON may hold a list of lines)."""
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else str(source)


def cells_tagged(notebook: Notebook, tag: str) -> list[Cell]:
    """Return the code cells carrying ``tag`` in ``metadata.tags``, in order.

    Examples
    --------
    >>> nb = {"cells": [{"cell_type": "code", "metadata": {"tags": ["answer"]}, "source": "x = 1"}]}
    >>> [cell_source(c) for c in cells_tagged(nb, "answer")]
    ['x = 1']
    """
    return [
        cell
        for cell in notebook.get("cells", [])
        if cell.get("cell_type") == "code" and tag in cell.get("metadata", {}).get("tags", [])
    ]


def question_of(cell: Cell) -> str | None:
    """Return the question id in a cell's ``metadata.kzdata.question``, or None."""
    meta = cell.get("metadata", {}).get("kzdata", {})
    question = meta.get("question") if isinstance(meta, dict) else None
    return question if isinstance(question, str) else None


def new_markdown_cell(source: str, *, cell_id: str, tags: tuple[str, ...] = ()) -> Cell:
    """Make a Markdown cell; ``cell_id`` must be unique in its notebook (nbformat 4.5)."""
    metadata: dict[str, Any] = {"tags": list(tags)} if tags else {}
    return {"cell_type": "markdown", "id": cell_id, "metadata": metadata, "source": source}
