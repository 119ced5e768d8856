"""Answer key for ``exercises/06-survey-literacy.ipynb``: surveys, sponsors and margins of error.

The questions use the bundled table ``genz_surveys`` (surveys on Generation Z and the skilled
trades, with sponsor, sample size, sample type and the base of every percentage).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from kzdata.exercises import (
    Case,
    ChoiceQuestion,
    FrameQuestion,
    FunctionQuestion,
    Mistake,
    NumberQuestion,
    ReflectionQuestion,
    Solution,
    when,
)

NOTEBOOK = "exercises/06-survey-literacy.ipynb"

SETUP = """\
import numpy as np
import kzdata
from kzdata.exercises import ex06, ____
genz = kzdata.load("genz_surveys")
"""

_Z95 = 1.959963984540054
_COLUMNS = ["survey_id", "sponsor", "sample_size", "sample_type"]


def _genz() -> pd.DataFrame:
    import kzdata

    return kzdata.load("genz_surveys")


def _surveys() -> pd.DataFrame:
    genz = _genz()
    return genz.loc[genz["data_kind"] == "survey", _COLUMNS].drop_duplicates()


def _with_moe() -> pd.DataFrame:
    sized = _surveys().dropna(subset=["sample_size"])
    n = sized["sample_size"].astype(float)
    return sized.assign(moe_pct=100 * _Z95 * np.sqrt(0.25 / n))[["survey_id", "sample_size", "moe_pct"]]


# ------------------------------------------------------------------ q1: list the surveys
q1 = FrameQuestion(
    id="ex06.q1",
    prompt="Make a table `surveys` with **one row per survey** and the four columns "
    "`survey_id`, `sponsor`, `sample_size` and `sample_type`. Keep only real surveys: rows whose "
    '`data_kind` is `"survey"`.',
    expected=_surveys,
    checks=[
        when(
            lambda df: "wsj_2024_toolbelt_generation" in set(df["survey_id"].astype(str)),
            "Your table still has the Wall Street Journal row. It is enrolment data, not a "
            'survey: keep only the rows whose `data_kind` is `"survey"`.',
        ),
        when(
            lambda df: df["survey_id"].duplicated().any(),
            "Some surveys appear more than once: the table has one row per *percentage*, so a "
            "survey with five figures has five rows. Remove repeated rows with "
            "`.drop_duplicates()` after you select the columns.",
        ),
    ],
    hints=[
        "Three steps: keep the rows you want, keep the four columns, then remove repeated rows.",
        'Rows: `genz[genz["data_kind"] == "survey"]`. Columns: add `[["survey_id", "sponsor", '
        '"sample_size", "sample_type"]]` (double brackets).',
        "Each survey has several rows (one per percentage), but the four columns are the same in "
        "all of them. So `.drop_duplicates()` at the end leaves one row per survey.",
    ],
    why="Six surveys: five from the United States, each paid for by a company or run by a "
    "polling firm, and one from Kazakhstan (KazISS), whose sample size is not published.",
    mistakes=[
        Mistake(
            code='surveys = genz[["survey_id", "sponsor", "sample_size", "sample_type"]].drop_duplicates()',
            message="Your table still has the Wall Street Journal row.",
        ),
        Mistake(
            code='surveys = genz.loc[genz["data_kind"] == "survey", '
            '["survey_id", "sponsor", "sample_size", "sample_type"]]',
            message="Some surveys appear more than once",
        ),
        Mistake(
            code='surveys = genz.loc[genz["data_kind"] == "survey", '
            '["survey_id", "sponsor", "sample_size"]].drop_duplicates()',
            message="Your DataFrame is missing the column `sample_type`.",
        ),
    ],
    reference=Solution(
        code='surveys = genz.loc[genz["data_kind"] == "survey", '
        '["survey_id", "sponsor", "sample_size", "sample_type"]].drop_duplicates()',
        explanation="`genz.loc[rows, columns]` keeps the survey rows and the four columns at "
        "once. The table has one row per percentage, so each survey appears several times with "
        "the same four values; `.drop_duplicates()` keeps one of each.",
    ),
)

# ------------------------------------------------------------------ q2: the function
q2 = FunctionQuestion(
    id="ex06.q2",
    prompt="Write a function `moe(p, n)` that returns the 95% margin of error of a share `p` "
    "(0-1) from a simple random sample of `n` people, **as a share** (0-1): "
    "1.96 times the square root of p * (1 - p) / n.",
    cases=[
        Case(args=(0.42, 1434), expected=_Z95 * np.sqrt(0.42 * 0.58 / 1434)),
        Case(args=(0.5, 1000), expected=_Z95 * np.sqrt(0.25 / 1000)),
        Case(args=(0.1, 100), expected=_Z95 * np.sqrt(0.09 / 100)),
    ],
    rel_tol=1e-3,
    checks=[
        when(
            lambda f: abs(f(0.5, 1000) - 100 * _Z95 * np.sqrt(0.25 / 1000)) < 0.01,
            "Your function returns percentage points (about 3.1 for p = 0.5 and n = 1,000). "
            "Return a share instead (about 0.031): do not multiply by 100 inside the function.",
        ),
        when(
            lambda f: abs(f(0.5, 1000) - _Z95 * 0.25 / 1000) < 1e-5,
            "Did you forget the square root? Use `np.sqrt(...)` around p * (1 - p) / n.",
        ),
        when(
            lambda f: abs(f(0.5, 1000) - np.sqrt(0.25 / 1000)) < 1e-4,
            "Did you forget to multiply by 1.96? Without it you get the standard error, not "
            "the margin of error at 95% confidence.",
        ),
    ],
    hints=[
        "The formula is 1.96 * sqrt(p * (1 - p) / n). In Python, the square root is `np.sqrt(...)`.",
        "Inside the function write one line: `return 1.96 * np.sqrt(p * (1 - p) / n)`.",
    ],
    why="moe(0.42, 1434) is about 0.026, the +/- 2.6 points of the lesson. Using `np.sqrt` "
    "means the same function works for a single number and for a whole column.",
    mistakes=[
        Mistake(
            code="def moe(p, n):\n    return 100 * 1.96 * np.sqrt(p * (1 - p) / n)",
            message="Your function returns percentage points",
        ),
        Mistake(
            code="def moe(p, n):\n    return 1.96 * p * (1 - p) / n",
            message="Did you forget the square root?",
        ),
        Mistake(
            code="def moe(p, n):\n    return np.sqrt(p * (1 - p) / n)",
            message="Did you forget to multiply by 1.96?",
        ),
    ],
    reference=Solution(
        code="def moe(p, n):\n    return 1.96 * np.sqrt(p * (1 - p) / n)",
        explanation="1.96 is the number of standard errors that covers 95% of a normal "
        "distribution; `np.sqrt(p * (1 - p) / n)` is the standard error of a share. "
        "`kzdata.survey.margin_of_error` computes the same with a more exact 1.95996.",
    ),
)

# ------------------------------------------------------------------ q3: a margin for each survey
q3 = FrameQuestion(
    id="ex06.q3",
    prompt="Start from your table `surveys`. Drop the survey without a sample size, and add a "
    "column `moe_pct`: the margin of error **in percentage points** for a share of 50% (the "
    "largest possible margin), as if each survey were a simple random sample. Call the result "
    "`surveys_moe`.",
    expected=_with_moe,
    extra_columns=True,
    rtol=1e-3,
    checks=[
        when(
            lambda df: df["sample_size"].isna().any(),
            "One survey has no sample size (KazISS), so its margin cannot be computed. Drop it "
            'first: `surveys.dropna(subset=["sample_size"])`.',
        ),
        when(
            lambda df: float(df["moe_pct"].max()) < 1,
            "Your margins look like shares (about 0.03). The column `moe_pct` should be in "
            "percentage points: multiply by 100.",
        ),
    ],
    hints=[
        'First remove the row with a missing sample size: `surveys.dropna(subset=["sample_size"])`.',
        "Then add the column with `.assign(moe_pct=...)`. Your function `moe` works on a whole "
        'column: `moe(0.5, table["sample_size"])` gives one margin per row, as a share.',
        'Put it together: `sized = surveys.dropna(subset=["sample_size"])`, then '
        '`surveys_moe = sized.assign(moe_pct=100 * moe(0.5, sized["sample_size"]))`.',
    ],
    why="All five margins are between about 2 and 3 points. They look reassuring, but they "
    "hold only for random samples, and only for the whole sample: a subgroup, such as the Gen Z "
    "respondents of the Harris Poll, is smaller and has a larger margin.",
    mistakes=[
        Mistake(
            code="surveys = genz.loc[genz['data_kind'] == 'survey', "
            "['survey_id', 'sponsor', 'sample_size', 'sample_type']].drop_duplicates()\n"
            "surveys_moe = surveys.assign(moe_pct=100 * 1.96 * (0.25 / surveys['sample_size']) ** 0.5)",
            message="One survey has no sample size (KazISS)",
        ),
        Mistake(
            code="surveys = genz.loc[genz['data_kind'] == 'survey', "
            "['survey_id', 'sponsor', 'sample_size', 'sample_type']].drop_duplicates()\n"
            "sized = surveys.dropna(subset=['sample_size'])\n"
            "surveys_moe = sized.assign(moe_pct=1.96 * np.sqrt(0.25 / sized['sample_size']))",
            message="Your margins look like shares",
        ),
    ],
    reference=Solution(
        code="surveys = genz.loc[genz['data_kind'] == 'survey', "
        "['survey_id', 'sponsor', 'sample_size', 'sample_type']].drop_duplicates()\n"
        "sized = surveys.dropna(subset=['sample_size'])\n"
        "surveys_moe = sized.assign(moe_pct=100 * 1.96 * np.sqrt(0.5 * 0.5 / sized['sample_size']))",
        explanation="`dropna` removes the KazISS row, whose sample size is not published. The "
        "formula works on the whole column at once. With your function from question 2 the last "
        "line is `sized.assign(moe_pct=100 * moe(0.5, sized['sample_size']))`. (The first line "
        "repeats question 1, so that the solution runs on its own.)",
    ),
)

# ------------------------------------------------------------------ q4: who answered?
q4 = NumberQuestion(
    id="ex06.q4",
    prompt="Resume Builder reports 42% for all respondents, 48% for men and 30% for women. If "
    "a share `m` of respondents are men (and the rest women), then 48 * m + 30 * (1 - m) = 42. "
    "**What percentage of respondents must be men for the three figures to fit?** Give a "
    "percentage (0-100).",
    expected=100 * (42 - 30) / (48 - 30),
    abs_tol=0.5,
    hints=[
        "Multiply out: 48m + 30 - 30m = 42, so 18m = 12.",
        "m = (42 - 30) / (48 - 30). Multiply by 100 for a percentage.",
    ],
    why="About two in three respondents (67%) must be men: the overall 42% is an average of "
    "men and women, weighted by how many of each answered. Because the published figures are "
    "rounded, anything from about 61% to 72% fits (our calculation). The survey did not "
    "publish who answered; a sample with so many men pushes the overall share up.",
    mistakes=[
        Mistake(
            answer=50,
            message="With half men and half women the overall share would be (48 + 30) / 2 = "
            "39%, not 42%. Solve the equation in the question for m.",
        ),
        Mistake(
            answer=61.5,
            message="48 / (48 + 30) is not the share of men among respondents. Solve "
            "48 * m + 30 * (1 - m) = 42 for m.",
        ),
        Mistake(
            answer=33.3,
            message="That is the share of *women*. The question asks for men: m = (42 - 30) / "
            "(48 - 30).",
        ),
    ],
    reference=Solution(
        code="men_pct = 100 * (42 - 30) / (48 - 30)",
        explanation="From 48m + 30(1 - m) = 42 we get 18m = 12 and m = 2/3, about 66.7%.",
    ),
)

# ------------------------------------------------------------------ q5: counts statement
q5 = ChoiceQuestion(
    id="ex06.q5",
    prompt="Which sentence correctly says what \"men 48%, women 30%\" means?",
    options={
        "a": "48% of the people in trades are men, and 30% are women.",
        "b": "Out of every 1,000 men who answered, about 480 work in or pursue a trade; out of "
        "every 1,000 women who answered, about 300 do.",
        "c": "Men are 18% more likely than women to work in or pursue a trade.",
        "d": "Out of every 1,000 young Americans, 480 men and 300 women work in or pursue a trade.",
    },
    answer="b",
    diagnostics={
        "a": "This turns the base around. 48% is a share *of men*, not a share of the people in "
        "trades. (And 48% + 30% is only 78%: who would the other 22% be?)",
        "c": "48 - 30 = 18 is a difference in *percentage points*. In relative terms men are "
        "48 / 30 = 1.6 times as likely, that is 60% more likely.",
        "d": "That would be 780 of 1,000 people, far more than the 42% for everyone. The bases "
        "are men and women separately, and they are respondents of one online survey, not all "
        "young Americans.",
    },
    hints=[
        "For each sentence, ask: who is the 100%? All men who answered, all women who answered, "
        "the people in trades, or all young Americans?",
    ],
    why="Each percentage has its own base: 48% of the men who answered and 30% of the women who "
    "answered. Counting per 1,000 of each group keeps the bases apart.",
    reference=Solution(
        code='counts_statement = "b"',
        explanation="'Men 48%' means 48 of every 100 men who answered. Per 1,000: 480 of 1,000 "
        "men and 300 of 1,000 women. To say how many of the people in trades are men you also "
        "need the number of men and women in the sample (question 6).",
    ),
)

# ------------------------------------------------------------------ q6: men in trades per 1,000
q6 = NumberQuestion(
    id="ex06.q6",
    prompt="Use your answer to question 4 (the share of men among respondents). **Out of 1,000 "
    "respondents, how many are men who work in or pursue a trade?**",
    expected=1000 * (2 / 3) * 0.48,
    abs_tol=2.5,
    hints=[
        "First: how many of 1,000 respondents are men? Use the percentage from question 4.",
        "Then take 48% of those men: 1000 * (men_pct / 100) * 0.48.",
    ],
    why="About 667 of 1,000 respondents are men and 48% of them, about 320, are in or pursuing a "
    "trade. With about 100 women (30% of 333), that makes the 420 of 1,000 of the headline, and "
    "about three in four of them are men (our calculation from rounded figures).",
    mistakes=[
        Mistake(
            answer=480,
            message="480 is per 1,000 *men*. The question asks per 1,000 *respondents*, and not "
            "all respondents are men: first find how many of the 1,000 are men.",
        ),
        Mistake(
            answer=240,
            message="You assumed half the respondents are men. Question 4 shows that the three "
            "published figures fit only if about two in three are men.",
        ),
        Mistake(
            answer=201.6,
            message="You took 48% of the 420 in trades. But 48% is a share of men, not of the "
            "people in trades: start from the number of men among 1,000 respondents.",
        ),
    ],
    reference=Solution(
        code="men_pct = 100 * (42 - 30) / (48 - 30)\n"
        "men_in_trades = 1000 * men_pct / 100 * 0.48",
        explanation="1,000 * 2/3 = about 667 men, and 48% of them is 320. Check: women are about "
        "333, and 30% of them is 100; 320 + 100 = 420, the headline 42%.",
    ),
)

# ------------------------------------------------------------------ q7: checklist
q7 = ReflectionQuestion(
    id="ex06.q7",
    prompt="Write a **five-question checklist** for reading a survey headline, in your own "
    "words. Then apply it to this headline: *\"52% of college students say skilled trades feel "
    "safer than office jobs in an AI future\"* (SimplyWise, June 2026, reported by Metal "
    "Construction News). For each question, write one short answer about this headline.",
    model_answer="1. Where does the number come from? The SimplyWise Trades & Technology Index "
    "(June 2026), reported by Metal Construction News, a secondary source; I should find "
    "SimplyWise's own release. "
    "2. What is the base: who is the 100%? Current college students among 1,140 US Gen Z "
    "respondents aged 18-29; how many of them are students is not published, so their margin of "
    "error is larger than for the whole sample. "
    "3. Who was asked, and how were they found? An online survey in the United States; the "
    "sample type is not stated, so I cannot assume a random sample, and a margin of error may "
    "not apply. "
    "4. Who paid, and do they gain from the result? SimplyWise sells software to tradespeople, "
    "so a headline that makes trades look attractive is good for its business. "
    "5. What exactly was the question, and does the headline match it? The wording is not "
    "published; 'feel safer' is an opinion, not a choice of career, and it says nothing about "
    "students in Kazakhstan.",
    rubric=[
        "has five distinct questions, each one a question a reader can actually check;",
        "includes the base of the percentage (who is the 100%), not only the sample size;",
        "asks how respondents were found (random sample or opt-in panel) and says that a margin "
        "of error does not cover selection bias;",
        "asks who paid for the survey and what interest they may have;",
        "asks for the exact question wording and the population (country, ages);",
        "applies every question to the SimplyWise headline with a concrete answer, saying "
        "'not published' where the information is missing.",
    ],
    min_words=60,
    hints=[
        "Go back through the lesson: each section asked one kind of question of the 42% "
        "(where from, what base, how many people and how found, who paid, which question, "
        "which population).",
        "The SimplyWise rows of `genz` give the sponsor, the population, the sample size, the "
        "sample type and the base of the 52%: look at `genz[genz['survey_id'] == "
        "'simplywise_2026_06_trades_index']`.",
    ],
)

QUESTIONS = (q1, q2, q3, q4, q5, q6, q7)
