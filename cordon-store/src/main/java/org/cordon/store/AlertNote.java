package org.cordon.store;

/**
 * What an analyst wrote on an alert while working it ({@link Alerts#addNote}): what was asked of whom, what a register
 * said. Append-only; each note's text is also in the audit log.
 */
public record AlertNote(long id, long alertId, String author, String createdAt, String text) {
}
