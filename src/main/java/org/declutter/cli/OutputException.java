package org.declutter.cli;

/** A result that cannot be written where it should go; the message is the one-line reason. */
final class OutputException extends Exception {

    private static final long serialVersionUID = 1L;

    OutputException(String message) {
        super(message);
    }

    OutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
