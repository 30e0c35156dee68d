-- OpenEmploi schema 13, PostgreSQL: the inputs of the labour-market statistics
-- (labour-market-statistics.md, "Sources"; docs/statistics-inputs.md): the job-seeker register,
-- establishments (SIRENE-like) and their yearly headcounts, monthly hires (DPAE-like), the annual
-- recruitment-projects survey (BMO-like) and the registered offers. Generated at national scale
-- (`openemploi stats generate`) or imported from real files (`openemploi stats import`).
-- Compact on purpose (tens of millions of rows): enums are smallint codes of
-- OpenEmploi.Core.Statistics, days are dates, codes use the "C" collation (byte order, same order
-- as SQLite and as the in-memory reader). This step depends on nothing of the earlier ones.

-- One registration episode: category 1-5 (A-E), sex 1 F 2 M, birth_month the first day of the
-- birth month, experience 1-5, family 1-4, exit_reason 1-5 (null while registered).
CREATE TABLE stat_job_seekers (
    id             bigint PRIMARY KEY,
    category       smallint NOT NULL CHECK (category BETWEEN 1 AND 5),
    sex            smallint NOT NULL CHECK (sex IN (1, 2)),
    birth_month    date NOT NULL,
    education      text COLLATE "C" NOT NULL,
    qualification  text COLLATE "C" NOT NULL,
    experience     smallint NOT NULL CHECK (experience BETWEEN 1 AND 5),
    family         smallint NOT NULL CHECK (family BETWEEN 1 AND 4),
    rome           text COLLATE "C",
    commune        text COLLATE "C" NOT NULL,
    registered_on  date NOT NULL,
    exited_on      date,
    exit_reason    smallint CHECK (exit_reason BETWEEN 1 AND 5)
);

-- headcount_band: SIRENE trancheEffectifsEtablissement; partial_diffusion: statutDiffusion = P.
CREATE TABLE stat_establishments (
    siret             text COLLATE "C" PRIMARY KEY,
    name              text NOT NULL,
    sign              text,
    naf               text COLLATE "C" NOT NULL,
    headcount_band    text COLLATE "C" NOT NULL,
    commune           text COLLATE "C" NOT NULL,
    latitude          double precision,
    longitude         double precision,
    partial_diffusion boolean NOT NULL,
    created_on        date NOT NULL,
    closed_on         date
);

CREATE TABLE stat_headcounts (
    siret     text COLLATE "C" NOT NULL,
    year      integer NOT NULL,
    employees integer NOT NULL CHECK (employees >= 0),
    PRIMARY KEY (siret, year)
);

-- month: first day; contract 1 CDI, 2 CDD > 1 month, 3 CDD <= 1 month; rome '' when unknown
-- (a key column cannot be null; the reader gives null back).
CREATE TABLE stat_hires (
    siret    text COLLATE "C" NOT NULL,
    month    date NOT NULL,
    contract smallint NOT NULL CHECK (contract BETWEEN 1 AND 3),
    rome     text COLLATE "C" NOT NULL DEFAULT '',
    hires    integer NOT NULL CHECK (hires > 0),
    PRIMARY KEY (siret, month, contract, rome)
);

CREATE INDEX stat_hires_month ON stat_hires (month);

CREATE TABLE stat_recruitment_projects (
    year        integer NOT NULL,
    zone_emploi text COLLATE "C" NOT NULL,
    rome        text COLLATE "C" NOT NULL,
    projects    integer NOT NULL CHECK (projects >= 0),
    difficult   integer NOT NULL CHECK (difficult >= 0),
    seasonal    integer NOT NULL CHECK (seasonal >= 0),
    PRIMARY KEY (year, zone_emploi, rome)
);

-- origin 1 employer, 2 partner. collected: a fact the platform appended for one of its own offers
-- (RegisteredOfferCollector), kept when the offer is deleted and when generated rows are replaced.
CREATE TABLE stat_registered_offers (
    offer_id      text COLLATE "C" PRIMARY KEY,
    registered_on date NOT NULL,
    rome          text COLLATE "C",
    naf           text COLLATE "C",
    commune       text COLLATE "C",
    departement   text COLLATE "C",
    contract      text COLLATE "C" NOT NULL,
    durable       boolean NOT NULL,
    full_time     boolean NOT NULL,
    origin        smallint NOT NULL CHECK (origin IN (1, 2)),
    collected     boolean NOT NULL DEFAULT false
);

CREATE INDEX stat_registered_offers_day ON stat_registered_offers (registered_on, offer_id);
