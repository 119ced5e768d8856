"""Answer key for the formative checks inside ``lessons/07-trades-in-kazakhstan.ipynb``.

Five checks, one every 15 to 20 minutes: growth between two years with the same scope (the
colleges-only subset is the trap), what to do with a missing year (a misconception: missing is
not zero), a count vs a share (a misconception), a wage comparison at the right level (inside one
region), and exposure vs demand (a misconception). The figures come from the bundled tables
``education`` and ``wages`` and the remote table ``ilo_genai_occupations``.
"""

from __future__ import annotations

from kzdata.exercises import ChoiceQuestion, Mistake, NumberQuestion, Solution, when

NOTEBOOK = "lessons/07-trades-in-kazakhstan.ipynb"

SETUP = """\
import kzdata
from kzdata.exercises import lesson07, ____
education = kzdata.load("education")
wages = kzdata.load("wages")
tvet_rows = education[education["level"] == "tvet"]
same_scope = tvet_rows[(tvet_rows["metric"] == "students")
                       & (tvet_rows["scope"] == "all_tvet_organisations")]
tvet = same_scope.set_index("academic_year")["value"]
"""

# All TVET organisations: 477,539 students in 2020-21 (BNS) and 562 thousand in 2025-26
# (Kazinform citing BNS). Colleges only, 2025-26: 355.2 thousand (Kazpravda citing BNS).
_TVET_2020, _TVET_2025, _COLLEGES_2025 = 477_539, 562_000, 355_200

q1 = NumberQuestion(
    id="lesson07.q1",
    prompt="By what percentage did the number of TVET students grow from 2020-21 to 2025-26? "
    "Use the Series `tvet`, so that both years have the same scope.",
    expected=100 * (_TVET_2025 / _TVET_2020 - 1),
    abs_tol=0.1,
    hints=[
        "Take the two values from the Series `tvet` by their academic year: "
        '`tvet["2020-21"]` is the old value, `tvet["2025-26"]` the new one.',
        'Growth in percent is 100 * (new / old - 1): `100 * (tvet["2025-26"] / tvet["2020-21"] - 1)`.',
    ],
    why="562,000 / 477,539 is 1.177, so the count grew by about 17.7%: our calculation, from two "
    "figures with the same scope (all TVET organisations). The 2025-26 figure is a news report "
    "citing BNS and is rounded to the thousand.",
    mistakes=[
        Mistake(
            answer=100 * (_COLLEGES_2025 / _TVET_2020 - 1),
            message="You compared the colleges-only count of 2025-26 (355.2 thousand) with the "
            "count of all TVET organisations in 2020-21. The colleges are only a part of TVET, "
            "so the 'fall' comes from the change of scope, not from fewer students. Use the "
            "Series `tvet`, which has one scope.",
        ),
        Mistake(
            answer=100 * _TVET_2025 / _TVET_2020,
            message="That is the 2025-26 count as a percentage of the 2020-21 count. Subtract "
            "100 to get the growth: 100 * (new / old - 1).",
        ),
        Mistake(
            answer=_TVET_2025 - _TVET_2020,
            message="That is the growth in students (persons). The question asks for the growth "
            "in percent of the 2020-21 count.",
        ),
        Mistake(
            answer=100 * (_TVET_2020 / _TVET_2025 - 1),
            message="You divided the old value by the new one. Growth is new / old - 1, with the "
            "2020-21 count as the base.",
        ),
    ],
    checks=[
        when(lambda a: 0 < float(a) < 2,
             "Your answer looks like a ratio. Growth in percent is 100 * (new / old - 1)."),
    ],
    reference=Solution(
        code='growth_pct = 100 * (tvet["2025-26"] / tvet["2020-21"] - 1)',
        explanation="`tvet` holds only rows with the metric `students` and the scope "
        "`all_tvet_organisations`, so the two values count the same thing. 562,000 / 477,539 - 1 "
        "= 0.177, that is 17.7%.",
    ),
)

q2 = ChoiceQuestion(
    id="lesson07.q2",
    prompt="In the Series `tvet_years`, the value for 2023-24 is NaN. What should a chart or a "
    "report do with it?",
    options={
        "a": "Write 0: there is no number, so there were no students.",
        "b": "Fill it with the average of 2022-23 and 2024-25 and draw one smooth official line.",
        "c": "Leave a gap, say that our sources have no official figure, and show the np.kz 548 "
        "thousand separately, labelled as a news report of unverified scope.",
        "d": "Use the np.kz 548 thousand as the official value for 2023-24, because it fits "
        "between its neighbours.",
    },
    answer="c",
    diagnostics={
        "a": "Missing is not zero. About half a million people studied in TVET in the years "
        "around 2023-24; a 0 would show a collapse that never happened. NaN means 'we do not "
        "know', and a chart should show that as a gap.",
        "b": "The average (541,454.5) is a number nobody measured. Drawn as part of the "
        "official line, it hides the gap and looks like a BNS figure. If you estimate a missing "
        "value, label it as your estimate and draw it apart from the official line.",
        "d": "Fitting between its neighbours makes the figure plausible, not verified. np.kz "
        "does not say what it covers (with or without branches, which organisations), and the "
        "article's address was not recorded. Show it, but as what it is: a secondary report of "
        "unverified scope.",
    },
    hints=[
        "Ask what NaN means: 'zero students', or 'no figure in our sources'?",
        "Look at the chart above: how does it show 2023-24, and how does it show the np.kz figure?",
    ],
    why="NaN means that our sources have no official figure, not that there were no students. "
    "The honest chart keeps the gap and shows the secondary figure apart, with its status.",
    reference=Solution(
        code='missing_choice = "c"',
        explanation="A gap tells the reader what we do not know. The np.kz figure is useful "
        "context, so it is shown, but separately and with its status: secondary, scope not "
        "verified.",
    ),
)

q3 = ChoiceQuestion(
    id="lesson07.q3",
    prompt="TVET students grew by about 18% from 2020-21 to 2025-26. Which conclusion do the "
    "course's data support?",
    options={
        "a": "A larger share of young people now study in TVET.",
        "b": "The number of TVET students grew; whether a larger share of young people chose "
        "TVET cannot be said without the number of young people of college age, which is not in "
        "our data.",
        "c": "Young people are leaving universities for colleges.",
        "d": "Young people want TVET more than before, because the number of state-funded places "
        "grew.",
    },
    answer="b",
    diagnostics={
        "a": "A share needs a denominator: the number of young people of college age. It is not "
        "in the course's data. If that number grew by 18% too, the share did not change; np.kz "
        "said that the growth in 2023-24 was mainly due to demography.",
        "c": "University enrolment did not fall in the data we have: it grew from 496,209 in "
        "2017-18 to 578,237 in 2022-23 (BNS), and a news report gives 624.5 thousand at the end "
        "of 2024 (section 5).",
        "d": "State-funded places are offered by the state: more places is a change in supply. "
        "The number of students on other places fell by about 45 thousand from 2022-23 to "
        "2025-26 (our calculation), which does not suggest stronger demand.",
    },
    hints=[
        "A count tells you how many; a share tells you how many out of how many. What is the "
        "'out of how many' here, and do we have it?",
    ],
    why="The count grew, but a share of young people needs the size of the age group, which we "
    "do not have. Growth in a count can come from demography or from more state-funded places.",
    reference=Solution(
        code='share_choice = "b"',
        explanation="The data support a statement about the count only. To speak about a share "
        "of young people we would need the population of college age as the base.",
    ),
)

# Almaty city, 2022: machine operators 260,919 KZT, clerical workers 289,471 KZT, craft workers
# 282,470 KZT, all staff 354,860 KZT; national: operators 337,969, clerical 250,105.
_OPS, _CLERICAL, _CRAFT, _ALL = 260_919, 289_471, 282_470, 354_860

q4 = NumberQuestion(
    id="lesson07.q4",
    prompt="In Almaty city in 2022, what was the mean wage of machine operators as a percentage "
    "of the mean wage of clerical workers? Give a percentage, for example `120.5`.",
    expected=100 * _OPS / _CLERICAL,
    abs_tol=0.1,
    hints=[
        'The table `wide` has one row per region: `wide.loc["Almaty city"]` shows that row.',
        'Divide the operators\' wage by the clerical wage and multiply by 100: '
        '`100 * wide.loc["Almaty city", "operators"] / wide.loc["Almaty city", "clerical"]`.',
    ],
    why="260,919 / 289,471 is 0.901: in Almaty city machine operators earned about 90% of the "
    "clerical mean wage, although nationally they earned 1.35 times as much. The national "
    "ratio does not describe every region.",
    mistakes=[
        Mistake(
            answer=100 * 337_969 / 250_105,
            message="That is the national ratio. The question asks about Almaty city: use its "
            "row of `wide`.",
        ),
        Mistake(
            answer=100 * _CLERICAL / _OPS,
            message="You divided the clerical wage by the operators' wage. The question asks for "
            "operators as a percentage of clerical: operators / clerical * 100.",
        ),
        Mistake(
            answer=100 * _OPS / _ALL,
            message="You divided by the mean wage of all staff in Almaty city. The question "
            "compares operators with clerical workers.",
        ),
        Mistake(
            answer=100 * _CRAFT / _CLERICAL,
            message="That is the craft wage as a percentage of the clerical wage. Use the "
            "column `operators`.",
        ),
        Mistake(
            answer=100 * 337_969 / _CLERICAL,
            message="You divided the national operators' wage by the clerical wage of Almaty "
            "city. Compare wages at the same level: both from the row of Almaty city.",
        ),
    ],
    checks=[
        when(lambda a: 0 < float(a) < 2,
             "Your answer looks like a ratio. Multiply by 100 to get a percentage."),
    ],
    reference=Solution(
        code='almaty = wages[(wages["table_part"] == "by_occupation_region")\n'
        '               & (wages["region"] == "Almaty city")].set_index("occupation_group")["wage_kzt"]\n'
        'operators_pct_of_clerical = (100 * almaty["isco8_plant_machine_operators"]\n'
        '                             / almaty["isco4_clerical_support"])',
        explanation="Both wages come from the same region, so they describe the same local "
        "economy and prices. In the lesson you can also write "
        '`100 * wide.loc["Almaty city", "operators"] / wide.loc["Almaty city", "clerical"]`: '
        "260,919 / 289,471 * 100 = 90.1%.",
    ),
)

q5 = ChoiceQuestion(
    id="lesson07.q5",
    prompt="Craft and operator occupations have low mean exposure scores in the ILO index. "
    "Which conclusion follows from that alone?",
    options={
        "a": "Employers in Kazakhstan will hire more craft workers and machine operators.",
        "b": "Generative AI could do only a small part of the tasks of these occupations, as the "
        "ILO scored them; the scores say nothing about how many of these workers will be needed.",
        "c": "Wages in the trades will rise faster than clerical wages.",
        "d": "Young people in Kazakhstan are moving into the trades because of AI.",
    },
    answer="b",
    diagnostics={
        "a": "Exposure is not demand. How many workers employers want depends on construction, "
        "industry, prices and investment; the index scores tasks, not hiring plans.",
        "c": "The index says nothing about wages. Wages depend on the supply of and demand for "
        "workers, and on the industries of each region (section 6).",
        "d": "That is the hypothesis of this lesson, not a finding. The exposure scores cannot "
        "show what young people do; the enrolment data and the survey in sections 2 to 8 do "
        "not show a shift.",
    },
    hints=[
        "What does the ILO score? Tasks of occupations, or people's decisions?",
    ],
    why="An exposure score describes what generative AI could technically do with an "
    "occupation's tasks. Demand for workers, wages and young people's choices are other questions "
    "that need other data.",
    reference=Solution(
        code='exposure_choice = "b"',
        explanation="Low exposure means that few of the tasks, as scored, could be done by "
        "generative AI. It is a statement about tasks, not about jobs, hiring or choices.",
    ),
)

QUESTIONS = (q1, q2, q3, q4, q5)
