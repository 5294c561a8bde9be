# Record one decision: the statement's (and a correction's) earlier rank, review and latest
# decision are replaced, in the curation graph and in the union graph that queries read;
# the decision itself is added to both. One request, so one transaction.
DELETE {
  GRAPH <$curation> { ?statement sg:rank ?rank ; sg:review ?review ; sg:decision ?latest }
  GRAPH <$union> { ?statement sg:rank ?rank ; sg:review ?review ; sg:decision ?latest }
}
WHERE {
  VALUES ?statement { $statements }
  GRAPH <$curation> { ?statement sg:rank ?rank ; sg:review ?review ; sg:decision ?latest }
} ;
INSERT DATA {
  GRAPH <$curation> {
$lines
  }
  GRAPH <$union> {
$lines
  }
}
