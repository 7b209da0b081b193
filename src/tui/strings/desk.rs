//! The board's texts for the supervisor's day at the desk: quick filters, urging,
//! the 销号 queue, indicators, and adding, correcting and retiring items.

use super::Lang;
use crate::tui::state::form::FormField;

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
    /// All `{n}` items `{filter}` keeps lie outside `{office}`; `{key}` clears it.
    pub quick_outside: &'static str,
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
    // Adding, correcting and retiring items.
    pub form_new: &'static str,
    /// `{n}` the item whose offices are corrected.
    pub form_offices: &'static str,
    pub field_title: &'static str,
    pub field_lead: &'static str,
    pub field_co: &'static str,
    pub field_due: &'static str,
    pub field_source: &'static str,
    pub field_ref: &'static str,
    pub field_requirement: &'static str,
    pub field_none: &'static str,
    /// Under the form: how its fields are filled.
    pub form_hint: &'static str,
    pub pick_lead: &'static str,
    pub pick_co: &'static str,
    pub due_prompt: &'static str,
    pub needs_lead: &'static str,
    /// `{n}`, `{title}`, `{plan}`.
    pub item_added: &'static str,
    pub confirm_discard_form: &'static str,
    pub title_prompt: &'static str,
    /// `{n}` the item, `{fields}` what changed.
    pub item_edited: &'static str,
    pub item_unchanged: &'static str,
    /// `{n}` the item, `{m}` the measure, `{text}` its text.
    pub ask_remove_measure: &'static str,
    pub measure_removed: &'static str,
    pub editor_target: &'static str,
    pub editor_measure: &'static str,
    pub editor_new_measure: &'static str,
    pub editor_retire: &'static str,
    /// `{n}`, `{title}`, `{reason}`.
    pub ask_retire: &'static str,
    pub retired: &'static str,
    pub retire_cancelled: &'static str,
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
    quick_outside: "“{filter}”的 {n} 项都不在 {office}，按 {key} 清除处室筛选",
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
    form_new: "新增督办事项",
    form_offices: "修改第{n}项的责任单位",
    field_title: "标题",
    field_lead: "牵头处室",
    field_co: "协办处室",
    field_due: "期限",
    field_source: "来源",
    field_ref: "依据文号",
    field_requirement: "办理要求",
    field_none: "（无）",
    form_hint: "处室、期限处按 Enter 选择，来源处按左右键切换，Backspace 清除",
    pick_lead: "选牵头处室",
    pick_co: "选协办处室（再选一次即去掉）",
    due_prompt: "期限（YYYY-MM-DD 或 如 6月底前）: ",
    needs_lead: "请选牵头处室",
    item_added: "已新增第{n}项“{title}”（{plan}）",
    confirm_discard_form: "放弃表中已填的内容？(y/n)",
    title_prompt: "标题: ",
    item_edited: "第{n}项已修改：{fields}",
    item_unchanged: "没有改动",
    ask_remove_measure: "删除第{n}项的措施{m}“{text}”？(y/n)",
    measure_removed: "已删除第{n}项的措施{m}",
    editor_target: "修改目标任务",
    editor_measure: "修改措施{m}",
    editor_new_measure: "新增措施",
    editor_retire: "撤下的原因（如：已并入第3项、领导决定取消）",
    ask_retire: "撤下第{n}项“{title}”？原因：{reason} (y/n)",
    retired: "第{n}项已撤下，历史保留（duban restore-item {n} 可恢复）",
    retire_cancelled: "未撤下",
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
    quick_outside: "All {n} item(s) \"{filter}\" lie outside {office}; {key} clears the office filter",
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
    form_new: "New item",
    form_offices: "Offices of item {n}",
    field_title: "Title",
    field_lead: "Lead office",
    field_co: "Co-operating",
    field_due: "Due",
    field_source: "Source",
    field_ref: "Reference",
    field_requirement: "Requirement",
    field_none: "(none)",
    form_hint: "Enter: offices, date; Left/Right: source; Backspace clears",
    pick_lead: "Lead office",
    pick_co: "Co-operating office (again: taken out)",
    due_prompt: "Due (YYYY-MM-DD or a phrase): ",
    needs_lead: "Choose the lead office",
    item_added: "Added item {n} \"{title}\" ({plan})",
    confirm_discard_form: "Throw away what the form holds? (y/n)",
    title_prompt: "Title: ",
    item_edited: "Item {n} changed: {fields}",
    item_unchanged: "Nothing changed",
    ask_remove_measure: "Remove measure {m} of item {n} \"{text}\"? (y/n)",
    measure_removed: "Removed measure {m} of item {n}",
    editor_target: "Correct the target",
    editor_measure: "Correct measure {m}",
    editor_new_measure: "New measure",
    editor_retire: "Why it comes off the board (merged into item 3, cancelled...)",
    ask_retire: "Retire item {n} \"{title}\"? Reason: {reason} (y/n)",
    retired: "Item {n} retired; its history stays (duban restore-item {n} brings it back)",
    retire_cancelled: "Not retired",
};

impl DeskStrings {
    /// A form field's name.
    pub fn field(&self, f: FormField) -> &'static str {
        match f {
            FormField::Title => self.field_title,
            FormField::Lead => self.field_lead,
            FormField::Co => self.field_co,
            FormField::Due => self.field_due,
            FormField::Source => self.field_source,
            FormField::Ref => self.field_ref,
            FormField::Requirement => self.field_requirement,
        }
    }
}

impl Lang {
    /// The texts of the supervisor's day at the desk.
    pub fn desk(self) -> &'static DeskStrings {
        match self {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }
}
