//! Display names of the people behind accounts (`duban member add USER OFFICE
//! --name 张三`): what history, bulletin, notice, member list and board show.

use super::rules::Act;
use super::{NewEvent, PlanId, Result, Store, StoreError, record_event};
use crate::store::engine::{OptionalExtension, params};
use std::collections::HashMap;

impl Store {
    /// Gives `user` the display name `name`. Returns false when it had that name.
    /// `plan` is the plan the history records the change under.
    pub fn set_display_name(&mut self, plan: PlanId, user: &str, name: &str) -> Result<bool> {
        super::check_length(super::Written::Name, name)?;
        let user = &*super::clean::name(user);
        let name = super::clean::name(name).trim().to_string();
        if name.is_empty() {
            return Err(StoreError::Empty(super::Written::Name));
        }
        self.write(|w| {
            w.allow_on(Act::Members, None)?;
            let before: Option<String> =
                w.tx.query_row("SELECT name FROM people WHERE user = ?1", [user], |r| {
                    r.get(0)
                })
                .optional()?;
            if before.as_deref() == Some(name.as_str()) {
                return Ok(false);
            }
            w.tx.execute(
                "INSERT INTO people (user, name, set_by, set_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (user) DO UPDATE SET name = excluded.name,
                    set_by = excluded.set_by, set_at = excluded.set_at",
                params![user, name, w.actor, w.now],
            )?;
            record_event(
                w.tx,
                w.actor,
                w.now,
                &NewEvent {
                    plan,
                    item: None,
                    kind: "member_rename",
                    before: before.map(|b| format!("{user} {b}")).as_deref(),
                    after: Some(&format!("{user} {name}")),
                    ref_id: None,
                    undoes: None,
                },
            )?;
            Ok(true)
        })
    }

    /// The display name of `user`, if one was given.
    pub fn display_name(&self, user: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached("SELECT name FROM people WHERE user = ?1")?
            .query_row([user], |r| r.get(0))
            .optional()?)
    }

    /// Every display name, by account.
    pub fn display_names(&self) -> Result<HashMap<String, String>> {
        let mut st = self.conn.prepare_cached("SELECT user, name FROM people")?;
        let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<crate::store::engine::Result<_>>()?)
    }

    /// `user` as people read it: the display name, else the account.
    pub fn shown_name(&self, user: &str) -> Result<String> {
        Ok(self.display_name(user)?.unwrap_or_else(|| user.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_support::seeded;

    #[test]
    fn display_names_are_set_renamed_and_recorded_under_the_members_rule() {
        let (mut store, plan) = seeded("督查员");
        assert!(store.set_display_name(plan, "zhangsan", "张三").unwrap());
        assert!(!store.set_display_name(plan, "zhangsan", "张三").unwrap());
        assert!(store.set_display_name(plan, "zhangsan", "张叁").unwrap());
        assert_eq!(
            store.display_name("zhangsan").unwrap().as_deref(),
            Some("张叁")
        );
        assert_eq!(store.shown_name("lisi").unwrap(), "lisi");
        assert_eq!(store.display_names().unwrap().len(), 1);
        assert!(matches!(
            store.set_display_name(plan, "zhangsan", "  "),
            Err(StoreError::Empty(crate::store::Written::Name))
        ));
        store.add_member(plan, "督查员", "办公室", true).unwrap();
        store.set_actor("路人");
        assert!(matches!(
            store.set_display_name(plan, "zhangsan", "张三"),
            Err(StoreError::Refused(_))
        ));
        assert_eq!(
            store.display_name("zhangsan").unwrap().as_deref(),
            Some("张叁")
        );
    }
}
