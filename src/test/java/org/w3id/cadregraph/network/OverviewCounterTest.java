package org.w3id.cadregraph.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The overview counted without the network is the overview of the network, cut and ties included. */
class OverviewCounterTest {
    private static final String OFFICIAL = "https://w3id.org/cadregraph/id/official/";

    @Test
    void givesTheOverviewOfTheNetworkItCounts() {
        for (long seed = 1; seed <= 30; seed++) {
            Random random = new Random(seed);
            CoAttendanceCounter network = new CoAttendanceCounter();
            OverviewCounter overview = new OverviewCounter();
            attendRandomly(random, network, overview);
            int maxDrawn = 1 + random.nextInt(30);
            int maxTies = random.nextInt(25);

            assertThat(overview.overview(maxDrawn, maxTies)).as("seed %d", seed)
                    .isEqualTo(NetworkOverview.of(network.network(), maxDrawn, maxTies));
        }
    }

    @Test
    void givesTheWholeNetworkItCounts() {
        for (long seed = 1; seed <= 30; seed++) {
            CoAttendanceCounter network = new CoAttendanceCounter();
            OverviewCounter counter = new OverviewCounter();
            attendRandomly(new Random(seed), network, counter);

            // the same nodes, edges and order: the downloads kept by build are the files counted on request
            assertThat(counter.network()).as("seed %d", seed).isEqualTo(network.network());
        }
    }

    /** The same random attendance records to both counters. */
    private static void attendRandomly(Random random, CoAttendanceCounter network, OverviewCounter counter) {
        int officials = 5 + random.nextInt(60);
        int meetings = 1 + random.nextInt(40);
        int records = random.nextInt(300);
        for (int r = 0; r < records; r++) {
            String meeting = "m" + random.nextInt(meetings);
            int o = random.nextInt(officials);
            // Several names for one official, and names that sort against the IRIs' order.
            String label = "Name " + (officials - o) + (random.nextInt(4) == 0 ? " (also)" : "");
            network.attended(meeting, OFFICIAL + o, label);
            counter.attended(meeting, OFFICIAL + o, label);
        }
    }

    @Test
    void aRepeatedRecordCountsOnce() {
        OverviewCounter counter = new OverviewCounter();
        counter.attended("m1", OFFICIAL + "a", "A");
        counter.attended("m1", OFFICIAL + "a", "A");
        counter.attended("m1", OFFICIAL + "b", "B");

        NetworkOverview overview = counter.overview(300, 20);

        assertThat(overview.links()).isEqualTo(1);
        assertThat(overview.ties()).containsExactly(new NetworkTie(OFFICIAL + "a", "A", OFFICIAL + "b", "B", 1));
        assertThat(overview.drawn().nodes()).extracting(NetworkNode::meetings).containsExactly(1, 1);
    }

    @Test
    void noRecordsNoNetwork() {
        NetworkOverview overview = new OverviewCounter().overview(300, 20);

        assertThat(overview.officials()).isZero();
        assertThat(overview.drawn().nodes()).isEmpty();
        assertThat(overview.ties()).isEmpty();
    }
}
