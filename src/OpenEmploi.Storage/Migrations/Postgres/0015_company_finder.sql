-- OpenEmploi schema 15, PostgreSQL: the company finder ("La Bonne Boîte", docs/company-finder.md).
-- What the prediction publishes — per establishment its global score and per occupation scores,
-- 0 to 100, never the predicted hire counts — and what companies asked the operator for.
-- Independent of the other schemas. Ids use the "C" collation, as in schema 1.

-- One row per `openemploi entreprises predict`: which model, the cutoff month ('yyyy-MM', the
-- first month it did not see), how many establishments it published. The latest run is served.
CREATE TABLE finder_prediction_runs (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    model          text NOT NULL,
    seen_until     text NOT NULL,
    computed_at    timestamptz NOT NULL,
    establishments integer NOT NULL
);

-- The establishments the latest run lists (global score at least 50), with what the search shows
-- of them (SIRENE identity, sector, headcount band, commune and coordinates). partial_diffusion:
-- SIRENE statutDiffusion = P, never shown with identity or address.
CREATE TABLE finder_companies (
    siret             text COLLATE "C" PRIMARY KEY,
    name              text NOT NULL,
    sign              text,
    naf               text COLLATE "C" NOT NULL,
    headcount_band    text COLLATE "C" NOT NULL,
    commune           text COLLATE "C" NOT NULL,
    latitude          double precision NOT NULL,
    longitude         double precision NOT NULL,
    partial_diffusion boolean NOT NULL,
    global_score      double precision NOT NULL CHECK (global_score BETWEEN 0 AND 100)
);

-- Per establishment and occupation (ROME métier code) the score, kept from 5 up (the lowest
-- listing threshold, reached by occupations in tension).
CREATE TABLE finder_occupation_scores (
    siret text COLLATE "C" NOT NULL REFERENCES finder_companies (siret) ON DELETE CASCADE,
    rome  text COLLATE "C" NOT NULL,
    score double precision NOT NULL CHECK (score BETWEEN 0 AND 100),
    PRIMARY KEY (siret, rome)
);

-- A company's requests, kept whatever the predictions (a new run does not erase them).
CREATE TABLE finder_company_controls (
    siret         text COLLATE "C" PRIMARY KEY,
    opt_out       boolean NOT NULL,
    hide_address  boolean NOT NULL,
    hide_contacts boolean NOT NULL,
    contact_email text,
    updated_at    timestamptz NOT NULL,
    updated_by    text NOT NULL
);

-- Occupations a company boosts (shown first) or adds (listed whatever the model predicts).
CREATE TABLE finder_control_occupations (
    siret text COLLATE "C" NOT NULL REFERENCES finder_company_controls (siret) ON DELETE CASCADE,
    rome  text COLLATE "C" NOT NULL,
    kind  text NOT NULL CHECK (kind IN ('boost', 'add')),
    PRIMARY KEY (siret, rome, kind)
);

-- Extra places of a company (a second site, a seasonal address), listed until expires_on included.
CREATE TABLE finder_control_places (
    siret      text COLLATE "C" NOT NULL REFERENCES finder_company_controls (siret) ON DELETE CASCADE,
    commune    text COLLATE "C" NOT NULL,
    latitude   double precision NOT NULL,
    longitude  double precision NOT NULL,
    expires_on date NOT NULL,
    PRIMARY KEY (siret, commune)
);
