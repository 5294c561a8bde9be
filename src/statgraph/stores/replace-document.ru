# Drop an older version of a document: first take out of the union graph the triples
# that no other document graph holds, then drop the document's graph. Sent in one
# request with the new version's INSERT DATA, so the replacement is one transaction.
DELETE { GRAPH <$union> { ?s ?p ?o } }
WHERE {
  GRAPH <$old> { ?s ?p ?o }
  FILTER NOT EXISTS {
    GRAPH ?other { ?s ?p ?o }
    FILTER (?other != <$old> && ?other != <$union>)
  }
} ;
DROP SILENT GRAPH <$old> ;
