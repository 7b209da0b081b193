//! Key bindings: the embedded default map, a user file merged over it, and lookups.

use super::Lang;
use super::action::{Action, Context};
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::Path;

/// The default bindings, embedded in the binary.
pub const DEFAULT_KEYMAP: &str = include_str!("keymap.toml");

/// One key with its modifiers, normalised so that `H` and `shift-h` are the same key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl Key {
    pub fn new(code: KeyCode, mods: KeyModifiers) -> Key {
        let mut mods = mods & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        let code = match code {
            // The character already carries the shift; terminals disagree on the flag.
            KeyCode::Char(c) => {
                mods.remove(KeyModifiers::SHIFT);
                if mods.contains(KeyModifiers::CONTROL) {
                    KeyCode::Char(c.to_ascii_lowercase())
                } else {
                    KeyCode::Char(c)
                }
            }
            KeyCode::BackTab => {
                mods.remove(KeyModifiers::SHIFT);
                KeyCode::BackTab
            }
            other => other,
        };
        Key { code, mods }
    }

    pub fn from_event(ev: &KeyEvent) -> Option<Key> {
        if ev.kind == KeyEventKind::Release {
            return None;
        }
        Some(Key::new(ev.code, ev.modifiers))
    }

    /// Parses `h`, `H`, `?`, `enter`, `shift-left`, `ctrl-j`, `alt-enter`, `Ctrl+L`.
    pub fn parse(s: &str) -> Option<Key> {
        let mut mods = KeyModifiers::NONE;
        let mut rest = s;
        loop {
            if rest.chars().count() == 1 {
                break;
            }
            let lower = rest.to_ascii_lowercase();
            let (m, len) = if lower.starts_with("ctrl-") || lower.starts_with("ctrl+") {
                (KeyModifiers::CONTROL, 5)
            } else if lower.starts_with("alt-") || lower.starts_with("alt+") {
                (KeyModifiers::ALT, 4)
            } else if lower.starts_with("shift-") || lower.starts_with("shift+") {
                (KeyModifiers::SHIFT, 6)
            } else {
                break;
            };
            mods |= m;
            rest = &rest[len..];
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) => {
                if mods.contains(KeyModifiers::SHIFT) && !mods.contains(KeyModifiers::CONTROL) {
                    KeyCode::Char(c.to_ascii_uppercase())
                } else {
                    KeyCode::Char(c)
                }
            }
            _ => match rest.to_ascii_lowercase().as_str() {
                "left" => KeyCode::Left,
                "right" => KeyCode::Right,
                "up" => KeyCode::Up,
                "down" => KeyCode::Down,
                "home" => KeyCode::Home,
                "end" => KeyCode::End,
                "pgup" | "pageup" => KeyCode::PageUp,
                "pgdn" | "pagedown" => KeyCode::PageDown,
                "enter" | "return" => KeyCode::Enter,
                "esc" | "escape" => KeyCode::Esc,
                "tab" => KeyCode::Tab,
                "backtab" => KeyCode::BackTab,
                "backspace" => KeyCode::Backspace,
                "delete" | "del" => KeyCode::Delete,
                "insert" => KeyCode::Insert,
                "space" => KeyCode::Char(' '),
                f if f.starts_with('f') => KeyCode::F(f[1..].parse().ok().filter(|n| *n >= 1)?),
                _ => return None,
            },
        };
        Some(Key::new(code, mods))
    }
}

/// Shown in words, not arrows: arrows are ambiguous-width and may take two columns.
impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.mods.contains(KeyModifiers::CONTROL) {
            f.write_str("Ctrl+")?;
        }
        if self.mods.contains(KeyModifiers::ALT) {
            f.write_str("Alt+")?;
        }
        if self.mods.contains(KeyModifiers::SHIFT) {
            f.write_str("Shift+")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("Space"),
            KeyCode::Char(c) if self.mods.contains(KeyModifiers::CONTROL) => {
                write!(f, "{}", c.to_ascii_uppercase())
            }
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Left => f.write_str("Left"),
            KeyCode::Right => f.write_str("Right"),
            KeyCode::Up => f.write_str("Up"),
            KeyCode::Down => f.write_str("Down"),
            KeyCode::Home => f.write_str("Home"),
            KeyCode::End => f.write_str("End"),
            KeyCode::PageUp => f.write_str("PgUp"),
            KeyCode::PageDown => f.write_str("PgDn"),
            KeyCode::Enter => f.write_str("Enter"),
            KeyCode::Esc => f.write_str("Esc"),
            KeyCode::Tab => f.write_str("Tab"),
            KeyCode::BackTab => f.write_str("BackTab"),
            KeyCode::Backspace => f.write_str("Backspace"),
            KeyCode::Delete => f.write_str("Del"),
            KeyCode::Insert => f.write_str("Ins"),
            KeyCode::F(n) => write!(f, "F{n}"),
            other => write!(f, "{other:?}"),
        }
    }
}

type Bindings = BTreeMap<Context, BTreeMap<Action, Vec<Key>>>;

/// The bindings of every context, after merging the user's file.
#[derive(Debug, Clone)]
pub struct Keymap {
    bindings: Bindings,
    lookup: HashMap<(Context, Key), Action>,
}

impl Keymap {
    /// The embedded defaults only.
    pub fn default_map() -> Keymap {
        let mut warnings = Vec::new();
        let bindings = parse_bindings(DEFAULT_KEYMAP, Lang::En, &mut warnings)
            .expect("the embedded keymap is valid TOML");
        debug_assert!(warnings.is_empty(), "embedded keymap: {warnings:?}");
        Keymap::from_bindings(bindings)
    }

    /// The defaults with `user` (a keymap file's text) merged over them. Whatever in
    /// `user` cannot be understood is skipped and described in the returned warnings.
    pub fn with_user(user: &str) -> (Keymap, Vec<String>) {
        Keymap::with_user_in(user, Lang::En)
    }

    /// `with_user`, its warnings in `lang`.
    pub fn with_user_in(user: &str, lang: Lang) -> (Keymap, Vec<String>) {
        let mut map = Keymap::default_map();
        let mut warnings = Vec::new();
        if let Some(user) = parse_bindings(user, lang, &mut warnings) {
            for (ctx, actions) in user {
                let ctx_map = map.bindings.entry(ctx).or_default();
                for (action, keys) in actions {
                    // The user's key wins over whatever else had it in this context.
                    for other in ctx_map.values_mut() {
                        other.retain(|k| !keys.contains(k));
                    }
                    ctx_map.insert(action, keys);
                }
            }
        }
        (Keymap::from_bindings(map.bindings), warnings)
    }

    /// Loads `<dir>/keymap.toml` over the defaults; a missing file is no warning.
    pub fn load(dir: Option<&Path>) -> (Keymap, Vec<String>) {
        Keymap::load_in(dir, Lang::En)
    }

    /// `load`, its warnings in `lang`.
    pub fn load_in(dir: Option<&Path>, lang: Lang) -> (Keymap, Vec<String>) {
        let Some(path) = dir.map(|d| d.join("keymap.toml")) else {
            return (Keymap::default_map(), Vec::new());
        };
        if let Some(why) = crate::identity::not_yours(&path) {
            let path = path.display().to_string();
            let warning = why.text(lang == Lang::Zh);
            return (
                Keymap::default_map(),
                vec![crate::t!(
                    lang,
                    "board-file-warning",
                    path = path,
                    warning = warning
                )],
            );
        }
        match std::fs::read_to_string(&path) {
            Ok(text) => {
                let (map, warnings) = Keymap::with_user_in(&text, lang);
                let warnings = warnings
                    .into_iter()
                    .map(|w| {
                        let path = path.display().to_string();
                        crate::t!(lang, "board-file-warning", path = path, warning = w)
                    })
                    .collect();
                (map, warnings)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                (Keymap::default_map(), Vec::new())
            }
            Err(e) => {
                let why = match lang {
                    Lang::Zh => crate::store::io_reason_zh(&e),
                    Lang::En => e.to_string(),
                };
                (
                    Keymap::default_map(),
                    vec![crate::t!(
                        lang,
                        "board-file-warning",
                        path = path.display().to_string(),
                        warning = why
                    )],
                )
            }
        }
    }

    fn from_bindings(bindings: Bindings) -> Keymap {
        let mut lookup = HashMap::new();
        for (ctx, actions) in &bindings {
            for (action, keys) in actions {
                for key in keys {
                    lookup.insert((*ctx, *key), action.clone());
                }
            }
        }
        Keymap { bindings, lookup }
    }

    /// The action `key` means in `ctx`: a binding, or in a text field a typed character.
    pub fn action(&self, ctx: Context, key: Key) -> Option<Action> {
        if let Some(a) = self.lookup.get(&(ctx, key)) {
            return Some(a.clone());
        }
        match key.code {
            KeyCode::Char(c)
                if ctx.takes_text()
                    && !key
                        .mods
                        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
            {
                Some(Action::Input(c))
            }
            _ => None,
        }
    }

    /// The bindings of `ctx` in help order.
    pub fn bindings(&self, ctx: Context) -> impl Iterator<Item = (&Action, &[Key])> {
        self.bindings
            .get(&ctx)
            .into_iter()
            .flat_map(|m| m.iter().map(|(a, k)| (a, k.as_slice())))
            .filter(|(_, k)| !k.is_empty())
    }

    /// The keys bound to `action` in `ctx`, shown as `h/←`.
    pub fn keys_label(&self, ctx: Context, action: &Action) -> Option<String> {
        let keys = self.bindings.get(&ctx)?.get(action)?;
        if keys.is_empty() {
            return None;
        }
        Some(
            keys.iter()
                .map(Key::to_string)
                .collect::<Vec<_>>()
                .join("/"),
        )
    }

    /// The first key bound to `action` in `ctx`, for the key-hint bar.
    pub fn first_key(&self, ctx: Context, action: &Action) -> Option<Key> {
        self.bindings.get(&ctx)?.get(action)?.first().copied()
    }
}

/// Parses a keymap file; `None` when it is not TOML at all.
fn parse_bindings(text: &str, lang: Lang, warnings: &mut Vec<String>) -> Option<Bindings> {
    let table: toml::Table = match text.parse() {
        Ok(t) => t,
        Err(e) => {
            let error = e.message().trim();
            warnings.push(crate::t!(lang, "board-keymap-not-toml", error = error));
            return None;
        }
    };
    let mut out = Bindings::new();
    for (ctx_name, value) in table {
        let Some(ctx) = Context::from_key(&ctx_name) else {
            let section = ctx_name.as_str();
            warnings.push(crate::t!(
                lang,
                "board-keymap-unknown-section",
                section = section
            ));
            continue;
        };
        let Some(actions) = value.as_table() else {
            let section = ctx_name.as_str();
            warnings.push(crate::t!(lang, "board-keymap-not-table", section = section));
            continue;
        };
        for (action_name, keys) in actions {
            let action: Action = match Action::deserialize(toml::Value::String(action_name.clone()))
            {
                Ok(a) => a,
                Err(_) => {
                    warnings.push(crate::t!(
                        lang,
                        "board-keymap-unknown-action",
                        section = ctx_name.as_str(),
                        action = action_name.as_str(),
                    ));
                    continue;
                }
            };
            let list: Vec<&str> = match keys {
                toml::Value::String(s) => vec![s.as_str()],
                toml::Value::Array(a) => a.iter().filter_map(|v| v.as_str()).collect(),
                _ => {
                    warnings.push(crate::t!(
                        lang,
                        "board-keymap-not-list",
                        section = ctx_name.as_str(),
                        action = action_name.as_str(),
                    ));
                    continue;
                }
            };
            let mut parsed = Vec::new();
            for k in list {
                match Key::parse(k) {
                    Some(key) => parsed.push(key),
                    None => warnings.push(crate::t!(
                        lang,
                        "board-keymap-unknown-key",
                        section = ctx_name.as_str(),
                        action = action_name.as_str(),
                        key = format!("{k:?}"),
                    )),
                }
            }
            out.entry(ctx).or_default().insert(action, parsed);
        }
    }
    Some(out)
}

use serde::Deserialize as _;

#[cfg(test)]
mod tests {
    use super::*;

    fn key(s: &str) -> Key {
        Key::parse(s).unwrap()
    }

    #[test]
    fn parses_names_chars_and_modifiers() {
        assert_eq!(key("h"), Key::new(KeyCode::Char('h'), KeyModifiers::NONE));
        assert_eq!(key("H"), key("shift-h"));
        assert_eq!(
            key("shift-left"),
            Key::new(KeyCode::Left, KeyModifiers::SHIFT)
        );
        assert_eq!(key("ctrl-j"), key("Ctrl+J"));
        assert_eq!(
            key("alt-enter"),
            Key::new(KeyCode::Enter, KeyModifiers::ALT)
        );
        assert_eq!(key("-"), Key::new(KeyCode::Char('-'), KeyModifiers::NONE));
        assert_eq!(key("f5"), Key::new(KeyCode::F(5), KeyModifiers::NONE));
        assert!(Key::parse("nonsense").is_none());
        assert!(Key::parse("").is_none());
    }

    #[test]
    fn shifted_char_events_match_their_binding() {
        let map = Keymap::default_map();
        // Terminals report `L` with or without the shift flag.
        for mods in [KeyModifiers::NONE, KeyModifiers::SHIFT] {
            let ev = KeyEvent::new(KeyCode::Char('L'), mods);
            let k = Key::from_event(&ev).unwrap();
            assert_eq!(map.action(Context::Board, k), Some(Action::MoveNext));
        }
    }

    #[test]
    fn defaults_cover_the_issue_table() {
        let map = Keymap::default_map();
        let b = |s: &str| map.action(Context::Board, key(s));
        assert_eq!(b("h"), Some(Action::ColumnLeft));
        assert_eq!(b("right"), Some(Action::ColumnRight));
        assert_eq!(b("shift-right"), Some(Action::MoveNext));
        assert_eq!(b("K"), Some(Action::ReorderUp));
        assert_eq!(b("enter"), Some(Action::Open));
        assert_eq!(b("esc"), Some(Action::Back));
        assert_eq!(b("q"), Some(Action::Quit));
        assert_eq!(b(":"), Some(Action::Jump));
        let e = |s: &str| map.action(Context::Editor, key(s));
        assert_eq!(e("enter"), Some(Action::Confirm));
        assert_eq!(e("alt-enter"), Some(Action::Newline));
        assert_eq!(e("ctrl-j"), Some(Action::Newline));
        assert_eq!(e("q"), Some(Action::Input('q')));
    }

    #[test]
    fn defaults_cover_undo_overview_changes_and_deadline() {
        let map = Keymap::default_map();
        let at = |ctx, s: &str| map.action(ctx, key(s));
        assert_eq!(at(Context::Board, "u"), Some(Action::Undo));
        assert_eq!(at(Context::Detail, "u"), Some(Action::Undo));
        assert_eq!(at(Context::Board, "s"), Some(Action::Overview));
        assert_eq!(at(Context::Board, "c"), Some(Action::Changes));
        assert_eq!(at(Context::Detail, "t"), Some(Action::SetDue));
        assert_eq!(at(Context::Overview, "tab"), Some(Action::SortNext));
        assert_eq!(at(Context::Overview, "r"), Some(Action::SortReverse));
        assert_eq!(at(Context::Overview, "enter"), Some(Action::Confirm));
        assert_eq!(at(Context::Changes, "enter"), Some(Action::Confirm));
        // The deadline prompt is a text field.
        assert_eq!(at(Context::Date, "2"), Some(Action::Input('2')));
        assert_eq!(at(Context::Date, "enter"), Some(Action::Confirm));
        let (map, warnings) = Keymap::with_user("[overview]\nsort_next = [\"o\"]\n");
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(
            map.action(Context::Overview, key("o")),
            Some(Action::SortNext)
        );
    }

    #[test]
    fn defaults_cover_the_supervisors_day() {
        let map = Keymap::default_map();
        let at = |ctx, s: &str| map.action(ctx, key(s));
        assert_eq!(at(Context::Board, "!"), Some(Action::Urge));
        assert_eq!(at(Context::Board, "w"), Some(Action::Urged));
        assert_eq!(at(Context::Board, "x"), Some(Action::ConfirmQueue));
        assert_eq!(at(Context::Board, "f"), Some(Action::QuickFilter));
        assert_eq!(at(Context::Board, "n"), Some(Action::AddItem));
        assert_eq!(at(Context::Board, "D"), Some(Action::RetireItem));
        assert_eq!(at(Context::Detail, "i"), Some(Action::RecordIndicator));
        assert_eq!(at(Context::Detail, "n"), Some(Action::AddMeasure));
        assert_eq!(at(Context::Detail, "!"), Some(Action::Urge));
        assert_eq!(at(Context::Quick, "o"), Some(Action::FilterOverdue));
        assert_eq!(at(Context::Quick, "f"), Some(Action::ClearFilter));
        assert_eq!(at(Context::Quick, "q"), None, "the menu types nothing");
        assert_eq!(at(Context::Form, "q"), Some(Action::Input('q')));
        assert_eq!(at(Context::Form, "ctrl-s"), Some(Action::Save));
        // Every action bound on the board and in the detail has words in both languages.
        for ctx in [
            Context::Board,
            Context::Detail,
            Context::Quick,
            Context::Form,
        ] {
            for (a, _) in map.bindings(ctx) {
                assert!(!Lang::Zh.action(ctx, a).is_empty());
                assert!(!Lang::En.action(ctx, a).is_empty());
            }
        }
    }

    #[test]
    fn esc_never_quits() {
        let map = Keymap::default_map();
        for ctx in Context::ALL {
            assert_ne!(map.action(ctx, key("esc")), Some(Action::Quit), "{ctx:?}");
        }
    }

    #[test]
    fn user_file_overrides_single_bindings() {
        let (map, warnings) = Keymap::with_user("[board]\nmove_next = [\"m\"]\nquit = [\"x\"]\n");
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(map.action(Context::Board, key("m")), Some(Action::MoveNext));
        assert_eq!(map.action(Context::Board, key("L")), None);
        assert_eq!(map.action(Context::Board, key("x")), Some(Action::Quit));
        // Untouched bindings stay.
        assert_eq!(map.action(Context::Board, key("j")), Some(Action::Down));
    }

    #[test]
    fn user_key_taken_from_other_action() {
        let (map, _) = Keymap::with_user("[board]\nhelp = [\"j\"]\n");
        assert_eq!(map.action(Context::Board, key("j")), Some(Action::Help));
        assert_eq!(
            map.keys_label(Context::Board, &Action::Down).unwrap(),
            "Down"
        );
    }

    #[test]
    fn bad_user_file_is_a_warning_not_an_error() {
        let (map, warnings) = Keymap::with_user("this is [ not toml");
        assert_eq!(warnings.len(), 1);
        assert_eq!(map.action(Context::Board, key("q")), Some(Action::Quit));

        let (map, warnings) = Keymap::with_user(
            "[nowhere]\nx = [\"a\"]\n[board]\nfly = [\"f\"]\nquit = [\"ctrl-nope\"]\n",
        );
        assert_eq!(warnings.len(), 3, "{warnings:?}");
        assert_eq!(
            map.action(Context::Board, key("q")),
            None,
            "quit was rebound to nothing valid"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_keymap_others_may_write_is_not_read() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keymap.toml");
        // A co-worker's edit: j moves the card instead of selecting the next one.
        std::fs::write(&path, "[board]\nmove_next = [\"j\"]\n").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o666)).unwrap();
        let (map, warnings) = Keymap::load(Some(dir.path()));
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(
            warnings[0].contains("others may write it (mode 0666)"),
            "{warnings:?}"
        );
        assert_ne!(map.action(Context::Board, key("j")), Some(Action::MoveNext));
        // A Chinese board says it in Chinese.
        let (_, warnings) = Keymap::load_in(Some(dir.path()), Lang::Zh);
        assert!(
            warnings[0].contains("其他人可以修改该文件（权限 0666）"),
            "{warnings:?}"
        );
        assert!(!warnings[0].contains("others may"), "{warnings:?}");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let (map, warnings) = Keymap::load(Some(dir.path()));
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(map.action(Context::Board, key("j")), Some(Action::MoveNext));
    }

    #[test]
    fn warnings_speak_the_boards_language() {
        let text = "[nowhere]\nx = [\"a\"]\n[board]\nfly = [\"f\"]\nquit = [\"ctrl-nope\"]\n";
        let (_, zh) = Keymap::with_user_in(text, Lang::Zh);
        assert_eq!(
            zh,
            [
                "[board] 没有动作 fly",
                "[board] quit：不认识的按键 \"ctrl-nope\"",
                "没有 [nowhere] 这一节（可用：board、detail、help 等，见 README）",
            ],
        );
        let (_, en) = Keymap::with_user_in(text, Lang::En);
        assert!(
            en.contains(&"[board] unknown action fly".to_string()),
            "{en:?}"
        );
    }

    #[test]
    fn missing_user_file_is_silent() {
        let dir = tempfile::tempdir().unwrap();
        let (_, warnings) = Keymap::load(Some(dir.path()));
        assert!(warnings.is_empty());
        std::fs::write(dir.path().join("keymap.toml"), "[board\n").unwrap();
        let (_, warnings) = Keymap::load(Some(dir.path()));
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].contains("keymap.toml"));
    }

    #[test]
    fn help_labels_list_every_key() {
        let map = Keymap::default_map();
        assert_eq!(
            map.keys_label(Context::Board, &Action::MoveNext).unwrap(),
            "L/Shift+Right"
        );
        assert_eq!(
            map.keys_label(Context::Editor, &Action::Newline).unwrap(),
            "Alt+Enter/Ctrl+J"
        );
    }
}
