# Add whole documents: each one's triples in its own graph and in the union graph.
INSERT DATA {
$graphs
}
