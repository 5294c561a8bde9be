"""The phrase a target is worded from: the noun with what qualifies it ("the territorial
integrity of Ukraine"), without its clauses, appositions or conjuncts, cut to a reader's
length where it runs on. Grammar only: `arguments.make_target` makes the target.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context.holders import EXAMPLE_PREPS
from .context.subjects import subject_of
from .listing import place_end
from .naming import is_descriptive_name
from .per_token import per_token_span
from ..words import load_words
from .wording import hyphen_whole, name_end, tidy

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Modifiers left out of a target phrase.
_CUT_DEPS = frozenset({"relcl", "appos", "punct", "cc", "conj", "advcl", "parataxis", "mark", "preconj"})
MAX_TARGET_TOKENS = 18
# A list nested inside a phrase ("between Ethiopia and Somaliland") belongs to it.
_INNER_LISTS = frozenset({"conj", "cc", "preconj"})
# Words a cut phrase does not end on: "providing guidance to complete the" ends at "complete".
_LOOSE_ENDS = frozenset({"the", "a", "an", "of", "to", "for", "with", "in", "on", "by", "and", "or", "as"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "such", "any", "some", "its", "their"})
# Nouns by the preposition of their complement (ontology/phrases.toml).
_COMPLEMENTS = load_words("phrases")
_LIGHT_OBJECTS = _COMPLEMENTS["light_objects"]
_NOT_COMPLEMENTS = frozenset({"DATE", "TIME"})  # "talks on Monday"
_INFINITIVE_TAKERS = _COMPLEMENTS["infinitive"]


@per_token_span("statgraph.phrase_span")  # a parse's own: asked of a noun four times on average
def phrase_span(token: Token) -> Span:
    """The span of the phrase headed by token, without clauses, appositions or conjuncts."""
    keep = [token]
    # a bare noun says what it is in its relative clause: "the architecture that has developed
    # around ASEAN"
    bare = token.pos_ == "NOUN" and not any(
        c.dep_ in {"compound", "poss", "prep", "nmod", "acl"} for c in token.children
    )

    def kept(c: Token) -> bool:
        if c.dep_ == "relcl" and c.head.i == token.i and bare:
            return True
        if c.dep_ in _INNER_LISTS and c.head.i != token.i and c.head.dep_ in {"pobj", "compound", "conj"}:
            return True  # "construction of the Belt and Road": a list inside the phrase stays whole
        if is_descriptive_name(c):
            return True  # "the attacks by the militant group Hamas"
        if c.dep_ in {"conj", "appos"} and c.head.i == token.i and quoted_verb_object(c):
            return True  # "the decision to "fast-track" the development": the quoted verb's object
        if purpose(c) and c.head.dep_ in {"acl", "xcomp"}:
            return True  # "the need to give guidance to complete the process"
        return c.dep_ not in _CUT_DEPS and not (c.dep_ == "prep" and (c.lower_ in EXAMPLE_PREPS or _when(c)))

    stack = [c for c in token.children if kept(c)]
    while stack:
        child = stack.pop()
        keep.append(child)
        stack.extend(c for c in child.children if kept(c) or _in_clause(c, token))
    indices = sorted(t.i for t in keep)
    start, end = indices[0], place_end(token, complement_end(token, indices[-1] + 1))
    # stay contiguous around the head
    while start < token.i and token.doc[start].lower_ in _DETERMINERS | {"'s", "’s"}:
        start += 1
    doc = token.doc
    span = doc[start:end]
    if len(span) > MAX_TARGET_TOKENS:
        span = doc[max(start, token.i - 4) : name_end(doc, min(end, token.i + MAX_TARGET_TOKENS - 4), end)]
    span = doc[slice(*hyphen_whole(doc, span.start, span.end))]
    while len(span) > 1 and (span[-1].is_punct or span[-1].dep_ in {"cc", "case", "det"} or span[-1].lower_ in _LOOSE_ENDS):
        span = span[:-1]
    while len(span) > 1 and (span[0].is_punct or span[0].is_space):
        span = span[1:]
    return _closed(span)


_CLOSING_QUOTES = frozenset({'"', "”", "’", "'"})


def quoted_verb_object(conj: Token) -> bool:
    """Whether a conjunct or an apposition is the object of a word set in quotation marks within
    its head's phrase, which the parser took for a second member of a list or a second name of the
    noun: "the decision to “fast-track” | the development of LNG terminals" (no "and" nor comma
    before it, right after the closing mark)."""
    doc, noun = conj.doc, conj.head
    before = doc[conj.left_edge.i - 1]
    quoted = before.head
    return (
        before.text in _CLOSING_QUOTES
        and not any(c.dep_ in {"cc", "preconj"} for c in noun.children)
        and quoted.i != noun.i
        and noun.i in {a.i for a in quoted.ancestors}
        and quoted.i < conj.i
    )


def quoted_verb_hung_object(noun: Token, end: int) -> Token | None:
    """The object of a verb set in quotation marks at the end of a noun's phrase, where the
    parser hung it on the verb above as a second object: "welcomed Peru's decision to “fast-track”
    | the development of lithium mines" (right after the closing mark, "to" before the opening
    one); None otherwise."""
    doc = noun.doc
    if end + 1 >= len(doc) or doc[end].text not in _CLOSING_QUOTES or end - noun.i < 3:
        return None
    opening = next((i for i in range(end - 1, noun.i, -1) if doc[i].text in _OPENING_QUOTES), None)
    if opening is None or doc[opening - 1].lower_ != "to" or end - opening > 4:
        return None
    owned = doc[end + 1].head if doc[end + 1].dep_ in {"det", "amod", "compound", "poss"} else doc[end + 1]
    return (
        owned
        if owned.pos_ in {"NOUN", "PROPN"}
        and owned.dep_ in {"dobj", "obj", "appos", "conj"}
        and owned.left_edge.i == end + 1
        and owned.head.i in {noun.i} | {a.i for a in noun.ancestors}
        else None
    )


_OPENING_QUOTES = frozenset({'"', "“", "‘", "'"})


def _closed(span: Span) -> Span:
    """The span with the bracket it opens closed: "the Line of Actual Control (LAC)", not "(LAC"."""
    doc, opened = span.doc, sum(t.text == "(" for t in span) - sum(t.text == ")" for t in span)
    if opened == 1 and span.end < len(doc) and doc[span.end].text == ")":
        return doc[span.start : span.end + 1]
    return span


def purpose(clause: Token) -> bool:
    """Whether a clause is the purpose of the act its verb names, which a reader keeps with an act
    that has no object of substance: "give strong guidance *to complete the disengagement
    process*", not "withdraw its troops | to ease tensions" (ontology/phrases.toml light_objects;
    not after a comma)."""
    act = clause.head
    objects = [c for c in act.children if c.dep_ in {"dobj", "obj"}]
    return (
        clause.dep_ == "advcl"
        and clause.i > act.i
        and act.pos_ in {"VERB", "AUX"}
        and clause.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        and not clause.doc[clause.left_edge.i - 1].is_punct
        and all(o.lemma_.lower() in _LIGHT_OBJECTS or o.lower_ in _LIGHT_OBJECTS for o in objects)
    )


def extraposed(clause: Token) -> bool:
    """Whether a "for ... to"-clause is the subject that an "it" stands in for, put off to the end
    of its clause: "it would be difficult *for the party to continue its cooperation*", "it was
    five minutes to midnight *for Europe to defend itself*" (the clause is what is warned of or
    wanted, not a purpose added)."""
    verb = clause.head
    return (
        clause.dep_ in {"advcl", "xcomp", "ccomp"}
        and clause.i > verb.i
        and verb.lemma_.lower() == "be"
        and any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in verb.children)
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    )


def hung_infinitive(noun: Token) -> tuple[Span | None, Token] | None:
    """The to-infinitive that says what a noun is, where the parser hung it on the verb above:
    right after the noun ("agreed to the agency's demand *to stop increasing its storage*"), or,
    for a noun that takes one (ontology/phrases.toml infinitive), after a date and a "by"-phrase
    hung there too ("criticized the decision on Wednesday *by OPEC+* *to cut production*"): the
    "by"-phrase's words (who decided; None without one) and the infinitive's verb."""
    doc = noun.doc
    if noun.pos_ != "NOUN" or phrase_span(noun).end != noun.i + 1:
        return None
    at, doer = noun.i + 1, None
    takes_one = bool(_INFINITIVE_TAKERS & {noun.lower_, noun.lemma_.lower()})
    while at < len(doc) and takes_one and (dated := _date_after(doc[at], noun)) is not None:
        at = dated  # "the decision *last July* to send an envoy"
    while at < len(doc) and doc[at].dep_ == "prep" and takes_one:
        prep = doc[at]
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if prep.lower_ == "by" and doer is None and objects and objects[0].pos_ in {"PROPN", "NOUN"}:
            doer = doc[at + 1 : prep.right_edge.i + 1]
        elif not _when(prep):
            return None
        at = prep.right_edge.i + 1
    if at + 1 >= len(doc) or doc[at].lower_ != "to":
        return None
    verb = doc[at + 1]
    if verb.pos_ != "VERB" or verb.tag_ != "VB" or verb.head.i == noun.i or noun.i in {a.i for a in verb.ancestors}:
        return None
    if at > noun.i + 1 and verb.head.i != noun.head.i:
        return None  # past a date or a doer only when hung on the noun's own verb
    return doer, verb


def _date_after(word: Token, noun: Token) -> int | None:
    """Where a date ends that the parser hung on the verb above a noun, right after the noun:
    "welcomed the decision | last July | to send an envoy" (a date's words only); None otherwise."""
    if word.ent_type_ != "DATE" or word.dep_ not in {"npadvmod", "amod", "det"}:
        return None
    date = word if word.dep_ == "npadvmod" else word.head
    if date.dep_ != "npadvmod" or date.head.i != noun.head.i or date.left_edge.i != word.i:
        return None
    if any(t.ent_type_ != "DATE" for t in date.subtree):
        return None
    return date.right_edge.i + 1


def _when(prep: Token) -> bool:
    """Whether a preposition only dates the noun ("the resolution *on Tuesday*", "the talks *in
    March 2023*"): when, not which; an "of"-phrase names the thing ("the events of 1989")."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return prep.lower_ != "of" and bool(objects) and all(o.ent_type_ in _NOT_COMPLEMENTS for o in objects)


def _in_clause(word: Token, noun: Token) -> bool:
    """Whether a word belongs to the defining relative clause a noun's phrase keeps, though a
    phrase leaves such words out: "reasons that have nothing *to do with* the criteria", "acts
    that threaten *or question* the border" (not an aside after a comma)."""
    if word.dep_ in {"punct", "appos", "parataxis"} or word.doc[word.left_edge.i - 1].is_punct:
        return False
    clause = next((a for a in word.ancestors if a.head.i == noun.i), None)
    return clause is not None and clause.dep_ == "relcl" and clause.i != word.i


def phrase(token: Token) -> str:
    """The text of `phrase_span(token)`, tidied (`wording.tidy`)."""
    return tidy(phrase_span(token).text)


def complement_end(noun: Token, end: int) -> int:
    """Where a noun's phrase ends with the complement the parser hung on a word above it, right
    after the phrase (`hung_complement`, `hung_for_clause`); `end`, the phrase's own end, otherwise."""
    prep = hung_complement(noun, end)
    if prep is not None:
        return prep.right_edge.i + 1
    owned = quoted_verb_hung_object(noun, end)
    if owned is not None:
        return phrase_span(owned).end
    clause = hung_for_clause(noun, end)
    return clause.right_edge.i + 1 if clause is not None else end


def hung_for_clause(noun: Token, end: int) -> Token | None:
    """The "for"-clause that says what a noun taking "for" is, where the parser made it a clause
    of the verb above, the noun's phrase ending on that noun or on such a noun of its own:
    "shared an understanding on the need | for a dialogue to strengthen ties" (a call, need or
    demand for someone to act); None otherwise."""
    doc = noun.doc
    if end >= len(doc) or doc[end].lower_ != "for" or doc[end].dep_ != "mark":
        return None
    clause, owner = doc[end].head, doc[end - 1]
    if owner.pos_ != "NOUN" or not (owner.i == noun.i or noun.i in {a.i for a in owner.ancestors}):
        return None
    if clause.dep_ != "advcl" or clause.i <= end or clause.head.i not in {owner.i} | {a.i for a in noun.ancestors}:
        return None
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.left_edge.i == end + 1 for c in clause.children):
        return None
    return clause if takes(owner, doc[end]) else None


def _past_closing_quote(noun: Token, end: int) -> int:
    """`end`, or the word after it where a quotation that opened a few words before the noun closes
    there: "agreed to “encourage financing” | for the expansion of the corridor"."""
    doc = noun.doc
    if end >= len(doc) - 1 or doc[end].text not in _CLOSING_QUOTES:
        return end
    opened = [i for i in range(max(0, noun.i - 4), noun.i) if doc[i].text in _OPENING_QUOTES]
    if not opened or any(doc[i].text in {'"', "”"} for i in range(opened[-1] + 1, end)):
        return end
    return end + 1


def takes(noun: Token, prep: Token) -> bool:
    """Whether a noun takes a complement of that preposition (ontology/phrases.toml): "relations
    *with* Japan", "the right *to* self-defence"."""
    taking = _COMPLEMENTS.get(prep.lower_, frozenset())
    return noun.lemma_.lower() in taking or noun.lower_ in taking


def hung_complement(noun: Token, end: int | None = None) -> Token | None:
    """The preposition of a noun's complement that the parser hung on a word above it, right
    after the noun's phrase (which ends at `end`, or at the noun): "reaffirm our support | *to*
    Ukraine's independence", "rejects the rhetoric of Russia | *against* Moldova". Only a
    preposition the noun takes (ontology/phrases.toml), not after its own complement of that
    preposition, and not before a date ("held talks | on Monday")."""
    doc = noun.doc
    end = noun.i + 1 if end is None else end
    end = _past_closing_quote(noun, end)
    if end >= len(doc) or noun.pos_ != "NOUN":
        return None
    prep = doc[end]
    if prep.dep_ not in {"prep", "dative"} or not takes(noun, prep):  # "gave its support | to the plan"
        return None
    if prep.head.i not in {a.i for a in noun.ancestors} or any(c.lower_ == prep.lower_ for c in noun.children):
        return None
    objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
    if not objects or any(o.ent_type_ in _NOT_COMPLEMENTS for o in objects):
        return None
    return prep


def subject_gerund(noun: Token) -> Token | None:
    """The gerund a noun is the doer of, where a reader takes the two as one act, the thing
    opposed, backed or asked ("vetoes Romania and Bulgaria *joining* the Schengen area", "will not
    accept China *meddling* in its democracy"): a gerund right after the object (or its list),
    that the parser hung on the verb above, or a gerund clause whose subject the noun is; with
    an object or a complement of its own, no auxiliary, marker or subject of its own. None
    otherwise: after a comma the gerund is the holder's own act ("met Putin, seeking support"),
    after a common noun a participle that says which ("a resolution marking the anniversary")."""
    doc = noun.doc
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    if noun.dep_ in {"nsubj"} and noun.head.tag_ == "VBG" and noun.head.dep_ in {"ccomp", "xcomp"}:
        gerund = noun.head  # "accept China meddling in ...": the clause's subject
        if noun.right_edge.i + 1 != gerund.i:
            return None
    elif noun.dep_ in {"dobj", "obj"} and noun.pos_ == "PROPN":  # a common noun's is a participle
        end = max(t.right_edge.i for t in [noun, *(c for c in noun.children if c.dep_ in {"appos", "conj"})]) + 1
        if end >= len(doc) or doc[end].tag_ != "VBG" or doc[end].head.i != noun.head.i or doc[end - 1].is_punct:
            return None
        gerund = doc[end]
        if gerund.dep_ not in {"advcl", "xcomp"}:
            return None
    else:
        return None
    if any(c.dep_ in {"aux", "auxpass", "mark", "nsubjpass"} or c.dep_ == "nsubj" and c.i != noun.i for c in gerund.children):
        return None
    return gerund if any(c.dep_ in {"dobj", "obj", "prep", "dative"} for c in gerund.children) else None


# Prepositions of manner and time whose gerund is an act of the clause's own subject: "angered
# Washington by rejecting its requests", "joined others in supporting X", "was arrested after
# criticizing Y"; not "praised X for backing Y" or "accused X of backing Y" (X's act).
_OWN_ACT_PREPS = frozenset({"by", "in", "after", "before", "while", "through", "upon"})


def gerund_doer(verb: Token) -> Token | None:
    """The subject of the clause a gerund after a preposition of manner or time belongs to
    ("Petro angered US officials by rejecting extradition requests": Petro); None elsewhere."""
    while verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head  # "by rejecting X and criticizing Y"
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ not in _OWN_ACT_PREPS or prep.dep_ != "prep":
        return None
    if any(c.dep_ in {"nsubj", "poss"} for c in verb.children):
        return None  # "by the US backing X": a doer of its own
    clause = prep.head
    return subject_of(clause) if clause.pos_ in {"VERB", "AUX"} else None

