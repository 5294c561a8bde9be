"""The named entity at a token, read off the tokens' IOB tags around it.

`Doc.ents` makes a Span of every entity of the Doc at each reading, and a resolver asks
for the entity around a name for every name it reads; `entity_at` reads the few tags of one
entity and gives the same Span `Doc.ents` would (label, knowledge-base id, entity id).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

if TYPE_CHECKING:
    from spacy.tokens import Token

_INSIDE, _OUTSIDE, _BEGIN = 1, 2, 3  # spaCy's ent_iob codes (0: no tag)


def entity_at(token: Token) -> Span | None:
    """The entity of `doc.ents` that holds `token`, if any."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob == _INSIDE:
        start -= 1
    first = doc[start]
    if first.ent_iob != _BEGIN or first.ent_type == 0:
        return None
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob == _INSIDE:
        end += 1
    return Span(doc, start, end, label=first.ent_type, kb_id=first.ent_kb_id, span_id=first.ent_id)
