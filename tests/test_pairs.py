"""The pair score of two target phrases: arguments, articles, undoing words, relations, names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from statgraph.cli import cli
from statgraph.errors import ExtractionError
from statgraph.link.concepts import ConceptIndex
from statgraph.link.pair_model import WITHIN_DOCUMENT, PairModel, load_pair_model, pair_model
from statgraph.link.pair_training import deal, phrase_groups, read_pairs, train_pairs
from statgraph.link.pairs import Passage, pair_features, pair_score, pair_scores, read_phrase, root, vetoed
from statgraph.link.topics import stem

THRESHOLD = pair_model().threshold


def test_pairs_a_possessive_qualifies_the_issue() -> None:
    """Whose sovereignty: "their national sovereignty" is some state's, the bare word is no one's."""
    bare = read_phrase("sovereignty", "a.txt")
    owned = pair_score(bare, read_phrase("their national sovereignty", "b.txt"), 0.8)
    unowned = pair_score(bare, read_phrase("national sovereignty", "b.txt"), 0.8)
    assert read_phrase("their national sovereignty").argued and not read_phrase("national sovereignty").argued
    assert pair_features(bare, read_phrase("their national sovereignty", "b.txt"), 0.8)["generic"] == 1.0
    assert owned < THRESHOLD and owned < unowned


def test_pairs_a_bare_word_stands_for_the_instance_of_its_own_article() -> None:
    one_article = pair_score(read_phrase("blockade", "a.txt"), read_phrase("the blockade of Qatar", "a.txt"), 0.5)
    two_articles = pair_score(read_phrase("blockade", "a.txt"), read_phrase("the blockade of Qatar", "b.txt"), 0.5)
    assert one_article >= THRESHOLD > two_articles


def test_pairs_a_bare_word_joins_its_article_instance_in_a_build() -> None:
    index = ConceptIndex()
    (qatar,) = index.link(["the blockade of Qatar"], "gulf.txt")
    assert index.link(["the blockade"], "gulf.txt") == [qatar]
    assert index.link(["the blockade"], "other.txt") != [qatar]


@pytest.mark.parametrize(
    ("text", "undoes"),
    [
        ("abandon the two-state solution", True),
        ("Israel must never abandon the two-state solution", False),  # refused: the solution's side
        ("they should not undermine the ceasefire", False),
        ("undermining the ceasefire", True),
        ("the two-state solution", False),
    ],
)
def test_pairs_an_undoing_word_that_is_refused_keeps_the_issue(text: str, undoes: bool) -> None:
    assert read_phrase(text).undoes is undoes


def test_pairs_a_refused_undoing_is_the_issue_itself() -> None:
    issue = read_phrase("two-state solution", "a.txt")
    refused = read_phrase("must never abandon the two-state solution", "b.txt")
    undoing = read_phrase("abandon the two-state solution", "b.txt")
    assert vetoed(undoing, issue) and not vetoed(refused, issue)
    assert pair_score(undoing, issue, 0.9) == 0.0 < pair_score(refused, issue, 0.9)
    assert pair_score(refused, read_phrase("the two-state solution", "b.txt"), 0.9) >= THRESHOLD  # one article


def test_pairs_a_relation_with_one_party_named_is_its_speakers() -> None:
    """ "ties with India" of two articles: two speakers' ties, two issues; in one article, one."""
    a, b = read_phrase("closer ties with India", "a.txt"), read_phrase("ties with India", "b.txt")
    same_article = read_phrase("ties with India", "a.txt")
    assert pair_score(a, b, 0.9) < THRESHOLD <= pair_score(a, same_article, 0.9)
    both = read_phrase("relations between Serbia and Kosovo", "a.txt"), read_phrase("Serbia-Kosovo relations", "b.txt")
    # both parties named alike: one relation whoever speaks of it, left to the model's weights
    assert not vetoed(*both) and pair_score(*both, 0.9) >= THRESHOLD


def test_pairs_a_relation_stays_apart_across_articles_in_a_build() -> None:
    index = ConceptIndex()
    first = index.link(["strategic partnership with Brazil"], "a.txt")
    assert index.link(["strategic partnership with Brazil"], "a.txt") == first  # one article, one concept
    assert index.link(["a strategic partnership with Brazil"], "b.txt") != first


def test_pairs_names_in_a_description_of_the_argument_are_not_the_issue() -> None:
    described = read_phrase("sanctions on firms involved in arms sales to Taiwan", "a.txt")
    assert described.names == frozenset()
    named = read_phrase("sanctions on Raytheon", "b.txt")  # other names count across articles
    other = read_phrase("sanctions on Taiwan", "a.txt")
    assert pair_score(described, named, 0.6) > pair_score(other, named, 0.6)


def test_pairs_a_negated_word_is_never_the_same_issue() -> None:
    """ "regional instability" turns a stance on "regional stability" over: vetoed at any cosine."""
    stable, unstable = read_phrase("regional stability", "a.txt"), read_phrase("regional instability", "a.txt")
    assert vetoed(stable, unstable)
    assert pair_score(stable, unstable, 0.99) == 0.0


def test_pairs_the_learned_decision_reads_names_heads_and_articles() -> None:
    """One head and one name across articles joins; another name, or a bare word, does not."""
    levy = read_phrase("a levy on salmon from Norway", "a.txt")
    assert pair_score(levy, read_phrase("the levy on Norway's salmon", "b.txt"), 0.9) >= THRESHOLD
    chile, peru = read_phrase("the levy on Chile", "a.txt"), read_phrase("the levy on Peru", "b.txt")
    assert pair_score(chile, peru, 0.9) < THRESHOLD
    assert pair_score(read_phrase("levy", "a.txt"), read_phrase("the levy on Peru", "b.txt"), 0.9) < THRESHOLD
    assert pair_score(read_phrase("levy", "a.txt"), read_phrase("the levy on Peru", "a.txt"), 0.9) >= THRESHOLD


def test_pairs_no_pair_below_the_models_lowest_cosine_reaches_its_threshold() -> None:
    """`min_cosine` lets the concept index skip pairs: none below it could be joined."""
    model = pair_model()
    best = {name: 1.0 for name, weight in model.weights.items() if weight > 0}
    assert model.probability({**best, "cosine": model.min_cosine() - 0.01}) < model.threshold
    assert model.probability({**best, "cosine": model.min_cosine() + 0.01}) >= model.threshold
    apart = {name: value for name, value in best.items() if name not in WITHIN_DOCUMENT}
    assert model.min_cosine(same_document=False) > model.min_cosine()
    assert model.probability({**apart, "cosine": model.min_cosine(same_document=False) - 0.01}) < model.threshold
    assert model.probability({**apart, "cosine": model.min_cosine(same_document=False) + 0.01}) >= model.threshold


def test_pairs_a_model_file_reads_back_and_a_foreign_one_is_refused(tmp_path: Path) -> None:
    model = PairModel({"cosine": 2.0, "same_head": 1.5}, -3.0, 0.4, {"half": "tune"})
    path = tmp_path / "pairs.json"
    path.write_text(model.to_json(), encoding="utf-8")
    assert load_pair_model(path) == model
    path.write_text('{"format": "statgraph-judge/1"}', encoding="utf-8")
    with pytest.raises(ExtractionError, match="train-pairs"):
        load_pair_model(path)


_PAIRS = [  # (phrase, phrase, same issue), each pair of two made-up articles
    ("a levy on Norwegian salmon", "the salmon levy on Norway", 1),
    ("a levy on Norwegian salmon", "a levy on Chile", 0),
    ("the bridge over the Elbe", "building the Elbe bridge", 1),
    ("the bridge over the Elbe", "the tunnel under the Alps", 0),
    ("visa-free travel for Serbs", "visa-free travel for Serbian citizens", 1),
    ("visa-free travel for Serbs", "visas", 0),
    ("the port deal with Oman", "the port agreement with Oman", 1),
    ("the port deal with Oman", "trade with Qatar", 0),
    ("a cap on rents", "rent caps", 1),
    ("a cap on rents", "the price of bread", 0),
    ("the Danube dam", "the dam on the Danube", 1),
    ("the Danube dam", "river pollution", 0),
    ("fishing quotas in the Baltic", "Baltic fishing quotas", 1),
    ("fishing quotas in the Baltic", "quotas", 0),
]


def _pair_file(path: Path) -> Path:
    lines = ["pair\tphrase_a\tphrase_b\tsame\tsplit\tsampled_as\tdoc_a\tdoc_b\tsame_b\tsame_adj\tnote"]
    for i, (a, b, same) in enumerate(_PAIRS):
        lines.append(f"{i}\t{a}\t{b}\t{same}\ttune\thigh\t{i // 2}a.txt\t{i // 2}b.txt\t{same}\t{same}\t")
    lines.append(f"99\tthe bridge over the Elbe\tthe Elbe bridge\t1\treport\thigh\tx.txt\ty.txt\t1\t1\t")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_pairs_training_groups_pairs_by_shared_phrases() -> None:
    groups = phrase_groups([("a", "b"), ("c", "d"), ("b", "e"), ("f", "f")])
    assert groups[0] == groups[2] != groups[1] and len(set(groups)) == 3
    folds = deal(groups, [True, False, False, False], 2, seed=0)
    assert folds[0] == folds[2]  # no phrase on both sides of a fold


def test_pairs_training_is_deterministic_and_reads_one_half(tmp_path: Path) -> None:
    path = _pair_file(tmp_path / "pairs.tsv")
    runs = []
    for _ in range(2):
        data = read_pairs(path, "tune")
        runs.append(train_pairs(data, strengths=(0.3, 1.0), folds=3, deals=2).to_json())
    assert runs[0] == runs[1]
    assert len(data.labels) == len(_PAIRS)  # the report half's row is not read
    model = json.loads(runs[0])
    assert model["trained_on"]["half"] == "tune" and set(model["trained_on"]["cross_validated_f1"]) == {"0.3", "1.0"}
    assert model["weights"]["same_head"] > 0


def test_pairs_train_pairs_command_writes_a_model(tmp_path: Path) -> None:
    out = tmp_path / "model.json"
    result = CliRunner().invoke(cli, ["train-pairs", "--pairs", str(_pair_file(tmp_path / "p.tsv")), "--half", "tune",
                                 "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert load_pair_model(out).trained_on["pairs"] == len(_PAIRS)


def _gazetteer():
    from statgraph.link.gazetteer import load_gazetteer
    from statgraph.settings import default_ontology_dir

    return load_gazetteer(default_ontology_dir())


def test_pairs_kindred_heads_are_one_head() -> None:
    """ "a truce" and "a ceasefire" (ontology/issue_words.toml `kindred`) are read with one head;
    a word of another meaning is not."""
    truce = read_phrase("a truce between Armenia and Azerbaijan", "a.txt")
    ceasefire = read_phrase("a ceasefire between Armenia and Azerbaijan", "b.txt")
    assert truce.head == ceasefire.head and truce.issue_stems == ceasefire.issue_stems
    assert read_phrase("talks between Armenia and Azerbaijan").head != truce.head
    assert pair_scores([(truce.text, ceasefire.text, "a.txt", "b.txt")])[0] >= THRESHOLD


def test_pairs_a_demonym_names_its_country() -> None:
    """ "Turkish tariffs" names Turkey as "tariffs imposed by Turkey" does, so the two share a name
    and "Egyptian tariffs" is another name."""
    gazetteer = _gazetteer()
    turkish = read_phrase("Turkish tariffs on steel", "a.txt", gazetteer)
    by_turkey = read_phrase("tariffs on steel from Turkey", "b.txt", gazetteer)
    egyptian = read_phrase("Egyptian tariffs on steel", "b.txt", gazetteer)
    assert turkish.names and turkish.names == by_turkey.names
    assert pair_features(turkish, by_turkey, 0.8)["shared_names"] == 1.0
    assert pair_features(turkish, egyptian, 0.8)["other_names"] == 1.0
    assert read_phrase("Turkish tariffs on steel", "a.txt").names != by_turkey.names  # no gazetteer: the word


@pytest.mark.parametrize(
    ("text", "undoes"),
    [
        ("states must not recognise the annexation of the island", True),
        ("they will never accept the partition", True),
        ("recognise the annexation of the island", False),
        ("they must not undermine the partition", False),  # refusing an undoing keeps the issue
    ],
)
def test_pairs_a_refused_upholding_verb_undoes_the_issue(text: str, undoes: bool) -> None:
    assert read_phrase(text).undoes is undoes


def test_pairs_refusing_to_recognise_an_issue_is_never_the_issue() -> None:
    refused = read_phrase("states must not recognise the annexation of the island", "a.txt")
    issue = read_phrase("the annexation of the island", "a.txt")
    assert vetoed(refused, issue) and pair_score(refused, issue, 0.95) == 0.0


def test_pairs_names_after_based_on_describe_the_issue() -> None:
    """ "a security order based on the Helsinki Final Act" is an order, not the Act: it names no
    name and no issue word to share with "amend the Helsinki Final Act" (only the embedding
    cosine, which reads every word, sees the Act in both), and across articles the two stay apart."""
    order = read_phrase("a security order based on the Helsinki Final Act", "a.txt")
    assert order.names == frozenset() and order.roots == frozenset({"order", "security"})
    features = pair_features(order, read_phrase("amend the Helsinki Final Act", "a.txt"), 0.5)
    assert features["overlap"] == features["shared_names"] == features["head_in_other"] == 0.0
    index = ConceptIndex()
    (first,) = index.link([order.text], "a.txt")
    assert index.link(["amend the Helsinki Final Act"], "b.txt") != [first]


def test_pairs_overlap_reads_a_long_wording_of_one_issue() -> None:
    """The share of the shorter phrase's issue words in the longer: 1 when one wording holds the
    other's words, whatever else it says."""
    short = read_phrase("the two-state solution", "a.txt")
    long = read_phrase("firmly adhere to the two-state solution in every round of the process", "b.txt")
    assert pair_features(short, long, 0.7)["overlap"] == 1.0
    assert pair_features(short, read_phrase("a one-state outcome", "b.txt"), 0.7)["overlap"] == 0.0


@pytest.mark.parametrize(
    "texts",
    [
        ("the Mexican draft", "Brazil and Chile rejected the Mexican draft", "the Brazilian draft"),
        ("a ceasefire in Gaza", "Qatar wants to extend the ceasefire in Gaza to a ceasefire between Israel and Iran",
         "a ceasefire between Israel and Iran"),
    ],
)
def test_pairs_a_phrase_joins_no_concept_that_names_other_names(texts: tuple[str, str, str]) -> None:
    """A wording that names both joins the first; the third, whose names the first does not
    share, makes its own concept rather than joining by way of the second."""
    index = ConceptIndex(gazetteer=_gazetteer())
    first, second, third = (index.link([text], "un.txt") for text in texts)
    assert second == first and third != first


def test_pairs_a_minted_concept_never_takes_an_actors_id() -> None:
    """A concept whose label is an actor's name ("the United Nations (UN) Charter" is labelled
    by the words before its bracket) gets an id of its own, so no stance on it reads as one on
    the actor."""
    gazetteer = _gazetteer()
    index = ConceptIndex(gazetteer=gazetteer)
    ((concept_id, _),) = index.link(["the United Nations (UN) Charter"], "a.txt")
    assert concept_id not in gazetteer.actors and concept_id.startswith("United_Nations")


def test_pairs_a_phrase_that_is_an_actors_name_keeps_the_actors_id() -> None:
    """A target that is an actor's name in other words is that actor's node, not a concept."""
    gazetteer = _gazetteer()
    ((concept_id, label),) = ConceptIndex(gazetteer=gazetteer).link(["the People's Republic of China"], "a.txt")
    assert (concept_id, label) == ("China", "China")


def test_pairs_an_event_and_its_nominalisation_share_their_issue_words() -> None:
    """ "recognise the state" and "the recognition of the state", "disarm the militia" and "the
    militia's disarmament" share a root (link/pairs.py `root`); unrelated words keep theirs."""
    assert root("recognise") == root("recognition") and root("disarm") == root("disarmament")
    assert root("relocate") == root("relocation") and root("withdrawal") == "withdraw"
    assert root("tariff") != root("territory")
    verb = read_phrase("Lagos should recognise the new canal authority", "a.txt")
    noun = read_phrase("the recognition of the new canal authority", "b.txt")
    assert pair_features(verb, noun, 0.5)["overlap"] == 1.0


def test_pairs_a_head_of_one_phrase_that_the_other_holds_is_read() -> None:
    """ "the dismantling of the border wall" and "plans to dismantle the border wall": one
    phrase's head is an issue word of the other (`head_in_other`); "the border fence" is not."""
    plans = read_phrase("plans to dismantle the border wall", "a.txt")
    dismantling = read_phrase("the dismantling of the border wall", "a.txt")
    assert pair_features(dismantling, plans, 0.5)["head_in_other"] == 1.0
    fence = read_phrase("the border fence", "a.txt")
    assert pair_features(fence, read_phrase("tolls at the harbour", "a.txt"), 0.5)["head_in_other"] == 0.0


def test_pairs_two_texts_of_other_names_are_never_one() -> None:
    """Two drafts, one Norwegian, one Chilean, are two texts even in one article and at any
    cosine; a draft and the same draft in other words are not kept apart."""
    gazetteer = _gazetteer()  # a demonym names its country
    norwegian = read_phrase("the Norwegian draft resolution", "a.txt", gazetteer)
    chilean = read_phrase("the Chilean draft resolution", "a.txt", gazetteer)
    assert vetoed(norwegian, chilean) and pair_score(norwegian, chilean, 0.99) == 0.0
    assert not vetoed(norwegian, read_phrase("Norway's draft resolution on fisheries", "a.txt", gazetteer))


def test_pairs_an_actor_heading_a_clause_is_no_head() -> None:
    """ "Portugal to respect the fishing quotas" and "Portugal, blocking the harbour" share an
    actor, not an issue: neither has an actor for its head, so no same head joins them."""
    gazetteer = _gazetteer()
    respect = read_phrase("Portugal to respect the fishing quotas", "a.txt", gazetteer)
    blocking = read_phrase("Portugal, blocking the harbour of Vigo", "a.txt", gazetteer)
    assert respect.head == "" and pair_features(respect, blocking, 0.5)["same_head"] == 0.0
    assert read_phrase("the fishing quotas of Portugal", "a.txt", gazetteer).head == stem("quotas")


def test_pairs_the_learned_decision_joins_paraphrases_and_keeps_issues_apart() -> None:
    """The packaged model on wordings of my own: one article's two wordings of a withdrawal, and
    the same levy under one name across articles, are joined; a levy on other names, a bare word
    against a qualified one across articles, and an undone issue are not."""
    pairs = [
        ("the withdrawal of troops from the border villages", "withdraw the troops from the border villages",
         "a.txt", "a.txt"),
        ("the levy on Norwegian salmon", "a levy on salmon from Norway", "a.txt", "b.txt"),
        ("the levy on Chilean copper", "the levy on Peruvian copper", "a.txt", "b.txt"),
        ("levies", "the levy on Peruvian copper", "a.txt", "b.txt"),
        ("lifting the levy on Peruvian copper", "the levy on Peruvian copper", "a.txt", "a.txt"),
    ]
    said = [score >= THRESHOLD for score in pair_scores(pairs, _gazetteer())]
    assert said == [True, True, False, False, False]


def test_pairs_two_targets_of_one_passage_are_read_as_such() -> None:
    """`same_passage`: two phrases of one article whose statements share a passage (one list of
    demands, one demand in two parts); another passage, another article or no statement known
    is none."""
    here = Passage(0, 80, "Port_Council", "demands")
    toll = read_phrase("the harbour toll", "a.txt", passage=here)
    fees = read_phrase("fees for ships", "a.txt", passage=here)
    later = read_phrase("fees for ships", "a.txt", passage=Passage(120, 200, "Port_Council", "demands"))
    elsewhere = read_phrase("fees for ships", "b.txt", passage=here)
    assert pair_features(toll, fees, 0.5)["same_passage"] == 1.0
    assert pair_features(toll, later, 0.5)["same_passage"] == 0.0
    assert pair_features(toll, elsewhere, 0.5)["same_passage"] == 0.0
    assert pair_features(toll, read_phrase("fees for ships", "a.txt"), 0.5)["same_passage"] == 0.0
    assert pair_score(toll, fees, 0.5) > pair_score(toll, later, 0.5)  # the model weighs it for one issue


@pytest.mark.parametrize(
    ("first", "second", "vetoes"),
    [
        (Passage(0, 90, "Ministry", "demands"), Passage(0, 90, "Ministry", "opposes"), True),
        (Passage(0, 90, "Ministry", "supports"), Passage(40, 120, "Ministry", "warns"), True),  # overlapping
        (Passage(0, 90, "Ministry", "supports"), Passage(0, 90, "Ministry", "proposes"), False),  # one way
        (Passage(0, 90, "Ministry", "demands"), Passage(0, 90, "Fishers", "opposes"), False),  # two holders
        (Passage(0, 90, "Ministry", "demands"), Passage(200, 290, "Ministry", "opposes"), False),  # two passages
        (Passage(0, 90, "Ministry", "met_with"), Passage(0, 90, "Ministry", "opposes"), False),  # no stance
    ],
)
def test_pairs_one_holder_for_one_phrase_and_against_the_other_in_one_passage_is_vetoed(
    first: Passage, second: Passage, vetoes: bool
) -> None:
    """Rule 6 read off the statements: a holder who, in one passage, is for one phrase and against
    the other ("demands a ban on night fishing" / "opposes the night fishing ban") does not speak
    of one issue, whatever the words share."""
    ban = read_phrase("a ban on night fishing", "a.txt", passage=first)
    other = read_phrase("the night fishing ban", "a.txt", passage=second)
    assert vetoed(ban, other) is vetoes
    assert (pair_score(ban, other, 0.9) == 0.0) is vetoes
