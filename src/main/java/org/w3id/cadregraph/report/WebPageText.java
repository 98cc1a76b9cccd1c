package org.w3id.cadregraph.report;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of a saved web page, one block element a line, without scripts, navigation,
 * headers, footers and forms: the parts of a page that are never the article.
 */
final class WebPageText {
    private static final String NOT_ARTICLE = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, button, select, [role=navigation], [aria-hidden=true]";

    String text(Document doc) {
        Element body = doc.body().clone();
        body.select(NOT_ARTICLE).remove();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                    newline(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    newline(out);
                }
            }
        }, body);
        return out.toString().replaceAll("[ \\t\\x0B\\f\\u00A0]+", " ").replaceAll(" *\\n[ \\n]*", "\n").strip();
    }

    private static void newline(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
