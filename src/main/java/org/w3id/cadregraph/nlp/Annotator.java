package org.w3id.cadregraph.nlp;

import org.w3id.cadregraph.report.Report;

/**
 * Splits a report into sentences and tokens, tags parts of speech and finds person names.
 *
 * <pre>
 *   Annotator annotator = new OpenNlpAnnotator(NlpModels.loadDefault(), List.of(pinyinNames, titledNames));
 *   AnnotatedReport annotated = annotator.annotate(report);
 * </pre>
 */
public interface Annotator {
    AnnotatedReport annotate(Report report);
}
