//! The history kept by the server: an event row is accepted only as part of
//! the write it records. `guard_event` (before every insert into `events`)
//! names the act each kind of event records and asks `may` for it, and asks
//! for the write itself: the row the event is about (the item, or its note,
//! measure, report, urge or close-out) written by this same transaction
//! (`written_now`), in the state the event says (a move's column, a report's
//! or a close-out's text). So a member with `psql`
//! cannot write a move, a close-out or a report that never happened, nor mark
//! someone else's change as undone. Events about the plan (an import, the
//! members, the cycle) need the matching right (the supervisors').

/// Made or replaced by every `server init` (part of `policies::refreshed`).
pub(super) const SQL: &str = r#"
-- A row version this transaction wrote (or one of its open savepoints): its
-- writer is this transaction, or a subtransaction still holding its own lock.
CREATE OR REPLACE FUNCTION duban.written_now(x xid) RETURNS boolean
LANGUAGE sql VOLATILE SET search_path = duban, pg_temp AS $$
    SELECT x = pg_current_xact_id()::xid
        OR EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'transactionid'
                   AND l.pid = pg_backend_pid() AND l.transactionid = x)
$$;
-- What an event written by hand is refused with when no write of duban's
-- wrote it: its kind and item, in the server's words.
CREATE OR REPLACE FUNCTION duban.refuse_event(kind text, item bigint) RETURNS void
LANGUAGE plpgsql SET search_path = duban, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'duban: an event (%) is written only with the change it records', kind
        USING ERRCODE = 'DB005',
        DETAIL = json_build_object('kind', kind,
            'number', (SELECT number FROM items WHERE id = item))::text;
END $$;
-- The act an event of `kind` about an item records (`rules::Act`, as `may`
-- names it); NULL for a kind duban does not write about an item.
CREATE OR REPLACE FUNCTION duban.event_act(kind text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN kind IN ('move', 'reorder') THEN 'move'
        WHEN kind IN ('note_add', 'note_edit', 'note_delete') THEN 'note'
        WHEN kind IN ('measure', 'indicator') THEN 'tick'
        WHEN kind IN ('edit_target', 'edit_measures') THEN 'edit_work'
        WHEN kind IN ('deadline', 'edit_title', 'edit_lead', 'edit_co', 'edit_deadline',
                      'edit_source', 'edit_ref', 'edit_requirement', 'edit_level')
            THEN 'edit_item'
        WHEN kind = 'create' THEN 'add_item'
        WHEN kind IN ('retire', 'restore') THEN 'retire'
        WHEN kind IN ('close', 'confirm', 'reopen', 'report', 'urge') THEN kind
        -- An urge is answered by a reply, a report or a close-out (or its
        -- confirming): the lead's or the supervisors'.
        WHEN kind = 'urge_answer' THEN 'reply'
        WHEN kind = 'update' THEN 'import'
    END
$$;
CREATE OR REPLACE FUNCTION duban.guard_event() RETURNS trigger
LANGUAGE plpgsql SET search_path = duban, pg_temp AS $$
DECLARE
    act text;
    it record;
    undone record;
    done boolean;
BEGIN
    IF NEW.item_id IS NULL THEN
        act := CASE
            WHEN NEW.kind = 'import' THEN 'import'
            WHEN NEW.kind IN ('member_add', 'member_remove', 'member_rename') THEN 'members'
            WHEN NEW.kind = 'cycle' THEN 'cycle'
        END;
        IF act IS NULL OR NEW.undoes IS NOT NULL THEN
            PERFORM refuse_event(NEW.kind, NULL);
        END IF;
        IF NOT may(act, NULL) THEN
            PERFORM refuse(act, NULL);
        END IF;
        RETURN NEW;
    END IF;
    SELECT plan_id, status, xmin INTO it FROM items WHERE id = NEW.item_id;
    IF NOT FOUND OR it.plan_id <> NEW.plan_id THEN
        PERFORM refuse_event(NEW.kind, NEW.item_id);
    END IF;
    -- An undo, and the writes that reverse a change, name the change: the
    -- actor's own, about the same item.
    IF NEW.undoes IS NOT NULL THEN
        SELECT kind, item_id, actor INTO undone FROM events WHERE id = NEW.undoes;
        IF NOT FOUND OR undone.item_id IS DISTINCT FROM NEW.item_id
           OR undone.actor <> actor() THEN
            PERFORM refuse_event(NEW.kind, NEW.item_id);
        END IF;
    END IF;
    IF NEW.kind = 'undo' THEN
        -- Written once per undone change, after its reversal (which may have
        -- found nothing left to reverse: the change's own act is asked).
        IF NEW.undoes IS NULL THEN
            PERFORM refuse_event(NEW.kind, NEW.item_id);
        END IF;
        IF undone.kind NOT IN ('move', 'reorder', 'note_add', 'note_edit', 'note_delete',
                                  'measure', 'deadline')
           OR EXISTS (SELECT 1 FROM events WHERE undoes = NEW.undoes AND kind = 'undo') THEN
            PERFORM refuse_event(NEW.kind, NEW.item_id);
        END IF;
        act := event_act(undone.kind);
    ELSE
        act := event_act(NEW.kind);
    END IF;
    IF act IS NULL THEN
        PERFORM refuse_event(NEW.kind, NEW.item_id);
    END IF;
    IF act = 'reply' THEN
        -- Answered by a report or a close-out too: whoever may close.
        IF NOT may('reply', NEW.item_id) AND NOT may('close', NEW.item_id) THEN
            PERFORM refuse('reply', NEW.item_id);
        END IF;
    ELSIF NOT may(act, NEW.item_id) THEN
        PERFORM refuse(act, NEW.item_id);
    END IF;
    -- The write the event records, by this transaction.
    done := CASE NEW.kind
        WHEN 'undo' THEN true
        WHEN 'note_add' THEN EXISTS (SELECT 1 FROM notes n WHERE n.id = NEW.ref_id
            AND n.item_id = NEW.item_id AND written_now(n.xmin))
        WHEN 'note_edit' THEN EXISTS (SELECT 1 FROM notes n WHERE n.id = NEW.ref_id
            AND n.item_id = NEW.item_id AND written_now(n.xmin))
        WHEN 'note_delete' THEN written_now(it.xmin)
            AND NOT EXISTS (SELECT 1 FROM notes n WHERE n.id = NEW.ref_id)
        WHEN 'measure' THEN EXISTS (SELECT 1 FROM measures m WHERE m.item_id = NEW.item_id
            AND m.ordinal = NEW.ref_id AND written_now(m.xmin))
        WHEN 'report' THEN EXISTS (SELECT 1 FROM reports r WHERE r.id = NEW.ref_id
            AND r.item_id = NEW.item_id AND r.text = NEW.after AND written_now(r.xmin))
        WHEN 'urge' THEN EXISTS (SELECT 1 FROM urges u WHERE u.id = NEW.ref_id
            AND u.item_id = NEW.item_id AND u.text = NEW.after AND written_now(u.xmin))
        WHEN 'urge_answer' THEN EXISTS (SELECT 1 FROM urges u WHERE u.id = NEW.ref_id
            AND u.item_id = NEW.item_id AND u.answered_at IS NOT NULL
            AND u.answer = NEW.after AND written_now(u.xmin))
        WHEN 'close' THEN it.status = 'done' AND EXISTS (SELECT 1 FROM closeouts c
            WHERE c.item_id = NEW.item_id AND c.reopened_at IS NULL
              AND c.statement = NEW.after AND written_now(c.xmin))
        WHEN 'confirm' THEN EXISTS (SELECT 1 FROM closeouts c WHERE c.item_id = NEW.item_id
            AND c.confirmed_by IS NOT NULL AND written_now(c.xmin))
        WHEN 'reopen' THEN it.status <> 'done' AND EXISTS (SELECT 1 FROM closeouts c
            WHERE c.item_id = NEW.item_id AND c.reopened_at IS NOT NULL
              AND c.reopen_reason = NEW.after AND written_now(c.xmin))
        WHEN 'move' THEN written_now(it.xmin) AND it.status = NEW.after
        ELSE written_now(it.xmin)
    END;
    IF NOT done THEN
        PERFORM refuse_event(NEW.kind, NEW.item_id);
    END IF;
    RETURN NEW;
END $$;
CREATE OR REPLACE TRIGGER guard_event BEFORE INSERT ON duban.events
    FOR EACH ROW EXECUTE FUNCTION duban.guard_event();
REVOKE ALL ON FUNCTION duban.refuse_event(text, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION duban.refuse_event(text, bigint) TO duban_member;
REVOKE ALL ON FUNCTION duban.written_now(xid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION duban.written_now(xid) TO duban_member;
REVOKE ALL ON FUNCTION duban.event_act(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION duban.event_act(text) TO duban_member;
REVOKE ALL ON FUNCTION duban.guard_event() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION duban.guard_event() TO duban_member;
"#;

#[cfg(test)]
mod tests {
    /// Every kind of event duban writes about an item names an act: a kind
    /// added to duban without one here would be refused on a server.
    #[test]
    fn every_kind_duban_writes_is_known_to_the_servers_guard() {
        let kinds = [
            "move",
            "reorder",
            "note_add",
            "note_edit",
            "note_delete",
            "measure",
            "indicator",
            "deadline",
            "create",
            "retire",
            "restore",
            "close",
            "confirm",
            "reopen",
            "report",
            "urge",
            "urge_answer",
            "update",
            "undo",
            "import",
            "member_add",
            "member_remove",
            "member_rename",
            "cycle",
        ];
        for kind in kinds {
            assert!(super::SQL.contains(&format!("'{kind}'")), "{kind}");
        }
        for field in crate::plan::adhoc::ItemField::ALL {
            let kind = field.event_kind();
            assert!(super::SQL.contains(&format!("'{kind}'")), "{kind}");
        }
    }
}
