"""The parties of the lexicon and the forms a text names them by: ontology/event_forms.toml's
[party_affiliations] and each state's parties of ontology/parties.toml ("Labour MP", "the Movement
for Socialism", "ANC"), looked up as written (party_titles.py reads them before names and titles,
roles/party_spans.py inside a title)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...words import word_table, word_tables

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# a form's words as the tokenizer splits them: "People's" -> "People", "'s"; "PML-N" -> "PML", "-", "N"
FORM_WORD = re.compile(r"'s\b|\w+|[^\w\s]")
# the parties with their forms: [party_affiliations], then each state's parties of ontology/parties.toml
_PARTIES = [
    *sorted(word_table("event_forms", "party_affiliations").items()),
    *(item for table in word_tables("parties").values() for item in sorted(table.items())),
]
# each form as its words, lower-cased, with the party's name and the words as written:
# ("liberal", "democrat") -> ("Liberal Democrats", ("Liberal", "Democrat")); an earlier party keeps a
# form, and of a party's forms in other capitals the capitalised one ("Renamo" over "RENAMO": read in both)
FORMS: dict[tuple[str, ...], tuple[str, tuple[str, ...]]] = {}
for _party, _party_forms in _PARTIES:
    for _written in map(tuple, map(FORM_WORD.findall, sorted(_party_forms, key=lambda f: (f.isupper(), f)))):
        FORMS.setdefault(tuple(w.lower() for w in _written), (_party, _written))
# the forms by their first word, where a form is looked for at every word of its first words
FORMS_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str, tuple[str, ...]]]] = {}
for _form, (_party, _written) in FORMS.items():
    FORMS_BY_FIRST.setdefault(_form[0], []).append((_form, _party, _written))
PARTY_FIRST_WORDS = frozenset(FORMS_BY_FIRST)


def form_at(doc: Doc, i: int) -> tuple[int, str] | None:
    """The longest party form starting at word i: (its length in words, the party's name)."""
    best = None
    for form, party, written in FORMS_BY_FIRST.get(doc[i].lower_, ()):
        here = doc[i : i + len(form)]
        lowered = tuple(t.lower_.replace("\u2019", "'") for t in here)
        if lowered == form and all(map(written_as, here, written)):
            best = max(best or (0, ""), (len(form), party))
    return best


def party_form(name: str) -> str | None:
    """The party a whole name is a form of, written as the form is ("the Moderates" -> none, "Moderates"
    -> the Moderate Party; "ANC", not "Anc"): the party's name, else None."""
    written = tuple(FORM_WORD.findall(name.replace("\u2019", "'")))
    found = FORMS.get(tuple(w.lower() for w in written))
    if found is None:
        return None
    party, form = found
    same = all(w == f if len(f) > 1 and f.isupper() else w[:1].isupper() or not f[:1].isupper()
               for w, f in zip(written, form))
    return party if same else None


def written_as(token: Token, word: str) -> bool:
    """Whether a word of a text is written as a form's word: an acronym in its capitals ("ANC", not
    "Anc"), a capitalised word capitalised ("Labour MP", not "labour MP")."""
    if len(word) > 1 and word.isupper():
        return token.text == word
    return token.text[:1].isupper() or not word[:1].isupper()
