//! The Chinese words duban reads: status, source and level names and the cycle
//! names typed on the command line (and in the edit form), and the standing
//! plan's stored title and key. Vocabulary, not messages: what duban shows comes
//! from the catalogs (`plan-status-todo`...), and these words keep being read
//! whatever the catalogs say.

use super::Status;
use super::adhoc::{ItemField, Level, Source};
use super::cycle::CycleKind;

/// The Chinese name a status is typed by.
pub fn status(s: Status) -> &'static str {
    match s {
        Status::Todo => "未启动",
        Status::Doing => "推进中",
        Status::Blocked => "受阻",
        Status::Done => "已完成",
    }
}

/// The Chinese name a source is typed by.
pub fn source(s: Source) -> &'static str {
    match s {
        Source::Instruction => "领导批示",
        Source::Meeting => "会议议定",
        Source::Assigned => "上级交办",
        Source::Proposal => "建议提案",
        Source::Letter => "来信",
        Source::Plan => "工作要点",
        Source::Other => "其他",
    }
}

/// The Chinese name a level is typed by.
pub fn level(l: Level) -> &'static str {
    match l {
        Level::Normal => "一般",
        Level::Key => "重点",
        Level::Urgent => "特急",
    }
}

/// The Chinese label a field is written under in the edit form.
pub fn field(f: ItemField) -> &'static str {
    match f {
        ItemField::Title => "标题",
        ItemField::Target => "目标任务",
        ItemField::Lead => "牵头处室",
        ItemField::Co => "配合处室",
        ItemField::Deadline => "完成时限",
        ItemField::Source => "来源",
        ItemField::Ref => "依据",
        ItemField::Requirement => "办理要求",
        ItemField::Level => "督办等级",
        ItemField::Measures => "工作措施",
    }
}

/// The cycle a typed name means: `weekly`, `每周`, `周`...
pub fn cycle(s: &str) -> Option<CycleKind> {
    match s.trim() {
        "weekly" | "week" | "每周" | "周" => Some(CycleKind::Weekly),
        "monthly" | "month" | "每月" | "月" => Some(CycleKind::Monthly),
        "quarterly" | "quarter" | "每季度" | "季度" => Some(CycleKind::Quarterly),
        _ => None,
    }
}

/// The title of the standing plan that a year's ad-hoc items go into: stored
/// data, the same whoever made it.
pub fn standing_plan_title(year: i16) -> String {
    format!("{year}年督办事项")
}

/// The key (see `Plan::key`) of that plan: one no document number can take.
pub fn standing_plan_key(year: i16) -> String {
    format!("duban:督办事项:{year}")
}
