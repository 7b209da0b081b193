//! Every string the board shows, in Chinese and English.

use super::action::{Action, Context};
use crate::plan::Status;

/// The interface language; Chinese unless asked otherwise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    /// `zh`, `zh-CN`, `en`, `en_US.UTF-8`... (case-insensitive).
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase();
        let base = code.split(['-', '_', '.']).next().unwrap_or("");
        match base {
            "zh" | "cn" | "chinese" | "中文" => Some(Lang::Zh),
            "en" | "english" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }

    pub fn status(self, s: Status) -> &'static str {
        match self {
            Lang::Zh => s.label_zh(),
            Lang::En => s.label_en(),
        }
    }
}

/// The fixed texts of the interface.
pub struct Strings {
    pub too_small: &'static str,
    pub no_cards: &'static str,
    pub filter_office: &'static str,
    pub lead_only: &'static str,
    pub filter_search: &'static str,
    pub search_prompt: &'static str,
    pub jump_prompt: &'static str,
    pub picker_title: &'static str,
    pub picker_hint_lead: &'static str,
    pub picker_hint_all: &'static str,
    pub picker_none: &'static str,
    pub items: &'static str,
    pub help_title: &'static str,
    pub view_board: &'static str,
    pub view_detail: &'static str,
    pub hint_move: &'static str,
    pub hint_nav: &'static str,
    pub editor_new: &'static str,
    pub editor_edit: &'static str,
    pub confirm_delete: &'static str,
    pub section: &'static str,
    pub closing: &'static str,
    pub target: &'static str,
    pub measures: &'static str,
    pub offices: &'static str,
    pub indicators: &'static str,
    pub not_recorded: &'static str,
    pub lead_mark: &'static str,
    pub notes: &'static str,
    pub no_notes: &'static str,
    pub no_history: &'static str,
    pub history: &'static str,
    pub deadline: &'static str,
    pub edited: &'static str,
    pub notes_short: &'static str,
    pub no_office: &'static str,
    pub moved: &'static str,
    pub already_first: &'static str,
    pub already_last: &'static str,
    pub stale: &'static str,
    pub note_saved: &'static str,
    pub note_deleted: &'static str,
    pub not_your_note: &'static str,
    pub select_note: &'static str,
    pub no_item: &'static str,
    pub filters_cleared: &'static str,
    pub read_only: &'static str,
    pub read_only_mark: &'static str,
    pub error: &'static str,
    pub keymap_warning: &'static str,
    pub online: &'static str,
}

pub static ZH: Strings = Strings {
    too_small: "终端太小(至少 80x24)",
    no_cards: "(无)",
    filter_office: "处室",
    lead_only: "仅牵头",
    filter_search: "搜索",
    search_prompt: "搜索: ",
    jump_prompt: "跳到第几项: ",
    picker_title: "按处室筛选",
    picker_hint_lead: "Tab 仅牵头: 开",
    picker_hint_all: "Tab 仅牵头: 关",
    picker_none: "没有匹配的处室",
    items: "项",
    help_title: "按键帮助",
    view_board: "看板",
    view_detail: "详情",
    hint_move: "移动",
    hint_nav: "选择",
    editor_new: "新批注",
    editor_edit: "修改批注",
    confirm_delete: "删除这条批注? (y/n)",
    section: "部分",
    closing: "结语",
    target: "目标任务",
    measures: "工作措施",
    offices: "责任单位",
    indicators: "指标",
    not_recorded: "未填报",
    lead_mark: "牵头",
    notes: "批注",
    no_notes: "暂无批注",
    no_history: "暂无记录",
    history: "历史",
    deadline: "期限",
    edited: "已修改",
    notes_short: "注",
    no_office: "-",
    moved: "已移到",
    already_first: "已在最上",
    already_last: "已在最下",
    stale: "第{n}项已被 {by} 于 {at} 改为「{status}」;已刷新,请重试",
    note_saved: "批注已保存",
    note_deleted: "批注已删除",
    not_your_note: "只能修改或删除自己的批注",
    select_note: "先用 j/k 选中一条批注",
    no_item: "没有第{n}项",
    filters_cleared: "已清除筛选",
    read_only: "数据库只读,未保存",
    read_only_mark: "只读",
    error: "出错",
    keymap_warning: "按键配置有误",
    online: "在线",
};

pub static EN: Strings = Strings {
    too_small: "Terminal too small (need 80x24)",
    no_cards: "(none)",
    filter_office: "Office",
    lead_only: "lead only",
    filter_search: "Search",
    search_prompt: "Search: ",
    jump_prompt: "Jump to item: ",
    picker_title: "Filter by office",
    picker_hint_lead: "Tab lead only: on",
    picker_hint_all: "Tab lead only: off",
    picker_none: "No office matches",
    items: "items",
    help_title: "Keys",
    view_board: "board",
    view_detail: "detail",
    hint_move: "move",
    hint_nav: "select",
    editor_new: "New note",
    editor_edit: "Edit note",
    confirm_delete: "Delete this note? (y/n)",
    section: "Section",
    closing: "Closing",
    target: "Target",
    measures: "Measures",
    offices: "Offices",
    indicators: "Indicators",
    not_recorded: "not recorded",
    lead_mark: "lead",
    notes: "Notes",
    no_notes: "No notes yet",
    no_history: "No changes yet",
    history: "History",
    deadline: "Due",
    edited: "edited",
    notes_short: "n",
    no_office: "-",
    moved: "Moved to",
    already_first: "Already at the top",
    already_last: "Already at the bottom",
    stale: "Item {n} was changed to \"{status}\" by {by} at {at}; reloaded, try again",
    note_saved: "Note saved",
    note_deleted: "Note deleted",
    not_your_note: "Only your own notes can be changed or deleted",
    select_note: "Select a note with j/k first",
    no_item: "No item {n}",
    filters_cleared: "Filters cleared",
    read_only: "The database is read-only; nothing saved",
    read_only_mark: "read-only",
    error: "Error",
    keymap_warning: "Keymap problem",
    online: "also here",
};

impl Lang {
    /// What an action does, for the help screen and the key-hint bar.
    pub fn action(self, ctx: Context, a: &Action) -> &'static str {
        let zh = self == Lang::Zh;
        let pick = |z: &'static str, e: &'static str| if zh { z } else { e };
        match a {
            Action::ColumnLeft => pick("左一列", "previous column"),
            Action::ColumnRight => pick("右一列", "next column"),
            Action::Down => match ctx {
                Context::Editor => pick("下一行", "line down"),
                Context::Board => pick("下一张", "next card"),
                _ => pick("向下", "down"),
            },
            Action::Up => match ctx {
                Context::Editor => pick("上一行", "line up"),
                Context::Board => pick("上一张", "previous card"),
                _ => pick("向上", "up"),
            },
            Action::First => pick("第一张", "first"),
            Action::Last => pick("最后一张", "last"),
            Action::PageUp => pick("上翻页", "page up"),
            Action::PageDown => pick("下翻页", "page down"),
            Action::MovePrev => pick("移到前一状态", "move to previous status"),
            Action::MoveNext => pick("移到后一状态", "move to next status"),
            Action::ReorderUp => pick("上移一位", "move up in column"),
            Action::ReorderDown => pick("下移一位", "move down in column"),
            Action::Open => pick("详情", "open detail"),
            Action::Toggle => pick("勾选措施", "toggle measure"),
            Action::AddNote => pick("加批注", "add note"),
            Action::EditNote => pick("改批注", "edit note"),
            Action::DeleteNote => pick("删批注", "delete note"),
            Action::OfficePicker => pick("按处室筛选", "office filter"),
            Action::ClearOffice => pick("清除处室筛选", "clear office filter"),
            Action::ToggleLeadOnly => pick("仅牵头 开/关", "lead only on/off"),
            Action::Search => pick("搜索", "search"),
            Action::Jump => pick("跳到编号", "jump to number"),
            Action::Confirm => match ctx {
                Context::Editor => pick("保存", "save"),
                _ => pick("确定", "apply"),
            },
            Action::Newline => pick("换行", "new line"),
            Action::DeleteBack => pick("删前一字", "delete back"),
            Action::DeleteForward => pick("删后一字", "delete forward"),
            Action::CursorLeft => pick("光标左移", "cursor left"),
            Action::CursorRight => pick("光标右移", "cursor right"),
            Action::LineStart => pick("行首", "line start"),
            Action::LineEnd => pick("行尾", "line end"),
            Action::Yes => pick("是", "yes"),
            Action::No => pick("否", "no"),
            Action::Help => pick("帮助", "help"),
            Action::Back => match ctx {
                Context::Board => pick("清除搜索", "clear search"),
                Context::Editor | Context::Search | Context::Jump | Context::Picker => {
                    pick("取消", "cancel")
                }
                _ => pick("返回", "back"),
            },
            Action::Quit => pick("退出", "quit"),
            Action::Input(_) | Action::Paste(_) => pick("输入", "type"),
        }
    }
}

impl Lang {
    /// A history row's kind in words; `None` for kinds this build does not know.
    pub fn event(self, kind: &str, after: Option<&str>) -> Option<&'static str> {
        let zh = self == Lang::Zh;
        let pick = |z: &'static str, e: &'static str| Some(if zh { z } else { e });
        match (kind, after) {
            ("move", _) => pick("移动", "moved"),
            ("measure", Some("done")) => pick("勾选措施", "ticked a measure"),
            ("measure", _) => pick("取消勾选措施", "unticked a measure"),
            ("note_add", _) => pick("加批注", "added a note"),
            ("note_edit", _) => pick("改批注", "edited a note"),
            ("note_delete", _) => pick("删批注", "deleted a note"),
            ("reorder", Some("up")) => pick("上移一位", "moved up"),
            ("reorder", _) => pick("下移一位", "moved down"),
            ("create", _) => pick("创建", "created"),
            ("update", _) => pick("导入更新", "updated by import"),
            ("import", _) => pick("导入", "imported"),
            _ => None,
        }
    }
}

/// 1 -> 一, 12 -> 十二, 21 -> 二十一 (up to 99; larger numbers as digits).
pub fn chinese_numeral(n: u32) -> String {
    const DIGITS: [&str; 10] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => DIGITS[n as usize].to_string(),
        10..=19 => format!("十{}", if n > 10 { DIGITS[n as usize % 10] } else { "" }),
        20..=99 => format!(
            "{}十{}",
            DIGITS[n as usize / 10],
            if n.is_multiple_of(10) {
                ""
            } else {
                DIGITS[n as usize % 10]
            }
        ),
        _ => n.to_string(),
    }
}

/// Fills `{name}` placeholders.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (k, v) in args {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lang_codes() {
        assert_eq!(Lang::from_code("zh"), Some(Lang::Zh));
        assert_eq!(Lang::from_code("zh_CN.UTF-8"), Some(Lang::Zh));
        assert_eq!(Lang::from_code("EN"), Some(Lang::En));
        assert_eq!(Lang::from_code("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_code("fr"), None);
        assert_eq!(Lang::default(), Lang::Zh);
    }

    #[test]
    fn numerals() {
        assert_eq!(chinese_numeral(1), "一");
        assert_eq!(chinese_numeral(10), "十");
        assert_eq!(chinese_numeral(12), "十二");
        assert_eq!(chinese_numeral(20), "二十");
        assert_eq!(chinese_numeral(21), "二十一");
        assert_eq!(chinese_numeral(120), "120");
    }

    #[test]
    fn fill_replaces_placeholders() {
        assert_eq!(fill("第{n}项 {n}", &[("n", "3")]), "第3项 3");
    }
}
