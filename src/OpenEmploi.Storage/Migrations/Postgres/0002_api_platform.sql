-- OpenEmploi schema 2, PostgreSQL: the offers-API platform (applications, their calls, apply redirects).
-- Ids use the "C" collation, as in schema 1.

-- One row per developer application (OAuth2 client). Only a hash of the secret is kept.
-- scopes: space-separated, as OAuth2 writes them. Quotas are API calls per second and burst size.
CREATE TABLE api_applications (
    client_id        text COLLATE "C" PRIMARY KEY,
    name             text NOT NULL,
    secret_hash      text NOT NULL,
    scopes           text NOT NULL,
    status           text NOT NULL CHECK (status IN ('active', 'suspended')),
    quota_per_second integer NOT NULL CHECK (quota_per_second > 0),
    quota_burst      integer NOT NULL CHECK (quota_burst > 0),
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL
);

-- Every API call of an identified application. No foreign key: a row must never fail to be
-- written because of a row elsewhere. Not part of the change log, so no advisory lock: identity
-- order need not be commit order here. double precision, not real: the value is a C# double.
CREATE TABLE api_access_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    client_id   text COLLATE "C" NOT NULL,
    at          timestamptz NOT NULL,
    method      text NOT NULL,
    endpoint    text NOT NULL,
    status      integer NOT NULL,
    duration_ms double precision NOT NULL
);

CREATE INDEX api_access_log_client_at ON api_access_log (client_id, at);

-- Clicks on "postuler" sent on to the employer's site, counted per application, offer and UTC day.
-- client_id is '' for visitors of the portal (no application).
CREATE TABLE apply_redirects (
    client_id text COLLATE "C" NOT NULL,
    offre_id  text COLLATE "C" NOT NULL,
    day       date NOT NULL,
    count     bigint NOT NULL,
    PRIMARY KEY (client_id, offre_id, day)
);

CREATE INDEX apply_redirects_day ON apply_redirects (day);

-- The key every node signs OAuth2 access tokens with: created once by whichever node starts
-- first (INSERT ... ON CONFLICT DO NOTHING), then read by all, so tokens stay valid across nodes
-- and restarts. One row per name leaves room for key rotation.
CREATE TABLE api_signing_keys (
    name       text COLLATE "C" PRIMARY KEY,
    key        bytea NOT NULL CHECK (length(key) = 32),
    created_at timestamptz NOT NULL
);
