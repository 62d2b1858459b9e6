package org.cordon.cli;

/** A fault in what the user gave a command (input file, option value), with a message naming where. */
public class InputException extends Exception {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
