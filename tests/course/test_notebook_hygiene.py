"""Lessons are committed executed and clean; exercises are committed blank.

nbval (run by the test command over lessons/) checks that stored outputs are still what the
code produces; these tests check what nbval cannot: that the outputs are there at all, that no
stored output is an error, that chart and explorer cells are excluded from comparison, and that
notebooks stay small enough to open quickly.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LESSON_NOTEBOOKS = sorted((ROOT / "lessons").glob("*.ipynb"))
# Output types nbval would compare but that differ between versions or runs.
UNSTABLE_MIME = ("image/svg+xml", "image/png", "application/vnd.jupyter.widget-view+json")
MAX_LESSON_BYTES = 1_500_000


def code_cells(path: Path) -> list[dict]:
    notebook = json.loads(path.read_text(encoding="utf-8"))
    return [c for c in notebook["cells"] if c["cell_type"] == "code"]


@pytest.mark.parametrize("path", LESSON_NOTEBOOKS, ids=lambda p: p.name)
def test_lesson_is_committed_executed_without_errors(path):
    cells = code_cells(path)
    assert cells and all(c["execution_count"] is not None for c in cells), (
        f"run python tools/execute_notebooks.py {path.relative_to(ROOT)}"
    )
    errors = [o for c in cells for o in c["outputs"] if o["output_type"] == "error"]
    assert not errors, errors[0].get("ename")


@pytest.mark.parametrize("path", LESSON_NOTEBOOKS, ids=lambda p: p.name)
def test_chart_and_widget_cells_are_not_compared_by_nbval(path):
    for cell in code_cells(path):
        mimes = {m for o in cell["outputs"] for m in o.get("data", {})}
        if mimes & set(UNSTABLE_MIME):
            tags = cell["metadata"].get("tags", [])
            assert "nbval-ignore-output" in tags, "".join(cell["source"])[:120]


@pytest.mark.parametrize("path", LESSON_NOTEBOOKS, ids=lambda p: p.name)
def test_lesson_notebook_stays_small(path):
    assert path.stat().st_size < MAX_LESSON_BYTES
    assert "widgets" not in json.loads(path.read_text(encoding="utf-8"))["metadata"]


def test_exercise_notebooks_are_committed_blank():
    out = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "clean_exercise_notebooks.py"), "--check"],
        capture_output=True, text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr
