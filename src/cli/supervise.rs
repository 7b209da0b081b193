//! The supervision loop on the command line: members, the reporting cycle,
//! reports, urges, replies, close-out (confirm, reopen) and who acts.

use super::loop_messages::{self as said, TextKind};
use super::messages::{current, lang_of, store_text};
use super::{Cli, LangArg, UsageError, item_id, open_seeded, plan_id, render, resolve_office};
use crate::plan::cycle::{Cycle, CycleKind};
use crate::store::{ItemId, Store, StoreError};
use crate::text::sanitize;
use anyhow::{Context, Result};
use clap::{Subcommand, ValueEnum};
use std::io::Write;

#[derive(Debug, Subcommand)]
pub enum MemberCommand {
    /// Add USER to OFFICE (name, alias or pinyin initials)
    Add {
        user: String,
        office: String,
        /// As a supervisor (督查员); supervisors belong to the supervising office
        #[arg(long)]
        supervisor: bool,
        /// The name shown for USER in the history, bulletin and notices (张三)
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
        /// Add an account this machine does not have (a remote user on a server)
        #[arg(long)]
        allow_unknown: bool,
    },
    /// Remove USER from OFFICE
    Remove { user: String, office: String },
    /// Change the name shown for USER
    Rename { user: String, name: String },
}

#[derive(Debug, Subcommand)]
pub enum CycleCommand {
    /// Change the reporting cycle
    Set {
        #[arg(value_enum)]
        kind: CycleArg,
        /// Reports are due by this day: of the month (monthly: 1–31; quarterly: of the
        /// quarter's last month), or the weekday (weekly: 1 Monday … 7 Sunday)
        #[arg(long, value_name = "N")]
        due_day: Option<u8>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CycleArg {
    Weekly,
    Monthly,
    Quarterly,
}

impl From<CycleArg> for CycleKind {
    fn from(c: CycleArg) -> Self {
        match c {
            CycleArg::Weekly => CycleKind::Weekly,
            CycleArg::Monthly => CycleKind::Monthly,
            CycleArg::Quarterly => CycleKind::Quarterly,
        }
    }
}

/// A refusal by the supervision rules: exit status 3.
pub const REFUSED: u8 = 3;

/// True when `e` is a refusal by the rules (exit status 3).
pub fn is_refusal(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        matches!(
            c.downcast_ref::<StoreError>(),
            Some(
                StoreError::Refused(_)
                    | StoreError::ServerRefused { .. }
                    | StoreError::NotSupervisingOffice { .. }
                    | StoreError::LeavesDone { .. }
                    | StoreError::NeedsStatement { .. }
                    | StoreError::ReportNotThisPeriod { .. }
                    | StoreError::UrgeOnConfirmed { .. }
            )
        ) || c.downcast_ref::<ActAsRefused>().is_some()
            || c.downcast_ref::<UndoRefused>().is_some()
            || c.downcast_ref::<super::standup::ClockRefused>().is_some()
    })
}

/// `--as NAME` by someone who may not act for others.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::t!(crate::i18n::Lang::En, "cli-act-as-refused", claimed = claimed.as_str(), user = user.as_str()))]
pub struct ActAsRefused {
    pub user: String,
    pub claimed: String,
}

/// Who acts: the OS account, or `--as NAME` when it may act for others. Sets the
/// store's actor and, for `--as`, who typed it, so the history records both.
pub fn establish_identity(store: &mut Store, claimed: Option<&str>) -> Result<()> {
    let user = crate::identity::os_user();
    let Some(claimed) = claimed.filter(|c| *c != user) else {
        return Ok(());
    };
    if !store.may_act_as_other(&user, crate::identity::is_root())? {
        return Err(ActAsRefused {
            user,
            claimed: claimed.to_string(),
        }
        .into());
    }
    store.set_recorded_by(Some(&user))?;
    Ok(())
}

/// On a server the actor is the login role; `--as NAME` asks the server to
/// record for NAME (`Store::act_as_on_server`), which only a supervisor's login
/// role may: refused with the same sentence as on a file.
pub fn establish_server_identity(store: &mut Store, claimed: Option<&str>) -> Result<()> {
    let Some(claimed) = claimed
        .map(str::trim)
        .filter(|c| !c.is_empty() && *c != store.actor())
    else {
        return Ok(());
    };
    let user = store.actor().to_string();
    match store.act_as_on_server(claimed) {
        Ok(()) => Ok(()),
        Err(StoreError::Refused(r)) if r.act == crate::store::rules::Act::ActAs => {
            Err(ActAsRefused {
                user,
                claimed: claimed.to_string(),
            }
            .into())
        }
        Err(e) => Err(e.into()),
    }
}

/// The text argument, or standard input for `-`.
pub fn text_arg(text: &str, what: TextKind) -> Result<String> {
    let text = if text == "-" {
        super::writes::read_bounded(&mut std::io::stdin().lock())
            .with_context(|| super::messages::stdin_unreadable(current()))?
    } else {
        text.to_string()
    };
    let text = text.trim().to_string();
    if text.is_empty() {
        return Err(UsageError(said::empty_text(what, current())).into());
    }
    Ok(text)
}

/// A store error the user caused (a wrong item state), as a usage error.
fn usage(e: &StoreError) -> anyhow::Error {
    UsageError(store_text(e, current())).into()
}

fn number_id(cli: &Cli, number: u32) -> Result<(Store, ItemId)> {
    let store = open_seeded(cli)?;
    let plan = plan_id(&store, cli.plan)?;
    let id = item_id(&store, plan, number)?;
    Ok((store, id))
}

pub fn members(cli: &Cli, json: bool, lang: LangArg, out: &mut impl Write) -> Result<()> {
    let store = open_seeded(cli)?;
    let members = store.members()?;
    if json {
        return render::json(out, &members);
    }
    if members.is_empty() {
        writeln!(out, "{}", crate::t!(lang, "export-members-none"))?;
        return Ok(());
    }
    // Columns aligned by display width (Chinese office names are two columns a
    // character), not tabs.
    let header = [
        crate::t!(lang, "export-members-office"),
        crate::t!(lang, "export-members-member"),
        crate::t!(lang, "export-members-role"),
    ];
    let header = header.each_ref().map(String::as_str);
    let (supervisor, member) = (
        crate::t!(lang, "export-members-supervisor"),
        crate::t!(lang, "export-members-plain"),
    );
    let rows: Vec<Vec<String>> = members
        .iter()
        .map(|m| {
            let role = if m.supervisor { &supervisor } else { &member };
            let who = match &m.name {
                Some(name) => crate::t!(
                    lang,
                    "export-members-named",
                    name = sanitize(name),
                    user = sanitize(&m.user)
                ),
                None => sanitize(&m.user).into_owned(),
            };
            vec![sanitize(&m.office).into_owned(), who, role.clone()]
        })
        .collect();
    render::table(out, &header, &rows)
}

pub fn member(cli: &Cli, cmd: &MemberCommand, out: &mut impl Write) -> Result<()> {
    let lang = lang_of(cli);
    // On a server, `member add` goes to it directly (until the store opens servers).
    if let (
        Some(url),
        MemberCommand::Add {
            user,
            office,
            supervisor,
            name,
            ..
        },
    ) = (super::server_copy::server_url(cli), cmd)
    {
        let user = crate::text::strip_invisible(user.trim());
        let name = name.as_deref().map(str::trim);
        if user.trim().is_empty() || name.is_some_and(str::is_empty) {
            return Err(UsageError(said::empty_user(lang)).into());
        }
        let add = super::server_copy::MemberAdd {
            user: user.trim(),
            office,
            supervisor: *supervisor,
            name,
        };
        return super::server_copy::member_add(cli, url, &add, out);
    }
    let mut store = open_seeded(cli)?;
    let plan = plan_id(&store, cli.plan)?;
    match cmd {
        MemberCommand::Add {
            user,
            office,
            supervisor,
            name,
            allow_unknown,
        } => {
            let user = crate::text::strip_invisible(user.trim());
            let user = user.trim();
            if user.is_empty() {
                return Err(UsageError(said::empty_user(lang)).into());
            }
            let name = name.as_deref().map(str::trim);
            if name.is_some_and(str::is_empty) {
                return Err(UsageError(said::empty_user(lang)).into());
            }
            // Who may not change memberships hears that first (exit 3).
            store.check(crate::store::rules::Act::Members, None)?;
            let office = resolve_office(&store, office)?;
            if !allow_unknown && !crate::identity::account_exists(user) {
                let text = super::item_messages::unknown_account(&sanitize(user), lang);
                return Err(UsageError(text).into());
            }
            let changed = store.add_member(plan, user, &office, *supervisor)?;
            if let Some(name) = name {
                store.set_display_name(plan, user, name)?;
            }
            let (user, office) = (sanitize(user), sanitize(&office));
            let line = if changed {
                said::member_added(&user, &office, *supervisor, lang)
            } else {
                said::member_already(&user, &office, *supervisor, lang)
            };
            writeln!(out, "{line}")?;
        }
        MemberCommand::Rename { user, name } => {
            let (user, name) = (user.trim(), name.trim());
            if user.is_empty() || name.is_empty() {
                return Err(UsageError(said::empty_user(lang)).into());
            }
            store.set_display_name(plan, user, name)?;
            let line = super::item_messages::renamed(&sanitize(user), &sanitize(name), lang);
            writeln!(out, "{line}")?;
        }
        MemberCommand::Remove { user, office } => {
            let office = resolve_office(&store, office)?;
            let left = match store.remove_member(plan, user.trim(), &office) {
                Err(e @ StoreError::NoSuchMember { .. }) => return Err(usage(&e)),
                other => other?,
            };
            let line = said::member_removed(&sanitize(user), &sanitize(&office), lang);
            writeln!(out, "{line}")?;
            if left {
                let user = sanitize(user.trim());
                let line = crate::t!(lang, "server-member-login-gone", user = user.as_ref());
                writeln!(out, "{line}")?;
            }
        }
    }
    Ok(())
}

pub fn cycle(
    cli: &Cli,
    cmd: Option<&CycleCommand>,
    lang: LangArg,
    out: &mut impl Write,
) -> Result<()> {
    let mut store = open_seeded(cli)?;
    let plan = plan_id(&store, cli.plan)?;
    if let Some(CycleCommand::Set { kind, due_day }) = cmd {
        let kind = CycleKind::from(*kind);
        let due_day = due_day.unwrap_or(kind.default_due_day());
        if !kind.due_day_range().contains(&due_day) {
            let r = kind.due_day_range();
            return Err(UsageError(said::due_day_out_of_range(
                due_day,
                kind.label_zh(),
                kind.key(),
                *r.start(),
                *r.end(),
                lang,
            ))
            .into());
        }
        store.set_cycle(plan, Cycle { kind, due_day })?;
    }
    let (cycle, period) = store.current_period(plan)?;
    let due = cycle.due_date(period);
    let day = cycle.due_day;
    let line = match cycle.kind {
        CycleKind::Weekly => crate::t!(lang, "export-cycle-weekly", day = day),
        CycleKind::Monthly => crate::t!(lang, "export-cycle-monthly", day = day),
        CycleKind::Quarterly => crate::t!(lang, "export-cycle-quarterly", day = day),
    };
    writeln!(out, "{line}")?;
    writeln!(
        out,
        "{}",
        crate::t!(
            lang,
            "export-cycle-current",
            period = period.to_string(),
            label = super::bulletin::period_words(period, lang),
            due = due.to_string()
        )
    )?;
    let reports = store.office_reports(plan, period)?;
    let (owed, made, missing) = reports.iter().fold((0, 0, 0), |(d, a, m), r| {
        (d + r.due, a + r.made.min(r.due), m + r.missing)
    });
    let past = cycle.past_due(store.today());
    let standing = crate::plan::cycle::ReportStanding::of(owed, made, missing, past);
    let standing = super::bulletin::standing_words(standing, lang);
    let line = if past {
        crate::t!(
            lang,
            "export-cycle-past-due",
            owed = owed,
            standing = standing
        )
    } else {
        crate::t!(lang, "export-cycle-owed", owed = owed, standing = standing)
    };
    writeln!(out, "{line}")?;
    Ok(())
}

pub fn report(cli: &Cli, number: u32, text: &str, out: &mut impl Write) -> Result<()> {
    let lang = lang_of(cli);
    let text = text_arg(text, TextKind::Report)?;
    let (mut store, id) = number_id(cli, number)?;
    let done = store.report(id, &text)?;
    let period = done.period.to_string();
    writeln!(
        out,
        "{}",
        said::reported(number, &period, done.replaced, lang)
    )?;
    if done.answered_urges > 0 {
        let n = done.answered_urges as usize;
        writeln!(out, "{}", said::answered(number, n, lang))?;
    }
    Ok(())
}

pub fn urge(
    cli: &Cli,
    number: u32,
    text: &str,
    reply_by: Option<&str>,
    out: &mut impl Write,
) -> Result<()> {
    let lang = lang_of(cli);
    let text = text_arg(text, TextKind::Urge)?;
    let reply_by = match reply_by {
        Some(d) => Some(crate::plan::deadline::parse_iso(d).map_err(|e| {
            let reason = super::messages::date_error(&e, lang);
            UsageError(said::bad_reply_by(&sanitize(d), &reason, lang))
        })?),
        None => None,
    };
    let (mut store, id) = number_id(cli, number)?;
    match store.urge(id, &text, reply_by) {
        // A reply-by date already past is a bad argument (exit status 2).
        Err(e @ StoreError::ReplyByPast { .. }) => return Err(usage(&e)),
        Err(e) => return Err(e.into()),
        Ok(_) => {}
    }
    let by = reply_by.map(|d| d.to_string());
    writeln!(out, "{}", said::urged(number, by.as_deref(), lang))?;
    Ok(())
}

pub fn reply(cli: &Cli, number: u32, text: &str, out: &mut impl Write) -> Result<()> {
    let text = text_arg(text, TextKind::Reply)?;
    let (mut store, id) = number_id(cli, number)?;
    match store.reply(id, &text) {
        Err(e @ StoreError::NoOpenUrge { .. }) => Err(usage(&e)),
        Err(e) => Err(e.into()),
        Ok(n) => {
            writeln!(out, "{}", said::answered(number, n as usize, lang_of(cli)))?;
            Ok(())
        }
    }
}

pub fn confirm(cli: &Cli, number: u32, out: &mut impl Write) -> Result<()> {
    let (mut store, id) = number_id(cli, number)?;
    match store.confirm(id) {
        Err(e @ StoreError::NotAwaitingConfirmation { .. }) => Err(usage(&e)),
        Err(e) => Err(e.into()),
        Ok(()) => {
            writeln!(out, "{}", said::confirmed(number, lang_of(cli)))?;
            Ok(())
        }
    }
}

pub fn reopen(cli: &Cli, number: u32, reason: &str, out: &mut impl Write) -> Result<()> {
    let reason = text_arg(reason, TextKind::Reason)?;
    let (mut store, id) = number_id(cli, number)?;
    match store.reopen(id, &reason) {
        Err(e @ StoreError::NotDone { .. }) => Err(usage(&e)),
        Err(e) => Err(e.into()),
        Ok(()) => {
            writeln!(out, "{}", said::reopened(number, lang_of(cli)))?;
            Ok(())
        }
    }
}

/// `duban undo`: the account's last change on the plan, wherever it was made, with
/// the board's rules (refused when someone changed the item since; exit status 3).
pub fn undo(cli: &Cli, out: &mut impl Write) -> Result<()> {
    use crate::store::UndoOutcome;
    let lang = lang_of(cli);
    let words = super::render::tui_lang(lang);
    let mut store = open_seeded(cli)?;
    let plan = plan_id(&store, cli.plan)?;
    match store.undo_last(plan)? {
        UndoOutcome::Undone {
            number,
            kind,
            restored,
        } => {
            let what = words.change_kind(&kind);
            let value = match (kind.as_str(), restored) {
                ("move", Some(key)) => {
                    crate::plan::Status::parse(&key).map(|st| words.status(st).to_string())
                }
                (_, v) => v,
            };
            let text = match value {
                Some(v) => crate::t!(words, "board-undone-to", n = number, what = what, value = v),
                None => crate::t!(words, "board-undone", n = number, what = what),
            };
            writeln!(out, "{}", sanitize(&text))?;
            Ok(())
        }
        UndoOutcome::Nothing => {
            writeln!(out, "{}", words.msg("board-undo-nothing"))?;
            Ok(())
        }
        UndoOutcome::Gone { number, kind } => {
            let what = words.change_kind(&kind);
            let text = crate::t!(words, "board-undo-gone", n = number, what = what);
            writeln!(out, "{}", sanitize(&text))?;
            Ok(())
        }
        UndoOutcome::Refused { number, by, at } => Err(UndoRefused(crate::t!(
            words,
            "board-undo-refused",
            n = number,
            by = by,
            at = super::standup::local_time(&at),
        ))
        .into()),
    }
}

/// An undo refused because someone else changed the item since (exit status 3).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UndoRefused(pub String);

/// `duban move N done --note TEXT`: done takes a completion statement.
pub fn close(
    cli: &Cli,
    number: u32,
    note: Option<&str>,
    lang: LangArg,
    out: &mut impl Write,
) -> Result<()> {
    let Some(note) = note else {
        return Err(UsageError(said::needs_statement(number, lang)).into());
    };
    let note = text_arg(note, TextKind::Statement)?;
    let (mut store, id) = number_id(cli, number)?;
    let before = store.item(id)?.status;
    store.close_item(id, &note, None)?;
    let awaiting = store.card(id)?.supervision.awaiting_confirmation;
    let (from, to) = (
        render::status_label(before, lang),
        render::status_label(crate::plan::Status::Done, lang),
    );
    let line = if awaiting {
        crate::t!(
            lang,
            "export-close-awaiting",
            number = number,
            from = from,
            to = to
        )
    } else {
        crate::t!(lang, "cli-moved", number = number, from = from, to = to)
    };
    writeln!(out, "{line}")?;
    Ok(())
}

/// What `show` adds for the loop: the close-out, urges, and reports by period.
pub fn show_extra(store: &Store, id: ItemId, lang: LangArg, out: &mut impl Write) -> Result<()> {
    let when = super::standup::local_time;
    let card = store.card(id)?;
    let flags = &card.supervision;
    if flags.unreported || flags.awaiting_confirmation || flags.urges_open > 0 {
        let mut marks = Vec::new();
        if flags.unreported {
            marks.push(crate::t!(lang, "export-show-mark-unreported"));
        }
        if flags.urges_open > 0 {
            marks.push(if flags.urge_overdue {
                crate::t!(lang, "export-show-mark-urged-overdue")
            } else {
                crate::t!(lang, "export-show-mark-urged")
            });
        }
        if flags.awaiting_confirmation {
            marks.push(crate::t!(lang, "export-show-mark-awaiting"));
        }
        let label = crate::t!(lang, "export-show-supervision");
        let marks = marks.join(&render::list_separator(lang));
        writeln!(out, "{}", render::field(lang, &label, &marks))?;
    }
    if let Some(c) = store.closeout(id)? {
        let state = match (&c.confirmed_at, c.needs_confirmation) {
            // Reopened since: a record of what happened, not a close-out in force.
            _ if let Some(r) = &c.reopened => crate::t!(
                lang,
                "export-show-closeout-reopened",
                by = sanitize(&r.by),
                at = when(&r.at),
                reason = sanitize(&r.reason)
            ),
            (Some(at), _) => crate::t!(
                lang,
                "export-show-closeout-confirmed",
                by = sanitize(c.confirmed_by.as_deref().unwrap_or("")),
                at = when(at)
            ),
            (None, true) => crate::t!(lang, "export-show-mark-awaiting"),
            (None, false) => String::new(),
        };
        let (statement, by, at) = (
            sanitize(&c.statement).into_owned(),
            sanitize(&c.closed_by).into_owned(),
            when(&c.closed_at),
        );
        let line = if state.is_empty() {
            crate::t!(
                lang,
                "export-show-closeout",
                statement = statement,
                by = by,
                at = at
            )
        } else {
            crate::t!(
                lang,
                "export-show-closeout-with-state",
                statement = statement,
                by = by,
                at = at,
                state = state
            )
        };
        writeln!(out, "{line}")?;
    }
    let urges = store.urges(id)?;
    if !urges.is_empty() {
        let label = crate::t!(lang, "export-show-urges");
        writeln!(out, "{}", render::field_head(lang, &label))?;
        for u in urges {
            let line = crate::t!(
                lang,
                "export-show-urge",
                at = when(&u.at),
                by = sanitize(&u.by),
                reply_by = u.reply_by.as_deref().unwrap_or("none"),
                overdue = if u.overdue { "yes" } else { "no" },
                text = sanitize(&u.text)
            );
            writeln!(out, "  {line}")?;
            if let (Some(a), Some(at)) = (&u.answer, &u.answered_at) {
                let line = crate::t!(
                    lang,
                    "export-show-reply",
                    at = when(at),
                    by = sanitize(u.answered_by.as_deref().unwrap_or("")),
                    text = sanitize(a)
                );
                writeln!(out, "    {line}")?;
            }
        }
    }
    let reports = store.reports(id)?;
    if !reports.is_empty() {
        let label = crate::t!(lang, "export-show-reports");
        writeln!(out, "{}", render::field_head(lang, &label))?;
        for r in reports {
            let line = crate::t!(
                lang,
                "export-show-report",
                period = r.period.to_string(),
                by = sanitize(&r.author),
                at = when(&r.at),
                text = sanitize(&r.text)
            );
            writeln!(out, "  {line}")?;
        }
    }
    Ok(())
}

/// `show --format json`: the item with what the loop knows of it.
#[derive(serde::Serialize)]
pub struct ItemWithLoop<'a> {
    #[serde(flatten)]
    pub item: &'a crate::store::ItemRecord,
    pub supervision: LoopMarks,
    /// The latest close-out (办结说明, who closed, 销号), or null.
    pub closeout: Option<crate::store::CloseoutRecord>,
    /// Every urge with its reply, oldest first.
    pub urges: Vec<crate::store::UrgeRecord>,
    /// The reports by period, newest first.
    pub reports: Vec<crate::store::ReportRecord>,
}

/// A card's loop marks, as JSON.
#[derive(serde::Serialize)]
pub struct LoopMarks {
    pub period: Option<String>,
    pub reported: bool,
    pub unreported: bool,
    pub urges_open: u32,
    pub urge_overdue: bool,
    pub awaiting_confirmation: bool,
}

/// The item `id` with its marks, close-out, urges and reports, for JSON.
pub fn item_with_loop<'a>(
    store: &Store,
    item: &'a crate::store::ItemRecord,
) -> Result<ItemWithLoop<'a>> {
    let flags = store.card(item.id)?.supervision;
    Ok(ItemWithLoop {
        item,
        supervision: LoopMarks {
            period: flags.report_period,
            reported: flags.reported,
            unreported: flags.unreported,
            urges_open: flags.urges_open,
            urge_overdue: flags.urge_overdue,
            awaiting_confirmation: flags.awaiting_confirmation,
        },
        // Exports present only a close-out in force; a reopened one is history.
        closeout: store.closeout(item.id)?.filter(|c| c.in_force()),
        urges: store.urges(item.id)?,
        reports: store.reports(item.id)?,
    })
}

/// A stand-up's JSON with the loop's part beside the offices.
#[derive(serde::Serialize)]
pub struct StandupWithLoop<'a> {
    #[serde(flatten)]
    pub standup: &'a crate::store::Standup,
    pub supervision: &'a crate::store::LoopActivity,
}

/// The stand-up's loop section: reports made, urges opened and answered.
pub fn write_loop_activity(
    out: &mut impl Write,
    a: &crate::store::LoopActivity,
    lang: LangArg,
    md: bool,
) -> Result<()> {
    if a.reports.is_empty() && a.urges_opened.is_empty() && a.urges_answered.is_empty() {
        return Ok(());
    }
    let when = super::standup::local_time;
    let bullet = if md { "- " } else { "  " };
    // Reports, urges and replies as one paragraph each (escaped in Markdown).
    let sanitize = |s: &str| crate::text::in_document(s, md);
    writeln!(out)?;
    let head = crate::t!(lang, "export-standup-supervision");
    if md {
        writeln!(out, "## {head}")?;
        writeln!(out)?;
    } else {
        writeln!(out, "== {head} ==")?;
    }
    let list = |out: &mut dyn Write, label: String, lines: Vec<String>| -> Result<()> {
        if lines.is_empty() {
            return Ok(());
        }
        writeln!(out, "{}", render::field_head(lang, &label))?;
        for l in lines {
            writeln!(out, "{bullet}{l}")?;
        }
        Ok(())
    };
    list(
        out,
        crate::t!(lang, "export-standup-reports"),
        a.reports
            .iter()
            .map(|r| {
                crate::t!(
                    lang,
                    "export-standup-report-line",
                    number = r.number,
                    title = sanitize(&r.title),
                    period = r.period.to_string(),
                    by = sanitize(&r.by),
                    at = when(&r.at),
                    text = sanitize(&r.text)
                )
            })
            .collect(),
    )?;
    list(
        out,
        crate::t!(lang, "export-standup-urges-opened"),
        a.urges_opened
            .iter()
            .map(|u| {
                crate::t!(
                    lang,
                    "export-standup-urge-line",
                    number = u.number,
                    title = sanitize(&u.title),
                    by = sanitize(&u.by),
                    at = when(&u.at),
                    text = sanitize(&u.text)
                )
            })
            .collect(),
    )?;
    list(
        out,
        crate::t!(lang, "export-standup-urges-answered"),
        a.urges_answered
            .iter()
            .map(|u| {
                crate::t!(
                    lang,
                    "export-standup-urge-line",
                    number = u.number,
                    title = sanitize(&u.title),
                    by = sanitize(u.answered_by.as_deref().unwrap_or("")),
                    at = when(u.answered_at.as_deref().unwrap_or("")),
                    text = sanitize(u.answer.as_deref().unwrap_or(""))
                )
            })
            .collect(),
    )?;
    Ok(())
}
