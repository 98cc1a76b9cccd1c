package org.w3id.cadregraph.link;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.w3id.cadregraph.graph.CG;
import org.w3id.cadregraph.identity.IdentityResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cadregraph.gazetteer.RegionGazetteer;
import org.w3id.cadregraph.graph.Iris;
import org.w3id.cadregraph.store.TdbStore;

/**
 * Links the store to Wikidata and writes every link into one named graph, {@link #LINKS_GRAPH},
 * replaced whole in one write transaction, so a rerun leaves the same graph. The gazetteers go first;
 * then, with a {@link Reconciler}, regions the gazetteer lacks, bodies, and officials, in that order, so
 * the regions linked first can serve as evidence for the bodies and officials in them. No transaction
 * is held while Wikidata is asked.
 *
 * <pre>
 *   try (TdbStore store = TdbStore.open(db)) {
 *       LinkSummary summary = Linker.run(store, LinkSettings.defaults(db).withMode(LinkSettings.Mode.ONLINE));
 *   }
 * </pre>
 */
public final class Linker {
    private static final Logger log = LoggerFactory.getLogger(Linker.class);

    /** The named graph holding the links: {@code https://w3id.org/cadregraph/id/links}. */
    public static final Node LINKS_GRAPH = Iris.linksGraph();

    private final GazetteerLinker gazetteer;
    private final Optional<Function<Set<String>, Reconciler>> reconciler;

    /**
     * @param reconciler makes the reconciler once the QIDs of the store's regions are known
     *                   (they tell it which jurisdictions are Chinese); empty for gazetteers only
     */
    public Linker(GazetteerLinker gazetteer, Optional<Function<Set<String>, Reconciler>> reconciler) {
        this.gazetteer = gazetteer;
        this.reconciler = reconciler;
    }

    /**
     * The whole run as the CLI does it: gazetteers, then Wikidata as {@code settings.mode()} says,
     * through the cache file (saved even when the run fails half-way, so answers are not asked for twice).
     *
     * @throws IOException when the cache file cannot be read or written
     */
    public static LinkSummary run(TdbStore store, LinkSettings settings) throws IOException {
        GazetteerLinker gazetteerLinker = new GazetteerLinker(RegionGazetteer.loadDefault(), BodyGazetteer.loadDefault());
        if (settings.mode() == LinkSettings.Mode.GAZETTEER) {
            return new Linker(gazetteerLinker, Optional.empty()).link(store);
        }
        LinkCache cache = LinkCache.load(settings.cacheFile());
        Optional<WikidataClient> client = settings.mode() == LinkSettings.Mode.ONLINE
                ? Optional.of(WikidataClient.create(WikidataClient.Config.defaults().withApi(settings.api())
                        .withMinInterval(settings.rateLimit()).withTimeout(settings.timeout())))
                : Optional.empty();
        WikidataTransport transport = new CachedTransport(cache, client.map(c -> c));
        Linker linker = new Linker(gazetteerLinker,
                Optional.of(china -> new Reconciler(transport, settings.threshold(), china)));
        LinkSummary summary;
        try {
            summary = linker.link(store);
        } finally {
            cache.save();
        }
        return new LinkSummary(summary.links(), summary.outcomes(), client.map(WikidataClient::requestsSent).orElse(0L),
                Optional.of(new LinkSummary.CacheUse(cache.file(), cache.size())));
    }

    /** Links the store and replaces the links graph; {@code httpRequests} is left 0 for the caller to fill. */
    public LinkSummary link(TdbStore store) {
        var dsg = store.datasetGraph();
        LinkInputs in = Txn.calculateRead(dsg, () -> LinkInputs.read(dsg, LINKS_GRAPH));
        List<Link> links = new ArrayList<>(gazetteer.link(in));
        log.info("gazetteers: {} links ({} regions, {} bodies, {} officials in the store)", links.size(),
                in.regions().size(), in.organizations().size(), in.officials().size());

        Map<Reconciler.Outcome, Integer> outcomes = new EnumMap<>(Reconciler.Outcome.class);
        if (reconciler.isPresent()) {
            Map<Node, String> regionQids = new HashMap<>();
            Set<Node> linked = new LinkedHashSet<>();
            for (Link l : links) {
                linked.add(l.subject());
                if (l.kind() == Link.Kind.REGION) {
                    regionQids.put(l.subject(), l.qid());
                }
            }
            for (LinkInputs.RegionFacts r : in.regions()) {
                r.statedQid().ifPresent(q -> regionQids.putIfAbsent(r.node(), q));
            }
            Reconciler wikidata = reconciler.get().apply(Set.copyOf(regionQids.values()));
            for (LinkInputs.RegionFacts r : in.regions()) {
                if (!linked.contains(r.node()) && r.statedQid().isEmpty()) {
                    record(wikidata.region(r, regionQids), r.label(), links, outcomes)
                            .ifPresent(l -> regionQids.put(l.subject(), l.qid()));
                }
            }
            for (LinkInputs.OrganizationFacts o : in.organizations()) {
                if (!linked.contains(o.node())) {
                    record(wikidata.organization(o, regionQids), o.label(), links, outcomes);
                }
            }
            for (LinkInputs.OfficialFacts p : in.officials()) {
                record(wikidata.official(p, regionQids), p.label(), links, outcomes);
            }
            log.info("wikidata: {}", outcomes);
        }
        LinkWriter writer = new LinkWriter(LINKS_GRAPH);
        store.replaceReportGraph(LINKS_GRAPH, out -> writer.write(links, out));
        reresolve(store, links);
        return new LinkSummary(links, outcomes, 0, Optional.empty());
    }

    /**
     * A Wikidata item is evidence of identity: namesakes linked to one item are joined, to two items kept apart.
     * So the people of every name that got a link are resolved again, with the links in the store.
     */
    static void reresolve(TdbStore store, List<Link> links) {
        Set<Node> officials = new LinkedHashSet<>();
        links.stream().filter(l -> l.kind() == Link.Kind.OFFICIAL).forEach(l -> officials.add(l.subject()));
        if (officials.isEmpty()) {
            return;
        }
        var dsg = store.datasetGraph();
        List<Node> graphs = Txn.calculateRead(dsg, () -> {
            List<Node> out = new ArrayList<>();
            for (Node person : officials) {
                dsg.find(Iris.identityGraph(), person, CG.namedIn, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
            }
            return out;
        });
        if (!graphs.isEmpty()) {
            log.info("identity with the Wikidata links: {}", store.resolveIdentity(IdentityResolver.createDefault(), graphs).describe());
        }
    }

    private static Optional<Link> record(Reconciler.Decision d, String label, List<Link> links,
                                         Map<Reconciler.Outcome, Integer> outcomes) {
        outcomes.merge(d.outcome(), 1, Integer::sum);
        if (d.outcome() == Reconciler.Outcome.FAILED) {
            log.warn("no link for '{}': {}", label, d.detail());
        } else {
            log.debug("{} '{}': {}", d.outcome().label(), label, d.detail());
        }
        d.link().ifPresent(links::add);
        return d.link();
    }
}
