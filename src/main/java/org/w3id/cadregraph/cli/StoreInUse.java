package org.w3id.cadregraph.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.tdb2.DatabaseMgr;
import org.w3id.cadregraph.serve.ServerAddress;

/**
 * A store that another process holds (TDB2 lets one process open a store at a time): who holds it, whether
 * that is a running server and where, and what the user can do instead. Every command that opens the store
 * turns TDB2's "Failed to get a lock … held by process N" into one of these messages.
 *
 * <pre>
 *   try { … TdbStore.open(db) … } catch (DBOpEnvException e) { throw StoreInUse.explain(db, e, StoreInUse.Action.BUILD); }
 * </pre>
 *
 * @param db     the store
 * @param holder the process that holds the lock, when TDB2 said
 * @param server the server that serves the store, when one left its address there and still runs
 */
record StoreInUse(Path db, OptionalLong holder, Optional<ServerAddress> server) {
    private static final Pattern HELD_BY = Pattern.compile("held by process (\\d+)");

    /** What the user was trying to do, which decides the advice. */
    enum Action { BUILD, SERVE, QUERY, EXPORT, LINK, VALIDATE }

    /** What {@code e} says about {@code db}; empty when {@code e} is not about a lock held by another process. */
    static Optional<StoreInUse> of(Path db, DBOpEnvException e) {
        Matcher m = HELD_BY.matcher(String.valueOf(e.getMessage()));
        if (!m.find()) {
            return Optional.empty();
        }
        long pid = Long.parseLong(m.group(1));
        Optional<ServerAddress> server = ServerAddress.readFrom(db).filter(a -> a.pid() == pid && a.isAlive());
        return Optional.of(new StoreInUse(db, OptionalLong.of(pid), server));
    }

    /** The message for a store that could not be opened for {@code action}: who holds it and what to do, or TDB2's reason. */
    static UserException explain(Path db, DBOpEnvException e, Action action) {
        return of(db, e).map(inUse -> inUse.refusal(action)).orElseGet(() -> cannotOpen(db, e));
    }

    /** Fails with a clear message when another process holds {@code db}; opens nothing that stays open. */
    static void requireFree(Path db, Action action) {
        try {
            DatabaseMgr.connectDatasetGraph(db.toAbsolutePath().toString());   // cached per location: a later open is this one
        } catch (DBOpEnvException e) {
            throw explain(db, e, action);
        }
    }

    /** The refusal for {@code action}, with what to do instead (exit code 3). */
    UserException refusal(Action action) {
        String who = "process " + holder.getAsLong();
        String what = server.map(s -> "the store " + db + " is served by " + who + " at " + s.base())
                .orElse("the store " + db + " is in use by " + who);
        String advice = switch (action) {
            case BUILD -> server.isPresent()
                    ? "stop that server first (Ctrl-C where it runs), or build into a new store and serve that one: "
                            + "cadregraph build REPORTS --db NEW-DB, then stop the server and run cadregraph serve --db NEW-DB"
                    : "wait until it ends, or build into another store with --db";
            case SERVE -> server.isPresent() ? "it is already being served" : "wait until it ends, then serve it";
            case QUERY -> "wait until it ends, or send the query to a running server with --endpoint URL";
            case EXPORT, LINK, VALIDATE -> server.isPresent() ? "stop that server first (Ctrl-C where it runs)" : "wait until it ends";
        };
        return new UserException(ExitCodes.IO_FAILURE, what + ": " + advice);
    }

    static UserException cannotOpen(Path db, DBOpEnvException e) {
        return new UserException(ExitCodes.IO_FAILURE, "cannot open the store " + db + ": " + e.getMessage(), e);
    }
}
