"""Party membership told by a party's word on a person: member_of from "Democratic Senator
Michael Bennet", "Labour MP Jane Doe", "Green Party MP Tom Reeve", "Liberal Democrat Sir Bob
Moore", "Democrat Joe Biden" and "Tom Reeve, a Republican from Texas": the person belongs to the
party the word names.

Also "PTI leader Hammad Doe", "BJP's Jane Doe" and "Jane Doe (SNP)". The party's words are
ontology/event_forms.toml's [party_affiliations] table (a party's name and the words that give
it) and the parties of ontology/parties.toml, the titles between the word and the name its
party_titles; a party named by its own name with "party" is read in parties.py. A former member
is none ("former Labour MP X").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...link.gazetteer import mint_id
from ...link.person_names import party_label_at
from ...link.resolve import Resolved, Resolver
from ...words import word_table, words
from ..arguments import Target
from ..found import Found
from ..roles.offices import POSSESSIVE
from .parties import NOT_NOW as _NOT_NOW
from .parties import PARTY_NOUNS
from .parties import PARTY_TITLES as _TITLES
from .party_forms import FORMS as _FORMS
from .party_forms import PARTY_FIRST_WORDS as PARTY_FIRST_WORDS
from .party_forms import form_at as _form_at
from .party_forms import party_form as party_form
from .party_offices import OFFICES, office_holder, person_of
from .text_parties import left_party, text_parties

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_HONORIFICS = words("names", "honorifics")
_NAME_PARTICLES = words("names", "name_particles")
_PLACES = frozenset({"GPE", "LOC", "NORP", "FAC", "DATE"})
LEGISLATORS = words("event_forms", "legislator_titles")
# words of a name before a legislator's title that make it a body or a place, not a party: "House
# lawmaker X", "State Senator Y"
_NOT_PARTY_WORDS = words("names", "institution_words") | {"congress", "senate", "state", "opposition"}
_MEMBER_NOUNS = words("event_forms", "party_member_nouns")
# words of a body's name, never of a person's ("BJP's National Executive", "ANC's Youth League")
_NOT_NAME_WORDS = (
    _NOT_PARTY_WORDS | words("names", "organization_name_ends") | words("names", "body_words")
    | {"executive", "wing", "youth"}
)
# prefixes a hyphen joins to a party title: "co-leader", "vice-chair" (a past one, "ex-", is no member)
_TITLE_PREFIXES = frozenset({"co", "vice"})
# a party's titles before a name: its titles and the offices of a party ("BNP Secretary General X",
# "MAS vice president Y"), with the words that qualify an office passed over
_NAME_TITLES = _TITLES | OFFICES
# (and the organs of a party an office may be held in: "BNP standing committee member X", "PDI-P
# Central Board chief Y", "Sweden Democrats acting leader Z")
_OFFICE_QUALIFIERS = frozenset(
    "acting board caucus central committee executive federal general group interim national parliamentary senior "
    "standing vice".split()
)
# "D" -> "Democratic Party": the letters of "Sen. Jane Doe (D-N.Y.)"
_LETTERS = {letter: party for party, letters in word_table("event_forms", "party_letters").items() for letter in letters}


def party_titled(token: Token, resolver: Resolver) -> Iterator[Found]:
    """The person a party's word stands before, or is in apposition to (`token`: the form's
    first word, capitalised)."""
    if not (token.text[:1].isupper() or token.text[:1].isdigit()):
        return  # "conservative lawmakers", "a green party" name no party ("5-Star Movement" does)
    matched = _form_at(token.doc, token.i) or _short_form_bracketed(token)
    if matched is None or _inside_longer(token):
        return
    length, party = matched
    party = _spelled_out(token.doc[token.i : token.i + length], party, resolver)  # "APC" as the text spells it
    if _past(token):
        return  # "former Labour MP X", "ex-Labour MP Y"
    after = token.i + length
    after += 3 if _acronym_after(token.doc, after) else 0  # "Republican People's Party (CHP) chairman X"
    owned = after < len(token.doc) and token.doc[after].lower_ in POSSESSIVE  # "BJP's Devendra Fadnavis"
    person = _named_after(token.doc, after + owned, titled=owned or _titled_word(token.doc, token.i, length))
    if person is not None:  # "BJP's Sudhir Mungantiwar": a name the tagger took for a body's is read too
        found = resolver.resolve(person)
        found = _full_name(person, resolver) if found is not None and found.type == "organization" else found
        if found is not None and found.type == "person" and not left_party(person):
            yield _member(found, party, token, "party_titled", 0.6)
        return
    person = _described_in_apposition(token, length) or _bracketed_after_name(token, length, resolver)
    person = person or office_holder(token, length)  # "Jane Doe, general secretary of the CSU"
    person = person or person_of(token, length)  # "Jane Doe of the Kenya Kwanza"
    person = person or _possessor(token)  # "Tom Reeve's Podemos", "Evo Morales' MAS"
    found = resolver.resolve(person) if person is not None else None
    if found is not None and found.type == "person":
        yield _member(found, party, token, "party_titled", 0.6)


def _spelled_out(words: Span, party: str, resolver: Resolver) -> str:
    """The party a form names in this document: the name the text spells it out as where that
    makes the acronym another body than the lexicon's ("the All People's Congress (APC)", not
    Nigeria's APC: link/acronyms.py), else the lexicon's party."""
    text_party = text_parties(words.doc, resolver).get(words.text)
    rebound = text_party is not None and resolver.gazetteer.names.get(words.text) == mint_id(text_party)
    return text_party if rebound and text_party is not None else party


def _full_name(last: Token, resolver: Resolver) -> Resolved | None:
    """A person's full name right after a party's title or possessive that the tagger took for a
    body's ("BJP's Sudhir Mungantiwar", "UML's Pradeep Gyawali"): two or three capitalised proper
    words, none a body's word nor known to the gazetteer, ending at `last`."""
    doc, k = last.doc, last.i
    while k > last.i - 3 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha:
        k -= 1
    words = doc[k : last.i + 1]
    if len(words) < 2 or any(t.lower_ in _NOT_NAME_WORDS or t.lower_ in _NAME_TITLES or not t.is_alpha for t in words):
        return None
    if resolver.gazetteer.find(words.text) is not None or _form_at(doc, k) is not None:
        return None
    return Resolved(mint_id(words.text), words.text, "person")


def _possessor(token: Token) -> Token | None:
    """The person whose party a possessive before its name makes it ("Tom Reeve's Podemos",
    "Evo Morales' Movement to Socialism"): a member of it (CONVENTIONS.md member_of)."""
    doc, i = token.doc, token.i
    if i < 2 or doc[i - 1].text not in {*POSSESSIVE, "'", "\u2019"}:
        return None
    owner = doc[i - 2]
    if doc[i - 1].text in {"'", "\u2019"} and not owner.lower_.endswith("s"):
        return None  # a closing quote, no possessive
    if token.ent_type_ == "PERSON" and token.ent_iob_ == "I":
        return None  # the name the tagger runs on into the party's ("Evo Morales' Movement"): not this one
    return owner if owner.ent_type_ == "PERSON" and owner.dep_ == "poss" else None


def _acronym_after(doc: Doc, k: int) -> bool:
    """Whether a party's acronym in brackets follows its name at k: "the Democratic Party (PD)"."""
    return k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and doc[k + 1].text.isupper()


def _past(token: Token) -> bool:
    """Whether a past word stands before a party's word: "former Labour MP X", "ex-Labour MP Y"
    (the tokenizer may split the hyphen off)."""
    doc, i = token.doc, token.i
    before = doc[i - 2 : i] if i >= 2 and doc[i - 1].text == "-" else doc[max(i - 1, 0) : i]
    return any(t.lower_ in _NOT_NOW for t in before)


def _inside_longer(token: Token) -> bool:
    """Whether the word is the tail of a longer form: "Democrat" in "Liberal Democrat"."""
    doc = token.doc
    for back in (1, 2):
        start = token.i - back
        matched = _form_at(doc, start) if start >= 0 else None
        if matched is not None and start + matched[0] > token.i:
            return True
    return False


def _titled_word(doc: Doc, i: int, length: int) -> bool:
    """Whether the form ends in a noun naming a member ("Democrat Joe Biden", "Tory Jane Doe"),
    which may stand before a name with no title; an adjective ("Democratic", "Labour") needs one."""
    return doc[i + length - 1].lower_ in _MEMBER_NOUNS


def _named_after(doc: Doc, k: int, *, titled: bool, untagged: bool = True) -> Token | None:
    """The last word of the person's name after the party's words: past titles and honorifics
    ("Green Party MP Tom Reeve", "Liberal Democrat Sir Bob Moore"), the name a PERSON entity."""
    end = doc[k].sent.end if k < len(doc) else k
    titles = 0
    k += 2 if _hyphened_title(doc, k, end) else 0  # "SPD co-leader X", "CSU vice-chair Y"
    while k < end and (doc[k].lower_ in _NAME_TITLES or doc[k].lower_ in {"party", *_OFFICE_QUALIFIERS}
                       or doc[k].lower_ in _HONORIFICS):
        titles += doc[k].lower_ in _NAME_TITLES
        k += 1
        k += 2 if _hyphened_title(doc, k, end) else 0
    if k >= end or not (titles or titled):
        return None
    if doc[k].ent_type_ != "PERSON" or doc[k].ent_iob_ != "B":
        return _untagged_name(doc, k, end) if untagged else None  # only after a known party's words
    while k + 1 < end and doc[k + 1].ent_type_ == "PERSON" and doc[k + 1].ent_iob_ == "I":
        k += 1
    return _name_end(doc, k, end)


def _name_end(doc: Doc, k: int, end: int) -> Token:
    """The last word of a name the tagger cut short: "Marine Le Pen" (its "Pen" untagged),
    "Caroline van der Plas" (its particles taken for common words)."""
    step = k + 1
    while step < end and doc[step].lower_ in _NAME_PARTICLES:
        step += 1
    if step < end and doc[step].pos_ == "PROPN" and doc[step].text[:1].isupper() and doc[step].ent_type_ in {"", "PERSON"}:
        return _name_end(doc, step, end) if doc[step].ent_iob_ != "B" or step > k + 1 else doc[k]
    return doc[k]


def _untagged_name(doc: Doc, k: int, end: int) -> Token | None:
    """The last word of a name the tagger did not take for a person's ("Shiv Sena MLA Ajay
    Chaudhary", "BJP's Sudhir Mungantiwar"): capitalised proper words of no place or people;
    the resolver says whether they name a person (one named so elsewhere in the text)."""
    start = k
    while k < end and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and doc[k].ent_type_ not in _PLACES:
        k += 1
    return doc[k - 1] if k - start >= 1 and (k >= end or doc[k].pos_ != "PROPN") else None


def _hyphened_title(doc: Doc, k: int, end: int) -> bool:
    """Whether the words at k are a title's prefix joined by a hyphen to a title ("co-leader",
    "vice-chair"), which the tokenizer splits: the prefix and the hyphen are passed over."""
    return (k + 2 < end and doc[k + 1].text == "-" and not doc[k].whitespace_ and not doc[k + 1].whitespace_
            and doc[k + 2].lower_ in _TITLES and doc[k].lower_ in _TITLE_PREFIXES)


def _described_in_apposition(token: Token, length: int) -> Token | None:
    """ "Tom Reeve, a Republican from Texas", "Jane Doe, a Labour MP": the person the noun
    phrase of the party's word stands in apposition to."""
    described = token.doc[token.i + length - 1]
    office = described.head if described.dep_ == "poss" else None
    if office is not None and office.dep_ == "appos" and office.lower_ in _NAME_TITLES and office.head.ent_type_ == "PERSON":
        return None if _past(office) else office.head  # "Jane Doe, Labour's shadow foreign secretary"
    if office is not None and office.lower_ in _NAME_TITLES and not _past(office):
        # "Labour's foreign affairs spokesperson, Jane Doe": the name in apposition to the office
        return next((c for c in office.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    head = described if described.dep_ == "appos" else described.head
    doc = token.doc
    titled = head.lower_ in _TITLES or _hyphened_title(doc, head.i, len(doc))  # "the Green vice-chancellor"
    if head.dep_ != "appos" or head.i < token.i or not (head.i == described.i or titled):
        return None
    if not any(c.lower_ in {"a", "an", "the"} for c in head.children if c.dep_ == "det"):
        return None
    return head.head if head.head.ent_type_ == "PERSON" else None


def _bracketed_after_name(token: Token, length: int, resolver: Resolver) -> Token | None:
    """ "Riikka Purra (PS)", "Minister Jane Doe (SNP)": the person whose name the party's form
    follows in brackets of its own (a name the tagger missed is read too: the resolver says
    whether it is a person's, one named so elsewhere in the text)."""
    doc, i = token.doc, token.i
    if i < 2 or i + length >= len(doc) or doc[i + length].text not in {")", ","}:
        return None
    opening = _bracket_opened(doc, i)
    if opening is None or doc[i - 1].text not in {"(", ","} or opening < 1:
        return None
    name = doc[opening - 1]  # (not a body's name: "the Freedom Party (FPO) Herbert Kickl" is read after it)
    spelled = text_parties(doc, resolver).get(doc[i : i + length].text, "")
    if spelled.split()[-1:] == [name.text]:
        return None  # "Tom Reeve's All People's Congress (APC)": the party's own name, however tagged
    untagged = name.pos_ == "PROPN" and name.text[:1].isupper() and not name.ent_type_
    return name if name.ent_type_ == "PERSON" or untagged else None


def _bracket_opened(doc: Doc, i: int) -> int | None:
    """Where the brackets a party's form stands in open: right before it ("Jane Doe (SNP)"), or
    before the seat and the other parts a parliament's record lists with it ("Jane Doe (Wills,
    Australian Labor Party, Minister for Defence)"): capitalised parts set off by commas."""
    k = i - 1
    while k > i - 8 and k > 0 and doc[k].text != "(":
        word = doc[k]
        if word.text in {")", "(", ";", ":"} or not (word.text == "," or word.text[:1].isupper() or word.text == "-"):
            return None
        k -= 1
    return k if doc[k].text == "(" else None


def _short_form_bracketed(token: Token) -> tuple[int, str] | None:
    """ "Kristen Michal (Reform)", "Ville Tavio (Finns)": a party's name without its "Party",
    alone in brackets right after a name: (1, the party's name) when "<word> Party" is a form."""
    doc, i = token.doc, token.i
    if not (0 < i < len(doc) - 1 and doc[i - 1].text == "(" and doc[i + 1].text == ")" and token.is_alpha):
        return None
    form = _FORMS.get((token.lower_, "party"))
    return (1, form[0]) if form is not None and token.text[:1].isupper() else None


def party_lettered(token: Token, resolver: Resolver) -> Iterator[Found]:
    """ "Sen. Jane Doe (D-N.Y.) said", "Tom Reeve, R-Texas, said": the party's letter joined by a
    hyphen to a state's, right after a person's name (`token`: one of the letters)."""
    doc, i = token.doc, token.i
    if i < 2 or not party_label_at(doc, i):
        return
    name = doc[i - 2]
    found = resolver.resolve(name) if name.ent_type_ == "PERSON" else None
    if found is not None and found.type == "person":
        yield _member(found, _LETTERS[token.text], token, "party_lettered", 0.6)


def party_named_legislator(token: Token, resolver: Resolver) -> Iterator[Found]:
    """ "PTI lawmaker Jane Doe", "ANC MP Tom Reeve", "Jane Doe, a Fidesz MP": a lawmaker's
    title after a proper name the gazetteer does not know (no state, demonym, place, person or
    known body: "German MP X", "EU lawmaker Y", "Nebraska Senator Z") names the lawmaker's party;
    so does any party title after a name that ends in "Party" ("Justice Party candidate Tom
    Reeve", "a Justice Party member"). `token`: one of legislator_titles or party_titles; the
    parties of [party_affiliations] are read by `party_titled`."""
    doc, k = token.doc, token.i
    while k > token.sent.start and doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper():
        k -= 1
    name = doc[k : token.i]
    if not len(name) or _form_at(doc, k) is not None or k > 0 and doc[k - 1].lower_ in _NOT_NOW:
        return
    if k > 0 and doc[k - 1].text in {"-", "\u2013"} and not doc[k - 1].whitespace_:
        return  # "DAP-K Party leader X": the tail of a hyphened name is no party's name
    if not (_party_named(name) if token.lower_ not in LEGISLATORS else _unknown_name(name, resolver)):
        return
    person = _named_after(doc, token.i + 1, titled=True, untagged=False)
    if person is None and token.dep_ == "appos" and token.head.ent_type_ == "PERSON":
        person = token.head  # "Jane Doe, a Fidesz MP"
    found = resolver.resolve(person) if person is not None else None
    if found is not None and found.type == "person":
        yield _member(found, name.text, token, "party_legislator", 0.55)


def _member(person: Resolved, party: str, token: Token, rule: str, confidence: float) -> Found:
    """A person's membership of the party a text names (a body of its own, by its name)."""
    body = Resolved(mint_id(party), party, "organization")
    return Found(person, "member_of", Target(body.label, body), token, rule, confidence)


def _unknown_name(name: Span, resolver: Resolver) -> bool:
    """A proper name that is no state, demonym, place, person, date or known body."""
    if any(t.ent_type_ in {"GPE", "NORP", "PERSON", "LOC", "DATE"} or t.lower_ in _NOT_PARTY_WORDS for t in name):
        return False
    gazetteer = resolver.gazetteer
    return not (gazetteer.find(name.text) or any(gazetteer.demonym(t.text) or gazetteer.find(t.text) for t in name))


def _party_named(name: Span) -> bool:
    """A name that ends in "Party" with a proper word before it: "Justice Party"."""
    return len(name) > 1 and name[-1].lower_ in PARTY_NOUNS and not any(t.ent_type_ in {"GPE", "PERSON"} for t in name)
