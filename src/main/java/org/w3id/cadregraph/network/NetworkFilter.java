package org.w3id.cadregraph.network;

import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * Which meetings the network is drawn from; every part is optional and the parts combine with AND.
 *
 * <ul>
 * <li>{@code region}: meetings hosted by ({@code cg:hostedBy}) or held in ({@code cg:locatedIn}) the region
 *     or any region within it;</li>
 * <li>{@code from}, {@code to}: meetings dated in the period, each bound a year, year-month or day
 *     ({@code 2023}, {@code 2023-04}, {@code 2023-04-17}), both inclusive; a meeting whose date is less
 *     precise than the bound it is compared with, or that has no date, is left out;</li>
 * <li>{@code organization}: meetings organized by the organization ({@code cg:organizedBy}).</li>
 * </ul>
 */
public record NetworkFilter(Optional<String> region, Optional<String> from, Optional<String> to,
                            Optional<String> organization) {
    private static final Pattern PERIOD_BOUND = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

    /** No filter: every meeting. */
    public static final NetworkFilter ALL = new NetworkFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    /** @throws IllegalArgumentException when a region or organization is no IRI, or a period bound no year, month or date */
    public NetworkFilter {
        region = checkedIri("region", region);
        organization = checkedIri("organization", organization);
        from = checkedBound("from", from);
        to = checkedBound("to", to);
    }

    /** A filter from nullable or blank values, as they come from a form or the command line. */
    public static NetworkFilter of(String region, String from, String to, String organization) {
        return new NetworkFilter(Optional.ofNullable(region), Optional.ofNullable(from), Optional.ofNullable(to),
                Optional.ofNullable(organization));
    }

    public boolean isEmpty() {
        return region.isEmpty() && from.isEmpty() && to.isEmpty() && organization.isEmpty();
    }

    private static Optional<String> checkedIri(String name, Optional<String> iri) {
        Optional<String> trimmed = iri.map(String::strip).filter(s -> !s.isEmpty());
        trimmed.ifPresent(s -> {
            boolean ok;
            try {
                IRIx parsed = IRIx.create(s);
                ok = parsed.isAbsolute() && !s.matches(".*[\\s<>\"{}|^`\\\\].*");
            } catch (IRIException e) {
                ok = false;
            }
            if (!ok) {
                throw new IllegalArgumentException(name + " must be the IRI of a " + name + ", not '" + s + "'");
            }
        });
        return trimmed;
    }

    private static Optional<String> checkedBound(String name, Optional<String> bound) {
        Optional<String> trimmed = bound.map(String::strip).filter(s -> !s.isEmpty());
        trimmed.ifPresent(s -> {
            if (!PERIOD_BOUND.matcher(s).matches()) {
                throw new IllegalArgumentException(name + " must be a year, year-month or date (2023, 2023-04, 2023-04-17), not '"
                        + s + "'");
            }
        });
        return trimmed;
    }
}
