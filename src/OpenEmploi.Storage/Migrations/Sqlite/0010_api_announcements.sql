-- OpenEmploi schema 10, SQLite: announcements of API changes (licence, article 3.2: changes are
-- announced to reusers two months ahead), and which applications each one was sent to.
-- Also the consultation reports refused (article 13: the audit export shows each month's refused
-- uploads and their errors, which schema 9 did not keep). Depends on schemas 7 and 9, not on 8.
-- Times are TEXT with microseconds ('yyyy-MM-ddTHH:mm:ss.ffffffZ'), like every store time.

-- apis: the codes of the APIs the change touches ('offres', 'synchronisation', 'depot',
-- 'rapports'), space-separated; scopes: the OAuth2 scopes those APIs need, space-separated (an
-- application holding any of them is affected). effective_at: the start (Paris midnight) of the
-- day the change applies, at least two calendar months after published_at's Paris day.
CREATE TABLE api_announcements (
    id           TEXT NOT NULL PRIMARY KEY,
    title        TEXT NOT NULL,
    body         TEXT NOT NULL,
    apis         TEXT NOT NULL,
    scopes       TEXT NOT NULL,
    published_at TEXT NOT NULL,
    effective_at TEXT NOT NULL,
    published_by TEXT
);

CREATE INDEX api_announcements_published ON api_announcements (published_at, id);

-- Every application an announcement was sent to (active and affected when it was published), and
-- the address written to: the audit export (article 13) lists them per application.
CREATE TABLE api_announcement_recipients (
    announcement_id TEXT NOT NULL REFERENCES api_announcements (id),
    client_id       TEXT NOT NULL,
    recipient       TEXT NOT NULL,
    notified_at     TEXT NOT NULL,
    PRIMARY KEY (announcement_id, client_id)
);

CREATE INDEX api_announcement_recipients_client ON api_announcement_recipients (client_id, notified_at);

-- Every refused consultation-report upload: when, how, the month as sent (it may be the error
-- itself), how many errors and the first ones as the page listed them ('Ligne 2, champ « vues »…',
-- one per line). Nothing of the file is kept: it was refused whole.
CREATE TABLE consultation_report_rejections (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id    TEXT NOT NULL,
    month        TEXT NOT NULL,
    received_at  TEXT NOT NULL,
    channel      TEXT NOT NULL CHECK (channel IN ('page', 'api')),
    submitted_by TEXT NOT NULL,
    file_name    TEXT,
    error_count  INTEGER NOT NULL,
    errors       TEXT NOT NULL
);

CREATE INDEX consultation_report_rejections_client ON consultation_report_rejections (client_id, id);
