"""Formative checks inside ``lessons/02-labour-market-in-data.ipynb``.

Five short checks, one every 15 to 20 minutes: a difference in percentage points, official vs
modelled figures (a misconception), a share of a share (a misconception), a regional comparison
across a change of borders, and the mean vs the median.
"""

from __future__ import annotations

from kzdata.exercises import ChoiceQuestion, Mistake, NumberQuestion, Solution

NOTEBOOK = "lessons/02-labour-market-in-data.ipynb"

SETUP = """\
import kzdata
from kzdata.exercises import lesson02, ____
sectors = kzdata.load("employment_by_sector")
occupations = kzdata.load("employment_by_occupation")
three = sectors[sectors["sector_scheme"] == "three_sector"]
official = three[(three["series"] == "official") & (three["sex"] == "total")]
official_wide = official.pivot(index="year", columns="sector", values="share_pct").round(1)
"""

q1 = NumberQuestion(
    id="lesson02.q1",
    prompt="By how many percentage points did the share of services grow from 2001 to 2020, in "
    "the official BNS series? Give a positive number.",
    expected=18.4,
    abs_tol=0.05,
    hints=[
        "Take the services share in 2020 and subtract the services share in 2001. The cell "
        "above did the same for agriculture.",
        'Write `official_wide.loc[2020, "services"] - official_wide.loc[2001, "services"]`.',
    ],
    why="66.8% minus 48.4% is 18.4 percentage points: a difference between two percentages is "
    "measured in percentage points, not in percent.",
    mistakes=[
        Mistake(
            answer=38.0,
            message="That is the relative change in percent (18.4 / 48.4). The question asks "
            "for the difference between the two shares, in percentage points: subtract, do "
            "not divide.",
        ),
        Mistake(
            answer=37.9,
            message="That is the relative change in percent, computed from the unrounded "
            "shares. The question asks for the difference between the two shares, in "
            "percentage points: subtract, do not divide.",
        ),
        Mistake(
            answer=-18.4,
            message="You subtracted the other way round. The share grew, so give the size of "
            "the rise as a positive number: 2020 minus 2001.",
        ),
        Mistake(
            answer=3.1,
            message="That is the change of industry including construction. Use the column "
            '`"services"`.',
        ),
        Mistake(
            answer=21.5,
            message="That is the fall of agriculture, from the cell above. Use the column "
            '`"services"`.',
        ),
    ],
    reference=Solution(
        code='services_change = official_wide.loc[2020, "services"] - official_wide.loc[2001, "services"]',
        explanation="`.loc[year, column]` picks one cell of the table. 66.8 - 48.4 = 18.4 "
        "percentage points. As a relative change, the services share grew by about 38% of its "
        "2001 level: a different, also correct, statement.",
    ),
)

q2 = ChoiceQuestion(
    id="lesson02.q2",
    prompt="For 2014 the official BNS share of agriculture is 18.9% and the ILO modelled share "
    "is 21.9%. Which statement is right?",
    options={
        "a": "The modelled figure is the true one, because the ILO is an international "
        "organisation.",
        "b": "About 3% of all workers left agriculture in 2014.",
        "c": "They are different products: BNS reports its survey result with the method of "
        "that year; the ILO selects, adjusts and models national data to make countries and "
        "years comparable. Say which one you use, and why.",
        "d": "One of the two must be a typing error.",
    },
    answer="c",
    diagnostics={
        "a": "Neither figure is simply 'the truth'. The modelled value is the output of a "
        "model; ILOSTAT itself warns that modelled values for a country should be used with "
        "great care. The BNS value is the national survey result, with that year's method.",
        "b": "The gap of 3.0 points is between two estimates of the same year, not a change "
        "over time. It is also measured in percentage points, not in percent of workers.",
        "d": "Both values are published as they are. In seven years the two series are equal "
        "to 0.01 points, so a gap of 3 points in 2014 points to a difference in how that year "
        "was measured or modelled, not to a typing error.",
    },
    why="An official statistic and a modelled estimate answer the same question in different "
    "ways; in 2014 they differ, so a careful writer names the series they use.",
    hints=[
        "Look again at the table of gaps: in which years are the two series equal, and what "
        "happens to each series from 2013 to 2015?",
    ],
    reference=Solution(
        code='series_choice = "c"',
        explanation="BNS reports its own survey figure; the ILO builds a comparable series and "
        "seems to have treated 2014 differently (our reading of the data). Both are "
        "legitimate; the mistake is to mix them or to present either as the only truth.",
    ),
)

q3 = NumberQuestion(
    id="lesson02.q3",
    prompt="In 2013, what percentage of employed women worked as clerical support workers "
    "(ISCO-08 group 4)? Use the ILOSTAT counts in `occupations`.",
    expected=100 * 241.8 / 4181.3,
    abs_tol=0.05,
    hints=[
        'Keep the rows of 2013 for sex `"female"`. You need two numbers: women in group `"4"` '
        'and all employed women (group `"TOTAL"`).',
        'Make a Series of the counts with the group as its index: `women_2013 = '
        'occupations[(occupations["year"] == 2013) & (occupations["sex"] == "female")]'
        '.set_index("isco08_major_group")["employed_thousands"]`.',
        'Then divide: `100 * women_2013["4"] / women_2013["TOTAL"]`.',
    ],
    why="241.8 thousand of 4,181.3 thousand employed women, about 5.8%: the base is all "
    "employed women, not all clerical workers and not all employed people.",
    mistakes=[
        Mistake(
            answer=72.9,
            message="That is women's share **within** the clerical group (women divided by all "
            "clerical workers). The question asks for a share of all **employed women**: divide "
            "by the women's total instead.",
        ),
        Mistake(
            answer=3.9,
            message="That is the clerical group's share of **all** employed people, men and "
            "women. The question asks for a share of employed **women** only.",
        ),
        Mistake(
            answer=2.8,
            message="You divided women clerical workers by **all** employed people. The question "
            "asks for a share of employed **women**: divide by the women's total.",
        ),
        Mistake(
            answer=0.058,
            message="That is a fraction. Multiply by 100 to give a percentage.",
        ),
    ],
    reference=Solution(
        code='women_2013 = occupations[(occupations["year"] == 2013) & (occupations["sex"] == "female")]'
        '.set_index("isco08_major_group")["employed_thousands"]\n'
        'clerical_share_of_women = 100 * women_2013["4"] / women_2013["TOTAL"]',
        explanation="The base decides the answer: 5.8% of employed women were clerical workers, "
        "while women were 72.9% of clerical workers and the group was 3.9% of all employment.",
    ),
)

q4 = ChoiceQuestion(
    id="lesson02.q4",
    prompt="Karaganda region (`Karagandinskaya`) has an unemployment rate of 4.5% in 2021 and "
    "4.4% in 2022; Ulytau region has 4.3% in 2022. Which reading is best?",
    options={
        "a": "Unemployment fell in Karaganda region between 2021 and 2022.",
        "b": "The 2021 and 2022 values of Karaganda region cover different areas, and 0.1 point "
        "from a sample survey may not be meaningful: we cannot say that unemployment fell.",
        "c": "Ulytau region has had the lowest unemployment in Kazakhstan for many years.",
        "d": "The 2022 value must be wrong, because a region's rate cannot change when its "
        "borders change.",
    },
    answer="b",
    diagnostics={
        "a": "Not safely. In 2022 part of Karaganda region became Ulytau region, so the two "
        "years describe different areas; and 0.1 point is within what a sample survey can "
        "move by chance.",
        "c": "Ulytau has only one value in the table, for 2022: the region was created that "
        "year. One value says nothing about 'many years'.",
        "d": "New borders change who is counted, so the rate can change. That is exactly why "
        "the 2021 and 2022 values of Karaganda region are hard to compare.",
    },
    why="Before comparing a region over time, check its borders and the size of the difference: "
    "a new region and a 0.1-point change call for caution.",
    hints=[
        "Read the column `region_note` of Karaganda region, and remember what the card says "
        "about small differences in a sample survey.",
    ],
    reference=Solution(
        code='region_choice = "b"',
        explanation="Karaganda region lost the area of the new Ulytau region in 2022, and a "
        "0.1-point difference from a sample survey is too small to read as a change.",
    ),
)

q5 = ChoiceQuestion(
    id="lesson02.q5",
    prompt="In 2022 the mean monthly wage in Kazakhstan was 309,697 KZT and the median "
    "204,149 KZT. Which statement is right?",
    options={
        "a": "In the April survey, half of the employees earned less than 204,149 KZT a month.",
        "b": "Half of the employees earned less than 309,697 KZT a month.",
        "c": "The typical employee earned 309,697 KZT a month.",
        "d": "The two figures contradict each other, so one of them must be wrong.",
    },
    answer="a",
    diagnostics={
        "b": "That describes a median, but 309,697 KZT is the mean. The median is below the "
        "mean, so more than half of the employees earn less than the mean.",
        "c": "The mean is not the typical wage: a few high wages pull it up. The median "
        "describes the typical employee better.",
        "d": "A mean far above the median is normal for wages: a few high wages pull the "
        "mean up but hardly move the median. (The two also come from different BNS "
        "surveys, so compare them with care.)",
    },
    why="The median splits employees into two halves; it comes from the one-off April survey "
    "(form 2-T), so the statement is about that survey's employees.",
    hints=[
        "Which of the two numbers splits the employees into two halves? Use `define(\"median\")`.",
    ],
    reference=Solution(
        code='wage_choice = "a"',
        explanation="The median is the middle wage: half earn less, half earn more. The mean "
        "(309,697 KZT) is pulled up by high earners, so it does not describe a typical "
        "employee.",
    ),
)

QUESTIONS = (q1, q2, q3, q4, q5)
