package org.w3id.cadregraph.export;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Decides the syntax of an RDF output from what the user gave: {@code --format NAME} (or none) and
 * {@code -o FILE} (or {@code -o -} / none for stdout). The one place every command makes this choice, so
 * they all agree:
 * <ul>
 * <li>no {@code --format}: the file's extension decides ({@code .ttl .nt .rdf .jsonld .trig .nq}, each
 *     optionally {@code .gz}); stdout gets the command's default; an unknown extension is refused;</li>
 * <li>{@code --format} given: any of {@link DumpFormat#NAMES}; with a file whose extension names
 *     another format, the two disagree and the command refuses rather than write N-Quads into
 *     {@code x.ttl}; an extension that names no format is left to the user;</li>
 * <li>a format the command cannot write (a merged graph where one graph per report is needed) is refused.</li>
 * </ul>
 *
 * <pre>
 *   DumpFormat f = FormatResolver.anyFormat(DumpFormat.TURTLE).resolve(formatOption, outputOption);
 *   DumpFormat g = FormatResolver.datasetFormats(DumpFormat.NQUADS).resolve(null, "out.trig");   // TRIG
 * </pre>
 *
 * Every refusal is a {@link FormatException} whose message says what to type instead.
 */
public final class FormatResolver {
    /** The conventional {@code -o} value for stdout. */
    public static final String STDOUT = "-";

    private final List<DumpFormat> allowed;
    private final DumpFormat stdoutDefault;

    private FormatResolver(List<DumpFormat> allowed, DumpFormat stdoutDefault) {
        if (!allowed.contains(stdoutDefault)) {
            throw new IllegalArgumentException(stdoutDefault + " is not among " + allowed);
        }
        this.allowed = List.copyOf(allowed);
        this.stdoutDefault = stdoutDefault;
    }

    /** Every format; {@code stdoutDefault} when writing to stdout without {@code --format}. */
    public static FormatResolver anyFormat(DumpFormat stdoutDefault) {
        return new FormatResolver(Arrays.asList(DumpFormat.values()), stdoutDefault);
    }

    /** Only the formats that keep one named graph per report (TriG, N-Quads, JSON-LD), as {@code extract} needs. */
    public static FormatResolver datasetFormats(DumpFormat stdoutDefault) {
        return new FormatResolver(Arrays.stream(DumpFormat.values()).filter(DumpFormat::keepsGraphs).toList(), stdoutDefault);
    }

    /** The formats this resolver accepts. */
    public List<DumpFormat> allowed() {
        return allowed;
    }

    /**
     * @param formatName the {@code --format} value, or null when absent
     * @param output     the {@code -o} value: a file name, {@link #STDOUT}, or null for stdout
     * @throws FormatException when the name is unknown, disagrees with the extension, cannot be told, or is not allowed
     */
    public DumpFormat resolve(String formatName, String output) {
        boolean toStdout = output == null || STDOUT.equals(output);
        Optional<DumpFormat> byExtension = toStdout ? Optional.empty() : DumpFormat.fromFileName(output);
        DumpFormat chosen;
        if (formatName != null) {
            chosen = DumpFormat.byName(formatName).orElseThrow(() -> new FormatException(
                    "unknown format '" + formatName + "': use one of " + namesOfAllowed()));
            if (byExtension.isPresent() && byExtension.get() != chosen) {
                throw new FormatException("--format " + formatName + " disagrees with the extension of " + output
                        + " (" + byExtension.get().displayName() + "): name the file " + suggestedName(output, chosen)
                        + " or drop --format");
            }
        } else if (toStdout) {
            chosen = stdoutDefault;
        } else {
            chosen = byExtension.orElseThrow(() -> new FormatException("cannot tell the format of " + output
                    + " from its extension: give --format (" + namesOfAllowed() + ") or end the name with "
                    + extensionsOfAllowed()));
        }
        if (!allowed.contains(chosen)) {
            throw new FormatException(chosen.displayName() + " cannot hold one named graph per report: use "
                    + DumpFormat.displayNames(allowed) + " (" + extensionsOfAllowed() + ")");
        }
        return chosen;
    }

    private String namesOfAllowed() {
        return allowed.size() == DumpFormat.values().length ? DumpFormat.NAMES : DumpFormat.displayNames(allowed);
    }

    private String extensionsOfAllowed() {
        return String.join(" ", allowed.stream().map(DumpFormat::extension).toList());
    }

    private static String suggestedName(String output, DumpFormat format) {
        boolean gzip = output.endsWith(".gz");
        String base = gzip ? output.substring(0, output.length() - 3) : output;
        int dot = base.lastIndexOf('.');
        int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
        String stem = dot > slash ? base.substring(0, dot) : base;
        return stem + format.extension() + (gzip ? ".gz" : "");
    }
}
