package org.w3id.cadregraph.nlp;

import java.util.List;
import org.w3id.cadregraph.report.Report;

/** A report split into annotated sentences. */
public record AnnotatedReport(Report report, List<Sentence> sentences) {
    public AnnotatedReport {
        sentences = List.copyOf(sentences);
    }
}
