"""Formative checks inside ``lessons/04-measuring-exposure-generative-ai.ipynb``.

Five short checks, one every 10-15 minutes: E1 vs E2 in the rubric of Eloundou et al., what a
high correlation between GPT-4 and human raters does and does not show (AI rating AI), what a
standardised score such as the AIOE means (a misconception: it is not a percentage), moving an
ILO cut-off (a cut-off is a modelling choice), and exposure vs job loss (a misconception). Only
``q4`` needs data: the ILO occupation scores ``ilo_genai_occupations`` (a remote dataset, read
from the mirror in class).
"""

from __future__ import annotations

from kzdata.exercises import ChoiceQuestion, Mistake, NumberQuestion, Solution

NOTEBOOK = "lessons/04-measuring-exposure-generative-ai.ipynb"

SETUP = """\
import kzdata
from kzdata import exposure
from kzdata.exercises import lesson04, ____
occ = kzdata.load("ilo_genai_occupations")
"""


q1 = ChoiceQuestion(
    id="lesson04.q1",
    prompt="A bank's call-centre task: \"Check a customer's account and explain the recent "
    "charges to them.\" A rater thinks that ChatGPT on its own cannot do this, because it cannot "
    "see the bank's accounts. But a tool built on an LLM and connected to the bank's database "
    "could halve the time, at the same quality. Which label does the rubric give the task?",
    options={
        "a": "E0: no exposure.",
        "b": "E1: direct exposure.",
        "c": "E2: exposure through software built on an LLM.",
        "d": "None: a task that needs a database cannot be rated.",
    },
    answer="c",
    diagnostics={
        "a": "E0 means that neither an LLM nor software built on one would cut the time by half. "
        "Here the rater thinks the connected tool would, so the task is exposed.",
        "b": "E1 needs the LLM *on its own*, for example in a chat window, to halve the time. "
        "The rater says ChatGPT alone cannot see the accounts, so it is not E1.",
        "d": "Every task gets one of the three labels. E2 exists exactly for tasks that need "
        "extra software or data around the LLM.",
    },
    hints=[
        "Ask two questions in order. Could an LLM on its own halve the time? If not, could "
        "software built on an LLM halve it?",
        "The first answer is no (ChatGPT cannot see the accounts); the second is yes (the "
        "connected tool could).",
    ],
    why="E2 is for tasks that an LLM alone cannot speed up, but software built on an LLM "
    "(here, connected to the bank's data) could speed up by at least half.",
    reference=Solution(
        code='label = "c"',
        explanation="An LLM on its own does not halve the time (no access to the accounts), but "
        "LLM-powered software does: that is the definition of E2.",
    ),
)

q2 = ChoiceQuestion(
    id="lesson04.q2",
    prompt="Across 923 US occupations, GPT-4's beta and the human raters' beta have a "
    "correlation of r = 0.876. What does this show?",
    options={
        "a": "That GPT-4's ratings are correct, because they match people's ratings.",
        "b": "That the two sets of ratings rank occupations in a similar way. It does not show "
        "that either set is right, and GPT-4 still rates more exposure on average.",
        "c": "That GPT-4 copied the human ratings.",
        "d": "Nothing: a correlation of 0.876 is too weak to mean anything.",
    },
    answer="b",
    diagnostics={
        "a": "Agreement is not accuracy. Both sets of ratings are judgements from the same short "
        "task texts, so they can share the same mistakes. An independent check would measure, "
        "for example, how much time an LLM really saves on real tasks.",
        "c": "Nothing in the data says that. A correlation only says that the two lists of "
        "numbers go up and down together.",
        "d": "A correlation of 0.876 is strong: 1 would be a perfect straight-line match and 0 "
        "no relation at all. The question is what a strong correlation proves.",
    },
    hints=[
        "A correlation measures how closely two lists of numbers move together. Does it say "
        "which list is right?",
        "Look again at the means in the lesson: are the two sets of ratings also equal on "
        "average?",
    ],
    why="A high correlation means similar rankings, not correct ratings. When an AI model "
    "rates AI, agreement with human raters is useful but it is not an independent check.",
    reference=Solution(
        code='reading = "b"',
        explanation="The correlation compares the two rankings. It cannot tell whether both are "
        "too high or too low, and the means show that GPT-4 rates more exposure.",
    ),
)

q3 = ChoiceQuestion(
    id="lesson04.q3",
    prompt="Cashiers have an AIOE of about -0.25. What does this mean?",
    options={
        "a": "AI cannot do any of a cashier's work.",
        "b": "25% of a cashier's tasks are safe from AI.",
        "c": "Cashiers are a little less exposed than the average US occupation in the index, "
        "about a quarter of a standard deviation below it.",
        "d": "It is an error in the data: exposure cannot be negative.",
    },
    answer="c",
    diagnostics={
        "a": "A negative AIOE does not mean zero exposure. The index is standardised: 0 is the "
        "average occupation, so a negative value only means below the average.",
        "b": "The AIOE is not a percentage or a share of tasks. It is a standardised score: "
        "distance from the average, in standard deviations.",
        "d": "A standardised score is negative for every occupation below the average; about "
        "half of the occupations in the table have a negative AIOE.",
    },
    hints=[
        "The AIOE has mean 0 and standard deviation 1 across US occupations. What does 0 mean?",
        "A value of -1 would be one standard deviation below the average occupation.",
    ],
    why="A standardised score says where an occupation stands relative to the others "
    "(0 = average, 1 = one standard deviation above), not how much of its work AI can do.",
    reference=Solution(
        code='meaning = "c"',
        explanation="The AIOE was standardised to mean 0 and standard deviation 1, so -0.25 is "
        "a quarter of a standard deviation below the average US occupation.",
    ),
)

q4 = NumberQuestion(
    id="lesson04.q4",
    prompt="Keep every ILO cut-off as it is, but let Gradient 4 start at a mean of 0.55 instead "
    "of 0.60. How many of the 427 occupations are in Gradient 4 now?",
    expected=35,
    hints=[
        "Use `exposure.classify_ilo_2025(occ, gradient_from_mean_score=(0.40, 0.50, 0.55))`: "
        "the three numbers are where Gradients 2, 3 and 4 start.",
        "Count the rows whose `category_2025_kzdata` is `\"Exposed: Gradient 4\"`: compare the "
        "column with that text and add up the result with `.sum()`.",
    ],
    why="With the same data, a cut-off 0.05 lower puts 35 occupations in Gradient 4 instead of "
    "13: the cut-off is a modelling choice, and the headline moves with it.",
    mistakes=[
        Mistake(
            answer=13,
            message="13 is the count with the ILO's own cut-off (0.60). Did you pass the new "
            "cut-offs `(0.40, 0.50, 0.55)` to `classify_ilo_2025`?",
        ),
        Mistake(
            answer=2,
            message="That is the count with Gradient 4 from 0.65: the cut-off moved the other "
            "way. Lower it to 0.55.",
        ),
        Mistake(
            answer=157,
            message="That is the number of exposed occupations after moving the 'Exposed' "
            "cut-off, as in the cell above. This question moves the Gradient 4 cut-off instead.",
        ),
    ],
    reference=Solution(
        code="moved_4 = exposure.classify_ilo_2025(\n"
        "    occ, gradient_from_mean_score=(0.40, 0.50, 0.55))\n"
        'n_gradient_4 = int((moved_4["category_2025_kzdata"] == "Exposed: Gradient 4").sum())',
        explanation="`gradient_from_mean_score` holds where Gradients 2, 3 and 4 start. The "
        "comparison gives True for each occupation in Gradient 4, and `.sum()` counts the Trues.",
    ),
)

q5 = ChoiceQuestion(
    id="lesson04.q5",
    prompt="Clerical support workers have the highest mean task score of the nine major groups "
    "in the ILO 2025 index, about 0.54. A news site writes: \"More than half of all clerks will "
    "lose their jobs to AI.\" What is wrong with this sentence?",
    options={
        "a": "Nothing: a score of 0.54 means that 54% of clerks will lose their jobs.",
        "b": "The score is an average of task scores, a measure of what AI could do to tasks. It "
        "is not a share of workers, and it says nothing about whether employers will adopt AI, "
        "or when.",
        "c": "The score must be read as 5.4%, not 54%.",
        "d": "Only the date is missing: the sentence would be right with a year added.",
    },
    answer="b",
    diagnostics={
        "a": "A mean task score is not a share of workers. It is the average, over occupations, "
        "of the average score of their tasks. And exposure is potential, not job loss.",
        "c": "The score is not a percentage at all, so neither 54% nor 5.4% of workers follows "
        "from it.",
        "d": "No exposure index gives a timeline: the indicators show what AI can do, not what "
        "it will do. A year would make the sentence look more precise, not more true.",
    },
    hints=[
        "What does one number of the ILO index describe: a task, an occupation, or a worker?",
        "Recall the ILO's warning quoted in the lesson: indicators \"show what AI can do, not "
        "what it will necessarily do\".",
    ],
    why="Exposure is potential task change, not a count of jobs lost: adoption depends on "
    "costs, wages, law and how employers reorganise work.",
    reference=Solution(
        code='problem = "b"',
        explanation="The sentence turns an average task score into a share of workers, and "
        "turns what AI could do into what will happen.",
    ),
)

QUESTIONS = (q1, q2, q3, q4, q5)
