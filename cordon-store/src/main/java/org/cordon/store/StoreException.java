package org.cordon.store;

/** The store could not do what was asked: the database is unreachable, or a statement failed. The message says where. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
