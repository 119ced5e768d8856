"""Answer key for ``exercises/08-digital-and-ai-policy.ipynb``: policy targets against the data.

The questions use two bundled tables: ``policy_timeline`` (Kazakhstan's digital and AI policy,
one event or figure per row, with its verification) and ``digital_indicators`` (balance-of-payments
ICT service exports and internet use from the World Bank's WDI; the UN E-Government Development
Index of Kazakhstan and eight peers).
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

NOTEBOOK = "exercises/08-digital-and-ai-policy.ipynb"

SETUP = """\
import pandas as pd
import kzdata
from kzdata.exercises import ex08, ____
timeline = kzdata.load("policy_timeline")
digital = kzdata.load("digital_indicators")
"""


def _timeline() -> pd.DataFrame:
    import kzdata

    return kzdata.load("policy_timeline")


def _digital() -> pd.DataFrame:
    import kzdata

    return kzdata.load("digital_indicators")


def _ict_million_usd() -> pd.Series:
    digital = _digital()
    ict = digital[digital["indicator_id"] == "ict_service_exports_usd"].set_index("year")["value"]
    return ict / 1e6


# ------------------------------------------------------------------ q1: events per kind and status
def _per_kind() -> pd.DataFrame:
    return _timeline().groupby(["kind", "verification"]).size().reset_index(name="events")


def _counts_only_values(df: pd.DataFrame) -> bool:
    return int(df["events"].sum()) == int(_timeline()["value"].notna().sum())


q1 = FrameQuestion(
    id="ex08.q1",
    prompt="Count the rows of `timeline` **for every combination of `kind` and "
    "`verification`** that occurs. Make a DataFrame `per_kind` with three columns: `kind`, "
    "`verification` and `events` (the number of rows).",
    expected=_per_kind,
    checks=[
        when(lambda df: "events" not in df.columns and 0 in df.columns,
             "Your count column is called `0`. Give it a name when you reset the index: "
             '`.reset_index(name="events")`.'),
        when(lambda df: "events" not in df.columns and "count" in df.columns,
             'Your count column is called `count`. Rename it: `.rename(columns={"count": '
             '"events"})`, or use `.size().reset_index(name="events")`.'),
        when(_counts_only_values,
             "You counted only the rows that have a `value`: `.count()` of a column skips missing "
             "values, and many events have no number. Count rows with `.size()`."),
    ],
    hints=[
        "Group the rows by two columns at once: `timeline.groupby([\"kind\", \"verification\"])`.",
        "`.size()` counts the rows of each group. It gives a Series whose labels are the two "
        "columns.",
        'Turn the Series into a table with `.reset_index(name="events")`.',
    ],
    why="Every target and every forecast is only reported; the verified rows are laws, "
    "official statements, programmes and a few others. So the numbers of this policy rest "
    "mostly on news.",
    mistakes=[
        Mistake(code='per_kind = timeline.groupby("kind").size().reset_index(name="events")',
                message="Your DataFrame is missing the column `verification`."),
        Mistake(code='per_kind = timeline.groupby(["kind", "verification"]).size().reset_index()',
                message="Your count column is called `0`."),
        Mistake(code='per_kind = timeline.groupby(["kind", "verification"])["value"].count()'
                '.reset_index(name="events")',
                message="You counted only the rows that have a `value`"),
    ],
    reference=Solution(
        code='per_kind = timeline.groupby(["kind", "verification"]).size().reset_index(name="events")',
        explanation="`groupby` with a list of two columns makes one group per combination that "
        "occurs; `.size()` counts its rows; `.reset_index(name=\"events\")` turns the two labels "
        "back into columns and names the count. `timeline[[\"kind\", \"verification\"]]"
        ".value_counts().reset_index(name=\"events\")` gives the same rows in another order.",
    ),
)


# ------------------------------------------------------------------ q2: EGDI rank change, sorted
def _rank_change() -> pd.DataFrame:
    digital = _digital()
    ranks = digital[(digital["indicator_id"] == "egdi_rank") & digital["year"].isin([2010, 2022])]
    wide = ranks.pivot(index="country_iso3", columns="year", values="value")
    out = pd.DataFrame({"rank_2010": wide[2010], "rank_2022": wide[2022]}).reset_index()
    out["places_gained"] = out["rank_2010"] - out["rank_2022"]
    return out.sort_values("places_gained", ascending=False).reset_index(drop=True)


def _kaz_gain(df: pd.DataFrame) -> float:
    return float(df.loc[df["country_iso3"] == "KAZ", "places_gained"].iloc[0])


q2 = FrameQuestion(
    id="ex08.q2",
    prompt="For **every country** in `digital`, compare its EGDI rank (`indicator_id` "
    '`"egdi_rank"`) in 2010 and in 2022. Make a DataFrame `rank_change` with the columns '
    "`country_iso3`, `rank_2010`, `rank_2022` and `places_gained` (rank in 2010 minus rank in "
    "2022, so that a positive number means the country moved up), **sorted by `places_gained`, "
    "largest first**.",
    expected=_rank_change,
    extra_columns=True,
    checks=[
        when(lambda df: _kaz_gain(df) == -18,
             "Kazakhstan's `places_gained` is negative, but it moved up from 46th to 28th. A "
             "smaller rank is better: compute `rank_2010 - rank_2022`."),
        when(lambda df: not df["places_gained"].is_monotonic_decreasing,
             'Sort the rows by `places_gained`, largest first: `.sort_values("places_gained", '
             "ascending=False)`."),
    ],
    hints=[
        'Keep the rows with `digital["indicator_id"] == "egdi_rank"` and '
        '`digital["year"].isin([2010, 2022])`.',
        'Make one row per country and one column per year: `.pivot(index="country_iso3", '
        'columns="year", values="value")`. The new columns are called `2010` and `2022` '
        "(numbers, not text).",
        'Build the table: `pd.DataFrame({"rank_2010": wide[2010], "rank_2022": wide[2022]})'
        '.reset_index()`, add `places_gained`, then `.sort_values("places_gained", '
        "ascending=False)`.",
    ],
    why="Kazakhstan and Uzbekistan gained 18 places each, Russia 17; Tajikistan and "
    "Turkmenistan fell 7 places. Korea fell from 1st to 3rd with a higher index: a rank is "
    "relative to the other countries.",
    mistakes=[
        Mistake(
            code='ranks = digital[(digital["indicator_id"] == "egdi_rank") & digital["year"].isin([2010, 2022])]\n'
            'wide = ranks.pivot(index="country_iso3", columns="year", values="value")\n'
            'rank_change = pd.DataFrame({"rank_2010": wide[2010], "rank_2022": wide[2022]}).reset_index()\n'
            'rank_change["places_gained"] = rank_change["rank_2022"] - rank_change["rank_2010"]\n'
            'rank_change = rank_change.sort_values("places_gained", ascending=False)',
            message="A smaller rank is better",
        ),
        Mistake(
            code='ranks = digital[(digital["indicator_id"] == "egdi_rank") & digital["year"].isin([2010, 2022])]\n'
            'wide = ranks.pivot(index="country_iso3", columns="year", values="value")\n'
            'rank_change = pd.DataFrame({"rank_2010": wide[2010], "rank_2022": wide[2022]}).reset_index()\n'
            'rank_change["places_gained"] = rank_change["rank_2010"] - rank_change["rank_2022"]\n'
            'rank_change = rank_change.sort_values("places_gained")',
            message="Sort the rows by `places_gained`, largest first",
        ),
    ],
    reference=Solution(
        code='ranks = digital[(digital["indicator_id"] == "egdi_rank") & digital["year"].isin([2010, 2022])]\n'
        'wide = ranks.pivot(index="country_iso3", columns="year", values="value")\n'
        'rank_change = pd.DataFrame({"rank_2010": wide[2010], "rank_2022": wide[2022]}).reset_index()\n'
        'rank_change["places_gained"] = rank_change["rank_2010"] - rank_change["rank_2022"]\n'
        'rank_change = rank_change.sort_values("places_gained", ascending=False)',
        explanation="`pivot` puts the two years side by side, one row per country. The "
        "difference 2010 minus 2022 is positive for a country that moved up. Kazakhstan's "
        "secondary-report ranks (2008, 2020, 2024) are left out because only 2010 and 2022 are "
        "kept.",
    ),
)


# ------------------------------------------------------------------ q3: annual growth 2020-2024
def _growth() -> pd.Series:
    return (_ict_million_usd().pct_change() * 100).loc[2020:2024]


q3 = SeriesQuestion(
    id="ex08.q3",
    prompt="Make a Series `growth`: the **annual growth of ICT service exports, in percent**, for "
    "each year from **2020 to 2024** (growth in 2020 compares 2020 with 2019). Its labels "
    "(index) are the years.",
    expected=_growth,
    rtol=1e-6,
    checks=[
        when(lambda s: float(s.abs().max()) < 5,
             "Your values look like fractions (1.49 for 149%). Multiply by 100 for percent."),
        when(lambda s: float(s.abs().max()) > 10_000,
             "Your values look like changes in US dollars, not in percent. `.diff()` gives the "
             "change; `.pct_change()` gives the growth rate."),
        when(lambda s: bool(pd.isna(s.iloc[0])),
             "Your first value is missing (NaN): the first year of a series has no year before "
             "it. Compute the growth on the whole series first, then keep `.loc[2020:2024]`."),
    ],
    hints=[
        'Keep the rows with `digital["indicator_id"] == "ict_service_exports_usd"` and make '
        'the years the labels: `.set_index("year")["value"]`.',
        "`.pct_change()` divides each value by the one before it and subtracts 1. Multiply by "
        "100 for percent.",
        "Compute the growth on the whole series first, then keep the years with "
        "`.loc[2020:2024]`, so that 2020 can be compared with 2019.",
    ],
    why="Growth was 10.1% in 2020, 32.4% in 2021, 148.7% in 2022, 51.3% in 2023 and 18.5% in "
    "2024: fast, but slower each year since 2022.",
    mistakes=[
        Mistake(
            code='ict = digital[digital["indicator_id"] == "ict_service_exports_usd"].set_index("year")["value"]\n'
            "growth = ict.pct_change().loc[2020:2024]",
            message="Multiply by 100 for percent.",
        ),
        Mistake(
            code='ict = digital[digital["indicator_id"] == "ict_service_exports_usd"].set_index("year")["value"]\n'
            "growth = ict.diff().loc[2020:2024]",
            message="`.pct_change()` gives the growth rate.",
        ),
        Mistake(
            code='ict = digital[digital["indicator_id"] == "ict_service_exports_usd"].set_index("year")["value"]\n'
            "growth = ict.loc[2020:2024].pct_change() * 100",
            message="Your first value is missing (NaN)",
        ),
    ],
    reference=Solution(
        code='ict = digital[digital["indicator_id"] == "ict_service_exports_usd"].set_index("year")["value"]\n'
        "growth = ict.pct_change().loc[2020:2024] * 100",
        explanation="`pct_change()` computes (this year / last year - 1) for every year. Taking "
        "`.loc[2020:2024]` after it keeps 2020's growth over 2019; cutting the series first "
        "would leave 2020 with no year before it.",
    ),
)


# ------------------------------------------------------------------ q4: the growth a target needs
def _cagr(start: float, target: float, years: float) -> float:
    return ((target / start) ** (1 / years) - 1) * 100


q4 = FunctionQuestion(
    id="ex08.q4",
    prompt="Write a function `required_growth(start, target, years)` that returns the **compound "
    "annual growth rate, in percent**, that takes a value from `start` to `target` in `years` "
    "years. For example, `required_growth(100, 121, 2)` is `10.0`: 100 grows by 10% to 110, "
    "then by 10% to 121.",
    cases=[
        Case(args=(100, 121, 2), expected=10.0),
        Case(args=(855.3, 5_000, 5), expected=_cagr(855.3, 5_000, 5)),
        Case(args=(200, 100, 1), expected=-50.0),
        Case(args=(50, 50, 3), expected=0.0),
    ],
    rel_tol=1e-6,
    abs_tol=1e-9,
    checks=[
        when(lambda f: abs(f(100, 121, 2) - 0.1) < 1e-6,
             "Your function returns a fraction (0.1). Return percent: multiply by 100."),
        when(lambda f: abs(f(100, 121, 2) - 10.5) < 1e-6,
             "You divided the total growth (21%) by the number of years. Growth compounds: use "
             "the power `** (1 / years)` on the ratio target / start."),
        when(lambda f: abs(f(100, 121, 2) - 110) < 1e-6,
             "You forgot to subtract 1 before multiplying by 100: a ratio of 1.1 is growth of "
             "10%, not 110%."),
    ],
    hints=[
        "The ratio `target / start` is the growth over all the years together.",
        "The growth factor per year is that ratio to the power `1 / years`. Subtract 1 to get "
        "the growth rate.",
        "`return ((target / start) ** (1 / years) - 1) * 100`",
    ],
    why="Growth compounds: each year's growth is added to a bigger base. That is why 21% over "
    "two years is 10% a year, not 10.5%.",
    mistakes=[
        Mistake(code="def required_growth(start, target, years):\n"
                "    return (target / start) ** (1 / years) - 1",
                message="Your function returns a fraction"),
        Mistake(code="def required_growth(start, target, years):\n"
                "    return (target / start - 1) / years * 100",
                message="Growth compounds"),
        Mistake(code="def required_growth(start, target, years):\n"
                "    return (target / start) ** (1 / years) * 100",
                message="You forgot to subtract 1"),
    ],
    reference=Solution(
        code="def required_growth(start, target, years):\n"
        "    return ((target / start) ** (1 / years) - 1) * 100",
        explanation="(target / start) is the total growth factor; its `years`-th root is the "
        "factor per year; minus 1 and times 100 gives percent per year.",
    ),
)

# ------------------------------------------------------------------ q5: apply it to the 2026 target
_ICT_2024 = 855.301573930182  # million US dollars, WDI BX.GSR.CCIS.CD (pinned in tests/lessons)

q5 = NumberQuestion(
    id="ex08.q5",
    prompt="The President's target was 1 billion US dollars of IT services exports **by 2026**. "
    "If balance-of-payments ICT service exports were the measure, **what growth per year, in "
    "percent, would take them from their 2024 value to 1,000 million US dollars in 2026?** Use "
    "your function `required_growth`.",
    expected=_cagr(_ICT_2024, 1_000, 2),
    abs_tol=0.05,
    hints=[
        "You need three numbers: the start (the 2024 value in million US dollars), the target "
        "(1,000) and the number of years from 2024 to 2026.",
        'The 2024 value: `digital.loc[(digital["indicator_id"] == "ict_service_exports_usd") '
        '& (digital["year"] == 2024), "value"].item() / 1e6`.',
        "Then `required_growth(ict_2024, 1_000, 2)`.",
    ],
    why="About 8.1% a year would be enough: much less than the 18.5% of 2024. On this measure "
    "the 2026 target looks within reach, but the target uses another, undefined measure, and "
    "past growth is not a forecast (our calculation).",
    mistakes=[
        Mistake(answer=round(_cagr(_ICT_2024, 1_000, 1), 3),
                message="That is the growth needed in one year (to reach 1 billion in 2025). The "
                "target year is 2026: two years after 2024."),
        Mistake(answer=round(_cagr(_ICT_2024, 5_000, 5), 3),
                message="That is the growth needed for the AI Concept's 5 billion by 2029. The "
                "question asks about 1 billion by 2026."),
        Mistake(answer=round(_cagr(_ICT_2024, 1_000, 2) / 100, 5),
                message="This looks like a fraction. Give percent: multiply by 100."),
        Mistake(answer=round((1_000 / _ICT_2024 - 1) / 2 * 100, 3),
                message="You divided the total growth by two. Growth compounds: use your "
                "function `required_growth`."),
        Mistake(answer=round(_cagr(_ICT_2024, 1_000, 3), 3),
                message="From 2024 to 2026 is two years, not three: 2026 - 2024 = 2."),
    ],
    reference=Solution(
        code='ict_2024 = digital.loc[(digital["indicator_id"] == "ict_service_exports_usd") '
        '& (digital["year"] == 2024), "value"].item() / 1e6\n'
        "growth_to_2026 = ((1_000 / ict_2024) ** (1 / 2) - 1) * 100",
        explanation="From 855.30 million in 2024 to 1,000 million in 2026 is two years: "
        "(1000 / 855.30) ** (1/2) - 1 = 0.081, about 8.1% a year. With your function: "
        "`required_growth(ict_2024, 1_000, 2)`.",
    ),
)

# ------------------------------------------------------------------ q6: a rank is relative
q6 = ChoiceQuestion(
    id="ex08.q6",
    prompt="Between 2014 and 2016 Kazakhstan fell from 28th to 33rd place in the EGDI ranking "
    "(the table above). **Which reading do the data support?**",
    options={
        "a": "E-government in Kazakhstan got much worse between 2014 and 2016.",
        "b": "Kazakhstan's index hardly changed while other countries moved past it: a rank is "
        "relative, and the UN's method can also change between surveys.",
        "c": "The ranking must be wrong, because Kazakhstan's policy did not change in those "
        "years.",
        "d": "Kazakhstan's index fell by 5 points.",
    },
    answer="b",
    diagnostics={
        "a": "Look at the index, not only the rank: it went from 0.72827 to 0.72499, a change "
        "of less than 0.004 on a scale from 0 to 1. The rank fell because other countries "
        "scored higher.",
        "c": "The data cannot tell us whether the policy changed, and a rank does not measure "
        "policy. It compares countries with each other in one survey.",
        "d": "5 is the change in *rank* (places), not in the index. The index is between 0 and "
        "1 and fell by less than 0.004.",
    },
    hints=[
        "Compare the two rows for 2014 and 2016: how much did the index change, and how much "
        "did the rank change?",
        "Can a country fall in rank if its own score does not change?",
    ],
    why="The index stayed at about 0.73 while the rank fell by five places: other countries "
    "improved faster. Compare levels with the index and positions with the rank.",
    reference=Solution(
        code='rank_reading = "b"',
        explanation="The EGDI index went from 0.72827 (2014) to 0.72499 (2016), almost no "
        "change, while the rank went from 28 to 33. A rank depends on all the other countries, "
        "and the UN changes its method between surveys.",
    ),
)

# ------------------------------------------------------------------ q7: write a fact-check
q7 = ReflectionQuestion(
    id="ex08.q7",
    prompt="Write a short **fact-check** (120-200 words) of the claim *\"Kazakhstan's IT exports "
    "reached 1 billion US dollars in 2025\"* for a student newspaper. Use the data: say what the "
    "claim rests on, which statistic exists (with its definition, year and value), what growth "
    "2025 would have needed, and give a verdict in one of the claims ledger's words "
    "(confirmed, source found, unverified, contradicted). End with a sentence that a journalist "
    "could print instead.",
    model_answer="Verdict: source found, but the source is a forecast, so the claim is not "
    "shown. The figure comes from the Deputy Prime Minister, who said in about December 2025 "
    "that IT services exports were expected to reach 1 billion US dollars in 2025 (reported by "
    "Kazinform): an expectation made before the year ended, not a measured result. The original "
    "target, set in the President's Address of 1 September 2023, was 1 billion by 2026. The "
    "only statistic is the World Bank's balance-of-payments series of ICT service exports "
    "(BX.GSR.CCIS.CD): 855.3 million US dollars in 2024, 18.5% more than in 2023. It counts "
    "computer, telecommunication and information services sold to non-residents; the "
    "government's 'IT services exports' is not defined, so the two measures may differ. On the "
    "statistic's measure, 1 billion in 2025 would have needed growth of about 16.9% (our "
    "calculation): possible, but not measured, because the data stop in 2024. A sentence a "
    "journalist could print: 'The government expected IT services exports to reach 1 billion "
    "US dollars in 2025; the latest statistic, for 2024, shows 855.3 million US dollars of ICT "
    "service exports.' Check again when the balance of payments for 2025 is published.",
    rubric=[
        "names the source of the claim and calls it a forecast (an expectation), not a statistic;",
        "mentions the original target (1 billion by 2026) and keeps target and forecast apart;",
        "gives the statistic with its name, year and value: balance-of-payments ICT service "
        "exports, 855.3 million US dollars in 2024;",
        "puts the two definitions side by side and says that 'IT services exports' is not "
        "defined, so the measures may differ;",
        "uses a computed figure, labelled as its own calculation (for example the 16.9% growth "
        "needed in 2025, or the 18.5% growth of 2024);",
        "gives a verdict in the ledger's words and a corrected sentence, and says when the claim "
        "could be checked (when the 2025 statistic is published).",
    ],
    min_words=80,
    hints=[
        "Start from the rows of `timeline` whose `event_id` contains \"it_\": which are targets, "
        "which are forecasts, and who said them when?",
        "Then the statistic: the rows of `digital` with `indicator_id` "
        "`\"ict_service_exports_usd\"`. What is the latest year?",
        "A useful verdict says what *would* settle the question, and when.",
    ],
)

QUESTIONS = (q1, q2, q3, q4, q5, q6, q7)
