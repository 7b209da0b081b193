//! What the item commands (add, edit, retire, restore-item, notice) say; the
//! words are the catalogs'.

use super::LangArg;
use crate::plan::adhoc::ItemField;
use crate::t;

pub fn empty_title(lang: LangArg) -> String {
    t!(lang, "cli-empty-title")
}

pub fn added(number: u32, plan_title: &str, plan: i64, lang: LangArg) -> String {
    t!(
        lang,
        "cli-item-added",
        number = number,
        plan_title = plan_title,
        plan = plan
    )
}

/// A field's value as the history stores it, as people read it (the board's words).
pub fn shown_value(field: ItemField, value: &str, lang: LangArg) -> String {
    crate::tui::state::detail::shown_value(super::render::tui_lang(lang), field, value)
}

/// One line of `history` for an `edit_<field>`, `retire`, `restore` or
/// `member_rename` event: the board's words, with texts whole.
pub fn event_line(
    kind: &str,
    before: Option<&str>,
    after: Option<&str>,
    lang: LangArg,
) -> Option<String> {
    crate::tui::state::detail::describe_item_event(
        super::render::tui_lang(lang),
        kind,
        before,
        after,
        &|t: &str| t.to_string(),
    )
}

pub fn changed(number: u32, field: ItemField, before: &str, after: &str, lang: LangArg) -> String {
    t!(
        lang,
        "cli-item-changed",
        number = number,
        field = field.label(lang == LangArg::En),
        before = shown_value(field, before, lang),
        after = shown_value(field, after, lang)
    )
}

pub fn unchanged(number: u32, lang: LangArg) -> String {
    t!(lang, "cli-item-unchanged", number = number)
}

pub fn editor_failed(number: u32, why: &str, lang: LangArg) -> String {
    t!(lang, "cli-editor-failed", number = number, why = why)
}

pub fn retired(number: u32, reason: &str, lang: LangArg) -> String {
    t!(lang, "cli-item-retired", number = number, reason = reason)
}

pub fn already_retired(number: u32, lang: LangArg) -> String {
    t!(lang, "cli-item-already-retired", number = number)
}

pub fn restored(number: u32, lang: LangArg) -> String {
    t!(lang, "cli-item-restored", number = number)
}

pub fn not_retired(number: u32, lang: LangArg) -> String {
    t!(lang, "cli-item-not-retired", number = number)
}

pub fn no_retired(lang: LangArg) -> String {
    t!(lang, "cli-no-retired")
}

pub fn unknown_account(user: &str, lang: LangArg) -> String {
    t!(lang, "cli-unknown-account", user = user)
}

pub fn renamed(user: &str, name: &str, lang: LangArg) -> String {
    t!(lang, "cli-member-renamed", user = user, name = name)
}

pub fn notice_written(number: u32, path: &std::path::Path, lang: LangArg) -> String {
    t!(
        lang,
        "cli-notice-written",
        number = number,
        path = path.display().to_string()
    )
}

pub fn notice_needs_docx(lang: LangArg) -> String {
    t!(lang, "cli-notice-needs-docx")
}

/// A heading of `duban import --dry-run` over the hand corrections a re-import keeps.
pub fn kept_heading(prefer_document: bool, lang: LangArg) -> String {
    if prefer_document {
        t!(lang, "cli-kept-heading-document")
    } else {
        t!(lang, "cli-kept-heading")
    }
}

/// `第5项牵头处室：文件写规划处，看板上已改为财建处（保留看板上的）`
pub fn kept_field(
    number: u32,
    field: ItemField,
    document: &str,
    board: &str,
    prefer_document: bool,
    lang: LangArg,
) -> String {
    let flat = |s: &str| s.replace('\n', " / ");
    let (document, board) = (flat(document), flat(board));
    let field = field.label(lang == LangArg::En);
    if prefer_document {
        t!(
            lang,
            "cli-kept-field-document",
            number = number,
            field = field,
            document = document,
            board = board
        )
    } else {
        t!(
            lang,
            "cli-kept-field",
            number = number,
            field = field,
            document = document,
            board = board
        )
    }
}

/// Items the store has that the document no longer does.
pub fn not_in_document(numbers: &str, lang: LangArg) -> String {
    t!(lang, "cli-not-in-document", numbers = numbers)
}

/// An unknown office refused for an item, with where offices come from: a plan
/// brings them, and nothing else makes one yet.
pub fn offices_come_from_plans(refused: &str, lang: LangArg) -> String {
    // A refusal that ends in a question (did you mean …?) needs no full stop.
    let ends = if refused.ends_with(['?', '\u{FF1F}']) {
        "question"
    } else {
        "other"
    };
    t!(
        lang,
        "cli-offices-come-from-plans",
        refused = refused,
        ends = ends
    )
}
