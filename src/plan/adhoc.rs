//! Items made by hand rather than read from a plan (issue 15): where a 督办 item
//! comes from, how urgent it is, the fields a correction may change, and the
//! checks a new or corrected item must pass. Pure functions; the store calls them.

use super::{deadline, fixed_label, words};
use crate::i18n::Lang;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use std::fmt;

/// `label_zh`, `label_en` and `label(en)` from a type's `label_in(lang)`.
macro_rules! label_methods {
    () => {
        pub fn label_zh(self) -> &'static str {
            self.label_in(Lang::Zh)
        }

        pub fn label_en(self) -> &'static str {
            self.label_in(Lang::En)
        }

        pub fn label(self, en: bool) -> &'static str {
            if en { self.label_en() } else { self.label_zh() }
        }
    };
}

/// What a value chosen from a short list (a source, a level) has alike: its labels,
/// reading it back from its Chinese word or English key, the spellings for an error
/// message, and its key as its `Display`.
macro_rules! choice_methods {
    ($t:ident, $word:path) => {
        impl $t {
            label_methods!();

            /// Accepts the Chinese labels and the English keys, whatever the language.
            pub fn parse(s: &str) -> Option<$t> {
                let s = s.trim();
                $t::ALL
                    .into_iter()
                    .find(|v| s == $word(*v) || s.eq_ignore_ascii_case(v.key()))
            }

            /// Every accepted spelling, for error messages.
            pub fn choices() -> String {
                choices($t::ALL.iter().map(|v| ($word(*v), v.key())))
            }
        }

        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.key())
            }
        }
    };
}

/// Where a 督办 item comes from (督办来源).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// 领导批示: a leader's written instruction.
    Instruction,
    /// 会议议定: decided at a meeting.
    Meeting,
    /// 上级交办: handed down from above.
    Assigned,
    /// 建议提案: a deputy's suggestion or a proposal (人大建议、政协提案).
    Proposal,
    /// 来信: a letter from the public.
    Letter,
    /// 工作要点: the annual plan.
    Plan,
    /// 其他.
    Other,
}

impl Source {
    pub const ALL: [Source; 7] = [
        Source::Instruction,
        Source::Meeting,
        Source::Assigned,
        Source::Proposal,
        Source::Letter,
        Source::Plan,
        Source::Other,
    ];

    /// As stored and in JSON.
    pub fn key(self) -> &'static str {
        match self {
            Source::Instruction => "instruction",
            Source::Meeting => "meeting",
            Source::Assigned => "assigned",
            Source::Proposal => "proposal",
            Source::Letter => "letter",
            Source::Plan => "plan",
            Source::Other => "other",
        }
    }

    /// The source as shown, from the catalog.
    pub fn label_in(self, lang: Lang) -> &'static str {
        fixed_label(
            lang,
            match self {
                Source::Instruction => "plan-source-instruction",
                Source::Meeting => "plan-source-meeting",
                Source::Assigned => "plan-source-assigned",
                Source::Proposal => "plan-source-proposal",
                Source::Letter => "plan-source-letter",
                Source::Plan => "plan-source-plan",
                Source::Other => "plan-source-other",
            },
        )
    }
}

choice_methods!(Source, words::source);

/// How urgent a 督办 item is (督办等级).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// 一般.
    Normal,
    /// 重点.
    Key,
    /// 特急.
    Urgent,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Normal, Level::Key, Level::Urgent];

    pub fn key(self) -> &'static str {
        match self {
            Level::Normal => "normal",
            Level::Key => "key",
            Level::Urgent => "urgent",
        }
    }

    /// The level as shown, from the catalog.
    pub fn label_in(self, lang: Lang) -> &'static str {
        fixed_label(
            lang,
            match self {
                Level::Normal => "plan-level-normal",
                Level::Key => "plan-level-key",
                Level::Urgent => "plan-level-urgent",
            },
        )
    }
}

choice_methods!(Level, words::level);

fn choices<'a>(all: impl Iterator<Item = (&'a str, &'a str)>) -> String {
    all.map(|(zh, en)| format!("{zh} ({en})"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A field of an item a person may change by hand. The history records one
/// `edit_<key>` event per field changed; re-imports keep the fields marked as
/// changed by hand (the document's own ones: `from_document`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemField {
    Title,
    Target,
    Lead,
    Co,
    Deadline,
    Source,
    Ref,
    Requirement,
    Level,
    Measures,
}

impl ItemField {
    pub const ALL: [ItemField; 10] = [
        ItemField::Title,
        ItemField::Target,
        ItemField::Lead,
        ItemField::Co,
        ItemField::Deadline,
        ItemField::Source,
        ItemField::Ref,
        ItemField::Requirement,
        ItemField::Level,
        ItemField::Measures,
    ];

    pub fn key(self) -> &'static str {
        match self {
            ItemField::Title => "title",
            ItemField::Target => "target",
            ItemField::Lead => "lead",
            ItemField::Co => "co",
            ItemField::Deadline => "deadline",
            ItemField::Source => "source",
            ItemField::Ref => "ref",
            ItemField::Requirement => "requirement",
            ItemField::Level => "level",
            ItemField::Measures => "measures",
        }
    }

    pub fn from_key(s: &str) -> Option<ItemField> {
        ItemField::ALL.into_iter().find(|f| f.key() == s)
    }

    /// The history event kind of a change to this field.
    pub fn event_kind(self) -> &'static str {
        match self {
            ItemField::Title => "edit_title",
            ItemField::Target => "edit_target",
            ItemField::Lead => "edit_lead",
            ItemField::Co => "edit_co",
            ItemField::Deadline => "edit_deadline",
            ItemField::Source => "edit_source",
            ItemField::Ref => "edit_ref",
            ItemField::Requirement => "edit_requirement",
            ItemField::Level => "edit_level",
            ItemField::Measures => "edit_measures",
        }
    }

    /// The field an `edit_<key>` event changed.
    pub fn of_event(kind: &str) -> Option<ItemField> {
        kind.strip_prefix("edit_").and_then(ItemField::from_key)
    }

    /// The field's label as shown, from the catalog.
    pub fn label_in(self, lang: Lang) -> &'static str {
        fixed_label(
            lang,
            match self {
                ItemField::Title => "plan-field-title",
                ItemField::Target => "plan-field-target",
                ItemField::Lead => "plan-field-lead",
                ItemField::Co => "plan-field-co",
                ItemField::Deadline => "plan-field-deadline",
                ItemField::Source => "plan-field-source",
                ItemField::Ref => "plan-field-ref",
                ItemField::Requirement => "plan-field-requirement",
                ItemField::Level => "plan-field-level",
                ItemField::Measures => "plan-field-measures",
            },
        )
    }

    label_methods!();

    /// Fields a plan document gives, which a re-import would otherwise overwrite.
    pub fn from_document(self) -> bool {
        matches!(
            self,
            ItemField::Title
                | ItemField::Target
                | ItemField::Lead
                | ItemField::Co
                | ItemField::Deadline
                | ItemField::Measures
        )
    }

    /// Fields a lead office's members may change on their own items (the rest
    /// are the supervisors').
    pub fn lead_may_edit(self) -> bool {
        matches!(self, ItemField::Target | ItemField::Measures)
    }
}

/// Why a deadline typed for an item was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DueError {
    NotADate { input: String },
    BeforeMade { due: Date, made: Date },
}

impl DueError {
    /// The refusal in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            DueError::NotADate { input } => {
                crate::t!(lang, "plan-due-not-a-date", input = input.as_str())
            }
            DueError::BeforeMade { due, made } => crate::t!(
                lang,
                "plan-due-before-made",
                due = due.to_string(),
                made = made.to_string()
            ),
        }
    }
}

impl fmt::Display for DueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for DueError {}

/// Reads a deadline typed for an item: an ISO date (`2026-06-30`; impossible ones
/// such as 2026-02-30 refused) or a deadline phrase (`6月底前`, `2026年9月30日前`,
/// `年底前`, `11月中旬`, `第三季度`, `明年3月`, `全年`, `长期坚持`) read in `year`
/// as `deadline::due` reads a plan's. Returns the text as kept and the date it means; a
/// date before `made` (the day the item was made) is refused.
pub fn read_due(input: &str, year: i16, made: Date) -> Result<(String, Date), DueError> {
    let text = input.trim();
    let not_a_date = || DueError::NotADate {
        input: input.to_string(),
    };
    if text.is_empty() {
        return Err(not_a_date());
    }
    let looks_iso = text
        .chars()
        .all(|c| c.is_ascii_digit() || c == '-' || c == '/' || c == '.');
    let due = if looks_iso {
        deadline::parse_iso(&text.replace(['/', '.'], "-")).map_err(|_| not_a_date())?
    } else {
        // The reader the import uses, so `11月中旬`, `第三季度`, `明年3月` and
        // `全年` read here as they do in a plan.
        match deadline::due(text, year) {
            deadline::Due::On(d) | deadline::Due::Standing(d) => d,
            deadline::Due::Unknown => return Err(not_a_date()),
        }
    };
    if due < made {
        return Err(DueError::BeforeMade { due, made });
    }
    Ok((text.to_string(), due))
}

/// The title of the standing plan that a year's ad-hoc items go into.
pub fn standing_plan_title(year: i16) -> String {
    words::standing_plan_title(year)
}

/// The key (see `Plan::key`) of that plan: one no document number can take.
pub fn standing_plan_key(year: i16) -> String {
    words::standing_plan_key(year)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn sources_and_levels_read_chinese_and_english() {
        assert_eq!(Source::parse("领导批示"), Some(Source::Instruction));
        assert_eq!(Source::parse(" Meeting "), Some(Source::Meeting));
        assert_eq!(Source::parse("批示"), None);
        assert_eq!(Level::parse("特急"), Some(Level::Urgent));
        assert_eq!(Level::parse("key"), Some(Level::Key));
        assert!(Source::choices().starts_with("领导批示 (instruction), 会议议定"));
        for s in Source::ALL {
            assert_eq!(Source::parse(s.key()), Some(s));
        }
    }

    #[test]
    fn fields_round_trip_through_event_kinds() {
        for f in ItemField::ALL {
            assert_eq!(ItemField::of_event(f.event_kind()), Some(f));
        }
        assert_eq!(ItemField::of_event("move"), None);
        assert!(ItemField::Measures.lead_may_edit());
        assert!(!ItemField::Title.lead_may_edit());
        assert!(!ItemField::Level.from_document());
    }

    #[test]
    fn deadlines_read_dates_and_phrases_and_refuse_the_rest() {
        let made = date(2026, 3, 1);
        assert_eq!(
            read_due("2026-06-30", 2026, made),
            Ok(("2026-06-30".into(), date(2026, 6, 30)))
        );
        assert_eq!(
            read_due("6月底前", 2026, made),
            Ok(("6月底前".into(), date(2026, 6, 30)))
        );
        assert!(matches!(
            read_due("2026-02-30", 2026, made),
            Err(DueError::NotADate { .. })
        ));
        assert!(matches!(
            read_due("下周", 2026, made),
            Err(DueError::NotADate { .. })
        ));
        assert_eq!(
            read_due("2026-01-31", 2026, made),
            Err(DueError::BeforeMade {
                due: date(2026, 1, 31),
                made
            })
        );
    }

    #[test]
    fn deadlines_read_every_phrasing_the_import_reads() {
        let made = date(2026, 3, 1);
        for (typed, due) in [
            ("第三季度", date(2026, 9, 30)),
            ("11月中旬", date(2026, 11, 20)),
            ("明年3月", date(2027, 3, 31)),
            ("全年", date(2026, 12, 31)),
            ("2026年9月至12月", date(2026, 12, 31)),
        ] {
            assert_eq!(
                read_due(typed, 2026, made),
                Ok((typed.to_string(), due)),
                "{typed}"
            );
        }
        // Words that give no date are still refused, and so is a date before
        // the item was made.
        assert!(matches!(
            read_due("视情况而定", 2026, made),
            Err(DueError::NotADate { .. })
        ));
        assert!(matches!(
            read_due("第一季度", 2026, date(2026, 4, 1)),
            Err(DueError::BeforeMade { .. })
        ));
    }
}
