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
        Some(n) if e.kind == "undo" => match e.after.as_deref() {
            Some(k) => crate::t!(
                lang,
                "board-history-undo-of",
                n = n,
                what = lang.change_kind(k)
            ),
            None => crate::t!(lang, "board-history-undo-of-bare", n = n),
        },
        Some(n) => crate::t!(lang, "board-history-undo-of", n = n, what = what),
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
        // A kind this version does not know (written by a newer one): its key,
        // named as such, with whatever values it stored.
        let what = crate::t!(lang, "board-history-other", kind = e.kind.as_str());
        return match (&e.before, &e.after) {
            (Some(b), Some(a)) => crate::t!(
                lang,
                "board-history-change",
                what = what,
                before = clip(b),
                after = clip(a)
            ),
            (None, Some(v)) | (Some(v), None) => {
                crate::t!(lang, "board-history-text", what = what, text = clip(v))
            }
            (None, None) => what,
        };
    };
    let change = |before: String, after: String| {
        crate::t!(
            lang,
            "board-history-change",
            what = what.as_str(),
            before = before,
            after = after
        )
    };
    let with_text = |text: String| {
        crate::t!(
            lang,
            "board-history-text",
            what = what.as_str(),
            text = text
        )
    };
    match (e.kind.as_str(), &e.before, &e.after) {
        ("move", Some(b), Some(a)) => change(status(b), status(a)),
        ("urge_answer", Some(via), Some(a)) if via == "close" => {
            crate::t!(lang, "sv-answered-by-closeout", text = clip(a))
        }
        ("indicator", _, Some(a)) => crate::t!(
            lang,
            "board-history-with-value",
            what = what.as_str(),
            value = clip(a)
        ),
        // `create` stays one word: the item's title is right above its history.
        (
            "note_add" | "note_edit" | "report" | "urge" | "urge_answer" | "close" | "reopen",
            _,
            Some(a),
        ) => with_text(clip(a)),
        ("note_delete", Some(b), _) => with_text(clip(b)),
        ("deadline", Some(b), Some(a)) => change(clip(b), clip(a)),
        ("deadline", _, Some(a)) => with_text(clip(a)),
        ("undo", _, Some(a)) => with_text(lang.change_kind(a)),
        // A tick names its measure: 勾选措施3.
        ("measure", _, after) => match (e.measure, after.as_deref()) {
            (Some(n), Some("done")) => crate::t!(lang, "board-history-tick", n = n),
            (Some(n), _) => crate::t!(lang, "board-history-untick", n = n),
            (None, _) => what,
        },
        _ => what,
    }
}

/// A field's value as the history stores it, as people read it: sources and
/// levels by their labels, measures on one line, `（空）` for nothing.
pub fn shown_value(lang: Lang, field: ItemField, value: &str) -> String {
    let en = lang == Lang::En;
    if value.is_empty() {
        return lang.msg("board-history-empty-value");
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
    let (b, a) = (before.unwrap_or(""), after.unwrap_or(""));
    if let Some(field) = ItemField::of_event(kind) {
        let (b, a) = (
            fit(&shown_value(lang, field, b)),
            fit(&shown_value(lang, field, a)),
        );
        let field = match lang {
            Lang::Zh => field.label_zh(),
            Lang::En => field.label_en(),
        };
        return Some(crate::t!(
            lang,
            "board-history-edit-field",
            field = field,
            before = b,
            after = a
        ));
    }
    let (b, a) = (fit(b), fit(a));
    match kind {
        "retire" => Some(crate::t!(lang, "board-history-retire", reason = a)),
        "restore" => Some(crate::t!(lang, "board-history-restore", reason = b)),
        // Stored as `user name`: the account, then the display name.
        "member_rename" => {
            let split = |t: &str| {
                t.split_once(' ')
                    .map(|(u, n)| (u.to_string(), n.to_string()))
                    .unwrap_or_else(|| (t.to_string(), String::new()))
            };
            let (user, new) = split(&a);
            let old = split(&b).1;
            Some(if old.is_empty() {
                crate::t!(lang, "board-history-named", user = user, name = new)
            } else {
                crate::t!(
                    lang,
                    "board-history-renamed",
                    user = user,
                    old = old,
                    name = new
                )
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
