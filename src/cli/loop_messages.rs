//! The supervision loop's sentences on the command line, in both languages:
//! confirmations of members, reports, urges, replies and close-outs, and the
//! refusals a user meets there. Names are sanitized before they reach here.

use super::LangArg;
use super::messages::pick;

/// What a text argument is, for "… is empty".
#[derive(Debug, Clone, Copy)]
pub enum TextKind {
    Report,
    Urge,
    Reply,
    Reason,
    Statement,
}

impl TextKind {
    fn zh(self) -> &'static str {
        match self {
            TextKind::Report => "进展报送",
            TextKind::Urge => "督办内容",
            TextKind::Reply => "回复",
            TextKind::Reason => "原因",
            TextKind::Statement => "办结说明",
        }
    }

    fn en(self) -> &'static str {
        match self {
            TextKind::Report => "the report",
            TextKind::Urge => "the urge",
            TextKind::Reply => "the reply",
            TextKind::Reason => "the reason",
            TextKind::Statement => "the completion statement",
        }
    }
}

pub fn empty_text(kind: TextKind, lang: LangArg) -> String {
    pick(
        lang,
        format!("{}为空，未保存；请写上内容", kind.zh()),
        format!("{} is empty; nothing was saved", kind.en()),
    )
}

pub fn empty_user(lang: LangArg) -> String {
    pick(
        lang,
        "用户名为空；请写系统账号名，如 duban member add zhangsan 基教处".into(),
        "the user name is empty".into(),
    )
}

pub fn member_added(user: &str, office: &str, supervisor: bool, lang: LangArg) -> String {
    pick(
        lang,
        format!(
            "已把 {user} 加入{office}{}",
            if supervisor { "（督查员）" } else { "" }
        ),
        format!(
            "{user} -> {office}{}",
            if supervisor { " (supervisor)" } else { "" }
        ),
    )
}

pub fn member_already(user: &str, office: &str, supervisor: bool, lang: LangArg) -> String {
    pick(
        lang,
        format!(
            "{user} 已在{office}{}，未改动",
            if supervisor { "（督查员）" } else { "" }
        ),
        format!(
            "{user} is already in {office}{}",
            if supervisor { " (supervisor)" } else { "" }
        ),
    )
}

pub fn member_removed(user: &str, office: &str, lang: LangArg) -> String {
    pick(
        lang,
        format!("已把 {user} 移出{office}"),
        format!("{user} removed from {office}"),
    )
}

pub fn due_day_out_of_range(
    day: u8,
    kind_zh: &str,
    kind: &str,
    lo: u8,
    hi: u8,
    lang: LangArg,
) -> String {
    pick(
        lang,
        format!("--due-day {day} 超出范围：{kind_zh}周期可选 {lo}–{hi}"),
        format!("--due-day {day} is out of range for a {kind} cycle ({lo}–{hi})"),
    )
}

pub fn reported(number: u32, period: &str, replaced: bool, lang: LangArg) -> String {
    pick(
        lang,
        format!(
            "{number}: 已报送 {period} 的进展{}",
            if replaced {
                "（替换了本期原报送）"
            } else {
                ""
            }
        ),
        format!(
            "{number}: report for {period}{}",
            if replaced { " (replaced)" } else { "" }
        ),
    )
}

pub fn answered(number: u32, n: usize, lang: LangArg) -> String {
    pick(
        lang,
        format!("{number}: 已回复 {n} 项督办"),
        format!("{number}: answered {n} urge(s)"),
    )
}

pub fn urged(number: u32, reply_by: Option<&str>, lang: LangArg) -> String {
    match reply_by {
        Some(d) => pick(
            lang,
            format!("{number}: 已督办，回复期限 {d}"),
            format!("{number}: urged, reply by {d}"),
        ),
        None => pick(
            lang,
            format!("{number}: 已督办"),
            format!("{number}: urged"),
        ),
    }
}

pub fn confirmed(number: u32, lang: LangArg) -> String {
    pick(
        lang,
        format!("{number}: 已销号"),
        format!("{number}: confirmed (销号)"),
    )
}

pub fn reopened(number: u32, lang: LangArg) -> String {
    pick(
        lang,
        format!("{number}: 已退回推进中"),
        format!("{number}: reopened"),
    )
}

pub fn needs_statement(number: u32, lang: LangArg) -> String {
    pick(
        lang,
        format!("第{number}项移到已完成需要办结说明：duban move {number} done --note \"办结说明\""),
        format!(
            "moving item {number} to done needs a completion statement (办结说明): \
             duban move {number} done --note TEXT"
        ),
    )
}

pub fn act_as_refused(user: &str, claimed: &str, lang: LangArg) -> String {
    pick(
        lang,
        format!(
            "只有 root 和督查员可以代他人记录（--as {claimed}）；你是 {user}。去掉 --as 即以你自己的名义记录"
        ),
        format!(
            "only root and supervisors may act as someone else (--as {claimed}); you are {user}"
        ),
    )
}

pub fn needs_output(format: &str, lang: LangArg) -> String {
    pick(
        lang,
        format!("--format {format} 要写入文件：请加 --output 文件名"),
        format!("--format {format} needs --output FILE"),
    )
}

pub fn bad_period(text: &str, example: &str, lang: LangArg) -> String {
    pick(
        lang,
        format!("--period “{text}”不是周期；请写成 {example} 这样"),
        format!("--period {text:?} is not a period; write it like {example}"),
    )
}

pub fn bad_reply_by(text: &str, reason: &str, lang: LangArg) -> String {
    pick(
        lang,
        format!("--reply-by {reason}"),
        format!("--reply-by {text:?}: {reason}"),
    )
}

/// Said when a file was written (`--output`).
pub fn written(path: &str, lang: LangArg) -> String {
    pick(lang, format!("已写入 {path}"), format!("wrote {path}"))
}
