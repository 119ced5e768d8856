"""Answer key for ``exercises/04-measuring-exposure-generative-ai.ipynb`` (after lesson 04).

Six questions, about 40 minutes: count the ILO 2025 categories, find the most exposed
occupations of a major group, measure how much higher GPT-4 rates exposure than human raters,
place an occupation in its gradient by hand, write Cohen's kappa as a function, and reflect on
AI rating AI. Data: the remote datasets ``ilo_genai_occupations`` and ``gpts_are_gpts``.
"""

from __future__ import annotations

import pandas as pd

from kzdata.exercises import (
    Case,
    ChoiceQuestion,
    FrameQuestion,
    FunctionQuestion,
    Mistake,
    NumberQuestion,
    ReflectionQuestion,
    SeriesQuestion,
    Solution,
    when,
)

NOTEBOOK = "exercises/04-measuring-exposure-generative-ai.ipynb"

SETUP = """\
import kzdata
import pandas as pd
from kzdata.exercises import ex04, ____
occ = kzdata.load("ilo_genai_occupations")
gpts = kzdata.load("gpts_are_gpts")
"""


def _occ() -> pd.DataFrame:
    import kzdata

    return kzdata.load("ilo_genai_occupations")


def _gpts() -> pd.DataFrame:
    import kzdata

    return kzdata.load("gpts_are_gpts")


q1 = SeriesQuestion(
    id="ex04.q1",
    prompt="How many of the 427 occupations are in each ILO 2025 category (column "
    "`exposure_category_2025`)? Make a Series `counts` with one value per category, labelled "
    "by the category.",
    expected=lambda: _occ()["exposure_category_2025"].value_counts(),
    hints=[
        "One method counts how often each value of a column occurs.",
        'Write `counts = occ["exposure_category_2025"].value_counts()`.',
    ],
    why="`value_counts()` counts the occupations in each category: most are Not Exposed, and 13 "
    "are in Gradient 4. These count occupations, not workers.",
    mistakes=[
        Mistake(
            code='counts = occ["exposure_category_2023"].value_counts()',
            message="Expected 6 values, got 4.",
        ),
        Mistake(
            code='counts = occ["exposure_category_2025"].value_counts(normalize=True)',
            message="values that differ from the expected ones",
        ),
    ],
    reference=Solution(
        code='counts = occ["exposure_category_2025"].value_counts()',
        explanation="`value_counts()` returns a Series: the labels are the categories and the "
        "values are the number of occupations in each.",
    ),
)


def _top5() -> pd.DataFrame:
    occ = _occ()
    group_3 = occ[occ["isco08_major_group"] == "3"]
    columns = ["isco08_4d", "occupation_title", "mean_score_2025"]
    return group_3.nlargest(5, "mean_score_2025")[columns]


q2 = FrameQuestion(
    id="ex04.q2",
    prompt="Which five occupations of major group 3 (Technicians and associate professionals) "
    "have the highest mean task score in 2025 (`mean_score_2025`)? Make a table `top5` with the "
    "columns `isco08_4d`, `occupation_title` and `mean_score_2025`, highest first.",
    expected=_top5,
    checks=[
        when(
            lambda df: len(df) == 0,
            'Your table is empty. The major-group codes are text, so compare with `"3"` in '
            'quotes: `occ["isco08_major_group"] == "3"`.',
        ),
    ],
    hints=[
        "Three steps: keep the rows of group 3, sort them by `mean_score_2025` from the highest, "
        "keep the first five rows and the three columns.",
        'Rows of group 3: `group_3 = occ[occ["isco08_major_group"] == "3"]` (the code is text, '
        "in quotes).",
        'Then `group_3.sort_values("mean_score_2025", ascending=False).head(5)` and select the '
        'columns with double brackets: `[["isco08_4d", "occupation_title", "mean_score_2025"]]`.',
    ],
    why="The most exposed technicians and associate professionals work with money and documents "
    "(dealers and brokers, credit officers, forwarding agents, statisticians, legal secretaries).",
    mistakes=[
        Mistake(
            code='top5 = occ[occ["isco08_major_group"] == 3][["isco08_4d", "occupation_title", '
            '"mean_score_2025"]].head(5)',
            message="Your table is empty.",
        ),
        Mistake(
            code='top5 = occ.sort_values("mean_score_2025", ascending=False).head(5)'
            '[["isco08_4d", "occupation_title", "mean_score_2025"]]',
            message="values that differ from the expected ones",
        ),
        Mistake(
            code='top5 = occ[occ["isco08_major_group"] == "3"].sort_values("mean_score_2025")'
            '.head(5)[["isco08_4d", "occupation_title", "mean_score_2025"]]',
            message="values that differ from the expected ones",
        ),
        Mistake(
            code='top5 = occ[occ["isco08_major_group"] == "3"].sort_values("mean_score_2025", '
            "ascending=False).head(5)",
            message="Your DataFrame has columns the question does not ask for",
        ),
    ],
    reference=Solution(
        code='group_3 = occ[occ["isco08_major_group"] == "3"]\n'
        'top5 = group_3.sort_values("mean_score_2025", ascending=False).head(5)[\n'
        '    ["isco08_4d", "occupation_title", "mean_score_2025"]]',
        explanation="The condition keeps group 3; `sort_values(..., ascending=False)` puts the "
        "highest scores first; `head(5)` keeps five rows; the list keeps three columns. "
        '`group_3.nlargest(5, "mean_score_2025")` does the sorting and the cutting in one step.',
    ),
)

_REVERSED = "You subtracted the other way round: the question asks for GPT-4 minus the humans."
_ONE_MEAN = ("That is the mean of one column only. Subtract the mean of `human_beta` from the mean "
             "of `gpt4_beta`.")
_PERCENT = ("Give the gap in the units of beta (0 to 1), like the columns themselves, not in "
            "percentage points: divide by 100.")

q3 = NumberQuestion(
    id="ex04.q3",
    prompt="On average over the 923 occupations, how much higher is GPT-4's beta than the human "
    "raters' beta? Compute the mean of `gpt4_beta` minus the mean of `human_beta`, in the units "
    "of beta (0 to 1). Three decimals are enough.",
    expected=0.042061471470451084,
    abs_tol=0.0005,
    hints=[
        'The mean of a column is `gpts["gpt4_beta"].mean()`.',
        'Write `gap = gpts["gpt4_beta"].mean() - gpts["human_beta"].mean()`.',
    ],
    why="GPT-4's mean beta (0.345) is about 0.042 above the humans' (0.303): the AI model rates "
    "more exposure than people do, even though the two rank occupations alike.",
    checks=[
        when(lambda a: -0.05 < float(a) < -0.035, _REVERSED),
        when(lambda a: 1 < float(a) < 10, _PERCENT),
        when(lambda a: 0.29 < float(a) < 0.36, _ONE_MEAN),
    ],
    mistakes=[
        Mistake(answer=0.345, message=_ONE_MEAN),
        Mistake(answer=-0.042, message=_REVERSED),
        Mistake(answer=4.2, message=_PERCENT),
    ],
    reference=Solution(
        code='gap = gpts["gpt4_beta"].mean() - gpts["human_beta"].mean()',
        explanation="Each `.mean()` averages over the 923 occupations, each counting once "
        "(unweighted); the difference is positive, so GPT-4 rates more exposure.",
    ),
)

q4 = ChoiceQuestion(
    id="ex04.q4",
    prompt="An occupation has a mean task score of 0.45 and a standard deviation of 0.10. With "
    "the cut-offs of lesson 04, which ILO 2025 category does it get?",
    options={
        "a": "Not Exposed",
        "b": "Minimal Exposure",
        "c": "Exposed: Gradient 1",
        "d": "Exposed: Gradient 2",
        "e": "Exposed: Gradient 3",
    },
    answer="d",
    diagnostics={
        "a": "Not Exposed needs mean + SD below 0.40. Here mean + SD is 0.45 + 0.10 = 0.55.",
        "b": "Minimal Exposure needs mean + SD below 0.50. Here it is 0.55, so the occupation "
        "is exposed.",
        "c": "It is exposed (mean + SD = 0.55), but Gradient 1 is for a mean below 0.40, and the "
        "mean is 0.45.",
        "e": "Gradient 3 starts at a mean of 0.50; this mean is 0.45.",
    },
    hints=[
        "First add the mean and the SD: is the sum below 0.40, below 0.50, or 0.50 or more?",
        "If the occupation is exposed, only the mean decides the gradient: below 0.40 "
        "Gradient 1, below 0.50 Gradient 2, below 0.60 Gradient 3, else Gradient 4.",
    ],
    why="Mean + SD = 0.55 is at least 0.50, so the occupation is exposed; its mean, 0.45, lies "
    "between 0.40 and 0.50, so it is in Gradient 2.",
    reference=Solution(
        code='category = "d"',
        explanation="Two steps: mean + SD (0.55) decides whether it is exposed at all; the mean "
        "(0.45) decides the gradient.",
    ),
)

_EXAMPLE_YOU = ["E1", "E0", "E1", "E0", "E1", "E2", "E2", "E1", "E0", "E2"]
_EXAMPLE_PARTNER = ["E1", "E0", "E1", "E0", "E2", "E2", "E1", "E1", "E0", "E1"]

q5 = FunctionQuestion(
    id="ex04.q5",
    prompt="Write a function `cohen_kappa(a, b)` that takes two lists of labels of the same "
    "length and returns Cohen's kappa: (observed - chance) / (1 - chance), as in lesson 04.",
    cases=[
        Case(
            args=(_EXAMPLE_YOU, _EXAMPLE_PARTNER),
            expected=(0.7 - 0.35) / (1 - 0.35),
            message="`cohen_kappa` of the lesson's two example lists should give the lesson's "
            "kappa, 0.54. If you got 0.7, you returned the observed agreement: take out the "
            "chance agreement.",
        ),
        Case(args=(["E0", "E1", "E2"], ["E0", "E1", "E2"]), expected=1.0),
        Case(args=(["E1", "E1", "E0", "E0"], ["E1", "E0", "E1", "E0"]), expected=0.0),
        Case(args=(["E1", "E0"], ["E0", "E1"]), expected=-1.0),
    ],
    abs_tol=1e-6,
    hints=[
        "Turn both lists into Series first: `a, b = pd.Series(a), pd.Series(b)`. Then `a == b` "
        "compares them label by label.",
        "Observed agreement: `(a == b).mean()`. Chance agreement: "
        "`(a.value_counts(normalize=True) * b.value_counts(normalize=True)).sum()`.",
        "Return `(observed - chance) / (1 - chance)`.",
    ],
    why="Kappa takes out the agreement that two raters would reach by chance with their own "
    "mix of labels: 1 is perfect agreement, 0 no better than chance, below 0 worse.",
    mistakes=[
        Mistake(
            code="def cohen_kappa(a, b):\n    return (pd.Series(a) == pd.Series(b)).mean()",
            message="If you got 0.7, you returned the observed agreement",
        ),
    ],
    reference=Solution(
        code="def cohen_kappa(a, b):\n"
        "    a, b = pd.Series(a), pd.Series(b)\n"
        "    observed = (a == b).mean()\n"
        "    chance = (a.value_counts(normalize=True) * b.value_counts(normalize=True)).sum()\n"
        "    return (observed - chance) / (1 - chance)",
        explanation="The two shares of each label are multiplied (a label only one rater used "
        "gives a missing value, which `.sum()` skips), then added up to the chance agreement.",
    ),
)

q6 = ReflectionQuestion(
    id="ex04.q6",
    prompt="Eloundou et al. used GPT-4, and the ILO used GPT-4o and Gemini, to rate what AI can "
    "do. In four to six sentences: should an AI model rate AI exposure? Give one reason for and "
    "one against, say why agreement with human raters is not enough, and propose an independent "
    "check: what would be measured, and by whom?",
    model_answer="An AI model can rate thousands of tasks quickly and cheaply, and it applies the "
    "same rubric every time, so it is useful for a first draft. But a model that rates what "
    "models like itself can do is circular: if it overrates its own abilities, its ratings carry "
    "that error. Agreement with people does not remove the problem: GPT-4's beta correlates with "
    "the human raters' beta at r = 0.876, but the humans also judged from short task texts, and "
    "GPT-4 still rated more exposure on average (0.345 against 0.303). The authors of the GPT-4 "
    "study worked at OpenAI, which makes GPT-4, so there is also a possible conflict of interest. "
    "I would use AI ratings only with an independent check: researchers who do not sell AI, for "
    "example a university or the statistics office, could measure how long workers in "
    "Kazakhstan take for a sample of real tasks with and without an LLM.",
    rubric=[
        "gives at least one reason for using an AI model (speed, scale, the same rubric every "
        "time) and at least one against (circularity, conflict of interest, overrating);",
        "explains why agreement with human raters is not proof of accuracy;",
        "uses a figure from the lesson correctly, for example r = 0.876 or the mean betas 0.303 "
        "and 0.345;",
        "proposes a concrete independent check (what is measured) and who could do it;",
        "takes a clear position, in full sentences someone else could follow.",
    ],
    min_words=40,
    hints=[
        "There is no single right answer. Start with your position: yes, no, or yes with a "
        "condition.",
        "Then give one advantage of an AI rater, one problem (think of circularity and of who "
        "made the model), and one check that does not rely on any rater's judgement.",
    ],
)

QUESTIONS = (q1, q2, q3, q4, q5, q6)
