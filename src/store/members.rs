//! Memberships: who belongs to which office, and who supervises (督查员).

use super::rules::{self, Act};
use super::{NewEvent, PlanId, Result, Store, StoreError, record_event};
use crate::store::engine::{OptionalExtension, params};
use serde::Serialize;

/// One user's membership of one office.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Member {
    pub user: String,
    pub office: String,
    pub supervisor: bool,
    pub added_by: String,
    pub added_at: String,
    /// The display name given with `--name` (issue 15), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl Store {
    /// Every membership, by office then user.
    pub fn members(&self) -> Result<Vec<Member>> {
        let mut st = self.conn.prepare_cached(
            "SELECT m.user, o.name, m.supervisor, m.added_by, m.added_at, p.name
             FROM members m JOIN offices o ON o.id = m.office_id
             LEFT JOIN people p ON p.user = m.user ORDER BY o.name, m.user",
        )?;
        let rows = st.query_map([], |r| {
            Ok(Member {
                user: r.get(0)?,
                office: r.get(1)?,
                supervisor: r.get(2)?,
                added_by: r.get(3)?,
                added_at: r.get(4)?,
                name: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<crate::store::engine::Result<_>>()?)
    }

    /// The offices `user` belongs to, by name.
    pub fn offices_of(&self, user: &str) -> Result<Vec<String>> {
        let mut st = self.conn.prepare_cached(
            "SELECT o.name FROM members m JOIN offices o ON o.id = m.office_id
             WHERE m.user = ?1 ORDER BY o.name",
        )?;
        let rows = st.query_map([user], |r| r.get(0))?;
        Ok(rows.collect::<crate::store::engine::Result<_>>()?)
    }

    /// True when the store's actor is a supervisor.
    pub fn is_supervisor(&self) -> Result<bool> {
        rules::is_supervisor(&self.conn, &self.actor)
    }

    /// Adds `user` to `office` (canonical name), as a supervisor with `supervisor`.
    /// Adding an existing membership updates its supervisor flag. Supervisors all
    /// belong to one office, the supervising office. Returns false when nothing
    /// changed. `plan` is the plan the history records the change under.
    pub fn add_member(
        &mut self,
        plan: PlanId,
        user: &str,
        office: &str,
        supervisor: bool,
    ) -> Result<bool> {
        // Matched against actors, which are stored the same way.
        let user = &*super::clean::name(user);
        self.write(|w| {
            w.allow_on(Act::Members, None)?;
            let office_id = office_id(w.tx, office)?;
            let group: bool = w.tx.query_row(
                "SELECT is_group FROM offices WHERE id = ?1",
                [office_id],
                |r| r.get(0),
            )?;
            if group {
                return Err(StoreError::GroupNotOffice(office.to_string()));
            }
            if supervisor
                && let Some(supervising) = rules::supervising_office(w.tx)?
                && supervising != office
            {
                return Err(StoreError::NotSupervisingOffice {
                    office: office.to_string(),
                    supervising,
                });
            }
            let was: Option<bool> =
                w.tx.query_row(
                    "SELECT supervisor FROM members WHERE user = ?1 AND office_id = ?2",
                    params![user, office_id],
                    |r| r.get(0),
                )
                .optional()?;
            if was == Some(supervisor) {
                return Ok(false);
            }
            w.tx.execute(
                "INSERT INTO members (user, office_id, supervisor, added_by, added_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (user, office_id) DO UPDATE SET supervisor = excluded.supervisor",
                params![user, office_id, supervisor, w.actor, w.now],
            )?;
            let role = if supervisor { "supervisor" } else { "member" };
            record_event(
                w.tx,
                w.actor,
                w.now,
                &NewEvent {
                    plan,
                    item: None,
                    kind: "member_add",
                    before: None,
                    after: Some(&format!("{user} {office} {role}")),
                    ref_id: None,
                    undoes: None,
                },
            )?;
            Ok(true)
        })
    }

    /// Removes `user` from `office`. On a server, a login role left in no office
    /// also leaves duban's member role (`duban.dismiss`), unless it is the
    /// login role's own (with `--as`, who records, not who is acted for):
    /// returns true when it did (always false on a file).
    pub fn remove_member(&mut self, plan: PlanId, user: &str, office: &str) -> Result<bool> {
        let user = &*super::clean::name(user);
        let login = self
            .recorded_by
            .clone()
            .unwrap_or_else(|| self.actor.clone());
        self.write(|w| {
            w.allow_on(Act::Members, None)?;
            let office_id = office_id(w.tx, office)?;
            let removed = w.tx.execute(
                "DELETE FROM members WHERE user = ?1 AND office_id = ?2",
                params![user, office_id],
            )?;
            if removed == 0 {
                return Err(StoreError::NoSuchMember {
                    user: user.to_string(),
                    office: office.to_string(),
                });
            }
            record_event(
                w.tx,
                w.actor,
                w.now,
                &NewEvent {
                    plan,
                    item: None,
                    kind: "member_remove",
                    before: Some(&format!("{user} {office}")),
                    after: None,
                    ref_id: None,
                    undoes: None,
                },
            )?;
            // Removing oneself keeps one's login: the check would no longer pass.
            if !w.tx.is_server() || user == login {
                return Ok(false);
            }
            Ok(w.tx.query_row("SELECT duban.dismiss(?1)", [user], |r| r.get(0))?)
        })
    }
}

fn office_id(conn: &crate::store::engine::Conn, office: &str) -> Result<i64> {
    conn.query_row("SELECT id FROM offices WHERE name = ?1", [office], |r| {
        r.get(0)
    })
    .optional()?
    .ok_or_else(|| StoreError::NoSuchOffice(office.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::seeded;

    #[test]
    fn bootstrap_lets_anyone_add_until_a_supervisor_exists() {
        let (mut store, plan) = seeded("路人");
        assert!(store.add_member(plan, "张三", "基教处", false).unwrap());
        assert!(!store.add_member(plan, "张三", "基教处", false).unwrap());
        store.add_member(plan, "督查员", "办公室", true).unwrap();
        let err = store.add_member(plan, "李四", "基教处", false).unwrap_err();
        assert!(matches!(err, StoreError::Refused(_)), "{err}");
        assert!(err.to_string().contains("supervisors (办公室)"), "{err}");
        store.set_actor("督查员");
        let sup = &mut store;
        sup.add_member(plan, "李四", "基教处", false).unwrap();
        let err = sup.add_member(plan, "王五", "基教处", true).unwrap_err();
        assert!(
            matches!(err, StoreError::NotSupervisingOffice { ref supervising, .. } if supervising == "办公室")
        );
        sup.remove_member(plan, "李四", "基教处").unwrap();
        assert!(matches!(
            sup.remove_member(plan, "李四", "基教处"),
            Err(StoreError::NoSuchMember { .. })
        ));
        let users: Vec<_> = sup.members().unwrap().into_iter().map(|m| m.user).collect();
        assert_eq!(users, ["督查员", "张三"]);
        assert_eq!(sup.offices_of("张三").unwrap(), ["基教处"]);
    }

    #[test]
    fn a_member_cannot_join_a_group() {
        let mut store = crate::store::test_support::memory("路人");
        let doc = "某厅2020年工作要点\n一、甲\n1.甲事项。（责任单位：办公室、相关处室）\n";
        let parsed = crate::plan::parse(doc).unwrap();
        let plan = store.import(&parsed.plan).unwrap().plan_id;
        let err = store
            .add_member(plan, "张三", "相关处室", false)
            .unwrap_err();
        assert!(
            matches!(err, StoreError::GroupNotOffice(ref g) if g == "相关处室"),
            "{err}"
        );
        assert!(err.to_string().contains("group"), "{err}");
        assert!(store.members().unwrap().is_empty(), "nothing written");
    }
}
