"""Shared by the two notebook-harness test files: which notebooks, and how to run them.

The harness runs every exercise notebook (and every lesson with formative checks) twice in a
fresh kernel: as committed, and with the solutions. The two runs live in two test files so that
``pytest -n 2 --dist loadfile`` puts them on different workers.

Select the harness with ``-m notebooks`` (or leave it out with ``-m "not notebooks"``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from kzdata.exercises.nbtools import cell_source, question_of, read_notebook
from kzdata.exercises.registry import find_question
from kzdata.exercises.solutions import fill_solutions

nbclient = pytest.importorskip("nbclient")
nbformat = pytest.importorskip("nbformat")

REPO_ROOT = Path(__file__).resolve().parents[2]
EXERCISES_DIR = REPO_ROOT / "exercises"
# Lessons with formative checks (an answer key kzdata/exercises/lessonNN.py) run both ways too.
LESSONS_WITH_CHECKS = [
    p for p in sorted((REPO_ROOT / "lessons").glob("*.ipynb"))
    if '"check"' in p.read_text(encoding="utf-8")
]
NOTEBOOKS = sorted(EXERCISES_DIR.glob("*.ipynb")) + LESSONS_WITH_CHECKS
PARAMS = [pytest.param(p, id=f"{p.parent.name}/{p.name}") for p in NOTEBOOKS]


def _execute(notebook: dict[str, Any], tmp_path: Path, notebook_path: Path) -> Any:
    node = nbformat.reads(json.dumps(notebook), as_version=4)
    env = dict(os.environ)
    env["KZDATA_PROGRESS_FILE"] = str(tmp_path / "kernel-progress.json")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    client = nbclient.NotebookClient(
        node,
        timeout=120,
        kernel_name="python3",
        allow_errors=True,
        resources={"metadata": {"path": str(Path(notebook_path).parent)}},
    )
    client.execute(env=env)
    return node


def _errors(node: Any) -> list[str]:
    found = []
    for cell in node.cells:
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                found.append(f"{cell_source(cell)!r} raised {output['ename']}: {output['evalue']}")
    return found


def _texts(cell: Any) -> tuple[str, str]:
    """Return the cell's (text/plain, text/markdown) results."""
    plain, markdown = [], []
    for output in cell.get("outputs", []):
        data = output.get("data", {})
        plain.append(data.get("text/plain", ""))
        markdown.append(data.get("text/markdown", ""))
    return "\n".join(plain), "\n".join(markdown)


def _check_cells(node: Any) -> list[Any]:
    return [c for c in node.cells if c.cell_type == "code" and "check" in c.metadata.get("tags", [])]


