"""Answer key for the formative checks in ``lessons/01-reading-the-headline.ipynb``.

Five checks, one every 10-15 minutes: what a number counts (q1), the tasks-vs-jobs
misconception (q2), a share computed with the right base (q3), the status of a misattributed
figure (q4), and a row added to a claims ledger (q5).
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from kzdata.exercises import (
    ChoiceQuestion,
    FrameQuestion,
    Mistake,
    NumberQuestion,
    Solution,
    when,
)
from kzdata.exercises._text import PLACEHOLDER
from kzdata.exercises.checks import NotAttempted

NOTEBOOK = "lessons/01-reading-the-headline.ipynb"

SETUP = """\
import pandas as pd
import kzdata
from kzdata.exercises import lesson01, ____
"""

q1 = ChoiceQuestion(
    id="lesson01.q1",
    prompt="The headline says that in construction, machine operation, electrical work and "
    "transport, less than 2% could be automated. What does the number 2% count?",
    options={
        "a": "sectors",
        "b": "occupations",
        "c": "work tasks",
        "d": "jobs",
    },
    answer="c",
    diagnostics={
        "a": "Construction and transport are sectors, but the 2% does not count sectors: there "
        "are only a handful of sectors in the list. Look at the column `unit` of the seed claim "
        "`seed_manual_lt2pct` in section 1.",
        "b": "Machine operation and electrical work are kinds of occupation, but the 2% is not a "
        "share of occupations. The list only says *where* the counting was done. Look at the "
        "column `unit` in section 1.",
        "d": "The headline gives a number of jobs only for the whole economy (one million). For "
        "this group it gives a share of something else. Look at the column `unit` in section 1.",
    },
    why="The ledger records the 2% in the unit '% of work tasks'. The list of sectors and "
    "occupations only says which work was looked at; the number counts tasks.",
    hints=[
        "A claim can name a group of workers and still count something else. Find the row "
        "`seed_manual_lt2pct` in the table `seed` of section 1.",
        "Read its column `unit`: it says what the 2% is a share of.",
    ],
    reference=Solution(
        code='unit_2pct = "c"',
        explanation="The column `unit` of the row `seed_manual_lt2pct` is '% of work tasks'. "
        "The names in the list are sectors and occupations, but the number counts tasks.",
    ),
)

q2 = ChoiceQuestion(
    id="lesson01.q2",
    prompt='A blog writes: "AI can do 13% of work tasks in Kazakhstan, so 13% of workers will '
    'lose their jobs." What is wrong with this sentence?',
    options={
        "a": "Nothing: 13% of tasks is the same as 13% of jobs.",
        "b": "It turns a share of tasks into a share of workers. 13% of tasks means that "
        "somewhere between 0% and 13% of jobs could be done entirely by software, and 'could' "
        "is not 'will'.",
        "c": "The number is too small: if AI does 13% of tasks, more than 13% of workers must "
        "lose their jobs.",
        "d": "It should say that 87% of workers are safe.",
    },
    answer="b",
    diagnostics={
        "a": "Look at the two offices of section 3: both have 13% of tasks that could be "
        "automated, but in office 'spread' no job at all consists only of such tasks. 13% of "
        "tasks equals 13% of jobs only in office 'concentrated', where the tasks sit in whole "
        "jobs.",
        "c": "The arithmetic of section 3 says the opposite: in the example, at most 13% of jobs "
        "can consist only of tasks that could be automated (office 'concentrated'). Employers "
        "could still reorganise work and hire fewer people, but that is a decision the 13% does "
        "not measure.",
        "d": "This repeats the same mistake the other way round: it still treats a share of "
        "tasks as a share of workers. The 13% says nothing about how many workers are 'safe'.",
    },
    why="A share of tasks and a share of jobs are different units. How many jobs could be done "
    "entirely by software depends on how the tasks are spread across jobs; whether anyone "
    "loses a job depends on what employers decide.",
    hints=[
        "Go back to the two offices of section 3. In which office is 13% of tasks also 13% of "
        "jobs?",
        "'Could be automated' describes what technology could do. 'Will lose their jobs' is a "
        "forecast about what employers will do.",
    ],
    reference=Solution(
        code='whats_wrong = "b"',
        explanation="Both offices of section 3 have 13% of tasks that could be automated; the "
        "share of jobs made up only of such tasks is 0% in one and 13% in the other. And a "
        "statement about what technology could do is not a forecast of job losses.",
    ),
)


q3 = NumberQuestion(
    id="lesson01.q3",
    prompt="What percentage of the people employed in Kazakhstan in the fourth quarter of 2025 "
    "(9,278.9 thousand, BNS as reported by Mgorod.kz) is one million? Give the percentage as a "
    "number, such as 12.3.",
    expected=round(100 * 1_000 / 9_278.9, 3),
    abs_tol=0.05,
    hints=[
        "In the table `employed` of section 4, find the row with the period `\"2025Q4\"`. Its "
        "value is in thousand persons.",
        "One million is 1,000 thousand. Divide it by the number of employed people (in "
        "thousands), then multiply by 100.",
        'In code: `1_000 / employed.loc[employed["period"] == "2025Q4", "value"].item() * 100`.',
    ],
    why="One million is 10.8% of the 9,278.9 thousand people employed in 2025 Q4: about 11%, "
    "like the 10.9% of 2024. With either base it is not 13%.",
    mistakes=[
        Mistake(answer=13, message="13% is the share of *tasks* in the headline. The question "
                "asks you to compute the share of *employed people* that one million is."),
        Mistake(answer=round(100 * 1_000 / 9_200, 3), message="That is the share for 2024 "
                "(9.2 million employed). The question asks about the fourth quarter of 2025."),
        Mistake(answer=round(1_000 / 9_278.9, 4), message="This looks like a fraction, not a "
                "percentage. Multiply by 100."),
        Mistake(answer=round(100 * 1 / 9_278.9, 4), message="Check the units: the table gives "
                "employed people in *thousands*, so one million is 1,000 (thousand), not 1."),
    ],
    reference=Solution(
        code='employed_2025q4 = kzdata.load("employment_headlines", period="2025Q4", '
        'indicator="employed")["value"].item()\n'
        "share_2025q4 = 1_000 / employed_2025q4 * 100",
        explanation="The table gives 9,278.9 thousand employed people in 2025 Q4. One million "
        "is 1,000 thousand, and 1,000 / 9,278.9 * 100 = 10.8. You can also use the table "
        '`employed` of section 4: `employed.loc[employed["period"] == "2025Q4", "value"]`.',
    ),
)

q4 = ChoiceQuestion(
    id="lesson01.q4",
    prompt="The Workforce Development Center's first national labour-market report (about 2021, "
    "reported by The Astana Times) says the share of jobs at high risk of automation 'stands "
    "at 47 percent in OECD countries'. Which status should the claims ledger give this claim?",
    options={
        "a": "confirmed: 47% is a real figure from a well-known study.",
        "b": "source found: we found where the number comes from.",
        "c": "unverified: nobody can find the source.",
        "d": "contradicted: the source of the number says something different.",
    },
    answer="d",
    diagnostics={
        "a": "The number is real, but the claim attaches it to the wrong population. Frey and "
        "Osborne's 47% is about US employment, not OECD countries. A claim is confirmed only "
        "when the source says what the claim says.",
        "b": "We did find where 47% comes from, but that source says something different: 47% "
        "of *US* employment. 'Source found' is for a claim that a source supports, if only "
        "second-hand or in part.",
        "c": "The source is easy to find: Frey and Osborne (2013), shown in the table above. "
        "The problem is what it says.",
    },
    why="Frey and Osborne's 47% is about US employment. The OECD studies of 21 and 32 countries "
    "found 9% and 14% of jobs at high risk. The source contradicts the claim.",
    hints=[
        "Read the column `geography` of the table above. Which country is the 47% about?",
        "Compare what the claim says ('in OECD countries') with what the source says.",
    ],
    reference=Solution(
        code='status_47 = "d"',
        explanation="The 47% comes from Frey and Osborne (2013), an estimate for US employment "
        "that scores whole occupations. The OECD's own task-based studies found 9% and 14%. So "
        "the source of the number contradicts the claim that it describes OECD countries.",
    ),
)


def _new_row() -> pd.DataFrame:
    return pd.DataFrame({
        "value": [17],
        "unit": ["% of workers"],
        "unit_of_analysis": ["workers"],
        "status": ["source found"],
    })


def _blanks_left(answer: Any) -> None:
    """Treat a row that still holds ``____`` as not attempted."""
    if isinstance(answer, pd.DataFrame) and any(
        value is PLACEHOLDER for column in answer.columns for value in answer[column].tolist()
    ):
        raise NotAttempted


def _column_is(column: str, value: str):
    def predicate(df: pd.DataFrame) -> bool:
        return str(df[column].iloc[0]).strip().lower() == value

    return predicate


q5 = FrameQuestion(
    id="lesson01.q5",
    prompt="Add the Workforce Development Center's figure to the ledger: automation is probable "
    "for 17% of workers (1.5 million), read in a Ranking.kz digest of the center's study (about "
    "2023); the report itself was not read. Fill in value, unit, unit_of_analysis and status in "
    "the one-row table `new_row`.",
    expected=_new_row,
    extra_columns=True,
    checks=[
        _blanks_left,
        when(_column_is("status", "confirmed"),
             "Who has read the center's report? The figure is known only from a news digest. "
             "A claim known only second-hand is not confirmed yet."),
        when(lambda df: str(df["status"].iloc[0]) != "source found"
             and str(df["status"].iloc[0]).strip().lower() == "source found",
             "Write the status exactly as the ledger does, in lower case: 'source found'."),
        when(_column_is("status", "unverified"),
             "A source was found (the Ranking.kz digest), even if it is second-hand. "
             "'Unverified' is for claims with no source at all."),
        when(_column_is("unit_of_analysis", "jobs"),
             "The center counted workers (people), not jobs. Use the word in the unit."),
        when(_column_is("unit_of_analysis", "tasks"),
             "17% is a share of workers, not of tasks. Use the word in the unit."),
        when(lambda df: float(df["value"].iloc[0]) == 1_500_000,
             "The ledger records the share in `value` and says what it counts in `unit`. "
             "Write the share, 17, and keep the count (1.5 million) in the claim text."),
        when(lambda df: float(df["value"].iloc[0]) == 0.17,
             "The unit is '% of workers', so write the percentage as 17, not as the fraction "
             "0.17."),
    ],
    hints=[
        "Replace each of the four `____` in `new_row`. Text goes in quotes; the value is a "
        "number without quotes.",
        'The value is the share, 17. The unit is "% of workers", so the unit of analysis is '
        '"workers".',
        "For the status, ask: has anyone read the original report, or only a news digest of it? "
        "Section 6 lists the four statuses.",
    ],
    why="The figure counts workers, it is known only from a digest of the study (a secondary "
    "source), and no one has read the report: so its status is 'source found'.",
    mistakes=[
        Mistake(code='new_row = pd.DataFrame({"value": [17], "unit": ["% of workers"], '
                '"unit_of_analysis": ["workers"], "status": ["confirmed"]})',
                message="A claim known only second-hand is not confirmed yet."),
        Mistake(code='new_row = pd.DataFrame({"value": [17], "unit": ["% of workers"], '
                '"unit_of_analysis": ["jobs"], "status": ["source found"]})',
                message="The center counted workers (people), not jobs."),
        Mistake(code='new_row = pd.DataFrame({"value": [1500000], "unit": ["% of workers"], '
                '"unit_of_analysis": ["workers"], "status": ["source found"]})',
                message="Write the share, 17, and keep the count (1.5 million) in the claim text."),
        Mistake(code='new_row = pd.DataFrame({"value": [17], "unit": ["% of workers"], '
                '"unit_of_analysis": ["workers"], "status": ["Source found"]})',
                message="exactly as the ledger does, in lower case"),
    ],
    reference=Solution(
        code="""\
new_row = pd.DataFrame({
    "claim": ["Automation is probable for 17% of workers (1.5 million)"],
    "value": [17],
    "unit": ["% of workers"],
    "unit_of_analysis": ["workers"],
    "base": ["employed persons in Kazakhstan (base not stated)"],
    "method": ["not published"],
    "source": ["Ranking.kz digest of a Workforce Development Center study, about 2023"],
    "status": ["source found"],
})""",
        explanation="The share goes in `value` (17) with its unit ('% of workers'); what is "
        "counted is workers. The figure was read only in a news digest and the report was not "
        "found, so the status is 'source found'.",
    ),
)

QUESTIONS = (q1, q2, q3, q4, q5)
