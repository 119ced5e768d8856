"""Run every exercise notebook twice in a fresh kernel: as committed, and with the solutions.

1. As committed (the student's blank page): no cell raises, and every check cell reports
   "Not attempted".
2. With every answer cell replaced by the reference solution from the answer key (exactly what
   ``kzdata solutions`` writes for lecturers): every auto-checked question reports "Correct",
   every reflective one "Reflection recorded".

Select these tests with ``-m notebooks`` (or leave them out with ``-m "not notebooks"``). Each
notebook and mode is its own test, parametrized by notebook, so pytest-xdist spreads them over
workers (under ``--dist loadfile`` they share this file's worker).
"""

from __future__ import annotations

import json
import os
import sys
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
# One xdist group per notebook: under `--dist loadgroup` each notebook runs on its own worker.
PARAMS = [pytest.param(p, id=p.name, marks=pytest.mark.xdist_group(p.stem)) for p in NOTEBOOKS]
pytestmark = pytest.mark.notebooks


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


@pytest.mark.parametrize("path", PARAMS)
def test_as_committed_every_check_is_not_attempted(path: Path, tmp_path: Path) -> None:
    node = _execute(read_notebook(path), tmp_path, path)
    assert _errors(node) == []
    checks = _check_cells(node)
    assert checks, f"{path.name} has no cell tagged 'check'"
    for cell in checks:
        plain, markdown = _texts(cell)
        assert plain.startswith("Not attempted:"), (question_of(cell), plain)
        assert markdown.startswith("**Not attempted:**"), (question_of(cell), markdown)
        assert "Note:" not in plain, f"progress was not saved cleanly: {plain}"


@pytest.mark.parametrize("path", PARAMS)
def test_with_reference_solutions_every_check_passes(path: Path, tmp_path: Path) -> None:
    node = _execute(fill_solutions(read_notebook(path)), tmp_path, path)
    assert _errors(node) == []
    for cell in _check_cells(node):
        question_id = question_of(cell)
        assert question_id is not None, f"a check cell in {path.name} names no question"
        label = "Reflection recorded" if find_question(question_id).kind == "reflection" else "Correct"
        plain, markdown = _texts(cell)
        assert plain.startswith(f"{label}:"), (question_id, plain)
        assert markdown.startswith(f"**{label}:**"), (question_id, markdown)
        assert "Note:" not in plain, f"progress was not saved cleanly: {plain}"


def test_there_is_at_least_one_exercise_notebook() -> None:
    assert NOTEBOOKS, f"no notebooks in {EXERCISES_DIR}"
    assert sys.executable  # the kernel 'python3' is this interpreter's ipykernel
