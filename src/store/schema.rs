//! The schema, versioned with `PRAGMA user_version`; each migration runs once, in order.

/// Migrations, oldest first; the schema version is the number applied.
pub(super) const MIGRATIONS: &[&str] = &[
    // 1: the board.
    r#"
-- CHECKs compare with OR, not IN: SQLite builds a temporary table for an IN list
-- on every row written.
CREATE TABLE plans (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    doc_number TEXT,
    date TEXT,
    issuers TEXT NOT NULL DEFAULT '[]',
    general_requirements TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE sections (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    numeral TEXT NOT NULL,
    title TEXT NOT NULL,
    UNIQUE (plan_id, number)
);
CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    section_id INTEGER REFERENCES sections(id),
    number INTEGER NOT NULL,
    title TEXT NOT NULL,
    target TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'todo'
        CHECK (status = 'todo' OR status = 'doing' OR status = 'blocked' OR status = 'done'),
    position INTEGER NOT NULL,
    deadline TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (plan_id, number)
);
CREATE INDEX items_by_column ON items (plan_id, status, position);
-- Keyed by item and place, with no rowid: one B-tree per row written, not two.
CREATE TABLE measures (
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    text TEXT NOT NULL,
    done INTEGER NOT NULL DEFAULT 0 CHECK (done = 0 OR done = 1),
    PRIMARY KEY (item_id, ordinal)
) WITHOUT ROWID;
CREATE TABLE offices (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    is_group INTEGER NOT NULL DEFAULT 0 CHECK (is_group = 0 OR is_group = 1)
);
CREATE TABLE office_aliases (
    alias TEXT PRIMARY KEY,
    office_id INTEGER NOT NULL REFERENCES offices(id) ON DELETE CASCADE
);
CREATE TABLE item_offices (
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    office_id INTEGER NOT NULL REFERENCES offices(id),
    role TEXT NOT NULL CHECK (role = 'lead' OR role = 'co'),
    ordinal INTEGER NOT NULL,
    PRIMARY KEY (item_id, office_id)
) WITHOUT ROWID;
CREATE INDEX item_offices_by_office ON item_offices (office_id, role);
-- AUTOINCREMENT: a deleted note's id is never given to another, so undo can put
-- the note back under its own id.
CREATE TABLE notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    edited_at TEXT,
    text TEXT NOT NULL
);
CREATE INDEX notes_by_item ON notes (item_id, id);
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    item_id INTEGER REFERENCES items(id) ON DELETE CASCADE,
    actor TEXT NOT NULL,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    before TEXT,
    after TEXT,
    -- The note or measure (ordinal) the change is about, when it is about one.
    ref_id INTEGER,
    -- For an undo: the event it undoes.
    undoes INTEGER REFERENCES events(id)
);
CREATE INDEX events_by_item ON events (item_id, id);
CREATE INDEX events_by_plan ON events (plan_id, at);
CREATE INDEX events_by_actor ON events (actor, id);
CREATE TABLE presence (
    session TEXT PRIMARY KEY,
    actor TEXT NOT NULL,
    host TEXT NOT NULL,
    pid INTEGER NOT NULL,
    since TEXT NOT NULL,
    last_seen TEXT NOT NULL
);
"#,
    // 2: deadlines, indicators, stand-ups and board visits (issue 5).
    // `due` is the effective deadline (ISO date); the Rust side fills it and the
    // indicators for existing items right after this runs (see `Store::migrate`).
    r#"
ALTER TABLE items ADD COLUMN due TEXT;
-- Set by `duban due`: a re-import leaves such a deadline alone.
ALTER TABLE items ADD COLUMN due_set INTEGER NOT NULL DEFAULT 0 CHECK (due_set = 0 OR due_set = 1);
CREATE TABLE indicators (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    text TEXT NOT NULL,
    target REAL NOT NULL,
    unit TEXT NOT NULL,
    direction TEXT NOT NULL
        CHECK (direction = 'at_least' OR direction = 'at_most' OR direction = 'exactly'),
    actual REAL,
    updated_at TEXT,
    UNIQUE (item_id, ordinal)
);
CREATE TABLE standups (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    actor TEXT NOT NULL,
    office TEXT,
    at TEXT NOT NULL
);
CREATE INDEX standups_by_actor ON standups (plan_id, actor, id);
CREATE TABLE visits (
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    actor TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (plan_id, actor)
);
CREATE INDEX events_by_plan_kind ON events (plan_id, kind, at);
"#,
    // 3: what a card shows, kept on the item so that a board of 100k items loads
    // with one table scan. `CARD_COUNTS` fills them (after the migrations, in
    // `Store::migrate`) and keeps them right on every write.
    r#"
ALTER TABLE items ADD COLUMN lead_office TEXT;
ALTER TABLE items ADD COLUMN measures_done INTEGER NOT NULL DEFAULT 0;
ALTER TABLE items ADD COLUMN measures_total INTEGER NOT NULL DEFAULT 0;
ALTER TABLE items ADD COLUMN notes_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE items ADD COLUMN indicators_total INTEGER NOT NULL DEFAULT 0;
ALTER TABLE items ADD COLUMN indicators_behind INTEGER NOT NULL DEFAULT 0;
-- Covers the card query: loading a board never reads the long texts of its items.
CREATE INDEX items_cards ON items (plan_id, status, position, number, section_id, title,
    lead_office, measures_done, measures_total, notes_count, deadline, version, updated_at, due,
    indicators_total, indicators_behind);
"#,
    // 4: leaner writes for large imports. `items_cards` starts with the columns of
    // `items_by_column`, so that index only cost every write a second B-tree.
    // Imports no longer write a `create` event per item: an item's creation is read
    // from the item and its plan's import event (see `Store::history`).
    r#"
DROP INDEX items_by_column;
"#,
    // 5: the responsible leaders a document names for an item (牵头负责领导, 分管领导,
    // 责任人): persons, kept apart from offices. Re-imports replace them.
    r#"
CREATE TABLE item_persons (
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (item_id, ordinal)
) WITHOUT ROWID;
"#,
    // 6: the supervision loop (issue 12): who belongs to which office, the
    // reporting cycle, progress reports, urges and close-outs. The card columns
    // (`report_period` … `awaiting_confirmation`) are kept by the writes of
    // `store::supervise`, and join the covering index so a board still loads its
    // cards with one index scan.
    r#"
CREATE TABLE members (
    user TEXT NOT NULL,
    office_id INTEGER NOT NULL REFERENCES offices(id) ON DELETE CASCADE,
    supervisor INTEGER NOT NULL DEFAULT 0 CHECK (supervisor = 0 OR supervisor = 1),
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL,
    PRIMARY KEY (user, office_id)
) WITHOUT ROWID;
CREATE TABLE cycles (
    plan_id INTEGER PRIMARY KEY REFERENCES plans(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind = 'weekly' OR kind = 'monthly' OR kind = 'quarterly'),
    due_day INTEGER NOT NULL,
    set_by TEXT NOT NULL,
    set_at TEXT NOT NULL
);
-- One report per item and period; a second replaces the first, whose text stays
-- in the history.
CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    period TEXT NOT NULL,
    text TEXT NOT NULL,
    author TEXT NOT NULL,
    at TEXT NOT NULL,
    UNIQUE (item_id, period)
);
CREATE INDEX reports_by_period ON reports (period, item_id);
CREATE TABLE urges (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    author TEXT NOT NULL,
    at TEXT NOT NULL,
    reply_by TEXT,
    answer TEXT,
    answered_by TEXT,
    answered_at TEXT
);
CREATE INDEX urges_by_item ON urges (item_id, id);
-- The latest close-out of an item (earlier ones are in the history).
CREATE TABLE closeouts (
    item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
    statement TEXT NOT NULL,
    closed_by TEXT NOT NULL,
    closed_at TEXT NOT NULL,
    needs_confirmation INTEGER NOT NULL DEFAULT 0
        CHECK (needs_confirmation = 0 OR needs_confirmation = 1),
    confirmed_by TEXT,
    confirmed_at TEXT
);
-- Who typed a change made for someone else (`--as`): the OS account.
ALTER TABLE events ADD COLUMN recorded_by TEXT;
ALTER TABLE items ADD COLUMN report_period TEXT;
ALTER TABLE items ADD COLUMN urges_open INTEGER NOT NULL DEFAULT 0;
ALTER TABLE items ADD COLUMN urge_reply_by TEXT;
ALTER TABLE items ADD COLUMN awaiting_confirmation INTEGER NOT NULL DEFAULT 0;
DROP INDEX items_cards;
CREATE INDEX items_cards ON items (plan_id, status, position, number, section_id, title,
    lead_office, measures_done, measures_total, notes_count, deadline, version, updated_at, due,
    indicators_total, indicators_behind, report_period, urges_open, urge_reply_by,
    awaiting_confirmation);
"#,
    // 7: items made and corrected by hand (issue 15). Where an item comes from,
    // how urgent it is, whether it was retired (kept, never deleted; off the board
    // and the lists), which of its document fields a person changed (a re-import
    // keeps those), and the people's display names. `retired` joins the covering
    // index right after the plan, so a board still reads its live cards in order.
    r#"
ALTER TABLE items ADD COLUMN source TEXT;
ALTER TABLE items ADD COLUMN source_ref TEXT;
ALTER TABLE items ADD COLUMN requirement TEXT;
ALTER TABLE items ADD COLUMN level TEXT
    CHECK (level IS NULL OR level = 'normal' OR level = 'key' OR level = 'urgent');
-- Made with `duban add` (or the board's form), not read from a document.
ALTER TABLE items ADD COLUMN by_hand INTEGER NOT NULL DEFAULT 0 CHECK (by_hand = 0 OR by_hand = 1);
ALTER TABLE items ADD COLUMN retired INTEGER NOT NULL DEFAULT 0 CHECK (retired = 0 OR retired = 1);
ALTER TABLE items ADD COLUMN retired_reason TEXT;
CREATE TABLE item_hand_fields (
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    PRIMARY KEY (item_id, field)
) WITHOUT ROWID;
CREATE TABLE people (
    user TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    set_by TEXT NOT NULL,
    set_at TEXT NOT NULL
) WITHOUT ROWID;
DROP INDEX items_cards;
CREATE INDEX items_cards ON items (plan_id, retired, status, position, number, section_id, title,
    lead_office, measures_done, measures_total, notes_count, deadline, version, updated_at, due,
    indicators_total, indicators_behind, report_period, urges_open, urge_reply_by,
    awaiting_confirmation);
"#,
    // 8: the warnings the last import of a plan met (`duban plans`, the plan switcher).
    r#"
ALTER TABLE plans ADD COLUMN import_warnings INTEGER NOT NULL DEFAULT 0 CHECK (import_warnings >= 0);
"#,
    // 9: a reopened close-out stays on record (issue 16), marked as reopened (by whom,
    // when, why), and no longer counts as closed or confirmed.
    r#"
ALTER TABLE closeouts ADD COLUMN reopened_by TEXT;
ALTER TABLE closeouts ADD COLUMN reopened_at TEXT;
ALTER TABLE closeouts ADD COLUMN reopen_reason TEXT;
"#,
    // 10: presence read by index (issue 16, point 17): a flooded table costs an idle
    // board the rows it reads, not a scan of them all.
    r#"
CREATE INDEX presence_by_seen ON presence (last_seen);
"#,
    // 11: every card's place, narrow (issue 20): a board counts its columns and reads
    // its places from this rather than from the wide card index (at a million items,
    // counting the first column read ~0.5 s of that index warm, 5 s cold; ~0.1 s here).
    r#"
CREATE INDEX items_places ON items (plan_id, retired, status, position, number);
"#,
    // 12: each column's card count, kept by triggers (issue 20): the board's column
    // titles read four rows instead of counting a million index entries (~0.1 s).
    // Counts the live (not retired) items of each plan by status; a row may stay
    // at 0. `store::column_counts` reads it and its tests check it against COUNT.
    r#"
CREATE TABLE column_counts (
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    n INTEGER NOT NULL CHECK (n >= 0),
    PRIMARY KEY (plan_id, status)
) WITHOUT ROWID;
INSERT INTO column_counts (plan_id, status, n)
    SELECT plan_id, status, count(*) FROM items WHERE retired = 0 GROUP BY plan_id, status;
CREATE TRIGGER column_counts_insert AFTER INSERT ON items WHEN NEW.retired = 0
BEGIN
    INSERT INTO column_counts (plan_id, status, n) VALUES (NEW.plan_id, NEW.status, 1)
        ON CONFLICT (plan_id, status) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER column_counts_delete AFTER DELETE ON items WHEN OLD.retired = 0
BEGIN
    UPDATE column_counts SET n = n - 1 WHERE plan_id = OLD.plan_id AND status = OLD.status;
END;
CREATE TRIGGER column_counts_update AFTER UPDATE OF plan_id, status, retired ON items
    WHEN OLD.plan_id IS NOT NEW.plan_id OR OLD.status IS NOT NEW.status
        OR OLD.retired IS NOT NEW.retired
BEGIN
    UPDATE column_counts SET n = n - 1
        WHERE OLD.retired = 0 AND plan_id = OLD.plan_id AND status = OLD.status;
    INSERT INTO column_counts (plan_id, status, n)
        SELECT NEW.plan_id, NEW.status, 1 WHERE NEW.retired = 0
        ON CONFLICT (plan_id, status) DO UPDATE SET n = n + 1;
END;
"#,
    // 13: each office's item counts by role and status, kept by triggers (as
    // `column_counts`): the office picker reads a few rows per office instead of
    // grouping every item-office row of the plan (~0.2 s at 100k).
    // Counts the live (not retired) items of each plan per office, role and
    // status; a row may stay at 0. An item and its offices are counted by
    // whichever of the two is written second (an import's batches may write the
    // offices first). An item's delete takes its counts in the
    // BEFORE trigger, while its offices are still there (the cascade that then
    // deletes them finds no item left). `store::office_counts` tests it against
    // GROUP BY. The office index also holds the item: the office filter reads an
    // office's items from the index alone (a server read each link's row too).
    r#"
DROP INDEX item_offices_by_office;
CREATE INDEX item_offices_by_office ON item_offices (office_id, role, item_id);
CREATE TABLE office_counts (
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    office_id INTEGER NOT NULL REFERENCES offices(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    status TEXT NOT NULL,
    n INTEGER NOT NULL CHECK (n >= 0),
    PRIMARY KEY (plan_id, office_id, role, status)
) WITHOUT ROWID;
INSERT INTO office_counts (plan_id, office_id, role, status, n)
    SELECT i.plan_id, io.office_id, io.role, i.status, count(*)
    FROM item_offices io JOIN items i ON i.id = io.item_id WHERE i.retired = 0
    GROUP BY i.plan_id, io.office_id, io.role, i.status;
CREATE TRIGGER office_counts_insert AFTER INSERT ON item_offices
BEGIN
    INSERT INTO office_counts (plan_id, office_id, role, status, n)
        SELECT plan_id, NEW.office_id, NEW.role, status, 1 FROM items
        WHERE id = NEW.item_id AND retired = 0
        ON CONFLICT (plan_id, office_id, role, status) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER office_counts_delete AFTER DELETE ON item_offices
BEGIN
    UPDATE office_counts SET n = n - 1
        WHERE office_id = OLD.office_id AND role = OLD.role AND (plan_id, status) IN
            (SELECT plan_id, status FROM items WHERE id = OLD.item_id AND retired = 0);
END;
CREATE TRIGGER office_counts_update AFTER UPDATE OF item_id, office_id, role ON item_offices
BEGIN
    UPDATE office_counts SET n = n - 1
        WHERE office_id = OLD.office_id AND role = OLD.role AND (plan_id, status) IN
            (SELECT plan_id, status FROM items WHERE id = OLD.item_id AND retired = 0);
    INSERT INTO office_counts (plan_id, office_id, role, status, n)
        SELECT plan_id, NEW.office_id, NEW.role, status, 1 FROM items
        WHERE id = NEW.item_id AND retired = 0
        ON CONFLICT (plan_id, office_id, role, status) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER office_counts_item_insert AFTER INSERT ON items WHEN NEW.retired = 0
BEGIN
    INSERT INTO office_counts (plan_id, office_id, role, status, n)
        SELECT NEW.plan_id, office_id, role, NEW.status, 1 FROM item_offices
        WHERE item_id = NEW.id
        ON CONFLICT (plan_id, office_id, role, status) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER office_counts_item_update AFTER UPDATE OF plan_id, status, retired ON items
    WHEN OLD.plan_id IS NOT NEW.plan_id OR OLD.status IS NOT NEW.status
        OR OLD.retired IS NOT NEW.retired
BEGIN
    UPDATE office_counts SET n = n - 1
        WHERE OLD.retired = 0 AND plan_id = OLD.plan_id AND status = OLD.status
            AND (office_id, role) IN (SELECT office_id, role FROM item_offices WHERE item_id = OLD.id);
    INSERT INTO office_counts (plan_id, office_id, role, status, n)
        SELECT NEW.plan_id, office_id, role, NEW.status, 1 FROM item_offices
        WHERE item_id = NEW.id AND NEW.retired = 0
        ON CONFLICT (plan_id, office_id, role, status) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER office_counts_item_delete BEFORE DELETE ON items WHEN OLD.retired = 0
BEGIN
    UPDATE office_counts SET n = n - 1
        WHERE plan_id = OLD.plan_id AND status = OLD.status
            AND (office_id, role) IN (SELECT office_id, role FROM item_offices WHERE item_id = OLD.id);
END;
"#,
];

/// Recomputes the card columns of item ?1 from its rows. Every write that changes
/// measures, notes, offices or indicators runs it in its transaction.
pub(super) const CARD_COUNTS: &str = "
UPDATE items SET
    lead_office = (SELECT o.name FROM item_offices io JOIN offices o ON o.id = io.office_id
                   WHERE io.item_id = items.id AND io.role = 'lead' ORDER BY io.ordinal LIMIT 1),
    measures_done = (SELECT count(*) FROM measures m WHERE m.item_id = items.id AND m.done),
    measures_total = (SELECT count(*) FROM measures m WHERE m.item_id = items.id),
    notes_count = (SELECT count(*) FROM notes n WHERE n.item_id = items.id),
    indicators_total = (SELECT count(*) FROM indicators x WHERE x.item_id = items.id),
    indicators_behind = (SELECT count(*) FROM indicators x WHERE x.item_id = items.id
        AND x.actual IS NOT NULL
        AND NOT CASE x.direction WHEN 'at_least' THEN x.actual >= x.target
                WHEN 'at_most' THEN x.actual <= x.target
                ELSE abs(x.actual - x.target) < 1e-9 END)
WHERE id = ?1";

/// The office index of `item_offices` (as migration 13 makes it), which a large
/// import drops and builds again once its rows are in.
pub(super) const ITEM_OFFICES_BY_OFFICE: &str =
    "CREATE INDEX item_offices_by_office ON item_offices (office_id, role, item_id)";

/// The SQL of migration `version` (1-based), for tests that build old databases.
pub(super) fn migration(version: usize) -> Option<&'static str> {
    version
        .checked_sub(1)
        .and_then(|k| MIGRATIONS.get(k))
        .copied()
}

/// The newest schema this build knows.
pub(super) const CURRENT: i64 = MIGRATIONS.len() as i64;
