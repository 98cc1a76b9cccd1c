package org.w3id.cadregraph.pipeline;

/** Receives the problems of a batch, as RIOT's ErrorHandler receives parse problems. */
public interface ProblemHandler {
    void report(Problem problem);
}
