"""Property-based tests: no answer, however strange, makes a check raise.

Hypothesis throws thousands of answers at every question kind and at every real question of the
answer keys: values of many built-in types, NaN and infinities, nested containers, numpy arrays,
random, empty and huge DataFrames and Series, functions that return anything or raise, and
hostile objects whose ``__eq__``, ``__repr__``, ``__bool__``, ``__len__``, ``__array__`` (and
more) raise. Every check must return an Outcome that renders as Markdown and as text.
"""

from __future__ import annotations

import datetime as dt
import decimal
import fractions
import uuid
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from hypothesis.extra import pandas as hpd

from kzdata.exercises import (
    Case,
    ChoiceQuestion,
    FrameQuestion,
    FunctionQuestion,
    Mistake,
    NumberQuestion,
    Outcome,
    Question,
    ReflectionQuestion,
    SeriesQuestion,
    Solution,
    TextQuestion,
    ____,
    when,
)
from kzdata.exercises.outcome import STATUSES
from kzdata.exercises.registry import all_questions

# --------------------------------------------------------------------------- hostile objects
HOSTILE_METHODS = [
    "__eq__", "__ne__", "__lt__", "__gt__", "__hash__", "__repr__", "__str__", "__format__",
    "__bool__", "__len__", "__iter__", "__array__", "__float__", "__int__", "__index__",
    "__getattr__", "__call__", "__getitem__", "__contains__", "__round__", "__abs__",
    "__neg__", "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__truediv__",
]


class NastyError(Exception):
    """An exception whose own message cannot be printed."""

    def __str__(self) -> str:
        raise RuntimeError("even my message is broken")


EXCEPTIONS = [ValueError, TypeError, RuntimeError, KeyError, AttributeError, RecursionError,
              OverflowError, ZeroDivisionError, NastyError]


def _raiser(exc: type[Exception]) -> Any:
    def method(self: object, *args: object, **kwargs: object) -> Any:
        raise exc("hostile")

    return method


@st.composite
def hostile_objects(draw: st.DrawFn) -> object:
    methods = draw(st.sets(st.sampled_from(HOSTILE_METHODS), min_size=1))
    exc = draw(st.sampled_from(EXCEPTIONS))
    namespace = {name: _raiser(exc) for name in methods}
    if draw(st.booleans()):
        namespace["__class__"] = property(_raiser(exc))
    if draw(st.booleans()):
        namespace["__repr__"] = lambda self: 5  # a __repr__ that returns a non-string
    bases = draw(st.sampled_from([(object,), (int,), (str,), (float,), (list,), (dict,)]))
    cls = type("Hostile", bases, namespace)
    try:
        return cls()
    except Exception:
        return type("Hostile", (object,), namespace)()


class EvilFrame(pd.DataFrame):
    """A DataFrame whose length and equality raise.

    Its ``__repr__`` works and does not call ``len``, because Hypothesis prints the examples it
    draws; objects whose ``__repr__`` raises come from ``hostile_objects``.
    """

    @property
    def _constructor(self) -> type:
        return EvilFrame

    def __len__(self) -> int:
        raise RuntimeError("no length for you")

    def __eq__(self, other: object) -> Any:  # type: ignore[override]
        raise RuntimeError("no equality for you")

    def __repr__(self) -> str:
        return "EvilFrame(...)"


HUGE = pd.DataFrame({"group": np.arange(1_000_000).astype(str), "employed_thousands": 1.0})
EXPECTED = pd.DataFrame({"group": [str(i) for i in range(1, 10)], "employed_thousands": np.arange(1.0, 10.0)})
Unprintable = type("Unprintable", (), {"__str__": _raiser(ValueError), "__repr__": _raiser(ValueError)})


def huge_frame() -> pd.DataFrame:
    return HUGE


def huge_series() -> pd.Series:
    return HUGE["group"]


def evil_frame() -> pd.DataFrame:
    return EvilFrame(EXPECTED.copy())


def frame_of_unprintable_cells() -> pd.DataFrame:
    return EXPECTED.assign(group=[Unprintable() for _ in range(9)])


def frame_of_plain_objects() -> pd.DataFrame:
    return pd.DataFrame({"group": [object() for _ in range(9)]})


def frame_of_infinities() -> pd.DataFrame:
    return EXPECTED.assign(employed_thousands=[np.nan, np.inf, -np.inf] * 3)


def frame_with_multiindex() -> pd.DataFrame:
    return EXPECTED.set_axis(pd.MultiIndex.from_tuples([("a", i) for i in range(9)]))


def frame_with_duplicate_columns() -> pd.DataFrame:
    return EXPECTED.set_axis(["group", "group"], axis=1)


def frame_with_tuple_column() -> pd.DataFrame:
    return pd.DataFrame({("group", "x"): EXPECTED["group"]})


def frame_of_categories() -> pd.DataFrame:
    return EXPECTED.astype("category")


def frame_of_nullable_floats() -> pd.DataFrame:
    return EXPECTED.assign(employed_thousands=pd.array([1.5, None] * 4 + [2.0], dtype="Float64"))


def frame_of_dates_and_complex() -> pd.DataFrame:
    return pd.DataFrame({"group": pd.date_range("2020", periods=9), "employed_thousands": [1 + 2j] * 9})


# Built by functions so that Hypothesis prints the function's name, never the value's repr.
SPECIAL_FRAMES = st.one_of(
    st.builds(pd.DataFrame), st.builds(lambda: pd.DataFrame(columns=["group", "employed_thousands"])),
    st.builds(lambda: EXPECTED.T), st.builds(lambda: EXPECTED.copy()),
    *[st.builds(f) for f in (huge_frame, huge_series, evil_frame, frame_of_unprintable_cells,
                             frame_of_plain_objects, frame_of_infinities, frame_with_multiindex,
                             frame_with_duplicate_columns, frame_with_tuple_column,
                             frame_of_categories, frame_of_nullable_floats,
                             frame_of_dates_and_complex)],
)

# --------------------------------------------------------------------------- answer strategies
scalars = st.one_of(
    st.none(), st.just(____), st.just(...), st.booleans(),
    st.integers(), st.integers(min_value=-(10**400), max_value=10**400),
    st.floats(allow_nan=True, allow_infinity=True), st.complex_numbers(),
    st.text(max_size=50), st.text(max_size=3000), st.binary(max_size=50),
    st.decimals(allow_nan=True), st.fractions(), st.sampled_from([9, 10, "b", "a", "z", "(b)", ""]),
    st.sampled_from([int, float, str, bytes, bool, complex, range, slice, dt.date, dt.timedelta,
                     decimal.Decimal, fractions.Fraction, uuid.UUID]).flatmap(st.from_type),
)
nested = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=5), st.tuples(children, children),
        st.dictionaries(st.text(max_size=5), children, max_size=4),
        st.frozensets(st.integers(), max_size=4),
    ),
    max_leaves=12,
)
arrays = hnp.arrays(
    dtype=st.one_of(hnp.integer_dtypes(), hnp.floating_dtypes(), hnp.boolean_dtypes(),
                    hnp.unicode_string_dtypes(max_len=4), hnp.datetime64_dtypes()),
    shape=hnp.array_shapes(min_dims=0, max_dims=3, max_side=5),
)
cells = st.one_of(st.integers(-5, 20), st.floats(), st.text(max_size=4), st.none(), st.booleans())
frames_like_expected = hpd.data_frames(
    columns=[hpd.column("group", elements=st.one_of(st.sampled_from([str(i) for i in range(10)]), cells)),
             hpd.column("employed_thousands", elements=st.one_of(st.floats(), st.integers(0, 10)))],
    index=hpd.range_indexes(min_size=0, max_size=12),
)
random_frames = st.lists(
    st.sampled_from(["group", "employed_thousands", "x", "labels", "values", 0]), max_size=4, unique=True
).flatmap(
    lambda names: hpd.data_frames(
        columns=hpd.columns(names, elements=cells),
        index=st.one_of(hpd.range_indexes(max_size=12), hpd.indexes(elements=cells, max_size=12)),
    )
)
series = st.one_of(
    hpd.series(elements=cells, index=hpd.indexes(elements=st.sampled_from([str(i) for i in range(10)]) | cells, max_size=12)),
    hpd.series(dtype=float, index=hpd.range_indexes(max_size=12)),
)
functions = st.one_of(
    st.functions(like=lambda part, whole: 0.0, returns=st.one_of(scalars, st.just(____)), pure=True),
    st.sampled_from([lambda *a, **k: 1 / 0, lambda: None, lambda part, whole: part, print, len, abs, str,
                     pd.DataFrame, np.array, lambda part, whole: hostile_objects]),
)
ANSWERS = st.one_of(
    nested, arrays, hostile_objects(), frames_like_expected, random_frames, series, functions,
    SPECIAL_FRAMES, st.lists(hostile_objects(), max_size=3),
)

# --------------------------------------------------------------------------- questions
KINDS: list[Question] = [
    NumberQuestion(id="h.number", prompt="p", expected=10, abs_tol=0.5, say_direction=True,
                   mistakes=[Mistake(answer=9, message="m")], reference=Solution(code="x = 10")),
    TextQuestion(id="h.text", prompt="p", expected="Managers", accept=["Manager"],
                 mistakes=[Mistake(answer="Boss", message="m")], reference=Solution(code="x = 'a'")),
    ChoiceQuestion(id="h.choice", prompt="p", options={"a": "x", "b": "y", "c": "z"}, answer="b",
                   diagnostics={"a": "no", "c": "no"}, reference=Solution(code="x = 'b'")),
    FrameQuestion(id="h.frame", prompt="p", expected=EXPECTED,
                  checks=[when(lambda df: len(df) == 10, "ten")], reference=Solution(code="x = 1")),
    FrameQuestion(id="h.sorted", prompt="p", expected=EXPECTED, check_row_order=True,
                  extra_columns=True, reference=Solution(code="x = 1")),
    SeriesQuestion(id="h.series", prompt="p", expected=EXPECTED.set_index("group")["employed_thousands"],
                   reference=Solution(code="x = 1")),
    SeriesQuestion(id="h.values", prompt="p", expected=EXPECTED["group"], check_index=False,
                   check_order=True, reference=Solution(code="x = 1")),
    FunctionQuestion(id="h.function", prompt="p",
                     cases=[Case(args=(1, 4), expected=25.0), Case(kwargs={"part": 0, "whole": 2}, expected=0.0),
                            Case(args=([1, 2],), expected=[1, 2]), Case(args=(), expected=EXPECTED)],
                     reference=Solution(code="def f(part, whole):\n    return 0")),
    ReflectionQuestion(id="h.reflect", prompt="p", model_answer="m", rubric=["r"], min_words=3),
    Question(id="h.custom", prompt="p", reference=Solution(code="x = 2"),
             checks=[lambda a: None if a % 2 == 0 else "odd", lambda a: None if a > 0 else "negative"]),
]

SETTINGS = settings(
    max_examples=300, deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.function_scoped_fixture, HealthCheck.filter_too_much],
)


def _assert_feedback(question: Question, answer: object) -> None:
    outcome = question.check(answer)
    assert isinstance(outcome, Outcome)
    assert outcome.status in STATUSES
    assert isinstance(str(outcome), str) and isinstance(outcome._repr_markdown_(), str)
    assert str(outcome).startswith(outcome.label + ":")
    assert not outcome.notes, outcome.notes  # progress was saved


@pytest.mark.parametrize("question", KINDS, ids=lambda q: q.id)
@SETTINGS
@given(answer=ANSWERS)
def test_no_answer_makes_a_check_raise(question: Question, answer: object) -> None:
    _assert_feedback(question, answer)


@pytest.mark.parametrize("question", all_questions(), ids=lambda q: q.id)
@settings(SETTINGS, max_examples=120)
@given(answer=ANSWERS)
def test_no_answer_makes_a_real_question_raise(question: Question, answer: object) -> None:
    _assert_feedback(question, answer)


@pytest.mark.parametrize("question", KINDS, ids=lambda q: q.id)
@settings(SETTINGS, max_examples=50)
@given(n=st.one_of(scalars, hostile_objects()))
def test_no_argument_makes_hint_raise(question: Question, n: Any) -> None:
    text = str(question.hint(n))
    assert text.startswith(("Hint", "No hints"))
    assert str(question.solution())
