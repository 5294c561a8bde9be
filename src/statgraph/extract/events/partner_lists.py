"""The people of a list of partners that the parser breaks: "met his Malaysian counterpart
Saifuddin Abdullah, Water Minister Xavier Jayakumar and Transport Minister Anthony Loke" (the
later names hung on the name after the office, not on the office met), "met with German Foreign
Minister Annalena Baerbock, UK Foreign Secretary Elizabeth Truss and French adviser Philippe
Errera" (the second name taken for an apposition of the first), "met Kurdish leaders including
Masoud Barzani" (the people of a group met)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..context.subjects import conjuncts

if TYPE_CHECKING:
    from spacy.tokens import Token


def listed_people(members: list[Token], taken: list[Token]) -> list[Token]:
    """The people named in a list beyond its members: the names coordinated with a member's own
    name in apposition ("his counterpart X, Minister Y and Z": Y and Z), and a second name in
    apposition to a member's name ("A, Foreign Secretary B, and C": B), and the people a member is
    said to include ("leaders including A and B"). Only names the tagger
    takes for people; none already among the members or the names `taken` for them."""
    seen = {t.i for t in [*members, *taken]}
    found: list[Token] = []
    for member in members:
        names = [c for c in member.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.pos_ == "PROPN"]
        # "met Kurdish leaders including Masoud Barzani", "met with officials, including Minister X"
        names += [p for c in member.children if c.dep_ == "prep" and c.lower_ == "including"
                  for p in c.children if p.dep_ == "pobj" and p.ent_type_ == "PERSON" and p.pos_ == "PROPN"]
        if member.ent_type_ == "PERSON":
            names = [member, *names]
        for name in names:
            for person in [name, *conjuncts(name)]:
                if person.ent_type_ == "PERSON" and person.pos_ == "PROPN" and person.i not in seen:
                    seen.add(person.i)
                    found.append(person)
    return found
