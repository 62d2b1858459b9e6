package org.cordon.store;

/**
 * A rule of the compliance process forbids the action: the same user approving their own decision
 * (four-eyes), deciding an alert that is already closed, an unknown alert. Not a fault of the store;
 * the message tells the user what to do instead.
 */
public final class RefusedException extends StoreException {
    public RefusedException(String message) {
        super(message);
    }
}
