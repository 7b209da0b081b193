//! The board speaks one language at a time: every screen the headless tests reach,
//! drawn in English, shows no Chinese but the plan's own data (titles, offices,
//! targets, notes, what was typed); drawn in Chinese, it shows no English word but
//! key names, command names and data.

use crate::tui_support;

use duban::plan::Status;
use duban::store::{ItemFilter, Store};
use duban::tui::action::Action;
use duban::tui::state::detail::Focus;
use duban::tui::state::supervision::ItemSupervision;
use duban::tui::{App, BoardOptions, Lang};
use tui_support::*;

/// Interface words a Chinese screen may show in ASCII: key names, the program's
/// and its commands' names, the date format, technical names.
const ASCII_WORDS: &[&str] = &[
    // Keys, as the keyboard writes them.
    "Enter",
    "Esc",
    "Tab",
    "BackTab",
    "Backspace",
    "Space",
    "PgUp",
    "PgDn",
    "Home",
    "Left",
    "Right",
    "Down",
    "Ctrl",
    "Shift",
    "Alt",
    // The program, its commands and files.
    "duban",
    "import",
    "history",
    "restore",
    "item",
    "README",
    "keymap",
    "toml",
    "tmux",
    // The keymap's section names, as written in keymap.toml.
    "board",
    "detail",
    "help",
    // Formats and technical names.
    "YYYY",
    "EDITOR",
];

/// One screen: which scene, at which size, and its text.
struct Shot {
    name: String,
    text: String,
}

/// A scene drawn in `lang`: its screens, and the data it may show (the store's
/// plans, items, offices, members, supervision; what the test typed).
struct Scene {
    shots: Vec<Shot>,
    data: String,
}

/// Drives an app and records what it draws and what is typed into it.
struct Recorder {
    app: App,
    shots: Vec<Shot>,
    typed: Vec<String>,
    extra: Vec<String>,
}

impl Recorder {
    fn new(app: App) -> Recorder {
        Recorder {
            app,
            shots: Vec::new(),
            typed: Vec::new(),
            extra: Vec::new(),
        }
    }

    fn press(&mut self, actions: impl IntoIterator<Item = Action>) {
        press(&mut self.app, actions);
    }

    fn typed(&mut self, text: &str) {
        self.typed.push(text.to_string());
        type_text(&mut self.app, text);
    }

    fn shoot(&mut self, name: &str, sizes: &[(u16, u16)]) {
        for &(w, h) in sizes {
            let text = screen(&render(&mut self.app, w, h));
            self.shots.push(Shot {
                name: format!("{name} {w}x{h}"),
                text,
            });
        }
    }

    fn select_number(&mut self, n: u32) {
        self.press([Action::Jump]);
        type_text(&mut self.app, &n.to_string());
        self.press([Action::Confirm]);
    }

    fn finish(self) -> Scene {
        let mut data = store_data(self.app.store());
        // Who is at the board: the header names the account.
        let actor = self.app.store().actor().to_string();
        for t in self.typed.iter().chain(&self.extra).chain([&actor]) {
            data.push('\u{0}');
            data.push_str(t);
        }
        Scene {
            shots: self.shots,
            data,
        }
    }
}

const SIZES: &[(u16, u16)] = &[(80, 24), (120, 40)];

/// Every string value the store holds that the board may show, joined by NULs:
/// the quoted strings of the records' debug forms (values, never field names).
fn store_data(store: &Store) -> String {
    let mut debug = String::new();
    for plan in store.plans().unwrap() {
        debug.push_str(&format!("{plan:?}"));
        let items = store.items(plan.id, &ItemFilter::default()).unwrap();
        for item in &items {
            if let Ok(sv) = ItemSupervision::load(store, item.id) {
                debug.push_str(&format!("{sv:?}"));
            }
        }
        debug.push_str(&format!("{items:?}"));
        debug.push_str(&format!("{:?}", store.offices(plan.id).unwrap()));
    }
    debug.push_str(&format!("{:?}", store.members().unwrap_or_default()));
    let mut out = String::new();
    if let Some(p) = store.path() {
        out.push_str(&p.display().to_string());
    }
    // The quoted strings of the debug text, unescaped.
    let mut chars = debug.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        out.push('\u{0}');
        while let Some(c) = chars.next() {
            match c {
                '"' => break,
                '\\' => match chars.next() {
                    Some('n') => out.push('\n'),
                    Some(other) => out.push(other),
                    None => {}
                },
                c => out.push(c),
            }
        }
    }
    out
}

fn board_in(store: Store, lang: Lang) -> App {
    app_on(
        store,
        BoardOptions {
            lang,
            ..BoardOptions::default()
        },
    )
}

// ---- the scenes ----

/// The board, its detail and history, help, picker, search, editor, prompts, the
/// overview, and the smallest sizes.
fn everyday(lang: Lang) -> Scene {
    let mut store = seeded_store("tester");
    let plan = store.plan(None).unwrap().id;
    for (n, due) in [
        (8, jiff::civil::date(2020, 6, 1)),
        (9, jiff::civil::date(2020, 6, 20)),
    ] {
        let id = store.item_id(plan, n).unwrap();
        store.set_due(id, due).unwrap();
    }
    for (n, status) in [(2, Status::Done), (3, Status::Blocked), (5, Status::Doing)] {
        let id = store.item_id(plan, n).unwrap();
        store.move_item(id, status, None).unwrap();
    }
    let mut r = Recorder::new(board_in(store, lang));
    r.shoot("board", SIZES);
    r.press([Action::MoveNext, Action::ColumnLeft]);
    r.shoot("moved", SIZES);
    r.press([Action::AddNote]);
    r.typed("受疫情影响延后");
    r.shoot("editor", SIZES);
    r.press([Action::Confirm, Action::Open, Action::Down, Action::Toggle]);
    r.shoot("detail", SIZES);
    r.press([Action::ToggleHistory]);
    r.shoot("history", SIZES);
    r.press([Action::ToggleHistory, Action::SetDue]);
    r.shoot("deadline prompt", SIZES);
    r.typed("2020-13-01");
    r.press([Action::Confirm]);
    r.shoot("deadline refused", SIZES);
    r.press([Action::Back, Action::Help]);
    r.shoot("detail help", SIZES);
    r.press([Action::Back, Action::Back, Action::Help]);
    r.shoot("help", SIZES);
    r.press([Action::Last]);
    r.shoot("help end", &[(60, 16), (80, 24)]);
    r.press([Action::Back, Action::OfficePicker]);
    r.typed("jc");
    r.shoot("picker", SIZES);
    r.press([Action::Back, Action::OfficePicker]);
    r.typed("基础");
    r.shoot("picker alias", SIZES);
    r.press([Action::Back, Action::Search]);
    r.typed("安全");
    r.shoot("search", SIZES);
    r.press([Action::Confirm]);
    r.shoot("search applied", SIZES);
    r.press([Action::Back, Action::Search]);
    r.typed("没有这个词");
    r.press([Action::Confirm]);
    r.shoot("search none", SIZES);
    r.press([Action::Back, Action::Jump]);
    r.typed("999");
    r.press([Action::Confirm]);
    r.shoot("jump nowhere", SIZES);
    r.press([Action::Copy]);
    r.shoot("copied", SIZES);
    r.press([Action::PlanSwitcher]);
    r.shoot("one plan", SIZES);
    r.press([Action::Overview, Action::Down, Action::Down]);
    r.shoot("overview", SIZES);
    r.press([Action::SortNext, Action::SortReverse]);
    r.shoot("overview sorted", SIZES);
    r.press([Action::Back, Action::Changes]);
    r.shoot("changes first visit", SIZES);
    r.press([Action::Back, Action::Undo]);
    r.shoot("undone", SIZES);
    r.shoot("small", &[(60, 16), (40, 10)]);
    r.finish()
}

/// The office filter, the quick filters, urging, the confirmation queue and an
/// indicator, as a supervisor.
fn desk(lang: Lang) -> Scene {
    let mut store = crate::tui_desk::desk_store();
    store.set_actor("du");
    let mut r = Recorder::new(board_in(store, lang));
    r.select_number(22);
    r.press([Action::QuickFilter]);
    r.shoot("quick menu", SIZES);
    r.press([Action::FilterBlocked]);
    r.shoot("quick blocked", SIZES);
    r.press([Action::ClearFilter, Action::Back]);
    r.select_number(14);
    r.press([Action::Urge]);
    r.typed("请报送进展");
    r.shoot("urge editor", SIZES);
    r.press([Action::Confirm]);
    r.typed("2020-06-01");
    r.press([Action::Confirm]);
    r.shoot("urge past", SIZES);
    r.press([Action::Back, Action::Back, Action::Yes]);
    r.press([Action::ConfirmQueue]);
    r.shoot("confirm queue", SIZES);
    r.press([Action::ConfirmDone]);
    r.shoot("confirm ask", SIZES);
    r.press([Action::No, Action::ConfirmQueue]);
    r.select_number(14);
    r.press([Action::Open]);
    for _ in 0..40 {
        if r.app.detail().and_then(|d| d.focus()) == Some(Focus::Indicator(0)) {
            break;
        }
        r.press([Action::Down]);
    }
    r.press([Action::RecordIndicator]);
    r.shoot("indicator prompt", SIZES);
    r.typed("八成");
    r.press([Action::Confirm]);
    r.shoot("indicator refused", SIZES);
    r.press([Action::Back, Action::Back]);
    let mut office = board_in(crate::tui_desk::desk_store(), lang);
    office.update(Action::OfficePicker);
    type_text(&mut office, "jjc");
    office.update(Action::Confirm);
    press(&mut office, [Action::QuickFilter, Action::FilterAwaiting]);
    let text = screen(&render(&mut office, 80, 24));
    r.shots.push(Shot {
        name: "quick outside the office 80x24".into(),
        text,
    });
    r.extra.push("jjc".into());
    r.finish()
}

/// The new-item form, its office picker, and retiring a card.
fn items(lang: Lang) -> Scene {
    let mut store = seeded_store("admin");
    let plan = store.plan(None).unwrap().id;
    store.add_member(plan, "du", "办公室", true).unwrap();
    store.set_actor("du");
    let mut r = Recorder::new(board_in(store, lang));
    r.press([Action::ClearOffice, Action::AddItem]);
    r.shoot("empty form", SIZES);
    r.typed("落实省领导关于学前教育的批示");
    r.press([Action::NextField]);
    r.typed("jjc");
    r.shoot("form picker", SIZES);
    r.press([Action::Confirm, Action::NextField, Action::Confirm]);
    r.typed("财建");
    r.press([Action::Confirm, Action::NextField, Action::Confirm]);
    r.typed("6月底前");
    r.press([Action::Confirm]);
    r.shoot("filled form", SIZES);
    r.press([Action::Back]);
    r.shoot("discard form", SIZES);
    r.press([Action::Yes]);
    r.select_number(14);
    r.press([Action::RetireItem]);
    r.typed("已并入第13项");
    r.press([Action::Confirm]);
    r.shoot("retire ask", SIZES);
    r.press([Action::No]);
    r.shoot("retire cancelled", SIZES);
    r.finish()
}

/// The supervision marks and banner, the urges filter, a detail with reports
/// and urges, and the overview's chart.
fn supervision(lang: Lang) -> Scene {
    let mut store = seeded_store("admin");
    let plan = store.plan(None).unwrap().id;
    store.add_member(plan, "lead", "基教处", false).unwrap();
    store.add_member(plan, "du", "办公室", true).unwrap();
    let id = |store: &Store, n| store.item_id(plan, n).unwrap();
    let (a, b, c) = (id(&store, 14), id(&store, 15), id(&store, 16));
    store.set_actor("lead");
    store.set_fixed_now(Some("2020-05-20T02:00:00.000Z"));
    store.report(a, "五月：已完成方案起草").unwrap();
    store.set_fixed_now(Some(NOW));
    store.close_item(c, "已完成验收", None).unwrap();
    store.set_actor("du");
    store
        .urge(a, "请说明进度", Some(jiff::civil::date(2020, 6, 30)))
        .unwrap();
    store
        .urge(b, "已超期，请回复", Some(jiff::civil::date(2020, 6, 20)))
        .unwrap();
    store.set_fixed_now(Some("2020-06-26T04:00:00.000Z"));
    store.set_actor("lead");
    let mut r = Recorder::new(board_in(store, lang));
    r.shoot("banner", SIZES);
    r.press([Action::Down, Action::Up]);
    r.shoot("marks", SIZES);
    r.press([Action::Urged]);
    r.shoot("urged", SIZES);
    r.select_number(14);
    r.press([Action::Reply]);
    r.shoot("reply editor", SIZES);
    r.press([Action::Back, Action::Report]);
    r.shoot("report editor", SIZES);
    r.typed("六月：已征求各地意见");
    r.press([Action::Confirm]);
    r.shoot("reported", SIZES);
    r.press([Action::Open]);
    r.shoot("detail", SIZES);
    r.press([Action::PageDown]);
    r.shoot("detail down", SIZES);
    r.press([Action::ToggleHistory]);
    r.shoot("history", SIZES);
    r.press([Action::Back, Action::Overview]);
    r.shoot("overview", SIZES);
    r.finish()
}

/// A board someone may only read: every write answered with a message.
fn read_only(lang: Lang) -> Scene {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("duban.db");
    let mut owner = Store::open(&path, "owner").unwrap();
    seed(&mut owner);
    drop(owner);
    let mut reader = Store::open_read_only(&path, "reader").unwrap();
    reader.set_fixed_now(Some(NOW));
    let mut r = Recorder::new(board_in(reader, lang));
    r.press([Action::MoveNext]);
    r.shoot("read only", SIZES);
    r.press([Action::Help]);
    r.shoot("help with the database", SIZES);
    r.finish()
}

fn scenes(lang: Lang) -> Vec<Scene> {
    vec![
        everyday(lang),
        desk(lang),
        items(lang),
        supervision(lang),
        read_only(lang),
    ]
}

// ---- the checks ----

fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{303F}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FF00}'..='\u{FFEF}'
        | '\u{2018}'..='\u{201D}'
    )
}

/// The maximal runs of characters `keep` accepts, in each line of `text`.
fn runs(text: &str, keep: impl Fn(char) -> bool) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut run = String::new();
        for c in line.chars() {
            if keep(c) {
                run.push(c);
            } else if !run.is_empty() {
                out.push(std::mem::take(&mut run));
            }
        }
        if !run.is_empty() {
            out.push(run);
        }
    }
    out
}

#[test]
fn english_screens_show_chinese_only_in_the_plans_data() {
    let mut problems = Vec::new();
    for scene in scenes(Lang::En) {
        for shot in &scene.shots {
            for run in runs(&shot.text, is_cjk) {
                if !scene.data.contains(&run) {
                    problems.push(format!("{}: {run:?}", shot.name));
                }
            }
        }
    }
    problems.dedup();
    assert!(
        problems.is_empty(),
        "Chinese on English screens that is not the plan's data:\n{}",
        problems.join("\n")
    );
}

#[test]
fn chinese_screens_show_no_english_words_but_keys_commands_and_data() {
    let mut problems = Vec::new();
    for scene in scenes(Lang::Zh) {
        for shot in &scene.shots {
            for word in runs(&shot.text, |c| c.is_ascii_alphabetic()) {
                if word.len() < 4 || ASCII_WORDS.contains(&word.as_str()) {
                    continue;
                }
                if !scene.data.contains(&word) {
                    problems.push(format!("{}: {word:?}", shot.name));
                }
            }
        }
    }
    problems.dedup();
    assert!(
        problems.is_empty(),
        "English words on Chinese screens that are not keys, commands or data:\n{}",
        problems.join("\n")
    );
}

/// The checks above can fail: an English screen does show the plan's Chinese,
/// and a Chinese one its key names.
#[test]
fn the_language_checks_see_what_each_screen_shows() {
    // Each scene reaches the screens it names.
    let en = scenes(Lang::En);
    let shot = |scene: usize, name: &str| {
        en[scene]
            .shots
            .iter()
            .find(|s| s.name == name)
            .unwrap_or_else(|| panic!("{name}"))
            .text
            .clone()
    };
    for (scene, name, shows) in [
        (0, "detail 120x40", "Measures"),
        (0, "history 120x40", "History"),
        (0, "help 120x40", "Keys"),
        (0, "picker 120x40", "Filter by office"),
        (0, "overview 120x40", "Offices overview"),
        (0, "small 40x10", "Terminal too small"),
        (1, "quick menu 120x40", "Quick filter"),
        (1, "confirm ask 120x40", "(y/n)"),
        (1, "indicator refused 120x40", "is not a number"),
        (2, "filled form 120x40", "Co-operating"),
        (2, "retire ask 120x40", "Retire item 14"),
        (3, "marks 120x40", "urged"),
        (3, "detail down 120x40", "Progress reports"),
        (4, "read only 120x40", "Read-only"),
    ] {
        let text = shot(scene, name);
        assert!(text.contains(shows), "{name}: {shows}\n{text}");
    }
    let en = everyday(Lang::En);
    let board = &en.shots[0].text;
    assert!(runs(board, is_cjk).iter().any(|r| en.data.contains(r)));
    assert!(board.contains("To do"), "{board}");
    let zh = everyday(Lang::Zh);
    let help = zh
        .shots
        .iter()
        .find(|s| s.name.starts_with("help "))
        .unwrap();
    assert!(help.text.contains("PgDn"), "{}", help.text);
    assert!(!zh.data.contains("quick filter"));
}
