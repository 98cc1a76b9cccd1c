package org.w3id.cadregraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DateResolverTest {
    private final DateResolver resolver = new DateResolver();

    /** The ISO date resolved for the sentence, or empty. */
    private Optional<String> resolve(String sentence, LocalDate published) {
        return resolver.resolve(sentence, Optional.of(published), OptionalInt.empty()).map(r -> r.date().iso());
    }

    private Optional<String> resolveWithoutPublicationDate(String sentence, OptionalInt textYear) {
        return resolver.resolve(sentence, Optional.empty(), textYear).map(r -> r.date().iso());
    }

    @Test
    void takesTheYearOfThePublicationDate() {
        assertThat(resolve("On July 11, the meeting was held in Nanning.", LocalDate.of(2022, 7, 11)))
                .contains("2022-07-11");
    }

    @Test
    void takesTheYearBeforeWhenTheDayWouldBeLaterThanThePublication() {
        assertThat(resolve("On December 28, the conference opened.", LocalDate.of(2024, 1, 5)))
                .contains("2023-12-28");
    }

    @Test
    void keepsTheYearOfADayShortlyAfterThePublication() {
        // a report announcing a meeting a few days ahead
        assertThat(resolve("On January 8, the conference will open.", LocalDate.of(2024, 1, 5)))
                .contains("2024-01-08");
    }

    @Test
    void usesAYearWrittenInTheSentenceWhateverThePublicationDate() {
        assertThat(resolve("On January 19th, 2024, the conference was held.", LocalDate.of(2019, 9, 10)))
                .contains("2024-01-19");
        assertThat(resolveWithoutPublicationDate("On January 19th, 2024, the conference was held.", OptionalInt.empty()))
                .contains("2024-01-19");
    }

    @Test
    void readsTheMorningOfADay() {
        assertThat(resolve("On the morning of November 8, the forum opened.", LocalDate.of(2023, 11, 9)))
                .contains("2023-11-08");
    }

    @Test
    void readsAnAbbreviatedMonth() {
        assertThat(resolve("Sept 10 saw the signing of the agreement.", LocalDate.of(2019, 9, 11)))
                .contains("2019-09-10");
        assertThat(resolve("On Sept. 10 the agreement was signed.", LocalDate.of(2019, 9, 11)))
                .contains("2019-09-10");
    }

    @Test
    void readsDayBeforeMonth() {
        assertThat(resolve("On 10 March the delegation arrived.", LocalDate.of(2023, 3, 12))).contains("2023-03-10");
    }

    @Test
    void aPageDateBeforeTheTextStaysTheDateWhenTheWordsGiveNoDayOfTheEvent() {
        // the words name only a document's day, which is not the meeting's
        assertThat(resolveWithoutPublicationDate("2019-09-10 To carry out the notice issued on August 20, the county held a meeting.",
                OptionalInt.empty())).contains("2019-09-10");
    }

    @Test
    void readsANumericDate() {
        assertThat(resolve("The meeting of 2021.06.30 approved the plan.", LocalDate.of(2024, 1, 1)))
                .contains("2021-06-30");
    }

    @Test
    void readsYesterdayAsTheDayBeforePublication() {
        assertThat(resolve("Yesterday, Huai Jinpeng met the delegation.", LocalDate.of(2019, 9, 10)))
                .contains("2019-09-09");
    }

    @Test
    void readsTodayAsThePublicationDay() {
        assertThat(resolve("This morning the forum opened.", LocalDate.of(2019, 9, 10))).contains("2019-09-10");
    }

    @Test
    void readsAWeekdayAsTheLastSuchDayUpToPublication() {
        // 2019-09-10 is a Tuesday: "Thursday" is the Thursday before
        assertThat(resolve("On Thursday, the delegation visited the college.", LocalDate.of(2019, 9, 10)))
                .contains("2019-09-05");
        assertThat(resolve("On Tuesday, the delegation visited the college.", LocalDate.of(2019, 9, 10)))
                .contains("2019-09-10");
    }

    @Test
    void prefersAWrittenDayToARelativeWord() {
        assertThat(resolve("On Thursday, July 11, the meeting was held.", LocalDate.of(2019, 7, 12)))
                .contains("2019-07-11");
    }

    @Test
    void neverGuessesTheYearWithoutPublicationDateOrTextYear() {
        assertThat(resolveWithoutPublicationDate("On July 11, the meeting was held.", OptionalInt.empty())).isEmpty();
        assertThat(resolveWithoutPublicationDate("Yesterday the meeting was held.", OptionalInt.empty())).isEmpty();
        assertThat(resolveWithoutPublicationDate("On Thursday the meeting was held.", OptionalInt.empty())).isEmpty();
    }

    @Test
    void usesTheYearOfTheTextWhenThereIsNoPublicationDate() {
        assertThat(resolveWithoutPublicationDate("On July 11, the meeting was held.", OptionalInt.of(2021)))
                .contains("2021-07-11");
    }

    @Test
    void isLessSureOfATextYearThanOfAPublicationYear() {
        double withPublication = resolver.resolve("On July 11, the meeting was held.",
                Optional.of(LocalDate.of(2021, 7, 12)), OptionalInt.empty()).orElseThrow().confidence();
        double withTextYear = resolver.resolve("On July 11, the meeting was held.",
                Optional.empty(), OptionalInt.of(2021)).orElseThrow().confidence();

        assertThat(withTextYear).isLessThan(withPublication);
    }

    @Test
    void ignoresAnImpossibleDay() {
        assertThat(resolve("On February 30, nothing happened.", LocalDate.of(2023, 3, 1))).isEmpty();
        assertThat(resolve("On July 45 nothing happened.", LocalDate.of(2023, 8, 1))).isEmpty();
    }

    @Test
    void findsNoDateInASentenceWithoutOne() {
        assertThat(resolve("The delegation visited the college.", LocalDate.of(2019, 9, 10))).isEmpty();
    }

    @Test
    void doesNotTakeAMonthNameWithoutADay() {
        assertThat(resolve("In March 2023 the plan was approved.", LocalDate.of(2023, 5, 1))).isEmpty();
    }

    @Test
    void recognisesASentenceThatOpensByMovingToAnotherEvent() {
        assertThat(resolver.opensAnotherEvent("On the same day, the governor presided over a meeting of the council."))
                .isTrue();
        assertThat(resolver.opensAnotherEvent("Later in the same afternoon, the mayor chaired the executive meeting."))
                .isTrue();
        assertThat(resolver.opensAnotherEvent("The next day, the secretary presided over a symposium.")).isTrue();
        assertThat(resolver.opensAnotherEvent("Also on Wednesday, the chairman attended the deliberation.")).isTrue();
        assertThat(resolver.opensAnotherEvent("On May 3, the governor presided over the conference.")).isFalse();
        assertThat(resolver.opensAnotherEvent("The governor presided over the meeting held on the same day.")).isFalse();
        assertThat(resolver.opensAnotherEvent("Also present were the heads of the bureaus, who had met on the same day,"
                + " and the mayor.")).isFalse();
    }

    @Test
    void recognisesAReferenceToTheSameDay() {
        assertThat(resolver.refersToSameDay("On the afternoon of the same day, the delegation visited LVTC.")).isTrue();
        assertThat(resolver.refersToSameDay("The next day, the delegation visited LVTC.")).isFalse();
        assertThat(resolver.refersToSameDay("Immediately after the national meeting, the province held its own.")).isTrue();
        assertThat(resolver.refersToSameDay("After the forum, the director chaired a symposium of principals.")).isTrue();
        assertThat(resolver.refersToSameDay("Before the opening ceremony, the governor met the athletes.")).isTrue();
        assertThat(resolver.refersToSameDay("Before the pandemic, the forum met every spring.")).isFalse();
        assertThat(resolver.refersToSameDay("Before the conference, the standing committee held a meeting on the list."))
                .isFalse();
        assertThat(resolver.refersToSameDay("Immediately afterwards, the bureau held its own meeting.")).isTrue();
        assertThat(resolver.refersToSameDay("In the afternoon, the delegates held a symposium on river basins.")).isTrue();
        assertThat(resolver.refersToSameDay("In the afternoon of May 3, the delegates held a symposium.")).isFalse();
        assertThat(resolver.refersToSameDay("Right after the Spring Festival holiday, the county held a meeting.")).isFalse();
        assertThat(resolver.refersToSameDay("After the meeting ended, the minister visited a school.")).isTrue();
        assertThat(resolver.refersToSameDay("A week after the meeting, the province issued a notice.")).isFalse();
    }

    @Test
    void givesOnlyTheMonthOfAMeetingOnOneDayOfAVisit() {
        LocalDate published = LocalDate.of(2021, 5, 20);
        assertThat(resolve("On May 17-18, the vice governor visited Xining and attended the signing ceremony there.", published))
                .contains("2021-05");
        assertThat(resolve("The minister made a field trip to the province between May 10 and 11, during which he held a "
                + "roundtable.", published)).contains("2021-05");
        assertThat(resolve("From 17 to 18 May, the delegation inspected schools in Xining.", published)).contains("2021-05");
        assertThat(resolveWithoutPublicationDate("On May 17-18, the delegation visited Xining.", OptionalInt.empty())).isEmpty();
    }

    @Test
    void takesTheFirstDayOfAMeetingHeldOverARange() {
        assertThat(resolve("The provincial forum was held in Hefei from May 17 to 19.", LocalDate.of(2021, 5, 20)))
                .contains("2021-05-17");
        assertThat(resolve("From May 17 to 19, the provincial games opened in Hefei after a visit by the governor.",
                LocalDate.of(2021, 5, 20))).contains("2021-05-17");
    }

    @Test
    void skipsTheDateOfADocumentOrATimeLimit() {
        LocalDate published = LocalDate.of(2020, 9, 12);
        assertThat(resolve("To implement the notice issued on August 20, the county held a commendation conference on "
                + "September 9.", published)).contains("2020-09-09");
        assertThat(resolve("Under the plan adopted on June 2, the county held its conference on September 9.", published))
                .contains("2020-09-09");
        assertThat(resolve("The campaign, which runs until October 31, was launched at the conference.", published)).isEmpty();
    }

    @Test
    void countsDaysFromTheEventBefore() {
        assertThat(resolver.daysAfterPrevious("The next day, the governor presided over a symposium.")).hasValue(1);
        assertThat(resolver.daysAfterPrevious("On the morning of the following day, the delegation met the mayor.")).hasValue(1);
        assertThat(resolver.daysAfterPrevious("Two days later, the mayor attended the forum.")).hasValue(2);
        assertThat(resolver.daysAfterPrevious("The day before, the standing committee met.")).hasValue(-1);
        assertThat(resolver.daysAfterPrevious("The day before yesterday, the committee met.")).isEmpty();
        assertThat(resolver.daysAfterPrevious("The forum will be held on the next day of the festival.")).isEmpty();
        assertThat(resolver.daysAfterPrevious("On the afternoon of the same day, the mayor met the delegation.")).isEmpty();
    }

    @Test
    void readsANewsAgencysDatelineAgainstThePublicationDate() {
        Optional<DateResolver.Dateline> d = resolver.dateline("BEIJING, June 9 (Xinhua) -- The premier on Wednesday chaired "
                + "a meeting.", Optional.of(LocalDate.of(2023, 6, 10)));
        assertThat(d).isPresent();
        assertThat(d.get().date()).contains(LocalDate.of(2023, 6, 9));
        assertThat("BEIJING, June 9 (Xinhua) -- The premier".substring(d.get().end())).isEqualTo("The premier");
        // the agency's name cleaned away with the credits; an agency written first
        assertThat(resolver.dateline("NANNING, Dec. 30 -- The region held …", Optional.of(LocalDate.of(2024, 1, 2)))
                .flatMap(DateResolver.Dateline::date)).contains(LocalDate.of(2023, 12, 30));
        assertThat(resolver.dateline("Xinhua News Agency, Beijing, January 20. On January 19, the premier …",
                Optional.of(LocalDate.of(2022, 1, 21))).flatMap(DateResolver.Dateline::date)).contains(LocalDate.of(2022, 1, 20));
        assertThat(resolver.dateline("On June 9, the county held a meeting.", Optional.of(LocalDate.of(2023, 6, 10)))).isEmpty();
        assertThat(resolver.dateline("Recently, Zhang Wei, Mayor of Jingzhou, met the delegation.", Optional.empty())).isEmpty();
    }

    @Test
    void knowsASentenceThatOpensWithItsDay() {
        assertThat(resolver.opensWithDate("On the afternoon of July 11, the vice governor inspected three schools.")).isTrue();
        assertThat(resolver.opensWithDate("From March 20 to 21, the vice governor led a team to Shangrao.")).isTrue();
        assertThat(resolver.opensWithDate("Yesterday, the mayor met the delegation.")).isTrue();
        assertThat(resolver.opensWithDate("Since the agreement was signed on 12 September 2021, the two sides …")).isFalse();
    }

    @Test
    void knowsASentenceThatGivesNoDay() {
        assertThat(resolver.withoutDay("Recently, the county held a meeting on school safety.")).isTrue();
        assertThat(resolver.withoutDay("A few days ago, the municipal government held a forum.")).isTrue();
        assertThat(resolver.withoutDay("On May 4, the county held a meeting on school safety.")).isFalse();
    }

    @Test
    void readsADayInWordsAfterThePagesDateLeftBeforeTheText() {
        assertThat(resolveWithoutPublicationDate("2019-09-10 On the afternoon of September 7, the celebration meeting was held.",
                OptionalInt.empty())).contains("2019-09-07");
        assertThat(resolve("2020-01-03 On December 30, the standing committee met.", LocalDate.of(2020, 1, 3)))
                .contains("2019-12-30");
        assertThat(resolveWithoutPublicationDate("2019-09-10, the celebration meeting was held.", OptionalInt.empty()))
                .contains("2019-09-10");
    }

    // --- the other ways this genre writes a day (issue 8) --------------------------------------------------

    @Test
    void readsLastWeekdayAndAWeekdayOfLastWeekBeforeTheReportsDay() {
        LocalDate tuesday = LocalDate.of(2024, 1, 9);
        assertThat(resolve("Last Tuesday, the county held a meeting on heating.", tuesday)).contains("2024-01-02");
        assertThat(resolve("On Tuesday, the county held a meeting on heating.", tuesday)).contains("2024-01-09");
        assertThat(resolve("On Thursday last week, the county held a meeting on heating.", tuesday)).contains("2024-01-04");
        assertThat(resolve("The county will hold a meeting on heating next Tuesday.", tuesday)).isEmpty();
    }

    @Test
    void givesNoDayForLastWeekAndOnlyTheMonthForEarlierThisMonth() {
        LocalDate published = LocalDate.of(2024, 3, 20);
        assertThat(resolve("Last week, the county held a meeting on heating.", published)).isEmpty();
        assertThat(resolver.withoutDay("Last week, the county held a meeting on heating.")).isTrue();
        assertThat(resolve("Earlier this month, the county held a meeting on heating.", published)).contains("2024-03");
        assertThat(resolve("At the end of last month, the county held a meeting on heating.", LocalDate.of(2024, 1, 3)))
                .contains("2023-12");
        assertThat(resolve("The county held a meeting, which asked for the repairs to be done by the end of this month.",
                published)).isEmpty();
    }

    @Test
    void takesThisOrLastMonthOnlyWhenItDatesTheMeetingItself() {
        LocalDate published = LocalDate.of(2024, 6, 13);
        assertThat(resolve("The city held a meeting on flood control to plan river inspections that start later this month.",
                published)).isEmpty();
        assertThat(resolve("The city held a meeting on flood control to study the rainfall measured last month.",
                published)).isEmpty();
        assertThat(resolve("A meeting on flood control was held last month in the city.", published)).contains("2024-05");
        assertThat(resolve("Last month, the city held a meeting on flood control.", published)).contains("2024-05");
    }

    @Test
    void takesTheFirstDayOfARangeWrittenDayFirstAndTheYearAfterARange() {
        assertThat(resolve("From 15 to 17 May, the provincial conference was held in Hefei.", LocalDate.of(2023, 5, 20)))
                .contains("2023-05-15");
        assertThat(resolve("The forum was held on May 15-17, 2022 in Hefei.", LocalDate.of(2023, 5, 20)))
                .contains("2022-05-15");
    }

    @Test
    void readsTheDayBeforeTheMonthWithOfAndAChineseStyleDate() {
        assertThat(resolve("On the 17th of April, the conference was held.", LocalDate.of(2023, 4, 20))).contains("2023-04-17");
        assertThat(resolve("On 2023-4-17, the conference was held.", LocalDate.of(2023, 4, 20))).contains("2023-04-17");
        assertThat(resolve("On 2023年4月17日, the conference was held.", LocalDate.of(2023, 4, 20))).contains("2023-04-17");
        assertThat(resolver.opensWithDate("On the 17th of April, the conference was held.")).isTrue();
    }

    @Test
    void anOpeningWeekdayOrYesterdayWithADayIsNoDateline() {
        Optional<LocalDate> published = Optional.of(LocalDate.of(2024, 5, 9));
        assertThat(resolver.dateline("On Wednesday, May 8 the mayor opened the trade fair.", published)).isEmpty();
        assertThat(resolver.dateline("Yesterday, May 8, Mayor Han Bo opened the trade fair.", published)).isEmpty();
        assertThat(resolver.dateline("HEFEI, May 8 The mayor opened the trade fair.", published)
                .flatMap(DateResolver.Dateline::date)).contains(LocalDate.of(2024, 5, 8));
    }

    @Test
    void readsADatelineWithAPapersNameADayFirstOrAnOrdinal() {
        Optional<LocalDate> published = Optional.of(LocalDate.of(2024, 10, 16));
        assertThat(resolver.dateline("Chinanews.com, Fuzhou, October 15 -- The governor met.", published)
                .flatMap(DateResolver.Dateline::date)).contains(LocalDate.of(2024, 10, 15));
        assertThat(resolver.dateline("FUZHOU, Oct. 15th (Xinhua) -- The governor met.", published)
                .flatMap(DateResolver.Dateline::date)).contains(LocalDate.of(2024, 10, 15));
        assertThat(resolver.dateline("Fuzhou, 15 October -- The governor met.", published)
                .flatMap(DateResolver.Dateline::date)).contains(LocalDate.of(2024, 10, 15));
        String text = "Riverside Daily, Fuzhou, October 15 (Reporter Lin) The governor met.";
        Optional<DateResolver.Dateline> d = resolver.dateline(text, published);
        assertThat(d.flatMap(DateResolver.Dateline::date)).contains(LocalDate.of(2024, 10, 15));
        assertThat(text.substring(d.get().end())).isEqualTo("The governor met.");
        // a dateline in a January report filed on December 30
        assertThat(resolver.dateline("Nanning, December 30 -- The region met.", Optional.of(LocalDate.of(2025, 1, 2)))
                .flatMap(DateResolver.Dateline::date)).contains(LocalDate.of(2024, 12, 30));
    }

    @Test
    void readsAnOrdinalBeforeANameOrANounAsANumberNotADay() {
        LocalDate published = LocalDate.of(2025, 3, 4);
        assertThat(resolve("The Third Session of the 12th Provincial People's Congress opened in the city on Monday.", published))
                .contains("2025-03-03");
        assertThat(resolve("Delegates to the opening of the 9th plenary session gathered on Monday.", published))
                .contains("2025-03-03");
        // a day of the month stays one
        assertThat(resolve("The forum closed on the afternoon of the 2nd.", published)).contains("2025-03-02");
        assertThat(resolve("It was held on the 2nd at the city hall.", published)).contains("2025-03-02");
    }

    @Test
    void prefersTheDayASentenceGivesItsEventOverTheSpanOfASessionOrAnInspection() {
        LocalDate published = LocalDate.of(2025, 9, 13);
        assertThat(resolve("The town congress, held from September 9 to 12, elected its chairman and closed on the afternoon "
                + "of the 12th.", published)).contains("2025-09-12");
        assertThat(resolve("The survey group, which toured the county from July 2 to August 1, briefed the county leaders "
                + "at a meeting on Thursday.", published)).contains("2025-09-11");
        assertThat(resolve("The delegation stayed in the city from 8 to 10 September and signed the agreement on 9 September.",
                published)).contains("2025-09-09");
        // without a day of its own the span still dates the meeting it held
        assertThat(resolve("The congress was held from September 9 to 12 in the county town.", published))
                .contains("2025-09-09");
    }

    @Test
    void readsNewYearsDayAsTheLastFirstOfJanuaryBeforeTheReport() {
        assertThat(resolve("On New Year's Day, the county committee visited retired teachers in Yulin.",
                LocalDate.of(2023, 1, 3))).contains("2023-01-01");
        assertThat(resolve("On the evening of New Year's Eve, the mayor inspected the railway station.",
                LocalDate.of(2023, 1, 2))).contains("2022-12-31");
        // a holiday named as a time limit, not the day of the event
        assertThat(resolve("The plan must be finished before New Year's Day.", LocalDate.of(2023, 1, 3))).isEmpty();
    }

    @Test
    void readsAWeekendAsItsMonthOnly() {
        // a Wednesday report: last weekend is the 8th and 9th
        assertThat(resolve("A forum on river basin protection was held in Luzhou last weekend.",
                LocalDate.of(2023, 4, 12))).contains("2023-04");
        assertThat(resolve("Over the weekend, the district held a job fair for graduates.",
                LocalDate.of(2023, 4, 10))).contains("2023-04");
        // a Saturday and a Sunday in two months: no month is sure
        assertThat(resolve("The seminar took place last weekend.", LocalDate.of(2023, 10, 3))).isEmpty();
        assertThat(resolve("The seminar will take place next weekend.", LocalDate.of(2023, 4, 12))).isEmpty();
    }
}
