//! `duban completions SHELL`: generated from the same clap definitions the
//! command line parses with (`duban man` is in `man.rs`).

use anyhow::Result;
use clap::CommandFactory;
use std::io::Write;

/// Writes the completion script for `shell`.
pub fn completions(shell: clap_complete::Shell, out: &mut impl Write) -> Result<()> {
    let mut cmd = super::Cli::command();
    // clap_complete panics when a write fails; a closed pipe must not.
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cmd, "duban", &mut script);
    out.write_all(&script)?;
    out.flush()?;
    Ok(())
}
