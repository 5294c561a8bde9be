"""What a cue verb's object is: the direct object, a to-infinitive or clause, a prepositional
object ("calls for X"), or the object a phrasal cue's particle leads to ("stand up for X");
never where the act is ("fighting in eastern Congo") or where it was said ("in a statement");
and what kind of object it is: a proposal, a that-clause, the subject's own stance or plan.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ...words import words
from ..context.kind_holders import STATE_NOUNS
from ..wording import tidy, usable

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...link.resolve import Resolved, Resolver
    from ..cues import Cue, Lexicon
    from ..found import Found

# Prepositions that introduce a target ("calls for X", "the war against X").
TARGET_PREPS = frozenset({"for", "on", "to", "against", "about", "of", "with", "in", "towards", "toward", "at"})
# Prepositions whose gerund is the act a cue verb is for or against ("argued against extending X").
_ACT_PREPS = frozenset({"for", "against", "towards", "toward"})
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# Verbs whose first of two bare objects receives the second (ontology/phrases.toml).
_GIVING_TWO = words("phrases", "giving_two_objects")


# Where something is said, never what it is about: "warned in a statement carried by KCNA".
MEDIUM_NOUNS = frozenset(
    "statement interview speech address remark message letter post briefing conference video tweet "
    "communique communiqué op-ed article column broadcast".split()
)


def particle_object(token: Token, particle: str) -> Token | None:
    """The object that completes a phrasal cue: "call for X", "stand up for X", "be in favor of X".

    The particle's words are followed down the tree from the verb, one child per word.
    """
    words = particle.split()
    if not words:
        return None
    current = token
    for word in words:
        step = next((c for c in current.children if c.lower_ == word and c.i > token.i), None)
        if step is None and current.i == token.i:
            # "work closely with": the preposition hung on the adverb in between
            step = next(
                (g for c in token.children if c.dep_ == "advmod" for g in c.children if g.lower_ == word),
                None,
            )
        if step is None:
            # the parser may attach the last preposition to the verb itself
            step = next((c for c in token.children if c.lower_ == word and c.i > current.i), None)
        if step is None and len(words) == 1:
            return _for_clause(token, word)  # "called for Israel to halt", "for the hostages to be freed"
        if step is None:
            return None
        current = step
    if current.dep_ == "prt" and len(words) == 1:
        # "laid out twin security proposals": a verb particle's object is the verb's; "ruled out
        # sending troops": so is its gerund
        return next((c for c in token.children if c.dep_ in {"dobj", "obj"} or _gerund_object(token, c)), None)
    return next((c for c in current.children if c.dep_ in {"pobj", "pcomp", "dobj"}), None)


def _gerund_object(verb: Token, child: Token) -> bool:
    """ "ruled out sending troops": a gerund clause after the verb that is its object."""
    return child.dep_ in {"xcomp", "ccomp"} and child.tag_ == "VBG" and child.i > verb.i


def _for_clause(token: Token, word: str) -> Token | None:
    """The doer of a to-infinitive the particle introduces as its own clause ("called for Israel
    to halt its offensive", "pressed for the hostages to be freed"): the parser makes the particle
    the clause's marker. The doer stands for the act, which the demand reads after it."""
    for clause in token.children:
        if clause.dep_ not in {"advcl", "ccomp", "xcomp"} or clause.i < token.i:
            continue
        children = list(clause.children)
        if any(c.dep_ == "mark" and c.lower_ == word for c in children) and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in children
        ):
            return next((c for c in children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return None


def verb_object(token: Token) -> Token | None:
    """The direct object, else a to-infinitive, else a prepositional object, of a cue verb; a
    relative pronoun object is its antecedent ("a deal that members of Congress oppose")."""
    for dep in ("dobj", "obj", "xcomp", "ccomp"):
        found = next((c for c in token.children if c.dep_ == dep), None)
        if found is not None and found.lower_ in {"which", "that", "whom"} and token.dep_ in {"relcl", "acl"}:
            # "a deal that members of Congress oppose"; after a comma, "which" may stand for a whole
            # clause ("... for use in Ukraine, which both Pyongyang and Moscow deny"): no name
            return token.head if token.head.pos_ == "NOUN" else None
        if found is not None:
            return _given(token, found)
    if token.dep_ in {"acl", "amod"} and token.tag_ == "VBN" and any(c.dep_ == "agent" for c in token.children):
        return token.head  # "the summit proposed by Putin"
    against = any(c.dep_ == "prep" and c.lower_ == "against" for c in token.children)
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "with" and against:
            continue  # "fight with the Colombian people against drugs": who sides with, not the target
        if child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
            found = next((c for c in child.children if c.dep_ == "pobj"), None)
            if found is not None and child.lower_ in {"in", "at"} and found.ent_type_ in _PLACE_ENTITIES:
                continue  # "fighting in eastern Congo": where the act is, not what it is against
            if found is not None and found.lemma_.lower() not in MEDIUM_NOUNS:
                return found
            if found is None and child.lower_ in _ACT_PREPS:
                act = next((c for c in child.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
                if act is not None:
                    return act  # "advocated for extending the agreement": the act it is for
    return None


def _given(verb: Token, obj: Token) -> Token:
    """What is given where the parser took both bare objects of a giving verb for direct objects:
    "offered countries | help in finding asylum schemes" offers the help, not the countries."""
    if obj.dep_ != "dobj" or verb.lemma_.lower() not in _GIVING_TWO:
        return obj
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > obj.right_edge.i), obj)


def gapped_object(token: Token) -> Token | None:
    """The head noun of a relative clause with no relative word, whose object it is: "the reforms
    Brussels has criticized", "the Nicaraguan opposition he has attacked". None where the clause has
    an object of its own, a stranded preposition ("the country he spoke about"), no subject of its
    own (the head is its subject) or a head that names a time, way or reason ("the day he rejected")."""
    head = token.head
    if token.dep_ != "relcl" or head.pos_ not in {"NOUN", "PROPN"} or head.lemma_.lower() in _ADVERBIAL_HEADS:
        return None
    if any(c.dep_ in {"dobj", "obj", "ccomp", "xcomp", "nsubjpass", "dative", "attr", "oprd"} for c in token.children):
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ in {"WDT", "WP", "WP$"} or subject.lower_ == "that":
        return None
    if any(c.dep_ == "prep" and not any(g.dep_ in {"pobj", "pcomp"} for g in c.children) for c in token.children):
        return None  # "the country he spoke about": the gap is the preposition's
    if any(c.dep_ in {"mark", "advmod"} and c.tag_ in {"WRB", "WDT"} for c in token.children):
        return None  # "the place where he rejected it"
    if not (head.i < subject.i < token.i):
        return None
    return head


# Heads of relative clauses whose gap is an adverbial, never an object.
_ADVERBIAL_HEADS = frozenset(
    "time times day days year years moment way ways manner reason reasons extent point place week month".split()
)


def without_clause(found: Found, clause: Token) -> Found:
    """A stance read off the head of the relative clause that says it, about the head without
    that clause: "the reforms that Chile has criticized" are criticized as "reforms", not as
    "reforms that Chile has criticized"."""
    said = clause.doc[clause.left_edge.i : clause.right_edge.i + 1].text
    if found.target.actor is not None or said not in found.target.text:
        return found
    text = tidy(found.target.text.replace(said, " "))
    return replace(found, target=replace(found.target, text=text)) if usable(text) else found


DOCUMENT_NOUNS = frozenset(
    "resolution resolutions bill bills motion amendment amendments text document documents treaty agreement "
    "agreements package measures proposals declaration charter".split()
)


def proposal_object(obj: Token, lexicon: Lexicon) -> bool:
    """Whether an object is something one proposes: a plan, an initiative, a draft resolution."""
    lemma = obj.lemma_.lower()
    cues = lexicon.nouns.get(lemma) or lexicon.nouns.get(obj.lower_) or []
    listed = DOCUMENT_NOUNS | lexicon.listed("proposes", "proposal_objects")
    return any(c.relation == "proposes" for c in cues) or lemma in listed or obj.lower_ in listed


def that_clause(verb: Token, obj: Token) -> bool:
    """Whether a verb's object is a that-clause, also where the parser read "that" as the
    object's determiner ("reaffirmed that terrorism ... constitutes a threat")."""
    if obj.dep_ == "ccomp":
        return True
    return (
        obj.dep_ in {"dobj", "obj"}
        and any(c.dep_ == "det" and c.lower_ == "that" and c.i == verb.i + 1 for c in obj.children)
        and any(c.dep_ in {"advcl", "ccomp"} and c.pos_ == "VERB" and c.i > obj.i for c in verb.children)
    )


def own_proposal(obj: Token, lexicon: Lexicon) -> bool:
    """Whether an object is the subject's own proposal: "his idea", "their plan"."""
    cues = lexicon.nouns.get(obj.lemma_.lower()) or []
    return (
        obj.pos_ == "NOUN"
        and any(c.relation == "proposes" for c in cues[:1])
        and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)
    )


def owned_stance(obj: Token, cue: Cue, lexicon: Lexicon) -> bool:
    """Whether an object is a stance noun its subject owns: "its support for", "our opposition
    to", or one of the verb's own stance bare of any determiner or owner ("reaffirmed support
    for Ukraine"): the noun's complement is the target, read by the noun rule. "rejected calls
    for a truce" rejects the calls; "the support of Russia" may be another's."""
    cues = lexicon.nouns.get(obj.lemma_.lower()) or []
    owners = [c for c in obj.children if c.dep_ in {"poss", "det"}]
    relations = {c.relation for c in cues} & {"supports", "opposes", "rejects", "demands"}
    if obj.pos_ != "NOUN" or not relations:
        return False
    # "defended France's resistance to the deal": a stance restated, whoever's it is
    restated = cue.words in lexicon.listed("supports", "restating_verbs")
    return (
        any(c.dep_ == "poss" and (c.pos_ == "PRON" or restated) for c in owners)
        or not owners and cue.relation in relations
    )


def worded_stance(obj: Token, cue: Cue, lexicon: Lexicon) -> bool:
    """Whether a supported text says its stance in a participle of its own: "adopted a resolution
    condemning Moscow's actions", "approved a resolution calling for an envoy": the body that adopts
    it holds what the participle says (read by the verb rules), not support of its own text."""
    lemma = obj.lemma_.lower()
    documents = lemma in DOCUMENT_NOUNS or obj.lower_ in DOCUMENT_NOUNS
    if cue.relation != "supports" or obj.pos_ != "NOUN" or not documents:
        return False
    return any(c.dep_ == "acl" and c.tag_ == "VBG" and lexicon.speaks(c) for c in obj.children)


# Nouns of a view or stance, upheld by the one whose view it is (ontology/phrases.toml).
HELD_VIEWS = words("phrases", "held_views")
_FIRST_PERSON = frozenset({"my", "our"})


def own_view(obj: Token, holder: Resolved, resolver: Resolver, lexicon: Lexicon) -> bool:
    """Whether a supported object is the holder's own view or stance: "reaffirmed its position",
    "shared his belief that ...", "defended his country's resistance to the deal", "Poland's
    stance" upheld by a Polish minister. Its content is read where it is said; "backs France's
    position", another side's, is support of it."""
    lemma = obj.lemma_.lower()
    stance = any(c.relation in {"opposes", "rejects"} for c in lexicon.nouns.get(lemma, []))
    if obj.pos_ != "NOUN" or not (lemma in HELD_VIEWS or obj.lower_ in HELD_VIEWS or stance):
        return False
    owner = next((c for c in obj.children if c.dep_ == "poss"), None)
    if owner is None:
        return False
    if owner.pos_ == "PRON":
        return _own_pronoun(owner, next((c for c in obj.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None))
    if owner.lemma_.lower() in STATE_NOUNS:  # "his country's", "the Kingdom's": the holder's own state
        return any(
            c.dep_ == "poss" and c.pos_ == "PRON" or c.lower_ == "the" and owner.lemma_.lower() != "government"
            for c in owner.children
        )  # "the government's" may be any government the article is about
    found = resolver.resolve(owner)
    stated = resolver.offices.get(holder.id)
    return found is not None and found.id in {holder.id, holder.of, stated.id if stated is not None else None}


def _own_pronoun(owner: Token, subject: Token | None) -> bool:
    """Whether a possessive pronoun is the subject's own: "we ... our", "Japan ... its", "the
    ministers ... their"; "Germany shares their position" is another side's."""
    if owner.lower_ in _FIRST_PERSON or subject is not None and subject.lower_ in {"i", "we"}:
        return owner.lower_ in _FIRST_PERSON and subject is not None and subject.lower_ in {"i", "we"}
    if owner.lower_ != "their":
        return True
    return subject is not None and (
        subject.tag_ in {"NNS", "NNPS"} or subject.lower_ == "they" or any(c.dep_ == "conj" for c in subject.children)
    )


_SCANT = frozenset({"little", "no", "scant", "zero"})


def scant_particle(token: Token, particle: str) -> bool:
    """Whether the noun of a phrasal cue is had in no or little measure: "have little
    confidence in X", "put no faith in X" place no trust in X."""
    first = particle.split()[0] if particle else ""
    return any(
        c.lower_ == first
        and c.pos_ == "NOUN"
        and any(g.lower_ in _SCANT for g in c.children if g.dep_ in {"det", "amod", "advmod"})
        for c in token.children
    )
