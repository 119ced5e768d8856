"""Answer key for ``exercises/07-trades-in-kazakhstan.ipynb``: testing "young people are moving
into the trades" with Kazakhstan's own data, after lesson 07.

The questions use three bundled tables: ``education`` (TVET and university students),
``wages`` (mean wages by occupation group and region, 2022) and ``employment_headlines``.
"""

from __future__ import annotations

import pandas as pd

from kzdata.exercises import (
    ChoiceQuestion,
    Mistake,
    NumberQuestion,
    ReflectionQuestion,
    SeriesQuestion,
    Solution,
    TextQuestion,
    when,
)

NOTEBOOK = "exercises/07-trades-in-kazakhstan.ipynb"

SETUP = """\
import kzdata
from kzdata.exercises import ex07, ____
education = kzdata.load("education")
wages = kzdata.load("wages")
headlines = kzdata.load("employment_headlines")
"""


def _load(name: str) -> pd.DataFrame:
    import kzdata

    return kzdata.load(name)


# ------------------------------------------------------------------------ TVET, one scope
_TVET_YEARS = {"2020-21", "2021-22", "2022-23", "2024-25", "2025-26"}


def _tvet_students() -> pd.Series:
    education = _load("education")
    rows = education[(education["level"] == "tvet") & (education["metric"] == "students")
                     & (education["scope"] == "all_tvet_organisations")]
    return rows.set_index("academic_year")["value"]


q1 = SeriesQuestion(
    id="ex07.q1",
    prompt="Make a Series `tvet_students`: the number of TVET students in all TVET organisations, "
    "one value per academic year, with the academic year (for example `\"2021-22\"`) as its "
    "index. Use only rows with the metric `\"students\"` and the scope "
    "`\"all_tvet_organisations\"`.",
    expected=_tvet_students,
    checks=[
        when(lambda s: s.index.duplicated().any(),
             "Some academic years appear more than once: your Series has several figures per "
             "year. Keep only the TVET rows (`level` `\"tvet\"`) with the metric `\"students\"`."),
        when(lambda s: "2023-24" in set(map(str, s.index)),
             "Your Series has a value for 2023-24. That row is the np.kz report, whose scope is "
             "not verified (`scope_not_verified`). Keep only the scope "
             "`\"all_tvet_organisations\"`."),
        when(lambda s: len(s) == 5 and set(map(str, s.index)) != _TVET_YEARS,
             "Your Series has five values, but its index is not the academic year. Put the "
             "column `academic_year` in the index with `.set_index(\"academic_year\")`."),
    ],
    hints=[
        "Three conditions, each in brackets, joined with `&`: the level is `\"tvet\"`, the "
        "metric is `\"students\"`, the scope is `\"all_tvet_organisations\"`.",
        "Then put the academic year in the index and keep the column `value`: "
        "`.set_index(\"academic_year\")[\"value\"]`.",
    ],
    why="Five academic years remain: 2020-21 to 2022-23, 2024-25 and 2025-26. 2023-24 is "
    "missing because no official total is in our sources; the np.kz figure has another scope, "
    "and so do the colleges-only rows.",
    mistakes=[
        Mistake(
            code='tvet_students = education[(education["level"] == "tvet") & (education["metric"] == "students")].set_index("academic_year")["value"]',
            message="Your Series has a value for 2023-24.",
        ),
        Mistake(
            code='tvet_students = education[(education["level"] == "tvet") & (education["scope"] == "all_tvet_organisations")].set_index("academic_year")["value"]',
            message="Some academic years appear more than once",
        ),
        Mistake(
            code='tvet_students = education[(education["level"] == "tvet") & (education["metric"] == "students") & (education["scope"] == "all_tvet_organisations")]["value"]',
            message="its index is not the academic year",
        ),
    ],
    reference=Solution(
        code='rows = education[(education["level"] == "tvet") & (education["metric"] == "students")\n'
        '                 & (education["scope"] == "all_tvet_organisations")]\n'
        'tvet_students = rows.set_index("academic_year")["value"]',
        explanation="The three conditions keep the five official TVET totals; `set_index` puts "
        "the academic year in the index, so you can pick a year with "
        "`tvet_students[\"2021-22\"]`.",
    ),
)

# 494,042 students in 2021-22 (BNS); 562 thousand in 2025-26 (Kazinform citing BNS);
# 355.2 thousand in colleges only in 2025-26 (Kazpravda citing BNS).
_TVET_2021, _TVET_2025, _COLLEGES_2025, _TVET_2020 = 494_042, 562_000, 355_200, 477_539

q2 = NumberQuestion(
    id="ex07.q2",
    prompt="By what percentage did the number of TVET students grow from 2021-22 to 2025-26? "
    "Use your Series `tvet_students`, so that both years have the same scope.",
    expected=100 * (_TVET_2025 / _TVET_2021 - 1),
    abs_tol=0.1,
    checks=[
        when(lambda a: 0 < float(a) < 2,
             "Your answer looks like a ratio (new / old). Growth in percent is "
             "100 * (new / old - 1)."),
    ],
    hints=[
        "Pick the two years from your Series: `tvet_students[\"2021-22\"]` and "
        "`tvet_students[\"2025-26\"]`.",
        "Growth in percent is 100 * (new / old - 1).",
    ],
    why="562,000 / 494,042 is 1.138: about 13.8% more students in four academic years (our "
    "calculation). Both figures cover all TVET organisations; the 2025-26 one is a news report "
    "citing BNS, rounded to the thousand.",
    mistakes=[
        Mistake(
            answer=100 * (_COLLEGES_2025 / _TVET_2021 - 1),
            message="You used the colleges-only count for 2025-26 (355.2 thousand). Colleges are "
            "a part of all TVET organisations, so this compares two different things. Use "
            "`tvet_students[\"2025-26\"]`.",
        ),
        Mistake(
            answer=100 * (_TVET_2025 / _TVET_2020 - 1),
            message="That is the growth from 2020-21, as in the lesson. This question starts "
            "in 2021-22.",
        ),
        Mistake(
            answer=_TVET_2025 - _TVET_2021,
            message="That is the growth in students (persons). The question asks for a "
            "percentage of the 2021-22 count.",
        ),
        Mistake(
            answer=100 * _TVET_2025 / _TVET_2021,
            message="That is the 2025-26 count as a percentage of the 2021-22 count. Subtract "
            "100 to get the growth.",
        ),
    ],
    reference=Solution(
        code='rows = education[(education["level"] == "tvet") & (education["metric"] == "students")\n'
        '                 & (education["scope"] == "all_tvet_organisations")]\n'
        'tvet_students = rows.set_index("academic_year")["value"]\n'
        'tvet_growth_pct = 100 * (tvet_students["2025-26"] / tvet_students["2021-22"] - 1)',
        explanation="The first three lines repeat question 1. Dividing the new count by the old "
        "one and subtracting 1 gives the growth as a share; times 100 it is a percentage: 13.8%.",
    ),
)

# --------------------------------------------------------------------- wages by region
_GROUPS = {"isco4_clerical_support": "clerical", "isco7_craft_trades": "craft",
           "isco8_plant_machine_operators": "operators"}


def _wide() -> pd.DataFrame:
    wages = _load("wages")
    w22 = wages[(wages["table_part"] == "by_occupation_region") & wages["flag"].isna()
                & (wages["region"] != "Republic of Kazakhstan")]
    w22 = w22[w22["occupation_group"].isin(list(_GROUPS))]
    return w22.pivot(index="region", columns="occupation_group", values="wage_kzt").rename(columns=_GROUPS)


def _craft_to_clerical() -> pd.Series:
    wide = _wide()
    return (wide["craft"] / wide["clerical"]).astype("float64")


q3 = SeriesQuestion(
    id="ex07.q3",
    prompt="Make a Series `craft_to_clerical`: for each of the 20 regions and cities in 2022, the "
    "mean wage of craft workers (`occupation_group` `\"isco7_craft_trades\"`) divided by the mean "
    "wage of clerical workers (`\"isco4_clerical_support\"`), with the region as its index. "
    "Use the rows with `table_part` `\"by_occupation_region\"`, leave out flagged rows (column "
    "`flag`), and leave out the national row `\"Republic of Kazakhstan\"`.",
    expected=_craft_to_clerical,
    atol=1e-6,
    checks=[
        when(lambda s: "Republic of Kazakhstan" in set(map(str, s.index)),
             "Your Series has the national row, \"Republic of Kazakhstan\". The question asks "
             "for regions and cities only: add `wages[\"region\"] != \"Republic of Kazakhstan\"`."),
        when(lambda s: len(s) == 20 and (s < 1).sum() > 10,
             "Most of your values are below 1: did you divide clerical by craft? The question "
             "asks for craft / clerical."),
    ],
    hints=[
        "Keep the rows of the 2022 table (`table_part == \"by_occupation_region\"`) that are not "
        "flagged (`wages[\"flag\"].isna()`) and are not the national row.",
        "Put the occupation groups side by side with `.pivot(index=\"region\", "
        "columns=\"occupation_group\", values=\"wage_kzt\")`.",
        "Divide one column by the other: `wide[\"isco7_craft_trades\"] / "
        "wide[\"isco4_clerical_support\"]`.",
    ],
    why="In 18 of the 20 regions the ratio is above 1: craft workers earned more than clerks. "
    "Astana city (0.87) and Almaty city (0.98) are the exceptions. The two flagged values are "
    "not wages of groups 4 or 7, so leaving them out changes nothing here, but it is the habit "
    "that protects you when it does.",
    mistakes=[
        Mistake(
            code='w22 = wages[(wages["table_part"] == "by_occupation_region") & wages["flag"].isna()]\n'
            'wide = w22.pivot(index="region", columns="occupation_group", values="wage_kzt")\n'
            'craft_to_clerical = wide["isco7_craft_trades"] / wide["isco4_clerical_support"]',
            message="Your Series has the national row",
        ),
        Mistake(
            code='w22 = wages[(wages["table_part"] == "by_occupation_region") & wages["flag"].isna() & (wages["region"] != "Republic of Kazakhstan")]\n'
            'wide = w22.pivot(index="region", columns="occupation_group", values="wage_kzt")\n'
            'craft_to_clerical = wide["isco4_clerical_support"] / wide["isco7_craft_trades"]',
            message="did you divide clerical by craft?",
        ),
        Mistake(
            code='w22 = wages[(wages["table_part"] == "by_occupation_region") & wages["flag"].isna() & (wages["region"] != "Republic of Kazakhstan")]\n'
            'wide = w22.pivot(index="region", columns="occupation_group", values="wage_kzt")\n'
            'craft_to_clerical = wide["isco8_plant_machine_operators"] / wide["isco4_clerical_support"]',
            message="values that differ from the expected ones",
        ),
    ],
    reference=Solution(
        code='w22 = wages[(wages["table_part"] == "by_occupation_region") & wages["flag"].isna()\n'
        '            & (wages["region"] != "Republic of Kazakhstan")]\n'
        'wide = w22.pivot(index="region", columns="occupation_group", values="wage_kzt")\n'
        'craft_to_clerical = wide["isco7_craft_trades"] / wide["isco4_clerical_support"]',
        explanation="The filter keeps the unflagged rows of the 20 regions; `pivot` gives one "
        "row per region and one column per occupation group, so dividing two columns compares "
        "the two groups inside each region.",
    ),
)


q4 = TextQuestion(
    id="ex07.q4",
    prompt="In which region did machine operators (`\"isco8_plant_machine_operators\"`) earn the "
    "most **relative to** clerical workers in 2022? Give its name exactly as in the column "
    "`region`, or compute it.",
    expected="Mangystau Region",
    accept=("Mangystau",),
    hints=[
        "Make the same kind of Series as in question 3, but with the operators' column on top.",
        "`.idxmax()` gives the label (here the region) of the largest value: "
        "`(wide[\"isco8_plant_machine_operators\"] / wide[\"isco4_clerical_support\"]).idxmax()`.",
    ],
    why="In Mangystau Region machine operators earned 2.87 times the clerical mean wage in 2022, "
    "the highest ratio of all regions. Mangystau is an oil and gas region; a regional mean mixes "
    "the industries of the region, so this is not the same job paid differently.",
    mistakes=[
        Mistake(answer="Astana city", message="Astana city has the lowest ratio, not the "
                "highest: use `.idxmax()`, not `.idxmin()`."),
        Mistake(answer="Atyrau Region", message="Atyrau has the highest mean wage of all staff, "
                "but relative to clerks its operators earn only about 1.09 times as much. "
                "Divide the operators' wage by the clerical wage first."),
        Mistake(answer="Republic of Kazakhstan", message="That is the whole country, not a "
                "region. Leave out the national row."),
    ],
    reference=Solution(
        code='w22 = wages[(wages["table_part"] == "by_occupation_region") & wages["flag"].isna()\n'
        '            & (wages["region"] != "Republic of Kazakhstan")]\n'
        'wide = w22.pivot(index="region", columns="occupation_group", values="wage_kzt")\n'
        'top_operator_region = (wide["isco8_plant_machine_operators"]\n'
        '                       / wide["isco4_clerical_support"]).idxmax()',
        explanation="The first three lines repeat question 3. Dividing the operators' column by "
        "the clerical column gives one ratio per region; `.idxmax()` returns the region with the "
        "largest one.",
    ),
)

# ------------------------------------------------------------------------ reading bases
q5 = ChoiceQuestion(
    id="ex07.q5",
    prompt="For 2024-25, BNS gives 68.4% of TVET students on state-funded places. A news report "
    "of a 'Data Hub' study gives 73% of TVET entrants on state-funded places in the same year. "
    "Which statement is right?",
    options={
        "a": "One of the two figures must be wrong, because they differ by 4.6 points.",
        "b": "Both can be right: 68.4% is a share of all students, 73% a share of new entrants "
        "only, so they have different bases.",
        "c": "The 73% is more recent, so it replaces the 68.4%.",
        "d": "The average, about 70.7%, is the best estimate of the true share.",
    },
    answer="b",
    diagnostics={
        "a": "Two shares with different bases can differ without either being wrong. Read the "
        "metric names in `education`: `state_funded_share` and `state_funded_share_of_admitted`.",
        "c": "Both refer to 2024-25. They are not two measurements of one thing; they describe "
        "two different groups of students.",
        "d": "Averaging two shares with different bases gives a number that describes no group "
        "at all.",
    },
    hints=[
        "Find both rows in `education` and read the column `metric` and the column `note`.",
    ],
    why="All students include students who entered in earlier years; entrants are only this "
    "year's first-year students. The bases differ, so the shares can differ, for example if a "
    "larger share of this year's entrants got state-funded places than in earlier years.",
    reference=Solution(
        code='base_choice = "b"',
        explanation="`state_funded_share` (68.4%) has all TVET students as its base; "
        "`state_funded_share_of_admitted` (73%) has the new entrants of 2024-25 only.",
    ),
)

q6 = ChoiceQuestion(
    id="ex07.q6",
    prompt="The BNS decent-work series gives a NEET share of 7.1% for young people aged 15-28 in "
    "2020. A news report citing BNS gives a NEET share of 7.1% for 2023 Q4, without an age band. "
    "What can you conclude?",
    options={
        "a": "The NEET share did not change from 2020 to 2023.",
        "b": "Nothing about a change: the two figures may cover different ages (15-28 against an "
        "age band that is not stated), and a year is compared with one quarter.",
        "c": "The NEET share rose, because the 2023 figure covers more people.",
        "d": "The news report copied the 2020 figure by mistake.",
    },
    answer="b",
    diagnostics={
        "a": "Equal numbers are not the same measure. If the 2023 figure is for 15-34, as BNS "
        "youth figures in these releases often are, it describes a different group of people.",
        "c": "A wider age band does not tell you whether the share rose or fell: the share of "
        "NEET among 29-34-year-olds could be higher or lower than among 15-28-year-olds.",
        "d": "Nothing supports this. The report also gives 379.3 thousand NEET young people in "
        "2023 Q4, a figure that is not in the 2020 series. Equal numbers can be a coincidence.",
    },
    hints=[
        "Look at the column `age_band` of the NEET rows in `headlines`, and at their `note`.",
    ],
    why="Two figures can be compared only if they measure the same thing: the same ages, the "
    "same kind of period and, ideally, the same source. Here none of these is certain.",
    reference=Solution(
        code='neet_choice = "b"',
        explanation="The age band of the 2023 figure is not stated, and an annual figure is "
        "not the same as a quarterly one. The card of `employment_headlines` says not to join "
        "the two series.",
    ),
)

# ----------------------------------------------------------------------------- reflection
q7 = ReflectionQuestion(
    id="ex07.q7",
    prompt="What data would show a real shift of young people in Kazakhstan into the trades? "
    "Name the figures you would need, from which kind of source, for which years, and explain "
    "what pattern in them would count as a shift.",
    model_answer="I would need official BNS data for several years in a row, with the same "
    "definitions and scope every year, and with missing years shown as missing. First, the "
    "share of each age group in TVET, not only the count: the number of TVET students divided "
    "by the number of young people of that age, so that demography is taken out. Second, "
    "enrolment and admissions by field, to separate trades such as welding, construction and "
    "machine operation from other TVET programmes like nursing or software, and split into "
    "state-funded and paid places, to see whether young people choose trades also when the "
    "state does not add free places. Third, university admissions over the same years. Fourth, "
    "employment of young people by occupation (ISCO groups 7 and 8) from the labour force "
    "survey, to see whether they actually work in trades after their studies. A shift would "
    "be a rising share of young people entering trades, on paid as well as free places, and "
    "working in them, over several years, while the share entering universities falls. A "
    "repeated survey of school leavers with the same question and a random sample would add "
    "their reasons. A US survey or one Kazakh survey at one time would not be enough.",
    rubric=[
        "asks for shares with a denominator (the number of young people of that age), not "
        "only counts of students;",
        "separates the trades from other TVET fields, or asks for employment by occupation "
        "(groups 7 and 8);",
        "asks for several years with the same definitions and scope, and says what pattern "
        "would count as a shift;",
        "names Kazakhstan's own sources (BNS, the labour force survey, admissions data) and "
        "explains why a US survey is not evidence for Kazakhstan;",
        "considers at least one other explanation to rule out: demography, more state-funded "
        "places, or students moving from college to university.",
    ],
    min_words=60,
    hints=[
        "Start from the lesson's verdict table: for each prediction, which missing number "
        "stopped us from deciding?",
        "Think of a share as 'how many out of how many'. For each figure you want, say what the "
        "'out of how many' is.",
    ],
)

QUESTIONS = (q1, q2, q3, q4, q5, q6, q7)
