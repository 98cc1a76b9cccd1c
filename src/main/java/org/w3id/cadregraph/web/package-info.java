/**
 * Read-only web pages over the served store: the data IRIs dereferenced (HTML or RDF by content
 * negotiation), a search page and the co-attendance network, hosted by the Fuseki server.
 */
package org.w3id.cadregraph.web;
