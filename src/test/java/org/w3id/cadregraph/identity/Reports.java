package org.w3id.cadregraph.identity;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.cadregraph.extract.Evidence;
import org.w3id.cadregraph.extract.Extraction;
import org.w3id.cadregraph.extract.Meeting;
import org.w3id.cadregraph.extract.Official;
import org.w3id.cadregraph.extract.Organization;
import org.w3id.cadregraph.extract.Participation;
import org.w3id.cadregraph.extract.PartialDate;
import org.w3id.cadregraph.extract.Role;
import org.w3id.cadregraph.extract.Title;
import org.w3id.cadregraph.gazetteer.Region;
import org.w3id.cadregraph.gazetteer.RegionLevel;
import org.w3id.cadregraph.graph.ExtractionMapper;
import org.w3id.cadregraph.report.Report;

/** Small hand-made extractions written into a dataset as the pipeline writes them: the resolver's test input. */
public final class Reports {
    public static final Region CHINA = new Region("china", RegionLevel.COUNTRY, "China", List.of(), "", "", Optional.empty(), Optional.empty());
    public static final Region JIANGSU = province("jiangsu", "Jiangsu Province");
    public static final Region SUZHOU = city("suzhou", "Suzhou", JIANGSU);
    public static final Region WUJIANG = new Region("suzhou-wujiang-district", RegionLevel.COUNTY, "Wujiang District", List.of(), "", "",
            Optional.of(SUZHOU), Optional.empty());
    public static final Region GANSU = province("gansu", "Gansu Province");
    public static final Region PINGLIANG = city("pingliang", "Pingliang", GANSU);
    public static final Region LIAONING = province("liaoning", "Liaoning Province");
    public static final Region DALIAN = city("dalian", "Dalian", LIAONING);
    public static final Region GUANGXI = province("guangxi", "Guangxi Zhuang Autonomous Region");

    static Region province(String id, String name) {
        return new Region(id, RegionLevel.PROVINCE, name, List.of(), "", "", Optional.of(CHINA), Optional.empty());
    }

    static Region city(String id, String name, Region province) {
        return new Region(id, RegionLevel.CITY, name, List.of(), "", "", Optional.of(province), Optional.empty());
    }

    /** One report under construction. */
    public static final class Builder {
        private final String id;
        private final LocalDate published;
        private final List<Official> officials = new ArrayList<>();
        private final List<Participation> participations = new ArrayList<>();
        private Optional<Region> host = Optional.empty();
        private Optional<LocalDate> meetingDate = Optional.empty();

        Builder(String id, String published) {
            this.id = id;
            this.published = LocalDate.parse(published);
        }

        public Builder hostedBy(Region region) {
            host = Optional.of(region);
            return this;
        }

        /** The report's meeting is dated (by default it has no date). */
        public Builder meetingOn(String date) {
            meetingDate = Optional.of(LocalDate.parse(date));
            return this;
        }

        /** An official with posts given as (role, organization, region or null) triples. */
        public Builder official(String name, Object... posts) {
            List<Title> titles = new ArrayList<>();
            for (int i = 0; i < posts.length; i += 3) {
                String role = (String) posts[i];
                String org = (String) posts[i + 1];
                Optional<Organization> o = org.isEmpty() ? Optional.empty()
                        : Optional.of(new Organization(org, Optional.ofNullable((Region) posts[i + 2])));
                titles.add(new Title(org.isEmpty() ? role : role + " of " + org, role, o, EVIDENCE, 0.9));
            }
            officials.add(new Official(name, List.of(), titles, EVIDENCE, 0.9));
            participations.add(new Participation(name, "m1", Role.ATTENDED, EVIDENCE, 0.9));
            return this;
        }

        Extraction build() {
            Report r = new Report(id, Path.of(id + ".txt"), "sha-" + id, "headline " + id, Optional.of(published), "text", "");
            List<Meeting.Host> hosts = host.map(h -> List.of(new Meeting.Host(h, EVIDENCE, 0.9))).orElse(List.of());
            Meeting m = new Meeting("m1", "work conference", meetingDate.map(PartialDate::of), Optional.empty(), Optional.empty(), List.of(),
                    hosts, EVIDENCE, 0.9);
            return new Extraction(r, officials, List.of(m), participations);
        }

        /** Writes the report's graph into the dataset as the pipeline does (replacing it) and returns its name. */
        public Node writeTo(DatasetGraph dsg) {
            Extraction x = build();
            Node g = ExtractionMapper.graphOf(x.report());
            dsg.removeGraph(g);
            new ExtractionMapper("test").map(x, Instant.EPOCH, StreamRDFLib.dataset(dsg));
            return g;
        }
    }

    private static final Evidence EVIDENCE = new Evidence(0, 0, 4, "text");

    public static Builder report(String id, String published) {
        return new Builder(id, published);
    }

    private Reports() {}
}
