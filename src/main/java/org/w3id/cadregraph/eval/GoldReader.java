package org.w3id.cadregraph.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Reads gold files ({@code *.gold.json}) into {@link GoldReport}s with Jena's JSON parser.
 *
 * <pre>
 *   List&lt;GoldReport&gt; gold = GoldReader.readDirectories(List.of(Path.of("src/test/resources/samples-gold")));
 * </pre>
 *
 * Keys score.py reads with a default ({@code optional}, {@code homonym}, {@code roles}, {@code aliases},
 * {@code date}, {@code label}, {@code wikidata}) may be missing or null; lists may be missing too. The
 * names and ids it cannot do without must be there.
 */
public final class GoldReader {
    static final String SUFFIX = ".gold.json";

    private GoldReader() {}

    /** The gold files of the folders: per folder, sorted by name as score.py's {@code sorted(glob(...))}. */
    public static List<Path> goldFiles(List<Path> directories) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : directories) {
            try (Stream<Path> list = Files.list(dir)) {
                list.filter(GoldReader::isGoldFile)
                        .sorted((a, b) -> PythonLib.STRINGS.compare(a.toString(), b.toString()))
                        .forEach(files::add);
            }
        }
        return files;
    }

    public static List<GoldReport> readDirectories(List<Path> directories) throws IOException, GoldFormatException {
        List<GoldReport> reports = new ArrayList<>();
        for (Path f : goldFiles(directories)) {
            reports.add(read(f));
        }
        return reports;
    }

    public static GoldReport read(Path file) throws IOException, GoldFormatException {
        try (InputStream in = Files.newInputStream(file)) {
            return fromJson(JSON.parse(in));
        } catch (JsonException | IllegalArgumentException e) {
            throw new GoldFormatException(file + ": " + e.getMessage(), e);
        }
    }

    /** @throws IllegalArgumentException when a required key is missing or a value has the wrong type */
    static GoldReport fromJson(JsonObject o) {
        return new GoldReport(required(o, "doc"),
                objects(o, "officials", GoldReader::official),
                objects(o, "meetings", GoldReader::meeting),
                objects(o, "regions", GoldReader::region));
    }

    private static GoldReport.Official official(JsonObject o) {
        return new GoldReport.Official(required(o, "name"), strings(o, "titles"), flag(o, "optional"), flag(o, "homonym"));
    }

    private static GoldReport.Meeting meeting(JsonObject o) {
        return new GoldReport.Meeting(required(o, "id"), optional(o, "label"), optional(o, "date"),
                strings(o, "hostedBy"), objects(o, "participants", GoldReader::participant));
    }

    private static GoldReport.Participant participant(JsonObject o) {
        return new GoldReport.Participant(required(o, "name"), strings(o, "roles"));
    }

    private static GoldReport.Region region(JsonObject o) {
        return new GoldReport.Region(required(o, "name"), strings(o, "aliases"), optional(o, "wikidata"));
    }

    private static boolean isGoldFile(Path p) {
        String name = p.getFileName().toString();
        // glob's "*" does not match a leading dot
        return name.endsWith(SUFFIX) && !name.startsWith(".") && Files.isRegularFile(p);
    }

    private static String required(JsonObject o, String key) {
        String s = optional(o, key);
        if (s == null) {
            throw new IllegalArgumentException("missing \"" + key + "\" in " + JSON.toStringFlat(o));
        }
        return s;
    }

    /** A string, or the text of a number (a meeting id may be written as one); null when absent or null. */
    private static String optional(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isString()) {
            return v.getAsString().value();
        }
        if (v.isNumber()) {
            return v.getAsNumber().value().toString();
        }
        throw new IllegalArgumentException("\"" + key + "\" is not a string in " + JSON.toStringFlat(o));
    }

    /** score.py tests these for Python truth: false, null, 0, "", [] and {} are false. */
    private static boolean flag(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.getAsBoolean().value();
        }
        if (v.isNumber()) {
            return v.getAsNumber().value().doubleValue() != 0;
        }
        if (v.isString()) {
            return !v.getAsString().value().isEmpty();
        }
        return v.isArray() ? !v.getAsArray().isEmpty() : !v.getAsObject().isEmpty();
    }

    private static List<String> strings(JsonObject o, String key) {
        return list(o, key, v -> {
            if (!v.isString()) {
                throw new IllegalArgumentException("\"" + key + "\" must hold strings in " + JSON.toStringFlat(o));
            }
            return v.getAsString().value();
        });
    }

    private static <T> List<T> objects(JsonObject o, String key, Function<JsonObject, T> read) {
        return list(o, key, v -> {
            if (!v.isObject()) {
                throw new IllegalArgumentException("\"" + key + "\" must hold objects");
            }
            return read.apply(v.getAsObject());
        });
    }

    private static <T> List<T> list(JsonObject o, String key, Function<JsonValue, T> item) {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException("\"" + key + "\" is not a list");
        }
        List<T> out = new ArrayList<>();
        v.getAsArray().forEach(x -> out.add(item.apply(x)));
        return out;
    }
}
