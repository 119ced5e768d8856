"""Text helpers that never raise: the placeholder, safe descriptions of answers, Markdown.

Everything here may be handed a student's answer, so every function guards against objects whose
``__repr__``, ``__len__``, ``__eq__`` or ``__bool__`` raise.
"""

from __future__ import annotations

import re
import reprlib
from typing import Any, Final

__all__ = [
    "PLACEHOLDER",
    "describe",
    "is_placeholder",
    "markdown_to_text",
    "plain_text",
    "md_code",
    "md_escape",
    "safe_repr",
    "safe_str",
    "type_name",
]


class _Placeholder:
    """The blank a student replaces with an answer. There is exactly one, named ``____``."""

    __slots__ = ()
    _instance: _Placeholder | None = None

    def __new__(cls) -> _Placeholder:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "____"

    def __reduce__(self) -> str:
        return "PLACEHOLDER"

    def __copy__(self) -> _Placeholder:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> _Placeholder:
        return self


PLACEHOLDER: Final = _Placeholder()


def is_placeholder(answer: object) -> bool:
    """Return True for an answer that was not filled in: ``____``, ``None`` or ``...``.

    Identity checks only, so no code of the answer's own runs.

    Examples
    --------
    >>> from kzdata.exercises import ____
    >>> is_placeholder(____), is_placeholder(None), is_placeholder(...), is_placeholder(0)
    (True, True, True, False)
    """
    return answer is PLACEHOLDER or answer is None or answer is Ellipsis


def plain_text(text: str) -> str:
    """Return the characters of a ``str`` (or str subclass) as a plain ``str``.

    A subclass may override ``strip`` or ``split`` with code that raises; the plain copy cannot.

    Examples
    --------
    >>> type(plain_text(type("Mine", (str,), {})("abc")))
    <class 'str'>
    """
    return str.__str__(text)


def type_name(obj: object) -> str:
    """Return the name of ``obj``'s type, such as ``'int'`` or ``'DataFrame'``."""
    try:
        name = type(obj).__name__
    except Exception:  # a metaclass with a hostile __name__
        return "object"
    return name if isinstance(name, str) else "object"


def safe_str(obj: object, limit: int = 200) -> str:
    """Return ``str(obj)`` on one line, shortened to ``limit`` characters; never raise.

    Examples
    --------
    >>> safe_str(ValueError("bad\\nvalue"))
    'bad value'
    """
    try:
        text = str(obj)
        if not isinstance(text, str):
            raise TypeError("__str__ returned a non-string")
    except Exception:
        return f"(a {type_name(obj)} that cannot be printed)"
    return _shorten(text, limit)


_REPR = reprlib.Repr()
_REPR.maxstring = 60
_REPR.maxother = 60
_REPR.maxlist = _REPR.maxtuple = _REPR.maxset = _REPR.maxdict = 6
_REPR.maxlevel = 3


def safe_repr(obj: object, limit: int = 60) -> str:
    """Return a short one-line ``repr`` of ``obj``; never raise.

    Examples
    --------
    >>> safe_repr("Managers")
    "'Managers'"
    >>> safe_repr(list(range(100)))
    '[0, 1, 2, 3, 4, 5, ...]'
    """
    try:
        text = _REPR.repr(obj)
        if not isinstance(text, str):
            raise TypeError("__repr__ returned a non-string")
    except Exception:
        return f"(a {type_name(obj)} that cannot be printed)"
    return _shorten(text, limit)


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text[: limit * 4].split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _safe_len(obj: object) -> int | None:
    try:
        n = len(obj)  # type: ignore[arg-type]
    except Exception:
        return None
    return n if isinstance(n, int) else None


def describe(answer: object) -> str:
    """Describe an answer in plain words, for messages such as "your answer is ...".

    Student values are wrapped in Markdown code spans, so angle brackets and stars are safe.

    Examples
    --------
    >>> describe(12)
    'the number `12`'
    >>> describe("ten")
    "the text `'ten'`"
    >>> describe([1, 2])
    'a list of 2 items'
    """
    try:
        return _describe(answer)
    except Exception:  # a hostile __class__, __len__ or shape
        return f"an object of type {md_code(type_name(answer))}"


def _describe(answer: object) -> str:
    # Imported here so that this module stays importable without pandas.
    import numbers

    import pandas as pd

    name = type_name(answer)
    if isinstance(answer, bool) or name == "bool":
        return f"the yes/no (boolean) value {md_code(safe_repr(answer))}"
    if isinstance(answer, numbers.Number):
        return f"the number {md_code(safe_repr(answer))}"
    if isinstance(answer, str):
        return f"the text {md_code(safe_repr(answer))}"
    if isinstance(answer, pd.DataFrame):
        shape = getattr(answer, "shape", None)
        if isinstance(shape, tuple) and len(shape) == 2:
            return f"a DataFrame with {_count(shape[0], 'row')} and {_count(shape[1], 'column')}"
        return "a DataFrame"
    if isinstance(answer, pd.Series):
        n = _safe_len(answer)
        return "a Series" if n is None else f"a Series of {_count(n, 'value')}"
    if callable(answer):
        return f"a function or other callable ({md_code(name)})"
    n = _safe_len(answer)
    if isinstance(answer, (list, tuple, set, frozenset, dict)) and n is not None:
        return f"a {name} of {_count(n, 'item')}"
    article = "an" if name[:1].lower() in "aeiou" else "a"
    return f"{article} {md_code(name)} object"


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~&!])")


def md_escape(text: str) -> str:
    r"""Escape Markdown and HTML characters in ``text`` so it renders literally.

    Examples
    --------
    >>> md_escape("<class 'int'> *x*")
    "\\<class 'int'\\> \\*x\\*"
    """
    return _MD_SPECIAL.sub(r"\\\1", text)


def md_code(text: str) -> str:
    """Wrap ``text`` in a Markdown code span that survives backticks inside it.

    Examples
    --------
    >>> md_code("a < b")
    '`a < b`'
    >>> md_code("x`y")
    '``x`y``'
    """
    text = " ".join(str(text).split()) or " "
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


_CODE_SPAN = re.compile(r"(`+)(.+?)\1", re.DOTALL)
_FENCED = re.compile(r"^```.*?^```[ \t]*$", re.DOTALL | re.MULTILINE)
_UNESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~&])")


def markdown_to_text(markdown: str) -> str:
    """Turn the small Markdown subset used in feedback into readable plain text.

    Bold markers and backslash escapes go; code spans and fenced code blocks stay as written.

    Examples
    --------
    >>> markdown_to_text(r"**Hint:** use `len(df)`, not \\<this\\>")
    'Hint: use `len(df)`, not <this>'
    """
    out: list[str] = []
    pos = 0
    pattern = re.compile(f"{_FENCED.pattern}|{_CODE_SPAN.pattern}", re.DOTALL | re.MULTILINE)
    for match in pattern.finditer(markdown):
        out.append(_plain(markdown[pos : match.start()]))
        out.append(match.group(0))
        pos = match.end()
    out.append(_plain(markdown[pos:]))
    return "".join(out)


def _plain(text: str) -> str:
    text = text.replace("**", "")
    return _UNESCAPE.sub(r"\1", text)
