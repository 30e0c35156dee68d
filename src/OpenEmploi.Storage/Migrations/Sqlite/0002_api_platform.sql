-- OpenEmploi schema 2, SQLite: the offers-API platform (applications, their calls, apply redirects).
-- Times are TEXT with microseconds ('yyyy-MM-ddTHH:mm:ss.ffffffZ'), like the store times of schema 1.

-- One row per developer application (OAuth2 client). Only a hash of the secret is kept.
-- scopes: space-separated, as OAuth2 writes them. Quotas are API calls per second and burst size.
CREATE TABLE api_applications (
    client_id        TEXT NOT NULL PRIMARY KEY,
    name             TEXT NOT NULL,
    secret_hash      TEXT NOT NULL,
    scopes           TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('active', 'suspended')),
    quota_per_second INTEGER NOT NULL CHECK (quota_per_second > 0),
    quota_burst      INTEGER NOT NULL CHECK (quota_burst > 0),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);

-- Every API call of an identified application. No foreign key: a row must never fail to be
-- written because of a row elsewhere.
CREATE TABLE api_access_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id   TEXT NOT NULL,
    at          TEXT NOT NULL,
    method      TEXT NOT NULL,
    endpoint    TEXT NOT NULL,
    status      INTEGER NOT NULL,
    duration_ms REAL NOT NULL
);

CREATE INDEX api_access_log_client_at ON api_access_log (client_id, at);

-- Clicks on "postuler" sent on to the employer's site, counted per application, offer and UTC day
-- ('yyyy-MM-dd'). client_id is '' for visitors of the portal (no application).
CREATE TABLE apply_redirects (
    client_id TEXT NOT NULL,
    offre_id  TEXT NOT NULL,
    day       TEXT NOT NULL,
    count     INTEGER NOT NULL,
    PRIMARY KEY (client_id, offre_id, day)
) WITHOUT ROWID;

CREATE INDEX apply_redirects_day ON apply_redirects (day);

-- The key every node signs OAuth2 access tokens with: created once by whichever node starts
-- first (INSERT ... ON CONFLICT DO NOTHING), then read by all, so tokens stay valid across nodes
-- and restarts. One row per name leaves room for key rotation.
CREATE TABLE api_signing_keys (
    name       TEXT NOT NULL PRIMARY KEY,
    key        BLOB NOT NULL CHECK (length(key) = 32),
    created_at TEXT NOT NULL
);
