package org.w3id.cadregraph.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Structural checks of the offline gazetteer resources ({@code regions.tsv} and
 * {@code bodies.tsv}). Uses plain Java only, no project classes.
 */
class GazetteerFileTest {

    private static final String BASE = "/org/w3id/cadregraph/gazetteer/";
    private static final String REGIONS_HEADER = "id\tlevel\tname\taliases\tzh\tcode\tparent\tqid";
    private static final String BODIES_HEADER = "id\tname\taliases\tzh\tregion\tqid";
    private static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final Pattern CODE = Pattern.compile("^\\d{2}( \\d{2})?$");
    private static final Pattern QID = Pattern.compile("^Q[1-9]\\d*$");
    private static final Set<String> LEVELS = Set.of("country", "province", "city");

    /** The 31 mainland provincial-level divisions and their authoritative QIDs. */
    private static final Map<String, String> MAINLAND = Map.ofEntries(
            Map.entry("anhui", "Q40956"), Map.entry("beijing", "Q956"),
            Map.entry("chongqing", "Q11725"), Map.entry("fujian", "Q41705"),
            Map.entry("guangdong", "Q15175"), Map.entry("gansu", "Q42392"),
            Map.entry("guangxi", "Q15176"), Map.entry("guizhou", "Q47097"),
            Map.entry("henan", "Q43684"), Map.entry("hubei", "Q46862"),
            Map.entry("hebei", "Q21208"), Map.entry("hainan", "Q42200"),
            Map.entry("heilongjiang", "Q19206"), Map.entry("hunan", "Q45761"),
            Map.entry("jilin", "Q45208"), Map.entry("jiangsu", "Q16963"),
            Map.entry("jiangxi", "Q57052"), Map.entry("liaoning", "Q43934"),
            Map.entry("inner-mongolia", "Q41079"), Map.entry("ningxia", "Q57448"),
            Map.entry("qinghai", "Q45833"), Map.entry("sichuan", "Q19770"),
            Map.entry("shandong", "Q43407"), Map.entry("shanghai", "Q8686"),
            Map.entry("shaanxi", "Q47974"), Map.entry("shanxi", "Q46913"),
            Map.entry("tianjin", "Q11736"), Map.entry("xinjiang", "Q34800"),
            Map.entry("xizang", "Q17269"), Map.entry("yunnan", "Q43194"),
            Map.entry("zhejiang", "Q16967"));

    /** One data line of a TSV file. */
    record Row(int line, String[] cells) {
        String get(int i) {
            return i < cells.length ? cells[i] : "";
        }

        String where() {
            return "line " + line + " [" + (cells.length > 0 ? cells[0] : "") + "]";
        }
    }

    /** A parsed TSV resource: its comment lines, header line and data rows. */
    record Tsv(List<String> comments, String header, int headerLine, List<Row> rows) {
    }

    private static Tsv regions;
    private static Tsv bodies;

    @BeforeAll
    static void load() throws IOException {
        regions = read("regions.tsv");
        bodies = read("bodies.tsv");
    }

    private static Tsv read(String file) throws IOException {
        List<String> comments = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        String header = null;
        int headerLine = -1;
        try (InputStream in = GazetteerFileTest.class.getResourceAsStream(BASE + file)) {
            assertThat(in).as("classpath resource %s%s", BASE, file).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String text;
            int n = 0;
            while ((text = reader.readLine()) != null) {
                n++;
                if (text.startsWith("#")) {
                    comments.add(text);
                } else if (header == null) {
                    header = text;
                    headerLine = n;
                } else if (!text.isEmpty()) {
                    rows.add(new Row(n, text.split("\t", -1)));
                }
            }
        }
        return new Tsv(comments, header, headerLine, rows);
    }

    /** Lower-cases, strips diacritics and apostrophes, and collapses punctuation to single spaces. */
    static String normalise(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        t = t.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
        return t.replaceAll("[^a-z0-9]+", " ").trim();
    }

    private static Set<String> forms(Row r, int nameCol, int aliasCol) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(normalise(r.get(nameCol)));
        if (!r.get(aliasCol).isEmpty()) {
            for (String alias : r.get(aliasCol).split("\\|", -1)) {
                forms.add(normalise(alias));
            }
        }
        return forms;
    }

    @Test
    void headersAreExactAndCommentsDocumentTheCompilation() {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(regions.header()).as("regions.tsv header row").isEqualTo(REGIONS_HEADER);
        soft.assertThat(bodies.header()).as("bodies.tsv header row").isEqualTo(BODIES_HEADER);
        for (Tsv tsv : List.of(regions, bodies)) {
            String comments = String.join("\n", tsv.comments());
            soft.assertThat(comments).as("comment header of %s", tsv.header())
                    .contains("2026-11-21").contains("SOURCES").contains("VERIFICATION RULE").contains("COLUMNS");
        }
        soft.assertAll();
    }

    @Test
    void everyRowHasTheRightNumberOfColumns() {
        SoftAssertions soft = new SoftAssertions();
        int regionCols = REGIONS_HEADER.split("\t").length;
        int bodyCols = BODIES_HEADER.split("\t").length;
        for (Row r : regions.rows()) {
            soft.assertThat(r.cells()).as("regions.tsv %s column count", r.where()).hasSize(regionCols);
        }
        for (Row r : bodies.rows()) {
            soft.assertThat(r.cells()).as("bodies.tsv %s column count", r.where()).hasSize(bodyCols);
        }
        soft.assertAll();
    }

    @Test
    void idsAreUniqueSlugsAndRequiredFieldsArePresent() {
        SoftAssertions soft = new SoftAssertions();
        Set<String> seen = new LinkedHashSet<>();
        for (Row r : regions.rows()) {
            soft.assertThat(r.get(0)).as("regions.tsv %s id", r.where()).matches(ID);
            soft.assertThat(seen.add(r.get(0))).as("regions.tsv %s id is unique", r.where()).isTrue();
            soft.assertThat(r.get(2)).as("regions.tsv %s name", r.where()).isNotBlank();
            soft.assertThat(r.get(4)).as("regions.tsv %s zh", r.where()).isNotBlank();
        }
        Set<String> bodyIds = new LinkedHashSet<>();
        for (Row r : bodies.rows()) {
            soft.assertThat(r.get(0)).as("bodies.tsv %s id", r.where()).matches(ID);
            soft.assertThat(bodyIds.add(r.get(0))).as("bodies.tsv %s id is unique", r.where()).isTrue();
            soft.assertThat(r.get(1)).as("bodies.tsv %s name", r.where()).isNotBlank();
            soft.assertThat(r.get(3)).as("bodies.tsv %s zh", r.where()).isNotBlank();
        }
        soft.assertAll();
    }

    @Test
    void levelsParentsAndCodesAreConsistent() {
        Map<String, Row> byId = new HashMap<>();
        regions.rows().forEach(r -> byId.put(r.get(0), r));
        SoftAssertions soft = new SoftAssertions();
        int countries = 0;
        for (Row r : regions.rows()) {
            String level = r.get(1);
            String code = r.get(5);
            String parentId = r.get(6);
            soft.assertThat(LEVELS).as("regions.tsv %s level '%s'", r.where(), level).contains(level);
            if (!code.isEmpty()) {
                soft.assertThat(code).as("regions.tsv %s code", r.where()).matches(CODE);
            }
            switch (level) {
                case "country" -> {
                    countries++;
                    soft.assertThat(parentId).as("regions.tsv %s country has no parent", r.where()).isEmpty();
                }
                case "province" -> {
                    soft.assertThat(parentId).as("regions.tsv %s province parent", r.where()).isEqualTo("china");
                    soft.assertThat(code).as("regions.tsv %s province code", r.where()).matches("^\\d{2}$");
                }
                case "city" -> {
                    Row parent = byId.get(parentId);
                    soft.assertThat(parent).as("regions.tsv %s parent '%s' exists", r.where(), parentId).isNotNull();
                    if (parent != null) {
                        soft.assertThat(parent.get(1)).as("regions.tsv %s parent '%s' is a province", r.where(), parentId)
                                .isEqualTo("province");
                        soft.assertThat(code).as("regions.tsv %s city code", r.where()).matches("^\\d{2} \\d{2}$");
                        soft.assertThat(code).as("regions.tsv %s city code starts with parent code %s", r.where(),
                                parent.get(5)).startsWith(parent.get(5) + " ");
                    }
                }
                default -> {
                    // reported above
                }
            }
            if (!parentId.isEmpty() && !"city".equals(level)) {
                soft.assertThat(byId).as("regions.tsv %s parent '%s' exists", r.where(), parentId).containsKey(parentId);
            }
        }
        soft.assertThat(countries).as("exactly one country row").isEqualTo(1);
        for (Row r : bodies.rows()) {
            soft.assertThat(byId).as("bodies.tsv %s region '%s' is a regions.tsv id", r.where(), r.get(4))
                    .containsKey(r.get(4));
        }
        soft.assertAll();
    }

    @Test
    void qidsAreWellFormedAndNeverReused() {
        SoftAssertions soft = new SoftAssertions();
        Map<String, String> firstUse = new HashMap<>();
        List<Object[]> all = new ArrayList<>();
        regions.rows().forEach(r -> all.add(new Object[] {"regions.tsv " + r.where(), r.get(7)}));
        bodies.rows().forEach(r -> all.add(new Object[] {"bodies.tsv " + r.where(), r.get(5)}));
        for (Object[] entry : all) {
            String where = (String) entry[0];
            String qid = (String) entry[1];
            if (qid.isEmpty()) {
                continue;
            }
            soft.assertThat(qid).as("%s qid", where).matches(QID);
            String previous = firstUse.putIfAbsent(qid, where);
            soft.assertThat(previous).as("%s reuses %s already used by %s", where, qid, previous).isNull();
        }
        soft.assertAll();
    }

    @Test
    void namesAndAliasesAreUnambiguous() {
        SoftAssertions soft = new SoftAssertions();
        checkUnique(soft, "regions.tsv", regions.rows(), 2, 3);
        checkUnique(soft, "bodies.tsv", bodies.rows(), 1, 2);
        soft.assertAll();
    }

    /** No normalised name or alias may be shared by two rows (stricter than per level). */
    private static void checkUnique(SoftAssertions soft, String file, List<Row> rows, int nameCol, int aliasCol) {
        Map<String, String> owner = new HashMap<>();
        for (Row r : rows) {
            for (String alias : r.get(aliasCol).isEmpty() ? new String[0] : r.get(aliasCol).split("\\|", -1)) {
                soft.assertThat(alias).as("%s %s has an empty alias", file, r.where()).isNotBlank();
            }
            for (String form : forms(r, nameCol, aliasCol)) {
                soft.assertThat(form).as("%s %s name/alias normalises to nothing", file, r.where()).isNotEmpty();
                String previous = owner.putIfAbsent(form, r.where());
                soft.assertThat(previous).as("%s %s: '%s' is also a name/alias of %s", file, r.where(), form, previous)
                        .isNull();
            }
        }
    }

    @Test
    void allMainlandProvincesArePresentWithTheirQids() {
        Map<String, Row> provinces = new LinkedHashMap<>();
        regions.rows().stream().filter(r -> "province".equals(r.get(1))).forEach(r -> provinces.put(r.get(0), r));
        SoftAssertions soft = new SoftAssertions();
        MAINLAND.forEach((id, qid) -> {
            Row row = provinces.get(id);
            soft.assertThat(row).as("province '%s' present", id).isNotNull();
            if (row != null) {
                soft.assertThat(row.get(7)).as("regions.tsv %s qid", row.where()).isEqualTo(qid);
            }
        });
        Row china = regions.rows().stream().filter(r -> "china".equals(r.get(0))).findFirst().orElse(null);
        soft.assertThat(china).as("country row 'china'").isNotNull();
        if (china != null) {
            soft.assertThat(china.get(1)).as("regions.tsv %s level", china.where()).isEqualTo("country");
            soft.assertThat(china.get(7)).as("regions.tsv %s qid", china.where()).isEqualTo("Q148");
        }
        soft.assertAll();
    }

    @Test
    void allPrefectureLevelDivisionsArePresent() {
        long cities = regions.rows().stream().filter(r -> "city".equals(r.get(1))).count();
        assertThat(cities).as("number of city (prefecture-level) rows").isGreaterThanOrEqualTo(330);
        Map<String, Long> perProvince = new HashMap<>();
        regions.rows().stream().filter(r -> "city".equals(r.get(1)))
                .forEach(r -> perProvince.merge(r.get(6), 1L, Long::sum));
        SoftAssertions soft = new SoftAssertions();
        for (String id : MAINLAND.keySet()) {
            if (Set.of("beijing", "tianjin", "shanghai", "chongqing").contains(id)) {
                soft.assertThat(perProvince.getOrDefault(id, 0L)).as("municipality '%s' has no city rows", id)
                        .isZero();
            } else {
                soft.assertThat(perProvince.getOrDefault(id, 0L)).as("province '%s' has city rows", id).isPositive();
            }
        }
        soft.assertAll();
    }
}
