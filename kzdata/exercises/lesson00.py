"""Answer key for the checks inside ``lessons/00-start-here.ipynb``.

Two short checks: the first shows how ``check()``, ``hint()`` and ``solution()`` work on a real
figure and its unit (employment in 2024, BNS); the second is about a misconception: a claim whose
status is "source found" has been traced to a report, not confirmed, and a share of tasks is not
a forecast of lost jobs.
"""

from __future__ import annotations

from kzdata.exercises import ChoiceQuestion, Mistake, NumberQuestion, Solution

NOTEBOOK = "lessons/00-start-here.ipynb"

SETUP = """\
import kzdata
from kzdata.exercises import lesson00, ____
"""

q1 = NumberQuestion(
    id="lesson00.q1",
    prompt="How many people were employed in Kazakhstan in 2024, in millions? Use the table "
    "`headlines` above (BNS, 2024).",
    expected=9.2,
    abs_tol=0.01,
    hints=[
        "Find the row whose `indicator` is `employed` and whose `age_band` is empty (`<NA>`): "
        "that row counts all employed people.",
        "Read the column `unit`: the value is in thousand persons. One million is 1,000 "
        "thousand, so divide the value by 1000.",
    ],
    why="The table stores 9,200 thousand persons (BNS reported '9.2 million'). Read the unit "
    "before you use a number: 9,200 thousand and 9.2 million are the same figure.",
    mistakes=[
        Mistake(
            answer=9200,
            message="That is the number in **thousand** persons, the unit of the table. The "
            "question asks for millions: divide by 1000.",
        ),
        Mistake(
            answer=9_200_000,
            message="That is the number of persons. The question asks for millions: how many "
            "millions is that?",
        ),
        Mistake(
            answer=1.8,
            message="That row counts young people aged 15-28 only (look at `age_band`). The "
            "question asks for all employed people: the row with an empty age band.",
        ),
        Mistake(
            answer=1800,
            message="That row counts young people aged 15-28 only (look at `age_band`), and "
            "its unit is thousand persons. Use the row with an empty age band.",
        ),
        Mistake(
            answer=7.0,
            message="That is the number of employees, people who work for an employer. "
            "Self-employed people are employed too: use the row `employed`.",
        ),
        Mistake(
            answer=7000,
            message="That is the number of employees (in thousands). Self-employed people are "
            "employed too: use the row `employed`, and give the answer in millions.",
        ),
    ],
    reference=Solution(
        code="employed_millions = 9200 / 1000",
        explanation="The row `employed` with an empty age band holds 9200, in thousand "
        "persons; 9200 / 1000 = 9.2 million. You can also take the value with code: "
        '`headlines.loc[(headlines["indicator"] == "employed") & headlines["age_band"].isna(), '
        '"value"].item() / 1000`.',
    ),
)

q2 = ChoiceQuestion(
    id="lesson00.q2",
    prompt="In the claims ledger, the claim 'About 13% of work tasks in Kazakhstan could be "
    "automated in the long term' has the status **source found**. What does that status tell "
    "you?",
    options={
        "a": "The figure is right: someone has checked it against the original study.",
        "b": "A news report gives the figure and says where it comes from, but the original "
        "study has not been found and read.",
        "c": "The figure is wrong.",
        "d": "About 13% of the jobs in Kazakhstan will disappear.",
    },
    answer="b",
    diagnostics={
        "a": "That would be the status **confirmed**. Here nobody has read the original study: "
        "the figure was found only in news coverage (read the row's `evidence`).",
        "c": "That would be the status **contradicted**. 'Source found' says how far back the "
        "figure could be traced, not that it is wrong.",
        "d": "Two steps too far. The claim is about a share of *tasks*, not of *jobs*, and about "
        "what *could* be automated, not what *will* happen. And the status says nothing about "
        "the future: it says how well the figure is sourced.",
    },
    why="'Source found' means the figure was traced to a report that names its origin, but the "
    "original was not read. It is not the same as 'confirmed'. Lesson 01 looks at this claim "
    "closely.",
    hints=[
        "Read the `evidence` printed above: what did the research find, and what did it not find?",
        "The four statuses are explained in the card of the ledger: run "
        '`kzdata.info("claims")` and read the column `status`.',
    ],
    reference=Solution(
        code='meaning = "b"',
        explanation="The Astana Times reported the figure and named its origin (the Workforce "
        "Development Center, as reported by Inbusiness), but the study itself was not located. "
        "So the claim is traced to a secondary source only.",
    ),
)

QUESTIONS = (q1, q2)
