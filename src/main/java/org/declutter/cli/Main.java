package org.declutter.cli;

import picocli.CommandLine;

/** The {@code declutter} program: runs the command line and exits with its code. */
public final class Main {

    private Main() {
    }

    /** Runs declutter with the given arguments. */
    public static void main(String[] args) {
        System.exit(DeclutterCommand.commandLine().execute(args));
    }
}
