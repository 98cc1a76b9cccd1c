package org.w3id.cadregraph.extract;

import java.util.List;
import org.w3id.cadregraph.report.Report;

/** Everything extracted from one report: plain data, no RDF. */
public record Extraction(Report report, List<Official> officials, List<Meeting> meetings,
                         List<Participation> participations) {
    public Extraction {
        officials = List.copyOf(officials);
        meetings = List.copyOf(meetings);
        participations = List.copyOf(participations);
    }
}
