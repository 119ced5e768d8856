"""Find the answer-key modules and their questions.

``kzdata/exercises/exNN.py`` holds the questions of exercise notebook NN; ``lessonNN.py`` holds
the formative checks inside lesson notebook NN (its ``NOTEBOOK`` is under ``lessons/``).

An answer-key module holds the questions of one exercise notebook as attributes ``q1``, ``q2``,
..., lists them in a ``QUESTIONS`` tuple, names its notebook in ``NOTEBOOK`` (a path relative to
the repository root) and may give ``SETUP``: code the notebook runs before its first answer cell
and that the tests run before each reference solution.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from types import ModuleType
from typing import Final

from kzdata.exercises.checks import ExerciseDefinitionError
from kzdata.exercises.question import Question

__all__ = ["all_questions", "answer_keys", "find_question", "validate_answer_key"]

_KEY_MODULE: Final = re.compile(r"^(ex|lesson)\d{2}$")


def answer_keys() -> list[ModuleType]:
    """Import and return every answer-key module, in order (``ex00``, ..., ``lesson00``, ...).

    Examples
    --------
    >>> [m.__name__ for m in answer_keys()][:1]
    ['kzdata.exercises.ex00']
    """
    import kzdata.exercises as package

    names = sorted(m.name for m in pkgutil.iter_modules(package.__path__) if _KEY_MODULE.match(m.name))
    return [importlib.import_module(f"kzdata.exercises.{name}") for name in names]


def all_questions() -> list[Question]:
    """Return every question of every answer key, in notebook order."""
    return [q for module in answer_keys() for q in module.QUESTIONS]


def find_question(question_id: str) -> Question:
    """Return the question with this id, e.g. ``"ex00.q1"``.

    Raises
    ------
    KeyError
        If no answer key defines it; the message lists the known ids.
    """
    for question in all_questions():
        if question.id == question_id:
            return question
    known = ", ".join(q.id for q in all_questions())
    raise KeyError(f"No question has the id {question_id!r}. Known ids: {known}.")


def validate_answer_key(module: ModuleType) -> None:
    """Check that an answer-key module follows the conventions above.

    Raises
    ------
    ExerciseDefinitionError
        Naming the first rule the module breaks and how to fix it.
    """
    short = module.__name__.rpartition(".")[2]
    questions = getattr(module, "QUESTIONS", None)
    if not isinstance(questions, tuple) or not questions:
        raise ExerciseDefinitionError(f"{short}: define QUESTIONS = (q1, q2, ...), a non-empty tuple.")
    notebook = getattr(module, "NOTEBOOK", None)
    folder = "lessons" if short.startswith("lesson") else "exercises"
    if not isinstance(notebook, str) or not re.match(rf"^{folder}/[\w.-]+\.ipynb$", notebook):
        raise ExerciseDefinitionError(
            f"{short}: define NOTEBOOK = '{folder}/NN-slug.ipynb'; got {notebook!r}."
        )
    if not isinstance(getattr(module, "SETUP", ""), str):
        raise ExerciseDefinitionError(f"{short}: SETUP must be a string of Python code.")
    seen: set[str] = set()
    for question in questions:
        if not isinstance(question, Question):
            raise ExerciseDefinitionError(f"{short}: QUESTIONS holds {question!r}, not a question.")
        prefix, _, name = question.id.partition(".")
        if prefix != short or getattr(module, name, None) is not question:
            raise ExerciseDefinitionError(
                f"{short}: question {question.id!r} must be the module attribute {name!r} and "
                f"its id must start with {short!r}, so that `{short}.{name}.hint()` works."
            )
        if question.id in seen:
            raise ExerciseDefinitionError(f"{short}: the id {question.id!r} is used twice.")
        seen.add(question.id)
