package org.w3id.cadregraph.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.cadregraph.identity.Reports.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cadregraph.gazetteer.Region;

/** Name keys decided on several threads give what one thread gives, in the same order: renames, quads and counts. */
class FreshIdentityTest {
    private static final List<String> NAMES = List.of("Li Ming", "Wang Wei", "Zhang Jun", "Liu Yang", "Chen Gang",
            "Wang Jun", "Xu Xiaofeng", "Weng Tiehui", "Zhao Lei", "Sun Li", "Zhou Bin", "Wu Hua", "Huang Tao", "Ma Lin",
            "Hu Qiang", "Guo Ping");
    private static final List<Region> PLACES = List.of(Reports.WUJIANG, Reports.PINGLIANG, Reports.DALIAN, Reports.SUZHOU);
    private static final List<String> ROLES = List.of("secretary", "mayor", "vice mayor", "director");

    @TempDir
    Path dir;

    /** What a resolution handed on, in the order it was handed on. */
    record Handed(List<String> renames, List<List<Quad>> quads, IdentityResolver.IdentitySummary summary) {}

    @Test
    void parallelDecisionEqualsTheSequentialOneOnManyNamesakes() throws IOException {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        List<Node> graphs = namesakeReports(dsg, new Random(7), 300);
        IdentityResolver resolver = IdentityResolver.createDefault();
        try (MentionSpool spool = MentionSpool.create(dir, 3)) {
            for (int i = 0; i < graphs.size(); i++) {
                for (Mention m : new MentionReader(dsg).read(graphs.get(i)).values()) {
                    spool.add(i, m);
                }
            }
            Handed sequential = keyByKey(spool, resolver);
            assertThat(sequential.summary().keptApart()).as("namesakes kept apart").isPositive();
            assertThat(sequential.summary().joined()).as("mentions joined").isPositive();
            assertThat(sequential.renames()).as("renames").isNotEmpty();
            for (int threads : new int[] {1, 2, 5}) {
                Handed h = fresh(spool, new FreshIdentity(resolver, threads));
                assertThat(h.summary()).as("summary on %d threads", threads).isEqualTo(sequential.summary());
                assertThat(h.renames()).as("renames on %d threads", threads).isEqualTo(sequential.renames());
                assertThat(h.quads()).as("identity quads on %d threads", threads).isEqualTo(sequential.quads());
            }
        }
    }

    /** Reports naming a few common names in a few places, so each name has many mentions and several people. */
    private static List<Node> namesakeReports(DatasetGraph dsg, Random random, int n) {
        List<Node> graphs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Region host = PLACES.get(random.nextInt(PLACES.size()));
            Reports.Builder b = report(String.format("r%04d", i),
                    String.format("%d-%02d-%02d", 2014 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28)))
                    .hostedBy(host);
            List<String> named = new ArrayList<>(NAMES);
            java.util.Collections.shuffle(named, random);
            for (String name : named.subList(0, 2 + random.nextInt(2))) {
                Region where = PLACES.get(random.nextInt(PLACES.size()));
                if (random.nextInt(5) == 0) {
                    b.official(name);
                } else {
                    b.official(name, ROLES.get(random.nextInt(ROLES.size())), where.name() + " Committee", where);
                }
            }
            graphs.add(b.writeTo(dsg));
        }
        return graphs;
    }

    /** The resolution as it was before it used threads: one key after another on one scratch dataset. */
    private static Handed keyByKey(MentionSpool spool, IdentityResolver resolver) throws IOException {
        List<String> renames = new ArrayList<>();
        List<List<Quad>> quads = new ArrayList<>();
        int[] c = new int[6];
        DatasetGraph scratch = DatasetGraphFactory.create();
        spool.forEachKey((key, numbered) -> {
            Map<String, Integer> reportOf = new HashMap<>();
            numbered.forEach(x -> reportOf.put(x.mention().graph(), x.report()));
            scratch.clear();
            IdentityResolver.KeyOutcome o = resolver.resolveFresh(key,
                    numbered.stream().map(MentionSpool.Numbered::mention).toList(), scratch);
            o.renames().forEach(r -> renames.add(reportOf.get(r.graph()) + " " + r.from() + " " + r.to()));
            quads.add(o.identityQuads());
            c[0]++;
            c[1] += o.people();
            c[2] += o.joined();
            c[3] += o.keptApart();
            c[4] += o.renames().size();
            c[5] += o.retired();
        });
        return new Handed(renames, quads, new IdentityResolver.IdentitySummary(c[0], c[1], c[2], c[3], c[4], c[5]));
    }

    private static Handed fresh(MentionSpool spool, FreshIdentity identity) throws IOException {
        List<String> renames = new ArrayList<>();
        List<List<Quad>> quads = new ArrayList<>();
        IdentityResolver.IdentitySummary s = identity.resolve(spool,
                (report, from, to) -> renames.add(report + " " + from + " " + to), quads::add);
        return new Handed(renames, quads, s);
    }
}
