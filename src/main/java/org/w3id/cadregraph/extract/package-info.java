/** Facts from annotated reports: officials and their titles, meetings, dates, hosts and participation. No RDF here. */
package org.w3id.cadregraph.extract;
