/** Measuring the system at scale: a synthetic corpus from our own templates, and the benchmark that runs on it. */
package org.w3id.cadregraph.bench;
