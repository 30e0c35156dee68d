-- OpenEmploi schema 9, PostgreSQL: the reusers' monthly consultation reports (licence, article
-- 5.4), their reminders, and the lease that keeps the reminder job on one node at a time.
-- This step reads and writes nothing of schema 8: it only depends on schema 7 (api_applications,
-- accounts), so the two steps compose in either order of writing. Ids use the "C" collation.

-- Every accepted upload, kept: the month's report is its latest upload (highest id); earlier ones
-- stay as history. month is 'yyyy-MM'. channel: the page ('page', submitted_by an account id) or
-- the API ('api', submitted_by the client id). offers: the file's offer lines; total_views their
-- sum (the file's TOTAL line, when it has one, was checked against it). sha256: of the file's bytes.
CREATE TABLE consultation_reports (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    client_id    text COLLATE "C" NOT NULL,
    month        text COLLATE "C" NOT NULL,
    received_at  timestamptz NOT NULL,
    channel      text NOT NULL CHECK (channel IN ('page', 'api')),
    submitted_by text NOT NULL,
    file_name    text,
    offers       integer NOT NULL,
    total_views  bigint NOT NULL,
    sha256       text NOT NULL
);

CREATE INDEX consultation_reports_client_month ON consultation_reports (client_id, month, id);
CREATE INDEX consultation_reports_month ON consultation_reports (month, client_id, id);

-- The views of each offer in one upload.
CREATE TABLE consultation_report_lines (
    report_id bigint NOT NULL REFERENCES consultation_reports (id),
    offre_id  text COLLATE "C" NOT NULL,
    views     bigint NOT NULL,
    PRIMARY KEY (report_id, offre_id)
);

-- The reminders sent for a missing report: reminder 1 at the deadline, 2 a week later. The key
-- makes each one once, whichever node runs the job; recipient is null for an application without
-- an owner account (made with `openemploi apps create`): nobody to write to, recorded all the same.
CREATE TABLE consultation_report_reminders (
    client_id text COLLATE "C" NOT NULL,
    month     text COLLATE "C" NOT NULL,
    reminder  integer NOT NULL CHECK (reminder IN (1, 2)),
    sent_at   timestamptz NOT NULL,
    recipient text,
    PRIMARY KEY (client_id, month, reminder)
);

-- Leases of the developer platform's periodic jobs: the node that holds a job's lease runs it
-- until lease_until; another node takes it over once it has run out.
CREATE TABLE report_job_leases (
    name        text COLLATE "C" PRIMARY KEY,
    owner       text,
    lease_until timestamptz
);

INSERT INTO report_job_leases (name, owner, lease_until) VALUES ('rappels_rapports_consultation', NULL, NULL);

-- Every reuser reports, so every application that reads offers may send its reports: the scope
-- is added to those that hold the offers API or the sync feed (approvals add it from now on).
UPDATE api_applications SET scopes = scopes || ' api_rapportsconsultationv1'
WHERE (' ' || scopes || ' ' LIKE '% api_offresdemploiv2 %' OR ' ' || scopes || ' ' LIKE '% api_offresdemploisyncv1 %')
  AND ' ' || scopes || ' ' NOT LIKE '% api_rapportsconsultationv1 %';
