/** Serving the store with Fuseki: a read-only SPARQL endpoint and the Fuseki UI. */
package org.w3id.cadregraph.serve;
