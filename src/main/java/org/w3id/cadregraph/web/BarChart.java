package org.w3id.cadregraph.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Meetings by month as the geometry of an SVG bar chart: one bar a month from the first month with a
 * meeting to the last, empty months included, so the gaps show. Meetings known only by year, or not
 * dated at all, cannot be placed and are counted beside the chart.
 */
record BarChart(int width, int height, int baseline, List<Bar> bars, List<Tick> ticks, int max, int yearOnly,
                int undated, int total) {
    static final int WIDTH = 720;
    static final int HEIGHT = 180;
    private static final int TOP = 10;
    private static final int BOTTOM = 24;
    private static final int MIN_MONTHS = 12;

    /** One month: its bar's box and the count it shows. */
    record Bar(double x, double y, double width, double height, String month, int count) {}

    /** A label under the axis. */
    record Tick(double x, String text) {}

    /** The chart of the rows of a {@code *-meetings-by-month} query ({@code ?month}, {@code ?meetings}). */
    static BarChart of(List<Row> rows) {
        TreeMap<YearMonth, Integer> months = new TreeMap<>();
        int yearOnly = 0;
        int undated = 0;
        for (Row row : rows) {
            String month = row.textOrEmpty("month");
            int count = row.integer("meetings");
            if (month.matches("\\d{4}-\\d{2}")) {
                try {
                    months.merge(YearMonth.parse(month), count, Integer::sum);
                } catch (DateTimeParseException e) {
                    undated += count;
                }
            } else if (month.matches("\\d{4}")) {
                yearOnly += count;
            } else {
                undated += count;
            }
        }
        int total = months.values().stream().mapToInt(Integer::intValue).sum() + yearOnly + undated;
        if (months.isEmpty()) {
            return new BarChart(WIDTH, HEIGHT, HEIGHT - BOTTOM, List.of(), List.of(), 0, yearOnly, undated, total);
        }
        YearMonth first = months.firstKey();
        YearMonth last = months.lastKey();
        long span = first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
        if (span < MIN_MONTHS) {
            // A year at least, the months with meetings in the middle, so one meeting is not one wall-wide bar.
            long before = (MIN_MONTHS - span) / 2;
            first = first.minusMonths(before);
            last = last.plusMonths(MIN_MONTHS - span - before);
        }
        int count = (int) (first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
        int max = months.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        double pitch = (double) WIDTH / count;
        double barWidth = Math.max(1, pitch * 0.8);
        int plotHeight = HEIGHT - TOP - BOTTOM;
        List<Bar> bars = new ArrayList<>();
        List<Tick> ticks = new ArrayList<>();
        int tickEvery = count <= 12 ? 1 : count <= 36 ? 3 : 12;
        for (int i = 0; i < count; i++) {
            YearMonth month = first.plusMonths(i);
            int n = months.getOrDefault(month, 0);
            double h = (double) n / max * plotHeight;
            double x = i * pitch + (pitch - barWidth) / 2;
            bars.add(new Bar(round(x), round(TOP + plotHeight - h), round(barWidth), round(h), month.toString(), n));
            boolean tick = tickEvery == 12 ? month.getMonthValue() == 1 : i % tickEvery == 0;
            if (tick) {
                ticks.add(new Tick(round(i * pitch + pitch / 2), tickEvery == 12 ? Integer.toString(month.getYear())
                        : month.toString()));
            }
        }
        return new BarChart(WIDTH, HEIGHT, TOP + plotHeight, bars, ticks, max, yearOnly, undated, total);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
