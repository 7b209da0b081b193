//! The `duban` binary: parse the command line and dispatch.

use std::process::ExitCode;

fn main() -> ExitCode {
    duban::cli::main()
}
