"""Exercises with immediate feedback: check, hint, solution, reflection and local progress.

In an exercise notebook::

    from kzdata.exercises import ex00, ____

    n_groups = ____            # replace ____ with your answer
    ex00.q1.check(n_groups)    # "Not attempted", "Not yet: ...", or "Correct: ..."
    ex00.q1.hint()             # the first hint; it tells you how to get the next one
    ex00.q1.solution()         # the reference solution and why it works

    from kzdata.exercises import progress
    progress()                 # your own progress, stored only on your computer

Authors declare questions as data in one answer-key module per notebook. To add an exercise:

1. Write ``kzdata/exercises/exNN.py`` with questions ``q1``, ``q2``, ... (ids ``"exNN.q1"``),
   ``QUESTIONS = (q1, q2, ...)``, ``NOTEBOOK = "exercises/NN-slug.ipynb"`` and ``SETUP`` (the
   code the notebook runs before its first answer cell). Give each question hints, a one-line
   ``why``, a ``reference=Solution(code=...)`` and the common ``mistakes`` you expect.
2. Write the notebook: for each question an answer cell (tag ``answer``) assigning ``____`` and a
   check cell (tag ``check``) ending in ``exNN.q1.check(<variable>)``; both carry the cell
   metadata ``{"kzdata": {"question": "exNN.q1"}}``. Commit it without outputs
   (``python tools/clean_exercise_notebooks.py``).
3. Run ``pytest tests/exercises``: it checks every solution and mistake, and runs the notebook
   as committed and with the solutions filled in.

Examples
--------
>>> from kzdata.exercises import NumberQuestion, Solution, ____
>>> q = NumberQuestion(id="demo.q1", prompt="How many ISCO-08 major groups are there?",
...                    expected=10, hints=["Count the digits 0 to 9."],
...                    reference=Solution(code="n_groups = 10"))
>>> print(q.check(____))
Not attempted: Replace `____` with your answer in the answer cell, run that cell, then run this check again. For a hint, run `demo.q1.hint()`.
>>> print(q.hint())
Hint 1 of 1: Count the digits 0 to 9.
<BLANKLINE>
This is the last hint. If you are still stuck, run `demo.q1.solution()` to see the answer, and why.
"""

from __future__ import annotations

from kzdata.exercises._text import PLACEHOLDER
from kzdata.exercises.checks import ExerciseDefinitionError, when
from kzdata.exercises.frames import FrameQuestion, SeriesQuestion
from kzdata.exercises.kinds import (
    Case,
    ChoiceQuestion,
    FunctionQuestion,
    NumberQuestion,
    TextQuestion,
)
from kzdata.exercises.outcome import Feedback, Outcome
from kzdata.exercises.question import Mistake, Question, Solution
from kzdata.exercises.reflection import ReflectionQuestion
from kzdata.exercises.store import progress, progress_path, reset_progress

____ = PLACEHOLDER
"""The blank in answer cells. An answer still equal to ``____`` is "not attempted"."""

__all__ = [
    "Case",
    "ChoiceQuestion",
    "ExerciseDefinitionError",
    "Feedback",
    "FrameQuestion",
    "FunctionQuestion",
    "Mistake",
    "NumberQuestion",
    "Outcome",
    "Question",
    "ReflectionQuestion",
    "SeriesQuestion",
    "Solution",
    "TextQuestion",
    "____",
    "progress",
    "progress_path",
    "reset_progress",
    "when",
]
