package org.w3id.cadregraph.serve;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Predicate;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIter;
import org.apache.jena.sparql.engine.iterator.QueryIterCommonParent;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only way a served query reaches the network: ARQ's {@code SERVICE} executor with checks first.
 * <ul>
 * <li>federation off: every SERVICE is refused (HTTP 422, with a message that names the option);</li>
 * <li>an endpoint not in the {@link Federation}'s list is refused;</li>
 * <li>an endpoint whose host resolves to a non-public address is refused (no loopback, link-local or
 *     private network, even when listed), and the HTTP client follows no redirect that could lead there;</li>
 * <li>the HTTP call gets the time the query has left (its deadline), never more than {@code maxCall}, so
 *     a host that never answers is dropped when the query times out.</li>
 * </ul>
 * A refusal is a {@link QueryDeniedException} even under {@code SERVICE SILENT}: the request is never sent,
 * and the client learns why. The address is checked when the call is made; the client connects by name,
 * so the allow-list, not the address check, is what keeps a federated query on the listed hosts.
 *
 * <pre>
 *   ServiceExecutorRegistry.set(execContext, ServiceGuard.registry(new ServiceGuard(Federation.off(), …)));
 * </pre>
 */
final class ServiceGuard implements ServiceExecutor {
    private static final Logger log = LoggerFactory.getLogger(ServiceGuard.class);

    /** The epoch millisecond when the running query times out (a {@code Long} in the execution context). */
    static final Symbol DEADLINE = Symbol.create("cadregraph:queryDeadline");

    private final Federation federation;
    private final Predicate<InetAddress> reachable;
    private final HttpClient http;
    private final Duration maxCall;
    private final Clock clock;

    ServiceGuard(Federation federation, Predicate<InetAddress> reachable, Duration maxCall, Clock clock) {
        this.federation = federation;
        this.reachable = reachable;
        this.maxCall = maxCall;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(maxCall.compareTo(Duration.ofSeconds(10)) < 0 ? maxCall : Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A registry whose only SERVICE executor is {@code guard}. */
    static ServiceExecutorRegistry registry(ServiceGuard guard) {
        return new ServiceExecutorRegistry().add(guard);
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
                                         ExecutionContext execCxt) {
        if (!federation.enabled()) {
            throw new QueryDeniedException("federated queries (SERVICE) are off on this server; "
                    + "its operator can allow the Wikidata Query Service with 'serve --federation'");
        }
        if (!opExecute.getService().isURI()) {
            throw new QueryDeniedException("SERVICE needs an endpoint IRI, not " + opExecute.getService());
        }
        String endpoint = opExecute.getService().getURI();
        URI uri = parse(endpoint);
        if (!federation.allows(uri)) {
            throw new QueryDeniedException("SERVICE <" + endpoint + "> is not among the endpoints this server "
                    + "may query: " + federation.endpoints());
        }
        requireReachable(uri);
        Context context = execCxt.getContext().copy();
        context.set(Service.httpServiceAllowed, true);
        context.set(Service.httpQueryClient, http);
        context.set(Service.httpQueryTimeout, timeLeft(execCxt.getContext()).toMillis());
        try {
            QueryIterator remote = QueryIter.makeTracked(Service.exec(opExecute, context), execCxt);
            return new QueryIterCommonParent(remote, binding, execCxt);
        } catch (QueryCancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            if (opExecute.getSilent()) {
                log.info("SERVICE SILENT <{}> failed, going on without it: {}", endpoint, e.getMessage());
                return QueryIterSingleton.create(binding, execCxt);
            }
            throw e;
        }
    }

    private static URI parse(String endpoint) {
        try {
            return URI.create(endpoint);
        } catch (IllegalArgumentException e) {
            throw new QueryDeniedException("SERVICE <" + endpoint + "> is not a URL");
        }
    }

    private void requireReachable(URI uri) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new QueryDeniedException("SERVICE <" + uri + ">: unknown host " + uri.getHost());
        }
        for (InetAddress address : addresses) {
            if (!reachable.test(address)) {
                throw new QueryDeniedException("SERVICE <" + uri + "> resolves to " + address.getHostAddress()
                        + ", a loopback, link-local or private address, which federated queries never reach");
            }
        }
    }

    /** What is left of the query's time, at most {@code maxCall}; a query already out of time stops here. */
    private Duration timeLeft(Context context) {
        Object deadline = context.get(DEADLINE);
        if (!(deadline instanceof Long at)) {
            return maxCall;
        }
        long left = at - clock.millis();
        if (left <= 0) {
            throw new QueryCancelledException();
        }
        return left < maxCall.toMillis() ? Duration.ofMillis(left) : maxCall;
    }
}
