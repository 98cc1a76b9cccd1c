package org.w3id.cadregraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.irix.IRIs;
import org.junit.jupiter.api.Test;

class IrisTest {
    private static final String ID = Iris.DATA;

    @Test
    void mintsTheSameIriForTheSameNameEveryTime() {
        assertThat(Iris.official("Huai Jinpeng")).isEqualTo(Iris.official("Huai Jinpeng"));
        assertThat(Iris.official("Huai Jinpeng").getURI()).isEqualTo(ID + "official/huai-jinpeng");
    }

    @Test
    void mintsDifferentIrisForDifferentNames() {
        assertThat(Iris.official("Huai Jinpeng")).isNotEqualTo(Iris.official("Zheng Limin"));
    }

    @Test
    void namesEachReportsGraphReportAndExtractionByTheReportId() {
        assertThat(Iris.graph("000_f3765536").getURI()).isEqualTo(ID + "graph/000-f3765536");
        assertThat(Iris.report("000_f3765536").getURI()).isEqualTo(ID + "report/000-f3765536");
        assertThat(Iris.extraction("000_f3765536").getURI()).isEqualTo(ID + "extraction/000-f3765536");
    }

    @Test
    void slugsAreLowerCaseAsciiWordsJoinedByHyphens() {
        assertThat(Iris.slug("Deputy Director-General (Acting)")).isEqualTo("deputy-director-general-acting");
        assertThat(Iris.slug("  --Liuzhou--  ")).isEqualTo("liuzhou");
        assertThat(Iris.slug("People's Republic of China")).isEqualTo("people-s-republic-of-china");
    }

    @Test
    void slugsDropAccents() {
        assertThat(Iris.slug("Lü Yuying")).isEqualTo("lu-yuying");
        assertThat(Iris.slug("Café Müller")).isEqualTo("cafe-muller");
    }

    @Test
    void slugsOfTextWithoutLatinLettersAreAHash() {
        String slug = Iris.slug("怀进鹏");

        assertThat(slug).matches("[0-9a-f]{10}").isEqualTo(Iris.slug("怀进鹏")).isNotEqualTo(Iris.slug("郑立民"));
    }

    @Test
    void longSlugsAreCutAndKeptApartByAHash() {
        String a = "Leading Group for the Implementation of the Plan for Vocational Education Reform of Guangxi Zhuang "
                + "Autonomous Region in Liuzhou";
        String b = a.replace("Liuzhou", "Nanning");

        assertThat(Iris.slug(a)).hasSizeLessThanOrEqualTo(81).startsWith("leading-group-for-the-implementation")
                .doesNotEndWith("-liuzhou");
        assertThat(Iris.slug(a)).isNotEqualTo(Iris.slug(b));
    }

    @Test
    void titlesAreIdentifiedByReportOfficialAndLabelInAnyCase() {
        Node t = Iris.title("r1", "Huai Jinpeng", "Minister of Education");

        assertThat(t).isEqualTo(Iris.title("r1", "Huai Jinpeng", "minister of education"));
        assertThat(t.getURI()).startsWith(ID + "title/r1/huai-jinpeng-").matches(".*-[0-9a-f]{10}");
        assertThat(t).isNotEqualTo(Iris.title("r1", "Huai Jinpeng", "Secretary of the Party Group"))
                .isNotEqualTo(Iris.title("r2", "Huai Jinpeng", "Minister of Education"));
    }

    @Test
    void qualifiesAnOrganizationByItsRegionWhenTheNameDoesNotSayIt() {
        assertThat(Iris.organization("Municipal Education Bureau", "liuzhou").getURI())
                .isEqualTo(ID + "org/municipal-education-bureau--liuzhou");
        assertThat(Iris.organization("Municipal Education Bureau", "nanning"))
                .isNotEqualTo(Iris.organization("Municipal Education Bureau", "liuzhou"));
    }

    @Test
    void doesNotQualifyAnOrganizationWhoseNameSaysTheRegion() {
        assertThat(Iris.organization("Liuzhou Municipal Education Bureau", "liuzhou").getURI())
                .isEqualTo(ID + "org/liuzhou-municipal-education-bureau");
        assertThat(Iris.organization("Ministry of Education", "").getURI()).isEqualTo(ID + "org/ministry-of-education");
    }

    @Test
    void qualifiesAnOrganizationWhoseNameOnlyContainsTheRegionIdInsideAnotherWord() {
        // "changzhou" contains "hangzhou", but a Changzhou bureau does not say it is in Hangzhou
        assertThat(Iris.organization("Changzhou Education Bureau", "hangzhou").getURI())
                .isEqualTo(ID + "org/changzhou-education-bureau--hangzhou");
        assertThat(Iris.organization("Jianshe Road Primary School", "jian").getURI())
                .isEqualTo(ID + "org/jianshe-road-primary-school--jian");
    }

    @Test
    void namesMeetingsEvidenceAndAssertionsWithinTheirReport() {
        assertThat(Iris.meeting("R 1", "m1").getURI()).isEqualTo(ID + "meeting/r-1/m1");
        assertThat(Iris.evidence("R 1", 3).getURI()).isEqualTo(ID + "evidence/r-1/s3");
        Node s = Iris.official("Huai Jinpeng");
        Node p = CG.holdsTitle;
        Node o = Iris.title("r1", "Huai Jinpeng", "Minister of Education");
        assertThat(Iris.assertion("r1", s, p, o)).isEqualTo(Iris.assertion("r1", s, p, o))
                .isNotEqualTo(Iris.assertion("r2", s, p, o))
                .isNotEqualTo(Iris.assertion("r1", o, p, s));
    }

    @Test
    void pointsRegionsAndWikidataAtTheirIds() {
        assertThat(Iris.region("guangxi").getURI()).isEqualTo(ID + "region/guangxi");
        assertThat(Iris.wikidata("Q15176").getURI()).isEqualTo("http://www.wikidata.org/entity/Q15176");
    }

    @Test
    void mintsOnlyValidAbsoluteIrisNeverBlankNodes() {
        Node s = Iris.official("Huai Jinpeng");
        List<Node> nodes = List.of(Iris.graph("r 1"), Iris.report("报告"), Iris.extraction("r1"), s,
                Iris.official("怀进鹏"), Iris.official("O'Neil, Jr."), Iris.title("r1", "Huai Jinpeng", "Minister"),
                Iris.role("Deputy Director"), Iris.organization("Ministry of Education", "china"), Iris.region("china"),
                Iris.meeting("r1", "m1"), Iris.evidence("r1", 0), Iris.assertion("r1", s, s, s), Iris.software(),
                Iris.wikidata("Q148"));

        assertThat(nodes).allSatisfy(n -> {
            assertThat(n.isURI()).as("%s is an IRI", n).isTrue();
            assertThat(n.isBlank()).isFalse();
            assertThat(IRIs.check(n.getURI())).as("%s is a valid IRI", n).isTrue();
        });
    }
}
