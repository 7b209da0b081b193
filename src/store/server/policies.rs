//! The supervision rules kept by the server: functions mirroring `rules::Act` and
//! `WhoMay`, row-level security (enabled and forced) on every table, column
//! grants, and the triggers for what a policy cannot see. Everything is keyed on
//! `duban.actor()` (the login role, `session_user`, which `SET ROLE` cannot
//! change; or the name a supervisor acts for, see `acting.rs`) and the
//! membership tables. On a server the rules always apply: a plan starts with a
//! supervisor, so there is no "everyone may do everything" phase.

use super::schema::TABLES;

/// Functions made once, with the schema; the ones that name who acts and
/// decide who may are in `RULES`, made again by every `server init`.
const FUNCTIONS: &str = r#"
CREATE FUNCTION retired(item bigint) RETURNS boolean
LANGUAGE sql STABLE SET search_path = duban, pg_temp AS $$
    SELECT coalesce((SELECT retired FROM items WHERE id = item), false)
$$;
-- One notification per transaction: PostgreSQL folds equal notifications.
CREATE FUNCTION notify_events() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('duban_events', '');
    RETURN NULL;
END $$;
"#;

/// The functions that name who acts and decide who may, made or replaced by
/// every `server init` (they follow `duban.actor()`, see `acting.rs`). `may(act,
/// item)` is `rules::check` in SQL: the same acts (snake_case names of `Act`), the
/// same `WhoMay`, for the same actor. A refusal raises DB002 with the refusal
/// itself as its DETAIL (`refusal`, JSON: act, actor, number, lead, co,
/// supervising), so duban says the same sentence as for its own check (see
/// `open::refusal`); a retired item raises DB001 with its number.
const RULES: &str = r#"
CREATE OR REPLACE FUNCTION duban.is_supervisor() RETURNS boolean
LANGUAGE sql STABLE SET search_path = duban, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM members WHERE "user" = actor() AND supervisor)
$$;
CREATE OR REPLACE FUNCTION duban.in_office(item bigint, roles text[]) RETURNS boolean
LANGUAGE sql STABLE SET search_path = duban, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM item_offices io JOIN members m ON m.office_id = io.office_id
                   WHERE io.item_id = item AND io.role = ANY (roles) AND m."user" = actor())
$$;
CREATE OR REPLACE FUNCTION duban.may(act text, item bigint) RETURNS boolean
LANGUAGE sql STABLE SET search_path = duban, pg_temp AS $$
    SELECT CASE
        WHEN act = 'note' THEN true
        WHEN act IN ('move', 'report', 'close', 'reopen', 'edit_work')
            THEN is_supervisor() OR in_office(item, ARRAY['lead'])
        WHEN act = 'tick' THEN is_supervisor() OR in_office(item, ARRAY['lead', 'co'])
        WHEN act = 'reply' THEN in_office(item, ARRAY['lead'])
        ELSE is_supervisor()
    END
$$;
-- What `rules::Refusal` holds, as JSON: who asked, the item's number, its lead
-- office, its co-operating offices (for a tick), the supervising office.
CREATE OR REPLACE FUNCTION duban.refusal(act text, item bigint) RETURNS text
LANGUAGE sql STABLE SET search_path = duban, pg_temp AS $$
    SELECT json_build_object(
        'act', act,
        'actor', actor(),
        'number', (SELECT number FROM items WHERE id = item),
        'lead', (SELECT o.name FROM item_offices io JOIN offices o ON o.id = io.office_id
                 WHERE io.item_id = item AND io.role = 'lead' ORDER BY io.ordinal LIMIT 1),
        'co', CASE WHEN act = 'tick' THEN coalesce(
                  (SELECT json_agg(o.name ORDER BY io.ordinal) FROM item_offices io
                   JOIN offices o ON o.id = io.office_id
                   WHERE io.item_id = item AND io.role = 'co'), '[]'::json)
              ELSE '[]'::json END,
        'supervising', (SELECT o.name FROM members m JOIN offices o ON o.id = m.office_id
                        WHERE m.supervisor ORDER BY m.added_at, m."user" LIMIT 1))::text
$$;
CREATE OR REPLACE FUNCTION duban.refuse(act text, item bigint) RETURNS void
LANGUAGE plpgsql SET search_path = duban, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'duban: % may not %', actor(), act
        USING ERRCODE = 'DB002', DETAIL = refusal(act, item);
END $$;
CREATE OR REPLACE FUNCTION duban.refuse_retired(item bigint) RETURNS void
LANGUAGE plpgsql SET search_path = duban, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'duban: item % is retired', item USING ERRCODE = 'DB001',
        DETAIL = json_build_object('number', (SELECT number FROM items WHERE id = item))::text;
END $$;
-- A retired item takes no change but its restoring, whatever the table.
CREATE OR REPLACE FUNCTION duban.guard_live() RETURNS trigger
LANGUAGE plpgsql SET search_path = duban, pg_temp AS $$
DECLARE
    r record;
BEGIN
    IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
    IF retired(r.item_id) THEN
        PERFORM refuse_retired(r.item_id);
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END $$;
-- Only supervisors confirm a close-out or reopen a confirmed one.
CREATE OR REPLACE FUNCTION duban.guard_closeout() RETURNS trigger
LANGUAGE plpgsql SET search_path = duban, pg_temp AS $$
BEGIN
    -- A close-out waits for a supervisor's confirming wherever there are
    -- supervisors (`Store::close` writes so); only a supervisor ends the wait.
    IF NOT NEW.needs_confirmation
       AND (TG_OP = 'INSERT' OR OLD.needs_confirmation)
       AND EXISTS (SELECT 1 FROM members WHERE supervisor)
       AND NOT may('confirm', NEW.item_id) THEN
        PERFORM refuse('confirm', NEW.item_id);
    END IF;
    -- duban takes a close-out as confirmed by its time (`CloseOut::confirmed`):
    -- who and when are one confirmation, the supervisors' to give.
    IF TG_OP = 'INSERT' THEN
        IF (NEW.confirmed_by IS NOT NULL OR NEW.confirmed_at IS NOT NULL)
           AND NOT may('confirm', NEW.item_id) THEN
            PERFORM refuse('confirm', NEW.item_id);
        END IF;
        NEW.closed_by := actor();
        NEW.closed_at := server_time(NEW.closed_at);
        IF NEW.confirmed_at IS NOT NULL THEN
            NEW.confirmed_at := server_time(NEW.confirmed_at);
        END IF;
        IF NEW.reopened_at IS NOT NULL THEN
            NEW.reopened_at := server_time(NEW.reopened_at);
        END IF;
        RETURN NEW;
    END IF;
    -- A close-out in force keeps its statement: duban writes one by closing
    -- (anew, after a reopen), never into a close-out awaiting or past its
    -- confirmation.
    IF NEW.statement IS DISTINCT FROM OLD.statement AND OLD.reopened_at IS NULL
       AND NOT is_supervisor() THEN
        PERFORM refuse('confirm', NEW.item_id);
    END IF;
    -- Closing anew after a reopen clears the old confirmation (`Store::close`):
    -- the lead's, as the close is.
    IF (OLD.confirmed_by, OLD.confirmed_at) IS DISTINCT FROM (NEW.confirmed_by, NEW.confirmed_at)
       AND NOT (NEW.confirmed_by IS NULL AND NEW.confirmed_at IS NULL
                AND OLD.reopened_at IS NOT NULL AND NEW.reopened_at IS NULL)
       AND NOT may('confirm', NEW.item_id) THEN
        PERFORM refuse('confirm', NEW.item_id);
    END IF;
    IF OLD.reopened_at IS NULL AND NEW.reopened_at IS NOT NULL
       AND (OLD.confirmed_by IS NOT NULL OR OLD.confirmed_at IS NOT NULL)
       AND NOT may('reopen_confirmed', NEW.item_id) THEN
        PERFORM refuse('reopen_confirmed', NEW.item_id);
    END IF;
    -- Undoing a reopen brings a confirmation back in force: the supervisors'
    -- reopen is theirs to undo (a lead's close anew clears it, above).
    IF OLD.reopened_at IS NOT NULL AND NEW.reopened_at IS NULL
       AND (NEW.confirmed_by IS NOT NULL OR NEW.confirmed_at IS NOT NULL)
       AND NOT may('reopen_confirmed', NEW.item_id) THEN
        PERFORM refuse('reopen_confirmed', NEW.item_id);
    END IF;
    RETURN NEW;
END $$;
-- When a row was written, as the server says it: a time duban writes (its own
-- clock, within five minutes of the server's, a write may wait for the lock)
-- stays, anything else (a date in the past, say: a report "on time") becomes
-- the server's clock. A supervisor may pin the clock, as `DUBAN_NOW` does on a
-- file, so theirs stays.
CREATE OR REPLACE FUNCTION duban.server_time(t text) RETURNS text
LANGUAGE sql STABLE SET search_path = duban, pg_temp AS $$
    SELECT CASE
        WHEN EXISTS (SELECT 1 FROM members WHERE "user" = session_user AND supervisor)
            OR (t ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z$'
                AND t BETWEEN to_char((now() - interval '5 minutes') AT TIME ZONE 'UTC',
                                      'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
                          AND to_char((clock_timestamp() + interval '5 minutes') AT TIME ZONE 'UTC',
                                      'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
            THEN t
        ELSE to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
    END
$$;
-- A report is for the current period of its plan's cycle (`Cycle::period_of`
-- of today), by the server's UTC date give or take a day (the board reads the
-- date in its own time zone; a session's TimeZone is the member's to set, so
-- it is not asked): a member may not fill in a period gone by.
-- Supervisors may pin the clock, so theirs passes.
CREATE OR REPLACE FUNCTION duban.check_period(item bigint, period text) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = duban, pg_temp AS $$
DECLARE
    kind text := (SELECT c.kind FROM cycles c JOIN items i ON i.plan_id = c.plan_id
                  WHERE i.id = item);
    today date := (now() AT TIME ZONE 'UTC')::date;
    d date;
BEGIN
    IF period IS NULL OR is_supervisor() OR EXISTS (
        SELECT 1 FROM members WHERE "user" = session_user AND supervisor) THEN
        RETURN;
    END IF;
    FOREACH d IN ARRAY ARRAY[today - 1, today, today + 1] LOOP
        IF period = (CASE kind
            WHEN 'weekly' THEN to_char(d, 'IYYY"-W"IW')
            WHEN 'quarterly' THEN to_char(d, 'YYYY"-Q"Q')
            ELSE to_char(d, 'YYYY-MM') END) THEN
            RETURN;
        END IF;
    END LOOP;
    RAISE EXCEPTION 'duban: a report is for the current period, not %', period
        USING ERRCODE = 'DB005', DETAIL = json_build_object(
            'rule', 'period', 'period', period,
            'number', (SELECT number FROM items WHERE id = item))::text;
END $$;
-- Who wrote a row is the server's to say, never a value the client sends: the
-- actor (`actor()`), and for a supervisor's `--as` the login role beside it;
-- and when (`server_time`).
CREATE OR REPLACE FUNCTION duban.stamp_event() RETURNS trigger
LANGUAGE plpgsql SET search_path = duban, pg_temp AS $$
DECLARE
    who text := actor();
BEGIN
    NEW.actor := who;
    NEW.recorded_by := CASE WHEN who <> session_user THEN session_user END;
    NEW.at := server_time(NEW.at);
    RETURN NEW;
END $$;
CREATE OR REPLACE FUNCTION duban.stamp_author() RETURNS trigger
LANGUAGE plpgsql SET search_path = duban, pg_temp AS $$
BEGIN
    NEW.author := actor();
    IF TG_TABLE_NAME = 'notes' THEN
        NEW.created_at := server_time(NEW.created_at);
    ELSE
        NEW.at := server_time(NEW.at);
    END IF;
    IF TG_TABLE_NAME = 'reports' THEN
        PERFORM check_period(NEW.item_id, NEW.period);
    END IF;
    RETURN NEW;
END $$;
REVOKE ALL ON FUNCTION duban.refusal(text, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION duban.refusal(text, bigint) TO duban_member;
REVOKE ALL ON FUNCTION duban.refuse_retired(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION duban.refuse_retired(bigint) TO duban_member;
REVOKE ALL ON FUNCTION duban.check_period(bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION duban.check_period(bigint, text) TO duban_member;
REVOKE ALL ON FUNCTION duban.server_time(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION duban.server_time(text) TO duban_member;
"#;

/// Everything `server init` makes or replaces each time, in place, as duban's
/// owner role (after `acting::schema_sql` as the administrator): the acting
/// table and functions, the rules' functions, the item guard and the reorder,
/// and the write policies (dropped and made again, so a policy dropped from
/// `POLICIES` does not linger). None adds a table or a column to duban's schema,
/// so no migration number.
pub fn refreshed() -> String {
    let mut s = refreshed_rules();
    // Last, so a server whose init failed half-way says it holds other rules.
    s.push_str(&format!(
        "CREATE OR REPLACE FUNCTION duban.rules_version() RETURNS text
         LANGUAGE sql IMMUTABLE AS $$ SELECT '{}'::text $$;
         REVOKE ALL ON FUNCTION duban.rules_version() FROM PUBLIC;
         GRANT EXECUTE ON FUNCTION duban.rules_version() TO duban_member;\n",
        rules_version()
    ));
    s
}

/// The version of the rules this build makes: a hash (64-bit FNV-1a) of the
/// text of everything `server init` makes of them (functions, triggers,
/// policies, grants, the admit functions). A server whose `duban.rules_version()`
/// says another (or has none) holds another duban's rules (`server init` again
/// replaces them). Computed from the same strings `init` runs, so any change to
/// the rules changes it.
pub fn rules_version() -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let lists = format!("{ITEM_TABLES:?}{GRANTS:?}");
    for part in [
        FUNCTIONS,
        &refreshed_rules(),
        TRIGGERS,
        &lists,
        super::admit::SQL,
    ] {
        for b in part.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

/// `refreshed` but the version function.
fn refreshed_rules() -> String {
    let mut s = String::from(super::acting::SQL);
    s.push_str(RULES);
    s.push_str(super::guards::SQL);
    s.push_str(super::history::SQL);
    s.push_str(
        "DO $$ DECLARE p record; BEGIN
             FOR p IN SELECT policyname, tablename FROM pg_policies
                      WHERE schemaname = 'duban' AND policyname LIKE 'write\\_%' LOOP
                 EXECUTE format('DROP POLICY %I ON duban.%I', p.policyname, p.tablename);
             END LOOP;
         END $$;\n",
    );
    for (k, (t, cmd, cond)) in POLICIES.iter().enumerate() {
        let cond = once_per_statement(cond);
        let clause = match *cmd {
            "INSERT" => format!("WITH CHECK ({cond})"),
            "DELETE" => format!("USING ({cond})"),
            _ => format!("USING ({cond}) WITH CHECK ({cond})"),
        };
        s.push_str(&format!(
            "CREATE POLICY write_{k} ON duban.{t} FOR {cmd} TO duban_member {clause};\n"
        ));
    }
    s
}

/// Triggers on the tables.
const TRIGGERS: &str = r#"
CREATE TRIGGER guard_item BEFORE UPDATE ON items FOR EACH ROW EXECUTE FUNCTION guard_item();
CREATE CONSTRAINT TRIGGER done_has_statement AFTER INSERT OR UPDATE OF status ON items
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION done_has_statement();
CREATE TRIGGER guard_closeout BEFORE INSERT OR UPDATE ON closeouts
    FOR EACH ROW EXECUTE FUNCTION guard_closeout();
CREATE TRIGGER stamp_event BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION stamp_event();
CREATE TRIGGER notify_events AFTER INSERT ON events
    FOR EACH STATEMENT EXECUTE FUNCTION notify_events();
CREATE TRIGGER stamp_author BEFORE INSERT ON notes FOR EACH ROW EXECUTE FUNCTION stamp_author();
CREATE TRIGGER stamp_author BEFORE INSERT ON reports FOR EACH ROW EXECUTE FUNCTION stamp_author();
CREATE TRIGGER stamp_author BEFORE INSERT ON urges FOR EACH ROW EXECUTE FUNCTION stamp_author();
"#;

/// Tables whose rows belong to an item: a retired item's rows do not change.
const ITEM_TABLES: &[&str] = &[
    "measures",
    "indicators",
    "notes",
    "reports",
    "urges",
    "closeouts",
    "item_offices",
    "item_persons",
    "item_hand_fields",
];

/// The write policies, per table: (table, command, the condition). Reads are
/// everyone's (a member reads the whole plan). A table or command not named here
/// takes no write from a member.
const POLICIES: &[(&str, &str, &str)] = &[
    ("plans", "ALL", "may('import', NULL)"),
    ("sections", "ALL", "may('import', NULL)"),
    ("offices", "ALL", "may('import', NULL)"),
    ("office_aliases", "ALL", "may('import', NULL)"),
    ("items", "INSERT", "may('add_item', NULL)"),
    // Which columns an update changes decides who may: see `guard_item`.
    ("items", "UPDATE", "true"),
    ("items", "DELETE", "may('import', NULL)"),
    ("measures", "INSERT", "may('edit_work', item_id)"),
    ("measures", "UPDATE", "may('tick', item_id)"),
    ("measures", "DELETE", "may('edit_work', item_id)"),
    ("indicators", "INSERT", "may('edit_item', item_id)"),
    ("indicators", "UPDATE", "may('tick', item_id)"),
    ("indicators", "DELETE", "may('edit_item', item_id)"),
    ("item_offices", "ALL", "may('edit_item', item_id)"),
    ("item_persons", "ALL", "may('edit_item', item_id)"),
    ("item_hand_fields", "ALL", "may('edit_work', item_id)"),
    ("notes", "INSERT", "true"),
    ("notes", "UPDATE", "author = actor()"),
    ("notes", "DELETE", "author = actor()"),
    ("events", "INSERT", "true"),
    ("presence", "ALL", "actor = actor()"),
    ("standups", "ALL", "actor = actor()"),
    ("visits", "ALL", "actor = actor()"),
    ("members", "ALL", "may('members', NULL)"),
    ("people", "ALL", "may('members', NULL)"),
    ("cycles", "ALL", "may('cycle', NULL)"),
    ("reports", "INSERT", "may('report', item_id)"),
    ("reports", "UPDATE", "may('report', item_id)"),
    // duban deletes no report or close-out but with its item (a cascade,
    // which row-level security does not see): by hand, a lead deleting one
    // would unsay a report or end a close-out's wait for confirmation.
    ("reports", "DELETE", "may('import', NULL)"),
    ("urges", "INSERT", "may('urge', item_id)"),
    // An urge is answered by a reply (the lead's), and by a report, a close or
    // a confirm of its item (`answer_urges`: the supervisors' too, which
    // `stamp_changed_by` holds to the report or close-out they write).
    (
        "urges",
        "UPDATE",
        "(SELECT is_supervisor()) OR may('reply', item_id)",
    ),
    ("urges", "DELETE", "may('urge', item_id)"),
    ("closeouts", "INSERT", "may('close', item_id)"),
    ("closeouts", "UPDATE", "may('close', item_id)"),
    ("closeouts", "DELETE", "may('import', NULL)"),
];

/// A policy's condition with what does not depend on the row asked once per
/// statement, not once per row: `may` and `is_supervisor` are STABLE (one answer
/// within a statement), so `(SELECT ..)`, which the server runs once as an
/// InitPlan, means the same. `may(act, NULL)` is the row's for no row; and as
/// `may` lets a supervisor do every act but `reply` (see `RULES`), a supervisor's
/// rows pass without `may` per row: an import of 100,000 items checks its million
/// rows a statement at a time (each call of these functions costs a plan).
fn once_per_statement(cond: &str) -> String {
    let Some((act, item)) = cond
        .strip_prefix("may(")
        .and_then(|c| c.strip_suffix(')'))
        .and_then(|c| c.split_once(", "))
        // One call of `may`, not several joined.
        .filter(|(_, item)| !item.contains(')'))
    else {
        return cond.to_string();
    };
    match (act, item) {
        (_, "NULL") => format!("(SELECT {cond})"),
        ("'reply'" | "'note'", _) => cond.to_string(),
        _ => format!("((SELECT is_supervisor()) OR {cond})"),
    }
}

/// The privileges of the member role, per table, beyond SELECT. Column lists
/// limit an UPDATE to the columns a write of duban touches.
const GRANTS: &[(&str, &str)] = &[
    ("plans", "INSERT, UPDATE, DELETE"),
    ("sections", "INSERT, UPDATE, DELETE"),
    ("offices", "INSERT, UPDATE, DELETE"),
    ("office_aliases", "INSERT, UPDATE, DELETE"),
    (
        "items",
        "INSERT, DELETE, UPDATE (section_id, number, title, target, status, position, deadline, \
         version, updated_at, due, due_set, lead_office, measures_done, measures_total, \
         notes_count, indicators_total, indicators_behind, report_period, urges_open, \
         urge_reply_by, awaiting_confirmation, source, source_ref, requirement, level, \
         retired, retired_reason)",
    ),
    ("measures", "INSERT, DELETE, UPDATE (text, done)"),
    ("indicators", "INSERT, DELETE, UPDATE (actual, updated_at)"),
    ("item_offices", "INSERT, UPDATE, DELETE"),
    ("item_persons", "INSERT, UPDATE, DELETE"),
    ("item_hand_fields", "INSERT, DELETE"),
    ("notes", "INSERT, DELETE, UPDATE (text, edited_at)"),
    ("events", "INSERT"),
    ("presence", "INSERT, UPDATE, DELETE"),
    ("standups", "INSERT"),
    ("visits", "INSERT, UPDATE (at)"),
    ("members", "INSERT, DELETE, UPDATE (supervisor)"),
    ("people", "INSERT, DELETE, UPDATE (name, set_by, set_at)"),
    (
        "cycles",
        "INSERT, DELETE, UPDATE (kind, due_day, set_by, set_at)",
    ),
    ("reports", "INSERT, DELETE, UPDATE (text, author, at)"),
    (
        "urges",
        "INSERT, DELETE, UPDATE (answer, answered_by, answered_at)",
    ),
    (
        "closeouts",
        "INSERT, DELETE, UPDATE (statement, closed_by, closed_at, needs_confirmation, \
         confirmed_by, confirmed_at, reopened_by, reopened_at, reopen_reason)",
    ),
];

/// The SQL that puts the rules in place, run in `duban`'s schema as its owner
/// right after the tables of the baseline.
pub fn sql() -> String {
    let mut s = String::from(FUNCTIONS);
    s.push_str(&refreshed());
    s.push_str(TRIGGERS);
    for t in ITEM_TABLES {
        s.push_str(&format!(
            "CREATE TRIGGER guard_live BEFORE INSERT OR UPDATE OR DELETE ON {t} \
             FOR EACH ROW EXECUTE FUNCTION guard_live();\n"
        ));
    }
    for t in TABLES {
        s.push_str(&format!(
            "ALTER TABLE {t} ENABLE ROW LEVEL SECURITY;\n\
             ALTER TABLE {t} FORCE ROW LEVEL SECURITY;\n\
             CREATE POLICY read ON {t} FOR SELECT USING (true);\n\
             GRANT SELECT ON {t} TO duban_member;\n"
        ));
    }
    for (t, privileges) in GRANTS {
        s.push_str(&format!("GRANT {privileges} ON {t} TO duban_member;\n"));
    }
    s.push_str(
        "GRANT USAGE ON SCHEMA duban TO duban_member;\n\
         GRANT USAGE ON ALL SEQUENCES IN SCHEMA duban TO duban_member;\n\
         GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA duban TO duban_member;\n\
         REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA duban FROM PUBLIC;\n",
    );
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_does_not_depend_on_the_row_is_asked_once_per_statement() {
        assert_eq!(
            once_per_statement("may('import', NULL)"),
            "(SELECT may('import', NULL))"
        );
        assert_eq!(
            once_per_statement("may('edit_work', item_id)"),
            "((SELECT is_supervisor()) OR may('edit_work', item_id))"
        );
        // A supervisor may not answer an urge as such: asked per row.
        assert_eq!(
            once_per_statement("may('reply', item_id)"),
            "may('reply', item_id)"
        );
        assert_eq!(once_per_statement("author = actor()"), "author = actor()");
        let several = "may('reply', item_id) OR may('report', item_id)";
        assert_eq!(once_per_statement(several), several);
        assert_eq!(once_per_statement("true"), "true");
    }

    #[test]
    fn every_table_with_a_policy_or_grant_exists_and_every_item_table_has_an_item() {
        for (t, _, _) in POLICIES {
            assert!(TABLES.contains(t), "{t}");
        }
        for (t, _) in GRANTS {
            assert!(TABLES.contains(t), "{t}");
        }
        for t in ITEM_TABLES {
            assert!(TABLES.contains(t), "{t}");
        }
    }
}
