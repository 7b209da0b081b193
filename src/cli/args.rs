//! The command line's shape: the options, the commands and their arguments, as
//! clap reads them. What each command does is in `run` and the modules beside.
//! Their descriptions are in the catalogs (section `help`, by command path and
//! argument id; see `help_text.rs`), not in doc comments here.

use super::{bulletin, dry_run, messages, plans, server, standup, supervise};
use crate::plan::Status;
use crate::store::PlanId;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(name = "duban", version)]
pub struct Cli {
    #[arg(long, global = true, env = "DUBAN_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    #[arg(long = "as", global = true, value_name = "NAME")]
    pub actor: Option<String>,

    #[arg(long, global = true)]
    pub admin: bool,

    #[arg(long, global = true, value_enum, env = "DUBAN_LANG")]
    pub lang: Option<LangArg>,

    #[arg(long, value_name = "NAME")]
    pub office: Option<String>,

    #[arg(long, requires = "office")]
    pub lead: bool,

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
    Import {
        file: PathBuf,
        #[arg(long)]
        dry_run: bool,
        #[arg(long, value_enum, default_value_t = dry_run::DryRunFormat::Text, requires = "dry_run")]
        format: dry_run::DryRunFormat,
        #[arg(long)]
        prefer_document: bool,
    },
    List {
        #[arg(long, value_name = "NAME")]
        office: Option<String>,
        #[arg(long, requires = "office")]
        lead: bool,
        #[arg(long, value_parser = parse_status, value_name = "STATUS")]
        status: Option<Status>,
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
        #[arg(long)]
        retired: bool,
        #[arg(long, conflicts_with = "office")]
        all: bool,
        #[arg(long)]
        no_bom: bool,
    },
    Show {
        number: u32,
        #[arg(long, value_enum, default_value_t = TextFormat::Text)]
        format: TextFormat,
    },
    History {
        number: u32,
        #[arg(long, value_enum, default_value_t = TextFormat::Text)]
        format: TextFormat,
    },
    Move {
        number: u32,
        #[arg(value_parser = parse_status)]
        status: Status,
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
    },
    Note {
        number: u32,
        text: String,
    },
    Tick {
        number: u32,
        measure: u32,
        #[arg(long)]
        undone: bool,
    },
    Offices {
        #[arg(long, value_enum, default_value_t = OfficesFormat::Table)]
        format: OfficesFormat,
    },
    Plans {
        #[arg(long, value_enum, default_value_t = plans::PlansFormat::Table)]
        format: plans::PlansFormat,
    },
    Export {
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
        #[arg(long, conflicts_with = "no_bom")]
        bom: bool,
        #[arg(long)]
        no_bom: bool,
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    Members {
        #[arg(long, value_enum, default_value_t = TextFormat::Text)]
        format: TextFormat,
    },
    Member {
        #[command(subcommand)]
        command: supervise::MemberCommand,
    },
    Server {
        #[command(subcommand)]
        command: server::ServerCommand,
    },
    Cycle {
        #[command(subcommand)]
        command: Option<supervise::CycleCommand>,
    },
    Report {
        number: u32,
        text: String,
    },
    Urge {
        number: u32,
        text: String,
        #[arg(long, value_name = "DATE")]
        reply_by: Option<String>,
    },
    Reply {
        number: u32,
        text: String,
    },
    Confirm {
        number: u32,
    },
    Reopen {
        number: u32,
        reason: String,
    },
    Undo,
    Bulletin {
        #[arg(long, value_name = "PERIOD")]
        period: Option<String>,
        #[arg(long, value_enum, default_value_t = bulletin::BulletinFormat::Text)]
        format: bulletin::BulletinFormat,
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    Standup {
        #[arg(long, value_name = "NAME")]
        office: Option<String>,
        #[arg(long, value_parser = standup::parse_since, value_name = "WHEN")]
        since: Option<standup::Since>,
        #[arg(long, value_enum, default_value_t = standup::StandupFormat::Text)]
        format: standup::StandupFormat,
        #[arg(long, conflicts_with = "office")]
        all: bool,
    },
    Due {
        number: u32,
        date: String,
    },
    Backup {
        file: PathBuf,
        #[arg(long)]
        force: bool,
    },
    Restore {
        file: PathBuf,
    },
    Migrate {
        #[arg(long, value_name = "URL")]
        to: String,
    },
    Indicator {
        number: u32,
        ordinal: u32,
        #[arg(value_parser = standup::parse_value)]
        value: f64,
    },
    // Items made and corrected by hand (issue 15).
    Add {
        title: String,
        #[arg(long, value_name = "OFFICE")]
        lead: String,
        #[arg(long, value_name = "OFFICE")]
        co: Vec<String>,
        #[arg(long, value_name = "DATE")]
        due: Option<String>,
        #[arg(long, value_parser = parse_source, value_name = "SOURCE")]
        source: Option<crate::plan::adhoc::Source>,
        #[arg(long = "ref", value_name = "TEXT")]
        source_ref: Option<String>,
        #[arg(long, value_name = "TEXT")]
        requirement: Option<String>,
        #[arg(long, value_parser = parse_level, value_name = "LEVEL")]
        level: Option<crate::plan::adhoc::Level>,
    },
    Edit {
        number: u32,
        #[arg(long, value_name = "TEXT")]
        title: Option<String>,
        #[arg(long, value_name = "OFFICE")]
        lead: Option<String>,
        #[arg(long, value_name = "OFFICE")]
        co: Option<Vec<String>>,
        #[arg(long, value_name = "DATE")]
        due: Option<String>,
        #[arg(long, value_name = "TEXT")]
        target: Option<String>,
    },
    Retire {
        number: u32,
        reason: String,
    },
    RestoreItem {
        number: u32,
    },
    Notice {
        number: u32,
        #[arg(long, short, value_name = "FILE")]
        output: PathBuf,
        #[arg(long, value_name = "DATE")]
        reply_by: Option<String>,
    },
    Config,
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
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
    Xlsx,
}

fn parse_source(s: &str) -> std::result::Result<crate::plan::adhoc::Source, UsageError> {
    use crate::plan::adhoc::Source;
    Source::parse(s)
        .ok_or_else(|| UsageError(messages::unknown_choice("--source", s, &Source::choices())))
}

fn parse_level(s: &str) -> std::result::Result<crate::plan::adhoc::Level, UsageError> {
    use crate::plan::adhoc::Level;
    Level::parse(s)
        .ok_or_else(|| UsageError(messages::unknown_choice("--level", s, &Level::choices())))
}

fn parse_status(s: &str) -> std::result::Result<Status, UsageError> {
    Status::parse(s).ok_or_else(|| UsageError(messages::unknown_status(s, &Status::choices())))
}

/// Wrong input on the command line: exit status 2, like clap's own usage errors.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);
