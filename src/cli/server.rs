//! `duban server init` and `duban server check`: duban's schema, roles and
//! policies on a PostgreSQL server (issue 18, phase 1).

use super::Cli;
use super::messages::lang_of;
use crate::store::server::{self, CheckReport, ServerError, policies};
use crate::t;
use anyhow::{Result, anyhow};
use clap::Subcommand;
use std::io::Write;

#[derive(Debug, Subcommand)]
pub enum ServerCommand {
    Init {
        url: String,
        #[arg(long, value_name = "USER")]
        supervisor: String,
        #[arg(long, value_name = "NAME")]
        office: String,
    },
    Check {
        url: String,
    },
}

pub fn run(cli: &Cli, command: &ServerCommand, out: &mut impl Write) -> Result<()> {
    let lang = lang_of(cli);
    match command {
        ServerCommand::Init {
            url,
            supervisor,
            office,
        } => {
            let mut client = server::connect(url).map_err(|e| said(e, lang))?;
            let report =
                server::init(&mut client, supervisor, office).map_err(|e| said(e, lang))?;
            if report.from == report.to {
                writeln!(
                    out,
                    "{}",
                    t!(lang, "server-init-current", version = report.to)
                )?;
            } else {
                writeln!(
                    out,
                    "{}",
                    t!(
                        lang,
                        "server-init-done",
                        version = report.to,
                        supervisor = supervisor.as_str(),
                        office = office.as_str()
                    )
                )?;
            }
            Ok(())
        }
        ServerCommand::Check { url } => {
            let mut client = server::connect(url).map_err(|e| said(e, lang))?;
            let report = server::check(&mut client).map_err(|e| said(e, lang))?;
            show(&report, lang, out)?;
            match report.version {
                None => Err(anyhow!(t!(lang, "server-check-no-schema"))),
                Some(_) if !report.unguarded.is_empty() => Err(anyhow!(t!(
                    lang,
                    "server-check-unguarded",
                    n = report.unguarded.len()
                ))),
                Some(_) if report.rules.as_deref() != Some(&*policies::rules_version()) => Err(
                    anyhow!(t!(lang, "server-rules-differ", url = server::shown(url))),
                ),
                Some(_) => Ok(()),
            }
        }
    }
}

fn show(r: &CheckReport, lang: super::LangArg, out: &mut impl Write) -> Result<()> {
    let list = |v: &[String]| {
        if v.is_empty() {
            t!(lang, "server-none")
        } else {
            v.join(", ")
        }
    };
    if let Some(version) = r.version {
        writeln!(
            out,
            "{}",
            t!(lang, "server-check-version", version = version)
        )?;
    }
    writeln!(
        out,
        "{}",
        t!(lang, "server-check-roles", roles = list(&r.roles))
    )?;
    writeln!(
        out,
        "{}",
        t!(lang, "server-check-members", members = list(&r.members))
    )?;
    if r.unguarded.is_empty() {
        writeln!(out, "{}", t!(lang, "server-check-rls-all", n = r.tables))?;
    } else {
        writeln!(
            out,
            "{}",
            t!(
                lang,
                "server-check-rls-missing",
                tables = list(&r.unguarded)
            )
        )?;
    }
    if r.version.is_some() {
        let version = policies::rules_version();
        match &r.rules {
            Some(found) if *found == version => writeln!(
                out,
                "{}",
                t!(lang, "server-check-rules-current", version = version)
            )?,
            found => writeln!(
                out,
                "{}",
                t!(
                    lang,
                    "server-check-rules-differ",
                    found = found.clone().unwrap_or_else(|| t!(lang, "server-none")),
                    version = version
                )
            )?,
        }
    }
    for held in &r.held {
        let role = crate::text::sanitize(&held.role).into_owned();
        let lock = if held.write_lock { "write" } else { "rows" };
        let line = match held.seconds {
            Some(seconds) => t!(
                lang,
                "server-check-lock-held",
                role = role,
                pid = held.pid,
                lock = lock,
                seconds = seconds
            ),
            None => t!(
                lang,
                "server-check-lock-holds",
                role = role,
                pid = held.pid,
                lock = lock
            ),
        };
        writeln!(out, "{line}")?;
    }
    let role = r.role.as_str();
    if r.bypasses {
        writeln!(out, "{}", t!(lang, "server-check-bypass", role = role))?;
    } else if r.owns {
        writeln!(out, "{}", t!(lang, "server-check-owner", role = role))?;
    } else {
        writeln!(out, "{}", t!(lang, "server-check-obeys", role = role))?;
    }
    Ok(())
}

/// The error in the interface language.
fn said(e: ServerError, lang: super::LangArg) -> anyhow::Error {
    super::server_copy::said(e, lang)
}
