-- OpenEmploi schema 15, SQLite: the company finder ("La Bonne Boîte", docs/company-finder.md).
-- What the prediction publishes — per establishment its global score and per occupation scores,
-- 0 to 100, never the predicted hire counts — and what companies asked the operator for.
-- Independent of the other schemas. Times are TEXT with microseconds, days 'yyyy-MM-dd'.

-- One row per `openemploi entreprises predict`: which model, the cutoff month ('yyyy-MM', the
-- first month it did not see), how many establishments it published. The latest run is served.
CREATE TABLE finder_prediction_runs (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    model          TEXT NOT NULL,
    seen_until     TEXT NOT NULL,
    computed_at    TEXT NOT NULL,
    establishments INTEGER NOT NULL
);

-- The establishments the latest run lists (global score at least 50), with what the search shows
-- of them (SIRENE identity, sector, headcount band, commune and coordinates). partial_diffusion:
-- SIRENE statutDiffusion = P, never shown with identity or address.
CREATE TABLE finder_companies (
    siret             TEXT NOT NULL PRIMARY KEY,
    name              TEXT NOT NULL,
    sign              TEXT,
    naf               TEXT NOT NULL,
    headcount_band    TEXT NOT NULL,
    commune           TEXT NOT NULL,
    latitude          REAL NOT NULL,
    longitude         REAL NOT NULL,
    partial_diffusion INTEGER NOT NULL CHECK (partial_diffusion IN (0, 1)),
    global_score      REAL NOT NULL CHECK (global_score BETWEEN 0 AND 100)
);

-- Per establishment and occupation (ROME métier code) the score, kept from 5 up (the lowest
-- listing threshold, reached by occupations in tension).
CREATE TABLE finder_occupation_scores (
    siret TEXT NOT NULL REFERENCES finder_companies (siret) ON DELETE CASCADE,
    rome  TEXT NOT NULL,
    score REAL NOT NULL CHECK (score BETWEEN 0 AND 100),
    PRIMARY KEY (siret, rome)
);

-- A company's requests, kept whatever the predictions (a new run does not erase them).
CREATE TABLE finder_company_controls (
    siret         TEXT NOT NULL PRIMARY KEY,
    opt_out       INTEGER NOT NULL CHECK (opt_out IN (0, 1)),
    hide_address  INTEGER NOT NULL CHECK (hide_address IN (0, 1)),
    hide_contacts INTEGER NOT NULL CHECK (hide_contacts IN (0, 1)),
    contact_email TEXT,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL
);

-- Occupations a company boosts (shown first) or adds (listed whatever the model predicts).
CREATE TABLE finder_control_occupations (
    siret TEXT NOT NULL REFERENCES finder_company_controls (siret) ON DELETE CASCADE,
    rome  TEXT NOT NULL,
    kind  TEXT NOT NULL CHECK (kind IN ('boost', 'add')),
    PRIMARY KEY (siret, rome, kind)
);

-- Extra places of a company (a second site, a seasonal address), listed until expires_on included.
CREATE TABLE finder_control_places (
    siret      TEXT NOT NULL REFERENCES finder_company_controls (siret) ON DELETE CASCADE,
    commune    TEXT NOT NULL,
    latitude   REAL NOT NULL,
    longitude  REAL NOT NULL,
    expires_on TEXT NOT NULL,
    PRIMARY KEY (siret, commune)
);
