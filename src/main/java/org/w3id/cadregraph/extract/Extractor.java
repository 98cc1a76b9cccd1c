package org.w3id.cadregraph.extract;

import org.w3id.cadregraph.nlp.AnnotatedReport;

/**
 * Extracts officials, titles, meetings and participation from an annotated report.
 *
 * <pre>
 *   Extraction x = extractor.extract(annotator.annotate(report));
 * </pre>
 */
public interface Extractor {
    Extraction extract(AnnotatedReport annotated);
}
