/** Dumping the store to RDF files: TriG and N-Quads per report graph, Turtle as one merged graph. */
package org.w3id.cadregraph.export;
