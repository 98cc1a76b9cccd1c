package org.w3id.cadregraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.junit.jupiter.api.Test;

/** The geometry of the month bars and the career timeline. */
class ChartsTest {
    private static Row month(String month, int meetings) {
        return new Row(BindingFactory.binding(Var.alloc("month"), NodeFactory.createLiteralString(month),
                Var.alloc("meetings"), NodeFactory.createLiteralString(Integer.toString(meetings))));
    }

    @Test
    void barsRunFromTheFirstMonthToTheLastWithGaps() {
        BarChart chart = BarChart.of(List.of(month("2022-11", 1), month("2023-04", 3), month("2024-06", 2),
                month("2024", 1), month("undated", 4)));

        assertThat(chart.bars()).hasSize(20);
        assertThat(chart.bars().get(0).month()).isEqualTo("2022-11");
        assertThat(chart.bars().get(19).month()).isEqualTo("2024-06");
        assertThat(chart.bars()).filteredOn(b -> b.count() > 0).extracting(BarChart.Bar::month)
                .containsExactly("2022-11", "2023-04", "2024-06");
        assertThat(chart.max()).isEqualTo(3);
        assertThat(chart.yearOnly()).isEqualTo(1);
        assertThat(chart.undated()).isEqualTo(4);
        assertThat(chart.total()).isEqualTo(11);
        BarChart.Bar tallest = chart.bars().get(5);
        assertThat(tallest.y()).isEqualTo(10.0);
        assertThat(tallest.y() + tallest.height()).isEqualTo(chart.baseline());
        assertThat(chart.bars()).allSatisfy(b -> assertThat(b.x() + b.width()).isLessThanOrEqualTo(BarChart.WIDTH));
    }

    @Test
    void aSingleMonthSitsInAYear() {
        BarChart chart = BarChart.of(List.of(month("2023-04", 1)));

        assertThat(chart.bars()).hasSize(12);
        assertThat(chart.bars()).filteredOn(b -> b.count() > 0).singleElement()
                .satisfies(b -> assertThat(b.month()).isEqualTo("2023-04"));
    }

    @Test
    void noDatedMeetingNoBars() {
        BarChart chart = BarChart.of(List.of(month("undated", 2)));

        assertThat(chart.bars()).isEmpty();
        assertThat(chart.total()).isEqualTo(2);
    }

    @Test
    void timelineHasALanePerPostInTimeOrder() {
        CareerTimeline timeline = CareerTimeline.of(List.of(
                new CareerTimeline.Stated("Governor of Guizhou Province", "2021-03-01"),
                new CareerTimeline.Stated("Vice Governor of Guizhou Province", "2019-05-10"),
                new CareerTimeline.Stated("governor of Guizhou Province", "2023-04-18"),
                new CareerTimeline.Stated("Mayor", ""))).orElseThrow();

        assertThat(timeline.lanes()).extracting(CareerTimeline.Lane::fullLabel)
                .containsExactly("Vice Governor of Guizhou Province", "Governor of Guizhou Province");
        CareerTimeline.Lane governor = timeline.lanes().get(1);
        assertThat(governor.first()).isEqualTo("2021-03-01");
        assertThat(governor.last()).isEqualTo("2023-04-18");
        assertThat(governor.dots()).hasSize(2);
        assertThat(governor.x1()).isLessThan(governor.x2());
        assertThat(timeline.lanes().get(0).x1()).isLessThan(governor.x1());
        assertThat(timeline.ticks()).extracting(CareerTimeline.Tick::text).contains("2020", "2021", "2022", "2023");
        assertThat(timeline.lanes()).allSatisfy(l -> assertThat(l.x2()).isLessThanOrEqualTo(CareerTimeline.WIDTH));
    }

    @Test
    void noDatedPostNoTimeline() {
        assertThat(CareerTimeline.of(List.of(new CareerTimeline.Stated("Mayor", "")))).isEmpty();
    }

    @Test
    void aShortCareerIsMarkedByQuarters() {
        CareerTimeline timeline = CareerTimeline.of(List.of(new CareerTimeline.Stated("Mayor", "2023-04-18"))).orElseThrow();

        assertThat(timeline.ticks()).extracting(CareerTimeline.Tick::text).contains("2023-04", "2023-07");
    }
}
