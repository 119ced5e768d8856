"""Formative checks inside ``lessons/10-capstone.ipynb``, and the capstone's shared lists.

Four checks, one every 12-20 minutes, about the structure of a capstone: a question that data
can answer (an estimate, not a forecast), which record is a provenance record, which status fits
our own calculation, and what a caveat must say. The figures quoted in the prompts are computed
in the lesson; ``tests/lessons/test_lesson10.py`` checks that they still are what the data give.

The module also holds the lists that the lesson, the capstone exercise (``ex10``) and its checks
share: the names of the three methods a capstone may use (``METHODS``), the statuses of a claims
ledger (``STATUSES``), the kinds of source (``SOURCE_TYPES``) and the columns of the two tables
(``PROVENANCE_COLUMNS``, ``LEDGER_COLUMNS``).
"""

from __future__ import annotations

from kzdata.exercises import ChoiceQuestion, Solution

NOTEBOOK = "lessons/10-capstone.ipynb"

SETUP = """\
import kzdata
from kzdata.exercises import lesson10, ____
"""

METHODS = {
    "ilo_2025_gradients": (
        "ILO 2025 exposure gradients (generative AI) of ISCO-08 occupations x ILOSTAT employment "
        "by major group, 2013 (lessons 04 and 05)"
    ),
    "frey_osborne_crosswalk": (
        "Frey-Osborne probabilities of computerisation (2013), moved from US SOC codes to ISCO-08 "
        "with the SOC-ISCO crosswalk, share above 0.7 (lessons 03 and 04)"
    ),
    "adoption_scenario": (
        "a toy adoption scenario: exposure x wage / technology cost x diffusion over time "
        "(lesson 05); it gives a scenario, not a forecast"
    ),
}
"""The methods a capstone may use: name -> what it combines (and where it was taught)."""

STATUSES = ("confirmed", "source found", "unverified", "contradicted", "our calculation")
"""Statuses of a claims ledger: the four of the course's ``claims`` table, and our own."""

SOURCE_TYPES = ("primary", "secondary", "primary and secondary")
"""Kinds of source in a provenance table (``source_type``)."""

PROVENANCE_COLUMNS = ("dataset", "publisher", "year", "tier", "source_type", "used_for")
"""Columns of a provenance table; the exercise requires all but ``used_for``."""

LEDGER_COLUMNS = (
    "claim", "value", "unit", "unit_of_analysis", "base", "method", "source", "status",
)
"""Columns of a claims ledger."""

q1 = ChoiceQuestion(
    id="lesson10.q1",
    prompt="A counsellor asks: 'Will AI take clerks' jobs?' Which of these questions can a small, "
    "reproducible estimate with the course's data answer?",
    options={
        "a": "Will generative AI destroy clerical jobs in Kazakhstan by 2030?",
        "b": "In 2013, what share of Kazakhstan's employed clerical support workers (ISCO-08 "
        "group 4) worked in occupations that the ILO's 2025 index counts as exposed to "
        "generative AI?",
        "c": "How many clerks in Kazakhstan use ChatGPT at work today?",
        "d": "Is AI good or bad for office workers?",
    },
    answer="b",
    diagnostics={
        "a": "That asks for a forecast of job loss. No data can check it today, and exposure is "
        "not job loss: the course's methods say what AI could do to tasks, not what employers "
        "will do, or when.",
        "c": "A good question, but the course's data cannot answer it: no dataset measures who "
        "uses AI at work in Kazakhstan. That would need a survey of workers (lesson 06 says what "
        "to ask of one).",
        "d": "That asks for an opinion, not a number: it names no unit, no year and no measure. "
        "A capstone question is one that data can answer.",
    },
    hints=[
        "A question that data can answer names four things: who (which group, where), what is "
        "counted (people, occupations or tasks), which year, and which measure.",
        "Which option names all four, and asks about what was, not about what will be?",
    ],
    why="It names the group and the place, the unit (employed people), the year (2013) and the "
    "measure (the ILO's 2025 index), and it asks about exposure, not about the future.",
    reference=Solution(
        code='scope_choice = "b"',
        explanation="Option (b) can be answered with two course datasets and the method of lesson "
        "05; the others need a forecast, a survey that does not exist, or an opinion.",
    ),
)

q2 = ChoiceQuestion(
    id="lesson10.q2",
    prompt="Which of these is a provenance record for one input of the worked example?",
    options={
        "a": "96.6% of clerical support workers worked in exposed occupations in 2013.",
        "b": "`employment_by_occupation` · International Labour Organization (ILO), ILOSTAT · 2013 "
        "· bundled · primary · used for the number of clerks, by sex.",
        "c": "The data come from the internet and are reliable.",
        "d": "`allocate_employment` splits each group's workers across the categories.",
    },
    answer="b",
    diagnostics={
        "a": "That is a result, not a record of where an input comes from. It belongs in the "
        "claims ledger, with the status 'our calculation'.",
        "c": "This names no dataset, no publisher and no year, so nobody could find the data "
        "again or check them.",
        "d": "That describes a step of the method: it belongs in the method statement, not in "
        "the record of where the data come from.",
    },
    hints=[
        "Provenance answers 'where does this input come from?': which dataset, who published it, "
        "which year, which tier, primary or secondary.",
    ],
    why="It names the dataset, the publisher, the year of the numbers, the tier and the kind of "
    "source, and says what the input was used for: anyone can find it again and check it.",
    reference=Solution(
        code='provenance_choice = "b"',
        explanation="A provenance record describes an input, not a result or a step of the "
        "method. `provenance_row` reads most of it from `kzdata.info` and `kzdata.cite`.",
    ),
)

q3 = ChoiceQuestion(
    id="lesson10.q3",
    prompt="In the claims ledger, which status fits the row '96.6% of Kazakhstan's employed "
    "clerical support workers (2013) worked in occupations that the ILO counts as exposed'?",
    options={
        "a": "confirmed",
        "b": "source found",
        "c": "our calculation",
        "d": "unverified",
    },
    answer="c",
    diagnostics={
        "a": "'Confirmed' is for a published claim that was found as stated in a reliable source. "
        "Nobody published this number: we computed it from ILO scores and ILOSTAT employment, "
        "with our own assumption.",
        "b": "'Source found' means that someone else published the claim and we read it only in "
        "a report. This number has no outside source: it is ours.",
        "d": "'Unverified' is for a claim whose source could not be found or checked. Our number "
        "has a source anyone can check: the code above it.",
    },
    hints=[
        "Who published the 96.6%? Look at where it was computed.",
    ],
    why="Our own numbers are labelled 'our calculation', with their inputs and assumptions, so "
    "that nobody mistakes them for official statistics or for the ILO's own figures.",
    reference=Solution(
        code='status_choice = "c"',
        explanation="The three statuses of published claims (confirmed, source found, unverified) "
        "describe how well we could check someone else's claim. Our own number is checked by "
        "rerunning the notebook.",
    ),
)

q4 = ChoiceQuestion(
    id="lesson10.q4",
    prompt="Which sentence is a good caveat for the counsellor's brief?",
    options={
        "a": "This estimate may have some limitations.",
        "b": "The numbers describe 2013, the latest year with data by occupation; the mix of jobs "
        "has changed since, so today's numbers are different, and we cannot yet say by how much.",
        "c": "Because of AI, 96.6% of clerks will lose their jobs, but there is some uncertainty.",
        "d": "The method uses `category_shares_by_major_group` and `allocate_employment`, with an "
        "even spread over 4-digit ISCO-08 unit groups.",
    },
    answer="b",
    diagnostics={
        "a": "Too vague: it does not say which limit, or what it changes. The reader cannot act "
        "on it.",
        "c": "This reads exposure as job loss: the very mistake a caveat should prevent. Exposure "
        "says what AI could do to tasks, not what employers will do.",
        "d": "It names a real limit, but in code names that a counsellor cannot read. Say it in "
        "plain words: we assumed that each clerical occupation employs the same number of "
        "people.",
    },
    hints=[
        "A caveat names one specific limit and says what it means for the number.",
        "Then ask: would a counsellor understand it, and does it keep exposure and job loss apart?",
    ],
    why="A caveat names one specific limit, says what it means for the number (and in which "
    "direction, if that is known), and uses words the reader knows.",
    reference=Solution(
        code='caveat_choice = "b"',
        explanation="Option (b) names the limit (2013 data), says what it does to the number "
        "(today's share is different) and is honest about what we do not know (by how much).",
    ),
)

QUESTIONS = (q1, q2, q3, q4)
