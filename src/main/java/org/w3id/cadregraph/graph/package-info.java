/** RDF side: vocabulary, IRIs, mapping extractions to quads. */
package org.w3id.cadregraph.graph;
