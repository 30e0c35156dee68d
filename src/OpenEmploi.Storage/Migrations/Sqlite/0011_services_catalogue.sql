-- OpenEmploi schema 11, SQLite: the services catalogue (services built on the data, as the Emploi
-- Store lists them). A signed-in reuser submits a service; the operator approves or rejects it
-- with a reason; visitors see approved services only. Depends on schema 7 (accounts) only.

-- audiences and themes: codes separated by single spaces (' demandeurs employeurs '-style
-- matching is done by the application over the approved list, which stays small).
-- free_for_job_seekers: the submitter's statement that the service is free for job seekers,
-- which the reuse licence requires; a row cannot exist without it.
CREATE TABLE reuse_services (
    id                   TEXT NOT NULL PRIMARY KEY,
    account_id           TEXT NOT NULL REFERENCES accounts (id),
    name                 TEXT NOT NULL,
    description          TEXT NOT NULL,
    url                  TEXT NOT NULL,
    audiences            TEXT NOT NULL,
    themes               TEXT NOT NULL,
    free_for_job_seekers INTEGER NOT NULL CHECK (free_for_job_seekers = 1),
    status               TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    submitted_at         TEXT NOT NULL,
    decided_at           TEXT,
    decided_by           TEXT REFERENCES accounts (id),
    rejection_reason     TEXT
);

CREATE INDEX reuse_services_account ON reuse_services (account_id, submitted_at);
CREATE INDEX reuse_services_status ON reuse_services (status, submitted_at);
