//! Colours and emphasis: one palette for dark and light terminals, and none under NO_COLOR.

use ratatui::style::{Color, Modifier, Style};

/// The styles the views use. Only the terminal's own ANSI palette and its default
/// foreground/background are used, so both dark and light schemes stay readable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub text: Style,
    pub dim: Style,
    pub accent: Style,
    pub title: Style,
    pub header: Style,
    pub border: Style,
    pub border_focus: Style,
    pub selected: Style,
    pub selected_dim: Style,
    pub bar_done: Style,
    pub bar_todo: Style,
    pub warn: Style,
    pub error: Style,
    pub key: Style,
    pub input: Style,
}

impl Theme {
    pub fn colored(light: bool) -> Theme {
        let sel_bg = if light { Color::LightBlue } else { Color::Blue };
        let sel_fg = if light { Color::Black } else { Color::White };
        Theme {
            text: Style::new(),
            dim: Style::new().add_modifier(Modifier::DIM),
            accent: Style::new().fg(if light { Color::Blue } else { Color::Cyan }),
            title: Style::new().add_modifier(Modifier::BOLD),
            header: Style::new()
                .fg(if light { Color::Blue } else { Color::Cyan })
                .add_modifier(Modifier::BOLD),
            border: Style::new().add_modifier(Modifier::DIM),
            border_focus: Style::new().fg(if light { Color::Blue } else { Color::Cyan }),
            selected: Style::new().bg(sel_bg).fg(sel_fg),
            selected_dim: Style::new().bg(sel_bg).fg(sel_fg),
            bar_done: Style::new().fg(Color::Green),
            bar_todo: Style::new().add_modifier(Modifier::DIM),
            warn: Style::new().fg(if light { Color::Magenta } else { Color::Yellow }),
            error: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
            key: Style::new()
                .fg(if light { Color::Blue } else { Color::Cyan })
                .add_modifier(Modifier::BOLD),
            input: Style::new().add_modifier(Modifier::BOLD),
        }
    }

    /// No colours at all: emphasis by bold, reverse and underline only.
    pub fn mono() -> Theme {
        let plain = Style::new();
        Theme {
            text: plain,
            dim: plain,
            accent: plain,
            title: Style::new().add_modifier(Modifier::BOLD),
            header: Style::new().add_modifier(Modifier::BOLD),
            border: plain,
            border_focus: Style::new().add_modifier(Modifier::BOLD),
            selected: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            selected_dim: Style::new().add_modifier(Modifier::REVERSED),
            bar_done: plain,
            bar_todo: plain,
            warn: Style::new().add_modifier(Modifier::BOLD),
            error: Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            key: Style::new().add_modifier(Modifier::BOLD),
            input: Style::new().add_modifier(Modifier::UNDERLINED),
        }
    }

    /// From the environment: `NO_COLOR` (any non-empty value) turns colours off;
    /// `COLORFGBG` with a light background, or `DUBAN_THEME=light`, picks the light palette;
    /// `DUBAN_THEME=mono` has no colours.
    pub fn from_env() -> Theme {
        Theme::from_vars(
            std::env::var("NO_COLOR").ok().as_deref(),
            std::env::var("DUBAN_THEME").ok().as_deref(),
            std::env::var("COLORFGBG").ok().as_deref(),
        )
    }

    pub fn from_vars(
        no_color: Option<&str>,
        theme: Option<&str>,
        colorfgbg: Option<&str>,
    ) -> Theme {
        if no_color.is_some_and(|v| !v.is_empty()) {
            return Theme::mono();
        }
        if theme == Some("mono") {
            return Theme::mono();
        }
        let light = match theme {
            Some("light") => true,
            Some("dark") => false,
            _ => colorfgbg
                .and_then(|v| v.rsplit(';').next())
                .and_then(|bg| bg.parse::<u8>().ok())
                .is_some_and(|bg| bg == 7 || bg == 15),
        };
        Theme::colored(light)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_means_no_colours() {
        let t = Theme::from_vars(Some("1"), None, None);
        assert_eq!(t, Theme::mono());
        for s in [t.selected, t.accent, t.error, t.warn, t.bar_done] {
            assert_eq!(s.fg, None);
            assert_eq!(s.bg, None);
        }
        assert!(t.selected.add_modifier.contains(Modifier::REVERSED));
    }

    #[test]
    fn empty_no_color_is_ignored_and_light_is_detected() {
        assert_eq!(
            Theme::from_vars(Some(""), None, None),
            Theme::colored(false)
        );
        assert_eq!(
            Theme::from_vars(None, None, Some("0;15")),
            Theme::colored(true)
        );
        assert_eq!(
            Theme::from_vars(None, Some("light"), Some("15;0")),
            Theme::colored(true)
        );
    }
}
