package org.w3id.cadregraph.serve;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL {@code REPLACE} (and {@code fn:replace}) over a {@link CancellableText}, so the query's timeout stops
 * a runaway match. Same results as ARQ's {@code XSDFuncOp.strReplace}: a pattern that matches the empty
 * string replaces it once, the result keeps the language tag or datatype of the input.
 */
final class CancellableReplace extends E_StrReplace {
    private final Pattern constantPattern;

    CancellableReplace(Expr text, Expr pattern, Expr replacement, Expr flags) {
        super(text, pattern, replacement, flags);
        this.constantPattern = isString(pattern) && (flags == null || isString(flags))
                ? RegexEngine.makePattern("REPLACE", pattern.getConstant().getString(),
                        flags == null ? null : flags.getConstant().getString())
                : null;
    }

    private static boolean isString(Expr e) {
        return e.isConstant() && e.getConstant().isString();
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        NodeValue input = args.get(0);
        String text = NodeValueOps.checkAndGetStringLiteral("replace", input).getLiteralLexicalForm();
        String replacement = NodeValueOps.checkAndGetStringLiteral("replace", args.get(2)).getLiteralLexicalForm();
        Pattern pattern = constantPattern != null ? constantPattern : compile(args);
        Matcher matcher = pattern.matcher(CancellableText.of(text, env == null ? null : Context.getCancelSignal(env.getContext())));
        String replaced = replaceAll(matcher, replacement);
        if (replaced == null || replaced.equals(text)) {
            return input;
        }
        Node node = input.asNode();
        return NodeValue.makeNode(NodeFactory.createLiteral(replaced, node.getLiteralLanguage(), node.getLiteralDatatype()));
    }

    private static Pattern compile(List<NodeValue> args) {
        String pattern = NodeValueOps.checkAndGetStringLiteral("replace", args.get(1)).getLiteralLexicalForm();
        String flags = args.size() > 3 ? NodeValueOps.checkAndGetStringLiteral("replace", args.get(3)).getLiteralLexicalForm() : null;
        return RegexEngine.makePattern("replace", pattern, flags);
    }

    /** ARQ's replaceAll: only the first empty match is replaced; null when nothing matched. */
    private static String replaceAll(Matcher matcher, String replacement) {
        try {
            StringBuilder sb = null;
            while (matcher.find()) {
                if (sb == null) {
                    sb = new StringBuilder();
                } else if (matcher.start() == matcher.end()) {
                    continue;
                }
                matcher.appendReplacement(sb, replacement);
            }
            if (sb == null) {
                return null;
            }
            matcher.appendTail(sb);
            return sb.toString();
        } catch (IndexOutOfBoundsException e) {
            throw new ExprEvalException("IndexOutOfBounds", e);   // "$9" with fewer groups, as ARQ says it
        }
    }

    /**
     * Without an execution there is no cancel signal to watch: this is ARQ's constant folding, at plan time.
     * Refusing leaves the call to run time, under the timeout (a folded runaway match would never end).
     */
    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw new ExprEvalException("REPLACE is evaluated at run time, under the query timeout");
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new CancellableReplace(newArgs.get(0), newArgs.get(1), newArgs.get(2), newArgs.size() > 3 ? newArgs.get(3) : null);
    }
}
