-- OpenEmploi schema 11, PostgreSQL: the services catalogue (services built on the data, as the
-- Emploi Store lists them). A signed-in reuser submits a service; the operator approves or rejects
-- it with a reason; visitors see approved services only. Depends on schema 7 (accounts) only.
-- Ids use the "C" collation.

-- audiences and themes: codes separated by single spaces (matching is done by the application
-- over the approved list, which stays small).
-- free_for_job_seekers: the submitter's statement that the service is free for job seekers,
-- which the reuse licence requires; a row cannot exist without it.
CREATE TABLE reuse_services (
    id                   text COLLATE "C" PRIMARY KEY,
    account_id           text COLLATE "C" NOT NULL REFERENCES accounts (id),
    name                 text NOT NULL,
    description          text NOT NULL,
    url                  text NOT NULL,
    audiences            text NOT NULL,
    themes               text NOT NULL,
    free_for_job_seekers boolean NOT NULL CHECK (free_for_job_seekers),
    status               text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    submitted_at         timestamptz NOT NULL,
    decided_at           timestamptz,
    decided_by           text COLLATE "C" REFERENCES accounts (id),
    rejection_reason     text
);

CREATE INDEX reuse_services_account ON reuse_services (account_id, submitted_at);
CREATE INDEX reuse_services_status ON reuse_services (status, submitted_at);
