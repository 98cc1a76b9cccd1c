package org.w3id.cadregraph.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An official's posts on a time axis, as SVG geometry: one row per post (the same title text, case
 * aside), a line from the first to the last report date that states it, a dot for each report.
 * Posts whose reports have no date stay in the table under the picture and are not drawn.
 */
record CareerTimeline(int width, int height, int plotLeft, List<Lane> lanes, List<Tick> ticks) {
    static final int WIDTH = 760;
    private static final int LABEL_WIDTH = 300;
    private static final int RIGHT_MARGIN = 40;
    private static final int LANE_HEIGHT = 26;
    private static final int AXIS_HEIGHT = 26;
    private static final int MAX_LANES = 40;
    private static final int MAX_LABEL = 46;

    /** One post: its label (shortened to fit; {@code fullLabel} in the tooltip), its line and dots. */
    record Lane(String label, String fullLabel, double y, double x1, double x2, String first, String last,
                List<Dot> dots) {}

    record Dot(double x, String date) {}

    record Tick(double x, String text) {}

    /** A post as the timeline needs it: its label and the date a report states it. */
    record Stated(String label, String asOf) {}

    /** The timeline of the dated posts, or empty when no post has a date. */
    static Optional<CareerTimeline> of(List<Stated> posts) {
        Map<String, List<LocalDate>> datesByPost = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Stated post : posts) {
            Optional<LocalDate> date = parse(post.asOf());
            if (date.isEmpty()) {
                continue;
            }
            String key = post.label().toLowerCase(Locale.ROOT);
            labels.putIfAbsent(key, post.label());
            datesByPost.computeIfAbsent(key, k -> new ArrayList<>()).add(date.get());
        }
        if (datesByPost.isEmpty()) {
            return Optional.empty();
        }
        LocalDate min = datesByPost.values().stream().flatMap(List::stream).min(LocalDate::compareTo).orElseThrow();
        LocalDate max = datesByPost.values().stream().flatMap(List::stream).max(LocalDate::compareTo).orElseThrow();
        // A few months either side, so a single date sits inside the axis rather than on its edge.
        LocalDate start = min.minusMonths(3).withDayOfMonth(1);
        LocalDate end = max.plusMonths(3).withDayOfMonth(1);
        double days = ChronoUnit.DAYS.between(start, end);
        int plotWidth = WIDTH - LABEL_WIDTH - RIGHT_MARGIN;

        List<Map.Entry<String, List<LocalDate>>> ordered = datesByPost.entrySet().stream()
                .sorted(Map.Entry.comparingByValue((a, b) -> a.stream().min(LocalDate::compareTo).orElseThrow()
                        .compareTo(b.stream().min(LocalDate::compareTo).orElseThrow())))
                .limit(MAX_LANES).toList();
        List<Lane> lanes = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            List<LocalDate> dates = ordered.get(i).getValue().stream().sorted().distinct().toList();
            double y = AXIS_HEIGHT + i * LANE_HEIGHT + LANE_HEIGHT / 2.0;
            List<Dot> dots = dates.stream()
                    .map(d -> new Dot(x(d, start, days, plotWidth), d.toString())).toList();
            String full = labels.get(ordered.get(i).getKey());
            String shown = full.length() > MAX_LABEL ? full.substring(0, MAX_LABEL - 1) + "…" : full;
            lanes.add(new Lane(shown, full, y, dots.get(0).x(), dots.get(dots.size() - 1).x(),
                    dates.get(0).toString(), dates.get(dates.size() - 1).toString(), dots));
        }
        List<Tick> ticks = new ArrayList<>();
        if (ChronoUnit.MONTHS.between(start, end) < 24) {
            // A short career: a tick every quarter, named by its month.
            for (LocalDate d = start.withMonth((start.getMonthValue() - 1) / 3 * 3 + 1); !d.isAfter(end); d = d.plusMonths(3)) {
                if (!d.isBefore(start)) {
                    ticks.add(new Tick(x(d, start, days, plotWidth), d.toString().substring(0, 7)));
                }
            }
        } else {
            int years = end.getYear() - start.getYear();
            int step = Math.max(1, (years + 7) / 8);
            for (int year = start.getYear() + 1; year <= end.getYear(); year += step) {
                ticks.add(new Tick(x(LocalDate.of(year, 1, 1), start, days, plotWidth), Integer.toString(year)));
            }
        }
        int height = AXIS_HEIGHT + lanes.size() * LANE_HEIGHT + 8;
        return Optional.of(new CareerTimeline(WIDTH, height, LABEL_WIDTH, lanes, ticks));
    }

    private static double x(LocalDate date, LocalDate start, double days, int plotWidth) {
        return Math.round((LABEL_WIDTH + ChronoUnit.DAYS.between(start, date) / days * plotWidth) * 10) / 10.0;
    }

    private static Optional<LocalDate> parse(String date) {
        if (date == null || date.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(date.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
