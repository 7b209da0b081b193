//! The triggers that guard duban's rows beyond what a policy sees: which act an
//! update of an item is (`guard_item`), what its card counts, the item done
//! only with a statement (checked at commit), who is stamped on a report, an
//! answer or a close-out, a measure's wording, and the reorder. Part of the
//! rules `server init` makes in place (`policies::refreshed`).

/// The item guard and the reorder, made or replaced by every `server init` (a
/// server made before the reorder gets them then; neither adds a table or a
/// column, so no migration number). Run as duban's owner role.
///
/// `guard_item`: which act an update of an item is, by the columns it changes.
/// `reorder(card, up)`: duban's reorder (`Writer::reorder`) on the server, for
/// whoever may move `card`: it swaps places with its neighbour in the column,
/// as the owner, which `guard_item` lets move the neighbour within its column.
/// Returns the neighbour, or NULL when there is none.
pub(super) const SQL: &str = r#"
-- An item is done only with a statement, and leaves done only by a reopen:
-- checked at commit, so a close may write the item and its close-out in either
-- order. The DETAIL names the item's number and which of the two (`open::refusal`
-- says it in duban's words).
CREATE OR REPLACE FUNCTION duban.done_has_statement() RETURNS trigger
LANGUAGE plpgsql SET search_path = duban, pg_temp AS $$
DECLARE
    now_status text;
    n bigint;
BEGIN
    -- The item as it stands at commit: a later write of the same transaction
    -- may have moved it again.
    SELECT status, number INTO now_status, n FROM items WHERE id = NEW.id;
    IF now_status = 'done' AND NEW.status = 'done' AND NOT EXISTS (
        SELECT 1 FROM closeouts c WHERE c.item_id = NEW.id
            AND btrim(c.statement) <> '' AND c.reopened_at IS NULL) THEN
        RAISE EXCEPTION 'duban: item % is done without a completion statement', n
            USING ERRCODE = 'DB003',
            DETAIL = json_build_object('number', n, 'rule', 'statement')::text;
    END IF;
    -- Leaving done goes through a reopen, with its reason on the close-out.
    IF TG_OP = 'UPDATE' AND OLD.status = 'done' AND now_status <> 'done' AND NOT EXISTS (
        SELECT 1 FROM closeouts c WHERE c.item_id = NEW.id AND c.reopened_at IS NOT NULL) THEN
        RAISE EXCEPTION 'duban: item % leaves done without being reopened', n
            USING ERRCODE = 'DB003',
            DETAIL = json_build_object('number', n, 'rule', 'reopen')::text;
    END IF;
    -- Arriving at done by a close waits for a supervisor's confirming: a
    -- close-out in force that is not confirmed leaves the item awaiting.
    IF TG_OP = 'UPDATE' AND OLD.status <> 'done' AND now_status = 'done'
       AND NOT (SELECT awaiting_confirmation FROM items WHERE id = NEW.id)
       AND EXISTS (SELECT 1 FROM members WHERE supervisor)
       AND NOT EXISTS (SELECT 1 FROM closeouts c WHERE c.item_id = NEW.id
                       AND c.confirmed_at IS NOT NULL AND c.reopened_at IS NULL)
       AND NOT may('confirm', NEW.id) THEN
        PERFORM refuse('confirm', NEW.id);
    END IF;
    RETURN NULL;
END $$;
-- Which act an update of an item is, by the columns it changes. The card's
-- columns follow the write that keeps them: a report sets report_period, a tick
-- measures_done, and so on. version, updated_at and notes_count change with any
-- write (a note bumps them), so they are duban's bookkeeping, kept here from the
-- old row whatever the client sends: the version goes up by one, the notes are
-- counted, and the time stays between the last one and the server's clock (a
-- supervisor may pin the clock, as `DUBAN_NOW` does on a file).
CREATE OR REPLACE FUNCTION duban.guard_item() RETURNS trigger
LANGUAGE plpgsql SET search_path = duban, pg_temp AS $$
BEGIN
    IF NEW.version IS DISTINCT FROM OLD.version THEN
        NEW.version := OLD.version + 1;
    END IF;
    IF NEW.notes_count IS DISTINCT FROM OLD.notes_count THEN
        NEW.notes_count := (SELECT count(*) FROM notes WHERE item_id = OLD.id);
    END IF;
    IF NEW.updated_at IS DISTINCT FROM OLD.updated_at AND NOT EXISTS (
        SELECT 1 FROM members WHERE "user" = session_user AND supervisor) THEN
        -- A time as duban writes it, else the server's clock.
        IF NEW.updated_at !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z$' THEN
            NEW.updated_at := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
        END IF;
        NEW.updated_at := least(greatest(NEW.updated_at, OLD.updated_at),
            to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'));
    END IF;
    -- Entering done waits for a supervisor's confirming wherever there are
    -- supervisors (`Writer::move_known`), but for a close-out that comes back
    -- confirmed (an undone reopen); leaving done ends the wait. The server's
    -- to say, whatever the client sends (`done_has_statement` checks again at
    -- commit, when the close-out is written).
    IF NEW.status = 'done' AND OLD.status <> 'done' THEN
        NEW.awaiting_confirmation := EXISTS (SELECT 1 FROM members WHERE supervisor)
            AND NOT EXISTS (SELECT 1 FROM closeouts
                            WHERE item_id = OLD.id AND confirmed_at IS NOT NULL);
    ELSIF OLD.status = 'done' AND NEW.status <> 'done' THEN
        NEW.awaiting_confirmation := false;
    END IF;
    -- A closed item stops awaiting confirmation by a supervisor's confirming
    -- (or by leaving done, a reopen, checked below), not by a lead's write.
    IF OLD.awaiting_confirmation AND NOT NEW.awaiting_confirmation AND NEW.status = 'done'
       AND NOT may('confirm', OLD.id) THEN
        PERFORM refuse('confirm', OLD.id);
    END IF;
    IF OLD.retired AND NEW.retired THEN
        PERFORM refuse_retired(OLD.id);
    END IF;
    IF (OLD.retired, OLD.retired_reason) IS DISTINCT FROM (NEW.retired, NEW.retired_reason)
       AND NOT may('retire', OLD.id) THEN
        PERFORM refuse('retire', OLD.id);
    END IF;
    -- A reorder's swap moves its neighbour within the column too: `reorder`
    -- (run as the owner) has checked the move of the card it reorders.
    -- Leaving done is a reopen (of a confirmed close-out: the supervisors'),
    -- entering it a close, any other change of column or place a move.
    IF OLD.status = 'done' AND NEW.status <> 'done' THEN
        IF EXISTS (SELECT 1 FROM closeouts WHERE item_id = OLD.id AND confirmed_by IS NOT NULL)
           AND NOT may('reopen_confirmed', OLD.id) THEN
            PERFORM refuse('reopen_confirmed', OLD.id);
        ELSIF NOT may('reopen', OLD.id) THEN
            PERFORM refuse('reopen', OLD.id);
        END IF;
    ELSIF NEW.status = 'done' AND OLD.status <> 'done' AND NOT may('close', OLD.id) THEN
        PERFORM refuse('close', OLD.id);
    ELSIF (OLD.status, OLD.position) IS DISTINCT FROM (NEW.status, NEW.position)
       AND NOT may('move', OLD.id)
       AND NOT (current_user = 'duban_owner' AND OLD.status = NEW.status) THEN
        PERFORM refuse('move', OLD.id);
    END IF;
    IF (OLD.awaiting_confirmation, OLD.report_period, OLD.urges_open, OLD.urge_reply_by)
       IS DISTINCT FROM
       (NEW.awaiting_confirmation, NEW.report_period, NEW.urges_open, NEW.urge_reply_by)
       AND NOT may('move', OLD.id) THEN
        PERFORM refuse('move', OLD.id);
    END IF;
    IF NEW.report_period IS DISTINCT FROM OLD.report_period THEN
        PERFORM check_period(OLD.id, NEW.report_period);
    END IF;
    -- What the card counts is counted from its rows, as duban counts it
    -- (`CARD_COUNTS`, `URGE_COUNTS`; duban writes the rows first), and its
    -- report mark names a report there is (`Writer::report`): a lead cannot
    -- show a tick, a report or an answer that is not there.
    IF NEW.report_period IS DISTINCT FROM OLD.report_period AND NOT EXISTS (
        SELECT 1 FROM reports WHERE item_id = OLD.id AND period = NEW.report_period) THEN
        NEW.report_period := OLD.report_period;
    END IF;
    IF (NEW.urges_open, NEW.urge_reply_by) IS DISTINCT FROM (OLD.urges_open, OLD.urge_reply_by) THEN
        NEW.urges_open := (SELECT count(*) FROM urges u
                           WHERE u.item_id = OLD.id AND u.answered_at IS NULL);
        NEW.urge_reply_by := (SELECT min(u.reply_by) FROM urges u
                              WHERE u.item_id = OLD.id AND u.answered_at IS NULL);
    END IF;
    IF (NEW.measures_done, NEW.measures_total)
       IS DISTINCT FROM (OLD.measures_done, OLD.measures_total) THEN
        NEW.measures_done := (SELECT count(*) FROM measures m WHERE m.item_id = OLD.id AND m.done);
        NEW.measures_total := (SELECT count(*) FROM measures m WHERE m.item_id = OLD.id);
    END IF;
    IF (NEW.indicators_total, NEW.indicators_behind)
       IS DISTINCT FROM (OLD.indicators_total, OLD.indicators_behind) THEN
        NEW.indicators_total := (SELECT count(*) FROM indicators x WHERE x.item_id = OLD.id);
        NEW.indicators_behind := (SELECT count(*) FROM indicators x WHERE x.item_id = OLD.id
            AND x.actual IS NOT NULL
            AND NOT CASE x.direction WHEN 'at_least' THEN x.actual >= x.target
                    WHEN 'at_most' THEN x.actual <= x.target
                    ELSE abs(x.actual - x.target) < 1e-9 END);
    END IF;
    IF (OLD.measures_done, OLD.indicators_behind)
       IS DISTINCT FROM (NEW.measures_done, NEW.indicators_behind)
       AND NOT may('tick', OLD.id) THEN
        PERFORM refuse('tick', OLD.id);
    END IF;
    IF (OLD.target, OLD.measures_total) IS DISTINCT FROM (NEW.target, NEW.measures_total)
       AND NOT may('edit_work', OLD.id) THEN
        PERFORM refuse('edit_work', OLD.id);
    END IF;
    IF (OLD.plan_id, OLD.section_id, OLD.number, OLD.title, OLD.deadline, OLD.due, OLD.due_set,
        OLD.source, OLD.source_ref, OLD.requirement, OLD.level, OLD.by_hand, OLD.created_at,
        OLD.lead_office, OLD.indicators_total)
       IS DISTINCT FROM
       (NEW.plan_id, NEW.section_id, NEW.number, NEW.title, NEW.deadline, NEW.due, NEW.due_set,
        NEW.source, NEW.source_ref, NEW.requirement, NEW.level, NEW.by_hand, NEW.created_at,
        NEW.lead_office, NEW.indicators_total)
       AND NOT may('edit_item', OLD.id) THEN
        PERFORM refuse('edit_item', OLD.id);
    END IF;
    RETURN NEW;
END $$;
-- Who reported, answered, closed, confirmed or reopened is the server's to say,
-- on an update as on an insert: a name that changes becomes the actor's,
-- whatever the client sent (an undo may still clear one); and when, as
-- `server_time` says it (a reopen, a note's edit, an indicator's update too).
CREATE OR REPLACE FUNCTION duban.stamp_changed_by() RETURNS trigger
LANGUAGE plpgsql SET search_path = duban, pg_temp AS $$
DECLARE
    who text := actor();
BEGIN
    IF TG_TABLE_NAME = 'reports' THEN
        NEW.author := who;
        NEW.at := server_time(NEW.at);
        PERFORM check_period(NEW.item_id, NEW.period);
    ELSIF TG_TABLE_NAME = 'urges' THEN
        -- An answer given stays as given: duban answers open urges only.
        IF OLD.answered_at IS NOT NULL
           AND (NEW.answer, NEW.answered_at) IS DISTINCT FROM (OLD.answer, OLD.answered_at)
           AND NOT is_supervisor() THEN
            PERFORM refuse('urge', NEW.item_id);
        END IF;
        -- Not the lead's reply: the answer is a report or a close-out's
        -- statement this transaction writes (`answer_urges`).
        IF (NEW.answer, NEW.answered_at) IS DISTINCT FROM (OLD.answer, OLD.answered_at)
           AND NOT may('reply', NEW.item_id)
           AND NOT EXISTS (SELECT 1 FROM reports r WHERE r.item_id = NEW.item_id
                           AND r.text = NEW.answer AND written_now(r.xmin))
           AND NOT EXISTS (SELECT 1 FROM closeouts c WHERE c.item_id = NEW.item_id
                           AND c.statement = NEW.answer AND written_now(c.xmin)) THEN
            PERFORM refuse('reply', NEW.item_id);
        END IF;
        IF NEW.answered_by IS DISTINCT FROM OLD.answered_by AND NEW.answered_by IS NOT NULL THEN
            NEW.answered_by := who;
        END IF;
        IF NEW.answered_at IS DISTINCT FROM OLD.answered_at AND NEW.answered_at IS NOT NULL THEN
            NEW.answered_at := server_time(NEW.answered_at);
        END IF;
    ELSIF TG_TABLE_NAME = 'closeouts' THEN
        IF NEW.closed_by IS DISTINCT FROM OLD.closed_by AND NEW.closed_by IS NOT NULL THEN
            NEW.closed_by := who;
        END IF;
        IF NEW.closed_at IS DISTINCT FROM OLD.closed_at THEN
            NEW.closed_at := server_time(NEW.closed_at);
        END IF;
        IF NEW.confirmed_by IS DISTINCT FROM OLD.confirmed_by AND NEW.confirmed_by IS NOT NULL THEN
            NEW.confirmed_by := who;
        END IF;
        IF NEW.confirmed_at IS DISTINCT FROM OLD.confirmed_at AND NEW.confirmed_at IS NOT NULL THEN
            NEW.confirmed_at := server_time(NEW.confirmed_at);
        END IF;
        IF NEW.reopened_by IS DISTINCT FROM OLD.reopened_by AND NEW.reopened_by IS NOT NULL THEN
            NEW.reopened_by := who;
        END IF;
        IF NEW.reopened_at IS DISTINCT FROM OLD.reopened_at AND NEW.reopened_at IS NOT NULL THEN
            NEW.reopened_at := server_time(NEW.reopened_at);
        END IF;
    ELSIF TG_TABLE_NAME = 'notes' THEN
        IF NEW.edited_at IS DISTINCT FROM OLD.edited_at AND NEW.edited_at IS NOT NULL THEN
            NEW.edited_at := server_time(NEW.edited_at);
        END IF;
    ELSIF TG_TABLE_NAME = 'indicators' THEN
        IF NEW.updated_at IS DISTINCT FROM OLD.updated_at AND NEW.updated_at IS NOT NULL THEN
            NEW.updated_at := server_time(NEW.updated_at);
        END IF;
    END IF;
    RETURN NEW;
END $$;
CREATE OR REPLACE TRIGGER stamp_changed_by BEFORE UPDATE ON reports
    FOR EACH ROW EXECUTE FUNCTION stamp_changed_by();
CREATE OR REPLACE TRIGGER stamp_changed_by BEFORE UPDATE ON urges
    FOR EACH ROW EXECUTE FUNCTION stamp_changed_by();
CREATE OR REPLACE TRIGGER stamp_changed_by BEFORE UPDATE ON closeouts
    FOR EACH ROW EXECUTE FUNCTION stamp_changed_by();
CREATE OR REPLACE TRIGGER stamp_changed_by BEFORE UPDATE ON notes
    FOR EACH ROW EXECUTE FUNCTION stamp_changed_by();
CREATE OR REPLACE TRIGGER stamp_changed_by BEFORE UPDATE ON indicators
    FOR EACH ROW EXECUTE FUNCTION stamp_changed_by();
-- A measure's wording is the work's (`edit_work`); ticking it is another right.
CREATE OR REPLACE FUNCTION duban.guard_measure() RETURNS trigger
LANGUAGE plpgsql SET search_path = duban, pg_temp AS $$
BEGIN
    IF NEW.text IS DISTINCT FROM OLD.text AND NOT may('edit_work', OLD.item_id) THEN
        PERFORM refuse('edit_work', OLD.item_id);
    END IF;
    RETURN NEW;
END $$;
CREATE OR REPLACE TRIGGER guard_measure BEFORE UPDATE ON measures
    FOR EACH ROW EXECUTE FUNCTION guard_measure();
CREATE OR REPLACE FUNCTION duban.reorder(card bigint, up boolean) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = duban, pg_temp AS $$
DECLARE
    me record;
    other record;
    mine bigint;
    theirs bigint;
BEGIN
    -- With the triggers off (a superuser's `session_replication_role`) the
    -- rules are off here too, as in `guard_item`.
    IF current_setting('session_replication_role') <> 'replica' AND NOT may('move', card) THEN
        PERFORM refuse('move', card);
    END IF;
    SELECT plan_id, status, position, number INTO me FROM items WHERE id = card FOR UPDATE;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF up THEN
        SELECT id, position INTO other FROM items
            WHERE plan_id = me.plan_id AND status = me.status
              AND (position < me.position OR (position = me.position AND number < me.number))
            ORDER BY position DESC, number DESC LIMIT 1;
    ELSE
        SELECT id, position INTO other FROM items
            WHERE plan_id = me.plan_id AND status = me.status
              AND (position > me.position OR (position = me.position AND number > me.number))
            ORDER BY position, number LIMIT 1;
    END IF;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    -- Equal positions cannot be swapped into an order; step past the neighbour.
    IF other.position = me.position THEN
        IF up THEN
            mine := other.position; theirs := other.position + 1;
        ELSE
            mine := other.position + 1; theirs := other.position;
        END IF;
    ELSE
        mine := other.position; theirs := me.position;
    END IF;
    UPDATE items SET position = mine WHERE id = card;
    UPDATE items SET position = theirs WHERE id = other.id;
    RETURN other.id;
END $$;
REVOKE ALL ON FUNCTION duban.reorder(bigint, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION duban.reorder(bigint, boolean) TO duban_member;
DROP POLICY IF EXISTS reorder ON duban.items;
CREATE POLICY reorder ON duban.items FOR UPDATE TO duban_owner USING (true) WITH CHECK (true);
"#;
