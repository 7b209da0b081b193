//! A history event in words, in either language, and its time as the detail shows it.

use crate::plan::adhoc::{ItemField, Level, Source};
use crate::store::EventRecord;
use crate::text;
use crate::tui::strings::Lang;
use jiff::tz::TimeZone;

/// One history row in words: `移动 未启动 -> 推进中`, `加批注: 进度正常`; a change
/// an undo made says which event it reverses (`撤销 #57: 移动 推进中 -> 未启动`).
pub fn describe_event(lang: Lang, e: &EventRecord) -> String {
    let what = describe_change(lang, e);
    undo_of(lang, e, what)
}

/// `what`, prefixed with the event it undoes when `e` is an undo's change.
pub fn undo_of(lang: Lang, e: &EventRecord, what: String) -> String {
    match e.undoes {
        Some(n) if e.kind == "undo" => {
            let kind = e.after.as_deref().map(|k| lang.change_kind(k));
            let word = lang.event("undo", None).unwrap_or("undo");
            match kind {
                Some(k) => format!("{word} #{n}: {k}"),
                None => format!("{word} #{n}"),
            }
        }
        Some(n) => {
            let word = lang.event("undo", None).unwrap_or("undo");
            format!("{word} #{n}: {what}")
        }
        None => what,
    }
}

/// One history row in words, without saying what it undoes.
pub fn describe_change(lang: Lang, e: &EventRecord) -> String {
    let status = |k: &str| {
        crate::plan::Status::parse(k)
            .map_or_else(|| k.to_string(), |st| lang.status(st).to_string())
    };
    let clip = |t: &str| text::truncate(&text::sanitize_line(t), 40).into_owned();
    if let Some(line) = describe_item_event(
        lang,
        &e.kind,
        e.before.as_deref(),
        e.after.as_deref(),
        &clip,
    ) {
        return line;
    }
    let Some(what) = lang.event(&e.kind, e.after.as_deref()) else {
        let change = match (&e.before, &e.after) {
            (Some(b), Some(a)) => format!(" {} -> {}", clip(b), clip(a)),
            (None, Some(a)) => format!(" {}", clip(a)),
            (Some(b), None) => format!(" {}", clip(b)),
            (None, None) => String::new(),
        };
        return format!("{}{change}", e.kind);
    };
    match (e.kind.as_str(), &e.before, &e.after) {
        ("move", Some(b), Some(a)) => format!("{what} {} -> {}", status(b), status(a)),
        ("urge_answer", Some(via), Some(a)) if via == "close" => {
            format!("{}: {}", lang.sv().answered_by_closeout, clip(a))
        }
        ("indicator", _, Some(a)) => format!("{what} {}", clip(a)),
        // `create` stays one word: the item's title is right above its history.
        (
            "note_add" | "note_edit" | "report" | "urge" | "urge_answer" | "close" | "reopen",
            _,
            Some(a),
        ) => format!("{what}: {}", clip(a)),
        ("note_delete", Some(b), _) => format!("{what}: {}", clip(b)),
        ("deadline", Some(b), Some(a)) => format!("{what} {} -> {}", clip(b), clip(a)),
        ("deadline", _, Some(a)) => format!("{what}: {}", clip(a)),
        ("undo", _, Some(a)) => format!("{what}: {}", lang.change_kind(a)),
        // A tick names its measure: 勾选措施 3.
        ("measure", _, _) => match e.measure {
            Some(n) => format!("{what} {n}"),
            None => what.to_string(),
        },
        _ => what.to_string(),
    }
}

/// A field's value as the history stores it, as people read it: sources and
/// levels by their labels, measures on one line, `（空）` for nothing.
pub fn shown_value(lang: Lang, field: ItemField, value: &str) -> String {
    let en = lang == Lang::En;
    if value.is_empty() {
        return if en { "(none)" } else { "（空）" }.to_string();
    }
    let label = match field {
        ItemField::Source => Source::parse(value).map(|s| s.label(en)),
        ItemField::Level => Level::parse(value).map(|l| l.label(en)),
        _ => None,
    };
    label.map_or_else(|| value.replace('\n', " / "), str::to_string)
}

/// The events the item commands and `member rename` make (`edit_<field>`,
/// `retire`, `restore`, `member_rename`), in words; `fit` shapes each stored
/// text (the board clips it, the command line gives it whole). `None` for any
/// other kind.
pub fn describe_item_event(
    lang: Lang,
    kind: &str,
    before: Option<&str>,
    after: Option<&str>,
    fit: &dyn Fn(&str) -> String,
) -> Option<String> {
    let zh = lang == Lang::Zh;
    let (b, a) = (before.unwrap_or(""), after.unwrap_or(""));
    if let Some(field) = ItemField::of_event(kind) {
        let (b, a) = (
            fit(&shown_value(lang, field, b)),
            fit(&shown_value(lang, field, a)),
        );
        return Some(if zh {
            format!("修改{}: {b} -> {a}", field.label_zh())
        } else {
            format!("changed {}: {b} -> {a}", field.label_en())
        });
    }
    let (b, a) = (fit(b), fit(a));
    match kind {
        "retire" if zh => Some(format!("撤销: {a}")),
        "retire" => Some(format!("retired: {a}")),
        "restore" if zh => Some(format!("恢复（撤销原因：{b}）")),
        "restore" => Some(format!("restored (retired for: {b})")),
        // Stored as `user name`: the account, then the display name.
        "member_rename" => {
            let split = |t: &str| {
                t.split_once(' ')
                    .map(|(u, n)| (u.to_string(), n.to_string()))
                    .unwrap_or_else(|| (t.to_string(), String::new()))
            };
            let (user, new) = split(&a);
            let old = split(&b).1;
            Some(match (zh, old.is_empty()) {
                (true, true) => format!("设显示名 {user}: {new}"),
                (true, false) => format!("改显示名 {user}: {old} -> {new}"),
                (false, true) => format!("named {user}: {new}"),
                (false, false) => format!("renamed {user}: {old} -> {new}"),
            })
        }
        _ => None,
    }
}

/// An RFC 3339 instant as `YYYY-MM-DD HH:MM` in `tz`; anything else as it is.
pub fn short_time(at: &str, tz: &TimeZone) -> String {
    match at.parse::<jiff::Timestamp>() {
        Ok(ts) => ts
            .to_zoned(tz.clone())
            .strftime("%Y-%m-%d %H:%M")
            .to_string(),
        Err(_) => at.to_string(),
    }
}
