package org.w3id.cadregraph.web;

import java.util.List;

/** A meeting in a list: its link, date and where it was held or hosted. */
record ListedMeeting(Link meeting, String date, String places) {

    /** From rows with {@code ?meeting}, {@code ?label}, {@code ?date} and optionally {@code ?places}. */
    static List<ListedMeeting> of(List<Row> rows) {
        return rows.stream()
                .map(r -> new ListedMeeting(Link.to(r.iri("meeting").orElseThrow(), r.text("label")),
                        r.textOrEmpty("date"), r.textOrEmpty("places")))
                .toList();
    }
}
