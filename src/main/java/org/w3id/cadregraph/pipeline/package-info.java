/** Running the stages: one report (ReportPipeline), a folder of them (BatchRunner), and the problems found. */
package org.w3id.cadregraph.pipeline;
