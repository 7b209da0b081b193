//! A warning from outside the board (the database on a network file system) stays
//! visible on the board's footer.

use crate::tui_support;

use tui_support::{app, render};

#[test]
fn a_warning_from_the_caller_shows_on_the_footer() {
    let mut app = app();
    app.warn("board.db is on NFS; keep it on a local disk");
    let term = render(&mut app, 120, 40);
    let screen = format!("{:?}", term.backend());
    assert!(screen.contains("board.db is on NFS"), "{screen}");
}
