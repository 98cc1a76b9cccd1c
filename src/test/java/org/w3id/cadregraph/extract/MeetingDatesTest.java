package org.w3id.cadregraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The day of a meeting in whole reports written for these tests, one way of giving it each: a paper's dateline, a
 * weekday, the headline, a page date only, "last week", a day across the year's end.
 */
class MeetingDatesTest {
    private static ShortReports reports;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        reports = new ShortReports();
    }

    private Optional<String> firstMeetingDate(String text) throws Exception {
        Extraction x = reports.extract(dir, text);
        assertThat(x.meetings()).isNotEmpty();
        return x.meetings().get(0).date().map(PartialDate::iso);
    }

    @Test
    void aMeetingWhoseSentenceGivesNoDayTakesTheMoveInTimeOfTheSentenceBefore() throws Exception {
        Extraction x = reports.extract(dir, "Published: 2024-05-17\n"
                + "On the 14th, the Hangzhou-Guizhou cooperation joint meeting was held in Guiyang. Zhao Ming, governor, "
                + "presided over the meeting.\n"
                + "The next day, the delegation went to Qiandongnan Prefecture. At the signing ceremony held in Kaili City, "
                + "the two governments signed a framework agreement on labour cooperation. Qian Li, vice mayor of Hangzhou, "
                + "attended.\n");
        assertThat(x.meetings()).hasSize(2);
        assertThat(x.meetings().stream().map(m -> m.date().map(PartialDate::iso).orElse("none")).toList())
                .containsExactly("2024-05-14", "2024-05-15");
    }

    @Test
    void readsAWeekdayAgainstAPapersDateline() throws Exception {
        assertThat(firstMeetingDate("Governor meets business delegation\n"
                + "Published: 2024-10-23\n"
                + "Riverside Daily, Fuzhou, October 16 (Reporter Lin Hao) On Tuesday afternoon, Zhao Ming, Governor of the "
                + "province, met a business delegation and presided over a symposium on investment.\n"))
                .contains("2024-10-15");
    }

    @Test
    void keepsTheDatelinesDayOverAMonthThatDatesSomethingElse() throws Exception {
        assertThat(firstMeetingDate("Province studies flood control\n"
                + "Published: 2024-06-13\n"
                + "WUHAN, June 12 -- A work meeting on flood control, convened by the Hubei Provincial People's Government, "
                + "went over the rainfall measured last month. Sun Tao, Governor of Hubei Province, presided over the meeting.\n"))
                .contains("2024-06-12");
    }

    @Test
    void takesTheDayOfTheHeadlineWhenTheBodyGivesNone() throws Exception {
        assertThat(firstMeetingDate("County holds education conference on March 3\n"
                + "Published: 2024-03-05\n"
                + "The county held its education conference. Wu Gang, County Magistrate, presided over the conference.\n"))
                .contains("2024-03-03");
    }

    @Test
    void leavesTheDayUnknownWhenOnlyThePageIsDated() throws Exception {
        assertThat(firstMeetingDate("County holds education conference\n"
                + "Published: 2024-03-05\n"
                + "The county held its education conference. Wu Gang, County Magistrate, presided over the conference.\n"))
                .isEmpty();
    }

    @Test
    void leavesTheDayUnknownForLastWeekWhateverDayCameBefore() throws Exception {
        assertThat(firstMeetingDate("County holds education conference\n"
                + "Published: 2024-03-05\n"
                + "On March 1, the new school term began in the county. Last week, the county held its education "
                + "conference. Wu Gang, County Magistrate, presided over the conference.\n"))
                .isEmpty();
    }

    @Test
    void putsADecemberMeetingOfAJanuaryReportInTheYearBefore() throws Exception {
        assertThat(firstMeetingDate("County holds education conference\n"
                + "Published: 2025-01-04\n"
                + "From 29 to 30 December, the county education conference was held. Wu Gang, County Magistrate, presided "
                + "over the conference.\n"))
                .contains("2024-12-29");
    }
}
