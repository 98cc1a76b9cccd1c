package org.w3id.cadregraph.serve;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;

/**
 * Puts {@link CancellableRegex} and {@link CancellableReplace} in place of ARQ's regular-expression functions,
 * so that the query timeout stops a single long match. Installed as the query's optimizer (the context symbol
 * {@code ARQConstants.sysOptimizerFactory}) around ARQ's own optimizer: before it, so that its constant
 * folding cannot evaluate a runaway match at plan time (the cancellable forms refuse to be folded), and again
 * after it, for any expression it rebuilt.
 *
 * <pre>
 *   context.set(ARQConstants.sysOptimizerFactory, CancellableExprs.OPTIMIZER);
 * </pre>
 */
final class CancellableExprs {
    private static final String FN = "http://www.w3.org/2005/xpath-functions#";

    /** The swap, ARQ's optimizer, the swap again. */
    static final RewriteFactory OPTIMIZER = context -> {
        var standard = Optimize.getFactory().create(context);
        return op -> swap(standard.rewrite(swap(op)));
    };

    private CancellableExprs() {}

    /** {@code op} with every REGEX, REPLACE, fn:matches and fn:replace made cancellable. */
    static Op swap(Op op) {
        return Transformer.transform(new TransformCopy(), new Swap(), op);
    }

    private static final class Swap extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex && !(func instanceof CancellableRegex)) {
                return new CancellableRegex(args.get(0), args.get(1), arg(args, 2));
            }
            if (func instanceof E_StrReplace && !(func instanceof CancellableReplace)) {
                return new CancellableReplace(args.get(0), args.get(1), args.get(2), arg(args, 3));
            }
            if (func instanceof E_Function f && (FN + "matches").equals(f.getFunctionIRI()) && args.size() >= 2) {
                return new CancellableRegex(args.get(0), args.get(1), arg(args, 2));
            }
            if (func instanceof E_Function f && (FN + "replace").equals(f.getFunctionIRI()) && args.size() >= 3) {
                return new CancellableReplace(args.get(0), args.get(1), args.get(2), arg(args, 3));
            }
            return super.transform(func, args);
        }

        private static Expr arg(ExprList args, int i) {
            return args.size() > i ? args.get(i) : null;
        }
    }
}
