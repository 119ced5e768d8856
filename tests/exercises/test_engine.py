"""Every question kind in both directions, every listed common mistake, the placeholder, hints,
solutions, author errors, and the two renderings (Markdown for JupyterLab, text for consoles)."""

from __future__ import annotations

import copy
import datetime as dt
import math
import pickle
from decimal import Decimal
from fractions import Fraction

import numpy as np
import pandas as pd
import pytest

from kzdata.exercises import (
    Case,
    ChoiceQuestion,
    ExerciseDefinitionError,
    Feedback,
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
from kzdata.exercises._text import describe, markdown_to_text, md_code, md_escape, safe_repr

TABLE = pd.DataFrame(
    {"group": [str(i) for i in range(10)], "employed_thousands": [float(10 * i) for i in range(10)]}
)

NUMBER = NumberQuestion(
    id="t.number",
    prompt="How many groups?",
    expected=10,
    hints=["Count the rows.", "Use len()."],
    why="Ten groups, 0 to 9.",
    mistakes=[Mistake(answer=9, message="Did you leave out group 0?")],
    reference=Solution(code="n = 10"),
)
SHARE = NumberQuestion(
    id="t.share", prompt="Share?", expected=37.2, abs_tol=0.05, say_direction=True,
    reference=Solution(code="share = 37.2"),
)
TEXT = TextQuestion(
    id="t.text", prompt="Title of group 4?", expected="Clerical support workers",
    accept=["Clerical workers"],
    mistakes=[Mistake(answer="Clerical support", message="That is the short label.")],
    reference=Solution(code="title = 'Clerical support workers'"),
)
CHOICE = ChoiceQuestion(
    id="t.choice", prompt="Exposure means...",
    options={"a": "job loss", "b": "some tasks could be done by AI", "c": "higher wages"},
    answer="b",
    diagnostics={"a": "Exposure is not job loss.", "c": "Exposure says nothing about wages."},
    reference=Solution(code="choice = 'b'"),
)
FRAME = FrameQuestion(
    id="t.frame", prompt="Groups 1 to 9, both columns.",
    expected=lambda: TABLE[TABLE["group"] != "0"],
    checks=[when(lambda df: "0" in set(df["group"].astype(str)), "Group 0 is still there.")],
    mistakes=[Mistake(code="answer = table", message="Group 0 is still there.")],
    reference=Solution(code="answer = table[table['group'] != '0']"),
)
SORTED = FrameQuestion(
    id="t.sorted", prompt="Sort by employment, largest first.",
    expected=TABLE.sort_values("employed_thousands", ascending=False), check_row_order=True,
    reference=Solution(code="answer = table.sort_values('employed_thousands', ascending=False)"),
)
SERIES = SeriesQuestion(
    id="t.series", prompt="Employment by group.",
    expected=lambda: TABLE.set_index("group")["employed_thousands"],
    reference=Solution(code="answer = table.set_index('group')['employed_thousands']"),
)
FUNCTION = FunctionQuestion(
    id="t.function", prompt="share_pct(part, whole)",
    cases=[Case(args=(1, 4), expected=25.0), Case(args=(3, 3), expected=100.0),
           Case(args=(0, 5), expected=0.0, message="What is 0 out of 5?")],
    reference=Solution(code="def share_pct(part, whole):\n    return 100 * part / whole"),
)
REFLECTION = ReflectionQuestion(
    id="t.reflect", prompt="Why is exposure not job loss?",
    model_answer="Because tasks are not jobs, and adoption depends on cost and law.",
    rubric=["Separates tasks from jobs.", "Names another factor."], min_words=6,
    hints=["Think of tasks."],
)
CUSTOM = Question(
    id="t.custom", prompt="An even number.",
    checks=[lambda a: None if a % 2 == 0 else "That number is odd."],
    reference=Solution(code="answer = 2"),
)
ALL = [NUMBER, SHARE, TEXT, CHOICE, FRAME, SORTED, SERIES, FUNCTION, REFLECTION, CUSTOM]


def share_pct(part: float, whole: float) -> float:
    return 100 * part / whole


# --------------------------------------------------------------------------- placeholder
def test_placeholder_is_a_unique_sentinel_named_four_underscores() -> None:
    from kzdata.exercises import ____ as again

    assert again is ____ and repr(____) == "____"
    assert copy.copy(____) is ____ and copy.deepcopy([____])[0] is ____
    assert pickle.loads(pickle.dumps(____)) is ____


@pytest.mark.parametrize("question", ALL, ids=lambda q: q.id)
@pytest.mark.parametrize("blank", [____, None, ...], ids=["____", "None", "Ellipsis"])
def test_a_blank_answer_is_not_attempted(question: Question, blank: object) -> None:
    outcome = question.check(blank)
    assert outcome.status == "not_attempted" and not outcome.passed
    assert str(outcome).startswith("Not attempted: ")
    assert "____" in outcome.message


# --------------------------------------------------------------------------- right answers
@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (NUMBER, 10), (NUMBER, 10.0), (NUMBER, np.int64(10)), (NUMBER, Decimal(10)),
        (NUMBER, Fraction(20, 2)), (SHARE, 37.24), (SHARE, np.float32(37.2)),
        (TEXT, "Clerical support workers"), (TEXT, "  clerical SUPPORT workers. "),
        (TEXT, "clerical workers"), (CHOICE, "b"), (CHOICE, " B "), (CHOICE, "(b)"), (CHOICE, "b)"),
        (CHOICE, "Some tasks could be done by AI"),
        (FRAME, TABLE.iloc[1:]), (FRAME, TABLE.iloc[1:][["employed_thousands", "group"]]),
        (FRAME, TABLE.iloc[1:].iloc[::-1]), (FRAME, TABLE.iloc[1:].astype({"employed_thousands": "Int64"})),
        (FRAME, TABLE.iloc[1:].reset_index(drop=True)),
        (SORTED, TABLE.sort_values("employed_thousands", ascending=False).reset_index(drop=True)),
        (SERIES, TABLE.set_index("group")["employed_thousands"]),
        (SERIES, TABLE.set_index("group")["employed_thousands"].iloc[::-1].astype(int)),
        (FUNCTION, share_pct), (FUNCTION, lambda part, whole: part / whole * 100),
        (CUSTOM, 4),
    ],
)
def test_right_answers_are_correct_with_a_why(question: Question, answer: object) -> None:
    outcome = question.check(answer)
    assert outcome.status == "correct", str(outcome)
    assert outcome.passed
    assert str(outcome).startswith("Correct: ")


def test_correct_shows_the_authors_one_line_why() -> None:
    assert NUMBER.check(10).message == "Ten groups, 0 to 9."
    assert CUSTOM.check(2).message == "That is right."


# --------------------------------------------------------------------------- wrong answers
WRONG = [
    (NUMBER, 9, "Did you leave out group 0?"),
    (NUMBER, 12, "`12` is not the right number."),
    (NUMBER, "10", "Remove the quotes so that it is a number: `10`."),
    (NUMBER, "ten", "This question needs a number."),
    (NUMBER, True, "yes/no (boolean) value `True`"),
    (NUMBER, np.True_, "yes/no (boolean)"),
    (NUMBER, float("nan"), "NaN"),
    (NUMBER, float("inf"), "infinite"),
    (NUMBER, 2**2000, "too large"),
    (NUMBER, 1 + 2j, "complex number"),
    (NUMBER, pd.Series([10]), "Take the number out of it"),
    (NUMBER, np.array([10]), "Take the number out of it"),
    (NUMBER, [10], "a list of 1 item"),
    (NUMBER, TABLE, "a DataFrame with 10 rows and 2 columns"),
    (SHARE, 40, "too high"),
    (SHARE, 30, "too low"),
    (TEXT, "Clerical support", "That is the short label."),
    (TEXT, "Managers", "`'Managers'` is not the answer."),
    (TEXT, "   ", "empty text"),
    (TEXT, 4, "needs text in quotes"),
    (CHOICE, "a", "Exposure is not job loss."),
    (CHOICE, "C", "Exposure says nothing about wages."),
    (CHOICE, "e", "`'e'` is not one of the options"),
    (CHOICE, 2, "Answer with the letter of your choice in quotes"),
    (CHOICE, ["b"], "a list of 1 item"),
    (FRAME, TABLE, "Group 0 is still there."),
    (FRAME, TABLE.iloc[2:], "Expected 9 rows, got 8."),
    (FRAME, TABLE.iloc[1:]["group"], "double brackets"),
    (FRAME, TABLE.iloc[1:][["group"]], "missing the column `employed_thousands`"),
    (FRAME, TABLE.iloc[1:].set_index("group"), "It is in the index: add `.reset_index()`."),
    (FRAME, TABLE.iloc[1:].assign(extra=1), "has a column the question does not ask for: `extra`"),
    (FRAME, TABLE.iloc[1:].assign(employed_thousands=lambda d: d["employed_thousands"].astype(str) + "k"),
     "The column `employed_thousands` holds text, but it should hold numbers."),
    (FRAME, TABLE.iloc[1:].assign(employed_thousands=1.0), "has 9 values that differ"),
    (FRAME, pd.concat([TABLE.iloc[1:], TABLE.iloc[1:][["group"]]], axis=1), "more than once"),
    (FRAME, pd.DataFrame(), "missing the columns `group`, `employed_thousands`"),
    (FRAME, [1, 2], "needs a DataFrame, but your answer is a list of 2 items"),
    (SORTED, TABLE, "right but in a different order"),
    (SERIES, TABLE.set_index("group")[["employed_thousands"]], "single brackets"),
    (SERIES, TABLE["employed_thousands"].set_axis(list("abcdefghij")), "index (the labels of your Series)"),
    (SERIES, TABLE.set_index("group")["employed_thousands"] + 1, "The Series has 10 values that differ"),
    (SERIES, TABLE.set_index("group")["employed_thousands"].head(3), "Expected 10 values, got 3."),
    (SERIES, TABLE, "needs a Series, but your answer is a DataFrame"),
    (FUNCTION, 25.0, "needs a function"),
    (FUNCTION, lambda part, whole: part / whole, "returned `0.25`, which is not right"),
    (FUNCTION, lambda part: part, "`your_function(1, 4)` raised `TypeError`"),
    (FUNCTION, lambda part, whole: None, "Did you forget to `return` the result?"),
    (FUNCTION, lambda part, whole: 1 / 0, "raised `ZeroDivisionError`: `division by zero`"),
    (FUNCTION, lambda part, whole: 25.0 if part == 1 else 100.0 if part == 3 else 1.0, "What is 0 out of 5?"),
    (FUNCTION, lambda part, whole: str(100 * part / whole), "returned `'25.0'`"),
    (REFLECTION, 42, "Write your reflection as text between triple quotes"),
    (REFLECTION, "Too short.", "Your answer has 2 words. Write at least 6 words"),
    (CUSTOM, 3, "That number is odd."),
    (CUSTOM, "three", "Your answer could not be checked: looking at it raised `TypeError`."),
]


@pytest.mark.parametrize(("question", "answer", "message"), WRONG, ids=lambda v: None)
def test_wrong_answers_get_their_specific_message(question: Question, answer: object, message: str) -> None:
    outcome = question.check(answer)
    assert outcome.status == "incorrect" and not outcome.passed
    assert message in outcome.message, outcome.message
    assert str(outcome).startswith("Not yet: ")


@pytest.mark.parametrize("question", [q for q in ALL if q.mistakes], ids=lambda q: q.id)
def test_every_listed_mistake_gives_its_message(question: Question) -> None:
    for mistake in question.mistakes:
        if mistake.has_answer:
            answer = mistake.answer
        else:
            namespace = {"table": TABLE}
            exec(mistake.code, namespace)  # noqa: S102 - test data written in this file
            answer = namespace["answer"]
        outcome = question.check(answer)
        assert outcome.status == "incorrect" and mistake.message in outcome.message


def test_choice_questions_list_one_mistake_per_wrong_option() -> None:
    assert [m.answer for m in CHOICE.mistakes] == ["a", "c"]


def test_function_answers_run_on_copies_of_the_arguments() -> None:
    lists = FunctionQuestion(
        id="t.append", prompt="Return the list with 0 appended.",
        cases=[Case(args=([1],), expected=[1, 0]), Case(args=([1],), expected=[1, 0])],
        reference=Solution(code="def f(xs):\n    return xs + [0]"),
    )

    def mutating(xs: list[int]) -> list[int]:
        xs.append(0)
        return xs

    assert lists.check(mutating).status == "correct"
    assert lists.cases[0].args == ([1],)


def test_a_function_that_still_returns_the_blank_is_not_attempted() -> None:
    def share_pct(part: float, whole: float) -> object:
        return ____

    assert FUNCTION.check(share_pct).status == "not_attempted"


def test_frame_comparison_treats_missing_values_as_equal() -> None:
    expected = pd.DataFrame({"a": [1.0, None], "b": ["x", None]})
    q = FrameQuestion(id="t.na", prompt="p", expected=expected, reference=Solution(code="a = 1"))
    assert q.check(expected.astype({"b": "string"})).status == "correct"
    assert "values that differ" in q.check(expected.fillna({"a": 0.0})).message
    assert q.check(expected.fillna({"b": "y"})).message.startswith("The column `b` has 1 value that differs")


# --------------------------------------------------------------------------- reflection
def test_reflection_shows_model_answer_and_rubric_and_never_a_verdict() -> None:
    outcome = REFLECTION.check("Tasks are not jobs, and firms decide what to automate.")
    assert outcome.status == "reflection" and outcome.passed
    assert "Model answer:" in outcome.message and "- Separates tasks from jobs." in outcome.message
    assert "Correct" not in str(outcome) and "Not yet" not in str(outcome)
    assert str(outcome).startswith("Reflection recorded: You wrote 10 words.")


@pytest.mark.parametrize("blank", ['"""\n____\n"""', "", "   \n  "])
def test_reflection_template_or_empty_text_is_not_attempted(blank: str) -> None:
    assert REFLECTION.check(blank).status == "not_attempted"


def test_reflection_solution_is_the_model_answer_and_rubric() -> None:
    text = str(REFLECTION.solution())
    assert text.startswith("Model answer and rubric: Because tasks are not jobs")
    assert "- Names another factor." in text
    assert REFLECTION.reference is not None and REFLECTION.reference.variable == "reflection"
    namespace: dict[str, object] = {}
    exec(REFLECTION.reference.code, namespace)  # noqa: S102
    assert REFLECTION.check(namespace["reflection"]).status == "reflection"


# --------------------------------------------------------------------------- hints, solutions
def test_hints_escalate_and_the_last_one_says_so() -> None:
    first, second = NUMBER.hint(), NUMBER.hint(2)
    assert str(first) == "Hint 1 of 2: Count the rows.\n\nFor another hint, run `t.number.hint(2)`."
    assert str(second).startswith("Hint 2 of 2: Use len().")
    assert "This is the last hint" in str(second) and "`t.number.solution()`" in str(second)
    assert NUMBER.hint(1) == first


@pytest.mark.parametrize("n", [0, 3, -1, "2", 1.5, True, None])
def test_asking_for_a_hint_that_does_not_exist_lists_the_real_ones(n: object) -> None:
    text = str(NUMBER.hint(n))  # type: ignore[arg-type]
    assert text == "Hints: This question has 2 hint(s): `t.number.hint(1)`, `t.number.hint(2)`."


def test_a_question_without_hints_points_to_the_solution() -> None:
    assert "no hints" in str(CUSTOM.hint()) and "`t.custom.solution()`" in str(CUSTOM.hint())
    assert "hint()" not in CUSTOM.check(____).message


def test_solution_shows_code_block_and_explanation() -> None:
    q = NumberQuestion(id="t.sol", prompt="p", expected=1,
                       reference=Solution(code="x = 1", explanation="Because *one*."))
    assert q.solution()._repr_markdown_() == "**Solution:**\n\n```python\nx = 1\n```\n\nBecause *one*."
    assert str(q.solution()) == "Solution:\n\n```python\nx = 1\n```\n\nBecause *one*."


def test_solution_infers_the_variable_it_assigns() -> None:
    assert Solution(code="import math\nn = math.floor(2.5)").variable == "n"
    assert Solution(code="def f(x):\n    return x").variable == "f"
    assert Solution(code="total: int = 3").variable == "total"
    assert Solution(code="x = 1\nprint(x)", variable="x").variable == "x"


# --------------------------------------------------------------------------- rendering
def test_outcome_renders_markdown_with_a_bold_text_label_and_plain_text_without_markup() -> None:
    outcome = NUMBER.check(9)
    markdown = outcome._repr_markdown_()
    assert markdown.startswith("**Not yet:** Did you leave out group 0?")
    assert str(outcome).startswith("Not yet: Did you leave out group 0?")
    assert "**" not in str(outcome) and repr(outcome) == str(outcome)


@pytest.mark.parametrize(
    ("status", "label"),
    [("not_attempted", "Not attempted"), ("incorrect", "Not yet"), ("correct", "Correct"),
     ("reflection", "Reflection recorded")],
)
def test_every_status_has_a_text_label(status: str, label: str) -> None:
    outcome = Outcome(status, "message")  # type: ignore[arg-type]
    assert outcome.label == label
    assert outcome._repr_markdown_() == f"**{label}:** message"
    assert str(outcome) == f"{label}: message"


def test_outcome_rejects_an_unknown_status() -> None:
    with pytest.raises(ValueError, match="status must be one of"):
        Outcome("passed", "x")  # type: ignore[arg-type]


def test_jupyter_display_gets_both_markdown_and_plain_text() -> None:
    formatter = pytest.importorskip("IPython.core.formatters")
    data, _ = formatter.DisplayFormatter().format(NUMBER.check(12))
    assert data["text/markdown"].startswith("**Not yet:** `12` is not the right number.")
    assert data["text/plain"].startswith("Not yet: `12` is not the right number.")
    data, _ = formatter.DisplayFormatter().format(NUMBER.hint())
    assert set(data) >= {"text/markdown", "text/plain"}


def test_student_values_are_escaped_so_markdown_shows_them_literally() -> None:
    mistune = pytest.importorskip("mistune")

    class Weird:
        def __repr__(self) -> str:
            return "<b>*bold*</b> `tick`"

    outcome = NUMBER.check(Weird())
    html = mistune.html(outcome._repr_markdown_())
    assert "<strong>Not yet:</strong>" in html
    assert "<b>" not in html and "<em>" not in html
    text_outcome = TEXT.check("<script>alert(1)</script>")
    html = mistune.html(text_outcome._repr_markdown_())
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_a_question_displays_its_prompt_and_how_to_use_it() -> None:
    markdown = CHOICE._repr_markdown_()
    assert markdown.startswith("**t.choice** (choice question): Exposure means...")
    assert "- (b) some tasks could be done by AI" in markdown
    assert "`t.choice.check(answer)`" in markdown and "**" not in repr(CHOICE)


def test_notes_are_shown_under_the_feedback_in_both_renderings() -> None:
    outcome = Outcome("correct", "Yes.", notes=("Could not save `x`.",))
    assert outcome._repr_markdown_() == "**Correct:** Yes.\n\n*Note: Could not save `x`.*"
    assert str(outcome) == "Correct: Yes.\n\nNote: Could not save `x`."


def test_feedback_renders_lists_and_code_on_their_own_lines() -> None:
    assert str(Feedback("Rubric", "- one\n- two")) == "Rubric:\n\n- one\n- two"


# --------------------------------------------------------------------------- text helpers
def test_text_helpers() -> None:
    assert md_escape("<int> *a* _b_") == r"\<int\> \*a\* \_b\_"
    assert markdown_to_text(md_escape("<int> *a* _b_")) == "<int> *a* _b_"
    assert md_code("a`b") == "``a`b``" and md_code("`a") == "`` `a ``"
    assert markdown_to_text("**x** `a\\_b` \\_c") == "x `a\\_b` _c"
    assert len(safe_repr("x" * 500)) <= 60 and len(safe_repr(list(range(10**5)))) <= 60
    assert safe_repr("a\nb") == "'a\\nb'"
    assert describe(pd.Series([1, 2])) == "a Series of 2 values"
    assert describe(object()) == "an `object` object"


# --------------------------------------------------------------------------- author errors
@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: NumberQuestion(id="bad", prompt="p", expected=1, reference=Solution(code="x=1")),
         "must look like 'ex00.q1'"),
        (lambda: NumberQuestion(id="t.q", prompt=" ", expected=1, reference=Solution(code="x=1")),
         "prompt must be a non-empty string"),
        (lambda: NumberQuestion(id="t.q", prompt="p", expected=1), "needs reference=Solution"),
        (lambda: NumberQuestion(id="t.q", prompt="p", expected="1", reference=Solution(code="x=1")),
         "expected must be a finite number"),
        (lambda: NumberQuestion(id="t.q", prompt="p", expected=1, abs_tol=-1,
                                reference=Solution(code="x=1")), "abs_tol must be a number >= 0"),
        (lambda: NumberQuestion(id="t.q", prompt="p", expected=1, hints="one hint",
                                reference=Solution(code="x=1")), "hints must be a list"),
        (lambda: NumberQuestion(id="t.q", prompt="p", expected=1, reference=Solution(code="x=1"),
                                mistakes=[Mistake(answer=1, message="m")]), "would be accepted"),
        (lambda: TextQuestion(id="t.q", prompt="p", expected="A", reference=Solution(code="x=1"),
                              mistakes=[Mistake(answer=" a ", message="m")]), "would be accepted"),
        (lambda: ChoiceQuestion(id="t.q", prompt="p", options={"a": "x", "b": "y"}, answer="c",
                                diagnostics={"a": "m"}, reference=Solution(code="x=1")),
         "not one of the options"),
        (lambda: ChoiceQuestion(id="t.q", prompt="p", options={"a": "x", "b": "y", "c": "z"},
                                answer="a", diagnostics={"b": "m"}, reference=Solution(code="x=1")),
         "one message for each wrong option"),
        (lambda: ChoiceQuestion(id="t.q", prompt="p", options={"A": "x", "b": "y"}, answer="b",
                                diagnostics={"A": "m"}, reference=Solution(code="x=1")),
         "lower-case letters"),
        (lambda: FunctionQuestion(id="t.q", prompt="p", cases=[], reference=Solution(code="x=1")),
         "cases must be a non-empty list"),
        (lambda: ReflectionQuestion(id="t.q", prompt="p", model_answer="", rubric=["r"]),
         "model_answer and every rubric item must be text"),
        (lambda: Solution(code="x = = 1"), "syntax error on line 1"),
        (lambda: Solution(code="print(1)"), "Cannot tell which variable"),
        (lambda: Mistake(message="m"), "exactly one of answer"),
        (lambda: Mistake(message="m", code="x = ("), "syntax error"),
        (lambda: when("not callable", "m"), "needs a function"),
    ],
)
def test_author_errors_raise_a_specific_exception_saying_what_to_fix(build, message: str) -> None:
    with pytest.raises(ExerciseDefinitionError, match=message.replace("(", r"\(").replace(".", r"\.")):
        build()


def test_an_expected_table_that_cannot_be_computed_is_an_author_error_not_a_crash_in_checks() -> None:
    def broken() -> pd.DataFrame:
        raise OSError("data file missing")

    q = FrameQuestion(id="t.broken", prompt="p", expected=broken, reference=Solution(code="x=1"))
    assert q.check(____).status == "not_attempted"
    with pytest.raises(ExerciseDefinitionError, match="not in your answer"):
        q.check(TABLE)
    wrong_type = SeriesQuestion(id="t.wrong", prompt="p", expected=lambda: 3, reference=Solution(code="x=1"))
    with pytest.raises(ExerciseDefinitionError, match="must be a Series or a function returning one"):
        wrong_type.check(TABLE["group"])


def test_evaluate_does_not_record_progress(progress_file) -> None:
    assert NUMBER.evaluate(10).status == "correct"
    assert not progress_file.exists()
    NUMBER.check(10)
    assert progress_file.exists()


def test_frames_with_nan_and_inf_numbers_compare_safely() -> None:
    weird = TABLE.iloc[1:].assign(employed_thousands=[math.inf, -math.inf, math.nan] + [1.0] * 6)
    assert FRAME.check(weird).status == "incorrect"


# --------------------------------------------------------------------------- comparisons
@pytest.mark.parametrize(
    ("answer", "expected", "equal"),
    [
        (0.1 + 0.2, 0.3, True), (1, 1.0, True), (True, 1, False), (1, True, False), (True, True, True),
        (np.float64("nan"), float("nan"), True), (float("nan"), 1.0, False), ("a", "a", True),
        ("1", 1, False), ([1, "a"], (1, "a"), True), ([1, 2], [1], False), ([[1, [2]]], [[1, [2]]], True),
        ({"a": 1}, {"a": 1.0}, True), ({"a": 1}, {"b": 1}, False), ({"a": 1}, [1], False),
        (TABLE, TABLE.copy(), True), (TABLE, TABLE.iloc[1:], False), (TABLE["group"], TABLE["group"], True),
        (TABLE["group"], TABLE, False), (np.array([1, 2]), np.array([1, 2]), True),
        (np.array([1, 2]), np.array([2, 1]), False), (Decimal("2.5"), 2.5, True), (None, None, True),
        (dt.date(2024, 1, 1), dt.date(2024, 1, 1), True), (dt.date(2024, 1, 1), "2024-01-01", False),
    ],
)
def test_values_equal_compares_safely(answer: object, expected: object, equal: bool) -> None:
    from kzdata.exercises.checks import values_equal

    assert values_equal(answer, expected) is equal


def test_values_equal_never_raises_and_reports_the_blank() -> None:
    from kzdata.exercises.checks import NotAttempted, values_equal

    class Boom:
        def __eq__(self, other: object) -> bool:
            raise RuntimeError("boom")

    assert values_equal(Boom(), object()) is False
    assert values_equal([1, Boom()], [1, 2]) is False
    with pytest.raises(NotAttempted):
        values_equal([1, ____], [1, 2])


def test_function_question_compares_lists_and_frames() -> None:
    q = FunctionQuestion(
        id="t.lists", prompt="p",
        cases=[Case(args=(3,), expected=[0, 1, 2]), Case(args=(2,), expected=TABLE.head(2))],
        reference=Solution(code="def f(n):\n    return list(range(n))"),
    )
    assert "returned `[0, 1]`" in q.check(lambda n: list(range(n - 1))).message
    assert q.check(lambda n: list(range(n)) if n == 3 else TABLE.head(n)).status == "correct"
    assert "which is not right" in q.check(lambda n: list(range(n)) if n == 3 else TABLE.head(1)).message


# --------------------------------------------------------------------------- answer-key rules
def _key(name: str = "ex42", **attrs: object):
    import types

    module = types.ModuleType(f"kzdata.exercises.{name}")
    for key, value in attrs.items():
        setattr(module, key, value)
    return module


def test_validate_answer_key_names_the_broken_rule() -> None:
    from kzdata.exercises.registry import validate_answer_key

    q1 = NumberQuestion(id="ex42.q1", prompt="p", expected=1, reference=Solution(code="x = 1"))
    nb = "exercises/42-x.ipynb"
    validate_answer_key(_key(q1=q1, QUESTIONS=(q1,), NOTEBOOK=nb))
    cases = [
        (_key(q1=q1, QUESTIONS=[q1], NOTEBOOK=nb), "QUESTIONS = \\(q1, q2, ...\\)"),
        (_key(q1=q1, QUESTIONS=(q1,), NOTEBOOK="00.ipynb"), "NOTEBOOK = 'exercises/NN-slug.ipynb'"),
        (_key(q1=q1, QUESTIONS=(q1,), NOTEBOOK=nb, SETUP=3), "SETUP must be a string"),
        (_key(q1=q1, QUESTIONS=(q1, "q2"), NOTEBOOK=nb), "not a question"),
        (_key(q2=q1, QUESTIONS=(q1,), NOTEBOOK=nb), "must be the module attribute 'q1'"),
        (_key("ex43", q1=q1, QUESTIONS=(q1,), NOTEBOOK=nb), "id must start with 'ex43'"),
        (_key(q1=q1, QUESTIONS=(q1, q1), NOTEBOOK=nb), "used twice"),
    ]
    for module, message in cases:
        with pytest.raises(ExerciseDefinitionError, match=message):
            validate_answer_key(module)


def test_find_question_lists_known_ids_when_it_fails() -> None:
    from kzdata.exercises.registry import find_question

    assert find_question("ex00.q1").id == "ex00.q1"
    with pytest.raises(KeyError, match="Known ids: ex00.q1"):
        find_question("ex00.nope")


def test_a_plain_python_console_shows_the_text_rendering(tmp_path) -> None:
    import os
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parents[2]
    script = (
        "import sys\n"
        "from kzdata.exercises import ex00, ____\n"
        "sys.displayhook(ex00.q1.check(9))\n"  # what the interactive `>>>` prompt does
        "sys.displayhook(ex00.q1.check(____))\n"
        "sys.displayhook(ex00.q1.hint())\n"
    )
    env = dict(os.environ, PYTHONPATH=str(repo), KZDATA_PROGRESS_FILE=str(tmp_path / "p.json"))
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env,
                         timeout=120, check=True)
    lines = run.stdout.splitlines()
    assert lines[0].startswith("Not yet: Did you leave out group 0, the armed forces?")
    assert any(line.startswith("Not attempted: Replace `____` with your answer") for line in lines)
    assert any(line.startswith("Hint 1 of 2: Each row of the table `isco` is one major group.") for line in lines)
    assert "**" not in run.stdout


def test_importing_the_exercises_loads_no_charting_widget_or_network_library() -> None:
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parents[2]
    forbidden = ["altair", "ipywidgets", "anywidget", "IPython", "requests", "httpx", "urllib3",
                 "pooch", "aiohttp", "http.client", "urllib.request", "ssl", "nbformat", "nbclient"]
    script = (
        "import sys\n"
        "import kzdata.exercises\n"
        "from kzdata.exercises import ex00\n"
        f"print([m for m in {forbidden!r} if m in sys.modules])\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         cwd=repo, timeout=120, check=True)
    assert run.stdout.strip() == "[]"
