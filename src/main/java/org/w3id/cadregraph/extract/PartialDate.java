package org.w3id.cadregraph.extract;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A date known to the day, the month or only the year.
 *
 * @param year  the year
 * @param month 1-12 when known
 * @param day   1-31 when known (only with a month)
 */
public record PartialDate(int year, Optional<Integer> month, Optional<Integer> day) {
    public static PartialDate of(LocalDate d) {
        return new PartialDate(d.getYear(), Optional.of(d.getMonthValue()), Optional.of(d.getDayOfMonth()));
    }

    /** ISO form: "2022-07-11", "2022-07" or "2022". */
    public String iso() {
        StringBuilder s = new StringBuilder(String.format("%04d", year));
        month.ifPresent(m -> s.append(String.format("-%02d", m)));
        day.ifPresent(d -> s.append(String.format("-%02d", d)));
        return s.toString();
    }

    @Override
    public String toString() {
        return iso();
    }
}
