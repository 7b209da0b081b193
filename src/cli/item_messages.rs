//! What the item commands (add, edit, retire, restore-item, notice) say, in both
//! languages.

use super::LangArg;
use super::messages::pick;
use crate::plan::adhoc::ItemField;

pub fn empty_title(lang: LangArg) -> String {
    pick(
        lang,
        "标题为空，未保存".into(),
        "the title is empty; nothing was saved".into(),
    )
}

pub fn added(number: u32, plan_title: &str, plan: i64, lang: LangArg) -> String {
    pick(
        lang,
        format!(
            "已新增：{plan_title} 第{number}项（计划编号 {plan}；对它的其他命令请加 --plan {plan}）"
        ),
        format!(
            "added item {number} to {plan_title} (plan {plan}; give --plan {plan} to other commands about it)"
        ),
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
    let show = |s: &str, _none: &str| shown_value(field, s, lang);
    pick(
        lang,
        format!(
            "第{number}项{}：{} → {}",
            field.label_zh(),
            show(before, "（空）"),
            show(after, "（空）")
        ),
        format!(
            "item {number} {}: {} -> {}",
            field.label_en(),
            show(before, "(none)"),
            show(after, "(none)")
        ),
    )
}

pub fn unchanged(number: u32, lang: LangArg) -> String {
    pick(
        lang,
        format!("第{number}项没有改动"),
        format!("item {number}: nothing changed"),
    )
}

pub fn editor_failed(number: u32, why: &str, lang: LangArg) -> String {
    pick(
        lang,
        format!("编辑器没有正常退出（{why}），第{number}项未修改"),
        format!("the editor failed ({why}); item {number} was not changed"),
    )
}

pub fn retired(number: u32, reason: &str, lang: LangArg) -> String {
    pick(
        lang,
        format!(
            "已撤销第{number}项（{reason}）；它不再出现在看板和列表中，duban restore-item {number} 可恢复"
        ),
        format!(
            "retired item {number} ({reason}); it is off the board and the lists, duban restore-item {number} brings it back"
        ),
    )
}

pub fn already_retired(number: u32, lang: LangArg) -> String {
    pick(
        lang,
        format!("第{number}项早已撤销"),
        format!("item {number} was retired already"),
    )
}

pub fn restored(number: u32, lang: LangArg) -> String {
    pick(
        lang,
        format!("已恢复第{number}项，重新回到看板"),
        format!("item {number} is back on the board"),
    )
}

pub fn not_retired(number: u32, lang: LangArg) -> String {
    pick(
        lang,
        format!("第{number}项没有撤销，无需恢复"),
        format!("item {number} is not retired"),
    )
}

pub fn no_retired(lang: LangArg) -> String {
    pick(lang, "没有撤销的事项".into(), "no retired items".into())
}

pub fn unknown_account(user: &str, lang: LangArg) -> String {
    pick(
        lang,
        format!("本机没有“{user}”这个账号；若是服务器上的远程用户，请加 --allow-unknown"),
        format!(
            "there is no account {user:?} on this machine; for a remote user on a server add --allow-unknown"
        ),
    )
}

pub fn renamed(user: &str, name: &str, lang: LangArg) -> String {
    pick(
        lang,
        format!("{user} 的显示名为：{name}"),
        format!("{user} is shown as {name}"),
    )
}

pub fn notice_written(number: u32, path: &std::path::Path, lang: LangArg) -> String {
    pick(
        lang,
        format!("已写出第{number}项的督办通知单：{}", path.display()),
        format!("wrote the notice of item {number}: {}", path.display()),
    )
}

pub fn notice_needs_docx(lang: LangArg) -> String {
    pick(
        lang,
        "督办通知单只写成 .docx 文件：--output 文件名要以 .docx 结尾".into(),
        "the notice is written as a .docx file: --output must end in .docx".into(),
    )
}

/// A heading of `duban import --dry-run` over the hand corrections a re-import keeps.
pub fn kept_heading(prefer_document: bool, lang: LangArg) -> String {
    match (prefer_document, lang) {
        (false, LangArg::Zh) => "手工修改（重新导入时保留看板上的）：".into(),
        (true, LangArg::Zh) => "手工修改（--prefer-document：改用文件里的）：".into(),
        (false, LangArg::En) => "corrected by hand (a re-import keeps the board's):".into(),
        (true, LangArg::En) => {
            "corrected by hand (--prefer-document: the document's is taken):".into()
        }
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
    match lang {
        LangArg::Zh => format!(
            "第{number}项{}：文件写{document}，看板上已改为{board}（{}）",
            field.label_zh(),
            if prefer_document {
                "改用文件里的"
            } else {
                "保留看板上的"
            }
        ),
        LangArg::En => format!(
            "item {number} {}: the document says {document}, the board was changed to {board} ({})",
            field.label_en(),
            if prefer_document {
                "taking the document's"
            } else {
                "keeping the board's"
            }
        ),
    }
}

/// Items the store has that the document no longer does.
pub fn not_in_document(numbers: &str, lang: LangArg) -> String {
    pick(
        lang,
        format!("文件里已没有这些事项（保留，不删除）：{numbers}"),
        format!("no longer in the document (kept, not removed): {numbers}"),
    )
}

/// An unknown office refused for an item, with where offices come from: a plan
/// brings them, and nothing else makes one yet.
pub fn offices_come_from_plans(refused: &str, lang: LangArg) -> String {
    pick(
        lang,
        format!(
            "{refused}{}处室只来自导入的计划（计划写到的责任单位），duban 目前不能单独新建处室",
            if refused.ends_with('？') { "" } else { "。" }
        ),
        format!(
            "{refused}{}offices come only from imported plans (the offices a plan names); duban cannot make a new office on its own yet",
            if refused.ends_with('?') { " " } else { "; " }
        ),
    )
}
