package org.w3id.cadregraph.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoAttendanceCounterTest {
    private static final String A = "https://w3id.org/cadregraph/id/official/a";
    private static final String B = "https://w3id.org/cadregraph/id/official/b";
    private static final String C = "https://w3id.org/cadregraph/id/official/c";
    private static final String D = "https://w3id.org/cadregraph/id/official/d";

    @Test
    void weighsAnEdgeByTheMeetingsBothAttended() {
        CoAttendanceCounter counter = new CoAttendanceCounter();
        counter.attended("m1", A, "An A");
        counter.attended("m1", B, "Bo B");
        counter.attended("m1", C, "Ci C");
        counter.attended("m2", B, "Bo B");
        counter.attended("m2", A, "An A");

        CoAttendanceNetwork network = counter.network();

        assertThat(network.meetings()).isEqualTo(2);
        assertThat(network.nodes()).containsExactly(new NetworkNode(A, "An A", 2), new NetworkNode(B, "Bo B", 2),
                new NetworkNode(C, "Ci C", 1));
        assertThat(network.edges()).containsExactly(new NetworkEdge(A, B, 2), new NetworkEdge(A, C, 1),
                new NetworkEdge(B, C, 1));
    }

    @Test
    void countsAnAttendanceStatedTwiceOnce() {
        CoAttendanceCounter counter = new CoAttendanceCounter();
        counter.attended("m1", A, "An A");
        counter.attended("m1", A, "An A");
        counter.attended("m1", B, "Bo B");

        assertThat(counter.network().edges()).containsExactly(new NetworkEdge(A, B, 1));
        assertThat(counter.network().nodes()).extracting(NetworkNode::meetings).containsExactly(1, 1);
    }

    @Test
    void aLoneAttendantIsANodeWithoutEdges() {
        CoAttendanceCounter counter = new CoAttendanceCounter();
        counter.attended("m1", A, "An A");

        assertThat(counter.network().nodes()).hasSize(1);
        assertThat(counter.network().edges()).isEmpty();
    }

    @Test
    void keepsTheFirstNameInSortOrder() {
        CoAttendanceCounter counter = new CoAttendanceCounter();
        counter.attended("m1", A, "Wang Yiou");
        counter.attended("m2", A, "Wang Yi'ou");

        assertThat(counter.network().nodes()).extracting(NetworkNode::label).containsExactly("Wang Yi'ou");
    }

    @Test
    void strongestKeepsTheBestConnectedAndTheEdgesAmongThem() {
        CoAttendanceCounter counter = new CoAttendanceCounter();
        for (String m : new String[] {"m1", "m2", "m3"}) {
            counter.attended(m, A, "An A");
            counter.attended(m, B, "Bo B");
        }
        counter.attended("m4", C, "Ci C");
        counter.attended("m4", D, "Di D");
        counter.attended("m5", A, "An A");
        counter.attended("m5", C, "Ci C");

        CoAttendanceNetwork strongest = counter.network().strongest(2);

        assertThat(strongest.nodes()).extracting(NetworkNode::iri).containsExactly(A, B);
        assertThat(strongest.edges()).containsExactly(new NetworkEdge(A, B, 3));
        assertThat(counter.network().strongest(10)).isEqualTo(counter.network());
    }
}
