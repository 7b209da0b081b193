//! The command line's shape: the options, the commands and their arguments, as
//! clap reads them. What each command does is in `run` and the modules beside.

use super::{bulletin, dry_run, messages, plans, standup, supervise};
use crate::plan::Status;
use crate::store::PlanId;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "duban",
    version,
    about = "督办 — a terminal task board for a department's annual work plan",
    long_about = "督办 (duban) tracks the work items of an annual work plan on a kanban board \
                  in the terminal, shared by everyone who opens the same database.\n\n\
                  With no command it opens the board. A new database starts with the \
                  embedded 2020 work plan of the Hunan Department of Education."
)]
pub struct Cli {
    /// The database file [default: the platform data directory, e.g. ~/.local/share/duban/duban.db]
    #[arg(long, global = true, env = "DUBAN_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Record changes under this name instead of your OS account (root and
    /// supervisors only, once anyone belongs to an office; the history names both)
    #[arg(long = "as", global = true, value_name = "NAME")]
    pub actor: Option<String>,

    /// Interface language
    #[arg(long, global = true, value_enum, env = "DUBAN_LANG")]
    pub lang: Option<LangArg>,

    /// Open the board filtered to this office (name or alias)
    #[arg(long, value_name = "NAME")]
    pub office: Option<String>,

    /// With --office: only the items that office leads
    #[arg(long, requires = "office")]
    pub lead: bool,

    /// The plan to open (see `duban plans`); default: the newest
    #[arg(long, global = true, value_name = "ID")]
    pub plan: Option<PlanId>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    Zh,
    En,
}

impl From<LangArg> for crate::i18n::Lang {
    fn from(l: LangArg) -> Self {
        match l {
            LangArg::Zh => crate::i18n::Lang::Zh,
            LangArg::En => crate::i18n::Lang::En,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Import a plan document, or re-import it (statuses, notes and ticks are kept)
    Import {
        /// The plan document (UTF-8 or GB18030 text)
        file: PathBuf,
        /// Show how the document is read (title, sections, items, warnings) and write
        /// nothing; with an existing database, also where the document differs from
        /// corrections made by hand
        #[arg(long)]
        dry_run: bool,
        /// With --dry-run: text for reading, json for scripts
        #[arg(long, value_enum, default_value_t = dry_run::DryRunFormat::Text, requires = "dry_run")]
        format: dry_run::DryRunFormat,
        /// Take the document's text even where someone corrected an item by hand
        #[arg(long)]
        prefer_document: bool,
    },
    /// List work items
    List {
        /// Only items this office leads or co-operates on (name or alias)
        #[arg(long, value_name = "NAME")]
        office: Option<String>,
        /// With --office: only the items that office leads
        #[arg(long, requires = "office")]
        lead: bool,
        /// Only items with this status: todo, doing, blocked, done (or 未启动, 推进中, 受阻, 已完成)
        #[arg(long, value_parser = parse_status, value_name = "STATUS")]
        status: Option<Status>,
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
        /// Only the retired items (see `duban retire`)
        #[arg(long)]
        retired: bool,
        /// Every office's items, for a member of one office (who sees their own by default)
        #[arg(long, conflicts_with = "office")]
        all: bool,
        /// With --format csv: the machine form (no byte order mark, English headers
        /// and keys), which the English interface gets anyway
        #[arg(long)]
        no_bom: bool,
    },
    /// Show one work item in full
    Show {
        /// The item number
        number: u32,
        #[arg(long, value_enum, default_value_t = TextFormat::Text)]
        format: TextFormat,
    },
    /// Show an item's history: every change, who made it and when
    History {
        /// The item number
        number: u32,
        #[arg(long, value_enum, default_value_t = TextFormat::Text)]
        format: TextFormat,
    },
    /// Move an item to another status
    Move {
        /// The item number
        number: u32,
        /// todo, doing, blocked, done (or 未启动, 推进中, 受阻, 已完成)
        #[arg(value_parser = parse_status)]
        status: Status,
        /// With done: the completion statement (办结说明), which done requires
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
    },
    /// Add a note to an item; prints the new note's id
    Note {
        /// The item number
        number: u32,
        /// The note's text; `-` reads it from standard input
        text: String,
    },
    /// Tick one of an item's measures as done (or, with --undone, not done)
    Tick {
        /// The item number
        number: u32,
        /// The measure's number within the item (1 is the first)
        measure: u32,
        /// Mark it not done instead
        #[arg(long)]
        undone: bool,
    },
    /// Every office with its items counted by status, as lead and as co-operator
    Offices {
        #[arg(long, value_enum, default_value_t = OfficesFormat::Table)]
        format: OfficesFormat,
    },
    /// The plans in the database: id, title, document number, date, items, import time
    Plans {
        #[arg(long, value_enum, default_value_t = plans::PlansFormat::Table)]
        format: plans::PlansFormat,
    },
    /// Export the whole plan: JSON, a CSV table, or a Markdown report for a meeting
    Export {
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
        /// With --format csv: start with a UTF-8 byte order mark, so spreadsheet
        /// programs read the Chinese right (the Chinese interface's default)
        #[arg(long, conflicts_with = "no_bom")]
        bom: bool,
        /// With --format csv: the machine form (no byte order mark, English headers
        /// and keys), which the English interface gets anyway
        #[arg(long)]
        no_bom: bool,
        /// Write to this file (required for xlsx) instead of standard output
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Who belongs to which office
    Members {
        #[arg(long, value_enum, default_value_t = TextFormat::Text)]
        format: TextFormat,
    },
    /// Add someone to an office, or remove them
    Member {
        #[command(subcommand)]
        command: supervise::MemberCommand,
    },
    /// The reporting cycle and the current period; `cycle set` changes it
    Cycle {
        #[command(subcommand)]
        command: Option<supervise::CycleCommand>,
    },
    /// Record the lead office's progress report for the current period
    Report {
        /// The item number
        number: u32,
        /// The report's text; `-` reads standard input
        text: String,
    },
    /// Urge an item's lead office (supervisors)
    Urge {
        /// The item number
        number: u32,
        /// What is asked
        text: String,
        /// The date a reply is due, YYYY-MM-DD
        #[arg(long, value_name = "DATE")]
        reply_by: Option<String>,
    },
    /// Reply to the open urges on an item (its lead office)
    Reply {
        /// The item number
        number: u32,
        /// The reply; `-` reads standard input
        text: String,
    },
    /// Confirm a done item's close-out (销号; supervisors)
    Confirm {
        /// The item number
        number: u32,
    },
    /// Move a done item back to 推进中, with the reason
    Reopen {
        /// The item number
        number: u32,
        /// Why it is reopened
        reason: String,
    },
    /// Undo your last change on the plan (made by any board or command), unless
    /// someone changed that item since
    Undo,
    /// The bulletin (督办通报) of a period: overall, offices, lagging items, urges
    Bulletin {
        /// The period: 2020-06, 2020-W24 or 2020-Q2 [default: the current one]
        #[arg(long, value_name = "PERIOD")]
        period: Option<String>,
        #[arg(long, value_enum, default_value_t = bulletin::BulletinFormat::Text)]
        format: bulletin::BulletinFormat,
        /// Write to this file (required for docx) instead of standard output
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// An office's stand-up: what moved, notes, ticks, what is late or idle
    Standup {
        /// Only this office (name or alias); default: every office
        #[arg(long, value_name = "NAME")]
        office: Option<String>,
        /// From when: a duration (1d, 8h, 30m), a date (2020-06-01) or `last` (your
        /// previous stand-up) [default: the start of the last working day]
        #[arg(long, value_parser = standup::parse_since, value_name = "WHEN")]
        since: Option<standup::Since>,
        #[arg(long, value_enum, default_value_t = standup::StandupFormat::Text)]
        format: standup::StandupFormat,
        /// Every office, for a member of one office (who sees their own by default)
        #[arg(long, conflicts_with = "office")]
        all: bool,
    },
    /// Set an item's deadline
    Due {
        /// The item number
        number: u32,
        /// The date, YYYY-MM-DD
        date: String,
    },
    /// Copy the whole database to a new file (safe while boards are open)
    Backup {
        /// The new file
        file: PathBuf,
        /// Overwrite FILE if it exists
        #[arg(long)]
        force: bool,
    },
    /// Replace the whole database with a copy made by `duban backup`; what it replaces
    /// is kept next to the database (open boards show the restored data)
    Restore {
        /// The copy
        file: PathBuf,
    },
    /// Record the current value of an item's indicator (see `duban show N`)
    Indicator {
        /// The item number
        number: u32,
        /// Which indicator: 1 for the first the target states
        ordinal: u32,
        /// The value, e.g. 85 or 85%
        #[arg(value_parser = standup::parse_value)]
        value: f64,
    },
    // Items made and corrected by hand (issue 15).
    /// Add a 督办 item that is not in the plan (into this year's 督办事项, or --plan)
    Add {
        /// The item's title
        title: String,
        /// The lead office (name, alias or pinyin initials)
        #[arg(long, value_name = "OFFICE")]
        lead: String,
        /// A co-operating office; repeat for several
        #[arg(long, value_name = "OFFICE")]
        co: Vec<String>,
        /// The deadline: a date (2026-06-30) or a phrase (6月底前)
        #[arg(long, value_name = "DATE")]
        due: Option<String>,
        /// Where it comes from: 领导批示, 会议议定, 上级交办, 建议提案, 来信, 工作要点, 其他
        /// (or instruction, meeting, assigned, proposal, letter, plan, other)
        #[arg(long, value_parser = parse_source, value_name = "SOURCE")]
        source: Option<crate::plan::adhoc::Source>,
        /// The reference: the instruction's number, who gave it, the meeting
        #[arg(long = "ref", value_name = "TEXT")]
        source_ref: Option<String>,
        /// What is asked of the lead office (办理要求)
        #[arg(long, value_name = "TEXT")]
        requirement: Option<String>,
        /// 一般, 重点 or 特急 (or normal, key, urgent)
        #[arg(long, value_parser = parse_level, value_name = "LEVEL")]
        level: Option<crate::plan::adhoc::Level>,
    },
    /// Correct an item: in $EDITOR, or one field at a time with the options
    Edit {
        /// The item number
        number: u32,
        /// The new title
        #[arg(long, value_name = "TEXT")]
        title: Option<String>,
        /// The new lead office
        #[arg(long, value_name = "OFFICE")]
        lead: Option<String>,
        /// The co-operating offices (replace them all; repeat for several; "" for none)
        #[arg(long, value_name = "OFFICE")]
        co: Option<Vec<String>>,
        /// The new deadline: a date (2026-06-30) or a phrase (6月底前)
        #[arg(long, value_name = "DATE")]
        due: Option<String>,
        /// The new target (目标任务)
        #[arg(long, value_name = "TEXT")]
        target: Option<String>,
    },
    /// Take an item off the board (merged, cancelled, a duplicate); nothing is deleted
    Retire {
        /// The item number
        number: u32,
        /// Why it is retired
        reason: String,
    },
    /// Bring a retired item back to the board
    RestoreItem {
        /// The item number
        number: u32,
    },
    /// Write the 督办通知单 of an item for its lead office, as a Word document
    Notice {
        /// The item number
        number: u32,
        /// The .docx file to write
        #[arg(long, short, value_name = "FILE")]
        output: PathBuf,
        /// The date a reply is due, YYYY-MM-DD [default: the item's deadline]
        #[arg(long, value_name = "DATE")]
        reply_by: Option<String>,
    },
    /// Where the config, keymap and database files are, and the settings in force
    Config,
    /// Print a shell completion script (see the README for where to put it)
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff): duban man > duban.1
    Man,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Table,
    Json,
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TextFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OfficesFormat {
    Table,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Json,
    Csv,
    Md,
    /// The ledger (台账) as an Excel workbook; needs --output
    Xlsx,
}

fn parse_source(s: &str) -> std::result::Result<crate::plan::adhoc::Source, String> {
    use crate::plan::adhoc::Source;
    Source::parse(s).ok_or_else(|| messages::unknown_choice("--source", s, &Source::choices()))
}

fn parse_level(s: &str) -> std::result::Result<crate::plan::adhoc::Level, String> {
    use crate::plan::adhoc::Level;
    Level::parse(s).ok_or_else(|| messages::unknown_choice("--level", s, &Level::choices()))
}

fn parse_status(s: &str) -> std::result::Result<Status, String> {
    Status::parse(s).ok_or_else(|| messages::unknown_status(s, &Status::choices()))
}

/// Wrong input on the command line: exit status 2, like clap's own usage errors.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);
