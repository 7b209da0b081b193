//! The command line: clap definitions, the database location, and the
//! non-interactive commands.

/// `eprintln!` that never panics: a closed or full standard error (`2>&-`, a
/// closed pipe) loses the message instead of ending the run in a panic.
macro_rules! say_err {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

/// `eprint!` that never panics (see `say_err!`).
macro_rules! say_err_raw {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = write!(std::io::stderr(), $($arg)*);
    }};
}

mod args;
mod backup;
mod board_start;
mod bulletin;
mod completions;
mod config;
mod docx_fonts;
mod dry_run;
mod edit_form;
mod exports;
mod format_messages;
mod help_text;
mod import;
mod item_messages;
mod items;
mod ledger;
mod loop_messages;
mod man;
mod messages;
mod notice;
mod open;
mod out_file;
mod plans;
mod render;
mod report;
mod safe_out;
mod server;
mod server_copy;
mod standup;
mod supervise;
mod writes;

pub use args::*;
pub use config::{Config, config_dir};
use messages::lang_of;
use open::{Check, open_seeded, open_seeded_checking, open_store, open_store_noting};
pub use open::{actor, db_path, server_url};

use crate::plan::{self, Status};
use crate::store::{ItemFilter, ItemId, PlanId, Store, StoreError};
use anyhow::{Context, Result, anyhow};
use clap::FromArgMatches;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The plan every new database starts with.
pub const SEED: &[u8] = include_bytes!("../../seeds/000_1c263084d9f29a16.txt");
/// The name the seed is reported under.
pub const SEED_NAME: &str = "seeds/000_1c263084d9f29a16.txt";

/// Runs the program and turns errors into a message and an exit status.
pub fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let early = messages::early_lang(&args, config_dir().as_deref());
    messages::set_current(early);
    // The plain board start needs no command tree at all (see `board_start`).
    let (mut cli, sources) = match board_start::parse(&args, |name| std::env::var_os(name)) {
        Some(read) => read,
        None => parse_with_clap(&args, early),
    };
    let settings = config::Settings::resolve(&cli, sources, config_dir().as_deref());
    // From here on `cli.lang` is the language in force, wherever it came from.
    cli.lang = Some(settings.lang.0);
    let db = db_path(cli.db.as_deref()).ok();
    let lang = settings.lang.0;
    messages::set_current(lang);
    match run(cli, settings) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // A closed pipe (`duban export | head`) ends the command quietly, as
            // other command-line tools do.
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            // The board restored the terminal; exit as a process the signal ended.
            if let Some(crate::tui::Interrupted(signal)) = e.downcast_ref() {
                return ExitCode::from((128 + signal).clamp(0, 255) as u8);
            }
            say_err!(
                "duban: {}",
                crate::text::sanitize(&message(&e, db.as_deref(), lang))
            );
            if supervise::is_refusal(&e) {
                ExitCode::from(supervise::REFUSED)
            } else if e.downcast_ref::<UsageError>().is_some() {
                ExitCode::from(2)
            } else {
                ExitCode::FAILURE
            }
        }
    }
}

/// The command line as clap reads it. Parsing is the same in both languages, so
/// the plain command parses; only help, version and usage errors need the
/// localized one (formatting its few hundred help texts on every start would cost
/// the board milliseconds).
fn parse_with_clap(args: &[std::ffi::OsString], early: LangArg) -> (Cli, board_start::Sources) {
    let matches = match <Cli as clap::CommandFactory>::command().try_get_matches_from(args) {
        Ok(m) => m,
        Err(_) => help_text::command(early.into())
            .try_get_matches_from(args)
            .unwrap_or_else(|e| help_text::exit(e, early.into())),
    };
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| help_text::exit(e, early.into()));
    (cli, board_start::Sources::of(&matches))
}

/// True when the error is a write to a closed pipe, however deep the writer
/// (serde_json, csv) wrapped it.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    use std::io::ErrorKind::BrokenPipe;
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == BrokenPipe)
            || c.downcast_ref::<serde_json::Error>()
                .is_some_and(|j| j.io_error_kind() == Some(BrokenPipe))
            || c.downcast_ref::<csv::Error>().is_some_and(
                |c| matches!(c.kind(), csv::ErrorKind::Io(io) if io.kind() == BrokenPipe),
            )
    })
}

/// The error as one line: its chain without the repeats SQLite's errors bring, and the
/// database named when the database itself failed (say, a damaged file).
fn message(e: &anyhow::Error, db: Option<&Path>, lang: LangArg) -> String {
    let mut text = String::new();
    let mut parts = Vec::new();
    for c in e.chain() {
        if let Some(said) = c
            .downcast_ref::<StoreError>()
            .and_then(|s| messages::store_error(s, lang))
        {
            // A translated store error says all its causes would.
            parts.push(said);
            break;
        }
        parts.push(match lang {
            LangArg::Zh => messages::foreign_error(c).unwrap_or_else(|| c.to_string()),
            LangArg::En => c.to_string(),
        });
    }
    for part in parts {
        // SQLite's own layer repeats the message behind "Error code N: ".
        let part = match part.split_once(": ") {
            Some((head, rest)) if head.starts_with("Error code") => rest.to_string(),
            _ => part,
        };
        if !text.contains(&part) {
            text = if text.is_empty() {
                part
            } else {
                crate::t!(lang, "cli-error-cause", error = text, cause = part)
            };
        }
    }
    let from_sqlite = e.chain().any(|c| {
        matches!(
            c.downcast_ref::<StoreError>(),
            Some(
                StoreError::Sqlite(_)
                    | StoreError::Corrupt(_)
                    | StoreError::Busy(_)
                    | StoreError::ReadOnly
            )
        )
    });
    match db {
        Some(db) if from_sqlite && !text.contains(&db.display().to_string()) => crate::t!(
            lang,
            "cli-error-in-db",
            db = db.display().to_string(),
            error = text
        ),
        _ => text,
    }
}

fn run(cli: Cli, settings: config::Settings) -> Result<()> {
    // Every command's output passes the sanitizer once more on its way out.
    let out = &mut safe_out::SafeOut::new(std::io::stdout().lock());
    let lang = settings.lang.0;
    // The board shows a bad config.toml on its footer; everything else says it here.
    if cli.command.is_some()
        && let Some(w) = &settings.warning
    {
        say_err!(
            "duban: {}{}",
            messages::warning_prefix(messages::current()),
            crate::text::sanitize(w)
        );
    }
    match &cli.command {
        Some(Command::Import {
            file,
            dry_run,
            format,
            prefer_document,
        }) => {
            if *dry_run {
                import::dry_run(&cli, file, *format, *prefer_document, out)
            } else {
                import::import(&cli, file, *prefer_document, out)
            }
        }
        Some(Command::Backup { file, force }) => backup::backup(&cli, file, *force, out),
        Some(Command::Restore { file }) => backup::restore(&cli, file, out),
        Some(Command::Migrate { to }) => server_copy::migrate(&cli, to, out),
        None => board(&cli, &settings, out),
        Some(Command::Config) => {
            let dir = config_dir();
            let report = config::Report {
                config_file: dir.as_ref().map(|d| d.join("config.toml")),
                keymap_file: dir.as_ref().map(|d| d.join("keymap.toml")),
                database: db_path(cli.db.as_deref()).ok(),
                database_source: settings.database,
                settings: settings.listed(),
            };
            config::print(out, &report, lang)
        }
        Some(Command::Completions { shell }) => completions::completions(*shell, lang, out),
        Some(Command::Man) => man::man(lang, out),
        Some(Command::List {
            office,
            lead,
            status,
            format,
            no_bom,
            retired,
            all,
        }) => {
            let store = open_seeded(&cli)?;
            let plan = plan_id(&store, cli.plan)?;
            let office = match office {
                Some(name) => Some(resolve_office(&store, name)?),
                None => items::home_office(&store, *all || *retired)?,
            };
            let filter = ItemFilter {
                office,
                lead_only: *lead,
                status: *status,
                retired: *retired,
            };
            match format {
                ListFormat::Table if *retired => {
                    items::retired_table(out, &store.items(plan, &filter)?, lang)
                }
                ListFormat::Table => render::list_table(out, &store.items(plan, &filter)?, lang),
                ListFormat::Json => exports::to_output(out, None, lang, |w| {
                    exports::items_json(w, &store, plan, &filter)
                }),
                ListFormat::Csv => {
                    let form = exports::CsvForm::new(lang, false, *no_bom);
                    exports::to_output(out, None, lang, |w| {
                        exports::items_csv(w, &store, plan, &filter, form)
                    })
                }
            }
        }
        Some(Command::Show { number, format }) => {
            let store = open_seeded(&cli)?;
            let plan = plan_id(&store, cli.plan)?;
            let item = store.item(item_id(&store, plan, *number)?)?;
            match format {
                TextFormat::Text => {
                    render::item_text(out, &item, lang)?;
                    supervise::show_extra(&store, item.id, lang, out)
                }
                TextFormat::Json => render::json(out, &supervise::item_with_loop(&store, &item)?),
            }
        }
        Some(Command::History { number, format }) => {
            let store = open_seeded(&cli)?;
            let plan = plan_id(&store, cli.plan)?;
            let events = store.history(item_id(&store, plan, *number)?)?;
            match format {
                TextFormat::Text => render::history_text(out, &events, lang),
                TextFormat::Json => render::json(out, &events),
            }
        }
        Some(Command::Move {
            number,
            status: Status::Done,
            note,
        }) => supervise::close(&cli, *number, note.as_deref(), lang, out),
        Some(Command::Move { number, status, .. }) => {
            let mut store = open_seeded(&cli)?;
            let plan = plan_id(&store, cli.plan)?;
            let id = item_id(&store, plan, *number)?;
            writes::move_item(&mut store, id, *number, *status, lang, out)
        }
        Some(Command::Note { number, text }) => {
            let text = writes::note_text(text, &mut std::io::stdin().lock(), lang)?;
            let mut store = open_seeded(&cli)?;
            let plan = plan_id(&store, cli.plan)?;
            let id = item_id(&store, plan, *number)?;
            if text.trim().is_empty() {
                return Err(UsageError(messages::empty_note(lang)).into());
            }
            let note = store.add_note(id, &text)?;
            // A script reads the bare id; a person at a terminal reads a sentence.
            if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
                writeln!(out, "{}", messages::note_added(*number, note, lang))?;
            } else {
                writeln!(out, "{note}")?;
            }
            Ok(())
        }
        Some(Command::Tick {
            number,
            measure,
            undone,
        }) => {
            let mut store = open_seeded(&cli)?;
            let plan = plan_id(&store, cli.plan)?;
            let id = item_id(&store, plan, *number)?;
            writes::tick(&mut store, id, *number, *measure, !undone, lang, out)
        }
        Some(Command::Offices { format }) => {
            let store = open_seeded(&cli)?;
            let plan = plan_id(&store, cli.plan)?;
            let offices = store.offices(plan)?;
            match format {
                OfficesFormat::Table => render::offices_table(out, &offices, lang),
                OfficesFormat::Json => render::json(out, &offices),
            }
        }
        Some(Command::Plans { format }) => {
            let store = open_seeded(&cli)?;
            plans::plans(out, &store.plan_summaries()?, *format, lang)
        }
        Some(Command::Export {
            format: ExportFormat::Xlsx,
            output,
            ..
        }) => ledger::export_xlsx(&cli, output.as_deref(), out),
        Some(Command::Export {
            format,
            bom,
            no_bom,
            output,
        }) => {
            if (*bom || *no_bom) && *format != ExportFormat::Csv {
                return Err(UsageError(messages::bom_needs_csv(lang)).into());
            }
            let store = open_seeded(&cli)?;
            let plan = store.plan(cli.plan).map_err(|e| plan_error(&store, e))?;
            let sections = store.sections(plan.id)?;
            let output = output.as_deref();
            match format {
                ExportFormat::Json => exports::to_output(out, output, lang, |w| {
                    exports::export_json(w, &store, &plan, &sections)
                }),
                ExportFormat::Csv => {
                    let form = exports::CsvForm::new(lang, *bom, *no_bom);
                    exports::to_output(out, output, lang, |w| {
                        exports::items_csv(w, &store, plan.id, &ItemFilter::default(), form)
                    })
                }
                ExportFormat::Md => {
                    let items = store.items(plan.id, &ItemFilter::default())?;
                    exports::to_output(out, output, lang, |w| {
                        report::export_md(&mut { w }, &plan, &sections, &items, lang)
                    })
                }
                ExportFormat::Xlsx => {
                    Err(UsageError(loop_messages::needs_output("xlsx", lang)).into())
                }
            }
        }
        Some(Command::Standup {
            office,
            since,
            format,
            all,
        }) => {
            let mut store = open_seeded(&cli)?;
            let plan = plan_id(&store, cli.plan)?;
            let office = match office {
                Some(name) => Some(resolve_office(&store, name)?),
                None => items::home_office(&store, *all)?,
            };
            let office = office.as_deref();
            standup::standup(&mut store, plan, office, since.as_ref(), *format, lang, out)
        }
        Some(Command::Due { number, date }) => {
            let mut store = open_seeded(&cli)?;
            let plan = plan_id(&store, cli.plan)?;
            let id = item_id(&store, plan, *number)?;
            standup::due(&mut store, id, *number, date, out)
        }
        Some(Command::Members { format }) => {
            supervise::members(&cli, *format == TextFormat::Json, lang, out)
        }
        Some(Command::Member { command }) => supervise::member(&cli, command, out),
        Some(Command::Server { command }) => server::run(&cli, command, out),
        Some(Command::Cycle { command }) => supervise::cycle(&cli, command.as_ref(), lang, out),
        Some(Command::Report { number, text }) => supervise::report(&cli, *number, text, out),
        Some(Command::Urge {
            number,
            text,
            reply_by,
        }) => supervise::urge(&cli, *number, text, reply_by.as_deref(), out),
        Some(Command::Reply { number, text }) => supervise::reply(&cli, *number, text, out),
        Some(Command::Confirm { number }) => supervise::confirm(&cli, *number, out),
        Some(Command::Reopen { number, reason }) => supervise::reopen(&cli, *number, reason, out),
        Some(Command::Undo) => supervise::undo(&cli, out),
        Some(Command::Bulletin {
            period,
            format,
            output,
        }) => bulletin::bulletin(
            &cli,
            period.as_deref(),
            *format,
            output.as_deref(),
            lang,
            out,
        ),
        // Items made and corrected by hand (issue 15).
        Some(Command::Add {
            title,
            lead,
            co,
            due,
            source,
            source_ref,
            requirement,
            level,
        }) => items::add(
            &cli,
            &items::AddArgs {
                title,
                lead,
                co,
                due: due.as_deref(),
                source: *source,
                source_ref: source_ref.as_deref(),
                requirement: requirement.as_deref(),
                level: *level,
            },
            out,
        ),
        Some(Command::Edit {
            number,
            title,
            lead,
            co,
            due,
            target,
        }) => items::edit(
            &cli,
            *number,
            &items::EditArgs {
                title: title.as_deref(),
                lead: lead.as_deref(),
                co: co.as_deref(),
                due: due.as_deref(),
                target: target.as_deref(),
            },
            out,
        ),
        Some(Command::Retire { number, reason }) => items::retire(&cli, *number, reason, out),
        Some(Command::RestoreItem { number }) => items::restore(&cli, *number, out),
        Some(Command::Notice {
            number,
            output,
            reply_by,
        }) => notice::notice(&cli, *number, output, reply_by.as_deref(), out),
        Some(Command::Indicator {
            number,
            ordinal,
            value,
        }) => {
            let mut store = open_seeded(&cli)?;
            let plan = plan_id(&store, cli.plan)?;
            let id = item_id(&store, plan, *number)?;
            standup::indicator(&mut store, id, *number, *ordinal, *value, lang, out)
        }
    }
}

/// `duban` with no command: the board in a terminal, or a plain listing when the
/// output is not a terminal (a pipe, a file).
/// How long a board's write waits for another process's lock.
const BOARD_BUSY_WAIT: std::time::Duration = std::time::Duration::from_secs(5);

fn board(cli: &Cli, settings: &config::Settings, out: &mut impl Write) -> Result<()> {
    use std::io::IsTerminal;
    let lang = settings.lang.0;
    let interactive = std::io::stdout().is_terminal() && std::io::stdin().is_terminal();
    // The board's first frame does not wait for the quick check (a pass over every
    // page): it runs after the frame, before the first key (see `tui::run`).
    let check = if interactive {
        Check::Deferred
    } else {
        Check::First
    };
    let mut store = open_seeded_checking(cli, check)?;
    // A board does not freeze for half a minute behind someone's lock, nor write
    // to the terminal under it: a write waits a few seconds, then the footer says
    // the database is busy and nothing was saved.
    store.set_busy_wait(BOARD_BUSY_WAIT, None)?;
    let plan = plan_id(&store, cli.plan)?;
    let mut config_warning = settings.warning.clone();
    let office = match &settings.office.0 {
        // A default office from config.toml that is not known is a warning, not a refusal.
        Some(name) if settings.office.1 == config::Source::Config => {
            match resolve_office(&store, name) {
                Ok(office) => Some(office),
                Err(e) => {
                    config_warning.get_or_insert(crate::t!(
                        lang,
                        "cli-config-office-refused",
                        reason = e.to_string()
                    ));
                    None
                }
            }
        }
        Some(name) => Some(resolve_office(&store, name)?),
        None => None,
    };
    if !interactive {
        if let Some(w) = &config_warning {
            say_err!(
                "duban: {}{}",
                messages::warning_prefix(messages::current()),
                crate::text::sanitize(w)
            );
        }
        let filter = ItemFilter {
            office,
            lead_only: cli.lead,
            status: None,
            ..ItemFilter::default()
        };
        return render::list_table(out, &store.items(plan, &filter)?, lang);
    }
    let opts = crate::tui::BoardOptions {
        lang: match lang {
            LangArg::Zh => crate::tui::Lang::Zh,
            LangArg::En => crate::tui::Lang::En,
        },
        office,
        lead_only: cli.lead,
        config_dir: config_dir(),
        theme: Some(crate::tui::theme::Theme::from_vars(
            std::env::var("NO_COLOR").ok().as_deref(),
            Some(settings.theme.0.key()),
            std::env::var("COLORFGBG").ok().as_deref(),
        )),
        config_warning,
        mouse: settings.mouse.0,
        clipboard: crate::tui::clipboard::detect(),
        search_texts_up_to: search_texts_up_to()?,
    };
    let zh = matches!(messages::current(), LangArg::Zh);
    let warning = match open::server_url(cli) {
        // The board's footer says it too: the line on the terminal is gone under it.
        Some(url) if store.server_rules_differ()?.is_some() => Some(crate::t!(
            lang,
            "server-rules-differ",
            url = crate::store::server::shown(url)
        )),
        _ => crate::store::network_fs_warning(&db_path(cli.db.as_deref())?, zh),
    };
    crate::tui::run_with_warning(store, plan, opts, warning)
}

/// Above how many items the board's search keeps no texts in memory: the
/// environment's `DUBAN_SEARCH_TEXTS` if set (for measuring both ways), else the default.
fn search_texts_up_to() -> Result<usize> {
    const VAR: &str = "DUBAN_SEARCH_TEXTS";
    match std::env::var(VAR) {
        Err(_) => Ok(crate::tui::SEARCH_TEXTS_UP_TO),
        Ok(value) => value.trim().parse().map_err(|_| {
            anyhow!(crate::t!(
                messages::current(),
                "cli-bad-search-texts",
                var = VAR,
                value = value.as_str()
            ))
        }),
    }
}

fn plan_error(store: &Store, e: StoreError) -> anyhow::Error {
    match e {
        StoreError::NoSuchPlan(id) => {
            let ids: Vec<String> = store
                .plans()
                .unwrap_or_default()
                .iter()
                .map(|p| p.id.to_string())
                .collect();
            let lang = messages::current();
            let ids = ids.join(&crate::t!(lang, "cli-list-separator"));
            UsageError(messages::no_plan(id, &ids, lang)).into()
        }
        e => e.into(),
    }
}

fn plan_id(store: &Store, plan: Option<PlanId>) -> Result<PlanId> {
    Ok(store.plan(plan).map_err(|e| plan_error(store, e))?.id)
}

fn item_id(store: &Store, plan: PlanId, number: u32) -> Result<ItemId> {
    match store.item_id(plan, number) {
        Ok(id) => Ok(id),
        Err(StoreError::NoSuchItem { .. }) => {
            let numbers = store.item_numbers(plan)?;
            let ranges = render::number_ranges(&numbers, messages::current());
            Err(UsageError(messages::no_item(number, &ranges, messages::current())).into())
        }
        Err(e) => Err(e.into()),
    }
}

/// The canonical name for an office the user typed, or a usage error naming the
/// nearest known names.
pub fn resolve_office(store: &Store, name: &str) -> Result<String> {
    if let Some(found) = store.resolve_office(name)? {
        return Ok(found);
    }
    let names = store.office_names()?;
    // What the board's office picker takes: initials (jjc), full pinyin (jijiaochu).
    let near = match crate::matcher::pick_one(&names, name) {
        Ok(found) => return Ok(found.to_string()),
        Err(partial) if !partial.is_empty() => {
            partial.into_iter().take(5).map(str::to_string).collect()
        }
        Err(_) => nearest(name, &names, 5),
    };
    let name = crate::text::sanitize(name);
    Err(UsageError(messages::no_office(&name, &near, messages::current())).into())
}

/// The `n` names closest to `input` by edit distance over characters, closest first.
fn nearest(input: &str, names: &[String], n: usize) -> Vec<String> {
    let input = input.trim();
    let input_len = input.chars().count();
    let mut scored: Vec<(usize, &String)> = names
        .iter()
        .map(|name| {
            // A name that contains the input (or the reverse) is near whatever its length.
            let contains = name.contains(input) || input.contains(name.as_str());
            let d = if contains {
                0
            } else {
                strsim::levenshtein(input, name)
            };
            (d, name)
        })
        .filter(|(d, name)| *d <= name.chars().count().max(input_len).div_ceil(2))
        .collect();
    scored.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(b.1)));
    scored.into_iter().take(n).map(|(_, s)| s.clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_office_names_rank_by_closeness() {
        let names: Vec<String> = ["基教处", "高教处", "教师处", "职成处", "办公室"]
            .map(String::from)
            .to_vec();
        let near = nearest("基教", &names, 3);
        assert_eq!(near.first().map(String::as_str), Some("基教处"));
        assert!(nearest("完全无关的名字", &names, 3).is_empty());
    }

    #[test]
    fn actor_prefers_as_over_user() {
        assert_eq!(actor(Some("王五")), "王五");
    }
}
