package org.w3id.cadregraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.cadregraph.graph.CG;

/**
 * The scorer on tiny hand-made reports, one behaviour each. The expected counts were reasoned by hand and
 * checked with score.py on the same quads written as N-Quads.
 */
class ScorerTest {

    @Test
    void optionalOfficialIsNeitherRewardedNorPenalised() {
        String gold = """
                {"doc": "tiny.txt",
                 "officials": [
                   {"name": "Huai Jinpeng", "titles": [], "optional": false},
                   {"name": "Xi Jinping", "titles": ["General Secretary of the CPC Central Committee"], "optional": true}],
                 "meetings": [{"id": "m1", "label": "symposium", "date": null, "hostedBy": [],
                               "participants": [{"name": "Huai Jinpeng", "roles": []}]}],
                 "regions": []}
                """;
        TinyReport withXi = new TinyReport();
        Node huai = withXi.official("huai-jinpeng", "Huai Jinpeng");
        Node xi = withXi.official("xi-jinping", "Xi Jinping");
        withXi.title(xi, "xi", "Chairman of the Central Military Commission");
        Node m = withXi.meeting("m");
        withXi.add(huai, CG.attended, m).add(xi, CG.attended, m);

        EvalResult r = withXi.score(gold);

        assertThat(r.get(Measure.OFFICIALS)).isEqualTo(new Prf(1, 0, 0));
        assertThat(r.get(Measure.TITLES_STRICT)).isEqualTo(new Prf(0, 0, 0));
        assertThat(r.get(Measure.ATTENDED)).isEqualTo(new Prf(1, 0, 0));

        TinyReport withoutXi = new TinyReport();
        withoutXi.add(withoutXi.official("huai-jinpeng", "Huai Jinpeng"), CG.attended, withoutXi.meeting("m"));
        assertThat(withoutXi.score(gold).get(Measure.OFFICIALS)).isEqualTo(new Prf(1, 0, 0));
    }

    @Test
    void titleInAnotherOrganizationIsRightByRoleOnly() {
        String gold = """
                {"doc": "tiny.txt",
                 "officials": [
                   {"name": "Weng Tiehui", "titles": ["Vice Minister of the Ministry of Education",
                                                      "Member of the Party Group of the Ministry of Education"]},
                   {"name": "Shi Lan", "titles": ["Vice Governor"]}],
                 "meetings": [], "regions": []}
                """;
        TinyReport t = new TinyReport();
        Node weng = t.official("weng-tiehui", "Weng Tiehui");
        t.title(weng, "w1", "Deputy Minister of the Ministry of Education");
        t.title(weng, "w2", "Member of the Standing Committee of Guizhou Province");
        // a gold title without an organization is matched by role alone, even strictly
        t.add(t.official("shi-lan", "Shi Lan"), CG.holdsTitle,
                NodeFactory.createLiteralString("Vice Governor of Guizhou Province"));

        EvalResult r = t.score(gold);

        assertThat(r.get(Measure.TITLES_STRICT)).isEqualTo(new Prf(2, 1, 1));
        assertThat(r.get(Measure.TITLES_ROLE)).isEqualTo(new Prf(3, 0, 0));
        assertThat(r.details().get(0).titleErrors()).containsExactly(
                new DocDetails.TitleError("FP", "Weng Tiehui", "Member of the Standing Committee of Guizhou Province"),
                new DocDetails.TitleError("FN", "Weng Tiehui", "Member of the Party Group of the Ministry of Education"));
    }

    @Test
    void monthDateMatchesAGoldMonthOnly() {
        String gold = """
                {"doc": "tiny.txt",
                 "officials": [{"name": "Li Ming", "titles": []}, {"name": "Sun Li", "titles": []}],
                 "meetings": [
                   {"id": "m1", "label": "a", "date": "2023-04", "hostedBy": [],
                    "participants": [{"name": "Li Ming", "roles": []}]},
                   {"id": "m2", "label": "b", "date": "2023-04-18", "hostedBy": [],
                    "participants": [{"name": "Sun Li", "roles": []}]}],
                 "regions": []}
                """;
        TinyReport t = new TinyReport();
        Node li = t.official("li-ming", "Li Ming");
        Node sun = t.official("sun-li", "Sun Li");
        // listed the other way round: the meetings are aligned by their participants
        Node withSun = t.meeting("a");
        Node withLi = t.meeting("b");
        t.add(li, CG.attended, withLi).add(sun, CG.attended, withSun);
        t.date(withLi, "2023-04", XSDDatatype.XSDgYearMonth).date(withSun, "2023-04", XSDDatatype.XSDgYearMonth);

        EvalResult r = t.score(gold);

        assertThat(r.get(Measure.MEETINGS)).isEqualTo(new Prf(2, 0, 0));
        assertThat(r.get(Measure.ATTENDED)).isEqualTo(new Prf(2, 0, 0));
        assertThat(r.get(Measure.DATE)).isEqualTo(new Prf(1, 1, 1));
        assertThat(r.details().get(0).dateErrors()).containsExactly(new DocDetails.DateError("m2", "2023-04", "2023-04-18"));
    }

    @Test
    void hostMatchedByItsQidAloneIsRightButTheLinkIsNotFound() {
        String gold = """
                {"doc": "tiny.txt", "officials": [],
                 "meetings": [{"id": "m1", "label": "conference", "date": null, "hostedBy": ["Guizhou Province"],
                               "participants": []}],
                 "regions": [{"name": "Guizhou Province", "aliases": ["Guizhou"], "wikidata": "Q47097"}]}
                """;
        TinyReport t = new TinyReport();
        Node m = t.meeting("m");
        t.add(m, CG.hostedBy, t.region("gz", "贵州省", "Q47097"));

        EvalResult r = t.score(gold);

        assertThat(r.get(Measure.HOSTED_BY)).isEqualTo(new Prf(1, 0, 0));
        // the Wikidata measure looks the gold region up by name, and no predicted region has it
        assertThat(r.get(Measure.WIKIDATA)).isEqualTo(new Prf(0, 0, 1));
    }

    @Test
    void regionFoundByNameWithAnotherQidIsAWrongLink() {
        String gold = """
                {"doc": "tiny.txt", "officials": [], "meetings": [],
                 "regions": [{"name": "Guangxi Zhuang Autonomous Region", "aliases": ["Guangxi"], "wikidata": "Q15176"},
                             {"name": "Guangdong Province", "aliases": [], "wikidata": "Q15175"}]}
                """;
        TinyReport t = new TinyReport();
        t.region("gx", "Guangxi", "Q15175");
        t.add(t.region("gd", "Guangdong", null), RDFS.Nodes.label, NodeFactory.createLiteralLang("广东", "zh"));
        t.dataset.add(NodeFactory.createURI("urn:x:other"), NodeFactory.createURI("http://www.wikidata.org/entity/Q15175"),
                org.apache.jena.vocabulary.OWL.sameAs.asNode(), TinyReport.iri("region/gd"));

        EvalResult r = t.score(gold);

        assertThat(r.get(Measure.WIKIDATA)).isEqualTo(new Prf(1, 1, 1));
    }

    @Test
    void reportWithoutAGraphMissesEverything() {
        String gold = """
                {"doc": "other.txt",
                 "officials": [{"name": "Li Ming", "titles": ["Mayor of Nanchang"]}],
                 "meetings": [{"id": "m1", "date": "2024-01-02", "hostedBy": ["Nanchang"],
                               "participants": [{"name": "Li Ming", "roles": ["spoke"]}]}],
                 "regions": [{"name": "Jiangxi", "wikidata": "Q57052"}]}
                """;

        EvalResult r = new TinyReport().score(gold);

        assertThat(r.reportsWithoutGraph()).isEqualTo(1);
        for (Measure m : Measure.values()) {
            assertThat(r.get(m)).as(m.key()).isEqualTo(new Prf(0, 0, 1));
        }
    }
}
