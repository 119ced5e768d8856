"""Answer key for ``exercises/02-labour-market-in-data.ipynb``: pandas work on Kazakhstan's
labour market tables, after lesson 02.

The questions use four bundled tables: ``unemployment_by_region``, ``wages``,
``employment_by_sector`` and ``occupation_gender_shares``.
"""

from __future__ import annotations

import pandas as pd

from kzdata.exercises import (
    FrameQuestion,
    Mistake,
    NumberQuestion,
    ReflectionQuestion,
    SeriesQuestion,
    Solution,
    TextQuestion,
    when,
)

NOTEBOOK = "exercises/02-labour-market-in-data.ipynb"

SETUP = """\
import kzdata
from kzdata.exercises import ex02, ____
regions = kzdata.load("unemployment_by_region")
wages = kzdata.load("wages")
sectors = kzdata.load("employment_by_sector")
gender = kzdata.load("occupation_gender_shares")
"""


def _load(name: str) -> pd.DataFrame:
    import kzdata

    return kzdata.load(name)


# ------------------------------------------------------------------------------- regions
q1 = NumberQuestion(
    id="ex02.q1",
    prompt="What was the range of the regional unemployment rates in 2022 (the highest rate "
    "minus the lowest), in percentage points? Use regions and cities only: leave out the "
    "national total (`region_type` `\"country\"`).",
    expected=0.9,
    abs_tol=0.05,
    hints=[
        'Keep the rows with `year == 2022` and `region_type != "country"`.',
        'Then take the column `"unemployment_rate_pct"` and compute `.max() - .min()`.',
        'In full: `in_2022 = regions[(regions["year"] == 2022) & (regions["region_type"] != '
        '"country")]`, then `in_2022["unemployment_rate_pct"].max() - '
        'in_2022["unemployment_rate_pct"].min()`.',
    ],
    why="5.2% (Turkestan region) minus 4.3% (Ulytau region) is 0.9 percentage points: far less "
    "than the 6.6 points of 2001. (Python may show 0.9000000000000004: computers store "
    "decimals with tiny errors, so round it.)",
    mistakes=[
        Mistake(answer=0.7, message="That is the range of 2021. Filter the year 2022."),
        Mistake(answer=6.6, message="That is the range of 2001, from the lesson. Filter the "
                "year 2022."),
        Mistake(answer=5.2, message="That is the highest rate only. The range is the highest "
                "rate minus the lowest rate."),
        Mistake(answer=4.3, message="That is the lowest rate only. The range is the highest "
                "rate minus the lowest rate."),
        Mistake(answer=-0.9, message="You subtracted the other way round: the range is the "
                "highest rate minus the lowest, a positive number."),
    ],
    reference=Solution(
        code='in_2022 = regions[(regions["year"] == 2022) & (regions["region_type"] != "country")]\n'
        'range_2022 = in_2022["unemployment_rate_pct"].max() - in_2022["unemployment_rate_pct"].min()',
        explanation="Two conditions joined with `&` (each in brackets) keep the regions and "
        "cities of 2022; `.max() - .min()` gives the range. The national rate (4.9%) lies "
        "between the two, so keeping it would not change the answer here, but it is not a "
        "region.",
    ),
)

q2 = TextQuestion(
    id="ex02.q2",
    prompt="Which region or city had the highest unemployment rate in 2022? Give its name "
    "exactly as in the column `region`.",
    expected="Turkestanskaya",
    accept=("Turkestan", "Turkestan region", "turkestan_region"),
    hints=[
        "Start from the table of 2022 that you made for question 1.",
        '`.idxmax()` gives the label of the largest value. Put the region names in the index '
        'first: `in_2022.set_index("region")["unemployment_rate_pct"].idxmax()`.',
    ],
    why="Turkestan region had 5.2% in 2022. Its values for 2010-2017 are BNS estimates, but the "
    "2022 value is a survey result (column `estimated`).",
    mistakes=[
        Mistake(answer="Ulytau", message="Ulytau has the lowest rate in 2022, not the highest."),
        Mistake(answer="Kyzylordinskaya", message="Kyzylorda region had the highest rate in "
                "2001, in the lesson. Look at 2022."),
    ],
    reference=Solution(
        code='in_2022 = regions[(regions["year"] == 2022) & (regions["region_type"] != "country")]\n'
        'highest_region = in_2022.set_index("region")["unemployment_rate_pct"].idxmax()',
        explanation='`set_index("region")` puts the names in the index, so `.idxmax()` '
        "returns the name of the region with the largest value. (The first line repeats the "
        "table of question 1.)",
    ),
)

# ---------------------------------------------------------------------------------- wages
q3 = NumberQuestion(
    id="ex02.q3",
    prompt="In 2023, by how many tenge a month was the mean wage of men higher than the mean "
    "wage of women? Use the rows with `measure` `\"average_monthly_nominal\"`.",
    expected=107571,
    abs_tol=0.5,
    hints=[
        'Keep the rows with `measure == "average_monthly_nominal"`, `year == 2023` and `sex` '
        'equal to `"men"` or `"women"`: `wages["sex"].isin(["men", "women"])`.',
        'Put `sex` in the index and take the wage: `.set_index("sex")["wage_kzt"]`. Then '
        'subtract: `w["men"] - w["women"]`.',
    ],
    why="418,788 KZT minus 311,217 KZT is 107,571 KZT a month: women's mean wage was about "
    "74% of men's. It is a gap between means, so it mixes pay differences within occupations "
    "with differences in the occupations and sectors where women and men work.",
    mistakes=[
        Mistake(answer=89429, message="That is the gap of 2022. Filter the year 2023."),
        Mistake(answer=-107571, message="You subtracted the other way round: men minus women "
                "gives a positive gap."),
        Mistake(answer=74.3, message="That is women's wage as a percentage of men's. The "
                "question asks for the difference in tenge: subtract, do not divide."),
    ],
    checks=[
        when(lambda a: 0 < float(a) < 1, "Your answer is a ratio between 0 and 1. The question "
             "asks for the difference in tenge: subtract, do not divide."),
    ],
    reference=Solution(
        code='w = wages[(wages["measure"] == "average_monthly_nominal") & (wages["year"] == 2023)\n'
        '          & wages["sex"].isin(["men", "women"])].set_index("sex")["wage_kzt"]\n'
        'wage_gap_2023 = w["men"] - w["women"]',
        explanation="Filtering leaves two rows, men and women; with `sex` as the index you can "
        "pick each wage by name and subtract.",
    ),
)

# ----------------------------------------------------------------- official vs modelled


def _services_gap() -> pd.Series:
    sectors = _load("employment_by_sector")
    services = sectors[(sectors["sector_scheme"] == "three_sector") & (sectors["sex"] == "total")
                       & (sectors["sector"] == "services")]
    wide = services.pivot(index="year", columns="series", values="share_pct").dropna()
    return wide["modelled"] - wide["official"]


q4 = SeriesQuestion(
    id="ex02.q4",
    prompt="Make a Series `services_gap`: for each year from 2001 to 2020, the modelled share "
    "of services minus the official share, in percentage points, with the year as its index.",
    expected=_services_gap,
    atol=1e-6,
    checks=[
        when(lambda s: len(s) == 35, "Your Series has all 35 years from 1991 to 2025, and most "
             "are NaN (missing). Keep only the years with both series: add `.dropna()` after "
             "`.pivot(...)`."),
        when(lambda s: len(s) == 20 and abs(s.loc[2014]) > 2.5, "Your values match another "
             "sector. Keep only the rows with `sector == \"services\"`."),
        when(lambda s: len(s) == 20 and s.loc[2014] > 0, "Your gap has the wrong sign: in 2014 "
             "the modelled services share is below the official one. Compute modelled minus "
             "official."),
    ],
    hints=[
        'Keep the rows of the three-sector split for all employed people and the sector '
        '`"services"`: `sector_scheme == "three_sector"`, `sex == "total"`, '
        '`sector == "services"`.',
        'Put one series in each column: `.pivot(index="year", columns="series", '
        'values="share_pct")`, then `.dropna()` to keep 2001-2020.',
        'Subtract the columns: `wide["modelled"] - wide["official"]`.',
    ],
    why="The two services series are equal (to 0.01 points) in 2009-2013, 2015 and 2017, "
    "within 0.7 points in the other years, and 2.28 points apart in 2014, the year of the "
    "break.",
    mistakes=[
        Mistake(
            code='services = sectors[(sectors["sector_scheme"] == "three_sector") & (sectors["sex"] == "total") & (sectors["sector"] == "services")]\n'
            'wide = services.pivot(index="year", columns="series", values="share_pct")\n'
            'services_gap = wide["modelled"] - wide["official"]',
            message="Keep only the years with both series: add `.dropna()`",
        ),
        Mistake(
            code='services = sectors[(sectors["sector_scheme"] == "three_sector") & (sectors["sex"] == "total") & (sectors["sector"] == "services")]\n'
            'wide = services.pivot(index="year", columns="series", values="share_pct").dropna()\n'
            'services_gap = wide["official"] - wide["modelled"]',
            message="Your gap has the wrong sign",
        ),
        Mistake(
            code='agri = sectors[(sectors["sector_scheme"] == "three_sector") & (sectors["sex"] == "total") & (sectors["sector"] == "agriculture")]\n'
            'wide = agri.pivot(index="year", columns="series", values="share_pct").dropna()\n'
            'services_gap = wide["modelled"] - wide["official"]',
            message="Your values match another sector.",
        ),
    ],
    reference=Solution(
        code='services = sectors[(sectors["sector_scheme"] == "three_sector") & (sectors["sex"] == "total")\n'
        '                   & (sectors["sector"] == "services")]\n'
        'wide = services.pivot(index="year", columns="series", values="share_pct").dropna()\n'
        'services_gap = wide["modelled"] - wide["official"]',
        explanation="`pivot` puts the official and the modelled share of each year side by "
        "side; `dropna()` keeps the 20 years that have both; subtracting two columns gives one "
        "gap per year.",
    ),
)

q5 = NumberQuestion(
    id="ex02.q5",
    prompt="Leave out 2014, the year of the break. In which other year is the services gap "
    "largest in size (ignoring whether it is positive or negative)?",
    expected=2006,
    hints=[
        "`services_gap.drop(2014)` removes the year 2014.",
        "Size without the sign is the absolute value: `.abs()`. Then `.idxmax()` gives the year "
        "of the largest value: `services_gap.drop(2014).abs().idxmax()`.",
    ],
    why="In 2006 the modelled services share is 0.70 points below the official one; 2007 is "
    "almost the same (0.69). Apart from 2014, the two series never differ by more than 0.7 "
    "points.",
    mistakes=[
        Mistake(answer=2014, message="You kept 2014. Remove it first with `.drop(2014)`."),
        Mistake(answer=2016, message="2016 has the largest positive gap. The question asks for "
                "the largest size, ignoring the sign: use `.abs()` before `.idxmax()`."),
        Mistake(answer=2002, message="2002 is the year of agriculture's largest gap outside "
                "2014, from the lesson. Use your `services_gap`."),
    ],
    reference=Solution(
        code='services = sectors[(sectors["sector_scheme"] == "three_sector") & (sectors["sex"] == "total")\n'
        '                   & (sectors["sector"] == "services")]\n'
        'wide = services.pivot(index="year", columns="series", values="share_pct").dropna()\n'
        'services_gap = wide["modelled"] - wide["official"]\n'
        "largest_gap_year = services_gap.drop(2014).abs().idxmax()",
        explanation="The first four lines repeat question 4. `.drop(2014)` removes the break "
        "year, `.abs()` turns -0.70 into 0.70, and `.idxmax()` returns the index label (the "
        "year) of the largest value.",
    ),
)

# ------------------------------------------------------------------- suspect rows


def _clerical_women() -> pd.DataFrame:
    gender = _load("occupation_gender_shares")
    rows = gender[(gender["isco08_major_group"] == "4") & (gender["sex"] == "female")
                  & ~gender["suspect"]]
    return rows[["year", "share_pct"]]


q6 = FrameQuestion(
    id="ex02.q6",
    prompt="Make a table `clerical_women` with women's share of clerical support workers "
    "(group `\"4\"`) in every usable year: leave out the rows marked suspect. Keep only the "
    "columns `year` and `share_pct`.",
    expected=_clerical_women,
    checks=[
        when(lambda df: len(df) == 0, "Your table is empty. The group codes are text: compare "
             "with `\"4\"` in quotes."),
        when(lambda df: 2011 in set(df["year"].astype(int)), "Your table still has 2011, whose "
             "values are marked suspect. Add the condition `~gender[\"suspect\"]`."),
        when(lambda df: df["year"].duplicated().any(), "Some years appear twice: did you keep "
             "the men's rows too? Add the condition `gender[\"sex\"] == \"female\"`."),
    ],
    hints=[
        'Three conditions, joined with `&`: the group is `"4"`, the sex is `"female"`, and the '
        'row is not suspect.',
        '"Not suspect" is written `~gender["suspect"]`: `~` turns True into False.',
        'Then keep two columns with double brackets: `[["year", "share_pct"]]`.',
    ],
    why="19 years remain: 2001 to 2020 without 2011. Leaving out a value you know is wrong, "
    "and saying so, is better than using it.",
    mistakes=[
        Mistake(
            code='clerical_women = gender[(gender["isco08_major_group"] == "4") & (gender["sex"] == "female")][["year", "share_pct"]]',
            message="Your table still has 2011",
        ),
        Mistake(
            code='clerical_women = gender[(gender["isco08_major_group"] == "4") & ~gender["suspect"]][["year", "share_pct"]]',
            message="Some years appear twice",
        ),
        Mistake(
            code='clerical_women = gender[(gender["isco08_major_group"] == 4) & (gender["sex"] == "female") & ~gender["suspect"]][["year", "share_pct"]]',
            message="Your table is empty.",
        ),
        Mistake(
            code='clerical_women = gender[(gender["isco08_major_group"] == "4") & (gender["sex"] == "female") & ~gender["suspect"]]',
            message="Keep only the columns asked for.",
        ),
    ],
    reference=Solution(
        code='clerical_women = gender[(gender["isco08_major_group"] == "4") & (gender["sex"] == "female")\n'
        '                        & ~gender["suspect"]][["year", "share_pct"]]',
        explanation="Each condition is in brackets and they are joined with `&`; "
        '`~gender["suspect"]` keeps the rows that are not suspect. The double brackets keep '
        "two columns.",
    ),
)

# ----------------------------------------------------------------------------- reflection
q7 = ReflectionQuestion(
    id="ex02.q7",
    prompt="You are writing a short report on how the share of agriculture in employment "
    "changed in Kazakhstan from 2001 to 2020. Which series would you use, the official BNS "
    "series or the ILO modelled series, and why? What would you write about 2014?",
    model_answer="I would use the official BNS series, because it is Kazakhstan's own "
    "statistic from its labour force survey, it covers every year from 2001 to 2020, and "
    "readers in Kazakhstan will know its source. I would say that agriculture's share fell "
    "from 35.0% to 13.5%, a fall of 21.5 percentage points. I would also warn that the "
    "series has a break between 2013 and 2014, probably a change of method, so the fall of "
    "5.3 points in that single year should not be read as a real change; over 2013-2015 the "
    "official and the modelled series fall by the same 6.2 points. I would name the series in "
    "every chart and mention the modelled series as a check. If I compared Kazakhstan with "
    "other countries, I would use the ILO modelled series instead, because it is built to be "
    "comparable across countries.",
    rubric=[
        "names one series and gives a reason tied to what that series is (official survey "
        "statistic, or a model built for comparability);",
        "states the change with its unit (percentage points) and the years;",
        "explains the 2014 break and says that one year's jump should not be read as a real "
        "change;",
        "says when the other series would be the better choice, or uses it as a check;",
        "names the source of every figure it gives.",
    ],
    min_words=40,
    hints=[
        "Think about who made each series and why: BNS measures Kazakhstan with its own "
        "survey; the ILO builds series that can be compared across countries.",
        "Look back at the table of gaps in lesson 02: what happens to each series from 2013 to "
        "2015?",
    ],
)

QUESTIONS = (q1, q2, q3, q4, q5, q6, q7)
