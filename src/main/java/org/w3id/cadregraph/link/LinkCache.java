package org.w3id.cadregraph.link;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Wikidata answers kept in a JSON file, request → response body, so a rerun asks the network nothing it
 * asked before and an offline run gives the same links. Entries are written sorted by request, so the
 * file diffs cleanly and is the same after the same run. Only good answers are kept: a failure is
 * retried on the next online run.
 *
 * <pre>
 *   LinkCache cache = LinkCache.load(Path.of("cadregraph-links-cache.json"));
 *   WikidataTransport t = new CachedTransport(cache, Optional.of(client));   // or Optional.empty(): offline
 *   ...
 *   cache.save();
 * </pre>
 *
 * File format: {@code {"format": "cadregraph-wikidata-cache/1", "entries": [{"request": "action=…", "response": {…}}]}}.
 */
public final class LinkCache {
    public static final String FORMAT = "cadregraph-wikidata-cache/1";

    private final Path file;
    private final Map<String, JsonObject> entries;
    private boolean changed;

    private LinkCache(Path file, Map<String, JsonObject> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** Reads the cache file; a missing file is an empty cache. */
    public static LinkCache load(Path file) throws IOException {
        Map<String, JsonObject> entries = new TreeMap<>();
        JsonObject json;
        try {
            json = JsonLib.parseObject(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return new LinkCache(file, entries);
        } catch (JsonException e) {
            throw new IOException("the link cache " + file + " is not valid JSON: " + e.getMessage(), e);
        }
        if (!JsonLib.string(json, "format").filter(FORMAT::equals).isPresent()) {
            throw new IOException("the link cache " + file + " is not a " + FORMAT + " file");
        }
        for (JsonObject entry : JsonLib.objects(json, "entries")) {
            Optional<String> request = JsonLib.string(entry, "request");
            Optional<JsonObject> response = JsonLib.object(entry, "response");
            if (request.isEmpty() || response.isEmpty()) {
                throw new IOException("the link cache " + file + " has an entry without request or response");
            }
            entries.put(request.get(), response.get());
        }
        return new LinkCache(file, entries);
    }

    public Path file() {
        return file;
    }

    public synchronized Optional<JsonObject> get(ApiRequest request) {
        return Optional.ofNullable(entries.get(request.queryString()));
    }

    public synchronized void put(ApiRequest request, JsonObject response) {
        JsonObject old = entries.put(request.queryString(), response);
        changed |= !response.equals(old);
    }

    public synchronized int size() {
        return entries.size();
    }

    /** Writes the file if anything was added, through a temporary file so a crash leaves the old one whole. */
    public synchronized void save() throws IOException {
        if (!changed) {
            return;
        }
        JsonArray list = new JsonArray();
        for (Map.Entry<String, JsonObject> e : entries.entrySet()) {
            JsonObject entry = new JsonObject();
            entry.put("request", e.getKey());
            entry.put("response", e.getValue());
            list.add(entry);
        }
        JsonObject json = new JsonObject();
        json.put("format", FORMAT);
        json.put("entries", list);
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path tmp = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                JSON.write(out, json);
            }
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        changed = false;
    }
}
