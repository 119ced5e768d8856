"""DataFrame and Series questions, and the table comparison behind them.

Messages name the property that failed ("Expected 9 rows, got 10.", "The column `value` has 2
values that differ from the expected ones.") and never show the expected values.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any, ClassVar, Literal

import numpy as np
import pandas as pd

from kzdata.exercises._text import describe, md_code, safe_repr, safe_str
from kzdata.exercises.checks import Check, ExerciseDefinitionError
from kzdata.exercises.question import Question

__all__ = ["FrameQuestion", "Mismatch", "SeriesQuestion", "compare_frames", "to_frame"]


@dataclass(frozen=True)
class Mismatch:
    """How two tables with the same columns differ: their row count, row order or a column."""

    what: Literal["rows", "order", "type", "values"]
    column: str = ""
    count: int = 0


def to_frame(obj: pd.Series | pd.DataFrame, *, with_index: bool = True) -> pd.DataFrame:
    """Return a DataFrame as is; turn a Series into columns ``labels`` (if asked) and ``values``."""
    if isinstance(obj, pd.DataFrame):
        return obj
    frame = pd.DataFrame({"values": obj.reset_index(drop=True)})
    if with_index:
        frame.insert(0, "labels", pd.Series(list(obj.index.to_flat_index()), dtype=object))
    return frame


def _is_numeric(series: pd.Series) -> bool:
    return pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series)


def _as_text(series: pd.Series) -> np.ndarray:
    try:
        text = series.astype(str).to_numpy(dtype=object)
    except Exception:  # values whose __str__ raises
        text = np.array([safe_str(v, 100_000) for v in series], dtype=object)
    return text


def _as_float(series: pd.Series) -> np.ndarray:
    return pd.to_numeric(series, errors="coerce").to_numpy(dtype=float, na_value=np.nan)


def _sort_rows(frame: pd.DataFrame, numeric: list[bool]) -> pd.DataFrame:
    keys: dict[int, Any] = {}
    for i, is_num in enumerate(numeric):
        column = frame.iloc[:, i]
        if is_num:
            keys[i] = np.round(_as_float(column), 9)
        else:
            missing = column.isna().to_numpy()
            keys[i] = np.where(missing, "", np.char.add("\x01", _as_text(column).astype(str)))
    order = pd.DataFrame(keys).sort_values(list(keys), kind="mergesort", na_position="last").index
    return frame.iloc[order].reset_index(drop=True)


def compare_frames(
    answer: pd.DataFrame,
    expected: pd.DataFrame,
    *,
    rtol: float = 1e-6,
    atol: float = 1e-9,
    check_row_order: bool = False,
) -> Mismatch | None:
    """Compare ``answer`` with ``expected`` on the expected columns; None when they agree.

    Numbers compare with tolerance and ignore dtype (``int`` vs ``float``), other values compare
    as text, and missing values equal missing values. The index is ignored.

    Examples
    --------
    >>> import pandas as pd
    >>> expected = pd.DataFrame({"group": ["1", "2"], "n": [10, 20]})
    >>> compare_frames(expected.iloc[::-1], expected) is None
    True
    >>> compare_frames(expected.iloc[::-1], expected, check_row_order=True)
    Mismatch(what='order', column='', count=0)
    >>> compare_frames(expected.assign(n=[10, 21]), expected)
    Mismatch(what='values', column='n', count=1)
    """
    columns = list(expected.columns)
    a = pd.concat([answer[c] for c in columns], axis=1, keys=range(len(columns)))
    e = pd.concat([expected[c] for c in columns], axis=1, keys=range(len(columns)))
    a, e = a.reset_index(drop=True), e.reset_index(drop=True)
    if len(a) != len(e):
        return Mismatch("rows", count=len(a))
    numeric = [_is_numeric(e.iloc[:, i]) for i in range(len(columns))]
    for i, is_num in enumerate(numeric):
        col = a.iloc[:, i]
        if is_num and not _is_numeric(col):
            if np.isnan(_as_float(col)).sum() > col.isna().sum():
                return Mismatch("type", column=str(columns[i]))
    if not check_row_order:
        a, e = _sort_rows(a, numeric), _sort_rows(e, numeric)
    for i, is_num in enumerate(numeric):
        count = _count_differences(a.iloc[:, i], e.iloc[:, i], is_num, rtol, atol)
        if count:
            if check_row_order and compare_frames(answer, expected, rtol=rtol, atol=atol) is None:
                return Mismatch("order")
            return Mismatch("values", column=str(columns[i]), count=count)
    return None


def _count_differences(a: pd.Series, e: pd.Series, numeric: bool, rtol: float, atol: float) -> int:
    if numeric:
        x, y = _as_float(a), _as_float(e)
        same = np.isclose(x, y, rtol=rtol, atol=atol, equal_nan=True)
        return int((~same).sum())
    a_na, e_na = a.isna().to_numpy(dtype=bool), e.isna().to_numpy(dtype=bool)
    differ = (a_na != e_na) | (~a_na & ~e_na & (_as_text(a) != _as_text(e)))
    return int(np.asarray(differ, dtype=bool).sum())


def _load(expected: Any, kind: type, question: Question) -> Any:
    try:
        value = expected() if callable(expected) else expected
    except Exception as exc:
        raise question._expected_failed(exc) from exc
    if not isinstance(value, kind):
        raise ExerciseDefinitionError(
            f"Question {question.id}: expected must be a {kind.__name__} or a function returning "
            f"one; got {type(value).__name__}."
        )
    return value


def _plural(n: int, noun: str) -> str:
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


@dataclass(frozen=True, kw_only=True, repr=False, eq=False)
class FrameQuestion(Question):
    """A question whose answer is a DataFrame: columns, row count, then values.

    Parameters
    ----------
    expected : DataFrame or callable returning one
        The right table, or a function computing it (called once, at the first check).
    check_row_order : bool, default False
        Whether rows must come in the expected order (True for "sort ..." questions).
    extra_columns : bool, default False
        Whether columns beyond the expected ones are allowed.
    rtol, atol : float
        Tolerances for numeric columns.

    Examples
    --------
    >>> import pandas as pd
    >>> from kzdata.exercises import FrameQuestion, Solution
    >>> table = pd.DataFrame({"group": list("0123456789"), "n": range(10)})
    >>> q = FrameQuestion(id="demo.frame", prompt="Keep groups 1 to 9.",
    ...                   expected=lambda: table[table["group"] != "0"],
    ...                   reference=Solution(code="answer = table[table['group'] != '0']"))
    >>> print(q.check(table))
    Not yet: Expected 9 rows, got 10.
    >>> print(q.check(table[["group"]]))
    Not yet: Your DataFrame is missing the column `n`.
    >>> q.check(table.iloc[1:]).status
    'correct'
    """

    kind: ClassVar[str] = "frame"
    expects: ClassVar[str] = "a pandas DataFrame"

    expected: pd.DataFrame | Callable[[], pd.DataFrame]
    check_row_order: bool = False
    extra_columns: bool = False
    rtol: float = 1e-6
    atol: float = 1e-9

    @cached_property
    def expected_frame(self) -> pd.DataFrame:
        """The expected table, computed on first use."""
        frame = _load(self.expected, pd.DataFrame, self)
        if frame.columns.has_duplicates:
            raise ExerciseDefinitionError(f"Question {self.id}: expected has duplicate columns.")
        return frame

    def prepare(self) -> None:
        self.expected_frame  # noqa: B018 - computed and cached here, outside the answer's reach

    def type_checks(self) -> tuple[Check, ...]:
        def is_frame(answer: Any) -> str | None:
            if isinstance(answer, pd.DataFrame):
                return None
            if isinstance(answer, pd.Series):
                return (
                    f"Your answer is {describe(answer)}, one column on its own. This question needs "
                    'a DataFrame: select columns with double brackets, `df[["a", "b"]]`.'
                )
            return f"This question needs a DataFrame, but your answer is {describe(answer)}."

        return (is_frame,)

    def value_checks(self) -> tuple[Check, ...]:
        return (self._columns, self._rows, self._values)

    def _columns(self, answer: pd.DataFrame) -> str | None:
        expected = self.expected_frame
        names = list(answer.columns)
        duplicated = sorted({safe_repr(c) for c in answer.columns[answer.columns.duplicated()]})
        if duplicated:
            return f"Your DataFrame has the column {md_code(duplicated[0])} more than once."
        missing = [c for c in expected.columns if c not in names]
        if missing:
            shown = ", ".join(md_code(str(c)) for c in missing[:5])
            message = f"Your DataFrame is missing the column{'s' if len(missing) > 1 else ''} {shown}."
            index_names = [n for n in answer.index.names if n is not None]
            if any(n in missing for n in index_names):
                message += " It is in the index: add `.reset_index()`."
            return message
        extra = [c for c in names if c not in set(expected.columns)]
        if extra and not self.extra_columns:
            shown = ", ".join(md_code(safe_repr(c) if not isinstance(c, str) else c) for c in extra[:5])
            return (
                f"Your DataFrame has {'columns' if len(extra) > 1 else 'a column'} the question does not "
                f"ask for: {shown}. Keep only the columns asked for."
            )
        return None

    def _rows(self, answer: pd.DataFrame) -> str | None:
        want, got = len(self.expected_frame), len(answer)
        return None if want == got else f"Expected {_plural(want, 'row')}, got {got:,}."

    def _values(self, answer: pd.DataFrame) -> str | None:
        mismatch = compare_frames(
            answer, self.expected_frame, rtol=self.rtol, atol=self.atol,
            check_row_order=self.check_row_order,
        )
        return _frame_message(mismatch, "row")


def _frame_message(mismatch: Mismatch | None, unit: str) -> str | None:
    if mismatch is None:
        return None
    if mismatch.what == "rows":
        return f"Your answer has {_plural(mismatch.count, unit)}, which is not the expected number."
    if mismatch.what == "order":
        return f"The {unit}s are right but in a different order. Check how you sorted them."
    if mismatch.what == "type":
        return f"The {_column_label(mismatch.column)} holds text, but it should hold numbers."
    verb = "differs" if mismatch.count == 1 else "differ"
    return (
        f"The {_column_label(mismatch.column)} has {_plural(mismatch.count, 'value')} that "
        f"{verb} from the expected ones."
    )


def _column_label(column: str) -> str:
    if column == "labels":
        return "index (the labels of your Series)"
    if column == "values":
        return "Series"
    return f"column {md_code(column)}"


@dataclass(frozen=True, kw_only=True, repr=False, eq=False)
class SeriesQuestion(Question):
    """A question whose answer is a Series: length, labels (index) and values.

    Parameters
    ----------
    expected : Series or callable returning one
        The right Series, or a function computing it (called once, at the first check).
    check_index : bool, default True
        Whether the labels must match too (True for ``value_counts()``-like answers).
    check_order : bool, default False
        Whether the values must come in the expected order.
    rtol, atol : float
        Tolerances for numeric values.

    Examples
    --------
    >>> import pandas as pd
    >>> from kzdata.exercises import SeriesQuestion, Solution
    >>> s = pd.Series([3, 1], index=["a", "b"])
    >>> q = SeriesQuestion(id="demo.series", prompt="...", expected=s,
    ...                    reference=Solution(code="answer = s"))
    >>> print(q.check(s.head(1)))
    Not yet: Expected 2 values, got 1.
    >>> print(q.check(s.to_frame()))
    Not yet: Your answer is a DataFrame with one column. This question needs a Series: select the column with single brackets, `df["a"]`, or use `.squeeze()`.
    """

    kind: ClassVar[str] = "series"
    expects: ClassVar[str] = "a pandas Series"

    expected: pd.Series | Callable[[], pd.Series]
    check_index: bool = True
    check_order: bool = False
    rtol: float = 1e-6
    atol: float = 1e-9

    @cached_property
    def expected_series(self) -> pd.Series:
        """The expected Series, computed on first use."""
        return _load(self.expected, pd.Series, self)

    def prepare(self) -> None:
        self.expected_series  # noqa: B018

    def type_checks(self) -> tuple[Check, ...]:
        def is_series(answer: Any) -> str | None:
            if isinstance(answer, pd.Series):
                return None
            if isinstance(answer, pd.DataFrame) and answer.shape[1] == 1:
                return (
                    "Your answer is a DataFrame with one column. This question needs a Series: "
                    'select the column with single brackets, `df["a"]`, or use `.squeeze()`.'
                )
            return f"This question needs a Series, but your answer is {describe(answer)}."

        return (is_series,)

    def value_checks(self) -> tuple[Check, ...]:
        return (self._length, self._values)

    def _length(self, answer: pd.Series) -> str | None:
        want, got = len(self.expected_series), len(answer)
        return None if want == got else f"Expected {_plural(want, 'value')}, got {got:,}."

    def _values(self, answer: pd.Series) -> str | None:
        mismatch = compare_frames(
            to_frame(answer, with_index=self.check_index),
            to_frame(self.expected_series, with_index=self.check_index),
            rtol=self.rtol, atol=self.atol, check_row_order=self.check_order,
        )
        return _frame_message(mismatch, "value")
