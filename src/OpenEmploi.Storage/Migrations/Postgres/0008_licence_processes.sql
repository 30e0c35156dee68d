-- OpenEmploi schema 8, PostgreSQL: the reuse licence run as processes (licence articles 2, 9 and 13):
-- licence versions with tacit acceptance, each application's decisions, suspension with a reason,
-- notices of breach, terminations, the idle warning, the journal the audit export reads, and the
-- lease that lets one node run the daily licence job.
-- Ids use the "C" collation, as in schema 1.

-- A version published after schema 8 carries its calendar, computed in Paris days when published:
-- tacit_at is the start of day 16 after the publication day (15 calendar days to refuse), when
-- silence becomes acceptance; in_force_at the start of day 17, when the version applies to those
-- who accepted. published_by: the operator's account id, NULL from the command line. Version 1
-- (schema 7) has none: it is the one every request accepted when submitted.
ALTER TABLE licence_versions ADD COLUMN tacit_at timestamptz;
ALTER TABLE licence_versions ADD COLUMN in_force_at timestamptz;
ALTER TABLE licence_versions ADD COLUMN published_by text;

-- Each application's decision on a version published after its request (the version of the
-- request itself was accepted explicitly with it). decision: 'explicit' (the owner accepted),
-- 'tacit' (silence until tacit_at), 'refused' (the application's access ended). in_force_at: when
-- the accepted version applies to the application (the next Paris day). decided_by: the owner's
-- account, NULL for a tacit acceptance. One row per (application, version): a decision is final.
CREATE TABLE licence_decisions (
    client_id   text COLLATE "C" NOT NULL,
    version     integer NOT NULL REFERENCES licence_versions (version),
    decision    text NOT NULL CHECK (decision IN ('explicit', 'tacit', 'refused')),
    decided_at  timestamptz NOT NULL,
    in_force_at timestamptz,
    decided_by  text,
    PRIMARY KEY (client_id, version)
);

-- The state of an application under licence article 9. suspended_at/suspension_reason: the
-- operator's current suspension (status 'suspended'), cleared by reinstatement. terminated_at and
-- termination_cause ('licence_refusee', 'mise_en_demeure', 'inactivite'): the licence ended; the
-- credentials are revoked at the same time (revoked_at), so nothing brings the application back.
-- idle_warned_at: when the owner was warned that 12 months without a call end the licence.
ALTER TABLE api_applications ADD COLUMN suspended_at timestamptz;
ALTER TABLE api_applications ADD COLUMN suspension_reason text;
ALTER TABLE api_applications ADD COLUMN terminated_at timestamptz;
ALTER TABLE api_applications ADD COLUMN termination_cause text;
ALTER TABLE api_applications ADD COLUMN idle_warned_at timestamptz;

-- Notices of breach: the owner has until deadline_at (30 Paris days after the day it was sent) for
-- the operator to lift it; otherwise the daily job terminates the application (expired_at).
CREATE TABLE licence_notices (
    id         text COLLATE "C" PRIMARY KEY,
    client_id  text COLLATE "C" NOT NULL,
    reason     text NOT NULL,
    sent_at    timestamptz NOT NULL,
    sent_by    text,
    deadline_at timestamptz NOT NULL,
    lifted_at  timestamptz,
    lifted_by  text,
    expired_at timestamptz
);

CREATE INDEX licence_notices_client ON licence_notices (client_id, sent_at);
CREATE INDEX licence_notices_open ON licence_notices (deadline_at) WHERE lifted_at IS NULL AND expired_at IS NULL;

-- Every licence event of an application, appended in the same transaction as the event: the
-- journal the operator's audit export reads (suspensions and reinstatements are otherwise only a
-- current state). kind: 'suspension', 'retablissement', 'mise_en_demeure', 'mise_en_demeure_levee',
-- 'resiliation', 'avertissement_inactivite', 'licence_acceptee', 'licence_refusee'. actor: an account id, NULL for
-- the daily job or the command line.
CREATE TABLE licence_events (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    client_id text COLLATE "C" NOT NULL,
    at        timestamptz NOT NULL,
    kind      text NOT NULL,
    detail    text NOT NULL,
    actor     text
);

CREATE INDEX licence_events_client ON licence_events (client_id, id);

-- Jobs that must run once per Paris day whichever node runs them: a node takes the lease with a
-- conditional update (day not done, no running lease), runs, then records the day. A node that dies
-- holding the lease lets another take over once lease_until has passed.
CREATE TABLE scheduled_jobs (
    name        text COLLATE "C" PRIMARY KEY,
    last_day    text,
    last_run_at timestamptz,
    lease_owner text,
    lease_until timestamptz
);
