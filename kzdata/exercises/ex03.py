"""Answer key for ``exercises/03-measuring-exposure-occupations-vs-tasks.ipynb``.

Real pandas on real data: Frey and Osborne's probabilities of computerisation (``frey_osborne``,
SOC 2010 codes) joined to US employment in May 2021 (``bls_oes_2021``, SOC 2018 codes) on the
codes that are the same in both classifications, as in lesson 03. Both tables are remote: in
class they load from the mirror (``KZDATA_MIRROR``).
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
    Solution,
    when,
)

NOTEBOOK = "exercises/03-measuring-exposure-occupations-vs-tasks.ipynb"

SETUP = """\
import kzdata
from kzdata.exposure import share_above_threshold
from kzdata.exercises import ex03, ____
fo = kzdata.load("frey_osborne")
bls = kzdata.load("bls_oes_2021")
weights = bls[["soc2018_code", "employed_persons"]]
matched = fo.merge(weights, left_on="soc2010_code", right_on="soc2018_code", how="inner")
"""

PROBABILITY = "probability_computerisation"
TOP_COLUMNS = ["soc2010_code", "occupation", PROBABILITY, "employed_persons"]


def _matched() -> pd.DataFrame:
    import kzdata

    fo = kzdata.load("frey_osborne")
    bls = kzdata.load("bls_oes_2021")
    weights = bls[["soc2018_code", "employed_persons"]]
    return fo.merge(weights, left_on="soc2010_code", right_on="soc2018_code", how="inner")


def _top5() -> pd.DataFrame:
    matched = _matched()
    return matched[matched[PROBABILITY] > 0.9].nlargest(5, "employed_persons")[TOP_COLUMNS]


q1 = NumberQuestion(
    id="ex03.q1",
    prompt="SOC major group 43 is *Office and administrative support occupations*: its codes "
    "start with `43-`. What percentage of the matched employment **in this group** is in "
    "occupations with a probability of computerisation above 0.7? Weight by `employed_persons`.",
    expected=71.66463499485124,
    abs_tol=0.05,
    hints=[
        "First keep the rows of group 43: `matched[\"soc2010_code\"].str.startswith(\"43-\")` is "
        "True for them.",
        "Then do what the lesson did for the whole table, on this smaller table: the employment "
        "above 0.7 divided by all the employment of the group, times 100.",
        "`office = matched[matched[\"soc2010_code\"].str.startswith(\"43-\")]`, then "
        "`above = office[\"probability_computerisation\"] > 0.7` and "
        "`100 * office.loc[above, \"employed_persons\"].sum() / office[\"employed_persons\"].sum()`.",
    ],
    why="About 72% of the matched office and administrative employment is above 0.7 (our "
    "calculation), far more than the 49.4% of all matched employment: the exposure of a group "
    "and of the whole economy are different numbers.",
    mistakes=[
        Mistake(
            answer=80.0,
            message="That is the share of the group's *occupations* above 0.7 (each occupation "
            "counted once). Weight by `employed_persons`: count workers, not occupations.",
        ),
        Mistake(
            answer=12.185137397730491,
            message="You divided by the employment of *all* matched occupations. The question "
            "asks for a share within group 43: divide by the employment of group 43 only.",
        ),
        Mistake(
            answer=0.7166463499485124,
            message="That is a share from 0 to 1. Multiply by 100 to write it as a percentage.",
        ),
        Mistake(
            answer=72.5070273579917,  # the same with >= 0.7 instead of > 0.7
            message="`>= 0.7` also counts occupations exactly at 0.7. Frey and Osborne count "
            "those *above* 0.7: use `>`.",
        ),
    ],
    reference=Solution(
        code='office = matched[matched["soc2010_code"].str.startswith("43-")]\n'
        'above = office["probability_computerisation"] > 0.7\n'
        'share_office = 100 * office.loc[above, "employed_persons"].sum() / '
        'office["employed_persons"].sum()',
        explanation="The first line keeps the 50 matched occupations of group 43. The share is "
        "the employment of those above 0.7 divided by the employment of all 50. The same with "
        "the library: `share_above_threshold(office, score_column=\"probability_computerisation\", "
        "employment_column=\"employed_persons\")`.",
    ),
)

q2 = FrameQuestion(
    id="ex03.q2",
    prompt="Which occupations put the most people above a probability of **0.9**? Make a table "
    "`top5` of the **5 matched occupations with the most employed persons** among those with a "
    "probability above 0.9, largest first, with the columns `soc2010_code`, `occupation`, "
    "`probability_computerisation` and `employed_persons`.",
    expected=_top5,
    check_row_order=True,
    checks=[
        when(
            lambda df: (df[PROBABILITY] <= 0.9).any(),
            "Your table has occupations with a probability of 0.9 or less. Keep only the rows "
            "above 0.9 first, then take the five largest.",
        ),
        when(
            lambda df: not df["employed_persons"].is_monotonic_decreasing,
            "Your rows are not sorted from the largest employment down. `nlargest` sorts them "
            "for you, or use `sort_values(..., ascending=False)`.",
        ),
    ],
    hints=[
        "Two steps: keep the rows with `probability_computerisation` above 0.9, then take the 5 "
        "rows with the largest `employed_persons`.",
        "`df.nlargest(5, \"employed_persons\")` gives the 5 rows with the largest values, largest "
        "first.",
        "End with the list of four columns in double brackets: "
        "`[[\"soc2010_code\", \"occupation\", \"probability_computerisation\", \"employed_persons\"]]`.",
    ],
    why="Retail salespersons, cashiers, general office clerks, secretaries and waiters: large "
    "occupations with a very high score carry much of the headline.",
    mistakes=[
        Mistake(
            code='top5 = matched.nlargest(5, "employed_persons")[["soc2010_code", "occupation", '
            '"probability_computerisation", "employed_persons"]]',
            message="Your table has occupations with a probability of 0.9 or less.",
        ),
        Mistake(
            code='top5 = matched[matched["probability_computerisation"] > 0.9]'
            '.nlargest(5, "employed_persons")[["occupation", "employed_persons"]]',
            message="Your DataFrame is missing the columns `soc2010_code`, "
            "`probability_computerisation`.",
        ),
        Mistake(
            code='top5 = matched[matched["probability_computerisation"] > 0.9]'
            '.nlargest(5, "employed_persons").sort_values("employed_persons")'
            '[["soc2010_code", "occupation", "probability_computerisation", "employed_persons"]]',
            message="Your rows are not sorted from the largest employment down.",
        ),
    ],
    reference=Solution(
        code='top5 = matched[matched["probability_computerisation"] > 0.9].nlargest(5, '
        '"employed_persons")[["soc2010_code", "occupation", "probability_computerisation", '
        '"employed_persons"]]',
        explanation="The condition keeps the occupations above 0.9; `nlargest(5, ...)` keeps "
        "the five with the most employed persons, largest first; the list keeps four columns.",
    ),
)

q3 = ChoiceQuestion(
    id="ex03.q3",
    prompt="Cashiers (SOC 41-2011) have a probability of computerisation of 0.97 in Frey and "
    "Osborne's table. A news site writes: *\"Oxford study: 97% chance that cashiers lose their "
    "jobs\"*. Which sentence reads the 0.97 correctly?",
    options={
        "a": "97% of US cashiers will lose their jobs.",
        "b": "A cashier has a 97% chance of losing their job within ten years.",
        "c": "With the technology of 2013, Frey and Osborne's model gives the cashier occupation "
        "a probability of 0.97 that its work could be computerised. It says nothing about when, "
        "or whether employers will do it.",
        "d": "0.97 was measured by counting the cashiers who lost their jobs after 2013.",
    },
    answer="c",
    diagnostics={
        "a": "The 0.97 is one number for the whole occupation, not a share of cashiers. And it "
        "is about what could be computerised, not about jobs lost: exposure is not job loss.",
        "b": "The paper gives no date, and the probability is about the occupation's work being "
        "computerisable, not about one person losing their job.",
        "d": "Nothing was counted after 2013. The probability comes from a model: experts "
        "labelled 70 occupations and a classifier extended their judgement to the 702.",
    },
    hints=[
        "Look back at lesson 03, section 1: what does one probability in the table describe, a "
        "person or an occupation? And section 5: what does it leave out?",
    ],
    why="A probability of computerisation is a model's estimate, for a whole occupation, of "
    "what technology could do; cost, regulation, demand and time are left out.",
    reference=Solution(
        code='choice = "c"',
        explanation="The sentence keeps the unit (the occupation), the source (a model with 2013 "
        "technology) and the limit (could, not will; no date).",
    ),
)

q4 = NumberQuestion(
    id="ex03.q4",
    prompt="Lower the threshold from 0.7 to **0.5**. By how many **percentage points** does the "
    "share of matched employment above the threshold rise? Use `share_above_threshold` or "
    "pandas.",
    expected=15.009118332187057,
    abs_tol=0.05,
    say_direction=True,
    hints=[
        "Compute two shares, one above 0.5 and one above 0.7, both weighted by "
        "`employed_persons`, and subtract.",
        "`share_above_threshold(matched, score_column=\"probability_computerisation\", "
        "employment_column=\"employed_persons\", threshold_probability=0.5)` gives a table; its "
        "column `share_pct` holds the share in percent. Take the number out with `.item()`.",
        "A difference between two percentages is in percentage points: `share_05 - share_07`.",
    ],
    why="The same data give 15.0 percentage points more \"high risk\" employment with a line at "
    "0.5 instead of 0.7: the threshold is a choice that moves the headline.",
    mistakes=[
        Mistake(
            answer=64.40597584136478,
            message="That is the share above 0.5 itself. The question asks how much it rises "
            "compared with the share above 0.7: subtract.",
        ),
        Mistake(
            answer=30.3847635032217,
            message="That is the rise as a percentage of the share above 0.7 (a relative change). "
            "The question asks for percentage points: the plain difference of the two shares.",
        ),
        Mistake(
            answer=0.15009118332187057,
            message="That is the difference of two shares written from 0 to 1. Use the shares in "
            "percent (`share_pct`), so that the difference is in percentage points.",
        ),
    ],
    reference=Solution(
        code='share_05 = share_above_threshold(matched, score_column="probability_computerisation", '
        'employment_column="employed_persons", threshold_probability=0.5)["share_pct"].item()\n'
        'share_07 = share_above_threshold(matched, score_column="probability_computerisation", '
        'employment_column="employed_persons", threshold_probability=0.7)["share_pct"].item()\n'
        "rise_pp = share_05 - share_07",
        explanation="64.4% minus 49.4% is 15.0 percentage points. In relative terms the share "
        "rises by about 30%: say which of the two you mean.",
    ),
)

_SMALL = pd.DataFrame({PROBABILITY: [0.9, 0.75, 0.3], "employed_persons": [10, 30, 60]})
_UNEVEN = pd.DataFrame({PROBABILITY: [0.8, 0.2], "employed_persons": [100, 300]})

q5 = FunctionQuestion(
    id="ex03.q5",
    prompt="Write a function `share_above(df, threshold)` that returns the **percentage** "
    "(0 to 100) of `employed_persons` in the rows whose `probability_computerisation` is "
    "strictly **above** `threshold`. It must work for any table with these two columns.",
    cases=[
        Case(args=(_SMALL, 0.5), expected=40.0,
             message="`share_above(df, 0.5)` should return 40.0 for a table where 40 of 100 "
             "employed persons are in occupations above 0.5. Return a percentage (0 to 100) and "
             "weight by `employed_persons`: count workers, not rows."),
        Case(args=(_UNEVEN, 0.5), expected=25.0,
             message="For two occupations with 100 and 300 workers, where only the first is "
             "above 0.5, the share is 25.0, not 50.0: weight by `employed_persons`."),
        Case(args=(_SMALL, 0.75), expected=10.0,
             message="Your function counts an occupation whose probability is exactly at the "
             "threshold. \"Above\" means strictly above: use `>`, not `>=`."),
        Case(args=(_SMALL, 0.95), expected=0.0),
    ],
    abs_tol=1e-6,
    hints=[
        "Inside the function, do what the lesson did with `matched`, but with `df` and "
        "`threshold`.",
        "`above = df[\"probability_computerisation\"] > threshold` marks the rows above the "
        "threshold.",
        "`return 100 * df.loc[above, \"employed_persons\"].sum() / df[\"employed_persons\"].sum()`.",
    ],
    why="Your function is the heart of Frey and Osborne's headline: employment above a line, "
    "divided by all employment. Try `share_above(matched, 0.7)`: it gives our 49.4%.",
    mistakes=[
        Mistake(
            code="def share_above(df, threshold):\n"
            "    return 100 * (df[\"probability_computerisation\"] > threshold).mean()",
            message="weight by `employed_persons`: count workers, not rows.",
        ),
        Mistake(
            code="def share_above(df, threshold):\n"
            "    above = df[\"probability_computerisation\"] > threshold\n"
            "    return df.loc[above, \"employed_persons\"].sum() / df[\"employed_persons\"].sum()",
            message="Return a percentage (0 to 100)",
        ),
        Mistake(
            code="def share_above(df, threshold):\n"
            "    above = df[\"probability_computerisation\"] >= threshold\n"
            "    return 100 * df.loc[above, \"employed_persons\"].sum() / df[\"employed_persons\"].sum()",
            message="\"Above\" means strictly above: use `>`, not `>=`.",
        ),
    ],
    reference=Solution(
        code="def share_above(df, threshold):\n"
        "    above = df[\"probability_computerisation\"] > threshold\n"
        "    return 100 * df.loc[above, \"employed_persons\"].sum() / df[\"employed_persons\"].sum()",
        explanation="`above` is True for the rows strictly above the threshold; the employment "
        "of those rows divided by all the employment, times 100, is the employment-weighted "
        "share in percent.",
    ),
)

q6 = NumberQuestion(
    id="ex03.q6",
    prompt="Our 49.4% leaves out the 35.2 million people in occupations we could not match. "
    "Suppose **none** of them were in occupations above 0.7. What percentage of **all** employed "
    "persons in the BLS table (`bls`) would then be above 0.7?",
    expected=37.04644840490052,
    abs_tol=0.05,
    hints=[
        "The people above 0.7 are the same as before: the matched employment above 0.7. Only the "
        "denominator changes.",
        "Numerator: `matched.loc[matched[\"probability_computerisation\"] > 0.7, "
        "\"employed_persons\"].sum()`. Denominator: `bls[\"employed_persons\"].sum()`, all "
        "140.9 million.",
    ],
    why="About 37.0%. If instead all the unmatched people were above 0.7, it would be about "
    "62.0%. Our 49.4% lies between: it assumes that the unmatched quarter looks like the rest.",
    mistakes=[
        Mistake(
            answer=49.39685750917772,
            message="That is the share of *matched* employment. The question divides by all "
            "employed persons in the BLS table, matched or not.",
        ),
        Mistake(
            answer=62.04886703443085,
            message="That assumes that *all* the unmatched people are above 0.7. The question "
            "assumes that *none* of them are.",
        ),
        Mistake(
            answer=0.3704644840490052,
            message="That is a share from 0 to 1. Multiply by 100 to write it as a percentage.",
        ),
    ],
    reference=Solution(
        code='above_07 = matched.loc[matched["probability_computerisation"] > 0.7, '
        '"employed_persons"].sum()\n'
        'lower_bound = 100 * above_07 / bls["employed_persons"].sum()',
        explanation="The numerator is the matched employment above 0.7 (52.2 million); the "
        "denominator is all employment in the table (140.9 million). This is the lowest the "
        "share could be; with all unmatched people above 0.7 it would be the highest.",
    ),
)

q7 = ReflectionQuestion(
    id="ex03.q7",
    prompt="A speaker at a conference in Almaty says: \"Oxford found that 47% of jobs are at "
    "high risk of automation, so about half of Kazakhstan's jobs are at risk too.\" Is a 47% "
    "figure for the US useful for Kazakhstan? In four to six sentences, say what, if anything, "
    "can be carried over, and what cannot.",
    model_answer="The 47% cannot be carried over to Kazakhstan. It is a share of US employment, "
    "so it depends on how many Americans work in each occupation, and Kazakhstan has a "
    "different mix of occupations; the same scores would give a different share there. The "
    "scores themselves describe US occupations with the technology of 2013; a Kazakh worker "
    "with the same job title may do other tasks, and lower wages can make machines less "
    "attractive to employers. The figure is also occupation-level: job-level studies found "
    "9-14% in OECD countries, and none of these numbers says how many jobs will be lost or "
    "when. What can be carried over is the method: with Kazakh employment by occupation and a "
    "crosswalk from SOC to ISCO-08 codes, we could compute our own share, state its threshold, "
    "weights and year, and call it exposure, not job loss.",
    rubric=[
        "says whether the US figure transfers, with a reason about weights: the 47% depends on "
        "the US mix of occupations;",
        "gives at least one reason why the scores themselves may not fit Kazakhstan (2013 "
        "technology, different tasks under the same title, wages and costs, regulation);",
        "separates exposure from job loss, or occupation level from job level (47% vs 9-14%);",
        "says what would be needed for a Kazakh figure (Kazakh employment by occupation, a "
        "crosswalk to ISCO-08, a stated threshold), or which part is useful (the method);",
        "uses complete sentences that someone who did not take the course could follow.",
    ],
    min_words=40,
    hints=[
        "Think about the two ingredients of the 47%: the scores (which country, which year, "
        "which technology?) and the weights (whose employment?).",
        "Then ask what the number means: a share of workers in exposed occupations, or a count "
        "of jobs that will go?",
    ],
)

QUESTIONS = (q1, q2, q3, q4, q5, q6, q7)
