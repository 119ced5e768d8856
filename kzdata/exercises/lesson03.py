"""Formative checks inside ``lessons/03-measuring-exposure-occupations-vs-tasks.ipynb``.

Five short checks, one every 10-15 minutes: what the 47% is a share of (the misconception
"47% of jobs will disappear"), occupations vs workers, reading the threshold, why synthetic
workers lower the share, and synthetic vs real data. Only ``q2`` needs data: the Frey-Osborne
table ``frey_osborne`` (a remote dataset, read from the mirror in class).
"""

from __future__ import annotations

from kzdata.exercises import ChoiceQuestion, Mistake, NumberQuestion, Solution

NOTEBOOK = "lessons/03-measuring-exposure-occupations-vs-tasks.ipynb"

SETUP = """\
import kzdata
from kzdata.exercises import lesson03, ____
fo = kzdata.load("frey_osborne")
"""


q1 = ChoiceQuestion(
    id="lesson03.q1",
    prompt="Frey and Osborne wrote that \"about 47 percent of total US employment is at risk\". "
    "What is this 47% a share of?",
    options={
        "a": "Of US jobs that will disappear because of computers.",
        "b": "Of US employment: the workers in occupations whose probability of computerisation "
        "is above 0.7.",
        "c": "Of all the tasks that US workers do.",
        "d": "Of the 702 occupations in their table.",
    },
    answer="b",
    diagnostics={
        "a": "This is the most common misreading. The 47% counts workers in occupations that "
        "*could* be computerised, judged by 2013 technology. It says nothing about whether "
        "employers will do it, or when: exposure is not job loss.",
        "c": "Frey and Osborne scored whole occupations, not tasks. Every worker in an occupation "
        "gets the occupation's probability. Shares of tasks come from other studies.",
        "d": "A share of occupations counts each occupation once, however many people work in "
        "it. The 47% counts workers: a large occupation counts more than a small one.",
    },
    hints=[
        "Look at the unit: the quotation says \"US employment\", not \"jobs lost\" or "
        "\"occupations\".",
        "Which workers did Frey and Osborne count as \"at risk\"? Those in occupations above a "
        "threshold of the probability.",
    ],
    why="The 47% is an employment-weighted share: workers in occupations scored above 0.7, "
    "divided by all workers. It describes what could be computerised, not a forecast of jobs lost.",
    reference=Solution(
        code='choice = "b"',
        explanation="Frey and Osborne gave each occupation one probability and counted all the "
        "people working in occupations above 0.7. The result is a share of US employment.",
    ),
)

q2 = NumberQuestion(
    id="lesson03.q2",
    prompt="Count occupations instead of workers: what percentage of the 702 occupations in "
    "`fo` have a `probability_computerisation` above 0.7? Give a number from 0 to 100, for "
    "example `12.3`.",
    expected=45.01424501424501,
    abs_tol=0.05,
    hints=[
        "`fo[\"probability_computerisation\"] > 0.7` is True for each occupation above 0.7.",
        "The mean of True/False values is the share of True values (True counts as 1). Multiply "
        "by 100 for a percentage.",
        "Write `share_of_occupations = 100 * (fo[\"probability_computerisation\"] > 0.7).mean()`.",
    ],
    why="About 45% of the occupations are above 0.7. This is a share of occupations; the "
    "employment-weighted share (49.4% in our calculation) is a share of workers.",
    mistakes=[
        Mistake(
            answer=49.39685750917772,
            message="That is the employment-weighted share of the section above: a share of "
            "workers. This question asks for a share of occupations: each occupation counts once.",
        ),
        Mistake(
            answer=46.11570247933884,
            message="That is the share of the 605 *matched* occupations (in `matched`). The "
            "question asks about all 702 occupations in `fo`.",
        ),
        Mistake(
            answer=0.4501424501424501,
            message="That is a share from 0 to 1. Multiply by 100 to write it as a percentage.",
        ),
        Mistake(
            answer=316,
            message="That is the number of occupations above 0.7. Divide by the number of all "
            "occupations, 702, and multiply by 100.",
        ),
        Mistake(
            answer=45.58404558404558,  # 100 * (fo["probability_computerisation"] >= 0.7).mean()
            message="`>= 0.7` also counts occupations exactly at 0.7. Frey and Osborne count "
            "those *above* 0.7: use `>`.",
        ),
    ],
    reference=Solution(
        code='share_of_occupations = 100 * (fo["probability_computerisation"] > 0.7).mean()',
        explanation="The comparison gives True or False for each of the 702 occupations; the "
        "mean of these values is the share of True values, and 100 times it is a percentage. "
        "Every occupation counts once, whatever its size.",
    ),
)

q3 = ChoiceQuestion(
    id="lesson03.q3",
    prompt="With the same scores and the same workers, our calculation gives 64.4% of matched "
    "US employment above a threshold of 0.5 and 31.1% above 0.9. Which sentence is right?",
    options={
        "a": "Between 31% and 64% of US jobs will be automated, depending on how fast the "
        "technology develops.",
        "b": "The share depends on where we draw the line for \"high risk\"; the probabilities "
        "of the occupations are the same in both cases.",
        "c": "The figure at 0.9 is more accurate, because a stricter threshold is more careful.",
        "d": "At a threshold of 0.5, half of all US workers are at high risk.",
    },
    answer="b",
    diagnostics={
        "a": "The technology is the same in both figures: nothing changed but the threshold. "
        "And none of these figures is a forecast of automation: exposure is not job loss.",
        "c": "A threshold is a definition, not a measurement, so no threshold is more accurate "
        "than another. A report must say which one it uses, and why.",
        "d": "The threshold (0.5) and the share (64.4%) are different numbers: the threshold is a "
        "probability that each occupation must pass; the share counts the workers in the "
        "occupations that pass it.",
    },
    hints=[
        "What changed between the two figures: the data, or the rule applied to the data?",
    ],
    why="The threshold is a choice of the analyst. Moving it changes the headline a lot, while "
    "the data stay the same, so a headline without its threshold cannot be read.",
    reference=Solution(
        code='choice = "b"',
        explanation="Both figures use the same 605 occupations, the same probabilities and the "
        "same employment weights. Only the definition of \"high risk\" moved.",
    ),
)

q4 = ChoiceQuestion(
    id="lesson03.q4",
    prompt="For the made-up clerk A, 100% of the synthetic workers are above 0.7 at the "
    "occupation level, but only 55.5% at the job level. Why is the job-level share lower?",
    options={
        "a": "The simulation gave the tasks lower scores than the occupation has.",
        "b": "Each synthetic worker spends their time on their own mix of tasks. Workers who "
        "spend more time on hard-to-automate tasks get their own score below 0.7, while the "
        "occupation-level view gave everyone the occupation's score of 0.71.",
        "c": "Random numbers always give lower results.",
        "d": "We simulated only 1,000 workers, fewer than work in a real occupation.",
    },
    answer="b",
    diagnostics={
        "a": "The six task scores were the same in both views. Only the time each worker spends "
        "on each task differs, and on average the workers' scores equal the occupation's score.",
        "c": "No: for the made-up clerk B the job-level share was *higher* than the occupation "
        "level. The spread moves workers to both sides of the line.",
        "d": "A share does not depend on how many workers we simulate: with 10,000 workers the "
        "share would be almost the same. Try `workers_per_occupation=10000`.",
    },
    hints=[
        "Look at the chart of the synthetic clerks by their own score: where are they compared "
        "with 0.7?",
        "At the occupation level, every clerk gets 0.71. At the job level, each clerk gets a "
        "score from their own mix of tasks.",
    ],
    why="The occupation-level view counts all or none of an occupation's workers. The job-level "
    "view counts each worker by their own tasks, so workers whose tasks are harder to automate "
    "drop below the line.",
    reference=Solution(
        code='choice = "b"',
        explanation="The workers' own scores spread around 0.71 (see the chart): those below 0.7 "
        "are no longer counted. That is the task-based critique of Arntz, Gregory and Zierahn "
        "(2016) in miniature.",
    ),
)

q5 = ChoiceQuestion(
    id="lesson03.q5",
    prompt="Which sentence about our simulation could you write in a report?",
    options={
        "a": "Our simulation shows that 55.5% of US office clerks are at high risk of automation.",
        "b": "In a made-up occupation, giving each synthetic worker their own mix of tasks "
        "lowered the share above 0.7 from 100% to 55.5%. This shows how the method works; it is "
        "not a measurement of any real occupation.",
        "c": "The simulation proves that Arntz, Gregory and Zierahn (2016) are right and Frey "
        "and Osborne are wrong.",
        "d": "The simulation reproduces the 9% of Arntz, Gregory and Zierahn (2016).",
    },
    answer="b",
    diagnostics={
        "a": "The clerk, its tasks and their scores were made up, and the workers are synthetic. "
        "No number from the simulation describes real US clerks.",
        "c": "A simulation with made-up numbers cannot prove a study right. It only shows a "
        "mechanism: which way the count can move, and why. Whether it moves in real data is a "
        "question for real data, such as the OECD survey Arntz et al. used.",
        "d": "We did not use any real data on workers' tasks, so we cannot reproduce a real "
        "figure. The simulation even raised the share for clerk B.",
    },
    hints=[
        "Which of the numbers in the simulation came from real data? Look at where the task "
        "scores were written.",
    ],
    why="Synthetic data show how a method behaves; only real data can say how large an effect "
    "is. Say which one you used, every time.",
    reference=Solution(
        code='choice = "b"',
        explanation="The sentence says that the occupation and workers are made up, states what "
        "the simulation shows (the mechanism) and what it does not (a real figure).",
    ),
)

QUESTIONS = (q1, q2, q3, q4, q5)
