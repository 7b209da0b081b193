//! The domain of a work plan: plan, sections, items, measures, offices, roles, statuses.

pub mod adhoc;
pub mod blocks;
pub mod cycle;
pub mod deadline;
pub mod formats;
pub mod generate;
mod header;
pub mod indicators;
pub mod messages;
pub mod offices;
pub mod parse;
pub mod words;

use crate::i18n::Lang;

use serde::{Deserialize, Serialize};
use std::fmt;

pub use parse::{
    ParseError, Parsed, Seen, SeenTable, Warning, WarningKind, decode, parse, parse_bytes,
    parse_document,
};

/// Reads a plan document of any understood format: container, blocks, structure.
pub fn read_document(name: &str, bytes: &[u8]) -> Result<Parsed, ParseError> {
    read_document_in(name, bytes).map(|(_, parsed)| parsed)
}

/// [`read_document`], also saying which container the document was read from.
pub fn read_document_in(
    name: &str,
    bytes: &[u8],
) -> Result<(blocks::Container, Parsed), ParseError> {
    let doc = formats::read(name, bytes)?;
    Ok((doc.container, parse_document(&doc)?))
}

/// Where a work item stands. Stored and printed as its English key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Todo,
    Doing,
    Blocked,
    Done,
}

impl Status {
    /// Board order: the columns left to right.
    pub const ALL: [Status; 4] = [Status::Todo, Status::Doing, Status::Blocked, Status::Done];

    pub fn key(self) -> &'static str {
        match self {
            Status::Todo => "todo",
            Status::Doing => "doing",
            Status::Blocked => "blocked",
            Status::Done => "done",
        }
    }

    /// The status as shown, from the catalog.
    pub fn label(self, lang: Lang) -> &'static str {
        fixed_label(
            lang,
            match self {
                Status::Todo => "plan-status-todo",
                Status::Doing => "plan-status-doing",
                Status::Blocked => "plan-status-blocked",
                Status::Done => "plan-status-done",
            },
        )
    }

    pub fn label_zh(self) -> &'static str {
        self.label(Lang::Zh)
    }

    pub fn label_en(self) -> &'static str {
        self.label(Lang::En)
    }

    /// Accepts the English keys and the Chinese names (see [`words::status`]).
    pub fn parse(s: &str) -> Option<Status> {
        let s = s.trim();
        Status::ALL
            .into_iter()
            .find(|st| s.eq_ignore_ascii_case(st.key()) || s == words::status(*st))
    }

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn prev(self) -> Option<Status> {
        self.index().checked_sub(1).map(|i| Status::ALL[i])
    }

    pub fn next(self) -> Option<Status> {
        Status::ALL.get(self.index() + 1).copied()
    }

    /// Every accepted spelling, for error messages.
    pub fn choices() -> String {
        Status::ALL
            .iter()
            .map(|s| format!("{} ({})", s.key(), words::status(*s)))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// A catalog label with no arguments, kept for the program's life so that the
/// domain's `label()`s can hand out `&'static str` (the ids are a fixed few).
pub(crate) fn fixed_label(lang: Lang, id: &'static str) -> &'static str {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static LABELS: OnceLock<Mutex<HashMap<(bool, &'static str), &'static str>>> = OnceLock::new();
    let labels = LABELS.get_or_init(Default::default);
    let mut labels = labels.lock().unwrap_or_else(|e| e.into_inner());
    labels
        .entry((lang == Lang::En, id))
        .or_insert_with(|| Box::leak(lang.msg(id).into_boxed_str()))
}

/// An office's part in an item: the first listed leads, the others co-operate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Lead,
    Co,
}

impl Role {
    pub fn key(self) -> &'static str {
        match self {
            Role::Lead => "lead",
            Role::Co => "co",
        }
    }

    pub fn from_key(s: &str) -> Option<Role> {
        match s {
            "lead" => Some(Role::Lead),
            "co" => Some(Role::Co),
            _ => None,
        }
    }
}

/// A parsed plan document.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Plan {
    /// e.g. 湖南省教育厅 中共湖南省委教育工委2020年工作要点
    pub title: String,
    /// e.g. 湘教发〔2020〕8号
    pub doc_number: Option<String>,
    /// ISO date, e.g. 2020-03-06
    pub date: Option<String>,
    /// The bodies that signed the document.
    pub issuers: Vec<String>,
    /// The general-requirements paragraph (总体要求).
    pub general_requirements: Option<String>,
    pub sections: Vec<Section>,
    pub items: Vec<Item>,
}

impl Plan {
    /// The identity of a plan across re-imports: its document number, else its title.
    pub fn key(&self) -> String {
        self.doc_number
            .clone()
            .unwrap_or_else(|| self.title.clone())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    /// 1-based: 一 is 1.
    pub number: u32,
    /// The Chinese numeral as written, e.g. 一.
    pub numeral: String,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Item {
    pub number: u32,
    /// The number of the section it belongs to; `None` for the closing paragraph,
    /// which stands after the last section.
    pub section: Option<u32>,
    pub title: String,
    /// 目标任务
    pub target: String,
    /// 工作措施, one entry per sentence.
    pub measures: Vec<String>,
    /// 责任单位 (or 牵头单位 + 配合单位), canonical names, lead first.
    pub offices: Vec<OfficeRef>,
    /// 完成时限 as written, when the document gives one.
    pub deadline: Option<String>,
    /// Responsible leaders named by the document (牵头负责领导, 分管领导, 责任人):
    /// persons, never offices.
    pub persons: Vec<String>,
    /// What a 督办 ledger writes beside the item: its 办理情况 / 进展情况
    /// (`进展情况：…`) and its 备注 (`备注：…`), imported as notes.
    pub notes: Vec<String>,
    /// 1-based line of the item's heading in the document.
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OfficeRef {
    /// Canonical name (aliases resolved).
    pub name: String,
    pub role: Role,
    /// A group reference such as 相关处室 rather than one office.
    pub group: bool,
}
