//! What the board knows of the supervision loop (督办): who the user is and which
//! offices they belong to, the urges waiting on their offices (the banner), and
//! whether the board shows only those items.

use crate::store::{CloseoutRecord, ItemId, PlanId, ReportRecord, Store, StoreError, UrgeRecord};
use crate::tui::state::detail::{RowKind, short_time};
use crate::tui::strings::Lang;
use jiff::tz::TimeZone;
use std::collections::{HashMap, HashSet};

/// People's display names (`member add --name`), by account: the board shows the
/// name where one is set, the account otherwise.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Names(HashMap<String, String>);

impl Names {
    pub fn load(store: &Store) -> Result<Names, StoreError> {
        Ok(Names(store.display_names()?))
    }

    pub fn new(names: HashMap<String, String>) -> Names {
        Names(names)
    }

    /// `user`'s display name, or the account itself.
    pub fn of<'a>(&'a self, user: &'a str) -> &'a str {
        self.0.get(user).map_or(user, String::as_str)
    }
}

/// The user of this board, as the store knows them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Identity {
    pub user: String,
    /// The offices they belong to, by name.
    pub offices: Vec<String>,
    pub supervisor: bool,
    /// Everyone's display names, the user's included.
    pub names: Names,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SupervisionState {
    pub me: Identity,
    /// Anyone belongs to an office: the rules apply, and done takes a statement.
    pub rules_active: bool,
    /// The plan's current reporting period (`2020-06`).
    pub period: String,
    /// Unanswered urges on items the user's offices lead (the banner).
    my_urges: Vec<UrgeRecord>,
    /// The items of `my_urges`.
    urged: HashSet<ItemId>,
    /// The board shows only the urged items (the banner's key).
    urged_only: bool,
}

impl SupervisionState {
    /// Reads the user's memberships and the urges waiting on them.
    pub fn load(store: &Store, plan: PlanId) -> Result<SupervisionState, StoreError> {
        let mut s = SupervisionState::default();
        s.refresh(store, plan)?;
        Ok(s)
    }

    /// Reads everything again, keeping the urged-only filter while urges remain.
    pub fn refresh(&mut self, store: &Store, plan: PlanId) -> Result<(), StoreError> {
        let user = store.actor().to_string();
        self.me = Identity {
            offices: store.offices_of(&user)?,
            supervisor: store.is_supervisor()?,
            names: Names::load(store)?,
            user,
        };
        self.rules_active = store.rules_active()?;
        self.period = store.period_now(plan)?.period;
        self.my_urges = store.my_open_urges(plan)?;
        self.urged = self
            .my_urges
            .iter()
            .filter_map(|u| store.item_id(plan, u.number).ok())
            .collect();
        if self.urged.is_empty() {
            self.urged_only = false;
        }
        Ok(())
    }

    /// The office the board opens filtered to: the user's only office. Not for
    /// supervisors, whose office is the whole plan.
    pub fn home_office(&self) -> Option<&str> {
        if self.me.supervisor {
            return None;
        }
        match self.me.offices.as_slice() {
            [one] => Some(one),
            _ => None,
        }
    }

    /// How many unanswered urges wait on the user's offices.
    pub fn urges_waiting(&self) -> usize {
        self.my_urges.len()
    }

    pub fn my_urges(&self) -> &[UrgeRecord] {
        &self.my_urges
    }

    pub fn urged_only(&self) -> bool {
        self.urged_only
    }

    /// Shows only the urged items, or everything again; false when there are none.
    pub fn toggle_urged_only(&mut self) -> bool {
        if self.urged.is_empty() {
            self.urged_only = false;
            return false;
        }
        self.urged_only = !self.urged_only;
        true
    }

    pub fn clear_urged_only(&mut self) {
        self.urged_only = false;
    }

    /// Whether the urged-only filter keeps item `id`.
    pub fn keeps(&self, id: ItemId) -> bool {
        !self.urged_only || self.urged.contains(&id)
    }

    /// The first urged item, by number: where the banner's key takes the user.
    pub fn first_urged(&self) -> Option<u32> {
        self.my_urges.iter().map(|u| u.number).min()
    }
}

/// The supervision records of one item, for its detail.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ItemSupervision {
    /// Newest period first.
    pub reports: Vec<ReportRecord>,
    /// Oldest first.
    pub urges: Vec<UrgeRecord>,
    pub closeout: Option<CloseoutRecord>,
    /// Display names for the people named in the records.
    pub names: Names,
    /// The rules apply (anyone belongs to an office): the detail then says when no
    /// report was made; otherwise it shows the reports section only if it has any.
    pub active: bool,
}

impl ItemSupervision {
    pub fn load(store: &Store, id: ItemId) -> Result<ItemSupervision, StoreError> {
        let mut reports = store.reports(id)?;
        // Periods of one cycle sort as text (2020-06 < 2020-07); newest first.
        reports.sort_by(|a, b| b.period.cmp(&a.period).then(b.at.cmp(&a.at)));
        Ok(ItemSupervision {
            reports,
            urges: store.urges(id)?,
            closeout: store.closeout(id)?,
            names: Names::load(store)?,
            active: store.rules_active()?,
        })
    }

    /// The report for `period`, if one was made.
    pub fn report_for(&self, period: &str) -> Option<&ReportRecord> {
        self.reports.iter().find(|r| r.period == period)
    }
}

impl ItemSupervision {
    /// One line per unanswered urge, oldest first, for the top of the detail: what
    /// is asked and by when, without scrolling down to the urges.
    pub fn open_urge_lines(&self, lang: Lang) -> Vec<String> {
        self.urges
            .iter()
            .filter(|u| !u.answered())
            .map(|u| {
                // One line: the urge's own line breaks would push the detail down.
                let text = u.text.split_whitespace().collect::<Vec<_>>().join(" ");
                match u.reply_by.as_deref() {
                    Some(d) => crate::t!(lang, "sv-open-urge-by", text = text, date = d),
                    None => crate::t!(lang, "sv-open-urge", text = text),
                }
            })
            .collect()
    }

    /// The detail's rows for the close-out, the urges and the reports, each
    /// section only when it has something (reports always, to show none were made).
    pub fn push_rows(
        &self,
        lang: Lang,
        tz: &TimeZone,
        push: &mut impl FnMut(RowKind, &str, bool, usize),
    ) {
        let name = |u: &'_ str| self.names.of(u).to_string();
        if let Some(c) = &self.closeout {
            push(RowKind::Blank, "", false, 0);
            push(RowKind::Heading, &lang.msg("sv-closeout"), false, 0);
            push(
                RowKind::Meta,
                &format!("{}  {}", name(&c.closed_by), short_time(&c.closed_at, tz)),
                false,
                2,
            );
            push(RowKind::Note, &c.statement, false, 2);
            match (&c.confirmed_by, &c.confirmed_at) {
                // A reopened close-out stays on record as what happened, marked so.
                _ if c.reopened.is_some() => {}
                (Some(by), Some(at)) => push(
                    RowKind::Meta,
                    &crate::t!(
                        lang,
                        "sv-confirmed-line",
                        who = name(by),
                        at = short_time(at, tz)
                    ),
                    false,
                    2,
                ),
                _ if c.needs_confirmation => {
                    push(RowKind::Meta, &lang.msg("sv-awaiting"), false, 2)
                }
                _ => {}
            }
            if let Some(r) = &c.reopened {
                if let (Some(by), Some(at)) = (&c.confirmed_by, &c.confirmed_at) {
                    push(
                        RowKind::Meta,
                        &crate::t!(
                            lang,
                            "sv-confirmed-line",
                            who = by.as_str(),
                            at = short_time(at, tz)
                        ),
                        false,
                        2,
                    );
                }
                push(
                    RowKind::Meta,
                    &crate::t!(
                        lang,
                        "sv-reopened-mark",
                        by = &r.by,
                        at = short_time(&r.at, tz),
                        reason = &r.reason
                    ),
                    false,
                    2,
                );
            }
        }
        if !self.urges.is_empty() {
            push(RowKind::Blank, "", false, 0);
            push(
                RowKind::Heading,
                &crate::t!(lang, "sv-urges-heading", n = self.urges.len()),
                false,
                0,
            );
            // Newest first, like the reports.
            for u in self.urges.iter().rev() {
                let mut meta = format!("{}  {}", name(&u.by), short_time(&u.at, tz));
                if let Some(by) = &u.reply_by {
                    meta.push_str("  ");
                    meta.push_str(&crate::t!(lang, "sv-reply-by", date = by.as_str()));
                }
                if u.overdue {
                    meta.push_str("  ");
                    meta.push_str(&lang.msg("sv-overdue"));
                } else if !u.answered() {
                    meta.push_str("  ");
                    meta.push_str(&lang.msg("sv-unanswered"));
                }
                push(RowKind::Meta, &meta, false, 2);
                push(RowKind::Note, &u.text, false, 4);
                if let (Some(answer), Some(at)) = (&u.answer, &u.answered_at) {
                    let who = name(u.answered_by.as_deref().unwrap_or(""));
                    push(
                        RowKind::Meta,
                        &crate::t!(lang, "sv-answer-line", who = who, at = short_time(at, tz)),
                        false,
                        4,
                    );
                    push(RowKind::Note, answer, false, 6);
                }
            }
        }
        if self.reports.is_empty() && !self.active {
            return;
        }
        push(RowKind::Blank, "", false, 0);
        push(
            RowKind::Heading,
            &crate::t!(lang, "sv-reports-heading", n = self.reports.len()),
            false,
            0,
        );
        if self.reports.is_empty() {
            push(RowKind::Meta, &lang.msg("sv-no-reports"), false, 2);
        }
        for r in &self.reports {
            push(
                RowKind::Meta,
                &format!(
                    "{}  {}  {}",
                    r.period,
                    name(&r.author),
                    short_time(&r.at, tz)
                ),
                false,
                2,
            );
            push(RowKind::Note, &r.text, false, 4);
        }
    }
}
