"""Question kinds for single values, choices and functions.

Each kind turns a few declared facts (the expected number, the options, the test cases) into
checks with messages that say what is wrong without giving the answer away.
"""

from __future__ import annotations

import copy
import math
import numbers
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from kzdata.exercises._text import (
    PLACEHOLDER,
    describe,
    md_code,
    safe_repr,
    safe_str,
    type_name,
)
from kzdata.exercises.checks import (
    Check,
    ExerciseDefinitionError,
    NotAttempted,
    format_call,
    normalize_text,
    option_key,
    real_number,
    values_equal,
)
from kzdata.exercises.question import Mistake, Question

__all__ = [
    "Case",
    "ChoiceQuestion",
    "FunctionQuestion",
    "NumberQuestion",
    "TextQuestion",
]


@dataclass(frozen=True, kw_only=True, repr=False, eq=False)
class NumberQuestion(Question):
    """A question whose answer is one number, compared with a tolerance.

    Parameters
    ----------
    expected : float
        The right number.
    rel_tol, abs_tol : float, optional
        Relative and absolute tolerance, as in :func:`math.isclose` (e.g. ``abs_tol=0.05`` to
        accept any rounding to one decimal).
    say_direction : bool, default False
        Tell the student whether a wrong number is too high or too low.
    **kwargs
        The common fields of :class:`~kzdata.exercises.Question`. A ``Mistake(answer=...)`` is
        recognised in the student's answer and gets its own message.

    Examples
    --------
    >>> from kzdata.exercises import NumberQuestion, Mistake, Solution
    >>> q = NumberQuestion(
    ...     id="demo.groups", prompt="How many ISCO-08 major groups are there?", expected=10,
    ...     mistakes=[Mistake(answer=9, message="Did you leave out group 0, the armed forces?")],
    ...     reference=Solution(code="n_groups = 10"),
    ... )
    >>> print(q.check(9))
    Not yet: Did you leave out group 0, the armed forces?
    >>> print(q.check("10"))
    Not yet: Your answer is the text `'10'`. Remove the quotes so that it is a number: `10`.
    >>> q.check(10.0).status
    'correct'
    """

    kind: ClassVar[str] = "number"
    expects: ClassVar[str] = "a number"

    expected: float
    rel_tol: float = 1e-9
    abs_tol: float = 0.0
    say_direction: bool = False

    def __post_init__(self) -> None:
        super().__post_init__()
        where = f"Question {self.id}"
        value, problem = real_number(self.expected)
        if problem:
            raise ExerciseDefinitionError(f"{where}: expected must be a finite number; got {self.expected!r}.")
        for name in ("rel_tol", "abs_tol"):
            tol = getattr(self, name)
            if isinstance(tol, bool) or not isinstance(tol, numbers.Real) or not tol >= 0:
                raise ExerciseDefinitionError(f"{where}: {name} must be a number >= 0; got {tol!r}.")
        for mistake in self.mistakes:
            if mistake.has_answer and self._close(real_number(mistake.answer)[0]):
                raise ExerciseDefinitionError(
                    f"{where}: the mistake answer {mistake.answer!r} would be accepted as correct."
                )

    def _close(self, value: float | None) -> bool:
        if value is None:
            return False
        return math.isclose(value, float(self.expected), rel_tol=self.rel_tol, abs_tol=self.abs_tol)

    def type_checks(self) -> tuple[Check, ...]:
        return (lambda answer: real_number(answer)[1],)

    def value_checks(self) -> tuple[Check, ...]:
        return (self._value,)

    def _value(self, answer: Any) -> str | None:
        value, _ = real_number(answer)
        if self._close(value):
            return None
        for mistake in self.mistakes:
            if mistake.has_answer:
                wrong, _ = real_number(mistake.answer)
                if wrong is not None and value is not None and math.isclose(
                    value, wrong, rel_tol=self.rel_tol, abs_tol=self.abs_tol
                ):
                    return mistake.message
        message = f"{md_code(safe_repr(answer))} is not the right number."
        if self.say_direction and value is not None:
            message += " It is too high." if value > float(self.expected) else " It is too low."
        return message


@dataclass(frozen=True, kw_only=True, repr=False, eq=False)
class TextQuestion(Question):
    """A question whose answer is a short text; case, extra spaces and a final "." are ignored.

    Parameters
    ----------
    expected : str
        The right text.
    accept : sequence of str, optional
        Other texts that are also right (another spelling, a synonym).
    case_sensitive : bool, default False
        Whether "managers" and "Managers" differ.
    **kwargs
        The common fields of :class:`~kzdata.exercises.Question`.

    Examples
    --------
    >>> from kzdata.exercises import TextQuestion, Solution
    >>> q = TextQuestion(id="demo.label", prompt="Name ISCO-08 major group 4.",
    ...                  expected="Clerical support workers",
    ...                  reference=Solution(code="label = 'Clerical support workers'"))
    >>> q.check("clerical support  workers").status
    'correct'
    >>> print(q.check(4))
    Not yet: This question needs text in quotes, such as `'Managers'`, but your answer is the number `4`.
    """

    kind: ClassVar[str] = "text"
    expects: ClassVar[str] = "text in quotes"

    expected: str
    accept: tuple[str, ...] = ()
    case_sensitive: bool = False

    def __post_init__(self) -> None:
        super().__post_init__()
        if not isinstance(self.expected, str) or not self.expected.strip():
            raise ExerciseDefinitionError(f"Question {self.id}: expected must be non-empty text.")
        if isinstance(self.accept, str) or not all(isinstance(a, str) for a in self.accept):
            raise ExerciseDefinitionError(f"Question {self.id}: accept must be a list of strings.")
        object.__setattr__(self, "accept", tuple(self.accept))
        for mistake in self.mistakes:
            if mistake.has_answer and isinstance(mistake.answer, str) and self._matches(mistake.answer):
                raise ExerciseDefinitionError(
                    f"Question {self.id}: the mistake answer {mistake.answer!r} would be accepted."
                )

    def _norm(self, text: str) -> str:
        return normalize_text(text, case_sensitive=self.case_sensitive)

    def _matches(self, text: str) -> bool:
        return self._norm(text) in {self._norm(t) for t in (self.expected, *self.accept)}

    def type_checks(self) -> tuple[Check, ...]:
        def is_text(answer: Any) -> str | None:
            if isinstance(answer, str):
                return None
            return (
                "This question needs text in quotes, such as `'Managers'`, but your answer is "
                f"{describe(answer)}."
            )

        return (is_text,)

    def value_checks(self) -> tuple[Check, ...]:
        def value(answer: str) -> str | None:
            if self._matches(answer):
                return None
            for mistake in self.mistakes:
                if mistake.has_answer and isinstance(mistake.answer, str):
                    if self._norm(answer) == self._norm(mistake.answer):
                        return mistake.message
            if not answer.strip():
                return "Your answer is empty text. Write your answer between the quotes."
            return f"{md_code(safe_repr(answer))} is not the answer. Check the spelling, too."

        return (value,)


@dataclass(frozen=True, kw_only=True, repr=False, eq=False)
class ChoiceQuestion(Question):
    """Multiple choice with one right option and a diagnostic message for every wrong one.

    Students answer with the option's letter (``"b"``, ``"B"``, ``"(b)"``) or its full text.

    Parameters
    ----------
    options : dict of str to str
        Lower-case letters to option texts, in display order.
    answer : str
        The letter of the right option.
    diagnostics : dict of str to str
        One message per wrong option, saying why it is wrong (required for every one).
    **kwargs
        The common fields of :class:`~kzdata.exercises.Question`.

    Examples
    --------
    >>> from kzdata.exercises import ChoiceQuestion, Solution
    >>> q = ChoiceQuestion(
    ...     id="demo.choice", prompt="Exposure to AI means that...",
    ...     options={"a": "the job will disappear", "b": "some tasks could be done by AI"},
    ...     answer="b",
    ...     diagnostics={"a": "Exposure is about tasks, not about whole jobs disappearing."},
    ...     reference=Solution(code="choice = 'b'"),
    ... )
    >>> print(q.check("a"))
    Not yet: Exposure is about tasks, not about whole jobs disappearing.
    >>> q.check("(B)").status
    'correct'
    """

    kind: ClassVar[str] = "choice"
    expects: ClassVar[str] = "the letter of one option in quotes, such as `'b'`"

    options: Mapping[str, str]
    answer: str
    diagnostics: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__post_init__()
        where = f"Question {self.id}"
        if not isinstance(self.options, Mapping) or len(self.options) < 2:
            raise ExerciseDefinitionError(f"{where}: options must be a dict of at least two options.")
        for key, text in self.options.items():
            if not isinstance(key, str) or not key.isalnum() or key != key.lower():
                raise ExerciseDefinitionError(f"{where}: option keys must be lower-case letters; got {key!r}.")
            if not isinstance(text, str) or not text.strip():
                raise ExerciseDefinitionError(f"{where}: option {key!r} needs a non-empty text.")
        if self.answer not in self.options:
            raise ExerciseDefinitionError(
                f"{where}: answer {self.answer!r} is not one of the options {list(self.options)}."
            )
        wrong = [k for k in self.options if k != self.answer]
        if set(self.diagnostics) != set(wrong):
            raise ExerciseDefinitionError(
                f"{where}: diagnostics must give one message for each wrong option {wrong}; "
                f"got messages for {sorted(self.diagnostics)}."
            )
        generated = tuple(Mistake(answer=k, message=self.diagnostics[k]) for k in wrong)
        object.__setattr__(self, "options", dict(self.options))
        object.__setattr__(self, "diagnostics", dict(self.diagnostics))
        object.__setattr__(self, "mistakes", generated + self.mistakes)

    def _letters(self) -> str:
        keys = [md_code(repr(k)) for k in self.options]
        return ", ".join(keys[:-1]) + " or " + keys[-1]

    def type_checks(self) -> tuple[Check, ...]:
        def is_letter(answer: Any) -> str | None:
            if not isinstance(answer, str):
                return (
                    f"Your answer is {describe(answer)}. Answer with the letter of your choice "
                    f"in quotes: {self._letters()}."
                )
            if option_key(self.options, answer) is None:
                return (
                    f"{md_code(safe_repr(answer))} is not one of the options. Answer with one "
                    f"letter in quotes: {self._letters()}."
                )
            return None

        return (is_letter,)

    def value_checks(self) -> tuple[Check, ...]:
        def value(answer: str) -> str | None:
            key = option_key(self.options, answer)
            return None if key == self.answer else self.diagnostics.get(key or "", "Not this one.")

        return (value,)

    def _details(self) -> str:
        return "\n".join(f"- ({k}) {text}" for k, text in self.options.items())


@dataclass(frozen=True)
class Case:
    """One test case of a function question.

    Parameters
    ----------
    args : tuple, optional
        Positional arguments of the call.
    kwargs : dict, optional
        Keyword arguments of the call.
    expected : object
        The result a right function returns (compared like :func:`~kzdata.exercises.checks.values_equal`).
    message : str, optional
        Message when this case fails, instead of the generic "returned ..., which is not right".
    """

    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)
    expected: Any = None
    message: str | None = None


@dataclass(frozen=True, kw_only=True, repr=False, eq=False)
class FunctionQuestion(Question):
    """A question whose answer is a function, checked against test cases.

    Parameters
    ----------
    cases : sequence of Case
        Arguments and expected results; each call gets fresh copies of the arguments.
    rel_tol, abs_tol : float, optional
        Tolerance for numeric results.
    **kwargs
        The common fields of :class:`~kzdata.exercises.Question`.

    Examples
    --------
    >>> from kzdata.exercises import Case, FunctionQuestion, Solution
    >>> q = FunctionQuestion(
    ...     id="demo.share", prompt="Write share_pct(part, whole).",
    ...     cases=[Case(args=(1, 4), expected=25.0), Case(args=(0, 5), expected=0.0)],
    ...     reference=Solution(code="def share_pct(part, whole):\\n    return 100 * part / whole"),
    ... )
    >>> def share_pct(part, whole):
    ...     return part / whole
    >>> print(q.check(share_pct))
    Not yet: `share_pct(1, 4)` returned `0.25`, which is not right.
    >>> def share_pct(part, whole):
    ...     return 100 * part / whole
    >>> q.check(share_pct).status
    'correct'
    """

    kind: ClassVar[str] = "function"
    expects: ClassVar[str] = "a function written with `def`"

    cases: tuple[Case, ...]
    rel_tol: float = 1e-9
    abs_tol: float = 0.0

    def __post_init__(self) -> None:
        super().__post_init__()
        cases = tuple(self.cases)
        if not cases or not all(isinstance(c, Case) for c in cases):
            raise ExerciseDefinitionError(f"Question {self.id}: cases must be a non-empty list of Case(...).")
        object.__setattr__(self, "cases", cases)

    def type_checks(self) -> tuple[Check, ...]:
        def is_function(answer: Any) -> str | None:
            if callable(answer):
                return None
            return f"This question needs a function (written with `def`), but your answer is {describe(answer)}."

        return (is_function,)

    def value_checks(self) -> tuple[Check, ...]:
        return (self._run_cases,)

    def _run_cases(self, func: Any) -> str | None:
        name = getattr(func, "__name__", "your_function")
        name = name if isinstance(name, str) and name.isidentifier() else "your_function"
        for case in self.cases:
            call = md_code(format_call(name, case.args, case.kwargs))
            args, kwargs = copy.deepcopy(tuple(case.args)), copy.deepcopy(dict(case.kwargs))
            try:
                result = func(*args, **kwargs)
            except Exception as exc:
                return f"{call} raised {md_code(type_name(exc))}: {md_code(safe_str(exc, 120))}."
            if result is PLACEHOLDER:
                raise NotAttempted
            if result is None and case.expected is not None:
                return f"{call} returned `None`. Did you forget to `return` the result?"
            if not values_equal(result, case.expected, rel_tol=self.rel_tol, abs_tol=self.abs_tol):
                return case.message or f"{call} returned {md_code(safe_repr(result))}, which is not right."
        return None
