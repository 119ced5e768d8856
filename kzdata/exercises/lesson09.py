"""Formative checks inside ``lessons/09-work-rights-and-transition.ipynb``.

Five checks, one every 15 minutes or so: displacement is not job loss (q1, a misconception), the
toy model without new tasks (q2, a number computed with ``kzdata.scenarios.task_model``), a
foresight count is not a statistic (q3, a misconception), what the Labour Code requires and what
is unverified (q4), and the duties of two laws compared (q5). The model figures quoted in the
prompts are computed in the lesson; ``tests/lessons/test_lesson09.py`` checks that they still
are what the model gives.
"""

from __future__ import annotations

from kzdata.exercises import ChoiceQuestion, Mistake, NumberQuestion, Solution

NOTEBOOK = "lessons/09-work-rights-and-transition.ipynb"

SETUP = """\
import kzdata
from kzdata import scenarios
from kzdata.exercises import lesson09, ____
sectors = scenarios.illustrative_sectors()
"""

q1 = ChoiceQuestion(
    id="lesson09.q1",
    prompt="In our made-up two-sector economy, the displacement effect is -5.31% of the starting "
    "wage bill. A classmate says: 'So this automation destroys 5.31% of jobs.' Which answer is "
    "right?",
    options={
        "a": "Yes: the displacement effect is the share of jobs that disappear.",
        "b": "No. Displacement is one of four effects: new tasks (reinstatement, +4.23%) and "
        "productivity (+0.98%) offset most of it, so the total is -0.10%. And the model "
        "measures the wage bill (the pay for work done by people), not a number of jobs, in "
        "made-up sectors.",
        "c": "No: the real loss is larger, because every automated task means one lost job.",
        "d": "Yes, but only in manufacturing, because services have no automation.",
    },
    answer="b",
    diagnostics={
        "a": "Displacement is the work that automation moves from people to machines, before "
        "anything else happens. Read the other rows of the table `economy`: two effects push "
        "the other way, and the row `total` adds all four.",
        "c": "A task is not a job (lesson 01): a job holds many tasks. And the model has no "
        "jobs at all, only the wage bill. Look at the row `total` of the table `economy`.",
        "d": "The table `sectors` gives services an automated share of 0.03, so services have "
        "some automation too. And the effects are changes in the wage bill, not in jobs.",
    },
    hints=[
        "Look at all five rows of the table `economy`, not only at `displacement`.",
        "What does the model measure: people, jobs, or pay for work done by people?",
    ],
    why="Displacement is one force among four; the total is what happens to labour demand, and "
    "even the total is a change in the wage bill of a made-up economy, not a count of jobs.",
    reference=Solution(
        code='displacement_choice = "b"',
        explanation="The row `total` is the sum of the four effects: -5.31 + 4.23 + 0.98 + 0.00 "
        "= -0.10 (with rounding). Reinstatement almost offsets displacement. The unit is the "
        "wage bill, so even a negative total could mean lower pay or fewer hours rather than "
        "fewer jobs.",
    ),
)

_NO_NEW_TASKS_TOTAL = -4.332  # pinned in tests/lessons/test_lesson09.py

q2 = NumberQuestion(
    id="lesson09.q2",
    prompt="Run the model again with no new tasks in either sector (`new_task_share` = 0 in "
    "both rows of `sectors`); keep everything else as in `illustrative_sectors()`. What is the "
    "total change in labour demand for the whole economy, in % of the starting wage bill? Give "
    "a number such as -1.23.",
    expected=_NO_NEW_TASKS_TOTAL,
    abs_tol=0.01,
    say_direction=True,
    hints=[
        "`sectors.assign(new_task_share=0.0)` gives a copy of the table with 0 in that column "
        "for both sectors.",
        "Pass that copy to `scenarios.task_model(...)`, as in section 2.",
        'In the result keep the row where `sector` is `"whole economy"` and `effect` is '
        '`"total"`, and take its `labour_demand_change_pct` with `.item()`.',
    ],
    why="Without new tasks nothing offsets displacement except the small productivity effect: "
    "labour demand falls by 4.33% of the wage bill instead of 0.10%.",
    mistakes=[
        Mistake(answer=-0.098, message="That is the total with the new tasks of "
                "`illustrative_sectors()`. Did you set `new_task_share` to 0 before you ran the "
                "model?"),
        Mistake(answer=-5.309, message="That is the displacement effect only. The question asks "
                "for the row `total`, which adds all four effects."),
        Mistake(answer=-1.401, message="You set `new_task_share` to 0 in manufacturing only. "
                "The question asks for 0 in both sectors."),
        Mistake(answer=-3.029, message="You set `new_task_share` to 0 in services only. The "
                "question asks for 0 in both sectors."),
    ],
    reference=Solution(
        code="no_new = scenarios.task_model(sectors.assign(new_task_share=0.0))\n"
        'is_total = (no_new["sector"] == "whole economy") & (no_new["effect"] == "total")\n'
        'total_no_new_tasks = no_new.loc[is_total, "labour_demand_change_pct"].item()',
        explanation="`assign` replaces the column in a copy, so `sectors` itself does not "
        "change. The reinstatement effect becomes 0, and the total is displacement (-5.31) plus "
        "productivity (+0.98): -4.33% of the starting wage bill.",
    ),
)

q3 = ChoiceQuestion(
    id="lesson09.q3",
    prompt="A news site writes: 'The Atlas of New Professions shows that 129 professions have "
    "disappeared in Kazakhstan since 2020.' What is wrong with this sentence?",
    options={
        "a": "Nothing: the claims ledger marks the Atlas figures 'confirmed'.",
        "b": "The 129 are specialisations that experts in 2020 expected to disappear (foresight). "
        "They are a forecast, not a count of what has happened, and they count names in a "
        "list, not jobs or people.",
        "c": "The number is wrong: the Atlas gives 239.",
        "d": "It should divide 129 by the nine sectors: about 14 professions per sector.",
    },
    answer="b",
    diagnostics={
        "a": "'Confirmed' says that the Atlas really gives 129 (a news report of 2020 says so). "
        "It does not make the 129 a count of what has happened: look at the column "
        "`value_type` of the Atlas rows in `policy_timeline`.",
        "c": "239 is the number of *new* specialisations. The Atlas gives 129 for those "
        "expected to disappear; the problem is what the 129 means, not its size.",
        "d": "Dividing does not fix the sentence: the 129 would still be a forecast, presented "
        "as something that has already happened.",
    },
    hints=[
        "Read the column `value_type` of the Atlas rows in `policy_timeline`.",
        "Who made the list, when, and with which method? Does the list count people?",
    ],
    why="Foresight is a structured expert judgement about the future. A forecast has not been "
    "measured, so it is not a statistic, and a list of specialisations says nothing about how "
    "many people work in them.",
    reference=Solution(
        code='atlas_choice = "b"',
        explanation="`policy_timeline` gives the Atlas counts the value type 'forecast'. The "
        "sentence turns an expectation of 2020 into a fact about the years since, and a "
        "number of names in a list into professions that have 'disappeared'.",
    ),
)

q4 = ChoiceQuestion(
    id="lesson09.q4",
    prompt="Which sentence can you teach as what the law requires, with its source, given what "
    "the course has checked?",
    options={
        "a": "Employers must tell the career centre at least one month before a layoff (Social "
        "Code).",
        "b": "When jobs are cut, the employer must give the employee written notice at least one "
        "month before (Labour Code No. 414-V, art. 53(1), as quoted by Dogovor24; the official "
        "text on adilet.zan.kz was not opened).",
        "c": "The employer does not need to tell anybody except the employee.",
        "d": "The Law on Employment, art. 28(2)(2), sets the career-centre rule today.",
    },
    answer="b",
    diagnostics={
        "a": "Nobody on the course found the one-month deadline for the career-centre notice, "
        "or the Social Code article. In the ledger this part of the claim is unverified: check "
        "the Social Code (adilet.zan.kz, K2300000224) before you teach it.",
        "c": "A regional news site (otyrar.kz, September 2025) reports a duty to inform the "
        "career centre, with the grounds and the number of workers. Its deadline is unverified, "
        "but the duty is reported.",
        "d": "The Social Code of 20 April 2023 (No. 224-VII, in force 1 July 2023) replaced the "
        "Law on Employment. Article 28(2)(2) was the old rule; the current article is not known.",
    },
    hints=[
        "Look at the column `status` of the three layoff rows of the ledger in section 5.",
        "Which rule has a named article that a legal site quotes word for word?",
    ],
    why="Only the notice to the employee has a source that quotes the article (Dogovor24 quoting "
    "Labour Code art. 53(1)); even that is second-hand, so say so and point to adilet.zan.kz.",
    reference=Solution(
        code='law_choice = "b"',
        explanation="Option (b) states the rule, names the article and says how we know it. "
        "Options (a) and (d) present unverified or repealed rules as current law; option (c) "
        "ignores the reported career-centre duty.",
    ),
)

q5 = ChoiceQuestion(
    id="lesson09.q5",
    prompt="A bank in Almaty starts to use an AI system to draft replies to its clients. Which "
    "sentence compares the two laws correctly?",
    options={
        "a": "Both laws require the bank to train its staff in AI literacy.",
        "b": "Kazakhstan's AI law, as reported, looks outward: clients must be told when a "
        "service is produced with AI. The EU AI Act's Article 4 looks inward: providers and "
        "deployers must take measures for a sufficient level of AI literacy of their staff. "
        "The EU Act does not bind a bank that works only in Kazakhstan.",
        "c": "Article 4 of the EU AI Act requires the bank to label every reply written with AI.",
        "d": "Kazakhstan's AI law copies Article 4 of the EU AI Act word for word.",
    },
    answer="b",
    diagnostics={
        "a": "The reports of Kazakhstan's law that the course read mention no duty of AI literacy "
        "for staff. That does not prove the law has none: nobody on the course has read the "
        "official text. Say what the reports say.",
        "c": "Labelling is article 21 of Kazakhstan's law, as reported. Article 4 of the EU AI Act "
        "is about the AI literacy of staff: read its text in section 7 again.",
        "d": "The two duties are different: one is about telling users, the other about the "
        "knowledge of staff. Compare the two columns of the table `duties`.",
    },
    hints=[
        "For each law ask two questions: who has the duty, and towards whom?",
        "Read the table `duties` in section 7, row by row.",
    ],
    why="Article 21 (as reported) protects the people who receive AI-made goods and services; "
    "Article 4 protects the people who work with AI systems. Both matter for workers, in "
    "different ways.",
    reference=Solution(
        code='laws_choice = "b"',
        explanation="Option (b) names the duty-holder and the people protected for each law, "
        "keeps 'as reported' for the Kazakh article, and says where the EU Act applies.",
    ),
)

QUESTIONS = (q1, q2, q3, q4, q5)
