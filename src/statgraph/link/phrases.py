"""A target's short phrase: the head noun phrase of its words, at most five, in their order.

"unacceptable demands to return troops to barracks on its territory" -> "unacceptable
demands to return troops"; "Russia immediately cease its aggression, withdraw its troops"
-> "Russia cease aggression". The phrase is cut at its first clause break, function words
that carry no issue (articles, possessive pronouns, modal verbs, -ly adverbs) are left out,
and the head's first complement ("of ...", "to ...") is kept while it fits.
"""

from __future__ import annotations

import re

from .topics import STOPWORDS, content_stems, issue_part

MAX_WORDS = 5
# Where a clause or an aside starts: the phrase ends before it.
_CLAUSE_BREAKS = frozenset("which who whom whose where while because although though since unless whereas".split())
_BREAK_MARKS = (",", ";", ":", "(", "–", "—", "<")
# Words left out of a short phrase: they name no part of the issue.
_DROPPED = frozenset(
    "the a an its their his her our your my this these those such any all some both each every "
    "must should shall will would can could may might be is are was were been "
    "also even just very so".split()
)
_PREPOSITIONS = frozenset(
    "of on to for with into against by from at over about between among in within under towards toward "
    "amid through across after before during without than as and or nor but that".split()
)
_JOINERS = frozenset({"and", "or", "nor", "but"})
_NOT_ADVERBS = frozenset(
    "supply assembly family ally rally reply apply comply rely early monopoly anomaly italy july".split()
)
_WORD = re.compile(r"[\w'’.-]+|[^\w\s]")
_QUOTES = "\"'“”‘’«» "


def short_phrase(text: str) -> str:
    """The head noun phrase of a target's words, at most five words, in their order.

    Args:
        text: a target as the passage words it ("the eastward expansion of NATO").

    Returns:
        At most `MAX_WORDS` words of `text` (of its issue part, `topics.issue_part`: "the
        latest round of U.S. tariffs" is "U.S. tariffs"), the head kept: the words before the first
        preposition (the last five of them, where the head of an English noun phrase is),
        then the preposition's complement while it fits; "" for a text with no words.
    """
    words = _clause(issue_part(text))
    core_end = next((i for i, w in enumerate(words) if i and w.lower() in _PREPOSITIONS - _JOINERS), len(words))
    core = [w for w in words[:core_end] if not _dropped(w)][-MAX_WORDS:]
    while len(core) > 1 and core[0].lower() in _JOINERS:
        core = core[1:]
    kept = list(core)
    for i in range(core_end, len(words)):
        word = words[i]
        if len(kept) == MAX_WORDS:
            if kept[-1][:1].isupper() and i > core_end + 1:
                kept = kept[: len(core)]  # "on Russian | oil", "on Lockheed | Martin": a cut name misreads
            break
        if i > core_end and word.lower() in _PREPOSITIONS - _JOINERS:
            break
        if not _dropped(word) or i == core_end:
            kept.append(word)
    return _join(kept)


def _clause(text: str) -> list[str]:
    """The words of `text` up to its first clause break (an aside after a comma, a relative
    pronoun); a break in the first two words is skipped ("Russia, the US and ...")."""
    words: list[str] = []
    for token in _WORD.findall(text.strip(_QUOTES)):
        lowered = token.lower()
        if token in _BREAK_MARKS or lowered in _CLAUSE_BREAKS:
            if len(words) >= 2:
                break
            continue
        if token in {"’s", "'s"} or not any(c.isalnum() for c in token):
            continue
        words.append(re.sub(r"(’s|'s)$", "", token))
    return words


def _dropped(word: str) -> bool:
    lowered = word.lower()
    if lowered in _DROPPED:
        return True
    return word.islower() and len(word) > 4 and lowered.endswith("ly") and lowered not in _NOT_ADVERBS


def _join(words: list[str]) -> str:
    while len(words) > 1 and words[-1].lower() in _PREPOSITIONS | STOPWORDS:
        words = words[:-1]
    return " ".join(words)


def phrase_key(text: str) -> frozenset[str]:
    """The content-word stems of a short phrase: two phrases with the same key are one concept."""
    return content_stems(text)

