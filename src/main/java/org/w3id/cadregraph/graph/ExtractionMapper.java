package org.w3id.cadregraph.graph;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.XSDNumUtils;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cadregraph.extract.Evidence;
import org.w3id.cadregraph.extract.Extraction;
import org.w3id.cadregraph.extract.Meeting;
import org.w3id.cadregraph.extract.Official;
import org.w3id.cadregraph.extract.Organization;
import org.w3id.cadregraph.extract.Participation;
import org.w3id.cadregraph.extract.PartialDate;
import org.w3id.cadregraph.extract.Title;
import org.w3id.cadregraph.gazetteer.Region;
import org.w3id.cadregraph.gazetteer.RegionLevel;
import org.w3id.cadregraph.report.Report;

/**
 * Maps one report's extraction to quads in the report's own named graph: the report and its provenance,
 * officials and titles, meetings, regions, participation, and for every holdsTitle, attended (and its
 * sub-properties) and hostedBy fact an {@code cg:Assertion} pointing to the evidence sentence.
 *
 * <pre>
 *   new ExtractionMapper(version).map(extraction, extractedAt, StreamRDFLib.dataset(dsg));
 * </pre>
 */
public final class ExtractionMapper {
    private final String extractorVersion;

    public ExtractionMapper(String extractorVersion) {
        this.extractorVersion = extractorVersion;
    }

    /** The named graph a report's facts go to. */
    public static Node graphOf(Report report) {
        return Iris.graph(report.id());
    }

    public void map(Extraction x, Instant extractedAt, StreamRDF out) {
        new Emitter(x.report(), out).emit(x, extractedAt);
    }

    /** Emits one report's quads; remembers which shared nodes (regions, roles) it already described. */
    private final class Emitter {
        private final Report report;
        private final StreamRDF out;
        private final Node g;
        private final Set<Node> described = new HashSet<>();

        Emitter(Report report, StreamRDF out) {
            this.report = report;
            this.out = out;
            this.g = graphOf(report);
        }

        void emit(Extraction x, Instant extractedAt) {
            provenance(extractedAt);
            for (Official o : x.officials()) {
                official(o);
            }
            for (Meeting m : x.meetings()) {
                meeting(m);
            }
            for (Participation p : x.participations()) {
                participation(p);
            }
        }

        private void provenance(Instant extractedAt) {
            Node r = Iris.report(report.id());
            Node act = Iris.extraction(report.id());
            quad(g, RDF.Nodes.type, CG.ReportGraph);
            quad(g, CG.sourceFile, string(report.fileName()));
            quad(g, Prov.wasDerivedFrom, r);
            quad(g, Prov.wasGeneratedBy, act);
            quad(r, RDF.Nodes.type, CG.Report);
            quad(r, CG.sha256, string(report.sha256()));
            quad(r, DCTerms.title.asNode(), string(report.title()));
            report.published().ifPresent(d -> quad(r, CG.published, NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
            quad(act, RDF.Nodes.type, CG.ExtractionActivity);
            quad(act, Prov.used, r);
            quad(act, Prov.endedAtTime, NodeFactory.createLiteralDT(extractedAt.toString(), XSDDatatype.XSDdateTime));
            quad(act, CG.extractorVersion, string(extractorVersion));
            quad(act, Prov.wasAssociatedWith, Iris.software());
        }

        private void official(Official o) {
            Node p = Iris.official(o.name());
            quad(p, RDF.Nodes.type, CG.Official);
            quad(p, RDFS.Nodes.label, string(o.name()));
            for (String v : o.variants()) {
                quad(p, SKOS.altLabel.asNode(), string(v));
            }
            for (Title t : o.titles()) {
                Node title = Iris.title(report.id(), o.name(), t.label());
                quad(p, CG.holdsTitle, title);
                quad(title, RDF.Nodes.type, CG.Title);
                quad(title, RDFS.Nodes.label, string(t.label()));
                quad(title, ORG.member.asNode(), p);
                Node role = Iris.role(t.role());
                quad(title, ORG.role.asNode(), role);
                describeRole(role, t.role());
                t.organization().ifPresent(org -> quad(title, ORG.organization.asNode(), postOrganization(org, t.role(), o.titles())));
                report.published().ifPresent(d -> quad(title, CG.asOf, NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
                Node ev = evidence(t.evidence());
                quad(title, CG.evidence, ev);
                quad(title, CG.confidence, confidence(t.confidence()));
                assertion(p, CG.holdsTitle, title, ev, t.confidence());
            }
        }

        private void describeRole(Node role, String label) {
            if (described.add(role)) {
                quad(role, RDF.Nodes.type, CG.Role);
                quad(role, RDFS.Nodes.label, string(label));
            }
        }

        private Node organization(Organization org) {
            return body(BodyNames.canonical(org.name(), ""), org.name(), org.region(), scope(org),
                    Optional.empty());
        }

        /**
         * The body of a post: a short form of a ministry joined to its full name ("Education" for a minister), and a
         * generic name ("Publicity Department") scoped by the region of the official's other posts in the report,
         * under the party committee the official also serves on, so that Dalian's and Suzhou's are two bodies.
         */
        private Node postOrganization(Organization org, String role, List<Title> siblings) {
            boolean national = org.region().map(r -> r.level() == RegionLevel.COUNTRY).orElse(true);
            String name = BodyNames.canonical(org.name(), national ? role : "");
            if (org.region().isPresent() || !BodyNames.isGeneric(name)) {
                return body(name, org.name(), org.region(), scope(org), Optional.empty());
            }
            List<Organization> placed = siblings.stream().flatMap(t -> t.organization().stream())
                    .filter(o -> o.region().isPresent()).toList();
            List<String> regions = placed.stream().map(o -> o.region().get().id()).distinct().toList();
            if (regions.size() != 1) {
                return body(name, org.name(), Optional.empty(), "", Optional.empty());
            }
            // a party department belongs to the party committee the official also serves on (or on whose
            // standing committee they sit)
            Optional<Organization> committee = !BodyNames.isPartyDepartment(name) ? Optional.empty() : placed.stream()
                    .map(o -> BodyNames.isPartyCommittee(o.name()) ? Optional.of(o) : BodyNames.parent(o.name())
                            .filter(BodyNames::isPartyCommittee).map(p -> new Organization(p, o.region())))
                    .flatMap(Optional::stream).findFirst();
            return body(name, org.name(), placed.get(0).region(), regions.get(0), committee.map(c -> organization(c)));
        }

        /**
         * The region that tells a body's IRI apart from others of its name: none for one placed in the country itself
         * (a ministry is one body whether or not a report says it is China's, and queries find it by its name alone).
         */
        private static String scope(Organization org) {
            return org.region().filter(r -> r.level() != RegionLevel.COUNTRY).map(Region::id).orElse("");
        }

        private Node body(String name, String written, Optional<Region> region, String regionId, Optional<Node> knownParent) {
            // a generic name with no region ("Municipal Party Committee", "Department of Education") is the name of
            // hundreds of bodies: it stays the body this report speaks of, never joined with another report's
            Node node = region.isEmpty() && BodyNames.isGeneric(name) && !BodyNames.isTheParty(name) ? Iris.organizationInReport(name, report.id())
                    : Iris.organization(name, regionId);
            if (!written.equals(name)) {
                quad(node, SKOS.altLabel.asNode(), string(written));
            }
            if (described.add(node)) {
                quad(node, RDF.Nodes.type, CG.Organization);
                quad(node, RDFS.Nodes.label, string(name));
                region.ifPresent(r -> quad(node, CG.inRegion, region(r)));
                Optional<Node> parent = knownParent.or(() -> BodyNames.parent(name).map(p -> body(p, p, region, regionId, Optional.empty())));
                parent.filter(p -> !p.equals(node)).ifPresent(p -> quad(node, ORG.subOrganizationOf.asNode(), p));
            }
            return node;
        }

        private void meeting(Meeting m) {
            Node node = Iris.meeting(report.id(), m.key());
            quad(node, RDF.Nodes.type, CG.Meeting);
            quad(node, RDFS.Nodes.label, string(m.name()));
            m.date().ifPresent(d -> quad(node, CG.date, date(d)));
            m.venue().ifPresent(v -> quad(node, CG.venue, string(v)));
            m.location().ifPresent(r -> quad(node, CG.locatedIn, region(r)));
            for (Organization org : m.organizers()) {
                quad(node, CG.organizedBy, organization(org));
            }
            Node ev = evidence(m.evidence());
            quad(node, CG.evidence, ev);
            quad(node, CG.confidence, confidence(m.confidence()));
            for (Meeting.Host h : m.hosts()) {
                Node r = region(h.region());
                quad(node, CG.hostedBy, r);
                assertion(node, CG.hostedBy, r, evidence(h.evidence()), h.confidence());
            }
        }

        private void participation(Participation p) {
            Node person = Iris.official(p.official());
            Node meeting = Iris.meeting(report.id(), p.meetingKey());
            Node property = switch (p.role()) {
                case ATTENDED -> CG.attended;
                case PRESIDED -> CG.presided;
                case SPOKE -> CG.spokeAt;
                case SIGNED -> CG.signedAt;
            };
            quad(person, property, meeting);
            assertion(person, property, meeting, evidence(p.evidence()), p.confidence());
        }

        private Node region(Region r) {
            Node node = Iris.region(r.id());
            if (described.add(node)) {
                quad(node, RDF.Nodes.type, CG.Region);
                quad(node, RDFS.Nodes.label, string(r.name()));
                for (String alias : r.aliases()) {
                    quad(node, SKOS.altLabel.asNode(), string(alias));
                }
                quad(node, CG.regionLevel, level(r));
                if (!r.nameZh().isEmpty()) {
                    quad(node, CG.nameZh, NodeFactory.createLiteralLang(r.nameZh(), "zh"));
                }
                if (!r.code().isEmpty()) {
                    quad(node, CG.adminCode, string(r.code()));
                }
                r.qid().ifPresent(q -> quad(node, OWL.sameAs.asNode(), Iris.wikidata(q)));
                r.parent().ifPresent(parent -> quad(node, CG.withinRegion, region(parent)));
            }
            return node;
        }

        private Node level(Region r) {
            return switch (r.level()) {
                case COUNTRY -> CG.CountryLevel;
                case PROVINCE -> CG.ProvincialLevel;
                case CITY -> CG.PrefecturalLevel;
                case COUNTY -> CG.CountyLevel;
                case TOWNSHIP -> CG.TownshipLevel;
            };
        }

        private Node evidence(Evidence e) {
            Node node = Iris.evidence(report.id(), e.sentenceIndex());
            if (described.add(node)) {
                quad(node, RDF.Nodes.type, CG.Evidence);
                quad(node, CG.fromReport, Iris.report(report.id()));
                quad(node, CG.sentenceIndex, integer(e.sentenceIndex()));
                quad(node, CG.sentenceText, string(e.sentenceText()));
                quad(node, CG.startOffset, integer(e.start()));
                quad(node, CG.endOffset, integer(e.end()));
            }
            return node;
        }

        private void assertion(Node s, Node p, Node o, Node evidence, double confidence) {
            Node a = Iris.assertion(report.id(), s, p, o);
            if (described.add(a)) {
                quad(a, RDF.Nodes.type, CG.Assertion);
                quad(a, RDF.Nodes.subject, s);
                quad(a, RDF.Nodes.predicate, p);
                quad(a, RDF.Nodes.object, o);
                quad(a, CG.confidence, confidence(confidence));
            }
            quad(a, CG.evidence, evidence);
        }

        private void quad(Node s, Node p, Node o) {
            out.quad(Quad.create(g, s, p, o));
        }
    }

    private static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node integer(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
    }

    private static Node confidence(double c) {
        double clamped = Math.max(0, Math.min(1, c));
        // Two decimals, in the lexical form TDB2 gives back (XSDNumUtils.stringForm, "0.85e0"), so a file from
        // extract and a dump of the store write the same double the same way.
        double rounded = Math.round(clamped * 100) / 100.0;
        return NodeFactory.createLiteralDT(XSDNumUtils.stringForm(rounded), XSDDatatype.XSDdouble);
    }

    private static Node date(PartialDate d) {
        XSDDatatype type = d.day().isPresent() ? XSDDatatype.XSDdate
                : d.month().isPresent() ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDgYear;
        return NodeFactory.createLiteralDT(d.iso(), type);
    }

}
