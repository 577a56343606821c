-- Hearback's storage schema. Written once for both SQLite and PostgreSQL, so it uses only what
-- both accept: TEXT, BIGINT (instants as epoch milliseconds, UTC), BOOLEAN, ISO-8601 dates as TEXT.
-- No mail content is stored here: only ids, dates and the user's own choices.

-- One row per Google account that signed in. id is a random UUID made by the app (not a sequence,
-- so ids reveal nothing and need no dialect-specific identity column).
CREATE TABLE users (
    id                TEXT    NOT NULL PRIMARY KEY,
    google_sub        TEXT    NOT NULL UNIQUE,
    email             TEXT    NOT NULL,
    -- Google refresh token, Tink AEAD (AES256-GCM) ciphertext in base64, associated data = id.
    refresh_token_enc TEXT,
    created_at        BIGINT  NOT NULL,
    updated_at        BIGINT  NOT NULL
);

-- Sign-in sessions. Only the SHA-256 of the bearer token is kept, so a copy of the database
-- cannot be used to sign in.
CREATE TABLE sessions (
    token_hash  TEXT    NOT NULL PRIMARY KEY,
    user_id     TEXT    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at  BIGINT  NOT NULL,
    expires_at  BIGINT  NOT NULL
);
CREATE INDEX sessions_user_id ON sessions (user_id);
CREATE INDEX sessions_expires_at ON sessions (expires_at);

-- OAuth sign-ins in flight (state + PKCE verifier), shared by every server instance so the
-- callback may land on another instance than the one that started the sign-in.
CREATE TABLE oauth_states (
    state          TEXT    NOT NULL PRIMARY KEY,
    code_verifier  TEXT    NOT NULL,
    redirect_uri   TEXT    NOT NULL,
    created_at     BIGINT  NOT NULL,
    expires_at     BIGINT  NOT NULL
);
CREATE INDEX oauth_states_expires_at ON oauth_states (expires_at);

-- Per-user settings; no row means the defaults.
CREATE TABLE user_settings (
    user_id     TEXT    NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    zone        TEXT    NOT NULL,
    country     TEXT    NOT NULL,
    preset      TEXT    NOT NULL CHECK (preset IN ('balanced', 'patient', 'assertive')),
    updated_at  BIGINT  NOT NULL
);

-- What the user decided about one Gmail thread; no row means nothing decided.
CREATE TABLE thread_states (
    user_id        TEXT     NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    thread_id      TEXT     NOT NULL,
    snoozed_until  TEXT,
    dismissed      BOOLEAN  NOT NULL DEFAULT FALSE,
    correction     TEXT     CHECK (correction IN ('NOT_INTERVIEW', 'IS_INTERVIEW')),
    outcome        TEXT     CHECK (outcome IN ('OFFER', 'ACCEPTED', 'REJECTED', 'WITHDRAWN')),
    updated_at     BIGINT   NOT NULL,
    PRIMARY KEY (user_id, thread_id)
);

-- Where incremental Gmail sync resumes: the last history id seen (Gmail's uint64, kept as text).
CREATE TABLE sync_cursors (
    user_id     TEXT    NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    history_id  TEXT    NOT NULL,
    updated_at  BIGINT  NOT NULL
);
