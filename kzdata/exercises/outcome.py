"""What a check, a hint or a solution shows: Markdown in Jupyter, plain text everywhere else.

Every rendering starts with a text label ("Correct:", "Not yet:", ...), so colour is never the
only cue, and both renderings carry the same words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final, Literal

from kzdata.exercises._text import markdown_to_text

__all__ = ["LABELS", "STATUSES", "Feedback", "Outcome", "Status"]

Status = Literal["not_attempted", "incorrect", "correct", "reflection"]

STATUSES: Final[tuple[Status, ...]] = ("not_attempted", "incorrect", "correct", "reflection")

LABELS: Final[dict[str, str]] = {
    "not_attempted": "Not attempted",
    "incorrect": "Not yet",
    "correct": "Correct",
    "reflection": "Reflection recorded",
}


@dataclass(frozen=True, repr=False)
class Outcome:
    """The result of checking one answer.

    Parameters
    ----------
    status : {"not_attempted", "incorrect", "correct", "reflection"}
        What the check found.
    message : str
        Feedback in Markdown. Student values in it are already escaped.
    question_id : str, optional
        The question checked, such as ``"ex00.q1"``.
    notes : tuple of str, optional
        One-line remarks shown under the feedback, e.g. that progress could not be saved.

    Examples
    --------
    >>> outcome = Outcome("correct", "There are `10` major groups.", "ex00.q1")
    >>> print(outcome)
    Correct: There are `10` major groups.
    >>> outcome._repr_markdown_()
    '**Correct:** There are `10` major groups.'
    >>> outcome.passed
    True
    """

    status: Status
    message: str
    question_id: str = ""
    notes: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(
                f"Outcome status must be one of {', '.join(STATUSES)}; got {self.status!r}."
            )

    @property
    def label(self) -> str:
        """The text label shown first: "Correct", "Not yet", "Not attempted", ..."""
        return LABELS[self.status]

    @property
    def passed(self) -> bool:
        """True when the answer is correct or a reflection was recorded."""
        return self.status in ("correct", "reflection")

    def _repr_markdown_(self) -> str:
        text = f"**{self.label}:** {self.message}"
        for note in self.notes:
            text += f"\n\n*Note: {note}*"
        return text

    def __str__(self) -> str:
        text = f"{self.label}: {markdown_to_text(self.message)}"
        for note in self.notes:
            text += f"\n\nNote: {markdown_to_text(note)}"
        return text

    __repr__ = __str__


@dataclass(frozen=True, repr=False)
class Feedback:
    """A hint, a solution or a notice: a label and a Markdown body.

    Examples
    --------
    >>> hint = Feedback("Hint 1 of 2", "Count the rows with `len(df)`.")
    >>> print(hint)
    Hint 1 of 2: Count the rows with `len(df)`.
    >>> hint._repr_markdown_()
    '**Hint 1 of 2:** Count the rows with `len(df)`.'
    """

    label: str
    body: str

    def _repr_markdown_(self) -> str:
        separator = "\n\n" if self.body.startswith(("```", "- ", "1. ")) else " "
        return f"**{self.label}:**{separator}{self.body}"

    def __str__(self) -> str:
        separator = "\n\n" if self.body.startswith(("```", "- ", "1. ")) else " "
        return f"{self.label}:{separator}{markdown_to_text(self.body)}"

    __repr__ = __str__
