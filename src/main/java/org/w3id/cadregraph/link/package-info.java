/** Links regions, bodies and officials to Wikidata: the offline gazetteers first, then a polite, cached Wikidata client. */
package org.w3id.cadregraph.link;
