package org.w3id.cadregraph.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.cadregraph.identity.Reports.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mentions through the spool's buckets: each key's mentions together, equal to what was read, in report order. */
class MentionSpoolTest {
    @TempDir
    Path dir;

    @Test
    void everyKeyComesOnceWithItsMentionsAsWritten() throws IOException {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        List<Node> graphs = List.of(
                report("a", "2020-09-10").hostedBy(Reports.WUJIANG)
                        .official("Li Ming", "secretary", "CPC Wujiang District Committee", Reports.WUJIANG)
                        .official("Xu Xiaofeng", "director", "Standing Committee", Reports.WUJIANG).writeTo(dsg),
                report("b", "2024-07-02").hostedBy(Reports.PINGLIANG)
                        .official("Li Ming").official("Wang Xu", "secretary", "Municipal Party Committee", Reports.PINGLIANG).writeTo(dsg),
                report("c", "2016-05-01").hostedBy(Reports.DALIAN).official("Weng Tiehui", "vice mayor", "Dalian", Reports.DALIAN)
                        .writeTo(dsg));
        Map<String, List<MentionSpool.Numbered>> written = new LinkedHashMap<>();
        Map<String, List<MentionSpool.Numbered>> read = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        try (MentionSpool spool = MentionSpool.create(dir, 3)) {
            for (int i = 0; i < graphs.size(); i++) {
                for (Mention m : new MentionReader(dsg).read(graphs.get(i)).values()) {
                    spool.add(i, m);
                    written.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(new MentionSpool.Numbered(i, m));
                }
            }
            assertThat(spool.size()).isEqualTo(5);
            spool.forEachKey((key, mentions) -> {
                assertThat(read.put(key, mentions)).as("key %s given twice", key).isNull();
                order.add(key);
            });
        }
        assertThat(read).isEqualTo(written);
        assertThat(read.get("liming")).extracting(MentionSpool.Numbered::report).containsExactly(0, 1);
        assertThat(read.get("liming").get(0).mention().posts()).isNotEmpty();
        // who else the report puts in a sole post comes through too (Succession reads it)
        assertThat(read.get("xuxiaofeng").get(0).mention().othersInPosts()).containsValue("liming");
    }

    @Test
    void bucketsGrowWithTheRunButStayBounded() {
        assertThat(MentionSpool.bucketsFor(10)).isEqualTo(1);
        assertThat(MentionSpool.bucketsFor(100_000)).isEqualTo(200);
        assertThat(MentionSpool.bucketsFor(10_000_000)).isEqualTo(1024);
    }
}
