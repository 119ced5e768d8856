"""The question object: declared as data, checked without ever raising on an answer.

A question holds its prompt, its checks, escalating hints and a reference solution written as
code. Students call four methods: ``check(answer)``, ``hint()``, ``hint(2)`` and ``solution()``.
Subclasses in :mod:`kzdata.exercises.kinds` and :mod:`kzdata.exercises.frames` add the checks of
one kind of answer (a number, a choice, a DataFrame, ...).
"""

from __future__ import annotations

import ast
import re
import warnings
from dataclasses import dataclass, field, replace
from typing import Any, ClassVar, Final

import numpy as np

from kzdata.exercises._text import is_placeholder, md_code, plain_text, safe_str, type_name
from kzdata.exercises.checks import Check, ExerciseDefinitionError, NotAttempted
from kzdata.exercises.outcome import Feedback, Outcome

__all__ = ["Mistake", "Question", "Solution"]

_ID: Final = re.compile(r"^[A-Za-z_]\w*\.[A-Za-z_]\w*$")
_UNSET: Final[Any] = type("_Unset", (), {"__repr__": lambda self: "UNSET"})()


def _require_text(value: object, what: str, where: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ExerciseDefinitionError(f"{where}: {what} must be a non-empty string; got {value!r}.")


@dataclass(frozen=True)
class Solution:
    """A reference solution: code that, run in the notebook, assigns the answer variable.

    Parameters
    ----------
    code : str
        Python code for the answer cell, e.g. ``"n_groups = len(isco)"``.
    explanation : str, optional
        Why the code works, in Markdown; shown by ``q.solution()`` under the code.
    variable : str, optional
        The name the code assigns and the check cell passes to ``check``. Inferred from the
        last top-level assignment or ``def`` when not given.

    Examples
    --------
    >>> Solution(code="import math\\nanswer = math.sqrt(16)").variable
    'answer'
    """

    code: str
    explanation: str = ""
    variable: str | None = None

    def __post_init__(self) -> None:
        _require_text(self.code, "code", "Solution")
        try:
            tree = ast.parse(self.code)
        except SyntaxError as exc:
            raise ExerciseDefinitionError(
                f"Solution code has a syntax error on line {exc.lineno}: {exc.msg}. "
                f"Fix the code string: {self.code!r}"
            ) from exc
        if self.variable is None:
            object.__setattr__(self, "variable", _assigned_name(tree, self.code))
        elif not self.variable.isidentifier():
            raise ExerciseDefinitionError(
                f"Solution variable must be a Python name; got {self.variable!r}."
            )


def _assigned_name(tree: ast.Module, code: str) -> str:
    for node in reversed(tree.body):
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name):
                return target.id
        if isinstance(node, (ast.AnnAssign, ast.AugAssign)) and isinstance(node.target, ast.Name):
            return node.target.id
        if isinstance(node, ast.FunctionDef):
            return node.name
    raise ExerciseDefinitionError(
        f"Cannot tell which variable this solution assigns: {code!r}. End it with an assignment "
        "such as `answer = ...` or pass Solution(..., variable='answer')."
    )


@dataclass(frozen=True)
class Mistake:
    """A common mistake and the message it must produce.

    Give either ``answer`` (a literal wrong answer; value questions also use it to recognise the
    mistake) or ``code`` (code that assigns the wrong answer to the solution's variable, run
    after the answer key's ``SETUP``). Tests check that each mistake gets its message.

    Examples
    --------
    >>> Mistake(answer=9, message="Did you leave out group 0?").message
    'Did you leave out group 0?'
    """

    message: str
    answer: Any = _UNSET
    code: str | None = None

    def __post_init__(self) -> None:
        _require_text(self.message, "message", "Mistake")
        if (self.answer is _UNSET) == (self.code is None):
            raise ExerciseDefinitionError(
                "Mistake needs exactly one of answer=... (a wrong answer) or code=... (code "
                f"that produces one); got answer={self.answer!r}, code={self.code!r}."
            )
        if self.code is not None:
            try:
                ast.parse(self.code)
            except SyntaxError as exc:
                raise ExerciseDefinitionError(
                    f"Mistake code has a syntax error: {exc.msg}. Code: {self.code!r}"
                ) from exc

    @property
    def has_answer(self) -> bool:
        """True when the mistake is a literal answer rather than code."""
        return self.answer is not _UNSET


@dataclass(frozen=True, kw_only=True, repr=False, eq=False)
class Question:
    """One question of an exercise notebook.

    Parameters
    ----------
    id : str
        ``"<answer-key module>.<name>"``, e.g. ``"ex00.q1"``; messages tell students to run
        ``ex00.q1.hint()``, so it must match where the notebook finds the question.
    prompt : str
        The question, in Markdown.
    reference : Solution
        The reference solution shown by ``solution()`` and used by the tests.
    hints : sequence of str, optional
        Hints from gentle to nearly the answer.
    why : str, optional
        One line shown with "Correct:": why the answer is right.
    checks : sequence of callables, optional
        Extra checks run after the type check and before the value check; each returns
        ``None`` or a message (see :func:`kzdata.exercises.checks.when`).
    mistakes : sequence of Mistake, optional
        Common mistakes with the message each must produce.

    Examples
    --------
    >>> from kzdata.exercises import Question, Solution
    >>> q = Question(
    ...     id="demo.q1",
    ...     prompt="Give any even whole number.",
    ...     checks=[lambda a: None if isinstance(a, int) and a % 2 == 0 else "Not even."],
    ...     reference=Solution(code="answer = 2"),
    ... )
    >>> print(q.check(3))
    Not yet: Not even.
    >>> print(q.check(4))
    Correct: That is right.
    """

    kind: ClassVar[str] = "custom"
    expects: ClassVar[str] = "an answer of the kind the question asks for"

    id: str
    prompt: str
    reference: Solution | None = None
    hints: tuple[str, ...] = ()
    why: str = ""
    checks: tuple[Check, ...] = ()
    mistakes: tuple[Mistake, ...] = field(default=())

    def __post_init__(self) -> None:
        if not isinstance(self.id, str) or not _ID.match(self.id):
            raise ExerciseDefinitionError(
                f"Question id must look like 'ex00.q1' (module, dot, name); got {self.id!r}."
            )
        where = f"Question {self.id}"
        _require_text(self.prompt, "prompt", where)
        for name in ("hints", "checks", "mistakes"):
            value = getattr(self, name)
            if isinstance(value, (str, bytes)) or not hasattr(value, "__iter__"):
                raise ExerciseDefinitionError(f"{where}: {name} must be a list; got {value!r}.")
            object.__setattr__(self, name, tuple(value))
        for hint in self.hints:
            _require_text(hint, "every hint", where)
        if not all(callable(c) for c in self.checks):
            raise ExerciseDefinitionError(f"{where}: every item of checks must be callable.")
        if not all(isinstance(m, Mistake) for m in self.mistakes):
            raise ExerciseDefinitionError(f"{where}: mistakes must be Mistake(...) objects.")
        if not isinstance(self.why, str):
            raise ExerciseDefinitionError(f"{where}: why must be a string; got {self.why!r}.")
        if self.reference is None and self.kind != "reflection":
            raise ExerciseDefinitionError(
                f"{where} needs reference=Solution(code=...) so that students can see a "
                "solution and the tests can check the question against it."
            )
        if self.reference is not None and not isinstance(self.reference, Solution):
            raise ExerciseDefinitionError(f"{where}: reference must be a Solution(...).")

    # ----------------------------------------------------------------- student API
    def check(self, answer: Any) -> Outcome:
        """Check an answer, record the outcome in your local progress file, and return it."""
        from kzdata.exercises import store

        outcome = self.evaluate(answer)
        notes = store.record(self.id, outcome.status)
        return replace(outcome, notes=tuple(notes)) if notes else outcome

    def hint(self, n: int = 1) -> Feedback:
        """Show hint number ``n`` (1 first). Each hint says how to get the next one."""
        total = len(self.hints)
        if total == 0:
            return Feedback(
                "No hints", f"This question has no hints. Run {self._call('solution()')} to see "
                "the answer, and why."
            )
        if type(n) not in (int, np.int64, np.int32) or not 1 <= n <= total:
            calls = ", ".join(self._call(f"hint({i})") for i in range(1, total + 1))
            return Feedback("Hints", f"This question has {total} hint(s): {calls}.")
        n = int(n)
        if n < total:
            follow = f"For another hint, run {self._call(f'hint({n + 1})')}."
        else:
            follow = (
                f"This is the last hint. If you are still stuck, run {self._call('solution()')} "
                "to see the answer, and why."
            )
        return Feedback(f"Hint {n} of {total}", f"{self.hints[n - 1]}\n\n{follow}")

    def solution(self) -> Feedback:
        """Show the reference solution and why it works."""
        if self.reference is None:  # only reflective questions, which override this method
            return Feedback("Solution", "This question has no reference solution.")
        body = f"```python\n{self.reference.code.strip()}\n```"
        if self.reference.explanation:
            body += f"\n\n{self.reference.explanation}"
        return Feedback("Solution", body)

    # ----------------------------------------------------------------- engine
    def evaluate(self, answer: Any) -> Outcome:
        """Check an answer without recording it. Never raises because of the answer."""
        if is_placeholder(answer):
            return self._not_attempted()
        if issubclass(type(answer), str):  # not isinstance: it consults a hostile __class__
            answer = plain_text(answer)  # a str subclass may override strip() with code that raises
        self.prepare()
        with warnings.catch_warnings(), np.errstate(all="ignore"):
            warnings.simplefilter("ignore")
            try:
                message = self._first_failure(answer)
            except NotAttempted:
                return self._not_attempted()
            except Exception as exc:  # whatever the answer did, the student gets feedback
                message = (
                    f"Your answer could not be checked: looking at it raised "
                    f"{md_code(type_name(exc))}. This question needs {self.expects}."
                )
        if message is None:
            return Outcome("correct", self.why or "That is right.", self.id)
        if not isinstance(message, str):
            message = f"This question needs {self.expects}."
        if self.hints:
            message += f" Stuck? Run {self._call('hint()')}."
        return Outcome("incorrect", message, self.id)

    def prepare(self) -> None:
        """Compute what the checks need (e.g. an expected table); errors are the author's."""

    def type_checks(self) -> tuple[Check, ...]:
        """Checks that the answer is of the right kind; run before the author's checks."""
        return ()

    def value_checks(self) -> tuple[Check, ...]:
        """Checks that the answer has the right value; run after the author's checks."""
        return ()

    def _first_failure(self, answer: Any) -> str | None:
        for check in (*self.type_checks(), *self.checks, *self.value_checks()):
            message = check(answer)
            if message:
                return message
        return None

    def _not_attempted(self) -> Outcome:
        return Outcome(
            "not_attempted",
            f"Replace {md_code('____')} with your answer in the answer cell, run that cell, then "
            "run this check again."
            + (f" For a hint, run {self._call('hint()')}." if self.hints else ""),
            self.id,
        )

    def _call(self, method: str) -> str:
        return md_code(f"{self.id}.{method}")

    def _expected_failed(self, exc: Exception) -> ExerciseDefinitionError:
        return ExerciseDefinitionError(
            f"Question {self.id}: computing the expected answer failed with {type_name(exc)}: "
            f"{safe_str(exc)}. This is a problem in the exercise, not in your answer; please "
            "report it to your lecturer."
        )

    # ----------------------------------------------------------------- display
    def _repr_markdown_(self) -> str:
        lines = [f"**{self.id}** ({self.kind} question): {self.prompt}", self._details()]
        lines.append(
            f"Check your answer with {self._call('check(answer)')}; "
            f"get a hint with {self._call('hint()')}; see the solution with "
            f"{self._call('solution()')}."
        )
        return "\n\n".join(line for line in lines if line)

    def _details(self) -> str:
        return ""

    def __repr__(self) -> str:
        from kzdata.exercises._text import markdown_to_text

        return markdown_to_text(self._repr_markdown_())
