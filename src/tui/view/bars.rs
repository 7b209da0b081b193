//! The header (plan and filters) and the footer (input line, message or key hints).

use crate::text;
use crate::tui::action::{Action, Context};
use crate::tui::app::{App, Level, Modal};
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

pub fn header(app: &App, frame: &mut Frame, area: Rect) {
    let lang = app.lang();
    let theme = app.theme();
    let mut filters = String::new();
    if app.since().count() > 0 {
        let n = app.since().count().to_string();
        filters.push(' ');
        filters.push_str(&crate::t!(lang, "board-changed-count", n = &n));
    }
    if let Some(o) = app.office() {
        let office = o.name.as_str();
        filters.push(' ');
        filters.push_str(&if o.lead_only {
            crate::t!(lang, "board-header-office-lead", office = office)
        } else {
            crate::t!(lang, "board-header-office", office = office)
        });
    }
    if !app.search().query().is_empty() {
        filters.push(' ');
        let query = app.search().query();
        filters.push_str(&crate::t!(lang, "board-header-search", query = query));
    }
    let sv = app.supervision();
    if sv.urged_only() {
        filters.push(' ');
        filters.push_str(&app.lang().msg("sv-urged-filter"));
    }
    if let Some(q) = app.quick() {
        filters.push(' ');
        let label = q.kind.label(app.lang());
        filters.push_str(&crate::t!(lang, "board-header-quick", filter = label));
    }
    let filters = text::sanitize_line(&filters);
    let width = area.width as usize;
    let filters = text::truncate(&filters, width / 2);
    // Who is at the keyboard, at the right end: `张三·基教处`.
    let me = identity(app);
    let me = text::truncate(&me, width / 4).into_owned();
    let me = if me.is_empty() { me } else { format!(" {me}") };
    let room = width.saturating_sub(text::width(&filters) + 1 + text::width(&me));
    // A read-only board says so first, in reverse, before the plan's title; then
    // the urges waiting on the user's offices.
    let banner = if app.store().is_read_only() {
        let banner = lang.msg("board-read-only-banner");
        let b = text::truncate(&banner, room.saturating_sub(2));
        format!(" {b} ")
    } else {
        String::new()
    };
    let room = room.saturating_sub(text::width(&banner));
    let urges = if sv.urges_waiting() > 0 {
        let b = text::sanitize_line(&app.banner_text()).into_owned();
        let b = text::truncate(&b, room.saturating_sub(3));
        format!(" {b} ")
    } else {
        String::new()
    };
    let room = room.saturating_sub(text::width(&urges) + usize::from(!urges.is_empty()));
    let title = text::sanitize_line(&app.plan().title);
    let title = text::truncate(&title, room);
    let mut spans = vec![Span::styled(
        banner,
        theme.error.add_modifier(Modifier::REVERSED),
    )];
    if !urges.is_empty() {
        spans.push(Span::styled(
            urges,
            theme.warn.add_modifier(Modifier::REVERSED),
        ));
        spans.push(Span::raw(" "));
    }
    spans.push(Span::styled(format!(" {}", title), theme.header));
    spans.push(Span::styled(filters.into_owned(), theme.warn));
    frame.render_widget(Line::from(spans), area);
    if !me.is_empty() {
        let w = text::width(&me) as u16;
        let x = area.right().saturating_sub(w);
        frame.render_widget(
            Span::styled(me, theme.dim),
            Rect::new(x, area.y, w.min(area.width), area.height.min(1)),
        );
    }
}

/// The user and their offices, `张三·基教处`, or `张三·督查员` for a supervisor;
/// just the name when they belong to no office.
fn identity(app: &App) -> String {
    let sv = app.supervision();
    let me = &sv.me;
    if me.user.is_empty() {
        return String::new();
    }
    let mut parts = vec![me.names.of(&me.user).to_string()];
    if me.supervisor {
        parts.push(app.lang().msg("sv-supervisor"));
    } else {
        parts.extend(me.offices.iter().cloned());
    }
    format!("{} ", text::sanitize_line(&parts.join("·")))
}

/// One entry of the key-hint bar: an action, or two named together (`H/L 移动`).
enum Hint {
    One(Action),
    /// Two actions and the catalog id of their shared label.
    Pair(Action, Action, &'static str),
    /// An action with a shorter label than the help screen's (its catalog id).
    Short(Action, &'static str),
}

/// The key-hint bar's entries, most important first.
fn hints(ctx: Context) -> &'static [Hint] {
    use Hint::{One, Pair, Short};
    match ctx {
        Context::Board => &[
            One(Action::Help),
            One(Action::Quit),
            Pair(Action::Down, Action::Up, "board-hint-nav"),
            One(Action::Open),
            Pair(Action::MovePrev, Action::MoveNext, "board-hint-move"),
            One(Action::AddNote),
            One(Action::OfficePicker),
            One(Action::Search),
            One(Action::Report),
            Short(Action::Undo, "board-hint-undo"),
            One(Action::Overview),
            One(Action::Changes),
            One(Action::Jump),
        ],
        Context::Detail => &[
            One(Action::Help),
            One(Action::Back),
            Short(Action::ToggleHistory, "board-hint-history"),
            Pair(Action::Down, Action::Up, "board-hint-nav"),
            One(Action::Toggle),
            One(Action::AddNote),
            Short(Action::EditNote, "board-hint-edit"),
            Short(Action::DeleteNote, "board-hint-delete"),
            One(Action::Report),
            One(Action::SetDue),
            Short(Action::Undo, "board-hint-undo"),
            Pair(Action::MovePrev, Action::MoveNext, "board-hint-move"),
        ],
        Context::Help => &[
            One(Action::Back),
            Pair(Action::Down, Action::Up, "board-hint-nav"),
            One(Action::PageDown),
            One(Action::PageUp),
            One(Action::Last),
        ],
        Context::Picker => &[
            One(Action::Confirm),
            One(Action::ToggleLeadOnly),
            Pair(Action::Down, Action::Up, "board-hint-nav"),
            One(Action::Back),
        ],
        Context::Editor => &[
            One(Action::Confirm),
            One(Action::Newline),
            One(Action::Back),
        ],
        Context::Confirm => &[One(Action::Yes), One(Action::No)],
        Context::Plans => &[
            One(Action::Confirm),
            Pair(Action::Down, Action::Up, "board-hint-nav"),
            One(Action::Back),
        ],
        Context::Overview => &[
            One(Action::Help),
            One(Action::Back),
            Pair(Action::Down, Action::Up, "board-hint-nav"),
            One(Action::Confirm),
            One(Action::SortNext),
            One(Action::SortReverse),
        ],
        Context::Changes => &[
            One(Action::Help),
            One(Action::Back),
            Pair(Action::Down, Action::Up, "board-hint-nav"),
            One(Action::Confirm),
        ],
        Context::Search | Context::Jump | Context::Date => {
            &[One(Action::Confirm), One(Action::Back)]
        }
        Context::Quick => &[One(Action::ClearFilter), One(Action::Back)],
        Context::Form => &[
            One(Action::NextField),
            One(Action::Confirm),
            One(Action::Save),
            One(Action::Back),
        ],
    }
}

pub fn footer(app: &App, frame: &mut Frame, area: Rect) {
    let lang = app.lang();
    let theme = app.theme();
    let width = area.width as usize;
    // What is typed while the search index is built is applied when it is ready;
    // above the budget, a query's hits show when its candidates were read.
    let indexing = if app.is_indexing() {
        Some(lang.msg("board-search-indexing"))
    } else {
        app.is_scanning().then(|| lang.msg("board-search-scanning"))
    };
    let input = match app.modal() {
        Some(Modal::Search(line)) => {
            Some((lang.msg("board-search-prompt"), line, indexing.as_deref()))
        }
        Some(Modal::Jump(line)) => Some((lang.msg("board-jump-prompt"), line, None)),
        Some(Modal::Date { line, error }) => {
            Some((lang.msg("board-date-prompt"), line, error.as_deref()))
        }
        Some(Modal::Prompt(p)) => Some((prompt_text(app, &p.kind), &p.line, p.error.as_deref())),
        Some(Modal::FormDate { line, error, .. }) => {
            Some((app.lang().msg("desk-due-prompt"), line, error.as_deref()))
        }
        _ => None,
    };
    if let Some((prompt, line, error)) = input {
        let value = text::sanitize_line(line.text());
        let error = error.map(|e| format!("  {}", text::sanitize_line(e)));
        let prompt = text::sanitize_line(&prompt);
        let prompt = text::truncate(&prompt, width / 2).into_owned();
        let room = width.saturating_sub(text::width(&prompt) + 2);
        // Show the whole value when it fits; else its end, where the user types.
        let shown = text::tail(&value, room);
        let hidden = text::width(&value) - text::width(shown);
        let cursor = line.cursor_col().saturating_sub(hidden);
        let x = area.x as usize + 1 + text::width(&prompt) + cursor;
        // An untouched prefill shows selected: typing replaces it.
        let value_style = if line.is_prefilled() {
            theme.selected
        } else {
            theme.input
        };
        let mut spans = vec![
            Span::styled(format!(" {prompt}"), theme.key),
            Span::styled(shown, value_style),
        ];
        if let Some(e) = error {
            spans.push(Span::styled(e, theme.warn));
        }
        frame.render_widget(Line::from(spans), area);
        frame.set_cursor_position(Position::new(
            (x as u16).min(area.right().saturating_sub(1)),
            area.y,
        ));
        return;
    }
    if let Some(msg) = app.message() {
        let style = match msg.level {
            Level::Info => theme.accent,
            Level::Warn => theme.warn,
            Level::Error => theme.error,
        };
        let t = text::sanitize_line(&msg.text);
        frame.render_widget(
            Line::styled(
                format!(" {}", text::truncate(&t, width.saturating_sub(1))),
                style,
            ),
            area,
        );
        return;
    }
    let ctx = app.context();
    // Who else has the board open stands at the right end; the hints fill the rest.
    let online = if app.server_down() {
        // Stays in view while the connection is lost (a message goes with the next key).
        lang.msg("board-server-down")
    } else if app.others_present().is_empty() {
        String::new()
    } else {
        let names = app.others_present().join(&lang.msg("board-list-separator"));
        // The trailing space keeps the names off the border.
        let names = format!("{} ", crate::t!(lang, "board-online", names = names));
        text::truncate(&text::sanitize_line(&names), width / 3).into_owned()
    };
    let width = width.saturating_sub(text::width(&online));
    let mut spans = vec![Span::raw(" ")];
    let mut used = 1;
    let km = app.keymap();
    // With a filter on, how to take it off comes first.
    let mut extra = Vec::new();
    if ctx == Context::Board && (app.search().is_active() || app.quick().is_some()) {
        extra.push(Hint::One(Action::Back));
    }
    if ctx == Context::Board && app.office().is_some() {
        extra.push(Hint::One(Action::ClearOffice));
    }
    if ctx == Context::Board && app.supervision().urges_waiting() > 0 {
        extra.push(Hint::One(Action::Urged));
    }
    if matches!(ctx, Context::Board | Context::Detail) && app.current_item_awaits_my_reply() {
        extra.push(Hint::One(Action::Reply));
    }
    // The picker opened from a form has no lead-only switch.
    let in_form = matches!(app.modal(), Some(Modal::FormPicker { .. }));
    for hint in extra.iter().chain(hints(ctx)) {
        if in_form && matches!(hint, Hint::One(Action::ToggleLeadOnly)) {
            continue;
        }
        let (key, label) = match hint {
            Hint::One(a) => match km.first_key(ctx, a) {
                Some(k) => (
                    text::sanitize_line(&k.to_string()).into_owned(),
                    app.lang().action(ctx, a),
                ),
                None => continue,
            },
            Hint::Short(a, label) => match km.first_key(ctx, a) {
                Some(k) => (
                    text::sanitize_line(&k.to_string()).into_owned(),
                    lang.msg(label),
                ),
                None => continue,
            },
            Hint::Pair(a, b, label) => match (km.first_key(ctx, a), km.first_key(ctx, b)) {
                (Some(x), Some(y)) => (
                    text::sanitize_line(&format!("{x}/{y}")).into_owned(),
                    lang.msg(label),
                ),
                _ => continue,
            },
        };
        let w = text::width(&key) + 1 + text::width(&label) + 2;
        if used + w > width {
            break;
        }
        used += w;
        spans.push(Span::styled(key, theme.key));
        spans.push(Span::styled(format!(" {label}  "), theme.dim));
    }
    spans.push(Span::raw(" ".repeat(width.saturating_sub(used))));
    spans.push(Span::styled(online, theme.warn));
    frame.render_widget(Line::from(spans), area);
}

/// What a one-line prompt asks: `回复期限（YYYY-MM-DD，可空）: `.
fn prompt_text(app: &App, kind: &crate::tui::state::prompt::PromptKind) -> String {
    use crate::tui::state::prompt::PromptKind;
    let lang = app.lang();
    match kind {
        PromptKind::ReplyBy { .. } => lang.msg("desk-reply-by-prompt"),
        PromptKind::Title { .. } => lang.msg("desk-title-prompt"),
        PromptKind::Indicator { text, unit, .. } => {
            let text = text::truncate(text, 20).into_owned();
            crate::t!(lang, "desk-value-prompt", text = &text, unit = unit)
        }
    }
}
