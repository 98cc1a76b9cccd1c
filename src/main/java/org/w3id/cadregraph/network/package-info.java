/** The co-attendance network (officials linked by the meetings they attended together) and its exchange formats. */
package org.w3id.cadregraph.network;
