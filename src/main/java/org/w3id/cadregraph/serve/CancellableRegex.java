package org.w3id.cadregraph.serve;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL {@code REGEX} (and {@code fn:matches}) with ARQ's semantics, matched over a {@link CancellableText} so
 * the query's timeout stops a runaway match. {@link CancellableExprs} puts it in place of {@link E_Regex}.
 */
final class CancellableRegex extends E_Regex {
    private final Pattern constantPattern;

    CancellableRegex(Expr text, Expr pattern, Expr flags) {
        super(text, pattern, flags);
        this.constantPattern = isString(pattern) && (flags == null || isString(flags))
                ? RegexEngine.makePattern("Regex", pattern.getConstant().getString(),
                        flags == null ? null : flags.getConstant().getString())
                : null;
    }

    private static boolean isString(Expr e) {
        return e.isConstant() && e.getConstant().isString();
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
        Pattern pattern = constantPattern != null ? constantPattern : compile(args);
        CharSequence input = CancellableText.of(text.getLiteralLexicalForm(), env == null ? null : Context.getCancelSignal(env.getContext()));
        return NodeValue.booleanReturn(pattern.matcher(input).find());
    }

    /** A pattern that comes from the data: checked as ARQ checks it, then compiled for java.util.regex. */
    private static Pattern compile(List<NodeValue> args) {
        NodeValue pattern = args.get(1);
        NodeValue flags = args.size() > 2 ? args.get(2) : null;
        E_Regex.makeRegexEngine(pattern, flags);    // ARQ's checks and error messages
        return RegexEngine.makePattern("Regex", pattern.getString(), flags == null ? null : flags.getString());
    }

    /**
     * Without an execution there is no cancel signal to watch: this is ARQ's constant folding, at plan time.
     * Refusing leaves the call to run time, under the timeout (a folded runaway match would never end).
     */
    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw new ExprEvalException("REGEX is evaluated at run time, under the query timeout");
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new CancellableRegex(newArgs.get(0), newArgs.get(1), newArgs.size() > 2 ? newArgs.get(2) : null);
    }
}
