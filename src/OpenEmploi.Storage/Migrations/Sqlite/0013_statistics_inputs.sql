-- OpenEmploi schema 13, SQLite: the inputs of the labour-market statistics
-- (labour-market-statistics.md, "Sources"; docs/statistics-inputs.md): the job-seeker register,
-- establishments (SIRENE-like) and their yearly headcounts, monthly hires (DPAE-like), the annual
-- recruitment-projects survey (BMO-like) and the registered offers. Generated at national scale
-- (`openemploi stats generate`) or imported from real files (`openemploi stats import`).
-- Compact on purpose (tens of millions of rows): enums are INTEGER codes of
-- OpenEmploi.Core.Statistics, days are 'yyyy-MM-dd' TEXT, booleans 0/1, codes compare bytewise
-- (the same order as PostgreSQL's "C" collation and the in-memory reader); the composite-key
-- tables are WITHOUT ROWID (the key is the row). This step depends on nothing of the earlier ones.

-- One registration episode: category 1-5 (A-E), sex 1 F 2 M, birth_month the first day of the
-- birth month, experience 1-5, family 1-4, exit_reason 1-5 (null while registered).
CREATE TABLE stat_job_seekers (
    id             INTEGER PRIMARY KEY,
    category       INTEGER NOT NULL CHECK (category BETWEEN 1 AND 5),
    sex            INTEGER NOT NULL CHECK (sex IN (1, 2)),
    birth_month    TEXT NOT NULL,
    education      TEXT NOT NULL,
    qualification  TEXT NOT NULL,
    experience     INTEGER NOT NULL CHECK (experience BETWEEN 1 AND 5),
    family         INTEGER NOT NULL CHECK (family BETWEEN 1 AND 4),
    rome           TEXT,
    commune        TEXT NOT NULL,
    registered_on  TEXT NOT NULL,
    exited_on      TEXT,
    exit_reason    INTEGER CHECK (exit_reason BETWEEN 1 AND 5)
);

-- headcount_band: SIRENE trancheEffectifsEtablissement; partial_diffusion: statutDiffusion = P.
CREATE TABLE stat_establishments (
    siret             TEXT PRIMARY KEY,
    name              TEXT NOT NULL,
    sign              TEXT,
    naf               TEXT NOT NULL,
    headcount_band    TEXT NOT NULL,
    commune           TEXT NOT NULL,
    latitude          REAL,
    longitude         REAL,
    partial_diffusion INTEGER NOT NULL,
    created_on        TEXT NOT NULL,
    closed_on         TEXT
);

CREATE TABLE stat_headcounts (
    siret     TEXT NOT NULL,
    year      INTEGER NOT NULL,
    employees INTEGER NOT NULL CHECK (employees >= 0),
    PRIMARY KEY (siret, year)
) WITHOUT ROWID;

-- month: first day; contract 1 CDI, 2 CDD > 1 month, 3 CDD <= 1 month; rome '' when unknown
-- (a key column cannot be null; the reader gives null back).
CREATE TABLE stat_hires (
    siret    TEXT NOT NULL,
    month    TEXT NOT NULL,
    contract INTEGER NOT NULL CHECK (contract BETWEEN 1 AND 3),
    rome     TEXT NOT NULL DEFAULT '',
    hires    INTEGER NOT NULL CHECK (hires > 0),
    PRIMARY KEY (siret, month, contract, rome)
) WITHOUT ROWID;

CREATE INDEX stat_hires_month ON stat_hires (month);

CREATE TABLE stat_recruitment_projects (
    year        INTEGER NOT NULL,
    zone_emploi TEXT NOT NULL,
    rome        TEXT NOT NULL,
    projects    INTEGER NOT NULL CHECK (projects >= 0),
    difficult   INTEGER NOT NULL CHECK (difficult >= 0),
    seasonal    INTEGER NOT NULL CHECK (seasonal >= 0),
    PRIMARY KEY (year, zone_emploi, rome)
) WITHOUT ROWID;

-- origin 1 employer, 2 partner. collected: a fact the platform appended for one of its own offers
-- (RegisteredOfferCollector), kept when the offer is deleted and when generated rows are replaced.
CREATE TABLE stat_registered_offers (
    offer_id      TEXT PRIMARY KEY,
    registered_on TEXT NOT NULL,
    rome          TEXT,
    naf           TEXT,
    commune       TEXT,
    departement   TEXT,
    contract      TEXT NOT NULL,
    durable       INTEGER NOT NULL,
    full_time     INTEGER NOT NULL,
    origin        INTEGER NOT NULL CHECK (origin IN (1, 2)),
    collected     INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX stat_registered_offers_day ON stat_registered_offers (registered_on, offer_id);
