//! The command line's help, usage and usage errors in the interface language.
//! Every text comes from the catalogs (section `help`): a command's description is
//! `help-about-<path>`, an argument's `help-arg-<path>-<arg>` (or `help-arg-<arg>`
//! for one that means the same in every command), a placeholder `help-value-<name>`,
//! with the path's spaces and the argument's underscores as hyphens. The clap
//! definitions (`args.rs`) carry no text of their own; completions and the man page
//! are made from the command this module returns.

use crate::i18n::Lang;
use crate::t;
use clap::CommandFactory;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use std::io::Write as _;

/// The command line with every text in `lang`, built (clap's own `help`
/// subcommands and flags are there too). Parsing is the same in both languages.
pub fn command(lang: Lang) -> clap::Command {
    let mut cmd = localize(super::Cli::command(), "", lang);
    cmd.build();
    localize_built(cmd, "", lang)
}

/// The catalog id of a command's description, by its path (`member add`).
fn about_id(path: &str) -> Option<&'static str> {
    Some(match path {
        "" => "help-about",
        "import" => "help-about-import",
        "list" => "help-about-list",
        "show" => "help-about-show",
        "history" => "help-about-history",
        "move" => "help-about-move",
        "note" => "help-about-note",
        "tick" => "help-about-tick",
        "offices" => "help-about-offices",
        "plans" => "help-about-plans",
        "export" => "help-about-export",
        "members" => "help-about-members",
        "member" => "help-about-member",
        "member add" => "help-about-member-add",
        "member remove" => "help-about-member-remove",
        "member rename" => "help-about-member-rename",
        "cycle" => "help-about-cycle",
        "cycle set" => "help-about-cycle-set",
        "report" => "help-about-report",
        "urge" => "help-about-urge",
        "reply" => "help-about-reply",
        "confirm" => "help-about-confirm",
        "reopen" => "help-about-reopen",
        "undo" => "help-about-undo",
        "bulletin" => "help-about-bulletin",
        "standup" => "help-about-standup",
        "due" => "help-about-due",
        "backup" => "help-about-backup",
        "restore" => "help-about-restore",
        "indicator" => "help-about-indicator",
        "add" => "help-about-add",
        "edit" => "help-about-edit",
        "retire" => "help-about-retire",
        "restore-item" => "help-about-restore-item",
        "notice" => "help-about-notice",
        "config" => "help-about-config",
        "completions" => "help-about-completions",
        "man" => "help-about-man",
        "server" => "help-about-server",
        "server init" => "help-about-server-init",
        "server check" => "help-about-server-check",
        "migrate" => "help-about-migrate",
        // clap's own `help` command, in every command that has subcommands.
        "help" => "help-about-help",
        _ => return None,
    })
}

/// The catalog id of an argument's help, by the command's path and the argument's
/// id; the arguments every command shares (the global ones, the item number, the
/// help flag) have one id for all.
fn arg_id(path: &str, arg: &str) -> Option<&'static str> {
    Some(match (path, arg) {
        (_, "help") => "help-arg-help",
        ("", "version") => "help-arg-version",
        (_, "db") => "help-arg-db",
        (_, "admin") => "help-arg-admin",
        (_, "actor") => "help-arg-actor",
        (_, "lang") => "help-arg-lang",
        (_, "plan") => "help-arg-plan",
        ("", "office") => "help-arg-office",
        ("", "lead") | ("list", "lead") => "help-arg-lead",
        ("import", "file") => "help-arg-import-file",
        ("import", "dry_run") => "help-arg-import-dry-run",
        ("import", "format") => "help-arg-import-format",
        ("import", "prefer_document") => "help-arg-import-prefer-document",
        ("list", "office") => "help-arg-list-office",
        ("list", "status") => "help-arg-list-status",
        ("list", "retired") => "help-arg-list-retired",
        ("list", "all") => "help-arg-list-all",
        ("list", "no_bom") => "help-arg-list-no-bom",
        ("move", "status") => "help-arg-move-status",
        ("move", "note") => "help-arg-move-note",
        ("note", "text") => "help-arg-note-text",
        ("tick", "measure") => "help-arg-tick-measure",
        ("tick", "undone") => "help-arg-tick-undone",
        ("export", "format") => "help-arg-export-format",
        ("export", "bom") => "help-arg-export-bom",
        ("export", "no_bom") => "help-arg-export-no-bom",
        ("export", "output") => "help-arg-export-output",
        ("server init", "url") => "help-arg-server-init-url",
        ("server check", "url") => "help-arg-server-check-url",
        ("server init", "supervisor") => "help-arg-server-init-supervisor",
        ("server init", "office") => "help-arg-server-init-office",
        ("migrate", "to") => "help-arg-migrate-to",
        ("member add", "user") => "help-arg-member-add-user",
        ("member add", "office") => "help-arg-member-add-office",
        ("member add", "supervisor") => "help-arg-member-add-supervisor",
        ("member add", "name") => "help-arg-member-add-name",
        ("member add", "allow_unknown") => "help-arg-member-add-allow-unknown",
        ("member remove", "user") => "help-arg-member-remove-user",
        ("member remove", "office") => "help-arg-member-remove-office",
        ("member rename", "user") => "help-arg-member-rename-user",
        ("member rename", "name") => "help-arg-member-rename-name",
        ("cycle set", "kind") => "help-arg-cycle-set-kind",
        ("cycle set", "due_day") => "help-arg-cycle-set-due-day",
        ("report", "text") => "help-arg-report-text",
        ("urge", "text") => "help-arg-urge-text",
        ("urge", "reply_by") => "help-arg-urge-reply-by",
        ("reply", "text") => "help-arg-reply-text",
        ("reopen", "reason") => "help-arg-reopen-reason",
        ("bulletin", "period") => "help-arg-bulletin-period",
        ("bulletin", "format") => "help-arg-bulletin-format",
        ("bulletin", "output") => "help-arg-bulletin-output",
        ("standup", "office") => "help-arg-standup-office",
        ("standup", "since") => "help-arg-standup-since",
        ("standup", "all") => "help-arg-standup-all",
        ("due", "date") => "help-arg-due-date",
        ("backup", "file") => "help-arg-backup-file",
        ("backup", "force") => "help-arg-backup-force",
        ("restore", "file") => "help-arg-restore-file",
        ("indicator", "ordinal") => "help-arg-indicator-ordinal",
        ("indicator", "value") => "help-arg-indicator-value",
        ("add", "title") => "help-arg-add-title",
        ("add", "lead") => "help-arg-add-lead",
        ("add", "co") => "help-arg-add-co",
        ("add", "due") => "help-arg-add-due",
        ("add", "source") => "help-arg-add-source",
        ("add", "source_ref") => "help-arg-add-source-ref",
        ("add", "requirement") => "help-arg-add-requirement",
        ("add", "level") => "help-arg-add-level",
        ("edit", "title") => "help-arg-edit-title",
        ("edit", "lead") => "help-arg-edit-lead",
        ("edit", "co") => "help-arg-edit-co",
        ("edit", "due") => "help-arg-edit-due",
        ("edit", "target") => "help-arg-edit-target",
        ("retire", "reason") => "help-arg-retire-reason",
        ("notice", "output") => "help-arg-notice-output",
        ("notice", "reply_by") => "help-arg-notice-reply-by",
        ("completions", "shell") => "help-arg-completions-shell",
        (_, "number") => "help-arg-number",
        (_, "format") => "help-arg-format",
        _ => return None,
    })
}

/// The catalog id of a placeholder (`<NUMBER>`, `--db <PATH>`), by its name in the
/// clap definitions (or the argument's id in capitals when it has none).
fn value_id(name: &str) -> Option<&'static str> {
    Some(match name {
        "NUMBER" => "help-value-number",
        "URL" => "help-value-url",
        "TEXT" => "help-value-text",
        "FILE" => "help-value-file",
        "PATH" => "help-value-path",
        "NAME" => "help-value-name",
        "STATUS" => "help-value-status",
        "MEASURE" => "help-value-measure",
        "DATE" => "help-value-date",
        "REASON" => "help-value-reason",
        "ORDINAL" => "help-value-ordinal",
        "VALUE" => "help-value-value",
        "USER" => "help-value-user",
        "OFFICE" => "help-value-office",
        "KIND" => "help-value-kind",
        "PERIOD" => "help-value-period",
        "WHEN" => "help-value-when",
        "FORMAT" => "help-value-format",
        "LANG" => "help-value-lang",
        "ID" => "help-value-id",
        "SOURCE" => "help-value-source",
        "TITLE" => "help-value-title",
        "LEVEL" => "help-value-level",
        "SHELL" => "help-value-shell",
        "N" => "help-value-n",
        "COMMAND" => "help-value-command",
        _ => return None,
    })
}

/// A message by an id from the tables above (the tables name only catalog ids).
fn text(lang: Lang, id: &str) -> String {
    lang.msg(id)
}

/// The placeholders an argument shows: its value names, or its id in capitals;
/// none for a flag.
fn value_names(arg: &clap::Arg) -> Vec<String> {
    if !arg.is_positional() && !arg.get_action().takes_values() {
        return Vec::new();
    }
    match arg.get_value_names() {
        Some(names) => names.iter().map(|s| s.to_string()).collect(),
        None => vec![arg.get_id().as_str().to_uppercase()],
    }
}

/// An argument with its help and placeholders in `lang`.
fn localize_arg(arg: clap::Arg, path: &str, lang: Lang) -> clap::Arg {
    let id = arg.get_id().as_str().to_string();
    let mut arg = match arg_id(path, &id) {
        Some(m) => arg.help(text(lang, m)).long_help(None::<&str>),
        None => arg,
    };
    // A possible value's own help (a doc comment on a ValueEnum variant) is not
    // from the catalogs: the argument's help names the choices instead.
    if arg
        .get_possible_values()
        .iter()
        .any(|v| v.get_help().is_some())
    {
        arg = arg.hide_possible_values(true);
    }
    let names = value_names(&arg);
    let ids: Vec<&'static str> = names.iter().filter_map(|n| value_id(n)).collect();
    if !ids.is_empty() && ids.len() == names.len() {
        arg = arg.value_names(ids.into_iter().map(|m| text(lang, m)));
    }
    arg
}

/// The help page's frame: the usage line's heading (the rest is clap's).
fn template(lang: Lang) -> String {
    let usage = t!(lang, "help-usage-line", usage = "{usage}");
    format!("{{before-help}}{{about-with-newline}}\n{usage}\n\n{{all-args}}{{after-help}}")
}

/// The commands before clap builds them: descriptions, arguments, placeholders.
fn localize(cmd: clap::Command, path: &str, lang: Lang) -> clap::Command {
    let mut cmd = cmd
        .help_template(template(lang))
        .subcommand_value_name(text(lang, "help-value-command"));
    if let Some(id) = about_id(path) {
        cmd = cmd.about(text(lang, id)).long_about(None::<&str>);
    }
    if path.is_empty() {
        cmd = cmd.long_about(text(lang, "help-long-about"));
    }
    cmd = cmd.mut_args(|arg| localize_arg(arg, path, lang));
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let sub_path = format!("{path} {name}").trim().to_string();
        cmd = cmd.mut_subcommand(&name, |sub| localize(sub, &sub_path, lang));
    }
    cmd
}

/// What clap adds when it builds: the help and version flags and the `help`
/// command (whose own subcommands copy the descriptions localized already).
fn localize_built(cmd: clap::Command, path: &str, lang: Lang) -> clap::Command {
    let mut cmd = cmd.mut_args(|arg| match arg.get_id().as_str() {
        "help" | "version" => localize_arg(arg, path, lang),
        _ => arg,
    });
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        cmd = if name == "help" {
            cmd.mut_subcommand("help", |help| localize_help_command(help, lang))
        } else {
            let sub_path = format!("{path} {name}").trim().to_string();
            cmd.mut_subcommand(&name, |sub| localize_built(sub, &sub_path, lang))
        };
    }
    cmd
}

/// clap's `help` command and the names under it.
fn localize_help_command(help: clap::Command, lang: Lang) -> clap::Command {
    let mut help = help
        .help_template(template(lang))
        .subcommand_value_name(text(lang, "help-value-command"))
        .mut_args(|arg| localize_arg(arg, "help", lang));
    if let Some(id) = about_id("help") {
        help = help.about(text(lang, id));
    }
    if help.find_subcommand("help").is_some() {
        help = help.mut_subcommand("help", |h| {
            h.about(text(lang, "help-about-help"))
                .help_template(template(lang))
        });
    }
    help
}

/// clap's fixed words in a rendered help or usage, in `lang`: the section headings,
/// `[OPTIONS]`, and the bracketed notes (`[default: table]`).
pub fn translate_rendered(rendered: &str, lang: Lang) -> String {
    // Headings are whole lines (a custom heading would reorder the arguments).
    let lines: String = rendered
        .split_inclusive('\n')
        .map(|line| {
            let id = match line.trim_end() {
                "Commands:" => "help-heading-commands",
                "Arguments:" => "help-heading-arguments",
                "Options:" => "help-heading-options",
                _ => return usage_line(line, lang),
            };
            let end = &line[line.trim_end().len()..];
            format!("{}{end}", text(lang, id))
        })
        .collect();
    let lines = lines.replace("[OPTIONS]", &text(lang, "help-usage-options"));
    notes(&lines, lang)
}

/// `Usage: duban show ...` (the line clap puts in a usage error) in `lang`.
fn usage_line(line: &str, lang: Lang) -> String {
    match line.strip_prefix("Usage: ") {
        Some(rest) => {
            let body = rest.trim_end();
            let end = &rest[body.len()..];
            format!("{}{end}", t!(lang, "help-usage-line", usage = body))
        }
        None => line.to_string(),
    }
}

/// clap's bracketed notes after a help text, each said by the catalog.
fn notes(text: &str, lang: Lang) -> String {
    const NOTES: &[(&str, &str)] = &[
        ("[default: ", "help-note-default"),
        ("[possible values: ", "help-note-possible-values"),
        ("[env: ", "help-note-env"),
        ("[aliases: ", "help-note-aliases"),
    ];
    let mut out = String::new();
    let mut rest = text;
    loop {
        let next = NOTES
            .iter()
            .filter_map(|(open, id)| rest.find(open).map(|at| (at, *open, *id)))
            .min_by_key(|(at, _, _)| *at);
        let Some((at, open, id)) = next else { break };
        let inner_start = at + open.len();
        let Some(len) = rest[inner_start..].find(']') else {
            break;
        };
        let value = &rest[inner_start..inner_start + len];
        out.push_str(&rest[..at]);
        out.push_str(&note(lang, id, value));
        rest = &rest[inner_start + len + 1..];
    }
    out.push_str(rest);
    out
}

fn note(lang: Lang, id: &str, value: &str) -> String {
    match id {
        "help-note-default" => t!(lang, "help-note-default", value = value),
        "help-note-possible-values" => {
            let values = value.split(", ").collect::<Vec<_>>();
            let values = values.join(&text(lang, "help-list-separator"));
            t!(lang, "help-note-possible-values", values = values)
        }
        "help-note-env" => t!(lang, "help-note-env", variable = value),
        _ => t!(lang, "help-note-aliases", aliases = value),
    }
}

/// Ends the run on a command line clap refused, or on help and version, in
/// `lang`; usage errors exit with status 2, as clap's own do.
pub fn exit(e: clap::Error, lang: Lang) -> ! {
    let rendered = || translate_rendered(&e.render().to_string(), lang);
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let mut out = std::io::stdout().lock();
            // A closed pipe (`duban --help | head`) ends quietly.
            let _ = out
                .write_all(rendered().as_bytes())
                .and_then(|()| out.flush());
            std::process::exit(0)
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            say_err_raw!("{}", rendered());
            std::process::exit(2)
        }
        _ => {}
    }
    let said = usage_error(&e, lang).or_else(|| super::messages::invalid_value(&e));
    match said {
        Some(text) => say_err!("duban: {}", crate::text::sanitize(&text)),
        // A value clap refused, as clap says it: it echoes what was typed, so it
        // goes out sanitized (clap keeps bidi overrides).
        None => say_err_raw!("{}", crate::text::sanitize(&e.render().to_string())),
    }
    std::process::exit(2)
}

/// A usage error clap raised, said in `lang`, with the usage line and where to
/// read more; `None` for the kinds that are not errors (help, version) and for a
/// refused value (the value parsers say those).
pub fn usage_error(e: &clap::Error, lang: Lang) -> Option<String> {
    let separator = text(lang, "help-list-separator");
    let string = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(crate::text::sanitize(s).into_owned()),
        Some(ContextValue::Strings(v)) => {
            Some(crate::text::sanitize(&v.join(&separator)).into_owned())
        }
        _ => None,
    };
    let arg = || string(ContextKind::InvalidArg).unwrap_or_default();
    let first = match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
        | ErrorKind::InvalidValue
        | ErrorKind::ValueValidation => return None,
        ErrorKind::InvalidSubcommand => {
            let command = string(ContextKind::InvalidSubcommand).unwrap_or_default();
            match string(ContextKind::SuggestedSubcommand) {
                Some(near) => t!(
                    lang,
                    "help-error-unknown-command-near",
                    command = command,
                    near = near
                ),
                None => t!(lang, "help-error-unknown-command", command = command),
            }
        }
        ErrorKind::UnknownArgument if arg().starts_with('-') => {
            match string(ContextKind::SuggestedArg) {
                Some(near) => t!(
                    lang,
                    "help-error-unknown-option-near",
                    option = arg(),
                    near = near
                ),
                None => t!(lang, "help-error-unknown-option", option = arg()),
            }
        }
        ErrorKind::UnknownArgument => t!(lang, "help-error-unexpected-argument", arg = arg()),
        ErrorKind::MissingRequiredArgument => {
            t!(lang, "help-error-missing-argument", args = arg())
        }
        ErrorKind::MissingSubcommand => t!(
            lang,
            "help-error-missing-command",
            commands = string(ContextKind::ValidSubcommand).unwrap_or_default()
        ),
        ErrorKind::ArgumentConflict => match string(ContextKind::PriorArg) {
            Some(prior) if prior == arg() => t!(lang, "help-error-repeated", arg = arg()),
            prior => t!(
                lang,
                "help-error-conflict",
                arg = arg(),
                other = prior.unwrap_or_default()
            ),
        },
        ErrorKind::NoEquals => t!(lang, "help-error-no-equals", arg = arg()),
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            t!(lang, "help-error-value-count", arg = arg())
        }
        ErrorKind::InvalidUtf8 => text(lang, "help-error-invalid-utf8"),
        _ => t!(lang, "help-error-other", error = first_line(e)),
    };
    // `--db` is never required; clap lists it when DUBAN_DB is set, which reads as
    // if it were.
    let usage = match e.get(ContextKind::Usage) {
        Some(ContextValue::StyledStr(s)) => {
            let path = format!(" --db <{}>", text(lang, "help-value-path"));
            translate_rendered(&s.to_string(), lang).replace(&path, "")
        }
        _ => String::new(),
    };
    let mut out = first;
    if !usage.trim().is_empty() {
        out.push_str(&format!("\n\n{}", usage.trim_end()));
    }
    let command = command_of(e).unwrap_or_else(|| "duban".to_string());
    out.push_str(&format!(
        "\n\n{}",
        t!(lang, "help-error-see-help", command = command)
    ));
    Some(out)
}

/// The command a usage error is about (`duban member add`), from its usage line.
fn command_of(e: &clap::Error) -> Option<String> {
    let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) else {
        return None;
    };
    let usage = usage.to_string();
    let words: Vec<&str> = usage
        .lines()
        .next()?
        .trim_start_matches("Usage:")
        .split_whitespace()
        .take_while(|w| !w.starts_with(['[', '<', '-']))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// clap's own message, without its `error: ` and usage lines.
fn first_line(e: &clap::Error) -> String {
    let rendered = e.render().to_string();
    let line = rendered.lines().next().unwrap_or_default();
    crate::text::sanitize(line.trim_start_matches("error: ")).into_owned()
}

/// Parses `args` as the binary does, in `lang` (for the tests).
#[cfg(test)]
fn parse(args: &[&str], lang: Lang) -> Result<super::Cli, clap::Error> {
    use clap::FromArgMatches as _;
    let matches = command(lang).try_get_matches_from(args)?;
    super::Cli::from_arg_matches(&matches)
}

#[cfg(test)]
mod tests;
