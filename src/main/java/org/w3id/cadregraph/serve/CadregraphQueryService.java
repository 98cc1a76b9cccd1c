package org.w3id.cadregraph.serve;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.atlas.lib.Alarm;
import org.apache.jena.atlas.lib.AlarmClock;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;


/**
 * Fuseki's SPARQL query operation with the limits a public endpoint needs. Registered for
 * {@code fuseki:query} endpoints by {@link FusekiLauncher}, so it serves {@code /cadregraph/sparql} and
 * {@code /cadregraph/query}.
 * <ul>
 * <li>The timeout stops the work: regular expressions are matched so that the timeout interrupts them
 *     ({@link CancellableExprs}); SERVICE goes through {@link ServiceGuard}, which refuses what the
 *     {@link Federation} does not allow and gives a remote call only the time the query has left.</li>
 * <li>A query that times out while its results are being sent is an HTTP error, never a 200 with a
 *     broken end ({@link TimedOutResults}).</li>
 * <li>The timeout also stops a query whose work is done while ARQ builds its plan ({@link #cancelAtDeadline}).</li>
 * <li>ORDER BY and DISTINCT keep at most {@link #SPILL_THRESHOLD} rows in memory and spill the rest to
 *     temporary files, so that sorting a cross product runs into the timeout, not out of heap; the files are
 *     deleted when the query ends or is cancelled.</li>
 * </ul>
 */
final class CadregraphQueryService extends SPARQL_QueryDataset {
    /**
     * {@link ARQ#spillToDiskThreshold}, unless the endpoint's context sets it: rows a sort or DISTINCT holds in
     * memory before it writes them to a temporary file. ARQ's default is never to spill, and a sorted cross
     * product then fills a 256 MB heap in seconds, long before the 30 s timeout; 20,000 rows are a few MB.
     */
    static final long SPILL_THRESHOLD = 20_000;
    /** The request attribute that holds a query's own deadline alarm, cancelled when its results are sent. */
    private static final String DEADLINE_ALARM = CadregraphQueryService.class.getName() + ".deadlineAlarm";

    private final ServiceExecutorRegistry services;
    private final Clock clock;

    CadregraphQueryService(ServiceGuard serviceGuard, Clock clock) {
        this.services = ServiceGuard.registry(serviceGuard);
        this.clock = clock;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExec exec = super.createQueryExec(action, query, dataset);
        // The execution's own context (a copy made for this request), read when the plan is made.
        Context context = exec.getContext();
        context.set(ARQConstants.sysOptimizerFactory, CancellableExprs.OPTIMIZER);
        if (!context.isDefined(ARQ.spillToDiskThreshold)) {
            context.set(ARQ.spillToDiskThreshold, SPILL_THRESHOLD);
        }
        ServiceExecutorRegistry.set(context, services);
        long overall = overallTimeoutMillis(action);
        if (overall > 0) {
            context.set(ServiceGuard.DEADLINE, clock.millis() + overall);
            cancelAtDeadline(action, Context.getOrSetCancelSignal(context), overall);
        }
        return exec;
    }

    /**
     * Sets the query's cancel signal when its time is up, without waiting for any lock. ARQ's own timeout
     * ({@code QueryExecDataset}) sets the same signal, but only under a lock that the executing thread holds
     * while it builds the plan; and building the plan runs a subquery or a GROUP BY that is the first step of
     * a join to its end (TDB2 asks whether it has any row). A timed-out query of that shape went on for minutes
     * after its 503 and held a core, slowing every query after it. TDB2's index scans check the signal for
     * every tuple, so setting it stops that work too.
     */
    private static void cancelAtDeadline(HttpAction action, AtomicBoolean cancelSignal, long millis) {
        Alarm alarm = AlarmClock.get().add(() -> cancelSignal.set(true), millis);
        action.getRequest().setAttribute(DEADLINE_ALARM, alarm);
    }

    /** Cancels the deadline alarm of a query that has ended (answered, failed or timed out). */
    private static void dropDeadline(HttpAction action) {
        if (action.getRequest().getAttribute(DEADLINE_ALARM) instanceof Alarm alarm) {
            AlarmClock.get().cancel(alarm);
            action.getRequest().removeAttribute(DEADLINE_ALARM);
        }
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        QueryExecResult result;
        try {
            result = super.executeQuery(action, exec, query, queryStringLog);
        } catch (OutOfMemoryError e) {
            dropDeadline(action);
            exec.close();
            throw outOfMemory(action);
        } catch (RuntimeException e) {
            dropDeadline(action);
            throw e;
        }
        return result.isRowSet() ? new QueryExecResult(new TimedOutResults(result.rowSet())) : result;
    }

    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        try {
            super.sendResults(action, result, prologue);
        } catch (TimedOutResults.TimedOut e) {
            // Caught here, after Fuseki's writer has flushed what it held, so the response's state is final.
            throw TimedOutResults.respond(action, overallTimeoutMillis(action));
        } catch (OutOfMemoryError e) {
            if (result.isRowSet()) {
                result.rowSet().close();
            }
            throw outOfMemory(action);
        } finally {
            dropDeadline(action);
        }
    }

    /**
     * A query that ran out of heap (a GROUP BY over a cross product holds every group; sorts spill, groups do not)
     * fails alone with 503. Its iterators are closed first, so that what they held is garbage before the answer
     * is made (else making it may run out of heap again, and Fuseki answers 500 "Java heap space").
     */
    private static ActionErrorException outOfMemory(HttpAction action) {
        action.log.warn("[{}] Query ran out of memory: stopped", action.id);
        return TimedOutResults.abandon(action,
                "query needs more memory than this server gives one query: narrow it or add a LIMIT");
    }

    /** The endpoint's overall timeout ({@code arq:queryTimeout}, "30000" or "10000,30000"), -1 when none. */
    static long overallTimeoutMillis(HttpAction action) {
        String setting = action.getContext().getAsString(ARQ.queryTimeout);
        if (setting == null) {
            return -1;
        }
        Pair<Long, Long> timeouts = Timeouts.parseTimeoutStr(setting, TimeUnit.MILLISECONDS);
        return timeouts == null ? -1 : timeouts.getRight();
    }
}
