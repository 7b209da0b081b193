//! The board's texts for the supervisor's day at the desk: quick filters, urging,
//! the 销号 queue, indicators, and adding, correcting and retiring items.

use super::Lang;

pub struct DeskStrings {
    // Quick filters: their names in the header and the menu.
    pub quick_title: &'static str,
    pub overdue: &'static str,
    pub due_soon: &'static str,
    pub blocked: &'static str,
    pub unreported: &'static str,
    pub urged: &'static str,
    pub awaiting: &'static str,
    pub source: &'static str,
    /// The menu's last line: `{key}` takes the filter off.
    pub quick_clear_hint: &'static str,
    /// `{filter}` chose `{n}` items.
    pub quick_applied: &'static str,
    /// `{filter}` matches nothing: the filter is not applied.
    pub quick_none: &'static str,
    pub quick_cleared: &'static str,
    pub no_sources: &'static str,
    // Urging from the board.
    /// The urge editor's title; `{n}` the item.
    pub editor_urge: &'static str,
    pub reply_by_prompt: &'static str,
    /// `{date}` typed is before today `{today}`.
    pub reply_by_past: &'static str,
    /// `{n}` urged, `{by}` the reply-by part.
    pub urged_done: &'static str,
    pub urged_by: &'static str,
    // The 销号 queue and confirming.
    pub queue_empty: &'static str,
    /// `{n}` items wait; `{key}` confirms the selected one.
    pub queue_opened: &'static str,
    /// `{n}` the item, `{title}` its title.
    pub ask_confirm: &'static str,
    pub confirm_cancelled: &'static str,
    // Indicators.
    pub no_indicators: &'static str,
    pub select_indicator: &'static str,
    /// `{text}` the indicator, `{unit}` its unit.
    pub value_prompt: &'static str,
    /// `{input}` is not a number.
    pub not_a_number: &'static str,
    /// `{text}`: `{value}`.
    pub value_recorded: &'static str,
}

pub static ZH: DeskStrings = DeskStrings {
    quick_title: "快速筛选",
    overdue: "逾期",
    due_soon: "7天内到期",
    blocked: "受阻",
    unreported: "本期未报",
    urged: "督办未复",
    awaiting: "待销号",
    source: "来源",
    quick_clear_hint: "{key} 取消快速筛选",
    quick_applied: "筛选“{filter}”：{n} 项",
    quick_none: "没有“{filter}”的事项，未筛选",
    quick_cleared: "已取消快速筛选",
    no_sources: "看板上的事项都没有来源",
    editor_urge: "督办第{n}项：要求（下一步填回复期限）",
    reply_by_prompt: "回复期限（YYYY-MM-DD，可空）: ",
    reply_by_past: "{date} 已过，最早填 {today}",
    urged_done: "已督办第{n}项{by}",
    urged_by: "，{date} 前回复",
    queue_empty: "没有待销号的事项",
    queue_opened: "待销号 {n} 项，按 {key} 销号",
    ask_confirm: "确认第{n}项“{title}”销号？(y/n)",
    confirm_cancelled: "未销号",
    no_indicators: "此项没有指标",
    select_indicator: "先用 j/k 选中一个指标",
    value_prompt: "{text} 当前值（{unit}）: ",
    not_a_number: "“{input}”不是数字",
    value_recorded: "已填报 {text}: {value}",
};

pub static EN: DeskStrings = DeskStrings {
    quick_title: "Quick filter",
    overdue: "overdue",
    due_soon: "due in 7 days",
    blocked: "blocked",
    unreported: "unreported",
    urged: "urged, no reply",
    awaiting: "awaiting confirmation",
    source: "source",
    quick_clear_hint: "{key} takes the quick filter off",
    quick_applied: "Filter \"{filter}\": {n} item(s)",
    quick_none: "No item is \"{filter}\"; nothing filtered",
    quick_cleared: "Quick filter off",
    no_sources: "No item on the board has a source",
    editor_urge: "Urge item {n}: what is asked (the reply-by date comes next)",
    reply_by_prompt: "Reply by (YYYY-MM-DD, may be empty): ",
    reply_by_past: "{date} has passed; the earliest is {today}",
    urged_done: "Urged item {n}{by}",
    urged_by: ", reply by {date}",
    queue_empty: "No item awaits confirmation",
    queue_opened: "{n} item(s) await confirmation; {key} confirms",
    ask_confirm: "Confirm the close-out of item {n} \"{title}\"? (y/n)",
    confirm_cancelled: "Not confirmed",
    no_indicators: "This item has no indicators",
    select_indicator: "Select an indicator with j/k first",
    value_prompt: "{text} now ({unit}): ",
    not_a_number: "\"{input}\" is not a number",
    value_recorded: "Recorded {text}: {value}",
};

impl Lang {
    /// The texts of the supervisor's day at the desk.
    pub fn desk(self) -> &'static DeskStrings {
        match self {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }
}
