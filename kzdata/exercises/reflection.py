"""Reflective questions: free text, a model answer and a rubric, and no verdict.

The check only confirms that the student wrote enough; then it shows a model answer and a rubric
(a list of what a good answer does) so that students can assess their own answer.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Any, ClassVar

from kzdata.exercises._text import describe, is_placeholder, md_code, plain_text
from kzdata.exercises.checks import ExerciseDefinitionError
from kzdata.exercises.outcome import Feedback, Outcome
from kzdata.exercises.question import Question, Solution

__all__ = ["ReflectionQuestion"]


@dataclass(frozen=True, kw_only=True, repr=False, eq=False)
class ReflectionQuestion(Question):
    """A free-text question: the check confirms an answer was written, then shows a model
    answer and a rubric to assess it against. There is no verdict.

    Parameters
    ----------
    model_answer : str
        A good answer, shown after the check and by ``solution()``.
    rubric : sequence of str
        What a good answer does, one point each, completing "Does your answer...".
    min_words : int, default 15
        Fewer words than this get "Not yet".
    variable : str, default "reflection"
        The name the answer cell assigns; the reference solution assigns the model answer to it.
    **kwargs
        The common fields of :class:`~kzdata.exercises.Question` (``reference`` is made for you).

    Examples
    --------
    >>> from kzdata.exercises import ReflectionQuestion
    >>> q = ReflectionQuestion(
    ...     id="demo.reflect", prompt="Why is exposure not the same as job loss?",
    ...     model_answer="Exposure says AI could do some tasks; whether jobs go depends on cost, "
    ...                  "law and how employers reorganise work.",
    ...     rubric=["Separates tasks from jobs.", "Names at least one other factor."],
    ...     min_words=5,
    ... )
    >>> q.check("Tasks are not jobs, and firms decide.").status
    'reflection'
    >>> print(q.check("Tasks."))
    Not yet: Your answer has 1 word. Write at least 5 words: two or three full sentences.
    """

    kind: ClassVar[str] = "reflection"
    expects: ClassVar[str] = "your own text between quotes"

    model_answer: str
    rubric: tuple[str, ...]
    min_words: int = 15
    variable: str = "reflection"

    def __post_init__(self) -> None:
        where = f"Question {self.id}"
        for text in (self.model_answer, *self.rubric):
            if not isinstance(text, str) or not text.strip():
                raise ExerciseDefinitionError(f"{where}: model_answer and every rubric item must be text.")
        if '"""' in self.model_answer:
            raise ExerciseDefinitionError(f'{where}: model_answer must not contain """.')
        if self.reference is None:
            text = textwrap.fill(" ".join(self.model_answer.split()), width=88)
            code = f'{self.variable} = """\n{text}\n"""'
            object.__setattr__(self, "reference", Solution(code=code, variable=self.variable))
        object.__setattr__(self, "rubric", tuple(self.rubric))
        super().__post_init__()

    def evaluate(self, answer: Any) -> Outcome:
        # type() rather than isinstance(): isinstance consults a hostile answer's __class__.
        text = plain_text(answer) if issubclass(type(answer), str) else None
        if is_placeholder(answer) or (text is not None and (not text.strip() or "____" in text)):
            return Outcome(
                "not_attempted",
                f"Write your answer in your own words between the quotes (replace {md_code('____')}), "
                "run that cell, then run this check again."
                + (f" For ideas, run {self._call('hint()')}." if self.hints else ""),
                self.id,
            )
        if text is None:
            return Outcome(
                "incorrect",
                f"Your answer is {describe(answer)}. Write your reflection as text between triple "
                'quotes: `"""` at the start and at the end.',
                self.id,
            )
        words = len(text.split())
        if words < self.min_words:
            noun = "word" if words == 1 else "words"
            return Outcome(
                "incorrect",
                f"Your answer has {words} {noun}. Write at least {self.min_words} words: two or "
                "three full sentences.",
                self.id,
            )
        return Outcome(
            "reflection",
            f"You wrote {words} words. Now compare your answer with the model answer and the "
            f"rubric below; there is no single right answer.\n\n{self._model()}",
            self.id,
        )

    def _model(self) -> str:
        rubric = "\n".join(f"- {item}" for item in self.rubric)
        return f"**Model answer:** {self.model_answer.strip()}\n\n**Does your answer...**\n\n{rubric}"

    def solution(self) -> Feedback:
        return Feedback("Model answer and rubric", self._model().removeprefix("**Model answer:** "))
