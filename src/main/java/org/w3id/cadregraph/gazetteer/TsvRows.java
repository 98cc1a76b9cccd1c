package org.w3id.cadregraph.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The rows of a gazetteer file: UTF-8, {@code #} comment lines, one header row that must match, tab-separated rows. */
public final class TsvRows {
    private TsvRows() {}

    /** Reads something from a file the project ships on the classpath; a missing file is a broken build. */
    public interface Loader<T> {
        T load(InputStream in) throws IOException;
    }

    public static <T> T loadResource(String resource, Loader<T> loader) {
        InputStream in = TsvRows.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        try (in) {
            return loader.load(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * @param name   the file's name, for messages
     * @param header the expected header columns; every row must have as many
     */
    public static List<String[]> read(InputStream in, String name, List<String> header) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean first = true;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (first) {
                    if (!Arrays.asList(cols).equals(header)) {
                        throw new IOException(name + ": unexpected header " + line);
                    }
                    first = false;
                    continue;
                }
                if (cols.length != header.size()) {
                    throw new IOException(name + ": expected " + header.size() + " columns: " + line);
                }
                rows.add(cols);
            }
        }
        return rows;
    }
}
