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
import org.w3id.cadregraph.graph.CG;
import org.w3id.cadregraph.graph.Iris;
import org.w3id.cadregraph.graph.Prov;

/** The prefixes written at the top of Turtle and TriG dumps, in this order. */
public final class DumpPrefixes {
    private DumpPrefixes() {}

    public static Map<String, String> prefixes() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("cg", CG.NS);
        map.put("cgd", Iris.DATA);
        map.put("rdf", RDF.getURI());
        map.put("rdfs", RDFS.getURI());
        map.put("owl", OWL.getURI());
        map.put("xsd", XSD.getURI());
        map.put("org", ORG.NS);
        map.put("prov", Prov.NS);
        map.put("schema", SchemaDO.NS);
        map.put("dcterms", DCTerms.NS);
        map.put("skos", SKOS.getURI());
        return Collections.unmodifiableMap(map);
    }
}
