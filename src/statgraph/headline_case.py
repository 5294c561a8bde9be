"""A Title Case headline read as a sentence: "Russia Slams NATO Expansion" is parsed as
"Russia slams NATO expansion", so that its verbs and nouns are not all read as one name.

The copy keeps every character's place (only the case of some first letters changes), so the
offsets of what is found in it index the original text, and the evidence is read from that.
A word keeps its capital when it is the headline's first, written in capitals ("NATO", "EU"),
the name of a known actor or a demonym, or written with a capital more often than not in the
document's own text ("Lula", "Pat Conroy"); every other word is read in lower case.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from .words import words as word_list

if TYPE_CHECKING:
    from .link.gazetteer import Gazetteer
    from .models import Document, Passage

_WORD = re.compile(r"[^\W\d_][\w’'.]*")
_BODY_WORD = re.compile(r"[^\W\d_]+")
# Honorifics, after which a name follows: "Dr", "Sheikh", "General" (ontology/names.toml).
_HONORIFICS = frozenset(w.rstrip(".") for w in word_list("names", "honorifics"))


def read_headline(document: Document, text: str, passage: Passage, gazetteer: Gazetteer) -> str:
    """The words of a passage as the parser is to read them: the document's own Title Case
    headline in sentence case, any other passage as it is."""
    line = text[passage.start : passage.end]
    if not document.title or " ".join(line.split()) != " ".join(document.title.split()) or not is_headline(line):
        return line
    return sentence_case(line, text[: passage.start] + text[passage.end :], gazetteer)


def is_headline(text: str) -> bool:
    """Whether a line is a headline in Title Case: no closing full stop, and nearly all of
    its longer words capitalised ("Kremlin Says Moscow, Havana Have 'Synchronised Positions'")."""
    stripped = text.rstrip()
    if len(stripped) > 300 or stripped.endswith((".", "!", ":", ";", ",")) or speaker_line(stripped):
        return False
    words = [w.strip("'‘’\"“”(") for w in stripped.split()]
    long_words = [w for w in words if len(w) > 3 and w[:1].isalpha()]
    if len(long_words) < 3:
        return False
    return sum(1 for w in long_words if w[0].isupper()) / len(long_words) >= 0.8


# A parliament's speaker line: a name of two to six capitalised words, then its seat, party or
# office in brackets, with a comma inside or a second bracket ("Jane Doe (Wills, Labor Party)",
# "Tom Reeve (Harrow East) (Con)"): the record's text, no headline
_SPEAKER_LINE = re.compile(
    r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){1,5} \((?:[^()]*,[^()]*\)|[^()]*\) \([^()]*\))"
)


def speaker_line(line: str) -> bool:
    """Whether a line is a speaker line of a parliament's record: a name and a bracket, alone."""
    if _SPEAKER_LINE.fullmatch(line) is None:
        return False
    name = line[: line.index(" (")].split()
    return not any(w.lower() in STOP_WORDS for w in name)  # not "Putin Meets Xi In Beijing (Video, Photos)"


def sentence_case(line: str, body: str, gazetteer: Gazetteer) -> str:
    """A Title Case line with the first letters of its common words lowered, same length: `body`
    is the document's other text, whose words tell names from common words."""
    counts = Counter(m.group(0) for m in _BODY_WORD.finditer(body))
    names = frozenset(
        w for w, n in counts.items() if w[:1].isupper() and n > counts.get(w.lower(), 0) and w.lower() not in STOP_WORDS
    )
    words = [(m.start(), re.split(r"[’'.]", m.group(0))[0]) for m in _WORD.finditer(line)]
    kept = _known_runs(line, words, gazetteer) | _titled_names(words, counts)
    chars = list(line)
    for k, (start, word) in enumerate(words):
        lowered = word[:1].lower()
        if k and word[:1].isupper() and len(lowered) == 1 and start not in kept and not _kept(word, names, gazetteer):
            chars[start] = lowered
    return "".join(chars)


def _titled_names(words: list[tuple[int, str]], counts: Counter[str]) -> set[int]:
    """Where a name after an honorific starts, with the honorific ("Dr. Maleeha Lodhi", "Sheikh
    Tamim"): capitalised words, no function words, that the document never writes in lower case."""
    found: set[int] = set()
    for k in range(1, len(words)):
        title = words[k - 1]
        if title[1].lower() not in _HONORIFICS:
            continue
        run = [w for w in words[k:] if w[1][:1].isupper()]
        run = run[: next((n for n, w in enumerate(run) if counts.get(w[1].lower(), 0) or w[1].lower() in STOP_WORDS), len(run))]
        if run and run[0] == words[k]:
            found.update(start for start, _ in (title, *run))
    return found


def _known_runs(line: str, words: list[tuple[int, str]], gazetteer: Gazetteer) -> set[int]:
    """Where the words of a known actor's name of two to five words start ("Security Council")."""
    found: set[int] = set()
    for k in range(len(words)):
        if words[k][1].lower() in STOP_WORDS:
            continue  # "The EU": the article is no part of the name
        for size in range(5, 1, -1):
            run = words[k : k + size]
            if len(run) == size and gazetteer.find(line[run[0][0] : run[-1][0] + len(run[-1][1])]) is not None:
                found.update(start for start, _ in run)
                break
    return found


def _kept(word: str, names: frozenset[str], gazetteer: Gazetteer) -> bool:
    """Whether a word of a headline keeps its capital: an acronym, a month or day, a name the
    text writes or a known actor's or people's name."""
    if len(word) > 1 and word.isupper() or word in names or word.lower() in _CALENDAR:
        return True
    return gazetteer.find(word) is not None or gazetteer.demonym(word) is not None


_CALENDAR = frozenset(name.lower() for name in (*calendar.month_name, *calendar.day_name) if name)
