"""Pairing quotation marks in news text.

``find_quoted(text)`` returns the stretches of text that stand between quotation marks, one
per paragraph piece, in text order. It understands:

- curly double marks (“ ”), low/guillemet openers („ «, closers »), straight double marks ("),
  whose direction is read from the characters around them;
- single marks (‘ ’ and straight '), only as a pair, only outside a double quote (inside one they
  are a nested quote and part of its content), and never as an apostrophe (Putin’s, don't,
  ’90s, students' ...);
- quotes running over several paragraphs: a paragraph that opens a double quote and does not
  close it, followed by a paragraph that opens one again, is one quote in several pieces
  (``QuotedSpan.continues`` marks the later pieces);
- unbalanced marks: a quote never closes beyond its paragraph, so a stray opening mark cannot
  swallow the rest of the article; a closing mark with no opener is ignored.

The scan is one pass over the quotation-mark characters (found by one compiled regex).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MARK = re.compile("[\"“”„‟«»‘’'\n]")
_DOUBLE_OPEN = "“„‟«"
_DOUBLE_CLOSE = "”»"
_OPENING_CONTEXT = " \t\n([{—–-/"


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """Text between quotation marks: ``text[start:end]`` is the content without the marks.

    ``open_mark``/``close_mark`` are the character offsets of the marks (``close_mark`` is None
    when the quote is cut at a paragraph end). ``continues`` is True for a piece that carries on
    the quote of the previous paragraph; ``double`` is False for single-mark quotes.
    """

    start: int
    end: int
    open_mark: int
    close_mark: int | None
    double: bool = True
    continues: bool = False

    @property
    def closed(self) -> bool:
        return self.close_mark is not None


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _straight_double_role(text: str, i: int) -> str:
    """'open', 'close' or '?' for a straight double mark at ``i``."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before in _OPENING_CONTEXT and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or not _is_word(after)):
        return "close"
    return "?"


def _single_opens(text: str, i: int) -> bool:
    """A single mark at ``i`` opens a quote: after a space or bracket, before a letter."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before not in _OPENING_CONTEXT and before not in '"“':
        return False
    # ’90s, 'em, 'til: elisions, not quotes
    return after.isalpha() and not text[i + 1 : i + 4].lower().startswith(("em ", "til", "cause"))


def _single_closes(text: str, i: int) -> bool:
    """A single mark at ``i`` can close a quote: after a non-space, not inside a word."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not _is_word(after)


def _paragraph_end(text: str, i: int) -> int:
    """Offset of the end of the paragraph containing ``i`` (trailing spaces excluded)."""
    end = text.find("\n", i)
    end = len(text) if end < 0 else end
    while end > i and text[end - 1].isspace():
        end -= 1
    return end


def _next_paragraph_opens(text: str, i: int) -> bool:
    """True when the paragraph after the line break at ``i`` starts with an opening double mark."""
    j = i
    while j < len(text) and text[j].isspace():
        j += 1
    return j < len(text) and (
        text[j] in _DOUBLE_OPEN or (text[j] == '"' and _straight_double_role(text, j) == "open")
    )


def find_quoted(text: str) -> list[QuotedSpan]:
    """Every quoted stretch of ``text`` in order (see the module docstring for the rules)."""
    found: list[QuotedSpan] = []
    double_open: int | None = None  # offset of the pending double opening mark
    single_open: int | None = None
    continues = False  # the pending double quote carries on the previous paragraph's quote
    carry_on = False  # the next double opener carries on a quote cut at a paragraph end
    for match in _MARK.finditer(text):
        i = match.start()
        ch = text[i]
        if ch == "\n":
            if double_open is not None:
                end = _paragraph_end(text, double_open + 1)
                if end > double_open + 1:
                    found.append(
                        QuotedSpan(double_open + 1, end, double_open, None, True, continues)
                    )
                # a continued quote reopens at the next paragraph's mark; otherwise it is cut here
                carry_on = _next_paragraph_opens(text, i)
            double_open = None
            single_open = None
            continue
        if ch in '"“”„‟«»':
            role = (
                "open"
                if ch in _DOUBLE_OPEN
                else "close"
                if ch in _DOUBLE_CLOSE
                else _straight_double_role(text, i)
            )
            if ch == "“" and double_open is not None and text[double_open] == "„":
                role = "close"  # German style: „...“
            if double_open is None:
                if role == "close":
                    continue  # a closing mark with no opener: ignore it
                double_open = i
                single_open = None
                continues, carry_on = carry_on, False
            elif role == "open" and ch != '"':
                # a second curly opener before any closer: the first one was stray
                double_open = i
                continues = False
            else:
                if i > double_open + 1:
                    found.append(QuotedSpan(double_open + 1, i, double_open, i, True, continues))
                double_open = None
                continues = carry_on = False
            continue
        # single marks, only outside double quotes
        if double_open is not None:
            continue
        if single_open is None:
            if ch in "‘'" and _single_opens(text, i):
                single_open = i
        elif ch in "’'" and _single_closes(text, i):
            if i > single_open + 1:
                found.append(QuotedSpan(single_open + 1, i, single_open, i, False, False))
            single_open = None
        elif ch in "‘'" and _single_opens(text, i):
            single_open = i
    if double_open is not None:
        end = _paragraph_end(text, double_open + 1)
        if end > double_open + 1:
            found.append(QuotedSpan(double_open + 1, end, double_open, None, True, continues))
    return found
