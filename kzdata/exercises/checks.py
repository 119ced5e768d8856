"""Building blocks for checks: safe comparisons and small check factories.

A *check* is any callable that takes the student's answer and returns ``None`` when the answer
passes, or a Markdown message saying what is wrong. Checks may assume nothing about the answer;
the engine catches anything a check raises and turns it into friendly feedback, but the helpers
here are written so that they do not raise in the first place.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any

import numpy as np

from kzdata.exercises._text import PLACEHOLDER, describe, md_code, safe_repr

__all__ = [
    "Check",
    "ExerciseDefinitionError",
    "NotAttempted",
    "normalize_text",
    "real_number",
    "values_equal",
    "when",
]

Check = Callable[[Any], "str | None"]


class ExerciseDefinitionError(ValueError):
    """A question in an answer key is defined wrongly. Raised for authors, never for answers."""


class NotAttempted(Exception):
    """Raised inside a check when part of the answer is still the ``____`` placeholder."""


def when(predicate: Callable[[Any], object], message: str) -> Check:
    """Make a diagnostic check: fail with ``message`` when ``predicate(answer)`` is true.

    Use it for a common mistake you can recognise, so the student gets a message about that
    mistake instead of a generic one. If the predicate raises, the check passes quietly.

    Examples
    --------
    >>> check = when(lambda n: n == 9, "Did you leave out group 0, the armed forces?")
    >>> check(9)
    'Did you leave out group 0, the armed forces?'
    >>> check(10) is None
    True
    """
    if not callable(predicate):
        raise ExerciseDefinitionError(
            f"when() needs a function as its first argument; got {type(predicate).__name__}."
        )
    if not isinstance(message, str) or not message.strip():
        raise ExerciseDefinitionError("when() needs a non-empty message for the student.")

    def check(answer: Any) -> str | None:
        try:
            hit = bool(predicate(answer))
        except Exception:
            return None
        return message if hit else None

    check.__qualname__ = f"when({message[:30]!r})"
    return check


def real_number(answer: object) -> tuple[float | None, str | None]:
    """Read a real number from an answer: ``(value, None)`` or ``(None, message)``.

    Examples
    --------
    >>> real_number(10)
    (10.0, None)
    >>> real_number("10")[1]
    "Your answer is the text `'10'`. Remove the quotes so that it is a number: `10`."
    >>> real_number(True)[1]
    'Your answer is the yes/no (boolean) value `True`. This question needs a number.'
    """
    if isinstance(answer, (bool, np.bool_)):
        return None, f"Your answer is {describe(answer)}. This question needs a number."
    if isinstance(answer, str):
        try:
            as_number = float(answer.replace(",", "").strip())
        except ValueError:
            return None, f"Your answer is {describe(answer)}. This question needs a number."
        if math.isfinite(as_number):
            shown = md_code(answer.strip()) if len(answer) < 40 else "it"
            return None, f"Your answer is {describe(answer)}. Remove the quotes so that it is a number: {shown}."
        return None, f"Your answer is {describe(answer)}. This question needs a number."
    if isinstance(answer, (numbers.Real, Decimal)):
        try:
            value = float(answer)
        except (OverflowError, ValueError, TypeError):
            return None, "Your answer is a number too large to work with. Check your calculation."
        if math.isnan(value):
            return None, (
                "Your answer is NaN (\"not a number\"). This usually means the calculation met a "
                "missing value or divided zero by zero. Check the steps before this one."
            )
        if math.isinf(value):
            return None, "Your answer is infinite. Did you divide by zero?"
        return value, None
    if isinstance(answer, numbers.Complex):
        return None, f"Your answer is {describe(answer)}, a complex number. This question needs a real number."
    if _is_single_value_container(answer):
        return None, (
            f"Your answer is {describe(answer)} holding one value. Take the number out of it, "
            "for example with `.item()` or `.iloc[0]`."
        )
    return None, f"This question needs a number, but your answer is {describe(answer)}."


def _is_single_value_container(answer: object) -> bool:
    import pandas as pd

    if isinstance(answer, (pd.Series, pd.DataFrame, np.ndarray)):
        try:
            return int(answer.size) == 1
        except Exception:
            return False
    return False


def normalize_text(text: str, *, case_sensitive: bool = False) -> str:
    """Normalise text for comparison: trim, collapse spaces, drop a final full stop, fold case.

    Examples
    --------
    >>> normalize_text("  Clerical   support workers. ")
    'clerical support workers'
    """
    text = " ".join(text.split()).rstrip(".").strip()
    return text if case_sensitive else text.casefold()


def values_equal(
    answer: object, expected: object, *, rel_tol: float = 1e-9, abs_tol: float = 0.0
) -> bool:
    """Compare an answer with an expected value; never raise.

    Numbers compare with tolerance (booleans are not numbers here), strings exactly, lists and
    tuples element by element, dicts key by key, pandas objects by shape and values. Any other
    comparison that raises counts as "not equal".

    Examples
    --------
    >>> values_equal(0.1 + 0.2, 0.3)
    True
    >>> values_equal(True, 1)
    False
    >>> values_equal([1, "a"], (1, "a"))
    True
    """
    try:
        return _equal(answer, expected, rel_tol, abs_tol, depth=0)
    except NotAttempted:
        raise
    except Exception:
        return False


def _equal(answer: object, expected: object, rel_tol: float, abs_tol: float, depth: int) -> bool:
    if depth > 20:
        return False
    if answer is PLACEHOLDER and expected is not PLACEHOLDER:
        raise NotAttempted
    if isinstance(expected, (bool, np.bool_)):
        return isinstance(answer, (bool, np.bool_)) and bool(answer) == bool(expected)
    if isinstance(expected, numbers.Real):
        if isinstance(answer, (bool, np.bool_)) or not isinstance(answer, (numbers.Real, Decimal)):
            return False
        a, e = float(answer), float(expected)
        if math.isnan(a) or math.isnan(e):
            return math.isnan(a) and math.isnan(e)
        return math.isclose(a, e, rel_tol=rel_tol, abs_tol=abs_tol)
    if isinstance(expected, str):
        return isinstance(answer, str) and answer == expected
    if isinstance(expected, (list, tuple)):
        if not isinstance(answer, (list, tuple)) or len(answer) != len(expected):
            return False
        return all(
            _equal(a, e, rel_tol, abs_tol, depth + 1) for a, e in zip(answer, expected, strict=True)
        )
    if isinstance(expected, Mapping):
        if not isinstance(answer, Mapping) or len(answer) != len(expected):
            return False
        return all(
            k in answer and _equal(answer[k], v, rel_tol, abs_tol, depth + 1)
            for k, v in expected.items()
        )
    import pandas as pd

    if isinstance(expected, (pd.DataFrame, pd.Series)):
        from kzdata.exercises.frames import compare_frames, to_frame

        if type(answer) is not type(expected) and not isinstance(answer, type(expected)):
            return False
        return compare_frames(to_frame(answer), to_frame(expected), rtol=rel_tol or 1e-9) is None
    if isinstance(expected, np.ndarray):
        arr = np.asarray(answer)
        return arr.shape == expected.shape and bool(np.array_equal(arr, expected))
    result = answer == expected
    return result if isinstance(result, bool) else False


def option_key(options: Mapping[str, str], answer: str) -> str | None:
    """Find which option a student's text names: the letter (``"b"``, ``"(b)"``) or its text."""
    cleaned = normalize_text(answer).strip("()[]").strip()
    if cleaned.endswith(")"):
        cleaned = cleaned[:-1].strip()
    for key in options:
        if cleaned == key.casefold():
            return key
    for key, text in options.items():
        if cleaned and cleaned == normalize_text(text):
            return key
    return None


def format_call(name: str, args: Sequence[Any], kwargs: Mapping[str, Any]) -> str:
    """Show a call as code, e.g. ``share_pct(1, 4)``, with every argument shortened safely."""
    parts = [safe_repr(a, 30) for a in args] + [f"{k}={safe_repr(v, 30)}" for k, v in kwargs.items()]
    return f"{name}({', '.join(parts)})"
