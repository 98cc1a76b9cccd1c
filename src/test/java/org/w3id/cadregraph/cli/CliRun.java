package org.w3id.cadregraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One black-box run of the command line: exit code, stdout and stderr as picocli saw them. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CadregraphCommand.commandLine()
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
