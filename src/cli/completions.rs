//! `duban completions SHELL`: generated from the same command line the run parses
//! with, its descriptions in the interface language (`duban man` is in `man.rs`).

use super::LangArg;
use anyhow::Result;
use std::io::Write;

/// Writes the completion script for `shell`, its descriptions in `lang`.
pub fn completions(shell: clap_complete::Shell, lang: LangArg, out: &mut impl Write) -> Result<()> {
    let mut cmd = super::help_text::command(lang.into());
    // clap_complete panics when a write fails; a closed pipe must not.
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cmd, "duban", &mut script);
    out.write_all(&script)?;
    out.flush()?;
    Ok(())
}
