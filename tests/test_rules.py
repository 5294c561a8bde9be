"""Rule tests on hand-built Docs: one rule's grammar each, with no language model.

The behaviour tests (test_extract.py and the others) read real sentences with the model;
these pin what a rule does with a given parse, so a change of model cannot hide a change
of rule.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import make_doc

from statgraph.extract.context.frame import Frame
from statgraph.extract.registry import Context, Resources
from statgraph.link.resolve import Resolver

ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology"


@pytest.fixture(scope="module")
def resources() -> Resources:
    from statgraph.extract.cues import load_lexicon
    from statgraph.extract.stances.evaluation import load_polarity
    from statgraph.link.gazetteer import load_gazetteer
    from statgraph.link.topics import load_topics
    from statgraph.relations import load_relations

    return Resources(
        load_gazetteer(ONTOLOGY),
        load_topics(ONTOLOGY),
        load_lexicon(ONTOLOGY),
        load_polarity(ONTOLOGY),
        load_relations(ONTOLOGY),
    )


def _context(resources: Resources, frame: Frame | None = None) -> Context:
    return Context(frame or Frame(), Resolver(resources.gazetteer), resources)


def _found(extract, doc, context: Context) -> list[tuple[str, str, str, str]]:  # noqa: ANN001
    sent = next(iter(doc.sents))
    return [(f.holder.id, f.relation, f.target.text, f.rule) for f in extract(sent, context)]


def test_rules_subject_of_direct_subject(en_vocab) -> None:  # noqa: ANN001
    from statgraph.extract.context.subjects import subject_of

    doc = make_doc(
        en_vocab,
        ["Russia", "opposes", "sanctions", "."],
        [1, 1, 1, 1],
        ["nsubj", "ROOT", "dobj", "punct"],
        ["PROPN", "VERB", "NOUN", "PUNCT"],
    )
    assert subject_of(doc[1]).text == "Russia"


def test_rules_subject_of_hung_on_the_auxiliary(en_vocab) -> None:  # noqa: ANN001
    """The small model sometimes hangs the subject on the auxiliary ("The CSTO has formalized")."""
    from statgraph.extract.context.subjects import subject_of

    doc = make_doc(
        en_vocab,
        ["CSTO", "has", "formalized", "ties", "."],
        [1, 2, 2, 2, 2],
        ["nsubj", "aux", "ROOT", "dobj", "punct"],
        ["PROPN", "AUX", "VERB", "NOUN", "PUNCT"],
    )
    assert subject_of(doc[2]).text == "CSTO"


def test_rules_subject_of_object_control(en_vocab) -> None:  # noqa: ANN001
    """ "urged Iran to cooperate": Iran cooperates."""
    from statgraph.extract.context.subjects import subject_of

    doc = make_doc(
        en_vocab,
        ["France", "urged", "Iran", "to", "cooperate", "."],
        [1, 1, 1, 4, 1, 1],
        ["nsubj", "ROOT", "dobj", "aux", "xcomp", "punct"],
        ["PROPN", "VERB", "PROPN", "PART", "VERB", "PUNCT"],
    )
    assert subject_of(doc[4]).text == "Iran"


def test_rules_find_stances_verb_object(en_vocab, resources: Resources) -> None:  # noqa: ANN001
    from statgraph.extract.stances.verbs import find_stances

    doc = make_doc(
        en_vocab,
        ["Russia", "opposes", "the", "sanctions", "."],
        [1, 1, 3, 1, 1],
        ["nsubj", "ROOT", "det", "dobj", "punct"],
        ["PROPN", "VERB", "DET", "NOUN", "PUNCT"],
        lemmas=["Russia", "oppose", "the", "sanction", "."],
        ents=["B-GPE", "O", "O", "O", "O"],
    )
    assert _found(find_stances, doc, _context(resources)) == [("Russia", "opposes", "sanctions", "verb_object/subject")]


def test_rules_find_stances_negated_support_opposes(en_vocab, resources: Resources) -> None:  # noqa: ANN001
    """The relation a negated cue gives is the relation's sg:negation in statgraph.ttl."""
    from statgraph.extract.stances.verbs import find_stances

    doc = make_doc(
        en_vocab,
        ["Russia", "does", "not", "support", "the", "sanctions", "."],
        [3, 3, 3, 3, 5, 3, 3],
        ["nsubj", "aux", "neg", "ROOT", "det", "dobj", "punct"],
        ["PROPN", "AUX", "PART", "VERB", "DET", "NOUN", "PUNCT"],
        lemmas=["Russia", "do", "not", "support", "the", "sanction", "."],
        ents=["B-GPE", "O", "O", "O", "O", "O", "O"],
    )
    found = _found(find_stances, doc, _context(resources))
    assert [(holder, relation) for holder, relation, *_ in found] == [("Russia", "opposes")]


def test_rules_find_stances_said_states_nothing(en_vocab, resources: Resources) -> None:  # noqa: ANN001
    """A bare frame verb ("said") is no stance of its own."""
    from statgraph.extract.stances.verbs import find_stances

    doc = make_doc(
        en_vocab,
        ["Lavrov", "said", "so", "."],
        [1, 1, 1, 1],
        ["nsubj", "ROOT", "advmod", "punct"],
        ["PROPN", "VERB", "ADV", "PUNCT"],
        lemmas=["Lavrov", "say", "so", "."],
    )
    assert _found(find_stances, doc, _context(resources, Frame(frame_tokens=frozenset({0, 1})))) == []


def test_rules_meeting_of_two_named_persons(en_vocab, resources: Resources) -> None:  # noqa: ANN001
    from statgraph.extract.events.acts import find_events

    doc = make_doc(
        en_vocab,
        ["Lavrov", "met", "Blinken", "in", "Geneva", "."],
        [1, 1, 1, 1, 3, 1],
        ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
        ["PROPN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"],
        lemmas=["Lavrov", "meet", "Blinken", "in", "Geneva", "."],
        tags=["NNP", "VBD", "NNP", "IN", "NNP", "."],
        ents=["B-PERSON", "O", "B-PERSON", "O", "B-GPE", "O"],
    )
    found = _found(find_events, doc, _context(resources))
    assert ("Sergey_Lavrov", "met_with", "Antony Blinken", "meeting/subject") in found
    # Geneva is a city the lexicon places in Switzerland: both ministers, from elsewhere, visited it
    assert sorted(f for f in found if f[1] == "visited") == [
        ("Antony_Blinken", "visited", "Geneva", "met_abroad"),
        ("Sergey_Lavrov", "visited", "Geneva", "met_abroad"),
    ]
    assert len(found) == 3


def test_rules_noun_stance_of_its_possessor(en_vocab, resources: Resources) -> None:  # noqa: ANN001
    """ "X's <noun> to Y": X holds the noun's stance on Y."""
    from statgraph.extract.stances.nouns import noun_stances

    doc = make_doc(
        en_vocab,
        ["Russia", "'s", "opposition", "to", "sanctions", "is", "firm", "."],
        [2, 0, 5, 2, 3, 5, 5, 5],
        ["poss", "case", "nsubj", "prep", "pobj", "ROOT", "acomp", "punct"],
        ["PROPN", "PART", "NOUN", "ADP", "NOUN", "AUX", "ADJ", "PUNCT"],
        lemmas=["Russia", "'s", "opposition", "to", "sanction", "be", "firm", "."],
        tags=["NNP", "POS", "NN", "IN", "NNS", "VBZ", "JJ", "."],
        ents=["B-GPE", "O", "O", "O", "O", "O", "O", "O"],
    )
    assert _found(noun_stances, doc, _context(resources)) == [("Russia", "opposes", "sanctions", "noun/possessive")]


def test_rules_extract_document_runs_the_registry(en_vocab, resources: Resources) -> None:  # noqa: ANN001
    """The whole extraction path on a hand-built parse: roles, frame, the registered extractors."""
    from statgraph.documents import make_document
    from statgraph.extract import extract_document
    from statgraph.models import Passage

    doc = make_doc(
        en_vocab,
        ["Russia", "opposes", "the", "sanctions", "."],
        [1, 1, 3, 1, 1],
        ["nsubj", "ROOT", "det", "dobj", "punct"],
        ["PROPN", "VERB", "DET", "NOUN", "PUNCT"],
        lemmas=["Russia", "oppose", "the", "sanction", "."],
        ents=["B-GPE", "O", "O", "O", "O"],
    )
    document = make_document(doc.text, "hand.txt")
    statements = extract_document(document, [(Passage(doc_id=document.id, start=0, end=len(doc.text)), doc)], resources)
    assert [(s.holder_id, s.relation, s.target_id, s.rule, s.evidence) for s in statements] == [
        ("Russia", "opposes", "Sanctions", "verb_object/subject", "Russia opposes the sanctions.")
    ]
