//! `--as NAME` on a server: a supervisor records changes for someone else, and
//! the server, not the client, decides the actor written. `duban.act_as(name)`
//! (SECURITY DEFINER, owned by duban's owner role) checks that the login role
//! (`session_user`) supervises, and notes (session, login role, name) in
//! `duban_acting.sessions`, a table in a schema members cannot even see.
//! `duban.actor()` reads it back: the name acted for while that session lives
//! and its login role still supervises, else `session_user`. The triggers stamp
//! every event, note, report, urge and close-out with `actor()` (events keep
//! `recorded_by = session_user` beside it), and the rules (`may`) weigh the
//! rights of `actor()`, as `--as` carries that member's rights on a file.
//!
//! A session is its backend's pid while it holds a session-level advisory lock
//! on a random key kept in its row (taken by `act_as`, never waited for): the
//! lock goes with the session, so a later session given the same pid does not
//! inherit the row, and since the key cannot be guessed, no one can hold it
//! beforehand to make `act_as` wait. A plain `SET` of a setting would not do:
//! anyone may set any setting.

use crate::store::{Result, Store, StoreError};

/// The schema of the acting table: owned by duban's owner role, no privilege
/// for anyone else. Made by `server init` as the administrator (it may create
/// schemas), before the rules that read it.
pub const SCHEMA: &str = "duban_acting";

/// What the administrator runs, before the rules: the schema, for the owner.
pub(super) fn schema_sql() -> String {
    format!(
        "CREATE SCHEMA IF NOT EXISTS {SCHEMA} AUTHORIZATION {owner};
         DO $$ BEGIN
             IF (SELECT nspowner::regrole::text FROM pg_namespace
                 WHERE nspname = '{SCHEMA}') <> '{owner}' THEN
                 RAISE EXCEPTION 'duban: schema {SCHEMA} exists and is not {owner}''s; \
                     drop it (it holds nothing of duban''s but session state) and run init again';
             END IF;
         END $$;
         REVOKE ALL ON SCHEMA {SCHEMA} FROM PUBLIC;",
        owner = super::schema::OWNER_ROLE
    )
}

/// The table and the two functions, made or replaced by every `server init`,
/// as duban's owner role.
pub(super) const SQL: &str = r#"
CREATE TABLE IF NOT EXISTS duban_acting.sessions (
    pid integer PRIMARY KEY,
    recorded_by text NOT NULL,
    actor text NOT NULL,
    since timestamptz NOT NULL DEFAULT now(),
    lock_key bigint NOT NULL
);
ALTER TABLE duban_acting.sessions ADD COLUMN IF NOT EXISTS lock_key bigint NOT NULL DEFAULT 0;
REVOKE ALL ON duban_acting.sessions FROM PUBLIC;
-- Only duban's owner's table, with no trigger of anyone else's, is trusted.
DO $$ BEGIN
    IF (SELECT relowner::regrole::text FROM pg_class
        WHERE oid = 'duban_acting.sessions'::regclass) <> current_user
       OR EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = 'duban_acting.sessions'::regclass) THEN
        RAISE EXCEPTION 'duban: duban_acting.sessions is not duban''s own; drop it and run init again';
    END IF;
END $$;
-- Who the session's writes are for: the name a supervisor acts for, while the
-- session that chose it lives (its lock) and its login role still supervises;
-- else the login role.
CREATE OR REPLACE FUNCTION duban.actor() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = duban, pg_temp AS $$
    SELECT coalesce((
        SELECT a.actor FROM duban_acting.sessions a
        WHERE a.pid = pg_backend_pid() AND a.recorded_by = session_user
          AND EXISTS (SELECT 1 FROM pg_locks l
                      WHERE l.locktype = 'advisory' AND l.pid = pg_backend_pid()
                        AND l.classid::bigint = (a.lock_key >> 32) & 4294967295
                        AND l.objid::bigint = a.lock_key & 4294967295
                        AND l.objsubid = 1 AND l.granted)
          AND EXISTS (SELECT 1 FROM members m WHERE m."user" = session_user AND m.supervisor)
    ), session_user)
$$;
-- `--as NAME`: only a supervisor (by login role) may; NULL or the login role's own
-- name ends acting for someone else. Returns the actor from now on.
CREATE OR REPLACE FUNCTION duban.act_as(name text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = duban, pg_temp AS $$
DECLARE
    k bigint;
BEGIN
    -- This session's earlier choice, if any, lets go of its lock.
    SELECT lock_key INTO k FROM duban_acting.sessions
        WHERE pid = pg_backend_pid() AND recorded_by = session_user;
    IF k IS NOT NULL THEN
        PERFORM pg_advisory_unlock(k);
    END IF;
    DELETE FROM duban_acting.sessions WHERE pid = pg_backend_pid()
        OR pid NOT IN (SELECT s.pid FROM pg_stat_activity s WHERE s.pid IS NOT NULL);
    IF name IS NULL OR name = session_user THEN
        RETURN session_user;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM members WHERE "user" = session_user AND supervisor) THEN
        PERFORM refuse('act_as', NULL);
    END IF;
    IF btrim(name) = '' OR name ~ '[[:cntrl:]]' OR octet_length(name) > 200 THEN
        RAISE EXCEPTION 'duban: % is not a name to act for', name USING ERRCODE = 'DB004';
    END IF;
    -- A key no one can guess, so no one can hold it first; tried, never waited for.
    k := ('x' || substr(md5(gen_random_uuid()::text), 1, 16))::bit(64)::bigint;
    IF NOT pg_try_advisory_lock(k) THEN
        RAISE EXCEPTION 'duban: could not take the lock to act for %', name USING ERRCODE = 'DB004';
    END IF;
    INSERT INTO duban_acting.sessions (pid, recorded_by, actor, lock_key)
        VALUES (pg_backend_pid(), session_user, name, k);
    RETURN name;
END $$;
REVOKE ALL ON FUNCTION duban.actor() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION duban.actor() TO duban_member;
REVOKE ALL ON FUNCTION duban.act_as(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION duban.act_as(text) TO duban_member;
"#;

/// `duban.act_as(name)` on a bare connection (`member add` works without a
/// store): the server's refusal, with the login role it refused, when it does.
pub fn act_as(
    client: &mut postgres::Client,
    name: &str,
) -> std::result::Result<(), Box<(String, StoreError)>> {
    let Err(e) = client.query_one("SELECT duban.act_as($1)", &[&name]) else {
        return Ok(());
    };
    let user = client
        .query_one("SELECT session_user::text", &[])
        .map(|r| r.get(0))
        .unwrap_or_default();
    Err(Box::new((user, StoreError::from(e))))
}

impl Store {
    /// `--as NAME` on a server: asks the server to record this session's changes
    /// for `name` (it refuses unless the login role supervises), then checks
    /// the rules for `name` as the server will, and keeps the login role as who
    /// recorded them. Asked again after a reconnect (`Store::reconnect`).
    pub fn act_as_on_server(&mut self, name: &str) -> Result<()> {
        let login = self
            .recorded_by
            .clone()
            .unwrap_or_else(|| self.actor.clone());
        let actor: String = self
            .conn
            .query_row("SELECT duban.act_as(?1)", [name], |r| r.get(0))
            .map_err(StoreError::from)?;
        self.actor = actor;
        self.set_recorded_by(Some(&login))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_acting_lock_is_tried_on_a_random_key_never_waited_for() {
        assert!(super::SQL.contains(super::SCHEMA));
        assert!(super::SQL.contains("pg_try_advisory_lock(k)"));
        assert!(!super::SQL.contains("PERFORM pg_advisory_lock("));
    }
}
