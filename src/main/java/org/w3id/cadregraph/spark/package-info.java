/** Extraction as an Apache Spark job, for archives larger than one machine: report files in, N-Quads shards out. */
package org.w3id.cadregraph.spark;
