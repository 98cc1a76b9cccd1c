package org.w3id.cadregraph.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.cadregraph.gazetteer.Region;
import org.w3id.cadregraph.gazetteer.RegionGazetteer;
import org.w3id.cadregraph.gazetteer.RegionLevel;
import org.w3id.cadregraph.report.Report;

/**
 * The regions one report is about: every region it names (from the gazetteer, or found by form, such as
 * "Wujiang District"), the province and city it is mostly about, and the region a phrase like
 * "the autonomous region", "Provincial" or "Municipal" stands for in it.
 */
final class ReportRegions {
    private static final Pattern LOCAL_REGION = Pattern.compile(
            "\\b((?:[A-Z][a-z]+(?:['’][a-z]+)?)(?:\\s[A-Z][a-z]+)?)\\s(District|County|New Area|City|Town|Township)\\b"
                    // "Hua'an City Kindergarten" names a school, not a city
                    + "(?!\\s+(?:Kindergarten|School|Middle|Primary|High|University|College|Hospital|Company|Group|Hotel|Library|Museum|No\\.))");
    /**
     * "Gengcheng Dai and Lisu Autonomous County", "Xiangshui Miao Autonomous County": a county named by its place and
     * its peoples is one county, which the report may then call by its place alone ("the Gengcheng County Committee").
     */
    private static final Pattern AUTONOMOUS_COUNTY = Pattern.compile(
            "\\b([A-Z][a-z]+(?:['’][a-z]+)?)((?:(?:\\s|,\\s|\\sand\\s)[A-Z][a-z]+){1,4})\\sAutonomous\\sCounty\\b");
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?i)(the|our|each|every|this|that|whole|municipal|provincial|county|city|district|central|new|"
                    + "economic|development|demonstration|mega|smart|ecological|civilized|garden|famous|education|"
                    + "national|international|forbidden|model|pilot|sister|twin|host|capital|prefecture|inner|outer|old)");
    private static final Pattern PROVINCE_WORD = Pattern.compile(
            "(?i)\\b(provincial|province-wide|the province|whole province|autonomous region|region-wide|the region|the whole region)\\b");
    private static final Pattern CITY_WORD = Pattern.compile("(?i)\\b(municipal|citywide|city-wide|the city|whole city|city's|municipality)\\b");
    private static final Pattern COUNTY_WORD = Pattern.compile("(?i)\\b(county|county-wide|the county)\\b");
    private static final Pattern DISTRICT_WORD = Pattern.compile("(?i)\\b(district|district-wide|the district|new area)\\b");

    private final RegionGazetteer gazetteer;
    private final Map<String, Region> local = new LinkedHashMap<>();
    /** The autonomous counties named so far, by their place name alone. */
    private final Map<String, Region> autonomous = new HashMap<>();
    private final Map<Region, Double> weight = new HashMap<>();
    private final Optional<Region> province;
    private final Optional<Region> city;
    private final Optional<Region> county;

    ReportRegions(RegionGazetteer gazetteer, Report report) {
        this.gazetteer = gazetteer;
        count(report.title(), 2.0);
        count(report.text(), 1.0);
        count(report.pageContext(), 0.5);
        this.city = top(RegionLevel.CITY);
        // a Special Administrative Region has no provincial committee or department: "the Provincial Party Committee"
        // of a report on a Macao delegation in Guizhou is Guizhou's, however often Macao is named
        Optional<Region> topProvince = top(RegionLevel.PROVINCE, r -> !isSpecialAdministrativeRegion(r));
        this.province = topProvince.isPresent() ? topProvince : city.flatMap(Region::province);
        this.county = top(RegionLevel.COUNTY);
    }

    private void count(String text, double w) {
        for (Region r : regionsIn(text)) {
            weight.merge(r, w, Double::sum);
        }
    }

    private Optional<Region> top(RegionLevel level) {
        return top(level, r -> true);
    }

    private Optional<Region> top(RegionLevel level, java.util.function.Predicate<Region> eligible) {
        return weight.entrySet().stream().filter(e -> e.getKey().level() == level && eligible.test(e.getKey()))
                .max(Comparator.<Map.Entry<Region, Double>>comparingDouble(Map.Entry::getValue)
                        .thenComparing(e -> e.getKey().id()))
                .map(Map.Entry::getKey);
    }

    /** Hong Kong and Macao: provincial-level regions that are no province. */
    static boolean isSpecialAdministrativeRegion(Region r) {
        return r.level() == RegionLevel.PROVINCE && r.name().endsWith("Special Administrative Region");
    }

    Optional<Region> province() {
        return province;
    }

    Optional<Region> city() {
        return city;
    }

    /** Every region named in a text, in order, without repeats. */
    List<Region> regionsIn(String text) {
        // in the order the text names them: "the commission of Pudong New Area, Shanghai" names Pudong first
        java.util.TreeMap<Integer, Region> at = new java.util.TreeMap<>();
        for (RegionGazetteer.Match m : gazetteer.find(text)) {
            if (m.candidates().size() == 1) {
                at.putIfAbsent(m.start(), m.candidates().get(0));
            }
        }
        BitSet taken = new BitSet();
        Matcher a = AUTONOMOUS_COUNTY.matcher(text);
        while (a.find()) {
            if (NOT_A_NAME.matcher(a.group(1)).matches() || !gazetteer.lookup(a.group(1)).isEmpty()) {
                continue;
            }
            String full = a.group();
            Region county = local.computeIfAbsent(full.toLowerCase(Locale.ROOT), k -> localRegion(full, text));
            autonomous.putIfAbsent(a.group(1).toLowerCase(Locale.ROOT), county);
            at.putIfAbsent(a.start(), county);
            taken.set(a.start(), a.end());
        }
        Matcher m = LOCAL_REGION.matcher(text);
        while (m.find()) {
            if (taken.get(m.start())) {
                continue;
            }
            String name = m.group(1);
            Region shortForm = m.group(2).equals("County") ? autonomous.get(name.toLowerCase(Locale.ROOT)) : null;
            if (shortForm != null) {
                at.putIfAbsent(m.start(), shortForm);
                continue;
            }
            String first = name.split("\\s")[0];
            if (NOT_A_NAME.matcher(first).matches() || NOT_A_NAME.matcher(name).matches()
                    || TitleParser.isRoleStart(first) || TitleParser.isRoleStart(name.replaceAll(".*\\s", ""))) {
                continue;
            }
            List<Region> known = gazetteer.lookup(name);
            if (!known.isEmpty() || (m.group(2).equals("City") && !gazetteer.lookup(name + " City").isEmpty())) {
                continue; // "Dalian City" is the gazetteer's Dalian
            }
            String full = name + " " + m.group(2);
            at.putIfAbsent(m.start(), local.computeIfAbsent(full.toLowerCase(Locale.ROOT), k -> localRegion(full, text)));
        }
        List<Region> out = new ArrayList<>();
        at.values().forEach(r -> add(out, r));
        return out;
    }

    private Region localRegion(String name, String text) {
        // The parent of a district or county is the city the text names around it, else the report's city.
        Optional<Region> parent = gazetteer.find(text).stream().filter(mm -> mm.candidates().size() == 1)
                .map(mm -> mm.candidates().get(0)).filter(r -> r.level() == RegionLevel.CITY).findFirst();
        if (parent.isEmpty() && city != null) {
            parent = city;
        }
        RegionLevel level = name.endsWith(" Town") || name.endsWith(" Township") ? RegionLevel.TOWNSHIP : RegionLevel.COUNTY;
        return Region.found(name, level, parent == null ? Optional.empty() : parent);
    }

    private static void add(List<Region> out, Region r) {
        if (!out.contains(r)) {
            out.add(r);
        }
    }

    /**
     * The region a body's name places it in: a named region, or for "Provincial"/"Municipal"/"the autonomous
     * region" the report's own province or city.
     */
    Optional<Region> regionOf(String phrase) {
        List<Region> named = regionsIn(phrase);
        if (!named.isEmpty()) {
            return named.stream().max(Comparator.comparingInt(r -> r.level().ordinal()));
        }
        return genericRegion(phrase);
    }

    /** The report's region that a generic word in the phrase stands for, the most local word first. */
    Optional<Region> genericRegion(String phrase) {
        if (COUNTY_WORD.matcher(phrase).find() || DISTRICT_WORD.matcher(phrase).find()) {
            Optional<Region> c = county();
            if (c.isPresent()) {
                return c;
            }
        }
        if (CITY_WORD.matcher(phrase).find()) {
            return city.isPresent() ? city : county();
        }
        if (PROVINCE_WORD.matcher(phrase).find()) {
            return province;
        }
        return Optional.empty();
    }

    /** The county or district the report names most, if it names any. */
    Optional<Region> county() {
        return county != null ? county : top(RegionLevel.COUNTY);
    }

    /** The most local region the report is about. */
    Optional<Region> mostLocal() {
        // A district named once (a teacher's school "in Pingshan District") is not what a city report is about.
        Optional<Region> c = county();
        double cityWeight = city.map(r -> weight.getOrDefault(r, 0.0)).orElse(0.0);
        if (c.isPresent() && weight.getOrDefault(c.get(), 0.0) >= Math.max(2.0, cityWeight)) {
            return c;
        }
        return city.isPresent() ? city : province;
    }

    /** Every region the report names (headline, text and page), most weighed first. */
    List<Region> named() {
        return weight.entrySet().stream()
                .sorted(Comparator.<Map.Entry<Region, Double>>comparingDouble(e -> -e.getValue())
                        .thenComparing(e -> e.getKey().id()))
                .map(Map.Entry::getKey).toList();
    }

    /** How much the report names a region: twice in the headline, once in the text, half in the page around it. */
    double weight(Region r) {
        return weight.getOrDefault(r, 0.0);
    }

    Region china() {
        return gazetteer.china();
    }
}
