"""A transcript's heading names who speaks in it: "Foreign Minister Sergey Lavrov's remarks and
answers to media questions at a news conference following talks with ...", "Statement by the
Ministry of Foreign Affairs", "Interview of Sergey Lavrov to RIA Novosti". The paragraphs after
it are that speaker's (a segment, as after "... Lavrov's remarks, which now follow:"), and the
"Answer:" turns too; not another person the heading names ("... talks with Foreign Minister of
Egypt Sameh Shoukry"). A headline with a verb ("Lavrov's remarks spark outrage") is no heading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...words import words

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span, Token

    from ...link.resolve import Resolved

SPEECH_NOUNS = words("speech", "speech_nouns")
# The prepositions that name a speech's speaker: "Statement by ...", "Interview of/with ..."
_BY = {"by"}
_INTERVIEWED = {"by", "of", "with"}
# "Statement of the Ministry of Foreign Affairs on ...", "Message from the President": a text's issuer
_ISSUED_BY = {"by", "of", "from"}
_ISSUED = frozenset({"communique", "communiqué", "declaration", "message", "statement"})


def heading_speaker(sent: Span, speaker_of: Callable[[Token], Resolved | None]) -> Resolved | None:
    """The speaker a heading names, if the sentence is a transcript's heading: a noun phrase (no
    verb) headed by a speech noun, with its owner ("Lavrov's remarks") or its "by" ("Remarks by
    President Biden"; "Interview of/with" too; "Statement of/from" the ministry); a statement's
    state or body set before it ("UK Statement on Eritrea")."""
    root = sent.root
    if root.pos_ not in {"NOUN", "PROPN"} or not _speech_noun(root):
        return None
    for noun in [root, *(c for c in root.children if c.dep_ == "conj" and _speech_noun(c))]:
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None:
            return speaker_of(owner)
        issued = noun.lemma_.lower() in _ISSUED
        named = next((c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
        if issued and named is not None:  # "UK Statement on Eritrea": a state's or body's only
            found = speaker_of(named)
            return found if found is not None and found.type in {"state", "organization"} else None
        preps = _INTERVIEWED if noun.lemma_.lower() == "interview" else _ISSUED_BY if issued else _BY
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in preps):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return speaker_of(pobj)
    return None


def _speech_noun(token: Token) -> bool:
    return token.lower_ in SPEECH_NOUNS or token.lemma_.lower() in SPEECH_NOUNS
