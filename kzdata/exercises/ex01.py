"""Answer key for ``exercises/01-reading-the-headline.ipynb``: units, bases and a claims ledger.

The questions use three bundled tables: ``claims`` (the claims ledger), ``employment_headlines``
(BNS employment counts) and ``exposure_estimates`` (headline estimates of automation and AI
exposure).
"""

from __future__ import annotations

import pandas as pd

from kzdata.exercises import (
    ChoiceQuestion,
    FrameQuestion,
    Mistake,
    NumberQuestion,
    ReflectionQuestion,
    SeriesQuestion,
    Solution,
    TextQuestion,
    when,
)

NOTEBOOK = "exercises/01-reading-the-headline.ipynb"

SETUP = """\
import pandas as pd
import kzdata
from kzdata.exercises import ex01, ____
claims = kzdata.load("claims")
headlines = kzdata.load("employment_headlines")
estimates = kzdata.load("exposure_estimates")
"""

# --------------------------------------------------------------------------- q1: a share with its base
_EMPLOYED_2024 = 9_200.0  # thousand persons, BNS publication 341240 (checked in tests/lessons)

q1 = NumberQuestion(
    id="ex01.q1",
    prompt="The Ministry of Labour said that about 2.2 million jobs are at moderate or high risk "
    "of automation. What percentage of the people employed in Kazakhstan in 2024 is 2.2 "
    "million? Find the number of employed people in 2024 in the table `headlines`, then "
    "compute the percentage.",
    expected=round(100 * 2_200 / _EMPLOYED_2024, 3),
    abs_tol=0.05,
    hints=[
        "In `headlines`, the employed people are the rows whose `indicator` is `\"employed\"`. "
        "There are two such rows for the period `\"2024\"`: look at the column `age_band`.",
        "The row for everybody has no age band (`<NA>`). Keep it with "
        '`(headlines["period"] == "2024") & (headlines["indicator"] == "employed") & '
        'headlines["age_band"].isna()`.',
        "The value is in thousand persons, so 2.2 million is 2,200 (thousand). Divide 2,200 by "
        "the value and multiply by 100.",
    ],
    why="2.2 million is 23.9% of the 9.2 million people employed in 2024: close to the "
    "Ministry's 'about 25%'. Here the count and the share describe the same thing: jobs.",
    mistakes=[
        Mistake(answer=round(100 * 2_200 / 1_800, 3),
                message="You used the row for young people aged 15-28 (1.8 million). The "
                "question is about all employed people: keep the 2024 row with no age band."),
        Mistake(answer=25, message="25% is the Ministry's own, rounded figure. Compute the "
                "percentage yourself from the BNS count of employed people."),
        Mistake(answer=round(100 * 2_200 / 9_278.9, 3),
                message="That is the share for 2025 Q4 (9,278.9 thousand). The question asks "
                "about 2024."),
        Mistake(answer=round(2_200 / _EMPLOYED_2024, 4),
                message="This looks like a fraction, not a percentage. Multiply by 100."),
        Mistake(answer=round(100 * 2.2 / _EMPLOYED_2024, 5),
                message="Check the units: the table gives thousand persons, so 2.2 million is "
                "2,200 (thousand), not 2.2."),
    ],
    reference=Solution(
        code='is_2024_all = (headlines["period"] == "2024") & (headlines["indicator"] == '
        '"employed") & headlines["age_band"].isna()\n'
        'employed_2024 = headlines.loc[is_2024_all, "value"].item()\n'
        "share_2_2m = 2_200 / employed_2024 * 100",
        explanation="The three conditions keep one row: all employed people in 2024 "
        "(9,200 thousand). `.item()` takes the single value out, and 2,200 / 9,200 * 100 = "
        "23.9.",
    ),
)


# --------------------------------------------------------------------------- q2: implied bases
def _wdc() -> pd.DataFrame:
    import kzdata

    estimates = kzdata.load("exposure_estimates")
    keep = estimates["estimate_id"].str.startswith("kz_wdc") & estimates["count"].notna()
    return estimates[keep].set_index("estimate_id")


def _implied_bases() -> pd.Series:
    wdc = _wdc()
    return (wdc["count"] / (wdc["value"] / 100) / 1_000_000).astype(float)


q2 = SeriesQuestion(
    id="ex01.q2",
    prompt="The Workforce Development Center's figures come as a share and a count, for example "
    "17% of workers (1.5 million). For each of its five figures with a count, compute the base "
    "the two imply, in millions: count / (value / 100) / 1,000,000. Give a Series indexed by "
    "`estimate_id`.",
    expected=_implied_bases,
    rtol=1e-4,
    checks=[
        when(lambda s: float(s.max()) > 1_000,
             "Your numbers are in persons. Divide by 1,000,000 to give the base in millions."),
        when(lambda s: float(s.max()) < 1,
             "Your numbers are 100 times too small. The value is a percentage: divide it by "
             "100 before you divide the count by it."),
        when(lambda s: float(s.max()) > 100,
             "Your numbers are 100 times too large. The value is a percentage: divide it by 100 "
             "before you divide the count by it."),
    ],
    hints=[
        "Keep the rows whose `estimate_id` starts with `\"kz_wdc\"` and whose `count` is not "
        'empty: `estimates["estimate_id"].str.startswith("kz_wdc") & '
        'estimates["count"].notna()`.',
        'Put `estimate_id` in the index with `.set_index("estimate_id")`, so that the result '
        "is labelled by it.",
        'Then compute with whole columns: `wdc["count"] / (wdc["value"] / 100) / 1_000_000`.',
    ],
    why="All five figures imply a base of about 8.6 to 8.8 million workers, not the 9.2 million "
    "employed in 2024. The study used a base it does not state, perhaps an older count; and "
    "the rounded counts ('1 million') make each implied base a little different.",
    mistakes=[
        Mistake(code='wdc = estimates[estimates["estimate_id"].str.startswith("kz_wdc") & '
                'estimates["count"].notna()].set_index("estimate_id")\n'
                'bases = wdc["count"] / (wdc["value"] / 100)',
                message="Your numbers are in persons."),
        Mistake(code='wdc = estimates[estimates["estimate_id"].str.startswith("kz_wdc") & '
                'estimates["count"].notna()].set_index("estimate_id")\n'
                'bases = wdc["count"] / wdc["value"] / 1_000_000',
                message="Your numbers are 100 times too small."),
        Mistake(code='wdc = estimates[estimates["estimate_id"].str.startswith("kz_wdc") & '
                'estimates["count"].notna()]\n'
                'bases = wdc["count"] / (wdc["value"] / 100) / 1_000_000',
                message="index (the labels of your Series)"),
    ],
    reference=Solution(
        code='wdc = estimates[estimates["estimate_id"].str.startswith("kz_wdc") & '
        'estimates["count"].notna()].set_index("estimate_id")\n'
        'bases = wdc["count"] / (wdc["value"] / 100) / 1_000_000',
        explanation="If 17% of a base is 1.5 million, the base is 1.5 / 0.17 = 8.8 million. "
        "Dividing whole columns does this for all five rows at once, and the index keeps the "
        "label of each row.",
    ),
)

# --------------------------------------------------------------------------- q3: tasks vs jobs
q3 = ChoiceQuestion(
    id="ex01.q3",
    prompt="The seed article says that in office support and administrative positions, up to "
    "45% of tasks could be done by AI. Which statement follows from this claim?",
    options={
        "a": "Up to 45% of office workers will lose their jobs.",
        "b": "In the most exposed office work, AI could technically do up to about half of the "
        "tasks. The claim does not say how many office jobs, if any, would disappear, or when.",
        "c": "At least 55% of office workers are safe from AI.",
        "d": "Office workers are 45% of all the workers affected by AI.",
    },
    answer="b",
    diagnostics={
        "a": "This turns a share of tasks into a share of workers, and 'could' into 'will'. If "
        "the exposed tasks are spread over many jobs, no office job needs to disappear.",
        "c": "This makes the same mistake the other way round: 45% is a share of tasks, so 55% "
        "is not a share of workers either.",
        "d": "45% is a share of the tasks *inside* office work, not the share of office workers "
        "among everybody affected. The claim says nothing about how many office workers there "
        "are.",
    },
    why="'Up to 45% of tasks' is a maximum share of tasks within one group. It describes what AI "
    "could do, not how many jobs will go, and it gives no date.",
    hints=[
        "Find the unit of the number: is 45% a share of tasks, of workers, or of jobs?",
        "Remember the two offices of lesson 01: the same share of tasks can mean very different "
        "shares of jobs.",
    ],
    reference=Solution(
        code='office_45 = "b"',
        explanation="The claim counts tasks within office work, and 'up to' makes it a maximum. "
        "How many jobs would go depends on how those tasks are spread across jobs and on "
        "what employers decide; the claim says neither.",
    ),
)

# --------------------------------------------------------------------------- q4: unit of analysis
q4 = TextQuestion(
    id="ex01.q4",
    prompt="On 6 January 2026 the Minister of Science and Higher Education presented a study "
    "with QS. In the wording quoted by NH Consulting: 'in 53% of occupations, automation of "
    "specific job functions is possible'. What does this 53% count? Answer with one word: "
    "tasks, jobs, workers or occupations.",
    expected="occupations",
    accept=["occupation"],
    hints=[
        "Read the sentence again: 53% of *what*?",
        "The job functions are what could be automated; the 53% is a share of the things in "
        "which that is possible.",
    ],
    why="In this wording 53% is a share of occupations. The Astana Times reported the same "
    "statement as 'up to 53% of job functions' (tasks): the ledger keeps both rows because "
    "the unit differs.",
    mistakes=[
        Mistake(answer="tasks",
                message="That is how The Astana Times reported it ('up to 53% of job "
                "functions'). In the NH Consulting wording, 53% is a share of something else: "
                "read what comes after 'in 53% of'."),
        Mistake(answer="jobs",
                message="A job is one person's position. The sentence counts kinds of work, "
                "not positions: read what comes after 'in 53% of'."),
        Mistake(answer="workers",
                message="The sentence does not count people: read what comes after 'in 53% "
                "of'."),
    ],
    reference=Solution(
        code='unit_53 = "occupations"',
        explanation="'In 53% of occupations' counts occupations: kinds of work, such as "
        "accountant. The same statement reported as '53% of job functions' would count tasks, "
        "so check the wording of each report before you record a unit.",
    ),
)


# --------------------------------------------------------------------------- q5: a mini ledger
LEDGER_COLUMNS = ["claim_id", "value", "unit", "unit_of_analysis", "status"]


def _mini_ledger() -> pd.DataFrame:
    import kzdata

    claims = kzdata.load("claims")
    keep = (claims["status"] == "source found") & claims["unit_of_analysis"].isin(["tasks", "jobs"])
    return claims.loc[keep, LEDGER_COLUMNS]


q5 = FrameQuestion(
    id="ex01.q5",
    prompt="From the claims ledger `claims`, make a table `to_check` of the claims that count "
    "tasks or jobs (column `unit_of_analysis`) and whose status is 'source found', with the "
    "five columns claim_id, value, unit, unit_of_analysis and status.",
    expected=_mini_ledger,
    checks=[
        when(lambda df: set(df["status"].astype(str)) - {"source found"},
             "Your table has claims with another status. Keep only the rows whose `status` is "
             "'source found'."),
        when(lambda df: set(df["unit_of_analysis"].astype(str)) == {"jobs"},
             "Your table has only claims that count jobs. The question asks for tasks *or* "
             'jobs: use `.isin(["tasks", "jobs"])`.'),
        when(lambda df: set(df["unit_of_analysis"].astype(str)) == {"tasks"},
             "Your table has only claims that count tasks. The question asks for tasks *or* "
             'jobs: use `.isin(["tasks", "jobs"])`.'),
    ],
    hints=[
        "Two conditions, joined with `&`: one on `status`, one on `unit_of_analysis`. Put each "
        "in brackets.",
        '`claims["unit_of_analysis"].isin(["tasks", "jobs"])` is True for rows that count '
        "tasks or jobs.",
        'Then keep the five columns with a list: `[["claim_id", "value", "unit", '
        '"unit_of_analysis", "status"]]`.',
    ],
    why="Six claims count tasks or jobs and are known only second-hand: the four numbers of the "
    "headline, the '52% of future jobs' of the first national report and the '53% of job "
    "functions' wording. These are the claims to check first against an original.",
    mistakes=[
        Mistake(code='to_check = claims[(claims["status"] == "source found") & '
                '(claims["unit_of_analysis"] == "jobs")][["claim_id", "value", "unit", '
                '"unit_of_analysis", "status"]]',
                message="Your table has only claims that count jobs."),
        Mistake(code='to_check = claims[claims["unit_of_analysis"].isin(["tasks", "jobs"])]'
                '[["claim_id", "value", "unit", "unit_of_analysis", "status"]]',
                message="Your table has claims with another status."),
        Mistake(code='to_check = claims[(claims["status"] == "source found") & '
                'claims["unit_of_analysis"].isin(["tasks", "jobs"])]',
                message="Keep only the columns asked for."),
    ],
    reference=Solution(
        code='keep = (claims["status"] == "source found") & '
        'claims["unit_of_analysis"].isin(["tasks", "jobs"])\n'
        'to_check = claims.loc[keep, ["claim_id", "value", "unit", "unit_of_analysis", '
        '"status"]]',
        explanation="`&` keeps the rows where both conditions are True; `.isin()` tests one "
        "column against a list of values; `.loc[rows, columns]` selects rows and columns in "
        "one step.",
    ),
)

# --------------------------------------------------------------------------- q6: reflection
q6 = ReflectionQuestion(
    id="ex01.q6",
    prompt="Rewrite the headline in two to four sentences so that it says only what the "
    "evidence supports: what is counted, out of what, who said it, and how far it has been "
    "checked.",
    model_answer="A study attributed to the Workforce Development Center, reported by Inbusiness "
    "and The Astana Times on 13 November 2025, estimates that about 13% of work tasks in "
    "Kazakhstan could be automated in the long term; the original report has not been found, "
    "so its method and base are unknown. This is a share of tasks, not of jobs: it does not "
    "say how many of the 9.2 million people employed in 2024 would lose work, if any. The same "
    "reports mention around one million jobs, which would be about 11% of employed people, "
    "but they do not say how that number was obtained.",
    rubric=[
        "says what is counted (tasks) and keeps it apart from jobs or workers;",
        "gives a base for any count of jobs (for example 9.2 million employed in 2024, BNS), "
        "or says that the base is not known;",
        "names who made the claim and how we know it (reported by news coverage; the original "
        "report not found);",
        "says 'could' (what technology could do), not 'will', and adds no date the source "
        "does not give;",
        "is short and clear enough for a newspaper reader.",
    ],
    min_words=30,
    hints=[
        "Start from the four questions of lesson 01: what does the number count, out of what, "
        "who said it, and has anyone found the original?",
        "Keep the numbers the evidence supports (13% of tasks; one million is about 11% of "
        "employed people) and say what is not known.",
    ],
)

QUESTIONS = (q1, q2, q3, q4, q5, q6)
