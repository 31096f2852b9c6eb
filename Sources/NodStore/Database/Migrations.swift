/// The ledger's schema as numbered migrations (see `Ledger`): written once, in SQLite's words,
/// which `LedgerDialect.adapted` turns into PostgreSQL's.
extension Ledger {
    /// One change to the schema, applied once.
    package struct Migration: Sendable {
        package var version: Int
        package var name: String
        package var statements: [String]
    }

    /// Every migration, oldest first. A change to the schema is a new entry here, never an edit
    /// to an old one (a test upgrades a database made by the previous schema).
    package static let migrations: [Migration] = [
        Migration(version: 1, name: "organisations and their submissions", statements: [
            """
            CREATE TABLE organisations (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                registration TEXT UNIQUE
            )
            """,
            """
            CREATE TABLE submissions (
                id INTEGER PRIMARY KEY,
                organisation_id INTEGER NOT NULL REFERENCES organisations(id),
                bundle_sha256 TEXT NOT NULL,
                submitted TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('queued', 'auditing', 'audited', 'rejected'))
            )
            """,
            "CREATE INDEX submissions_by_organisation ON submissions(organisation_id, submitted)",
        ]),
        Migration(version: 2, name: "accounts and sessions", statements: [
            """
            CREATE TABLE accounts (
                id INTEGER PRIMARY KEY,
                email TEXT NOT NULL UNIQUE,
                password_hash TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('co-op', 'certifier', 'regulator', 'admin')),
                organisation_id INTEGER REFERENCES organisations(id)
            )
            """,
            """
            CREATE TABLE sessions (
                id TEXT PRIMARY KEY,
                account_id INTEGER NOT NULL REFERENCES accounts(id),
                csrf_token TEXT NOT NULL,
                expires TEXT NOT NULL
            )
            """,
        ]),
        Migration(version: 3, name: "random public ids, audit outcomes, evidence log and API tokens", statements: [
            "ALTER TABLE organisations ADD COLUMN public_id TEXT",
            "UPDATE organisations SET public_id = lower(hex(randomblob(16))) WHERE public_id IS NULL",
            "CREATE UNIQUE INDEX organisations_by_public_id ON organisations(public_id)",
            "ALTER TABLE submissions ADD COLUMN public_id TEXT",
            "UPDATE submissions SET public_id = lower(hex(randomblob(16))) WHERE public_id IS NULL",
            "CREATE UNIQUE INDEX submissions_by_public_id ON submissions(public_id)",
            "ALTER TABLE submissions ADD COLUMN account_id INTEGER REFERENCES accounts(id)",
            "ALTER TABLE submissions ADD COLUMN file_name TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE submissions ADD COLUMN bytes INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE submissions ADD COLUMN keep_evidence INTEGER NOT NULL DEFAULT 1",
            "ALTER TABLE submissions ADD COLUMN finished TEXT",
            "ALTER TABLE submissions ADD COLUMN decision TEXT",
            "ALTER TABLE submissions ADD COLUMN level TEXT",
            "ALTER TABLE submissions ADD COLUMN score_earned INTEGER",
            "ALTER TABLE submissions ADD COLUMN score_possible INTEGER",
            "ALTER TABLE submissions ADD COLUMN rejection TEXT",
            "ALTER TABLE submissions ADD COLUMN rejection_code TEXT",
            "CREATE INDEX submissions_by_status ON submissions(status, id)",
            """
            CREATE TABLE evidence_views (
                id INTEGER PRIMARY KEY,
                account_id INTEGER NOT NULL REFERENCES accounts(id),
                submission_id INTEGER NOT NULL,
                path TEXT NOT NULL,
                viewed TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE api_tokens (
                id TEXT PRIMARY KEY,
                public_id TEXT NOT NULL UNIQUE,
                account_id INTEGER NOT NULL REFERENCES accounts(id),
                label TEXT NOT NULL,
                created TEXT NOT NULL,
                revoked TEXT
            )
            """,
        ]),
        Migration(version: 4, name: "the certification cycle and its audit trail", statements: [
            """
            CREATE TABLE events (
                id INTEGER PRIMARY KEY,
                recorded TEXT NOT NULL,
                kind TEXT NOT NULL,
                actor TEXT NOT NULL,
                organisation_id INTEGER,
                subject TEXT NOT NULL,
                detail TEXT NOT NULL,
                previous_hash TEXT NOT NULL,
                hash TEXT NOT NULL
            )
            """,
            "CREATE INDEX events_by_subject ON events(subject, id)",
            "ALTER TABLE submissions ADD COLUMN purpose TEXT NOT NULL DEFAULT 'initial'",
            """
            CREATE TABLE reviews (
                submission_id INTEGER PRIMARY KEY REFERENCES submissions(id),
                reviewer_id INTEGER NOT NULL REFERENCES accounts(id),
                attestations TEXT NOT NULL DEFAULT '',
                waivers TEXT NOT NULL DEFAULT '',
                notes TEXT NOT NULL DEFAULT '',
                completed TEXT
            )
            """,
            """
            CREATE TABLE evidence_requests (
                id INTEGER PRIMARY KEY,
                public_id TEXT NOT NULL UNIQUE,
                submission_id INTEGER NOT NULL REFERENCES submissions(id),
                rule TEXT NOT NULL,
                message TEXT NOT NULL,
                asked_by INTEGER NOT NULL REFERENCES accounts(id),
                asked TEXT NOT NULL,
                answer_submission_id INTEGER REFERENCES submissions(id),
                answered TEXT
            )
            """,
            """
            CREATE TABLE decisions (
                id INTEGER PRIMARY KEY,
                submission_id INTEGER NOT NULL UNIQUE REFERENCES submissions(id),
                outcome TEXT NOT NULL CHECK (outcome IN ('award', 'award-with-conditions', 'refuse')),
                reviewer_id INTEGER NOT NULL REFERENCES accounts(id),
                decider_id INTEGER NOT NULL REFERENCES accounts(id),
                same_person INTEGER NOT NULL DEFAULT 0,
                decided TEXT NOT NULL,
                reason TEXT NOT NULL DEFAULT ''
            )
            """,
            """
            CREATE TABLE certificates (
                id INTEGER PRIMARY KEY,
                number TEXT NOT NULL UNIQUE,
                organisation_id INTEGER NOT NULL REFERENCES organisations(id),
                decision_id INTEGER NOT NULL UNIQUE REFERENCES decisions(id),
                profile TEXT NOT NULL,
                level TEXT NOT NULL,
                standard_version TEXT NOT NULL,
                decided TEXT NOT NULL,
                expires TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('active', 'suspended', 'withdrawn', 'expired')),
                status_reason TEXT NOT NULL,
                status_changed TEXT NOT NULL,
                document TEXT NOT NULL
            )
            """,
            "CREATE INDEX certificates_by_organisation ON certificates(organisation_id, decided)",
            """
            CREATE TABLE certificate_statuses (
                id INTEGER PRIMARY KEY,
                certificate_id INTEGER NOT NULL REFERENCES certificates(id),
                status TEXT NOT NULL,
                reason TEXT NOT NULL,
                changed TEXT NOT NULL,
                actor TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE surveillance (
                id INTEGER PRIMARY KEY,
                certificate_id INTEGER NOT NULL REFERENCES certificates(id),
                kind TEXT NOT NULL CHECK (kind IN ('surveillance', 'recertification')),
                due TEXT NOT NULL,
                submission_id INTEGER REFERENCES submissions(id),
                completed TEXT
            )
            """,
            """
            CREATE TABLE corrective_actions (
                id INTEGER PRIMARY KEY,
                public_id TEXT NOT NULL UNIQUE,
                certificate_id INTEGER NOT NULL REFERENCES certificates(id),
                rule TEXT NOT NULL,
                severity TEXT NOT NULL,
                raised TEXT NOT NULL,
                due TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('open', 'closure-submitted', 'closed')),
                closure_submission_id INTEGER REFERENCES submissions(id),
                warned TEXT,
                resolved TEXT,
                resolved_by INTEGER REFERENCES accounts(id),
                note TEXT NOT NULL DEFAULT ''
            )
            """,
        ]),
        // A regulator's seasons: each organisation's latest audit of a season, and counts kept
        // as audits arrive, so a portfolio page reads a few indexed rows however many reports.
        Migration(version: 5, name: "seasons: imported batches and the portfolio's counts", statements: [
            "ALTER TABLE submissions ADD COLUMN season TEXT",
            "ALTER TABLE submissions ADD COLUMN source TEXT NOT NULL DEFAULT 'upload'",
            "CREATE INDEX submissions_by_import ON submissions(organisation_id, bundle_sha256, season)",
            "ALTER TABLE organisations ADD COLUMN trend INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE organisations ADD COLUMN latest_season TEXT",
            "CREATE INDEX organisations_by_trend ON organisations(trend, name, id)",
            """
            CREATE TABLE organisation_seasons (
                organisation_id INTEGER NOT NULL REFERENCES organisations(id),
                season TEXT NOT NULL,
                submission_id INTEGER NOT NULL REFERENCES submissions(id),
                decision TEXT NOT NULL,
                rank INTEGER NOT NULL,
                level TEXT,
                earned INTEGER NOT NULL,
                possible INTEGER NOT NULL,
                PRIMARY KEY (organisation_id, season)
            )
            """,
            """
            CREATE TABLE season_counts (
                season TEXT NOT NULL,
                decision TEXT NOT NULL,
                organisations INTEGER NOT NULL,
                PRIMARY KEY (season, decision)
            )
            """,
            """
            CREATE TABLE rule_failures (
                submission_id INTEGER NOT NULL REFERENCES submissions(id),
                rule TEXT NOT NULL,
                PRIMARY KEY (submission_id, rule)
            )
            """,
            """
            CREATE TABLE rule_season_counts (
                rule TEXT NOT NULL,
                season TEXT NOT NULL,
                not_met INTEGER NOT NULL,
                PRIMARY KEY (rule, season)
            )
            """,
        ]),
        // Several servers drain one queue (PostgreSQL): a claim names its server and holds for
        // a lease the server renews while it audits; a claim whose lease ran out (its server
        // died) is queued again by any other.
        Migration(version: 6, name: "queue claims for several servers", statements: [
            "ALTER TABLE submissions ADD COLUMN claimed_by TEXT",
            "ALTER TABLE submissions ADD COLUMN claim_expires INTEGER",
        ]),
    ]
}
