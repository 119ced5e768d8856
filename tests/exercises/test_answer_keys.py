"""Every answer key against itself and against its notebook.

For every answer-key module (``kzdata/exercises/exNN.py``): each reference solution runs and
passes its own check, each listed common mistake gets its intended message, the blank is "not
attempted", hints escalate, and the notebook named by ``NOTEBOOK`` has exactly one answer cell and
one check cell per question (found by tags, not by position), committed without outputs.
"""

from __future__ import annotations

import ast
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from kzdata.exercises import Question, ____
from kzdata.exercises.nbtools import cell_source, cells_tagged, question_of, read_notebook
from kzdata.exercises.registry import answer_keys, find_question, validate_answer_key

REPO_ROOT = Path(__file__).resolve().parents[2]
KEYS = answer_keys()
PAIRS = [(key, q) for key in KEYS for q in key.QUESTIONS]


def _ids(value: object) -> str:
    return value.id if isinstance(value, Question) else getattr(value, "__name__", "").rpartition(".")[2]


def _run(key: ModuleType, code: str, variable: str) -> Any:
    namespace: dict[str, Any] = {}
    exec(getattr(key, "SETUP", ""), namespace)  # noqa: S102 - the project's own answer key
    exec(code, namespace)  # noqa: S102
    return namespace[variable]


def test_there_is_at_least_one_answer_key() -> None:
    assert [k.__name__ for k in KEYS][:1] == ["kzdata.exercises.ex00"]


@pytest.mark.parametrize("key", KEYS, ids=_ids)
def test_answer_key_follows_the_conventions(key: ModuleType) -> None:
    validate_answer_key(key)
    names = sorted(n for n in vars(key) if isinstance(getattr(key, n), Question))
    assert sorted(q.id.partition(".")[2] for q in key.QUESTIONS) == names, "a question is missing from QUESTIONS"


@pytest.mark.parametrize(("key", "question"), PAIRS, ids=_ids)
def test_reference_solution_passes_its_own_check(key: ModuleType, question: Question) -> None:
    assert question.reference is not None and question.reference.variable is not None
    answer = _run(key, question.reference.code, question.reference.variable)
    expected = "reflection" if question.kind == "reflection" else "correct"
    outcome = question.check(answer)
    assert outcome.status == expected, str(outcome)


@pytest.mark.parametrize(("key", "question"), PAIRS, ids=_ids)
def test_every_listed_mistake_gives_its_intended_message(key: ModuleType, question: Question) -> None:
    assert question.reference is not None and question.reference.variable is not None
    for mistake in question.mistakes:
        if mistake.has_answer:
            answer = mistake.answer
        else:
            answer = _run(key, mistake.code or "", question.reference.variable)
        outcome = question.check(answer)
        assert outcome.status == "incorrect", (mistake, str(outcome))
        assert mistake.message in outcome.message, (mistake.message, outcome.message)


@pytest.mark.parametrize(("key", "question"), PAIRS, ids=_ids)
def test_the_blank_is_not_attempted(key: ModuleType, question: Question) -> None:
    assert question.check(____).status == "not_attempted"
    assert question.check(None).status == "not_attempted"


@pytest.mark.parametrize(("key", "question"), PAIRS, ids=_ids)
def test_hints_escalate_and_the_last_says_so(key: ModuleType, question: Question) -> None:
    total = len(question.hints)
    for n in range(1, total + 1):
        text = str(question.hint(n))
        assert text.startswith(f"Hint {n} of {total}: ")
        if n < total:
            assert f"`{question.id}.hint({n + 1})`" in text
        else:
            assert "This is the last hint." in text and f"`{question.id}.solution()`" in text
    assert str(question.solution())
    assert question.why or question.kind == "reflection", "say in one line why the answer is right"


# --------------------------------------------------------------------------- the notebooks
@pytest.mark.parametrize("key", KEYS, ids=_ids)
def test_notebook_has_one_answer_and_one_check_cell_per_question(key: ModuleType) -> None:
    path = REPO_ROOT / key.NOTEBOOK
    assert path.is_file(), f"{key.__name__}.NOTEBOOK names {key.NOTEBOOK}, which does not exist"
    notebook = read_notebook(path)
    ids = [q.id for q in key.QUESTIONS]
    answers = [question_of(c) for c in cells_tagged(notebook, "answer")]
    checks = [question_of(c) for c in cells_tagged(notebook, "check")]
    assert answers == ids, "answer cells (tag 'answer' + metadata kzdata.question) must match QUESTIONS"
    assert checks == ids, "check cells (tag 'check' + metadata kzdata.question) must match QUESTIONS"


@pytest.mark.parametrize("key", KEYS, ids=_ids)
def test_check_cells_pass_the_solutions_variable_and_answer_cells_hold_the_blank(key: ModuleType) -> None:
    notebook = read_notebook(REPO_ROOT / key.NOTEBOOK)
    for cell in cells_tagged(notebook, "answer"):
        question = find_question(question_of(cell) or "")
        source = cell_source(cell)
        assert "____" in source, f"the answer cell of {question.id} must contain the blank ____"
        assert question.reference is not None
        assert question.reference.variable in source, f"{question.id}: answer cell must assign the solution's variable"
    for cell in cells_tagged(notebook, "check"):
        question = find_question(question_of(cell) or "")
        assert question.reference is not None
        last = cell_source(cell).strip().splitlines()[-1]
        assert last == f"{question.id}.check({question.reference.variable})", last


@pytest.mark.parametrize("key", KEYS, ids=_ids)
def test_notebook_runs_the_answer_keys_setup_before_the_first_answer(key: ModuleType) -> None:
    notebook = read_notebook(REPO_ROOT / key.NOTEBOOK)
    before = []
    for cell in notebook["cells"]:
        if "answer" in cell.get("metadata", {}).get("tags", []):
            break
        if cell["cell_type"] == "code":
            before.extend(line.strip() for line in cell_source(cell).splitlines())
    for line in getattr(key, "SETUP", "").splitlines():
        assert not line.strip() or line.strip() in before, f"SETUP line {line!r} is not in the notebook"


@pytest.mark.parametrize("path", sorted((REPO_ROOT / "exercises").glob("*.ipynb")), ids=lambda p: p.name)
def test_exercise_notebooks_are_committed_clean_and_have_an_answer_key(path: Path) -> None:
    notebook = read_notebook(path)
    assert f"exercises/{path.name}" in {k.NOTEBOOK for k in KEYS}, f"no answer key names {path.name}"
    assert notebook["metadata"].get("kernelspec", {}).get("name") == "python3"
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code":
            assert cell.get("outputs") == [] and cell.get("execution_count") is None, (
                f"{path.name} has outputs: run `python tools/clean_exercise_notebooks.py`"
            )
            ast.parse(cell_source(cell))
    first = cell_source(notebook["cells"][0])
    assert first.startswith("# ") and "minutes" in first and "you will be able to" in first.lower()
