"""The statgraph vocabulary as an rdflib DefinedNamespace.

Generated from ontology/statgraph.ttl by statgraph.graph.vocabulary: do not edit by hand.
"""

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef


class SG(DefinedNamespace):
    """statgraph vocabulary: https://statgraph.org/ns#"""

    _fail = True
    _NS = Namespace("https://statgraph.org/ns#")

    Actor: URIRef  # Someone who can hold a position: a person, a state, an organization or a group.
    Decision: URIRef  # An analyst's verdict on a statement: accept, reject (with a reason) or correct;
    DeprecatedRank: URIRef  # An analyst rejected the statement or replaced it by a correction; left out unles
    Document: URIRef  # A source text; its IRI is derived from its content.
    Group: URIRef  # A loose collective named as one actor: the West, the Global South.
    Office: URIRef  # A position a person holds: Foreign Minister of Russia.
    Organization: URIRef  # An international organization, alliance, ministry, party, company or outlet.
    Person: URIRef  # A human actor.
    PreferredRank: URIRef  # An analyst accepted the statement, or wrote it as a correction.
    Rank: URIRef  # How a statement counts after review: preferred (accepted or a correction) or dep
    Reference: URIRef  # One passage that states a statement, with the speaker, the voice and the rule th
    Relation: URIRef  # A property that may stand between a holder and a target.
    Run: URIRef  # The statgraph version and language model that produced references.
    State: URIRef  # A country or its government; capitals stand for it by metonymy.
    Statement: URIRef  # A holder, a relation and a target, with a confidence; one per triple, however ma
    Topic: URIRef  # An issue a position is about: NATO expansion, sanctions, the UN Charter.
    about: URIRef  # The statement a decision is on.
    actorType: URIRef  # person, state, organization or group.
    cameo: URIRef  # The CAMEO event code a relation aligns with.
    confidence: URIRef  # How sure the extractor is, from 0 to 1.
    contentHash: URIRef  # First 16 hex digits of the SHA-256 of the text: the document's identity.
    cooperates_with: URIRef  # Partners, allies, works with. PLOVER: COOPERATE; CAMEO 06.
    correction: URIRef  # The new statement a correct decision wrote.
    criticizes: URIRef  # Criticizes, condemns, accuses, blames an actor. PLOVER: ACCUSE; CAMEO 111-112.
    cue: URIRef  # The word that fired the rule, kept as evidence.
    decision: URIRef  # The latest decision on the statement: the one that set its rank.
    demands: URIRef  # Demands, calls for, urges, insists on, expects. PLOVER: DEMAND; CAMEO 10.
    deployed_to: URIRef  # Sends or keeps troops, forces, weapons or bases in a place. PLOVER: MOBILIZE; CA
    document: URIRef  # The document of the passage (also reachable through oa:hasTarget/oa:hasSource).
    encoding: URIRef  # The character encoding the text was decoded with; offsets index the decoded text
    end: URIRef  # Offset just past the passage's last character.
    fileName: URIRef  # The name of the file (or record) the document was read from.
    group: URIRef  # The stance family of a relation: support, oppose, demand, propose, warn, coopera
    holder: URIRef  # On whose behalf the position is held.
    holds_role: URIRef  # A person holds an office.
    kind: URIRef  # How a relation is found: stance (its cue-file section lists stance cues), event
    length: URIRef  # Number of characters of the decoded text.
    member_of: URIRef  # Is a member of, joins, accedes to.
    met_with: URIRef  # Meets or holds talks with. PLOVER: CONSULT; CAMEO 04.
    model: URIRef  # The spaCy pipeline (name-version) of a run.
    negated: URIRef  # True when the relation came from a negated cue (does not support -> opposes).
    negation: URIRef  # The relation a negated cue gives instead (does not support -> opposes); none mea
    note: URIRef  # The analyst's free-text note on a decision.
    opposes: URIRef  # Opposes, objects to, finds unacceptable, draws a red line at. PLOVER: DISAPPROVE
    plover: URIRef  # The PLOVER event category a relation aligns with.
    polarity: URIRef  # 1 for a relation in favour, -1 against; one sentence that gives a holder both on
    proposes: URIRef  # Proposes, offers, puts forward an initiative. CAMEO 03 (express intent), 036.
    rank: URIRef  # The statement's rank after its latest decision.
    reason: URIRef  # Why a statement was rejected or corrected: wrong_holder, wrong_relation, wrong_t
    rejects: URIRef  # Rejects, refuses, denies, dismisses. PLOVER: REJECT; CAMEO 12.
    relation: URIRef  # The relation of the statement: one of the sg:Relation properties.
    review: URIRef  # The statement's state after its latest decision: accepted, rejected, corrected (
    reviewer: URIRef  # The name of the analyst who made the decision.
    role: URIRef  # A known office of a person from the actor lexicon.
    rule: URIRef  # The extraction rule that produced the reference, for audit.
    speaker: URIRef  # Who said it: may differ from the holder (we, said by Lavrov, is held by Russia).
    speakerName: URIRef  # The speaker's name when no actor node is known (a document's author).
    start: URIRef  # Offset of the passage's first character in the decoded document text.
    supports: URIRef  # Supports, backs, welcomes, defends, is committed to. PLOVER: SUPPORT; CAMEO 05.
    target: URIRef  # What the position is about: an actor, a topic or an office.
    targetText: URIRef  # The target as the passage words it.
    toolVersion: URIRef  # The statgraph version of a run.
    verdict: URIRef  # accept, reject or correct.
    visited: URIRef  # Visits a place. CAMEO 042.
    voice: URIRef  # quoted (a direct quote), reported (attributed paraphrase) or author (the writer'
    warns: URIRef  # Warns, threatens, vows a response. PLOVER: THREATEN; CAMEO 13.
