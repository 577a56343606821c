/**
 * Hearback's storage: users (with the Google refresh token encrypted at rest), sign-in sessions,
 * OAuth sign-in state, per-user settings, per-thread state and the Gmail sync cursor.
 *
 * <p>One schema, migrated by Flyway from {@code db/migration}, runs unchanged on an embedded
 * SQLite file (the default) and on PostgreSQL (Cloud SQL in production). The SQL therefore sticks
 * to what both accept: TEXT, BIGINT epoch milliseconds for instants, ISO-8601 TEXT for dates,
 * BOOLEAN, {@code INSERT ... ON CONFLICT} and {@code RETURNING}. No mail content is ever stored:
 * only ids, dates and the user's own choices.
 */
package dev.hearback.store;
