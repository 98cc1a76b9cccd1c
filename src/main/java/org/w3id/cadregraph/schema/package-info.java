/** The project's schema at run time: the ontology as a named graph of the store, and the SHACL shapes that check report graphs. */
package org.w3id.cadregraph.schema;
