//! What the command line hands the board: the database path on the help screen,
//! config.toml's problems and theme.

use crate::tui_support;

use duban::store::Store;
use duban::tui::action::Action;
use duban::tui::app::Level;
use duban::tui::theme::Theme;
use duban::tui::{BoardOptions, Lang};
use tui_support::*;

#[test]
fn the_help_screen_names_the_database_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("board.db");
    let mut store = Store::open(&path, "alice").unwrap();
    seed(&mut store);
    let mut app = app_on(store, BoardOptions::default());
    app.update(Action::Help);
    let shown = screen(&render(&mut app, 120, 40));
    let line = shown
        .lines()
        .find(|l| l.contains("数据库："))
        .unwrap_or_else(|| panic!("no database line:\n{shown}"));
    assert!(line.contains("board.db"), "{line}");
}

#[test]
fn a_config_problem_shows_on_the_footer() {
    let app = app_on(
        seeded_store("alice"),
        BoardOptions {
            lang: Lang::En,
            config_warning: Some("config.toml: unknown field `colour`".into()),
            ..Default::default()
        },
    );
    let m = app.message().expect("a footer message");
    assert_eq!(m.level, Level::Warn);
    assert!(m.text.starts_with("Config problem: "), "{}", m.text);
    assert!(m.text.contains("colour"), "{}", m.text);
}

#[test]
fn the_theme_from_the_command_line_is_used() {
    let store = seeded_store("alice");
    let plan = store.plan(None).unwrap().id;
    let light = Theme::colored(true);
    let app = duban::tui::App::new(
        store,
        plan,
        &BoardOptions {
            theme: Some(light),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(*app.theme(), light);
    assert_eq!(Theme::from_vars(None, Some("mono"), None), Theme::mono());
}
