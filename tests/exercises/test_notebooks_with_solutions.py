"""2. With every answer cell replaced by the reference solution: every check passes."""

from __future__ import annotations

from pathlib import Path

import pytest
from notebook_runner import (
    PARAMS, _check_cells, _errors, _execute, _texts, fill_solutions, find_question, question_of, read_notebook,
)

pytestmark = pytest.mark.notebooks


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
