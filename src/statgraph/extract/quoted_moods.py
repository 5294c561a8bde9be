"""The mood of a quoted clause: what a speech verb that is also a demand cue ("insisted",
"urged", "demanded") frames in quotation marks is asked for only when it asks.

'"Stop the war," he urged' and '"Washington must lift the sanctions," he insisted' ask: an
imperative or a deontic clause is what the demand demands. '"We reject the sanctions," he
insisted' asserts: the quote is the speaker's own speech, whose cues ("reject") carry its
stance, and the speech verb demands nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Double quotation marks only: a single curly mark is also an apostrophe.
_QUOTE_MARKS = frozenset({'"', "“", "”", "«", "»", "„"})
_DEONTIC = frozenset({"should", "must", "ought", "shall"})
_SEMI_MODALS = frozenset({"have", "need"})


def quoted_clause(clause: Token) -> bool:
    """Whether a verb's clause is its direct quote: a quotation mark stands between the clause
    and the verb ('"We reject it," he insisted'; 'he insisted: "We reject it."')."""
    if clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return False
    verb, doc = clause.head, clause.doc
    if clause.i < verb.i:
        between = doc[clause.right_edge.i + 1 : verb.i]
    else:
        between = doc[verb.i + 1 : clause.left_edge.i + 1]
    return any(t.text in _QUOTE_MARKS for t in between)


def clause_mood(clause: Token) -> str:
    """ "imperative" ("Stop the war", "Let us talk"), "deontic" ("Washington must lift them",
    "we need to act"), else "assertion" ("We reject the sanctions", "This is a violation")."""
    children = list(clause.children)
    auxes = {c.lower_ for c in children if c.dep_ in {"aux", "auxpass"}}
    if auxes & _DEONTIC:
        return "deontic"
    if clause.lemma_.lower() in _SEMI_MODALS and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in children
    ):
        return "deontic"  # "we have to act", "Europe needs to respond"
    subject = any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in children)
    if not subject and not auxes and (clause.tag_ == "VB" or clause.lemma_.lower() == "let"):
        return "imperative"
    return "assertion"


def quoted_assertion(verb: Token) -> bool:
    """Whether a speech verb frames a quote that asserts and nothing else it could ask for:
    '"We reject the sanctions," Lavrov insisted' (no object; the quote is no imperative and
    owes nothing)."""
    if any(c.dep_ in {"dobj", "obj"} for c in verb.children):
        return False
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    return clause is not None and quoted_clause(clause) and clause_mood(clause) == "assertion"
