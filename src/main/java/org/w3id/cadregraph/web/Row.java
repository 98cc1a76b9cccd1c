package org.w3id.cadregraph.web;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/** One result row of a page query, read by variable name. */
record Row(Binding binding) {

    Optional<Node> node(String var) {
        return Optional.ofNullable(binding.get(var));
    }

    /** The IRI bound to {@code var}, if it is an IRI. */
    Optional<String> iri(String var) {
        return node(var).filter(Node::isURI).map(Node::getURI);
    }

    /** The lexical form of a literal, or the IRI of an IRI. */
    Optional<String> text(String var) {
        return node(var).map(n -> n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString());
    }

    /** {@link #text} or the empty string. */
    String textOrEmpty(String var) {
        return text(var).orElse("");
    }

    Optional<Double> number(String var) {
        return node(var).filter(Node::isLiteral).flatMap(n -> {
            try {
                return Optional.of(Double.parseDouble(n.getLiteralLexicalForm()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    int integer(String var) {
        return number(var).map(Double::intValue).orElse(0);
    }
}
