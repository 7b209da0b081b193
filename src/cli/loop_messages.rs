//! The supervision loop's sentences on the command line: confirmations of members,
//! reports, urges, replies and close-outs, and the refusals a user meets there.
//! Names are sanitized before they reach here; the words are the catalogs'.

use super::LangArg;
use crate::t;

/// What a text argument is, for "… is empty".
#[derive(Debug, Clone, Copy)]
pub enum TextKind {
    Report,
    Urge,
    Reply,
    Reason,
    Statement,
}

pub fn empty_text(kind: TextKind, lang: LangArg) -> String {
    match kind {
        TextKind::Report => t!(lang, "cli-empty-report"),
        TextKind::Urge => t!(lang, "cli-empty-urge"),
        TextKind::Reply => t!(lang, "cli-empty-reply"),
        TextKind::Reason => t!(lang, "cli-empty-reason"),
        TextKind::Statement => t!(lang, "cli-empty-statement"),
    }
}

pub fn empty_user(lang: LangArg) -> String {
    t!(lang, "cli-empty-user")
}

/// The role word a member message selects on.
fn role(supervisor: bool) -> &'static str {
    if supervisor { "supervisor" } else { "member" }
}

pub fn member_added(user: &str, office: &str, supervisor: bool, lang: LangArg) -> String {
    t!(
        lang,
        "cli-member-added",
        user = user,
        office = office,
        role = role(supervisor)
    )
}

pub fn member_already(user: &str, office: &str, supervisor: bool, lang: LangArg) -> String {
    t!(
        lang,
        "cli-member-already",
        user = user,
        office = office,
        role = role(supervisor)
    )
}

pub fn member_removed(user: &str, office: &str, lang: LangArg) -> String {
    t!(lang, "cli-member-removed", user = user, office = office)
}

/// A `--due-day` outside the cycle's range; `kind` is the cycle's key (`weekly`,
/// `monthly`, `quarterly`), which the catalogs name in each language.
pub fn due_day_out_of_range(
    day: u8,
    _kind_zh: &str,
    kind: &str,
    lo: u8,
    hi: u8,
    lang: LangArg,
) -> String {
    t!(
        lang,
        "cli-due-day-out-of-range",
        day = day,
        kind = kind,
        lo = lo,
        hi = hi
    )
}

pub fn reported(number: u32, period: &str, replaced: bool, lang: LangArg) -> String {
    t!(
        lang,
        "cli-reported",
        number = number,
        period = period,
        replaced = if replaced { "yes" } else { "no" }
    )
}

pub fn answered(number: u32, n: usize, lang: LangArg) -> String {
    t!(lang, "cli-answered", number = number, n = n)
}

pub fn urged(number: u32, reply_by: Option<&str>, lang: LangArg) -> String {
    match reply_by {
        Some(d) => t!(lang, "cli-urged-reply-by", number = number, date = d),
        None => t!(lang, "cli-urged", number = number),
    }
}

pub fn confirmed(number: u32, lang: LangArg) -> String {
    t!(lang, "cli-confirmed", number = number)
}

pub fn reopened(number: u32, lang: LangArg) -> String {
    t!(lang, "cli-reopened", number = number)
}

pub fn needs_statement(number: u32, lang: LangArg) -> String {
    t!(lang, "cli-needs-statement", number = number)
}

pub fn act_as_refused(user: &str, claimed: &str, lang: LangArg) -> String {
    t!(lang, "cli-act-as-refused", user = user, claimed = claimed)
}

pub fn needs_output(format: &str, lang: LangArg) -> String {
    t!(lang, "cli-needs-output", format = format)
}

pub fn bad_period(text: &str, example: &str, lang: LangArg) -> String {
    t!(lang, "cli-bad-period", text = text, example = example)
}

/// `_text` is in `reason` already (the date reader's message names it).
pub fn bad_reply_by(_text: &str, reason: &str, lang: LangArg) -> String {
    t!(lang, "cli-bad-reply-by", reason = reason)
}

/// Said when a file was written (`--output`).
pub fn written(path: &str, lang: LangArg) -> String {
    t!(lang, "cli-written", path = path)
}
