package org.w3id.cadregraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.PlainTextFileDataReader;
import org.w3id.cadregraph.gazetteer.Region;

/**
 * Hosts decided by a maxent model trained on annotated reports ({@code train-hosts}): each candidate region of a
 * meeting is one event; the hosts are the candidates the model gives at least the threshold, and when it gives none
 * that much while the rules found a host, the likeliest candidate (a meeting the rules place is placed somewhere).
 */
public final class MaxentHostDecider implements HostDecider {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MaxentHostDecider.class);
    /** The outcome of a candidate that hosts the meeting; the other is {@link #NOT_HOST}. */
    public static final String HOST = "host";
    public static final String NOT_HOST = "not-host";
    /** The shipped model, on the class path (plain text: feature names and weights). */
    public static final String RESOURCE = "/org/w3id/cadregraph/extract/hosts-maxent.txt";
    /** {@code -Dcadregraph.hosts=rules|model|FILE}: the rules, the shipped model, or a model file. */
    public static final String PROPERTY = "cadregraph.hosts";
    public static final double DEFAULT_THRESHOLD = 0.5;

    private final MaxentModel model;
    private final double threshold;
    private final int hostIndex;

    public MaxentHostDecider(MaxentModel model, double threshold) {
        this.model = model;
        this.threshold = threshold;
        this.hostIndex = model.getIndex(HOST);
        if (hostIndex < 0) {
            throw new IllegalArgumentException("not a host model: it has no outcome '" + HOST + "'");
        }
    }

    /** The probability the model gives a candidate of hosting. */
    public double probability(HostQuestion.Candidate c) {
        return model.eval(c.features().toArray(String[]::new))[hostIndex];
    }

    @Override
    public List<Region> decide(HostQuestion q) {
        record Scored(Region region, double p) {}
        List<Scored> scored = new ArrayList<>();
        for (HostQuestion.Candidate c : q.candidates()) {
            scored.add(new Scored(c.region(), probability(c)));
        }
        scored.sort(Comparator.comparingDouble(s -> -s.p()));
        List<Region> hosts = scored.stream().filter(s -> s.p() >= threshold).map(Scored::region).toList();
        if (hosts.isEmpty() && !q.ruleHosts().isEmpty() && !scored.isEmpty()) {
            return List.of(scored.get(0).region());
        }
        return hosts;
    }

    /** Reads a model in OpenNLP's plain-text format. */
    public static MaxentModel read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return new GenericModelReader(new PlainTextFileDataReader(reader)).getModel();
    }

    /** The shipped model, if the jar has one. */
    public static Optional<MaxentHostDecider> shipped() {
        try (InputStream in = MaxentHostDecider.class.getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(new MaxentHostDecider(read(in), DEFAULT_THRESHOLD));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the host model " + RESOURCE, e);
        }
    }

    /**
     * The decider the {@value #PROPERTY} system property asks for: {@code rules} (the default), {@code model} (the
     * shipped model; the rules when the jar has none) or the path of a model file.
     */
    public static HostDecider configured() {
        String choice = System.getProperty(PROPERTY, "rules").trim();
        if (choice.isEmpty() || choice.equals("rules")) {
            return RULES;
        }
        if (choice.equals("model")) {
            Optional<MaxentHostDecider> shipped = shipped();
            if (shipped.isEmpty()) {
                log.warn("-D{}=model but the jar has no {}: hosts are decided by the rules", PROPERTY, RESOURCE);
                return RULES;
            }
            log.info("hosts are decided by the model {}", RESOURCE);
            return shipped.get();
        }
        Path file = Path.of(choice);
        try (InputStream in = Files.newInputStream(file)) {
            MaxentModel model = file.toString().endsWith(".bin")
                    ? new GenericModelReader(new opennlp.tools.ml.model.BinaryFileDataReader(in)).getModel() : read(in);
            log.info("hosts are decided by the model {}", file);
            return new MaxentHostDecider(model, DEFAULT_THRESHOLD);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the host model " + file + " (-D" + PROPERTY + ")", e);
        }
    }
}
