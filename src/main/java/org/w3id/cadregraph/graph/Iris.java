package org.w3id.cadregraph.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The one place where data IRIs are minted. IRIs are deterministic, so a rerun writes the same graph:
 * one IRI per official name across reports, one graph per report file, meetings by report and key.
 */
public final class Iris {
    // compiled once: every IRI minted goes through slug()
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");
    private static final Pattern INNER_MARK = Pattern.compile("(?<=\\p{L})['’\\-](?=\\p{L})");
    /** Namespace of the data (not the vocabulary). */
    public static final String DATA = "https://w3id.org/cadregraph/id/";
    public static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";

    private Iris() {}

    public static Node graph(String reportId) {
        return uri("graph/" + slug(reportId));
    }

    /** The graph of Wikidata links; outside graph/ so that no report file name can collide with it. */
    public static Node linksGraph() {
        return uri("links");
    }

    public static Node report(String reportId) {
        return uri("report/" + slug(reportId));
    }

    public static Node extraction(String reportId) {
        return uri("extraction/" + slug(reportId));
    }

    /**
     * The IRI a person is first written with: their name, words joined by hyphens, an apostrophe inside a word
     * dropped ("Wang Yi'ou" and "Wang Yiou" → {@code official/wang-yiou}). Identity resolution keeps it for the
     * first person of that name and gives every other person of the name {@link #official(String, String)}.
     */
    public static Node official(String name) {
        return uri("official/" + personSlug(name));
    }

    /** Another person of the same name: {@code official/li-ming-3fa29c}, the suffix taken from the person's anchor. */
    public static Node official(String name, String suffix) {
        return uri("official/" + personSlug(name) + "-" + suffix);
    }

    /** The graph of identity decisions: who is who across reports, on what evidence, and which IRIs were retired. */
    public static Node identityGraph() {
        return uri("identity");
    }

    /** The graph of researchers' identity overrides, read from an override file and kept for every later run. */
    public static Node identityOverridesGraph() {
        return uri("identity-overrides");
    }

    /**
     * The graph of the network summary, and the summary itself (see {@code network.NetworkSummaryGraph}); outside
     * graph/ so that no report file name can collide with it.
     */
    public static Node networkSummary() {
        return uri("network-summary");
    }

    /** The {@code n}th entry of one list of the network summary ({@code kind}: official, link, tie, region…). */
    public static Node networkSummaryEntry(String kind, int n) {
        return uri("network-summary/" + kind + "/" + n);
    }

    /** A recorded identity judgement about the people of one name key. */
    public static Node identityJudgement(String nameKey, String what) {
        return uri("identity/" + slug(nameKey) + "/" + hash(what));
    }

    static String personSlug(String name) {
        return slug(INNER_MARK.matcher(name).replaceAll(""));
    }

    public static Node title(String reportId, String officialName, String label) {
        return uri("title/" + slug(reportId) + "/" + slug(officialName) + "-" + hash(label.toLowerCase(Locale.ROOT)));
    }

    public static Node role(String role) {
        return uri("role/" + slug(role));
    }

    /** An organization by name, qualified by its region when the name itself does not say which one it is. */
    public static Node organization(String name, String regionIdOrEmpty) {
        String s = slug(name);
        boolean namesRegion = ("-" + s + "-").contains("-" + regionIdOrEmpty + "-"); // a word, not "hangzhou" in "changzhou"
        return uri("org/" + (regionIdOrEmpty.isEmpty() || namesRegion ? s : s + "--" + regionIdOrEmpty));
    }

    /**
     * A body known only by a generic name ("Municipal Party Committee") in one report, which does not say where it
     * is: scoped to that report, since two reports' bodies of that name are as likely two bodies as one.
     */
    public static Node organizationInReport(String name, String reportId) {
        return uri("org/" + slug(name) + "--in-" + slug(reportId));
    }

    public static Node region(String regionId) {
        return uri("region/" + regionId);
    }

    public static Node meeting(String reportId, String key) {
        return uri("meeting/" + slug(reportId) + "/" + key);
    }

    public static Node evidence(String reportId, int sentenceIndex) {
        return uri("evidence/" + slug(reportId) + "/s" + sentenceIndex);
    }

    public static Node assertion(String reportId, Node s, Node p, Node o) {
        return uri("assertion/" + slug(reportId) + "/" + hash(s + " " + p + " " + o));
    }

    public static Node software() {
        return uri("software/cadregraph");
    }

    public static Node wikidata(String qid) {
        return NodeFactory.createURI(WIKIDATA_ENTITY + qid);
    }

    /** Lower-case ASCII words joined by hyphens; what cannot be written so becomes a hash. */
    static String slug(String text) {
        String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String s = EDGE_HYPHENS.matcher(NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        if (s.length() > 80) {
            s = s.substring(0, 70).replaceAll("-+$", "") + "-" + hash(text);
        }
        return s.isEmpty() ? hash(text) : s;
    }

    private static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Node uri(String path) {
        return NodeFactory.createURI(DATA + path);
    }
}
