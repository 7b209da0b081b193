//! `duban completions SHELL` and `duban man`: generated from the same clap
//! definitions the command line parses with.

use anyhow::Result;
use clap::CommandFactory;
use std::io::Write;

/// Writes the completion script for `shell`.
pub fn completions(shell: clap_complete::Shell, out: &mut impl Write) -> Result<()> {
    let mut cmd = super::Cli::command();
    clap_complete::generate(shell, &mut cmd, "duban", out);
    out.flush()?;
    Ok(())
}

/// Writes the manual page (roff): the options, and every command with what it does.
pub fn man(out: &mut impl Write) -> Result<()> {
    clap_mangen::Man::new(super::Cli::command()).render(out)?;
    out.flush()?;
    Ok(())
}
