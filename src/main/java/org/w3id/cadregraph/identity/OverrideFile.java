package org.w3id.cadregraph.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.w3id.cadregraph.graph.Iris;

/**
 * A researcher's identity override file, read line by line: one decision a line, the decision word, two sides and
 * the reason in free text, separated by white space (tabs or spaces, so a spreadsheet's TSV and a hand-typed line
 * both read; in a line with tabs, tabs alone, so that a report's file name may have spaces); {@code #} starts a
 * comment line. A side is a person IRI as the store has it (all the reports that
 * person is named in), or a person IRI {@code @} a report graph (the person of that name in that one report):
 *
 * <pre>
 *   # decision  first                          second                                reason
 *   same        official/li-ming               official/li-ming-3fa29c               Yibin yearbook CV lists both posts
 *   different   official/wang-wei@hz-07.txt    official/wang-wei@guizhou-02.txt      two people: born 1968 and 1975
 * </pre>
 *
 * IRIs are written in full ({@code https://w3id.org/cadregraph/id/official/li-ming}, with or without angle
 * brackets) or relative to {@value Iris#DATA}. A line that does not read is a {@link #problems() problem} naming
 * the file and line; the other lines still count.
 */
public final class OverrideFile {
    /**
     * One side: a person IRI, and the report when the side is that person's mention in one report: a report graph's
     * IRI, or the report's file name ({@code dalian-2016.txt}) when no other report has that name.
     */
    public record Side(String person, Optional<String> report) {
        @Override
        public String toString() {
            return person + report.map(r -> "@" + r).orElse("");
        }
    }

    /** One decision as written. */
    public record Line(int number, IdentityOverride.Decision decision, Side first, Side second, String reason) {}

    /** A line that cannot be applied, and why. */
    public record Problem(int line, String message) {}

    private final String name;
    private final List<Line> lines;
    private final List<Problem> problems;

    private OverrideFile(String name, List<Line> lines, List<Problem> problems) {
        this.name = name;
        this.lines = List.copyOf(lines);
        this.problems = List.copyOf(problems);
    }

    /** Reads a file; a missing or unreadable file is an {@link IOException}, a bad line a problem. */
    public static OverrideFile read(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /** Parses the lines of a file called {@code name} (the name the messages and the records give). */
    public static OverrideFile parse(String name, List<String> text) {
        List<Line> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            String line = text.get(i).replace("\uFEFF", "").strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = columns(line);
            int number = i + 1;
            if (cols.length < 3) {
                problems.add(new Problem(number, "expected 'same' or 'different', two officials and a reason; got '" + line + "'"));
                continue;
            }
            IdentityOverride.Decision decision;
            try {
                decision = IdentityOverride.Decision.valueOf(cols[0].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(number, "the decision is 'same' or 'different', not '" + cols[0] + "'"));
                continue;
            }
            Optional<Side> first = side(cols[1]);
            Optional<Side> second = side(cols[2]);
            if (first.isEmpty() || second.isEmpty()) {
                problems.add(new Problem(number, "'" + (first.isEmpty() ? cols[1] : cols[2]) + "' is not an official's IRI "
                        + "(official/NAME, optionally @REPORT-FILE or @graph/REPORT)"));
                continue;
            }
            lines.add(new Line(i + 1, decision, first.get(), second.get(), cols.length > 3 ? cols[3] : ""));
        }
        return new OverrideFile(name, lines, problems);
    }

    /**
     * The decision, the two sides and the reason. A line with tabs (a spreadsheet's TSV) is split at its tabs alone, so
     * that a side may name a report file whose name has spaces ({@code official/gao-lin@Report 1.txt}); a line
     * typed with spaces, or one whose tab-separated decision or person has a space in it (tabs and spaces mixed),
     * is split at any white space.
     */
    static String[] columns(String line) {
        if (line.indexOf('\t') >= 0) {
            String[] tabbed = line.split("[ ]*\t[\t ]*", 4);
            if (tabbed.length >= 3 && java.util.stream.Stream.of(tabbed[0], person(tabbed[1]), person(tabbed[2]))
                    .noneMatch(c -> c.contains(" "))) {
                return tabbed;
            }
        }
        return line.split("\\s+", 4);
    }

    private static String person(String side) {
        int at = side.indexOf('@');
        return at < 0 ? side : side.substring(0, at);
    }

    private static Optional<Side> side(String text) {
        int at = text.indexOf('@');
        String person = iri(at < 0 ? text : text.substring(0, at));
        Optional<String> report = at < 0 ? Optional.empty() : Optional.of(report(text.substring(at + 1)));
        if (!person.startsWith(Iris.DATA + "official/") || person.length() == (Iris.DATA + "official/").length()
                || report.filter(String::isEmpty).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new Side(person, report));
    }

    /** A report graph's IRI, or a report's file name as written. */
    private static String report(String text) {
        String s = text.strip();
        return s.startsWith("<") || s.contains("://") || s.startsWith("graph/") ? iri(s) : s;
    }

    private static String iri(String text) {
        String s = text.strip();
        if (s.startsWith("<") && s.endsWith(">")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.contains("://") ? s : Iris.DATA + s;
    }

    public String name() {
        return name;
    }

    public List<Line> lines() {
        return lines;
    }

    /** Lines that did not read, each naming the file and line. */
    public List<Problem> problems() {
        return problems;
    }
}
