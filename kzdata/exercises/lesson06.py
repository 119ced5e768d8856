"""Answer key for the formative checks inside ``lessons/06-survey-literacy.ipynb``.

The lesson traces the "42%" and "37%" of the seed article to one US online survey (Resume
Builder, May 2025, 1,434 respondents aged 18-28), turns nested percentages into counts per 1,000
respondents, and asks what a margin of error does and does not measure. The figures come from
the bundled tables ``genz_surveys`` and ``claims``.
"""

from __future__ import annotations

from kzdata.exercises import ChoiceQuestion, Mistake, NumberQuestion, Solution

NOTEBOOK = "lessons/06-survey-literacy.ipynb"

SETUP = """\
import kzdata
from kzdata.exercises import lesson06, ____
"""

q1 = NumberQuestion(
    id="lesson06.q1",
    prompt="The 42% who work in or pursue a trade are 30% who already work in one and 11% who "
    "plan to (all three are percentages of all respondents). **What percentage of the 42% "
    "already work in a trade?** Give a percentage (0-100), for example `50.0`.",
    expected=100 * 30 / 42,
    abs_tol=0.1,
    hints=[
        "The question changes the base: not 'of all respondents' but 'of the 42%'. So the 42% "
        "becomes the whole, 100%.",
        "A part as a percentage of a whole is 100 * part / whole. Here the part is 30 and the "
        "whole is 42.",
    ],
    why="30 of every 100 respondents work in a trade, and 42 of every 100 work in or pursue one, "
    "so 30 / 42, about 71%, of that group already work in a trade: the same people, a different base.",
    mistakes=[
        Mistake(
            answer=30,
            message="30% is a share of *all* respondents. The question asks for a share *of the "
            "42%*: divide by 42, not by 100.",
        ),
        Mistake(
            answer=12.6,
            message="You multiplied 30% by 42%. That would be 'a share of a share', but 30% is "
            "already a share of everyone. Here you go the other way: part / whole.",
        ),
        Mistake(
            answer=140,
            message="You divided 42 by 30. A part of a group cannot be more than 100% of it: "
            "divide the part (30) by the whole (42).",
        ),
    ],
    reference=Solution(
        code="current_of_group_pct = 100 * 30 / 42",
        explanation="The 30% and the 42% have the same base (all respondents), so their ratio "
        "is the share of the group: 30 / 42 = 0.714, about 71.4%. Because the published figures "
        "are rounded (30 + 11 is 41, not 42), give the answer to the nearest whole percent: "
        "about 71%.",
    ),
)

q2 = NumberQuestion(
    id="lesson06.q2",
    prompt="Take HR Dive's reading: 42% of respondents work in or pursue a trade, and 37% *of "
    "those* hold a bachelor's degree. **Out of 1,000 respondents, how many work in or pursue a "
    "trade but do not hold a bachelor's degree?** Use `per_1000_respondents` or compute by hand.",
    expected=1000 * 0.42 * (1 - 0.37),
    abs_tol=0.5,
    hints=[
        "First find how many of 1,000 respondents are in the 42%. Then find how many of *those* "
        "hold a degree.",
        "The table `hr` above has the two counts you need: the row of the group and the row of "
        "the subgroup. Subtract the second from the first.",
    ],
    why="420 of 1,000 are in or pursuing a trade; 37% of those 420 (about 155) hold a degree, so "
    "about 265 do not. The 63% without a degree are a share of the 420, not of the 1,000.",
    mistakes=[
        Mistake(
            answer=630,
            message="630 is 63% of *all* 1,000 respondents. But 63% (100 - 37) is a share of "
            "the 420 in trades only: take 63% of 420.",
        ),
        Mistake(
            answer=155.4,
            message="155 is the number *with* a degree. The question asks for those in trades "
            "*without* one.",
        ),
        Mistake(
            answer=580,
            message="580 is the number of respondents who are not in a trade at all. The "
            "question asks about people in the 42% who have no degree.",
        ),
        Mistake(
            answer=50,
            message="You subtracted 37 from 42 (and multiplied by 10). 37% is not 37 points "
            "of everyone: it is 37% *of the 42%*.",
        ),
    ],
    reference=Solution(
        code="from kzdata.survey import per_1000_respondents\n\n"
        "hr = per_1000_respondents(group_share_pct=42, subgroup_share_pct=37)\n"
        "in_trade_no_degree = hr.loc[1, \"respondents\"] - hr.loc[2, \"respondents\"]",
        explanation="Row 1 of `hr` is the group (420 of 1,000) and row 2 the subgroup with a "
        "degree (155.4). The difference, 264.6, is about 265 people in trades without a "
        "degree. By hand: 1000 * 0.42 * (1 - 0.37).",
    ),
)

q3 = ChoiceQuestion(
    id="lesson06.q3",
    prompt="**Which reading of \"37%\" does the survey company's own press release support?**",
    options={
        "a": "37% of all Generation Z work in or plan to work in skilled trades.",
        "b": "Of the respondents with a bachelor's degree, 37% work in a trade (34%) or plan "
        "to (3%).",
        "c": "37% of all US Generation Z college graduates now pursue blue-collar jobs.",
        "d": "Of the respondents who work in or pursue a trade, 37% hold a bachelor's degree.",
    },
    answer="b",
    diagnostics={
        "a": "This is the seed article's wording, which it attributes to Forbes; no Forbes "
        "article was found, so the claim is unverified. For *all* respondents the survey gives "
        "42% (30% working in a trade, 11% planning), not 37%.",
        "c": "The base is right (graduates), but the population is not: the survey asked 1,434 "
        "people in an online survey, not all US Gen Z graduates. A sample supports a statement "
        "about a population only if it represents that population, and nothing published shows "
        "that this one does.",
        "d": "This is HR Dive's wording ('Of those, 37% have earned a bachelor's degree'). Its "
        "base is the 42% in trades, not the degree holders. The press release of the survey "
        "company, the primary source, gives the other base. Both can be true together only if "
        "exactly 42% of respondents hold a degree, which nobody has published.",
    },
    hints=[
        "Find the base of each sentence: who is the 100%? All Gen Z, the respondents with a "
        "degree, all US graduates, or the respondents in trades?",
        "The press release is the primary source. The table of readings above shows its base "
        "in the column `base`.",
    ],
    why="The survey company's press release (PRWeb, 27 May 2025) defines 37% as a share of "
    "respondents with a bachelor's degree: 34% already in a trade plus 3% planning. The other "
    "readings change the base or the population.",
    reference=Solution(
        code='reading = "b"',
        explanation="The press release is the primary source; its base is respondents with a "
        "bachelor's degree. (a) and (c) stretch the number to people the survey did not ask; (d) "
        "uses a different base (the 42% in trades).",
    ),
)

q4 = NumberQuestion(
    id="lesson06.q4",
    prompt="Thumbtack (2023) asked 1,000 US adults aged 18-30; 74% said skilled-trade jobs will "
    "not be replaced by AI. **If this had been a simple random sample, what would the margin of "
    "error be, in percentage points, at 95% confidence?** Use `margin_of_error` as above, or "
    "the formula.",
    expected=100 * 1.959963984540054 * (0.74 * 0.26 / 1000) ** 0.5,
    abs_tol=0.02,
    hints=[
        "Use the share 0.74 (not 74) and the sample size 1,000.",
        "`margin_of_error(share=0.74, sample_size=1000)` gives a share (0-1). Multiply by 100 "
        "for percentage points.",
    ],
    why="1.96 * sqrt(0.74 * 0.26 / 1000) is about 0.027, so +/- 2.7 percentage points: if the "
    "sample were random. Thumbtack did not say how it found its respondents.",
    mistakes=[
        Mistake(
            answer=0.0272,
            message="That is the margin as a share (0-1). The question asks for percentage "
            "points: multiply by 100.",
        ),
        Mistake(
            answer=3.099,
            message="That is the margin for a share of 50% (the largest possible). Use the "
            "observed share, 74%.",
        ),
        Mistake(
            answer=2.55,
            message="That is the margin for the Resume Builder survey (42% of 1,434). Use "
            "Thumbtack's numbers: 74% of 1,000.",
        ),
    ],
    reference=Solution(
        code="from kzdata.survey import margin_of_error\n\n"
        "moe_thumbtack = 100 * margin_of_error(share=0.74, sample_size=1000)",
        explanation="`margin_of_error` returns 1.96 * sqrt(p * (1 - p) / n) as a share: 0.0272. "
        "Times 100 it is 2.7 percentage points. It is the error of a random sample only.",
    ),
)

q5 = ChoiceQuestion(
    id="lesson06.q5",
    prompt="The margin of error of the Resume Builder survey would be about +/- 2.6 points. "
    "**Which of these problems does a margin of error measure?**",
    options={
        "a": "People who sign up for an online panel of a CV-services company may differ from "
        "all young Americans.",
        "b": "By chance, one random sample differs a little from another random sample of the "
        "same population.",
        "c": "The exact question was not published, and its wording may push people towards "
        "one answer.",
        "d": "The respondents live in the United States, not in Kazakhstan.",
    },
    answer="b",
    diagnostics={
        "a": "This is selection bias, and the margin of error does not cover it. The formula "
        "assumes everyone in the population had a known chance to be asked. In an opt-in panel "
        "people choose themselves, so the error can be much larger, and no formula tells you how "
        "large.",
        "c": "Question wording is a measurement problem. Asking 1,434 people the same leading "
        "question gives the same bias every time, and the margin of error stays small.",
        "d": "The margin of error is about the population the sample was drawn from, here US "
        "adults aged 18-28. It says nothing about any other country.",
    },
    hints=[
        "Look at the simulation: what changed from one synthetic sample to the next, and what "
        "stayed the same?",
        "The formula uses only the share and the sample size. Which of the four problems could "
        "it possibly know about?",
    ],
    why="A margin of error measures chance differences between random samples, and nothing "
    "else. Selection bias, question wording and the choice of population are outside it.",
    reference=Solution(
        code='measured = "b"',
        explanation="The margin of error is computed from the share and the sample size only. "
        "It describes how much random samples vary. It cannot know who joined a panel, how the "
        "question was worded, or which country the respondents live in.",
    ),
)

QUESTIONS = (q1, q2, q3, q4, q5)
