# Name concepts anew where their label is written: in every document graph and the union
# graph of a store, and in the default graph of a file's graph in memory. The old label
# becomes a skos:altLabel; the new one is no longer one.
DELETE { GRAPH ?g { ?t <http://www.w3.org/2000/01/rdf-schema#label> ?old ;
                       <http://www.w3.org/2004/02/skos/core#prefLabel> ?old ;
                       <http://www.w3.org/2004/02/skos/core#altLabel> ?new } }
INSERT { GRAPH ?g { ?t <http://www.w3.org/2000/01/rdf-schema#label> ?new ;
                       <http://www.w3.org/2004/02/skos/core#prefLabel> ?new ;
                       <http://www.w3.org/2004/02/skos/core#altLabel> ?old } }
WHERE {
  VALUES (?t ?new) {
$values
  }
  GRAPH ?g { ?t <http://www.w3.org/2000/01/rdf-schema#label> ?old }
  FILTER (?old != ?new)
} ;
DELETE { ?t <http://www.w3.org/2000/01/rdf-schema#label> ?old ;
            <http://www.w3.org/2004/02/skos/core#prefLabel> ?old ;
            <http://www.w3.org/2004/02/skos/core#altLabel> ?new }
INSERT { ?t <http://www.w3.org/2000/01/rdf-schema#label> ?new ;
            <http://www.w3.org/2004/02/skos/core#prefLabel> ?new ;
            <http://www.w3.org/2004/02/skos/core#altLabel> ?old }
WHERE {
  VALUES (?t ?new) {
$values
  }
  ?t <http://www.w3.org/2000/01/rdf-schema#label> ?old
  FILTER (?old != ?new)
}
