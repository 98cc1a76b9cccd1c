package org.w3id.cadregraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** Python's str() and orders; expected values printed by Python 3.11. */
class PythonLibTest {

    @Test
    void nodesSortAsTheirTupleStrings() {
        // the closing quote of the tuple string sorts after "!", so a longer IRI can come first
        List<String> sorted = Stream.of("http://a/b", "http://a/b!x", "http://a/b-x").map(NodeFactory::createURI)
                .sorted(PythonLib.NODES).map(Node::getURI).toList();
        assertThat(sorted).containsExactly("http://a/b!x", "http://a/b", "http://a/b-x");
    }

    @Test
    void stringsSortByCodePoint() {
        assertThat(Stream.of("\ud83d\ude00", "\ue000").sorted(PythonLib.STRINGS))
                .containsExactly("\ue000", "\ud83d\ude00");
    }

    @Test
    void strWritesTuplesAsPython() {
        assertThat(PythonLib.str(NodeFactory.createURI("http://x/it's"))).isEqualTo("('I', \"http://x/it's\")");
        assertThat(PythonLib.str(NodeFactory.createLiteralString("a\u00a0b\n"))).isEqualTo("('L', 'a\\xa0b\\n', None)");
        assertThat(PythonLib.str(NodeFactory.createLiteralLang("Li", "en"))).isEqualTo("('L', 'Li', 'en')");
        assertThat(PythonLib.repr("a\u200bb\ud83d\ude00\ue000")).isEqualTo("'a\\u200bb\ud83d\ude00\\ue000'");
    }
}
