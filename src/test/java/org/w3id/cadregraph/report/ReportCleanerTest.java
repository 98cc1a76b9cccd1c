package org.w3id.cadregraph.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** ReportCleaner, with MojibakeRepair and PublicationDateFinder behind it. */
class ReportCleanerTest {
    private static final String HEADLINE = "Ministers meet in Beijing";
    private static final String BODY = "On July 11, Huai Jinpeng met the delegation from Guangxi in Beijing.";

    private final ReportCleaner cleaner = new ReportCleaner();

    private Report clean(String... lines) throws BadReportException {
        return cleaner.clean(new RawReport(Path.of("r1.txt"), "00", "", String.join("\n", lines)));
    }

    @Test
    void dropsTheSiteNameGluedToTheHeadline() throws Exception {
        Report r = clean("Provincial congress elects its chairmen_Riverbank News Network", "Published: 2024-01-22", BODY);

        assertThat(r.title()).isEqualTo("Provincial congress elects its chairmen");
        assertThat(clean("Provincial congress elects its chairmen | Lakeside Daily", BODY).title())
                .isEqualTo("Provincial congress elects its chairmen");
    }

    @Test
    void takesTheHeadlineAfterThePagesDateStampNotTheStamp() throws Exception {
        Report r = clean("07.03.2024 | Politics | Riverside Daily", "", "Governor joins the deliberation of the delegation",
                BODY);

        assertThat(r.title()).isEqualTo("Governor joins the deliberation of the delegation");
        assertThat(ReportCleaner.isDatedStamp("2024-05-10 08:15 / Home / News")).isTrue();
        assertThat(ReportCleaner.isDatedStamp("2024-05-10 marks a new start for the county")).isFalse();
    }

    @Test
    void keepsAHeadlineWhoseLastWordsOnlyLookLikeASiteName() throws Exception {
        assertThat(clean("Teachers discuss rural news", BODY).title()).isEqualTo("Teachers discuss rural news");
    }

    // --- publication date -------------------------------------------------------------------------------

    @Test
    void repairsGbkMojibakeInALabelledDateAndFindsThePublicationDate() throws Exception {
        Report r = clean(HEADLINE, "Release time£º2024.01.22", BODY);

        assertThat(r.published()).contains(LocalDate.of(2024, 1, 22));
        assertThat(r.pageContext()).contains("Release time:2024.01.22").doesNotContain("£º");
    }

    @Test
    void readsTheDotInsideAUyghurNameAsASpaceButLeavesOtherDots() throws Exception {
        Report r = clean(HEADLINE, "Aygul·Tursun, vice chairwoman of the regional congress, and Li Ping attended. "
                + "Seats · Rostrum · 2024 were kept.");
        assertThat(r.text()).contains("Aygul Tursun, vice chairwoman").contains("Seats · Rostrum · 2024");
    }

    @Test
    void readsASpacedDotBetweenTheTwoWordsOfANameAsASpace() throws Exception {
        Report r = clean(HEADLINE, "Members of the presidium Aygul · Tursun, Ma Lin and Erkin · Sabit took seats on the "
                + "rostrum. Seats · Rostrum · Podium were kept.");
        assertThat(r.text()).contains("Members of the presidium Aygul Tursun, Ma Lin and Erkin Sabit took seats")
                .contains("Seats · Rostrum · Podium");
    }

    @Test
    void findsAPageDateWithTheYearLastOrAnOrdinalDay() throws Exception {
        assertThat(clean(HEADLINE, "Published: 17/04/2023", BODY).published()).contains(LocalDate.of(2023, 4, 17));
        assertThat(clean(HEADLINE, "Updated: 04/17/2023 08:30", BODY).published()).contains(LocalDate.of(2023, 4, 17));
        assertThat(clean(HEADLINE, "17.04.2023", BODY).published()).contains(LocalDate.of(2023, 4, 17));
        assertThat(clean(HEADLINE, "17th April 2023", BODY).published()).contains(LocalDate.of(2023, 4, 17));
        // "05/04/2023" is the 5th of April or the 4th of May: not guessed
        assertThat(clean(HEADLINE, "Published: 05/04/2023", BODY).published()).isEmpty();
    }

    @Test
    void findsANumericDateLabelledTime() throws Exception {
        assertThat(clean(HEADLINE, "Time:2022.07.11", BODY).published()).contains(LocalDate.of(2022, 7, 11));
    }

    @Test
    void findsAWrittenDateLabelledReleaseDate() throws Exception {
        assertThat(clean(HEADLINE, "Release Date: March 10, 2023", BODY).published())
                .contains(LocalDate.of(2023, 3, 10));
    }

    @Test
    void findsAnUpdatedDateWithATime() throws Exception {
        assertThat(clean(HEADLINE, "Updated: September 11, 2019 07:37", BODY).published())
                .contains(LocalDate.of(2019, 9, 11));
    }

    @Test
    void findsAHeaderLineThatIsOnlyADateAndTime() throws Exception {
        assertThat(clean(HEADLINE, "2018-02-05 10:20", BODY).published()).contains(LocalDate.of(2018, 2, 5));
    }

    @Test
    void findsALabelledDateInPageChromeAfterTheArticle() throws Exception {
        Report r = clean(HEADLINE, BODY, "Release time: 2021-06-30 Number of visits: 35");

        assertThat(r.published()).contains(LocalDate.of(2021, 6, 30));
    }

    @Test
    void doesNotTakeADateInTheArticleBodyAsThePublicationDate() throws Exception {
        Report r = clean(HEADLINE, "On January 19th, 2024, the conference was held in Nanning and many officials attended.");

        assertThat(r.published()).isEmpty();
        assertThat(r.text()).startsWith("On January 19th, 2024, the conference was held");
    }

    @Test
    void prefersTheHeaderDateToADateInTheBody() throws Exception {
        Report r = clean(HEADLINE, "Time:2024.01.22",
                "On January 19th, 2024, the conference was held in Nanning and many officials attended.");

        assertThat(r.published()).contains(LocalDate.of(2024, 1, 22));
    }

    @Test
    void ignoresAnImpossibleDate() throws Exception {
        assertThat(clean(HEADLINE, "Time:2022.13.45", BODY).published()).isEmpty();
    }

    // --- end of article, chrome and credits -----------------------------------------------------------

    @Test
    void dropsEverythingAfterTheEndMark() throws Exception {
        Report r = clean(HEADLINE, BODY, "- END -",
                "Related: Zhang Wei inspected the flood defences of Liuzhou on the same day.");

        assertThat(r.text()).isEqualTo(BODY);
        assertThat(r.pageContext()).doesNotContain("Zhang Wei");
    }

    @Test
    void dropsRelatedNewsGluedOnAfterTheArticle() throws Exception {
        Report r = clean(HEADLINE, BODY, "Related news",
                "Zhang Wei inspected the flood defences of Liuzhou on the same day.");

        assertThat(r.text()).isEqualTo(BODY);
    }

    @Test
    void dropsALinkedHeadlineOpeningWithABracketedLabelHoweverLong() throws Exception {
        Report r = clean(HEADLINE, BODY, "Responsible editor: Han Mei",
                "【Related】 Jiang Rui, director of the provincial agriculture department, attended the provincial spring "
                        + "farming meeting and stressed that the seeds must reach every village before the rains.");

        assertThat(r.text()).isEqualTo(BODY);
        assertThat(r.text()).doesNotContain("Jiang Rui");
    }

    @Test
    void dropsTheListOfOtherArticlesAfterAHeadingOfLinks() throws Exception {
        Report mostRead = clean(HEADLINE, BODY, "Most read", "Farmers finish the wheat harvest early",
                "Lantern festival events held in many towns");
        Report alsoInTheNews = clean(HEADLINE, BODY, "Also in the news", "Hexi launches its grain purchase",
                "HEXI -- The county grain bureau held a mobilization meeting on Thursday. Director Ma Lin spoke.");
        Report labelled = clean(HEADLINE, BODY, "Hot topics: Hexi marathon opens; new bus lines for the holiday");

        assertThat(mostRead.text()).isEqualTo(BODY);
        assertThat(alsoInTheNews.text()).isEqualTo(BODY);
        assertThat(labelled.text()).isEqualTo(BODY);
    }

    @Test
    void keepsLinesThatOnlyShareAWordWithAHeadingOfLinks() throws Exception {
        String alsoOnFriday = "Also on Friday, Vice Governor Kong Wei attended the tree planting ceremony.";
        Report r = clean(HEADLINE, BODY, "The news", alsoOnFriday, "More on this: the bureau will report in May.");

        assertThat(r.text()).contains(alsoOnFriday, "the bureau will report in May");
        assertThat(ReportCleaner.isLinkListHeading("Most read")).isTrue();
        assertThat(ReportCleaner.isLinkListHeading("Editor’s picks")).isTrue();
        assertThat(ReportCleaner.isLinkListHeading("Most of the delegates read the report")).isFalse();
        assertThat(ReportCleaner.isLinkListHeading("Other")).isFalse();
    }

    @Test
    void aSixWordHeadingOfLinksEndsTheArticle() throws Exception {
        Report r = clean(HEADLINE, BODY, "Top stories on the site today", "Hexi County holds forum on rural teachers");

        assertThat(r.text()).isEqualTo(BODY);
        assertThat(ReportCleaner.isLinkListHeading("Most read stories of the week")).isTrue();
    }

    @Test
    void aHeadingOfOtherNewsOverADatedParagraphKeepsTheArticleGoing() throws Exception {
        String later = "On May 9, the county seminar on rural libraries was held. Vice Mayor Kong Wei presided over it.";
        Report r = clean(HEADLINE, BODY, "Other news:", later, "Most read", "Hexi County holds forum on rural teachers");

        assertThat(r.text()).contains(BODY, later).doesNotContain("Other news", "Hexi County");
        assertThat(clean(HEADLINE, BODY, "Other news:", "Hexi County holds forum on rural teachers").text()).isEqualTo(BODY);
    }

    @Test
    void keepsAParagraphOpeningWithAGenericBracketedWord() throws Exception {
        String next = "[Next] steps were discussed by Vice Governor Kong Wei, who spoke at the meeting.";
        Report r = clean(HEADLINE, BODY, next, "Vice Governor Shi Lan attended.");

        assertThat(r.text()).contains("Kong Wei", "Shi Lan");
        assertThat(clean(HEADLINE, BODY, "[Latest] figures were given by the bureau at the meeting.").text()).contains("figures");
        assertThat(clean(HEADLINE, BODY, "[See also] Shi Lan inspected the dam.").text()).isEqualTo(BODY);
    }

    @Test
    void keepsBreadcrumbsOutOfTheText() throws Exception {
        Report r = clean("Home » News » Education", HEADLINE, BODY);

        assertThat(r.text()).isEqualTo(BODY);
        assertThat(r.title()).isEqualTo(HEADLINE);
    }

    @Test
    void aSiteGreetingIsNotTheHeadline() throws Exception {
        Report r = clean("Welcome to the official website of the Jiangnan Teaching Fair 2025!  Set as homepage | Bookmark us",
                HEADLINE, BODY);
        Report portal = clean("Welcome to Lakeside Education Portal", HEADLINE, BODY);

        assertThat(r.title()).isEqualTo(HEADLINE);
        assertThat(portal.title()).isEqualTo(HEADLINE);
        assertThat(clean("Welcome to the new term: schools reopen", BODY).title()).isEqualTo("Welcome to the new term: schools reopen");
    }

    @Test
    void keepsCommentBoxesAndVisitCountersOutOfTheText() throws Exception {
        Report r = clean(HEADLINE, BODY, "Leave a Comment", "Number of visits: 1024",
                "Both sides signed a cooperation agreement on vocational education.");

        assertThat(r.text()).isEqualTo(BODY + "\nBoth sides signed a cooperation agreement on vocational education.");
    }

    @Test
    void keepsCreditsOutOfTheText() throws Exception {
        Report r = clean(HEADLINE, BODY, "Photography | Zhang San", "Text by Li Si", "Website Auditor: Wang Wu",
                "Both sides signed a cooperation agreement on vocational education.");

        assertThat(r.text()).doesNotContain("Zhang San", "Li Si", "Wang Wu")
                .contains("Both sides signed a cooperation agreement");
        assertThat(r.pageContext()).contains("Photography | Zhang San", "Text by Li Si", "Website Auditor: Wang Wu");
    }

    @Test
    void keepsCopyrightLinesOutOfTheText() throws Exception {
        Report r = clean(HEADLINE, BODY, "Copyright © 2024 Department of Education of Guangxi. All rights reserved.");

        assertThat(r.text()).isEqualTo(BODY);
    }

    @Test
    void removesAnInlineBylineAtTheStartOfALine() throws Exception {
        Report r = clean(HEADLINE,
                "(Reporter Ou Jin Special Correspondent Qin Ou) On July 11, the forum opened in Liuzhou with many guests.");

        assertThat(r.text()).isEqualTo("On July 11, the forum opened in Liuzhou with many guests.");
    }

    @Test
    void removesAnInlineBylineInsideALine() throws Exception {
        Report r = clean(HEADLINE,
                "On July 11 (Reporter Ou Jin Special Correspondent Qin Ou), the forum opened in Liuzhou with many guests.");

        assertThat(r.text()).isEqualTo("On July 11, the forum opened in Liuzhou with many guests.");
    }

    @Test
    void keepsABracketThatIsNoByline() throws Exception {
        Report r = clean(HEADLINE, "Huai Jinpeng (Minister of Education) met the delegation from Guangxi in Beijing.");

        assertThat(r.text()).isEqualTo("Huai Jinpeng (Minister of Education) met the delegation from Guangxi in Beijing.");
    }

    // --- headline -------------------------------------------------------------------------------------

    @Test
    void takesTheFirstShortLineAsTheHeadline() throws Exception {
        Report r = clean(HEADLINE, BODY);

        assertThat(r.title()).isEqualTo(HEADLINE);
        assertThat(r.text()).isEqualTo(BODY);
    }

    @Test
    void keepsARepeatedHeadlineOnce() throws Exception {
        Report r = clean(HEADLINE, HEADLINE, BODY, HEADLINE);

        String everything = r.title() + "\n" + r.text() + "\n" + r.pageContext();
        assertThat(everything.split(HEADLINE, -1)).hasSize(2);
    }

    @Test
    void keepsTheWebPageTitleAsTheHeadline() throws Exception {
        Report r = cleaner.clean(new RawReport(Path.of("r1.html"), "00", " Ministers meet ", BODY));

        assertThat(r.title()).isEqualTo("Ministers meet");
        assertThat(r.id()).isEqualTo("r1-00");
    }

    @Test
    void keepsTheLinesOfAReportWithoutProse() throws Exception {
        Report r = clean("Huai Jinpeng meets Guangxi delegation", "Nanning talks on vocational schools");

        assertThat(r.text()).isEqualTo("Nanning talks on vocational schools");
    }

    @Test
    void rejectsAPageThatIsAllChrome() {
        assertThatThrownBy(() -> clean("Home » News", "Leave a Comment", "2018-02-05 10:20"))
                .isInstanceOf(BadReportException.class)
                .hasMessageContaining("no article text");
    }

    // --- mojibake and normalisation -------------------------------------------------------------------

    @Test
    void repairsALongerRunOfGbkMojibake() throws Exception {
        Report r = clean(HEADLINE, "Language: ¼òÌåÖÐÎÄ", BODY);

        assertThat(r.pageContext()).contains("Language: 简体中文");
    }

    @Test
    void repairsMojibakePunctuationBetweenLetters() throws Exception {
        Report r = clean(HEADLINE, "Source£ºXinhua", BODY);

        assertThat(r.pageContext()).contains("Source:Xinhua");
    }

    @Test
    void leavesRealAccentedLatinTextAlone() throws Exception {
        Report r = clean(HEADLINE, "The chef of café Müller, a restaurant in Nanning, served lunch to the guests.");

        assertThat(r.text()).isEqualTo("The chef of café Müller, a restaurant in Nanning, served lunch to the guests.");
    }

    @Test
    void leavesAdjacentAccentedLettersInAWordAlone() throws Exception {
        // "çã" are the bytes E7 E3, which GBK would read as one ideograph.
        Report r = clean(HEADLINE, "A letter from the Associação Comercial de Macau was read out to the guests.");

        assertThat(r.text()).isEqualTo("A letter from the Associação Comercial de Macau was read out to the guests.");
    }

    @Test
    void normalisesFullWidthCharactersAndNonBreakingSpaces() throws Exception {
        Report r = clean(HEADLINE, "On July 11,\u00A0Huai Jinpeng met the ＬＶＴＣ delegation in Beijing.");

        assertThat(r.text()).isEqualTo("On July 11, Huai Jinpeng met the LVTC delegation in Beijing.");
    }

    @Test
    void keepsSentencesThatOnlyMentionCopyrightOrStartLikeChrome() throws Exception {
        String copyright = "Zhang Li, Director of the Provincial Copyright Bureau, delivered a speech on copyright protection.";
        String home = "Home visits by teachers were discussed at the meeting, which Wang Fang chaired on Friday.";
        Report r = clean(HEADLINE, BODY, copyright, home);

        assertThat(r.text()).isEqualTo(String.join("\n", BODY, copyright, home));
    }

    @Test
    void readsThePublicationDateFromACreditLineAfterTheArticle() throws Exception {
        Report r = clean(HEADLINE, BODY, "2022-08-03 | Editor: Dawa | Source: Lakeside Daily", "More news");

        assertThat(r.published()).contains(LocalDate.of(2022, 8, 3));
        assertThat(r.text()).doesNotContain("Dawa");
        // a date in a sentence of the article is not a credit line
        assertThat(clean(HEADLINE, BODY, "2022-08-03 was the day the fair opened, the source said.").published()).isEmpty();
    }

    @Test
    void readsADottedDateDayFirst() throws Exception {
        assertThat(clean("05.04.2023 | World | Agency", HEADLINE, BODY).published()).contains(LocalDate.of(2023, 4, 5));
        // the slash leaves the order open
        assertThat(clean(HEADLINE, "Published: 05/04/2023", BODY).published()).isEmpty();
    }

    @Test
    void readsACompactDateUnderALabelOrBeforeAClockTime() throws Exception {
        assertThat(clean("Posted: 20210914   Source: County News", HEADLINE, BODY).published())
                .contains(LocalDate.of(2021, 9, 14));
        assertThat(clean("20210914 16:05   County News", HEADLINE, BODY).published()).contains(LocalDate.of(2021, 9, 14));
        // eight digits alone are a number, not a date
        assertThat(clean("Serial 20210914", HEADLINE, BODY).published()).isEmpty();
    }

    @Test
    void readsTheDateInThePagesOwnPrintedAddressButNotInLinksToOtherPages() throws Exception {
        assertThat(clean("Link: http://www.example.gov.cn/news/202108/t20210817_4471.html  [Print]", HEADLINE, BODY)
                .published()).contains(LocalDate.of(2021, 8, 17));
        assertThat(clean("Previous: http://www.example.gov.cn/news/202108/t20210802_4410.html", HEADLINE, BODY)
                .published()).isEmpty();
    }
}
