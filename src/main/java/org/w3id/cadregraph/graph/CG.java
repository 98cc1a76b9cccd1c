package org.w3id.cadregraph.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The cadregraph vocabulary as {@link Node} constants, one per term of {@code ontology/cadregraph.ttl}.
 *
 * <p>Hand-kept in the style of Jena's {@code RDF.Nodes} and {@code FusekiVocabG}: the extractor writes
 * triples and quads at the graph level, so constants are {@code Node}s, not Model resources. Each
 * constant is named exactly as the term's local name. {@code CgVocabularyTest} checks in both
 * directions that this class and the ontology declare the same terms, so adding a term means adding it
 * to both.
 */
public final class CG {

    /** The namespace of the vocabulary, ending in {@code #}. */
    public static final String NS = "https://w3id.org/cadregraph/ontology#";

    /** The IRI of the ontology document itself (no {@code #}); the object of every {@code rdfs:isDefinedBy}. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/cadregraph/ontology";

    private CG() {}

    /** @return the namespace IRI, {@link #NS} */
    public static String getURI() {
        return NS;
    }

    private static Node resource(String local) {
        return NodeFactory.createURI(NS + local);
    }

    private static Node property(String local) {
        return NodeFactory.createURI(NS + local);
    }

    // ---- Classes

    /** A person named in a report in an official capacity. */
    public static final Node Official = resource("Official");

    /** A post held by an official as a report states it: one role in one organization, as of the report's date. */
    public static final Node Title = resource("Title");

    /** A kind of post independent of the organization, e.g. "Deputy Director" or "Party Secretary". */
    public static final Node Role = resource("Role");

    /** A body in which officials hold posts or which organizes meetings: a ministry, party committee, bureau, university. */
    public static final Node Organization = resource("Organization");

    /** A Chinese administrative division (province, prefecture, county, township) or China itself. */
    public static final Node Region = resource("Region");

    /** A tier of the Chinese administrative hierarchy. */
    public static final Node RegionLevel = resource("RegionLevel");

    /** A meeting, conference, forum, symposium, ceremony or signing that a report says has taken place. */
    public static final Node Meeting = resource("Meeting");

    /** One source report file, identified by the SHA-256 of its content. */
    public static final Node Report = resource("Report");

    /** The named graph holding what was extracted from one report; its IRI is the graph name. */
    public static final Node ReportGraph = resource("ReportGraph");

    /** One run of the extractor over one report. */
    public static final Node ExtractionActivity = resource("ExtractionActivity");

    /** The sentence of a report that backs a fact: report, sentence index, text and character offsets. */
    public static final Node Evidence = resource("Evidence");

    /** A reified extracted fact carrying its evidence, its confidence and, for links, the method that made it. */
    public static final Node Assertion = resource("Assertion");

    /**
     * A recorded identity decision: that a report's mention was joined to an official ({@code rdf:predicate
     * cg:namedIn}) or that two officials of one name were kept apart though close ({@code cg:possiblySame}), with
     * its score, confidence and reasons.
     */
    public static final Node IdentityJudgement = resource("IdentityJudgement");

    /**
     * A researcher's own identity decision, read from an override file into the graph of overrides: two sets of
     * mentions of one name ({@code cg:oneSide}, {@code cg:otherSide}: the report graphs naming them) are one person
     * ({@code rdf:predicate owl:sameAs}) or never one ({@code owl:differentFrom}), whatever the rule scores.
     */
    public static final Node IdentityOverride = resource("IdentityOverride");

    // ---- Region levels (individuals of RegionLevel)

    /** The level of China as a whole, where central government bodies sit. */
    public static final Node CountryLevel = resource("CountryLevel");

    /** Provinces, autonomous regions and municipalities directly under the central government. */
    public static final Node ProvincialLevel = resource("ProvincialLevel");

    /** Prefecture-level cities, prefectures, autonomous prefectures and leagues. */
    public static final Node PrefecturalLevel = resource("PrefecturalLevel");

    /** Counties, city districts and county-level cities. */
    public static final Node CountyLevel = resource("CountyLevel");

    /** Towns, townships and subdistricts. */
    public static final Node TownshipLevel = resource("TownshipLevel");

    // ---- Object properties

    /** Links an official to a title a report says they hold. */
    public static final Node holdsTitle = property("holdsTitle");

    /** Links an official to a meeting a report says they took part in, in any capacity. */
    public static final Node attended = property("attended");

    /** Links an official to a meeting they presided over or chaired; implies {@link #attended}. */
    public static final Node presided = property("presided");

    /** Links an official to a meeting at which they spoke or delivered a speech; implies {@link #attended}. */
    public static final Node spokeAt = property("spokeAt");

    /** Links an official to a meeting or ceremony at which they signed an agreement; implies {@link #attended}. */
    public static final Node signedAt = property("signedAt");

    /** Links a meeting to the region whose bodies hold it, which may differ from where it took place. */
    public static final Node hostedBy = property("hostedBy");

    /** Links a meeting to a body that held, sponsored, undertook or co-organized it. */
    public static final Node organizedBy = property("organizedBy");

    /** Links a meeting to the region where it took place. */
    public static final Node locatedIn = property("locatedIn");

    /** Links a region to a region that contains it (transitive). */
    public static final Node withinRegion = property("withinRegion");

    /** Links a region to its tier in the administrative hierarchy. */
    public static final Node regionLevel = property("regionLevel");

    /** Links a body to the region it belongs to. */
    public static final Node inRegion = property("inRegion");

    /** Links an extracted thing (an assertion, a title, a meeting) to a sentence that backs it. */
    public static final Node evidence = property("evidence");

    /** Links an official to a report graph that names them. */
    public static final Node namedIn = property("namedIn");

    /** Links two officials of one name whom identity resolution kept apart although the evidence came close. */
    public static final Node possiblySame = property("possiblySame");

    /** Links an identity judgement to the report graph whose mention the joined one was matched with. */
    public static final Node joinedWith = property("joinedWith");

    /** Links an identity override to a report graph whose mention of the name is on its first side. */
    public static final Node oneSide = property("oneSide");

    /** Links an identity override to a report graph whose mention of the name is on its second side. */
    public static final Node otherSide = property("otherSide");

    /** Links a piece of evidence to the report its sentence is quoted from. */
    public static final Node fromReport = property("fromReport");

    // ---- Datatype properties

    /** The day a meeting took place, or only its month or year (xsd:date, xsd:gYearMonth or xsd:gYear). */
    public static final Node date = property("date");

    /** The place a meeting was held, as written in the report ("Dalian Medical University"). */
    public static final Node venue = property("venue");

    /** The publication date of the report stating a title. */
    public static final Node asOf = property("asOf");

    /** The base name of the report file (no directory). */
    public static final Node sourceFile = property("sourceFile");

    /** The absolute path a stored report graph was read from (written by {@code build}, not by {@code extract}). */
    public static final Node sourcePath = property("sourcePath");

    /** The SHA-256 digest of the report file, as 64 lower-case hex digits. */
    public static final Node sha256 = property("sha256");

    /** The day a report was published. */
    public static final Node published = property("published");

    /** The version of the cadregraph extractor that ran, so stale graphs can be found. */
    public static final Node extractorVersion = property("extractorVersion");

    /** The 0-based position of the evidence sentence among the sentences of the cleaned report text. */
    public static final Node sentenceIndex = property("sentenceIndex");

    /** The text of the evidence sentence as it appears in the cleaned report text. */
    public static final Node sentenceText = property("sentenceText");

    /** The 0-based character offset in the cleaned report text where the evidence sentence starts (inclusive). */
    public static final Node startOffset = property("startOffset");

    /** The character offset in the cleaned report text where the evidence sentence ends (exclusive). */
    public static final Node endOffset = property("endOffset");

    /** How sure the extractor is of a fact (a title, an assertion), an xsd:double from 0 to 1. */
    public static final Node confidence = property("confidence");

    /** The administrative division code of a region as Wikidata P442 writes it ("45 02"). */
    public static final Node adminCode = property("adminCode");

    /** The Chinese name of a region, body or official, tagged zh. */
    public static final Node nameZh = property("nameZh");

    /** The identity key of an official's name: lower-case letters and digits ("wangyiou"). */
    public static final Node nameKey = property("nameKey");

    /** The log-odds (natural log) that an identity judgement's two sides are one person. */
    public static final Node identityScore = property("identityScore");

    /** One term of an identity judgement's score, as a sentence with its weight ("both hold posts in … (+6.9)"). */
    public static final Node reason = property("reason");

    /** How an owl:sameAs link to Wikidata was made ("gazetteer", "wikidata-search"). */
    public static final Node linkMethod = property("linkMethod");

    // ---- The network summary (package network: NetworkSummaryGraph)

    /** The co-attendance network of the whole store as the network page shows it (its size, the best-connected officials and the links among them, the strongest ties) and the choices of its form, counted when the store is built or changed. */
    public static final Node NetworkSummary = resource("NetworkSummary");

    /** An entry of the network summary for one of the best-connected officials the network page draws. */
    public static final Node drawnOfficial = property("drawnOfficial");

    /** An entry of the network summary for an official of a strongest tie who is not among the drawn officials. */
    public static final Node tiedOfficial = property("tiedOfficial");

    /** An entry of the network summary for a link between two drawn officials. */
    public static final Node drawnLink = property("drawnLink");

    /** An entry of the network summary for one of the heaviest links of the whole network (cg:rank 1 the heaviest). */
    public static final Node strongestTie = property("strongestTie");

    /** An entry of the network summary for a region the network form offers, with its number of meetings. */
    public static final Node regionChoice = property("regionChoice");

    /** An entry of the network summary for an organization the network form offers, with its number of meetings. */
    public static final Node organizationChoice = property("organizationChoice");

    /** The official, region or organization an entry of the network summary is about. */
    public static final Node summarizes = property("summarizes");

    /** One end of a link of the network summary: the official whose IRI sorts first. */
    public static final Node linkSource = property("linkSource");

    /** The other end of a link of the network summary: the official whose IRI sorts last. */
    public static final Node linkTarget = property("linkTarget");

    /** How many officials the summarized network has. */
    public static final Node officialCount = property("officialCount");

    /** How many links (pairs of officials who attended a meeting together) the summarized network has. */
    public static final Node linkCount = property("linkCount");

    /** A number of meetings: those the summarized network was drawn from, those an official of it attended, or those a region or organization of the form hosted, held or organized. */
    public static final Node meetingCount = property("meetingCount");

    /** The number of meetings both officials of a link of the network summary attended. */
    public static final Node linkWeight = property("linkWeight");

    /** The position of an entry of the network summary in its list, from 1. */
    public static final Node rank = property("rank");

    /** A SHA-256 over the report graphs and their content hashes and the identity overrides when the network summary was counted; a store whose report graphs or overrides differ from it has a stale summary. */
    public static final Node fingerprint = property("fingerprint");

    /** Set (true) on the network summary by a build or load before it changes the store, and taken away with the summary counted after: a summary so marked is not used. */
    public static final Node stale = property("stale");
}
