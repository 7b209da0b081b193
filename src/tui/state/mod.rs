//! The board's state, one struct per screen or widget; none of it touches the terminal.

pub mod board;
pub mod changes;
pub mod detail;
pub mod editor;
pub mod overview;
pub mod picker;
pub mod search;
