package org.w3id.cadregraph.web;

import java.util.List;
import org.w3id.cadregraph.graph.CG;

/** The page of a report: headline, date, source file, and every fact drawn from it with its evidence. */
final class ReportPage {
    private static final PageQuery REPORT = PageQuery.load("report");
    private static final PageQuery FACTS = PageQuery.load("report-facts");
    private static final PageQuery MEETINGS = PageQuery.load("report-meetings");

    record Fact(Link subject, String predicate, Link object, String confidence, String sentenceIndex,
                Quote sentence) {}

    record View(String headline, String published, String sourceFile, String sha256, String extractedAt,
                String extractorVersion, Link graph, List<ListedMeeting> meetings, List<Fact> facts) {}

    private ReportPage() {}

    static Page build(PageData data, String iri, About about) {
        List<Row> details = data.rows(REPORT, iri, "Report");
        Row first = details.isEmpty() ? null : details.get(0);
        String headline = first == null ? Link.shortName(iri) : first.text("headline").orElse(Link.shortName(iri));
        List<ListedMeeting> meetings = ListedMeeting.of(data.rows(MEETINGS, iri, "Meetings"));
        List<Fact> facts = data.rows(FACTS, iri, "Facts").stream()
                .map(r -> new Fact(Link.to(r.iri("subject").orElse(""), r.text("subjectLabel")),
                        predicateName(r.iri("predicate").orElse("")),
                        Link.to(r.iri("object").orElse(""), r.text("objectLabel")),
                        Confidence.format(r.number("confidence")), r.textOrEmpty("index"),
                        Quote.of(r.textOrEmpty("sentence"), r.text("subjectLabel").orElse(null))))
                .toList();
        View view = first == null
                ? new View(headline, "", "", "", "", "", null, meetings, facts)
                : new View(headline, first.textOrEmpty("published"), first.textOrEmpty("sourceFile"),
                        first.textOrEmpty("sha256"), first.textOrEmpty("endedAt"), first.textOrEmpty("version"),
                        first.iri("graph").map(g -> Link.to(g, "the report's named graph")).orElse(null), meetings, facts);
        return Page.about("report", headline, "Report", iri, data, view);
    }

    private static String predicateName(String predicate) {
        return predicate.equals(CG.holdsTitle.getURI()) ? "holds the title" : Vocabulary.name(predicate);
    }
}
