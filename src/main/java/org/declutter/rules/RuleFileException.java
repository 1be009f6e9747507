package org.declutter.rules;

/** A rule file that cannot be loaded; the message reads {@code file:line:column: what is wrong}. */
public class RuleFileException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A problem at a position of a rule file. */
    public RuleFileException(String file, int line, int column, String problem) {
        super(file + ":" + line + ":" + column + ": " + problem);
    }

    /** A problem with the file as a whole (unreadable, missing). */
    public RuleFileException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
