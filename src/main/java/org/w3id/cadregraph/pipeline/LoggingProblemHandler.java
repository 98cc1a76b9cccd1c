package org.w3id.cadregraph.pipeline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs each problem once, on the {@code cadregraph.problems} logger, so it can be isolated or silenced. */
public final class LoggingProblemHandler implements ProblemHandler {
    private static final Logger PROBLEMS = LoggerFactory.getLogger("cadregraph.problems");

    @Override
    public void report(Problem problem) {
        if (problem.severity() == Problem.Severity.ERROR) {
            PROBLEMS.warn("rejected {}: {}", problem.file(), problem.reason());
        } else {
            PROBLEMS.warn("{}: {}", problem.file(), problem.reason());
        }
    }
}
