"""An intention whose act is an errand of one's own states no stance.

"The government plans to discuss the matter with the envoys next week", "she aims to visit every
member state", "I want to begin by thanking the hosts": what one means to say, meet, visit or
attend is the holder's own schedule, not a policy it backs (a planned visit is not even a visit,
CONVENTIONS). "plans to revoke the treaty", "wants to restore relations" still support the act.
The intention verbs and the errands are data in ontology/cues.toml [supports] intention_verbs and
errand_verbs, with the encounters of [supports] encounter_verbs and the speech verbs of
ontology/speech.toml.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..cues import Lexicon


def own_errand(verb: Token, lexicon: Lexicon) -> bool:
    """Whether an intention verb's to-infinitive is an errand of the holder's own: saying,
    meeting, visiting, attending ("plans to discuss X with Y", "aims to visit Z")."""
    if verb.lemma_.lower() not in lexicon.listed("supports", "intention_verbs"):
        return False
    inner = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}), None)
    if inner is None:
        return False
    errands = lexicon.listed("supports", "errand_verbs") | lexicon.listed("supports", "encounter_verbs")
    return inner.lemma_.lower() in errands
