//! duban's tables on a PostgreSQL server, in the numbering of the SQLite
//! migrations (`store::schema::MIGRATIONS`): the server starts at the SQLite
//! schema it mirrors, and each later SQLite migration gets its counterpart here
//! under the same number.

/// The schema that holds duban's tables, functions and triggers.
pub const SCHEMA: &str = "duban";
/// The role that owns the schema and its objects (never logs in).
pub const OWNER_ROLE: &str = "duban_owner";
/// The role every member's login role belongs to.
pub const MEMBER_ROLE: &str = "duban_member";
/// The role that owns `duban.admit`: it may create login roles and hand out the
/// member role, nothing else (see `admit.rs`).
pub const ADMIT_ROLE: &str = "duban_admit";

/// Server migrations, oldest first: (the schema version it brings the server to,
/// its SQL). The first is the whole SQLite schema as of that version, in
/// PostgreSQL's types: booleans for SQLite's 0/1 columns, bigint for every
/// integer (rusqlite's i64), identity columns for rowids, times kept as the same
/// ISO-8601 text the store writes and compares. `user` is quoted (a keyword here).
pub const MIGRATIONS: &[(i64, &str)] = &[
    (10, BASELINE_10),
    (11, PLACES_11),
    (12, COLUMN_COUNTS_12),
    (13, OFFICE_COUNTS_13),
];

/// 13: each office's item counts by role and status, kept by triggers (the SQLite
/// migration 13), as `column_counts` is: the functions run as the schema's owner,
/// members read the table. An item and its offices are counted by whichever of
/// the two is written second. An item's delete takes its counts in a BEFORE trigger,
/// while its offices are still there; the cascade that then deletes them finds
/// no item left to count. The office index also holds the item, so the office
/// filter reads an office's items by an index-only scan.
const OFFICE_COUNTS_13: &str = r#"
DROP INDEX item_offices_by_office;
CREATE INDEX item_offices_by_office ON item_offices (office_id, role, item_id);
CREATE TABLE office_counts (
    plan_id bigint NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    office_id bigint NOT NULL REFERENCES offices(id) ON DELETE CASCADE,
    role text NOT NULL,
    status text NOT NULL,
    n bigint NOT NULL CHECK (n >= 0),
    PRIMARY KEY (plan_id, office_id, role, status)
);
INSERT INTO office_counts (plan_id, office_id, role, status, n)
    SELECT i.plan_id, io.office_id, io.role, i.status, count(*)
    FROM item_offices io JOIN items i ON i.id = io.item_id WHERE NOT i.retired
    GROUP BY i.plan_id, io.office_id, io.role, i.status;
CREATE FUNCTION count_offices() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = duban, pg_temp AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.item_id = NEW.item_id AND OLD.office_id = NEW.office_id
        AND OLD.role = NEW.role THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE office_counts c SET n = c.n - 1 FROM items i
            WHERE i.id = OLD.item_id AND NOT i.retired AND c.plan_id = i.plan_id
                AND c.status = i.status AND c.office_id = OLD.office_id AND c.role = OLD.role;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO office_counts (plan_id, office_id, role, status, n)
            SELECT i.plan_id, NEW.office_id, NEW.role, i.status, 1 FROM items i
            WHERE i.id = NEW.item_id AND NOT i.retired
            ON CONFLICT (plan_id, office_id, role, status) DO UPDATE SET n = office_counts.n + 1;
    END IF;
    RETURN NULL;
END
$$;
REVOKE EXECUTE ON FUNCTION count_offices() FROM PUBLIC;
CREATE TRIGGER count_offices AFTER INSERT OR DELETE OR UPDATE OF item_id, office_id, role
    ON item_offices FOR EACH ROW EXECUTE FUNCTION count_offices();
CREATE FUNCTION count_item_offices() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = duban, pg_temp AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.plan_id = NEW.plan_id AND OLD.status = NEW.status
        AND OLD.retired = NEW.retired THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF NOT OLD.retired THEN
            UPDATE office_counts c SET n = c.n - 1 FROM item_offices io
                WHERE io.item_id = OLD.id AND c.plan_id = OLD.plan_id
                    AND c.status = OLD.status AND c.office_id = io.office_id
                    AND c.role = io.role;
        END IF;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') AND NOT NEW.retired THEN
        INSERT INTO office_counts (plan_id, office_id, role, status, n)
            SELECT NEW.plan_id, io.office_id, io.role, NEW.status, 1 FROM item_offices io
            WHERE io.item_id = NEW.id
            ON CONFLICT (plan_id, office_id, role, status) DO UPDATE SET n = office_counts.n + 1;
    END IF;
    -- A BEFORE DELETE trigger lets the delete go on by returning the row.
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NULL;
END
$$;
REVOKE EXECUTE ON FUNCTION count_item_offices() FROM PUBLIC;
CREATE TRIGGER count_item_offices AFTER INSERT OR UPDATE OF plan_id, status, retired
    ON items FOR EACH ROW EXECUTE FUNCTION count_item_offices();
CREATE TRIGGER count_item_offices_delete BEFORE DELETE
    ON items FOR EACH ROW EXECUTE FUNCTION count_item_offices();
ALTER TABLE office_counts ENABLE ROW LEVEL SECURITY;
ALTER TABLE office_counts FORCE ROW LEVEL SECURITY;
CREATE POLICY read ON office_counts FOR SELECT USING (true);
CREATE POLICY count ON office_counts FOR ALL TO duban_owner USING (true) WITH CHECK (true);
GRANT SELECT ON office_counts TO duban_member;
"#;

/// 12: each column's card count, kept by a trigger (the SQLite migration 12). The
/// trigger's function runs as the schema's owner, so a member's move updates the
/// count without a grant to write the table (row-level security lets only the
/// owner write it); members read it like every table.
const COLUMN_COUNTS_12: &str = r#"
CREATE TABLE column_counts (
    plan_id bigint NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    status text NOT NULL,
    n bigint NOT NULL CHECK (n >= 0),
    PRIMARY KEY (plan_id, status)
);
INSERT INTO column_counts (plan_id, status, n)
    SELECT plan_id, status, count(*) FROM items WHERE NOT retired GROUP BY plan_id, status;
CREATE FUNCTION count_columns() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = duban, pg_temp AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.plan_id = NEW.plan_id AND OLD.status = NEW.status
        AND OLD.retired = NEW.retired THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') AND NOT OLD.retired THEN
        UPDATE column_counts SET n = n - 1
            WHERE plan_id = OLD.plan_id AND status = OLD.status;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') AND NOT NEW.retired THEN
        INSERT INTO column_counts (plan_id, status, n) VALUES (NEW.plan_id, NEW.status, 1)
            ON CONFLICT (plan_id, status) DO UPDATE SET n = column_counts.n + 1;
    END IF;
    RETURN NULL;
END
$$;
REVOKE EXECUTE ON FUNCTION count_columns() FROM PUBLIC;
CREATE TRIGGER count_columns AFTER INSERT OR DELETE OR UPDATE OF plan_id, status, retired
    ON items FOR EACH ROW EXECUTE FUNCTION count_columns();
ALTER TABLE column_counts ENABLE ROW LEVEL SECURITY;
ALTER TABLE column_counts FORCE ROW LEVEL SECURITY;
CREATE POLICY read ON column_counts FOR SELECT USING (true);
CREATE POLICY count ON column_counts FOR ALL TO duban_owner USING (true) WITH CHECK (true);
GRANT SELECT ON column_counts TO duban_member;
"#;

/// 11: every card's place, narrow (the SQLite migration 11): the column counts and
/// the places a board pages by.
const PLACES_11: &str = r#"
CREATE INDEX items_places ON items (plan_id, retired, status, position, number);
"#;

const BASELINE_10: &str = r#"
CREATE TABLE plans (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    key text NOT NULL UNIQUE,
    title text NOT NULL,
    doc_number text,
    date text,
    issuers text NOT NULL DEFAULT '[]',
    general_requirements text,
    created_at text NOT NULL,
    updated_at text NOT NULL,
    import_warnings bigint NOT NULL DEFAULT 0 CHECK (import_warnings >= 0)
);
CREATE TABLE sections (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    plan_id bigint NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    number bigint NOT NULL,
    numeral text NOT NULL,
    title text NOT NULL,
    UNIQUE (plan_id, number)
);
CREATE TABLE items (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    plan_id bigint NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    section_id bigint REFERENCES sections(id),
    number bigint NOT NULL,
    title text NOT NULL,
    target text NOT NULL,
    status text NOT NULL DEFAULT 'todo'
        CHECK (status IN ('todo', 'doing', 'blocked', 'done')),
    position bigint NOT NULL,
    deadline text,
    version bigint NOT NULL DEFAULT 1,
    created_at text NOT NULL,
    updated_at text NOT NULL,
    due text,
    due_set boolean NOT NULL DEFAULT false,
    lead_office text,
    measures_done bigint NOT NULL DEFAULT 0,
    measures_total bigint NOT NULL DEFAULT 0,
    notes_count bigint NOT NULL DEFAULT 0,
    indicators_total bigint NOT NULL DEFAULT 0,
    indicators_behind bigint NOT NULL DEFAULT 0,
    report_period text,
    urges_open bigint NOT NULL DEFAULT 0,
    urge_reply_by text,
    awaiting_confirmation boolean NOT NULL DEFAULT false,
    source text,
    source_ref text,
    requirement text,
    level text CHECK (level IS NULL OR level IN ('normal', 'key', 'urgent')),
    by_hand boolean NOT NULL DEFAULT false,
    retired boolean NOT NULL DEFAULT false,
    retired_reason text,
    UNIQUE (plan_id, number)
);
CREATE INDEX items_cards ON items (plan_id, retired, status, position);
CREATE TABLE measures (
    item_id bigint NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    ordinal bigint NOT NULL,
    text text NOT NULL,
    done boolean NOT NULL DEFAULT false,
    PRIMARY KEY (item_id, ordinal)
);
CREATE TABLE offices (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    name text NOT NULL UNIQUE,
    is_group boolean NOT NULL DEFAULT false
);
CREATE TABLE office_aliases (
    alias text PRIMARY KEY,
    office_id bigint NOT NULL REFERENCES offices(id) ON DELETE CASCADE
);
CREATE TABLE item_offices (
    item_id bigint NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    office_id bigint NOT NULL REFERENCES offices(id),
    role text NOT NULL CHECK (role IN ('lead', 'co')),
    ordinal bigint NOT NULL,
    PRIMARY KEY (item_id, office_id)
);
CREATE INDEX item_offices_by_office ON item_offices (office_id, role);
CREATE TABLE notes (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    item_id bigint NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    author text NOT NULL,
    created_at text NOT NULL,
    edited_at text,
    text text NOT NULL
);
CREATE INDEX notes_by_item ON notes (item_id, id);
CREATE TABLE events (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    plan_id bigint NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    item_id bigint REFERENCES items(id) ON DELETE CASCADE,
    actor text NOT NULL,
    at text NOT NULL,
    kind text NOT NULL,
    before text,
    after text,
    ref_id bigint,
    undoes bigint REFERENCES events(id),
    recorded_by text
);
CREATE INDEX events_by_item ON events (item_id, id);
CREATE INDEX events_by_plan ON events (plan_id, at);
CREATE INDEX events_by_actor ON events (actor, id);
CREATE INDEX events_by_plan_kind ON events (plan_id, kind, at);
CREATE TABLE presence (
    session text PRIMARY KEY,
    actor text NOT NULL,
    host text NOT NULL,
    pid bigint NOT NULL,
    since text NOT NULL,
    last_seen text NOT NULL
);
CREATE INDEX presence_by_seen ON presence (last_seen);
CREATE TABLE indicators (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    item_id bigint NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    ordinal bigint NOT NULL,
    text text NOT NULL,
    target double precision NOT NULL,
    unit text NOT NULL,
    direction text NOT NULL CHECK (direction IN ('at_least', 'at_most', 'exactly')),
    actual double precision,
    updated_at text,
    UNIQUE (item_id, ordinal)
);
CREATE TABLE standups (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    plan_id bigint NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    actor text NOT NULL,
    office text,
    at text NOT NULL
);
CREATE INDEX standups_by_actor ON standups (plan_id, actor, id);
CREATE TABLE visits (
    plan_id bigint NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    actor text NOT NULL,
    at text NOT NULL,
    PRIMARY KEY (plan_id, actor)
);
CREATE TABLE item_persons (
    item_id bigint NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    ordinal bigint NOT NULL,
    name text NOT NULL,
    PRIMARY KEY (item_id, ordinal)
);
CREATE TABLE members (
    "user" text NOT NULL,
    office_id bigint NOT NULL REFERENCES offices(id) ON DELETE CASCADE,
    supervisor boolean NOT NULL DEFAULT false,
    added_by text NOT NULL,
    added_at text NOT NULL,
    PRIMARY KEY ("user", office_id)
);
CREATE TABLE cycles (
    plan_id bigint PRIMARY KEY REFERENCES plans(id) ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('weekly', 'monthly', 'quarterly')),
    due_day bigint NOT NULL,
    set_by text NOT NULL,
    set_at text NOT NULL
);
CREATE TABLE reports (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    item_id bigint NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    period text NOT NULL,
    text text NOT NULL,
    author text NOT NULL,
    at text NOT NULL,
    UNIQUE (item_id, period)
);
CREATE INDEX reports_by_period ON reports (period, item_id);
CREATE TABLE urges (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    item_id bigint NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    text text NOT NULL,
    author text NOT NULL,
    at text NOT NULL,
    reply_by text,
    answer text,
    answered_by text,
    answered_at text
);
CREATE INDEX urges_by_item ON urges (item_id, id);
CREATE TABLE closeouts (
    item_id bigint PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
    statement text NOT NULL,
    closed_by text NOT NULL,
    closed_at text NOT NULL,
    needs_confirmation boolean NOT NULL DEFAULT false,
    confirmed_by text,
    confirmed_at text,
    reopened_by text,
    reopened_at text,
    reopen_reason text
);
CREATE TABLE item_hand_fields (
    item_id bigint NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    field text NOT NULL,
    PRIMARY KEY (item_id, field)
);
CREATE TABLE people (
    "user" text PRIMARY KEY,
    name text NOT NULL,
    set_by text NOT NULL,
    set_at text NOT NULL
);
"#;

/// The tables of the baseline, in creation order (what policies and grants cover).
pub const TABLES: &[&str] = &[
    "plans",
    "sections",
    "items",
    "measures",
    "offices",
    "office_aliases",
    "item_offices",
    "notes",
    "events",
    "presence",
    "indicators",
    "standups",
    "visits",
    "item_persons",
    "members",
    "cycles",
    "reports",
    "urges",
    "closeouts",
    "item_hand_fields",
    "people",
];

/// The table that records the schema version (the server's `PRAGMA user_version`).
pub const VERSION_TABLE: &str = "schema_version";
