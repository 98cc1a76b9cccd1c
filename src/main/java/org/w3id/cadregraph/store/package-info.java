/** The TDB2 store, written one report graph per transaction. */
package org.w3id.cadregraph.store;
