/** The command line: picocli commands, options and exit codes. */
package org.w3id.cadregraph.cli;
