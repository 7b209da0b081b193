//! The detail of one item: its record and history, a focus over measures and notes, and scroll.
//! The rows it is laid out as are built in `rows.rs`; history events in words are in `history.rs`.

mod history;
mod rows;

use crate::store::{EventRecord, ItemId, ItemRecord, NoteRecord};
// The tests (`use super::*`) lay out text as the rows do.
#[cfg(test)]
use crate::text;
use crate::tui::state::supervision::ItemSupervision;
use crate::tui::strings::Lang;
pub use history::{
    describe_change, describe_event, describe_item_event, short_time, shown_value, undo_of,
};
use jiff::tz::TimeZone;

/// The newest changes of an item a board reads for its detail (`duban history`
/// prints all): a million rows written into the file must not stall the board.
pub const HISTORY_SHOWN: usize = 1000;

/// What the focus is on: a field of the item (to correct), a measure (to tick,
/// correct or remove), an indicator (to record) or a note (to edit or delete).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Title,
    Deadline,
    Target,
    Measure(usize),
    Indicator(usize),
    Offices,
    Note(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DetailState {
    pub record: ItemRecord,
    pub history: Vec<EventRecord>,
    /// Its reports, urges and close-out (督办).
    pub sv: ItemSupervision,
    /// Index into `focusables()`, in the order the rows show them.
    focus: usize,
    /// First row shown.
    scroll: usize,
    /// Showing the history alone, newest first, in place of the record.
    history_view: bool,
}

/// The kind of one laid-out row, which decides its style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    Title,
    Heading,
    Body,
    Measure {
        done: bool,
    },
    /// An indicator, lit by whether its value meets the target (None: not recorded).
    Indicator {
        met: Option<bool>,
    },
    Note,
    Meta,
    Blank,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DetailRow {
    pub kind: RowKind,
    pub text: String,
    pub focused: bool,
}

impl DetailState {
    /// Opens on the first measure (or note): what the keys act on most.
    pub fn new(record: ItemRecord, history: Vec<EventRecord>) -> DetailState {
        let mut d = DetailState {
            record,
            history,
            sv: ItemSupervision::default(),
            focus: 0,
            scroll: 0,
            history_view: false,
        };
        d.first_entry();
        d
    }

    /// Everything the focus can rest on, in the order the rows show them.
    pub fn focusables(&self) -> Vec<Focus> {
        let r = &self.record;
        let mut out = vec![Focus::Title];
        if r.deadline.is_some() || r.due.is_some() {
            out.push(Focus::Deadline);
        }
        out.push(Focus::Target);
        out.extend((0..r.measures.len()).map(Focus::Measure));
        out.extend((0..r.indicators.len()).map(Focus::Indicator));
        out.push(Focus::Offices);
        out.extend((0..r.notes.len()).map(Focus::Note));
        out
    }

    /// Focuses the first measure, or else the first note, or else the target.
    pub fn first_entry(&mut self) {
        let all = self.focusables();
        self.focus = all
            .iter()
            .position(|f| matches!(f, Focus::Measure(_)))
            .or_else(|| all.iter().position(|f| matches!(f, Focus::Note(_))))
            .or_else(|| all.iter().position(|f| *f == Focus::Target))
            .unwrap_or(0);
    }

    /// Focuses `f` when the detail shows it; returns whether it does.
    pub fn focus_on(&mut self, f: Focus) -> bool {
        match self.focusables().iter().position(|x| *x == f) {
            Some(i) => {
                self.focus = i;
                true
            }
            None => false,
        }
    }

    /// Switches between the record (with its notes) and its history.
    pub fn toggle_history(&mut self) {
        self.history_view = !self.history_view;
        self.scroll = 0;
    }

    pub fn is_history_view(&self) -> bool {
        self.history_view
    }

    pub fn id(&self) -> ItemId {
        self.record.id
    }

    /// Replaces the data after a reload, keeping the focus on what it was on
    /// (a measure added above moves it along with its row), and the scroll.
    pub fn replace(&mut self, record: ItemRecord, history: Vec<EventRecord>) {
        let before = self.focus();
        self.record = record;
        self.history = history;
        let all = self.focusables();
        self.focus = before
            .and_then(|f| all.iter().position(|x| *x == f))
            .unwrap_or_else(|| {
                // What it was on is gone: the same kind at the nearest place.
                let kind = |x: &Focus| std::mem::discriminant(x);
                let same: Vec<usize> = (0..all.len())
                    .filter(|&i| before.is_some_and(|b| kind(&all[i]) == kind(&b)))
                    .collect();
                match (before, same.last()) {
                    (Some(Focus::Measure(n) | Focus::Note(n) | Focus::Indicator(n)), Some(_)) => {
                        same[n.min(same.len() - 1)]
                    }
                    _ => self.focus.min(all.len().saturating_sub(1)),
                }
            });
    }

    fn focusable(&self) -> usize {
        self.focusables().len()
    }

    pub fn focus(&self) -> Option<Focus> {
        self.focusables().get(self.focus).copied()
    }

    pub fn focused_note(&self) -> Option<&NoteRecord> {
        match self.focus()? {
            Focus::Note(i) => self.record.notes.get(i),
            _ => None,
        }
    }

    pub fn step(&mut self, delta: isize) {
        let n = self.focusable();
        if n > 0 {
            self.focus = self.focus.saturating_add_signed(delta).min(n - 1);
        }
    }

    pub fn scroll(&self) -> usize {
        self.scroll
    }

    /// Scrolls by `delta` rows within `total` rows shown `height` at a time.
    pub fn scroll_by(&mut self, delta: isize, total: usize, height: usize) {
        self.scroll = self
            .scroll
            .saturating_add_signed(delta)
            .min(total.saturating_sub(height));
    }

    /// Scrolls so the focused rows are on screen, given the layout at this width.
    pub fn keep_focus_visible(&mut self, lang: Lang, tz: &TimeZone, width: usize, height: usize) {
        let rows = self.rows(lang, tz, width);
        let height = height.max(1);
        if let (Some(first), Some(last)) = (
            rows.iter().position(|r| r.focused),
            rows.iter().rposition(|r| r.focused),
        ) {
            if first < self.scroll {
                self.scroll = first;
            } else if last >= self.scroll + height {
                self.scroll = (last + 1 - height).min(first);
            }
        }
        self.scroll = self.scroll.min(rows.len().saturating_sub(height));
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::plan::{Role, Status};
    use crate::store::{ItemOffice, MeasureRecord};

    pub(crate) fn record() -> ItemRecord {
        ItemRecord {
            id: 7,
            number: 7,
            section: Some(2),
            section_title: Some("夯实教育发展基础".into()),
            title: "加强教育督导评估考核".into(),
            target: "理顺教育督导管理体制".into(),
            measures: (1..=3)
                .map(|i| MeasureRecord {
                    id: i,
                    text: format!("措施{i}"),
                    done: i == 2,
                })
                .collect(),
            offices: vec![
                ItemOffice {
                    name: "教育督导处".into(),
                    role: Role::Lead,
                    group: false,
                },
                ItemOffice {
                    name: "基教处".into(),
                    role: Role::Co,
                    group: false,
                },
            ],
            persons: Vec::new(),
            due: None,
            deadline_set: false,
            light: None,
            indicators: Vec::new(),
            status: Status::Doing,
            position: 1,
            deadline: None,
            notes: vec![NoteRecord {
                id: 1,
                author: "tester".into(),
                at: "not a time".into(),
                edited_at: None,
                text: "进度正常\x1b[31m".into(),
            }],
            version: 3,
            created_at: String::new(),
            updated_at: String::new(),
            source: None,
            source_ref: None,
            requirement: None,
            level: None,
            by_hand: false,
            retired: false,
            retired_reason: None,
        }
    }

    #[test]
    fn focus_walks_fields_measures_and_notes() {
        let mut d = DetailState::new(record(), vec![]);
        assert_eq!(
            d.focus(),
            Some(Focus::Measure(0)),
            "opens on the first measure"
        );
        d.step(3);
        assert_eq!(d.focus(), Some(Focus::Offices));
        d.step(1);
        assert_eq!(d.focus(), Some(Focus::Note(0)));
        assert_eq!(d.focused_note().unwrap().id, 1);
        d.step(5);
        assert_eq!(d.focus(), Some(Focus::Note(0)));
        d.step(-10);
        assert_eq!(d.focus(), Some(Focus::Title));
        d.step(1);
        assert_eq!(d.focus(), Some(Focus::Target));
        d.first_entry();
        assert_eq!(d.focus(), Some(Focus::Measure(0)));
    }

    #[test]
    fn rows_mark_lead_ticks_and_sanitize() {
        let d = DetailState::new(record(), vec![]);
        let rows = d.rows(Lang::Zh, &TimeZone::UTC, 60);
        let all: Vec<&str> = rows.iter().map(|r| r.text.as_str()).collect();
        assert!(all.contains(&"[x] 2. 措施2"), "{all:?}");
        assert!(all.iter().any(|l| l.contains("教育督导处（牵头）、基教处")));
        assert!(all.iter().any(|l| l.contains("进度正常^[[31m")));
        assert!(rows.iter().all(|r| text::width(&r.text) <= 60));
        assert_eq!(rows.iter().filter(|r| r.focused).count(), 1);
    }

    #[test]
    fn a_note_of_megabytes_written_into_the_file_is_laid_out_cut() {
        let mut rec = record();
        // 3 MB in one note, as another program could write it.
        rec.notes[0].text = "进展".repeat(500_000);
        let d = DetailState::new(rec, vec![]);
        let rows = d.rows(Lang::Zh, &TimeZone::UTC, 60);
        let shown: usize = rows.iter().map(|r| r.text.len()).sum();
        assert!(shown < 2 * text::MAX_TEXT_BYTES, "{shown} bytes laid out");
        assert!(rows.iter().any(|r| r.text.ends_with(text::ELLIPSIS)));
    }

    #[test]
    fn a_cut_history_points_to_the_command_that_prints_it_all() {
        let event = |id| EventRecord {
            id,
            item: Some(7),
            actor: "甲".into(),
            at: "2020-06-01T09:00:00.000Z".into(),
            kind: "note_add".into(),
            before: None,
            after: Some("刷屏".into()),
            measure: None,
            recorded_by: None,
            undoes: None,
            name: None,
        };
        let older = |d: &DetailState| {
            d.rows(Lang::En, &TimeZone::UTC, 80)
                .iter()
                .any(|r| r.text.contains("older changes: see duban history"))
        };
        let whole = DetailState::new(record(), (1..=3).map(event).collect());
        assert!(!older(&whole));
        let mut cut = DetailState::new(record(), (1..=HISTORY_SHOWN as i64).map(event).collect());
        assert!(older(&cut));
        cut.toggle_history();
        assert!(older(&cut));
    }

    #[test]
    fn rows_show_responsible_leaders_under_their_own_heading() {
        let mut rec = record();
        rec.persons = vec!["张三".into(), "李四".into()];
        let d = DetailState::new(rec, vec![]);
        for (lang, heading, names) in [
            (Lang::Zh, "负责领导", "张三、李四"),
            (Lang::En, "Responsible leader", "张三, 李四"),
        ] {
            let rows: Vec<String> = d
                .rows(lang, &TimeZone::UTC, 60)
                .into_iter()
                .map(|r| r.text)
                .collect();
            let at = rows.iter().position(|r| r == heading).expect(heading);
            assert_eq!(rows[at + 1], names);
        }
        let plain = DetailState::new(record(), vec![]);
        let rows = plain.rows(Lang::Zh, &TimeZone::UTC, 60);
        assert!(
            rows.iter().all(|r| r.text != "负责领导"),
            "none named, none shown"
        );
    }

    #[test]
    fn keeps_focus_on_screen_when_scrolling() {
        let mut rec = record();
        rec.measures = (1..=40)
            .map(|i| MeasureRecord {
                id: i,
                text: format!("措施{i}"),
                done: false,
            })
            .collect();
        let mut d = DetailState::new(rec, vec![]);
        d.step(30);
        d.keep_focus_visible(Lang::Zh, &TimeZone::UTC, 60, 10);
        let rows = d.rows(Lang::Zh, &TimeZone::UTC, 60);
        let at = rows.iter().position(|r| r.focused).unwrap();
        assert!(at >= d.scroll() && at < d.scroll() + 10);
        d.step(-30);
        d.keep_focus_visible(Lang::Zh, &TimeZone::UTC, 60, 10);
        assert!(d.scroll() <= 8);
    }

    /// An event by alice on item 7; a `measure` event is about measure 3.
    fn ev(kind: &str, before: Option<&str>, after: Option<&str>) -> EventRecord {
        EventRecord {
            id: 1,
            item: Some(7),
            actor: "alice".into(),
            recorded_by: None,
            name: None,
            at: "2026-03-01T08:00:00Z".into(),
            kind: kind.into(),
            before: before.map(Into::into),
            after: after.map(Into::into),
            measure: (kind == "measure").then_some(3),
            undoes: None,
        }
    }

    #[test]
    fn history_reads_as_words() {
        let d = DetailState::new(
            record(),
            vec![
                ev("move", Some("todo"), Some("doing")),
                ev("measure", Some("open"), Some("done")),
                ev("note_add", None, Some("第一行\n第二行")),
                ev("weird", None, Some("x")),
            ],
        );
        let rows: Vec<String> = d
            .rows(Lang::Zh, &TimeZone::UTC, 80)
            .into_iter()
            .map(|r| r.text)
            .collect();
        let tail = &rows[rows.len() - 4..];
        assert_eq!(tail[0], "2026-03-01 08:00  alice  移动：未启动 -> 推进中");
        assert_eq!(tail[1], "2026-03-01 08:00  alice  勾选措施3");
        assert_eq!(tail[2], "2026-03-01 08:00  alice  加批注：第一行 第二行");
        assert_eq!(tail[3], "2026-03-01 08:00  alice  其他变更（weird）：x");
    }

    #[test]
    fn history_words_the_item_commands_events_in_both_languages() {
        let cases = [
            (
                ev("edit_title", Some("旧标题"), Some("新标题")),
                "修改标题：旧标题 -> 新标题",
                "changed title: 旧标题 -> 新标题",
            ),
            (
                ev("edit_source", Some("plan"), Some("instruction")),
                "修改来源：工作要点 -> 领导批示",
                "changed source: plan -> instruction",
            ),
            (
                ev("edit_ref", None, Some("批示〔2026〕3号")),
                "修改依据：（空） -> 批示〔2026〕3号",
                "changed reference: (none) -> 批示〔2026〕3号",
            ),
            (
                ev("retire", None, Some("已合并到第3项")),
                "撤项：已合并到第3项",
                "retired: 已合并到第3项",
            ),
            (
                ev("restore", Some("重复"), None),
                "恢复（撤项原因：重复）",
                "restored (retired for: 重复)",
            ),
            (
                ev(
                    "member_rename",
                    Some("zhangsan 张三"),
                    Some("zhangsan 张三丰"),
                ),
                "改显示名 zhangsan：张三 -> 张三丰",
                "renamed zhangsan: 张三 -> 张三丰",
            ),
            (
                ev("member_rename", None, Some("lisi 李四")),
                "设显示名 lisi：李四",
                "named lisi: 李四",
            ),
            (ev("create", None, Some("落实领导批示")), "创建", "created"),
        ];
        for (e, zh, en) in &cases {
            assert_eq!(describe_event(Lang::Zh, e), *zh, "{}", e.kind);
            assert_eq!(describe_event(Lang::En, e), *en, "{}", e.kind);
        }
    }

    #[test]
    fn replace_keeps_focus_on_what_it_was_on() {
        let mut d = DetailState::new(record(), vec![]);
        d.step(4);
        assert_eq!(d.focus(), Some(Focus::Note(0)));
        // A measure added above: the focus stays on the note.
        let mut more = record();
        more.measures.push(MeasureRecord {
            id: 4,
            text: "措施4".into(),
            done: false,
        });
        d.replace(more, vec![]);
        assert_eq!(d.focus(), Some(Focus::Note(0)));
        // The note gone: the focus stays within the detail.
        let mut rec = record();
        rec.notes.clear();
        d.replace(rec, vec![]);
        assert_eq!(d.focus(), Some(Focus::Offices));
        // A measure removed under the focus: the one now at its place.
        let mut d = DetailState::new(record(), vec![]);
        d.step(2);
        assert_eq!(d.focus(), Some(Focus::Measure(2)));
        let mut fewer = record();
        fewer.measures.pop();
        d.replace(fewer, vec![]);
        assert_eq!(d.focus(), Some(Focus::Measure(1)));
    }
}
