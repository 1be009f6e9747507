package org.declutter.source;

/**
 * An input that cannot be cleaned: missing, unreadable, empty, binary, encrypted, too large. The
 * message is the one-line reason shown to the user, without the file name.
 */
public class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    /** An input problem with a user-facing reason. */
    public InputException(String reason) {
        super(reason);
    }

    /** An input problem with a user-facing reason and the underlying cause, kept for --debug. */
    public InputException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
