package org.w3id.cadregraph.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.XSD;

/** The prefixes written at the top of Turtle and TriG dumps, in this order. */
final class DumpPrefixes {
    // The project's own namespaces. graph/CG and graph/Iris (on their own branch) will own these
    // strings; switch to CG.NS and the Iris data namespace when they are merged.
    static final String CG = "https://w3id.org/cadregraph/ontology#";
    static final String CGD = "https://w3id.org/cadregraph/id/";
    // Jena has no PROV-O vocabulary class.
    static final String PROV = "http://www.w3.org/ns/prov#";

    private DumpPrefixes() {}

    static Map<String, String> prefixes() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("cg", CG);
        map.put("cgd", CGD);
        map.put("rdf", RDF.getURI());
        map.put("rdfs", RDFS.getURI());
        map.put("owl", OWL.getURI());
        map.put("xsd", XSD.getURI());
        map.put("org", ORG.NS);
        map.put("prov", PROV);
        map.put("schema", SchemaDO.NS);
        map.put("dcterms", DCTerms.NS);
        map.put("skos", SKOS.getURI());
        return Collections.unmodifiableMap(map);
    }
}
