"""Round twenty-one's speed changes: readings off the parse's array and gates that skip a walk
only where it would find nothing (speed only; seeds and 100 train articles built byte-identical
with and without them)."""

from __future__ import annotations

from spacy.tokens import Doc

from statgraph.extract.moods import negated
from statgraph.link.acronyms import _capital_words, _name_ends
from statgraph.nlp.arrays import doc_text, has_word_or_label

NEGATIONS = frozenset({"not", "never"})


def _may_negate(doc: Doc) -> bool:
    return has_word_or_label(doc, "test.may_negate", NEGATIONS, "neg")


def test_capital_words_are_the_all_capital_words_of_three_to_seven_letters(en_vocab) -> None:  # noqa: ANN001
    doc = Doc(en_vocab, words=["The", "NSC", "and", "UN", "met", "OSCE2", "ASEAN", "Nato", "ABCDEFGH", "."])
    assert _capital_words(doc) == {"NSC", "ASEAN"}  # not "UN" (two letters), "OSCE2", "Nato", eight letters
    assert _capital_words(doc[3:7]) == {"ASEAN"}
    assert _capital_words(doc[0:0]) == set()


def test_name_ends_are_the_last_capitalised_proper_nouns_of_a_run(en_vocab) -> None:  # noqa: ANN001
    words = ["The", "National", "Security", "Council", "said", "Minister", "of", "India", "met", "Kyiv", "Delhi"]
    pos = ["DET", "PROPN", "PROPN", "PROPN", "VERB", "PROPN", "ADP", "PROPN", "VERB", "PROPN", "PROPN"]
    doc = Doc(en_vocab, words=words, pos=pos)
    # "Minister" is followed by "of", "Kyiv" by a capitalised word: neither ends a name
    assert _name_ends(doc) == [3, 7, 10]
    assert _name_ends(doc[5:10]) == [2, 4]  # places in the span; its last word ends a name there
    lower = Doc(en_vocab, words=["the", "envoy", "london"], pos=["DET", "NOUN", "PROPN"])
    assert _name_ends(lower) == []  # a proper noun not capitalised ends none
    assert _name_ends(doc, frozenset("C")) == [3]  # only names whose initials may end in "C"
    linked = Doc(en_vocab, words=["Bank", "Of"], pos=["PROPN", "PROPN"])
    assert _name_ends(linked, frozenset("X")) == [1]  # "Of" adds no initial: its name may still end in "X"


def test_doc_text_is_the_docs_text(en_vocab) -> None:  # noqa: ANN001
    doc = Doc(en_vocab, words=["Kyiv", ",", "“", "Oui", "”", "\n\n", "fin"], spaces=[False, True, False, False, True, False, True])
    assert doc_text(doc) == doc.text == "Kyiv, “Oui” \n\nfin "
    assert doc_text(doc[0:2]) == doc[0:2].text == "Kyiv,"  # a span as Span.text gives it
    assert doc_text(Doc(en_vocab, words=[])) == ""


def test_a_passage_without_a_negation_word_negates_nothing(en_vocab) -> None:  # noqa: ANN001
    plain = Doc(en_vocab, words=["Ghana", "supports", "the", "plan", "."], deps=["nsubj", "ROOT", "det", "dobj", "punct"],
                heads=[1, 1, 3, 1, 1])
    assert not _may_negate(plain) and not negated(plain[1])
    said = Doc(en_vocab, words=["Ghana", "does", "not", "support", "it"], deps=["nsubj", "aux", "neg", "ROOT", "dobj"],
               heads=[3, 3, 3, 3, 3])
    assert _may_negate(said) and negated(said[3])
    word_only = Doc(en_vocab, words=["Never", "again", "."])  # the word, with no parse: still a negation word
    assert _may_negate(word_only)
    label_only = Doc(en_vocab, words=["Ghana", "x", "agrees"], deps=["nsubj", "neg", "ROOT"], heads=[2, 2, 2])
    assert _may_negate(label_only)  # a "neg" dependent, whatever its word


def test_sentence_starts_and_the_sentence_starting_at_a_token_are_those_of_doc_sents(en_vocab) -> None:  # noqa: ANN001
    from statgraph.nlp.bounds import sentence_starting, sentence_starts

    words = ["Ghana", "agreed", ".", "Togo", "did", "too", ".", "Done"]
    doc = Doc(en_vocab, words=words, sent_starts=[True, False, False, True, False, False, False, True])
    assert sentence_starts(doc) == [s.start for s in doc.sents] == [0, 3, 7]
    assert sentence_starting(doc, 3) == doc[3:7] and sentence_starting(doc, 7) == doc[7:8]
    assert sentence_starting(doc, 0).text == "Ghana agreed ."
    assert sentence_starting(doc, 4) is None and sentence_starting(doc, 8) is None  # no sentence starts there


def test_graph_terms_are_the_namespaces_terms_made_once() -> None:
    from rdflib import RDF

    from statgraph.graph import build
    from statgraph.graph.namespaces import SG

    terms = build._Terms(SG)
    assert terms.confidence == SG.confidence and terms.confidence is terms.confidence  # made once, then kept
    assert build.RDF.type == RDF.type and build.SG.Statement == SG.Statement
    assert not any(isinstance(n, build._Terms) for n in build.PREFIXES.values())  # prefixes bind the namespaces

