package org.w3id.cadregraph.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;

/** The properties of one resource as the {@code about} query gives them, looked up by property. */
final class About {
    private record Value(Node node, Optional<String> label) {}

    private final Map<String, List<Value>> byProperty = new LinkedHashMap<>();

    About(List<Row> rows) {
        for (Row row : rows) {
            row.iri("property").ifPresent(p -> row.node("value").ifPresent(v -> {
                List<Value> values = byProperty.computeIfAbsent(p, k -> new ArrayList<>());
                Value value = new Value(v, row.text("valueLabel"));
                if (values.stream().noneMatch(x -> x.node.equals(v))) {
                    values.add(value);
                }
            }));
        }
    }

    /** The lexical forms of the literal values of {@code property}, each once, in store order. */
    List<String> literals(Node property) {
        return values(property).stream().filter(v -> v.node.isLiteral())
                .map(v -> v.node.getLiteralLexicalForm()).distinct().toList();
    }

    Optional<String> literal(Node property) {
        return literals(property).stream().findFirst();
    }

    /** Links to the IRI values of {@code property}, labelled. */
    List<Link> links(Node property) {
        return values(property).stream().filter(v -> v.node.isURI()).map(v -> Link.to(v.node.getURI(), v.label)).toList();
    }

    /** The IRI values of {@code property}. */
    List<String> iris(Node property) {
        return values(property).stream().filter(v -> v.node.isURI()).map(v -> v.node.getURI()).toList();
    }

    boolean has(Node property, Node value) {
        return values(property).stream().anyMatch(v -> v.node.equals(value));
    }

    boolean isEmpty() {
        return byProperty.isEmpty();
    }

    /** Every property and its values, for the generic page: property link, value links or texts. */
    List<PropertyValues> all() {
        List<PropertyValues> all = new ArrayList<>();
        byProperty.forEach((p, values) -> all.add(new PropertyValues(Link.to(p, Vocabulary.name(p)),
                values.stream().map(v -> v.node.isURI() ? Link.to(v.node.getURI(), v.label)
                        : new Link(v.node.isLiteral() ? v.node.getLiteralLexicalForm() : v.node.toString(), null)).toList())));
        return all;
    }

    private List<Value> values(Node property) {
        return byProperty.getOrDefault(property.getURI(), List.of());
    }

    /** One property of a resource and its values. */
    record PropertyValues(Link property, List<Link> values) {}
}
