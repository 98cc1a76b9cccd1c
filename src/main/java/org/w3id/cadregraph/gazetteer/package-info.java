/** The offline gazetteer of Chinese regions (provinces and prefecture-level divisions with Wikidata items). */
package org.w3id.cadregraph.gazetteer;
