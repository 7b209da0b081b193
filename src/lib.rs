//! duban (督办): a terminal task board for a department's annual work plan.

pub mod cli;
pub mod i18n;
pub mod identity;
pub mod matcher;
#[cfg(all(target_os = "linux", target_env = "gnu"))]
mod no_libm;
pub mod plan;
pub mod store;
pub mod text;
pub mod tui;
