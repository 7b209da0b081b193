//! Copying through the terminal (OSC 52): works over SSH and inside tmux with
//! `set-clipboard on`, with no clipboard library or display server.

/// The escape sequence that asks the terminal to put `text` on the system clipboard.
/// `text` is base64-encoded, so nothing in it can end the sequence early.
pub fn osc52(text: &str) -> String {
    format!("\x1b]52;c;{}\x07", base64(text.as_bytes()))
}

/// Whether the terminal is known to put OSC 52 on the clipboard: `y` says
/// "copied" only when it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Osc52 {
    /// A terminal known to take it (or tmux with `set-clipboard on`).
    Takes,
    /// Inside tmux whose `set-clipboard` is off or `external`: tmux drops it.
    TmuxOff,
    /// A terminal duban does not know: the sequence was sent, nothing more is known.
    #[default]
    Unknown,
}

/// Terminals that take OSC 52 by default, by `TERM_PROGRAM`.
const PROGRAMS: &[&str] = &["iTerm.app", "WezTerm", "ghostty", "vscode", "Tabby", "rio"];
/// ... and by the start of `TERM`.
const TERMS: &[&str] = &[
    "xterm-kitty",
    "alacritty",
    "foot",
    "wezterm",
    "xterm-ghostty",
    "contour",
];

/// Decides from the environment (`var`) and, inside tmux, from its
/// `set-clipboard` option (`tmux_set_clipboard`, as `tmux show -gv` prints it).
pub fn support(var: impl Fn(&str) -> Option<String>, tmux_set_clipboard: Option<&str>) -> Osc52 {
    if var("TMUX").is_some_and(|v| !v.is_empty()) {
        // tmux takes the sequence itself (and passes it on) only with `on`.
        return match tmux_set_clipboard.map(str::trim) {
            Some("on") => Osc52::Takes,
            _ => Osc52::TmuxOff,
        };
    }
    let program = var("TERM_PROGRAM").unwrap_or_default();
    let term = var("TERM").unwrap_or_default();
    if PROGRAMS.contains(&program.as_str())
        || TERMS.iter().any(|t| term.starts_with(t))
        || var("WT_SESSION").is_some_and(|v| !v.is_empty())
        || var("KITTY_WINDOW_ID").is_some_and(|v| !v.is_empty())
    {
        Osc52::Takes
    } else {
        Osc52::Unknown
    }
}

/// `support` for this process: its environment, and tmux asked once.
pub fn detect() -> Osc52 {
    let var = |k: &str| std::env::var(k).ok();
    let tmux = if var("TMUX").is_some() {
        std::process::Command::new("tmux")
            .args(["show-options", "-gv", "set-clipboard"])
            .stderr(std::process::Stdio::null())
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
    } else {
        None
    };
    support(var, tmux.as_deref())
}

/// Standard base64 with padding (RFC 4648), all OSC 52 needs.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc_4648_vectors() {
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(plain.as_bytes()), coded);
        }
        assert_eq!(base64("基教处".as_bytes()), "5Z+65pWZ5aSE");
    }

    #[test]
    fn copied_is_said_only_for_terminals_known_to_take_osc52() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(support(env(&[("TERM", "xterm-kitty")]), None), Osc52::Takes);
        assert_eq!(
            support(env(&[("TERM_PROGRAM", "iTerm.app")]), None),
            Osc52::Takes
        );
        assert_eq!(
            support(env(&[("TERM", "xterm-256color")]), None),
            Osc52::Unknown
        );
        let tmux = env(&[("TMUX", "/tmp/tmux-0/default,1,0"), ("TERM", "screen")]);
        assert_eq!(support(tmux, Some("on\n")), Osc52::Takes);
        assert_eq!(support(tmux, Some("external\n")), Osc52::TmuxOff);
        assert_eq!(support(tmux, None), Osc52::TmuxOff);
    }

    #[test]
    fn osc52_wraps_the_encoded_text() {
        assert_eq!(osc52("Hello"), "\x1b]52;c;SGVsbG8=\x07");
        assert!(!osc52("a\x07b\x1b").contains("a\x07"));
    }
}
