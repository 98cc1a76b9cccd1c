package org.w3id.cadregraph.eval;

import java.util.List;

/**
 * One gold file ({@code <id>.gold.json}, schema in ANNOTATION.md), reduced to what the scorer reads.
 * Absent strings ({@code label}, {@code date}, {@code wikidata}) are {@code null}.
 *
 * @param doc the report's file name, matched against {@code cg:sourceFile}
 */
public record GoldReport(String doc, List<Official> officials, List<Meeting> meetings, List<Region> regions) {
    public GoldReport {
        officials = List.copyOf(officials);
        meetings = List.copyOf(meetings);
        regions = List.copyOf(regions);
    }

    /**
     * @param optional only mentioned in passing: neither rewarded nor penalised
     * @param homonym  a different person of the same name is in another report: left out of the identity measure
     */
    public record Official(String name, List<String> titles, boolean optional, boolean homonym) {
        public Official {
            titles = List.copyOf(titles);
        }
    }

    /** @param hostedBy region names, as in {@link Region#name()} */
    public record Meeting(String id, String label, String date, List<String> hostedBy,
                          List<Participant> participants) {
        public Meeting {
            hostedBy = List.copyOf(hostedBy);
            participants = List.copyOf(participants);
        }
    }

    /** @param roles any of presided, spoke, signed */
    public record Participant(String name, List<String> roles) {
        public Participant {
            roles = List.copyOf(roles);
        }
    }

    public record Region(String name, List<String> aliases, String wikidata) {
        public Region {
            aliases = List.copyOf(aliases);
        }
    }
}
