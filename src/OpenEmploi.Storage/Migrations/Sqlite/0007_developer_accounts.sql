-- OpenEmploi schema 7, SQLite: the developer platform's accounts, access requests, licence
-- versions and notifications outbox; secret rotation and revocation of applications.
-- Times are TEXT with microseconds ('yyyy-MM-ddTHH:mm:ss.ffffffZ'), like every store time.

-- Rotation keeps the replaced secret valid until previous_secret_valid_until (the overlap window),
-- so a reuser can deploy the new secret without an outage. A revoked application (revoked_at set)
-- never gets a token again and its tokens are refused: revocation is final, unlike a suspension.
-- Added columns rather than a rebuilt table: other schema steps may add columns of their own.
ALTER TABLE api_applications ADD COLUMN previous_secret_hash TEXT;
ALTER TABLE api_applications ADD COLUMN previous_secret_valid_until TEXT;
ALTER TABLE api_applications ADD COLUMN revoked_at TEXT;

-- Reusers and operators. email is stored lower-cased (the unique key); password_hash is ASP.NET
-- Core Identity's PasswordHasher format (PBKDF2). security_stamp changes with the password, which
-- voids every password-reset link issued before. failed_logins counts consecutive failures; at the
-- limit the account is locked until locked_until and the count starts again.
CREATE TABLE accounts (
    id                 TEXT NOT NULL PRIMARY KEY,
    email              TEXT NOT NULL UNIQUE,
    password_hash      TEXT NOT NULL,
    role               TEXT NOT NULL CHECK (role IN ('reuser', 'operator')),
    email_confirmed_at TEXT,
    security_stamp     TEXT NOT NULL,
    failed_logins      INTEGER NOT NULL DEFAULT 0,
    locked_until       TEXT,
    created_at         TEXT NOT NULL
);

-- The texts of the reuse licence, one row per version. Version 1 is the text of the /licence page.
CREATE TABLE licence_versions (
    version      INTEGER NOT NULL PRIMARY KEY,
    text         TEXT NOT NULL,
    published_at TEXT NOT NULL
);

-- A reuser's request for an application: the APIs wanted (space-separated scopes), the declared use,
-- the licence version accepted. deadline_at = submitted_at + 5 days (licence art. 3.2). Approved:
-- client_id is the application created; refused: refusal_reason says why. credentials_issued_at: when
-- the owner was shown the application's first secret (approval creates it with a secret nobody knows).
CREATE TABLE access_requests (
    id              TEXT NOT NULL PRIMARY KEY,
    account_id      TEXT NOT NULL REFERENCES accounts (id),
    name            TEXT NOT NULL,
    scopes          TEXT NOT NULL,
    intended_use    TEXT NOT NULL,
    licence_version INTEGER NOT NULL REFERENCES licence_versions (version),
    status          TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'refused')),
    submitted_at    TEXT NOT NULL,
    deadline_at     TEXT NOT NULL,
    decided_at      TEXT,
    decided_by      TEXT REFERENCES accounts (id),
    refusal_reason  TEXT,
    client_id       TEXT UNIQUE,
    credentials_issued_at TEXT
);

CREATE INDEX access_requests_account ON access_requests (account_id, submitted_at);
CREATE INDEX access_requests_pending ON access_requests (deadline_at) WHERE status = 'pending';

-- Every message the platform sends, written in the same transaction as the event it tells of, then
-- delivered by whichever node claims it: lease_owner/lease_until keep two nodes from sending the
-- same message; next_attempt_at spaces the retries; failed_at marks a message given up on (kept,
-- with last_error, for the operator).
CREATE TABLE notification_outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    kind            TEXT NOT NULL,
    recipient       TEXT NOT NULL,
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    lease_owner     TEXT,
    lease_until     TEXT,
    sent_at         TEXT,
    failed_at       TEXT,
    last_error      TEXT
);

CREATE INDEX notification_outbox_due ON notification_outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
CREATE INDEX notification_outbox_recipient ON notification_outbox (recipient, id);

-- ASP.NET Core Data Protection's key ring (it protects the sign-in cookie and the antiforgery
-- tokens), shared by every node so that a cookie issued by one is read by all. name is the key's
-- file name as Data Protection gives it; xml the key element. Rows are only ever added.
CREATE TABLE data_protection_keys (
    name       TEXT NOT NULL PRIMARY KEY,
    xml        TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- Version 1 of the licence, the text of the /licence page (typographic apostrophes: no SQL escaping).
INSERT INTO licence_versions (version, text, published_at) VALUES (1, 'Licence de réutilisation des données d’OpenEmploi — version 1

Article 1 — Objet. La licence définit les conditions dans lesquelles un réutilisateur peut exploiter la base des offres d’emploi d’OpenEmploi. La base est diffusée par une API, sans les coordonnées des employeurs. Un candidat qui veut postuler à une offre affichée par un réutilisateur est redirigé vers le site de l’opérateur par le lien de candidature fourni avec chaque offre.

Article 2 — Versions de la licence. L’opérateur peut publier une nouvelle version de la licence. Elle est annoncée à chaque réutilisateur. Le réutilisateur qui ne la refuse pas expressément dans un délai de 15 jours calendaires est réputé l’avoir acceptée : elle s’applique à lui le lendemain de ce délai. Refuser une nouvelle version met fin à l’accès à la base. La version acceptée par chaque application est conservée.

Article 3 — Accès à la base. 3.1 On accède à la base uniquement par la plateforme des développeurs, après avoir créé un compte. Le réutilisateur ne peut pas concéder de sous-licence. Il empêche les utilisateurs de son service d’extraire le contenu de la base. 3.2 Le réutilisateur demande l’accès en décrivant l’usage qu’il compte faire des données. L’opérateur dispose de 5 jours calendaires pour valider la demande. Les identifiants d’accès sont personnels : le réutilisateur en est responsable et ne les communique à personne. Ils restent la propriété de l’opérateur, qui peut les révoquer. Toute évolution de l’API est annoncée au moins 2 mois à l’avance.

Article 4 — Mentions obligatoires. Toute réutilisation des offres affiche la source des données (« OpenEmploi »), la date de leur dernière mise à jour et un lien vers la licence. Le réutilisateur qui modifie les données fournit un document décrivant chacune des modifications apportées à la base.

Article 5 — Obligations du réutilisateur. 5.1 Aucune somme ne peut être demandée aux demandeurs d’emploi pour consulter les offres ou y postuler ; les offres ne peuvent pas être vendues. 5.2 Le réutilisateur conserve et affiche, pour chaque offre, sa date de première publication et sa date de mise à jour. Il interroge l’API au moins toutes les 24 heures et reporte chez lui les créations, les modifications et les suppressions d’offres. 5.3 Le réutilisateur affiche l’intégralité du contenu que l’API fournit pour chaque offre. 5.4 Chaque mois, le réutilisateur transmet à l’opérateur le nombre de consultations de chaque offre sur son service, offre par offre et au total, au format CSV.

Article 6 — Partage à l’identique. Une base de données dérivée de la base des offres est partagée sous la même licence.

Article 7 — Absence de profondeur historique. Le réutilisateur ne conserve ni ne rediffuse le contenu des offres supprimées de la base, et ne les accumule pas pour en reconstituer l’historique.

Article 8 — Logo. Les offres présentées pour rapprocher candidats et employeurs portent le logo de l’opérateur, selon les règles d’usage que celui-ci fournit avec le logo.

Article 9 — Suspension et résiliation. En cas de manquement à la licence, l’opérateur peut suspendre l’accès du réutilisateur. Si une mise en demeure reste sans réponse pendant 30 jours, la licence est résiliée. La licence est résiliée d’office après 12 mois sans aucun appel à l’API ; le réutilisateur en est prévenu à l’avance.

Article 13 — Audit. L’opérateur peut vérifier que le réutilisateur respecte la licence, notamment à partir de l’historique des accès de l’application, de ses actualisations, de ses comptes rendus de consultation et de ses acceptations de la licence.', '2026-01-01T00:00:00.000000Z');
