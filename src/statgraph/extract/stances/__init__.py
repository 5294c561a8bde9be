"""What stance: the cues of cues.toml on verbs, nouns and adjectives, sentence-level patterns
(clauses), evaluations, warnings, ties and proposals."""
