"""1. As committed (the student's blank page): no cell raises, and every check says "Not attempted"."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from notebook_runner import (
    EXERCISES_DIR, NOTEBOOKS, PARAMS, _check_cells, _errors, _execute, _texts, question_of,
    read_notebook,
)

pytestmark = pytest.mark.notebooks


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


def test_there_is_at_least_one_exercise_notebook() -> None:
    assert NOTEBOOKS, f"no notebooks in {EXERCISES_DIR}"
    assert sys.executable  # the kernel 'python3' is this interpreter's ipykernel
