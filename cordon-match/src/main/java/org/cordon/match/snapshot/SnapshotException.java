package org.cordon.match.snapshot;

import java.io.IOException;

/** A snapshot that cannot be used: truncated, corrupt, of another format version or of other lists. */
public final class SnapshotException extends IOException {
    private static final long serialVersionUID = 1L;

    public SnapshotException(String message) {
        super(message);
    }
}
