//! Every string the board shows, in Chinese and English.

use super::action::{Action, Context};
use crate::plan::Status;

mod desk;
mod supervision;
pub use desk::DeskStrings;
pub use supervision::SvStrings;

pub use crate::i18n::Lang;

impl Lang {
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
    pub plans_title: &'static str,
    /// `{n}`: how many warnings the plan's import met, after its item count.
    pub plan_warnings: &'static str,
    /// After a group's name (各县市区, 相关处室) in the overview: not one office.
    pub group_mark: &'static str,
    /// `{title}`: the plan the board switched to.
    pub plan_switched: &'static str,
    pub only_one_plan: &'static str,
    pub items: &'static str,
    pub help_title: &'static str,
    pub help_database: &'static str,
    pub view_board: &'static str,
    pub view_detail: &'static str,
    pub hint_move: &'static str,
    pub hint_undo: &'static str,
    pub hint_history: &'static str,
    pub hint_nav: &'static str,
    pub hint_edit: &'static str,
    pub hint_delete: &'static str,
    pub editor_new: &'static str,
    pub editor_edit: &'static str,
    pub confirm_delete: &'static str,
    pub confirm_discard: &'static str,
    pub section: &'static str,
    pub closing: &'static str,
    pub target: &'static str,
    pub measures: &'static str,
    pub offices: &'static str,
    /// Responsible leaders named by the document: persons, not offices.
    pub persons: &'static str,
    pub indicators: &'static str,
    pub not_recorded: &'static str,
    pub lead_mark: &'static str,
    pub notes: &'static str,
    pub no_notes: &'static str,
    pub no_history: &'static str,
    pub history_older: &'static str,
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
    pub busy: &'static str,
    pub error: &'static str,
    pub keymap_warning: &'static str,
    pub config_warning: &'static str,
    pub online: &'static str,
    pub read_only_banner: &'static str,
    pub read_only_refused: &'static str,
    pub undone: &'static str,
    pub undone_to: &'static str,
    pub selection_displaced: &'static str,
    pub copied: &'static str,
    /// A card's key on a column with no card (`{column}`).
    pub empty_column: &'static str,
    /// `y` where the terminal may not take OSC 52: sent, and how to let it through.
    pub copy_sent: &'static str,
    pub copy_sent_tmux: &'static str,
    pub history_newest_first: &'static str,
    pub matched_target: &'static str,
    pub matched_measure: &'static str,
    pub matched_note: &'static str,
    /// A search that found nothing: `{query}`.
    pub search_none: &'static str,
    /// A search that found nothing within the office filter but `{n}` items
    /// elsewhere; `{office}`, `{key}` clears the filter.
    pub search_outside_office: &'static str,
    pub external_back: &'static str,
    pub external_failed: &'static str,
    pub due_word: &'static str,
    pub undo_nothing: &'static str,
    pub undo_refused: &'static str,
    pub undo_gone: &'static str,
    pub view_overview: &'static str,
    pub view_changes: &'static str,
    pub overview_title: &'static str,
    pub col_office: &'static str,
    pub col_items: &'static str,
    pub col_lead: &'static str,
    pub col_measures: &'static str,
    pub col_overdue: &'static str,
    pub col_bar: &'static str,
    pub sort_label: &'static str,
    pub ascending: &'static str,
    pub descending: &'static str,
    pub no_offices: &'static str,
    pub changes_title: &'static str,
    pub changes_title_first: &'static str,
    pub changes_first_visit: &'static str,
    pub changes_none: &'static str,
    /// On a first visit the list counts from the board's opening, `{at}`.
    pub changes_title_opened: &'static str,
    pub changes_none_opened: &'static str,
    /// In the changes list, the user's own changes.
    pub changes_me: &'static str,
    pub changed_count: &'static str,
    pub date_prompt: &'static str,
    pub bad_date: &'static str,
    pub due_set: &'static str,
    pub due_unchanged: &'static str,
    pub behind_short: &'static str,
    pub col_todo: &'static str,
    pub col_doing: &'static str,
    pub col_blocked: &'static str,
    pub col_done: &'static str,
    pub legend: &'static str,
}

pub static ZH: Strings = Strings {
    too_small: "终端太小：现为 {w}x{h}\n至少需要 {min_w}x{min_h}\n放大窗口，或按 q 退出",
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
    plans_title: "切换计划",
    plan_warnings: "{n} 条警告",
    group_mark: "（群体）",
    plan_switched: "已切换到: {title}",
    only_one_plan: "只有一个计划; 用 duban import 导入另一个",
    items: "项",
    help_title: "按键帮助",
    help_database: "数据库",
    view_board: "看板",
    view_detail: "详情",
    hint_move: "移动",
    hint_undo: "撤销上次修改",
    hint_history: "历史",
    hint_nav: "选择",
    hint_edit: "修改",
    hint_delete: "删除",
    editor_new: "新批注",
    editor_edit: "修改批注",
    confirm_delete: "删除这条批注? (y/n)",
    confirm_discard: "放弃已输入的批注? (y/n)",
    section: "部分",
    closing: "结语",
    target: "目标任务",
    measures: "工作措施",
    offices: "责任单位",
    persons: "负责领导",
    indicators: "指标",
    not_recorded: "未填报",
    lead_mark: "牵头",
    notes: "批注",
    no_notes: "暂无批注",
    no_history: "暂无记录",
    history_older: "……更早的记录见 duban history",
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
    select_note: "先用 j/k 选中一条批注或措施",
    no_item: "没有第{n}项",
    filters_cleared: "已清除筛选",
    read_only: "数据库只读,未保存",
    busy: "数据库正忙(另一个程序占着写锁),未保存——请稍后重试",
    error: "出错",
    keymap_warning: "按键配置有误",
    config_warning: "设置文件有误",
    online: "在线",
    read_only_banner: "只读:你没有写入此数据库的权限",
    read_only_refused: "只读:不能修改,你没有写入此数据库的权限",
    undone: "已撤销第{n}项的{what}",
    undone_to: "已撤销第{n}项的{what},恢复为 {value}",
    copied: "已复制到剪贴板: {line}",
    empty_column: "“{column}”列没有事项，此键无可操作；按 h/l 换列",
    copy_sent: "已发送到终端剪贴板（终端须支持 OSC 52 才能收到）: {line}",
    copy_sent_tmux: "已发送，但 tmux 未转交剪贴板：在 tmux 中执行 set -g set-clipboard on 后再按 y: {line}",
    history_newest_first: "最新在前",
    matched_target: "匹配:目标",
    matched_measure: "匹配:措施{n}",
    matched_note: "匹配:批注",
    search_none: "没有事项匹配“{query}”",
    search_outside_office: "{office} 的事项中没有匹配；其他处室有 {n} 项，按 {key} 清除处室筛选",
    external_back: "已取回外部编辑器保存的内容,按 Enter 保存批注",
    external_failed: "外部编辑器未成功退出,批注保持原样: {why}",
    due_word: "期限",
    selection_displaced: "你选中的卡片已被他人移走,现在选中第{n}项;确认无误请再按一次",
    undo_nothing: "没有可撤销的修改",
    undo_refused: "不能撤销:第{n}项已被 {by} 于 {at} 改过",
    undo_gone: "第{n}项的{what}已无法撤销(对应内容已不存在),已跳过",
    view_overview: "总览",
    view_changes: "变化",
    overview_title: "处室总览",
    col_office: "处室",
    col_items: "事项",
    col_lead: "牵头",
    col_measures: "措施%",
    col_overdue: "逾期",
    col_bar: "状态分布",
    sort_label: "排序",
    ascending: "升序",
    descending: "降序",
    no_offices: "没有处室",
    changes_title: "自上次访问({at})以来的变化",
    changes_title_first: "上次访问以来的变化",
    changes_first_visit: "这是你第一次打开此看板,下次打开时这里列出期间的变化",
    changes_none: "上次访问以来没有变化",
    changes_title_opened: "自打开看板（{at}）以来的变化，含本人所改",
    changes_none_opened: "打开看板以来没有变化；下次打开时，这里从本次访问算起",
    changes_me: "本人",
    changed_count: "有变化 {n}",
    date_prompt: "期限(YYYY-MM-DD): ",
    bad_date: "不是有效日期: {date}(应为 YYYY-MM-DD)",
    due_set: "第{n}项期限已设为 {date}",
    due_unchanged: "期限未变: {date}",
    behind_short: "落后",
    col_todo: "未启动",
    col_doing: "推进中",
    col_blocked: "受阻",
    col_done: "已完成",
    legend: "图例",
};

pub static EN: Strings = Strings {
    too_small: "Terminal too small: {w}x{h}\n{min_w}x{min_h} needed\nEnlarge it, or press q to quit",
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
    plans_title: "Switch plan",
    plan_warnings: "{n} warnings",
    group_mark: " (group)",
    plan_switched: "Switched to: {title}",
    only_one_plan: "Only one plan; import another with duban import",
    items: "items",
    help_title: "Keys",
    help_database: "Database",
    view_board: "board",
    view_detail: "detail",
    hint_move: "move",
    hint_undo: "undo my last change",
    hint_history: "history",
    hint_nav: "select",
    hint_edit: "edit",
    hint_delete: "delete",
    editor_new: "New note",
    editor_edit: "Edit note",
    confirm_delete: "Delete this note? (y/n)",
    confirm_discard: "Throw away the note you typed? (y/n)",
    section: "Section",
    closing: "Closing",
    target: "Target",
    measures: "Measures",
    offices: "Offices",
    persons: "Responsible leader",
    indicators: "Indicators",
    not_recorded: "not recorded",
    lead_mark: "lead",
    notes: "Notes",
    no_notes: "No notes yet",
    no_history: "No changes yet",
    history_older: "… older changes: see duban history",
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
    select_note: "Select a note or a measure with j/k first",
    no_item: "No item {n}",
    filters_cleared: "Filters cleared",
    read_only: "The database is read-only; nothing saved",
    busy: "The database is busy (another program holds its write lock); nothing saved, try again",
    error: "Error",
    keymap_warning: "Keymap problem",
    config_warning: "Config problem",
    online: "also here",
    read_only_banner: "Read-only: you may not write to this database",
    read_only_refused: "Read-only: nothing can be changed, you may not write to this database",
    undone: "Undid the {what} on item {n}",
    undone_to: "Undid the {what} on item {n}: back to {value}",
    copied: "Copied to the clipboard: {line}",
    empty_column: "No card in {column}, so the key has nothing to act on; h/l change columns",
    copy_sent: "Sent to the terminal's clipboard (it arrives if the terminal takes OSC 52): {line}",
    copy_sent_tmux: "Sent, but tmux does not pass it on: run `set -g set-clipboard on` in tmux, then y again: {line}",
    history_newest_first: "newest first",
    matched_target: "in target",
    matched_measure: "in measure {n}",
    matched_note: "in a note",
    search_none: "No item matches \"{query}\"",
    search_outside_office: "No match among {office}'s items; {n} in other offices ({key} clears the office filter)",
    external_back: "Took back what the editor saved; Enter saves the note",
    external_failed: "The editor did not exit cleanly; the note is as it was: {why}",
    due_word: "due",
    selection_displaced: "The card you had selected was moved by someone else; item {n} is selected now. Press again to act on it",
    undo_nothing: "Nothing to undo",
    undo_refused: "Cannot undo: item {n} was changed by {by} at {at} since",
    undo_gone: "Item {n}: the {what} can no longer be undone (what it changed is gone); skipped",
    view_overview: "overview",
    view_changes: "changes",
    overview_title: "Offices overview",
    col_office: "Office",
    col_items: "Items",
    col_lead: "Lead",
    col_measures: "Meas%",
    col_overdue: "Late",
    col_bar: "By status",
    sort_label: "Sort",
    ascending: "ascending",
    descending: "descending",
    no_offices: "No offices",
    changes_title: "Changes since your last visit ({at})",
    changes_title_first: "Changes since your last visit",
    changes_first_visit: "First visit: next time, the changes made in between are listed here",
    changes_none: "No changes since your last visit",
    changes_title_opened: "Changes since this board opened ({at}), yours included",
    changes_none_opened: "No changes since this board opened; next time this counts from this visit",
    changes_me: "you",
    changed_count: "{n} changed",
    date_prompt: "Due (YYYY-MM-DD): ",
    bad_date: "Not a valid date: {date} (use YYYY-MM-DD)",
    due_set: "Item {n} is now due {date}",
    due_unchanged: "Deadline unchanged: {date}",
    behind_short: "behind",
    col_todo: "Todo",
    col_doing: "Doing",
    col_blocked: "Blocked",
    col_done: "Done",
    legend: "Key",
};

impl Strings {
    /// A status's heading in the overview table (short enough for a narrow column).
    pub fn status_column(&self, s: Status) -> &'static str {
        match s {
            Status::Todo => self.col_todo,
            Status::Doing => self.col_doing,
            Status::Blocked => self.col_blocked,
            Status::Done => self.col_done,
        }
    }
}

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
            Action::First => match ctx {
                Context::Board => pick("第一张", "first"),
                Context::Detail => pick("第一条（措施/批注）", "first measure or note"),
                _ => pick("第一行", "first row"),
            },
            Action::Last => match ctx {
                Context::Board => pick("最后一张", "last"),
                Context::Detail => pick("最后一条（措施/批注）", "last measure or note"),
                _ => pick("最后一行", "last row"),
            },
            Action::PageUp => pick("上翻页", "page up"),
            Action::PageDown => pick("下翻页", "page down"),
            Action::MovePrev => pick("移到前一状态", "move to previous status"),
            Action::MoveNext => pick("移到后一状态", "move to next status"),
            Action::ReorderUp => pick("上移一位", "move up in column"),
            Action::ReorderDown => pick("下移一位", "move down in column"),
            Action::Open => pick("详情", "open detail"),
            Action::ToggleHistory => pick("切换 详情/历史", "switch detail/history"),
            Action::ExternalEditor => {
                pick("用外部编辑器($EDITOR)写批注", "edit the note in $EDITOR")
            }
            Action::Copy => pick("复制卡片为一行文字", "copy the card as a line of text"),
            Action::Toggle => pick("勾选措施", "toggle measure"),
            Action::AddNote => pick("加批注", "add note"),
            Action::EditNote => match ctx {
                Context::Detail => pick(
                    "改光标处：批注、标题、目标、措施、处室、期限",
                    "edit what is under the cursor: note, title, target, measure, offices, due",
                ),
                _ => pick("改批注", "edit note"),
            },
            Action::DeleteNote => match ctx {
                Context::Detail => pick(
                    "删光标处的批注或措施（先问）",
                    "delete the note or measure under the cursor (asks)",
                ),
                _ => pick("删批注", "delete note"),
            },
            Action::OfficePicker => pick("按处室筛选", "office filter"),
            Action::ClearOffice => pick("清除处室筛选", "clear office filter"),
            Action::PlanSwitcher => pick("切换计划", "switch plan"),
            Action::ToggleLeadOnly => pick("仅牵头 开/关", "lead only on/off"),
            Action::Search => pick("搜索", "search"),
            Action::Jump => pick("跳到编号", "jump to number"),
            Action::Undo => pick(
                "撤销上次修改:移动/排序/批注/勾选/期限",
                "undo my last move, reorder, note, tick or deadline",
            ),
            Action::SetDue => pick("设期限", "set deadline"),
            Action::Overview => pick("处室总览", "offices overview"),
            Action::Changes => pick("上次以来的变化", "changes since last visit"),
            Action::SortNext => pick("换排序列", "next sort column"),
            Action::SortReverse => pick("反向排序", "reverse sort"),
            Action::Confirm => match ctx {
                Context::Editor | Context::Date => pick("保存", "save"),
                Context::Overview => pick("看此处室的看板", "board of this office"),
                Context::Changes => pick("打开此项", "open item"),
                Context::Plans => pick("切换到此计划", "switch to this plan"),
                Context::Form => pick("选择/下一栏", "choose or next field"),
                _ => pick("确定", "apply"),
            },
            Action::Report => pick("报送进展", "report progress"),
            Action::ConfirmDone => pick("销号（督查员）", "confirm close-out (supervisors)"),
            Action::Reopen => pick("重新打开已完成事项", "reopen a done item"),
            Action::Urged => pick("督办待回复", "urges to answer"),
            Action::Reply => pick("回复督办", "reply to the urges"),
            Action::Urge => pick("督办此项（督查员）", "urge this item (supervisors)"),
            Action::ConfirmQueue => pick("待销号事项（督查员）", "items awaiting confirmation"),
            Action::QuickFilter => pick("快速筛选（再按字母）", "quick filter (then a letter)"),
            Action::FilterOverdue => pick("逾期", "overdue"),
            Action::FilterDueSoon => pick("7天内到期", "due within 7 days"),
            Action::FilterBlocked => pick("受阻", "blocked"),
            Action::FilterUnreported => pick("本期未报（过报送日后）", "unreported this period"),
            Action::FilterUrged => pick("督办未回复", "urged, no reply yet"),
            Action::FilterAwaiting => pick("待销号", "awaiting confirmation"),
            Action::FilterSource => pick("按来源（再按换下一个）", "by source (again: next)"),
            Action::ClearFilter => pick("取消快速筛选", "quick filter off"),
            Action::RecordIndicator => pick("填报指标当前值", "record an indicator's value"),
            Action::AddItem => pick("新增事项（督查员）", "add an item (supervisors)"),
            Action::AddMeasure => pick("新增一条措施", "add a measure"),
            Action::RetireItem => pick("撤下事项（督查员）", "retire the item (supervisors)"),
            Action::NextField => pick("下一栏", "next field"),
            Action::PrevField => pick("上一栏", "previous field"),
            Action::Save => pick("保存", "save"),
            Action::Newline => pick("换行", "new line"),
            Action::DeleteBack => pick("删前一字", "delete back"),
            Action::DeleteForward => pick("删后一字", "delete forward"),
            Action::CursorLeft => pick("光标左移", "cursor left"),
            Action::CursorRight => pick("光标右移", "cursor right"),
            Action::LineStart => pick("行首", "line start"),
            Action::LineEnd => pick("行尾", "line end"),
            Action::ClearLine => pick("删到行首", "delete to line start"),
            Action::DeleteWord => pick("删前一词", "delete word"),
            Action::Yes => pick("是", "yes"),
            Action::No => pick("否", "no"),
            Action::Help => pick("帮助", "help"),
            Action::Back => match ctx {
                Context::Board => pick("清除搜索/筛选", "clear search or filter"),
                Context::Quick => pick("关闭", "close"),
                Context::Editor
                | Context::Search
                | Context::Jump
                | Context::Picker
                | Context::Plans
                | Context::Form
                | Context::Date => pick("取消", "cancel"),
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
            ("deadline", _) => pick("改期限", "set the deadline"),
            ("indicator", _) => pick("填报指标", "recorded an indicator"),
            ("undo", _) => pick("撤销", "undid"),
            // The supervision loop (issue 12).
            ("report", _) => pick("报送进展", "reported progress"),
            ("urge", _) => pick("督办", "urged"),
            ("urge_answer", _) => pick("回复督办", "answered an urge"),
            ("close", _) => pick("办结", "closed"),
            ("confirm", _) => pick("销号", "confirmed the close-out"),
            ("reopen", _) => pick("重新打开", "reopened"),
            _ => None,
        }
    }

    /// The kind of change undo reversed, as a noun for the undo message.
    /// Why a typed date was refused, in the words the command line uses.
    pub fn date_error(self, e: &crate::plan::deadline::DateError) -> String {
        if self == Lang::En {
            return e.to_string();
        }
        let reason = match e.reason.as_str() {
            "no such month" => "没有这个月份",
            "no such day in that month" => "该月没有这一天",
            _ => "格式不对",
        };
        format!(
            "{:?} 不是有效日期:{reason}(应写成 YYYY-MM-DD,如 2020-06-30)",
            e.input
        )
    }

    pub fn change_kind(self, kind: &str) -> String {
        let zh = self == Lang::Zh;
        let pick = |z: &str, e: &str| if zh { z.to_string() } else { e.to_string() };
        match kind {
            "move" => pick("移动", "move"),
            "reorder" => pick("排序调整", "reorder"),
            "note_add" => pick("新批注", "new note"),
            "note_edit" => pick("批注修改", "note edit"),
            "note_delete" => pick("批注删除", "note deletion"),
            "measure" => pick("措施勾选", "measure tick"),
            "deadline" => pick("期限修改", "deadline change"),
            other => other.to_string(),
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
