/** Who is who across reports: mentions of one name clustered into people on scored, recorded evidence, with stable IRIs. */
package org.w3id.cadregraph.identity;
