package org.cordon.cli;

/** Exit codes shared by every command, so scripts can tell a hit from a fault. */
public final class ExitCodes {
    public static final int OK = 0;
    /** scan-payment: the message has hits. */
    public static final int HIT = 1;
    /** Bad input: a malformed list, message or input file (also picocli's usage errors). */
    public static final int BAD_INPUT = 2;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    private ExitCodes() {}
}
