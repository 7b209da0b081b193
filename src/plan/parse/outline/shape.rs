//! What the body as a whole says about its shape, read once before it is built:
//! which numbering carries the items, and which sub-headings and styled headings
//! are items themselves.

use super::super::item::{Style, trailing_clause};
use super::super::labels::Field;
use super::super::{Kind, Line};

/// What the body as a whole says about its shape.
pub(super) struct Shape {
    /// Whether the document labels its items' parts (目标任务 / 工作措施).
    pub labelled_doc: bool,
    /// The numbering that carries the items (none when the `（一）` sub-headings do).
    pub item_style: Option<Style>,
    /// The items are numbered below numbered headings of another style (`1.小标题`
    /// over `（1）…（责任单位：…）`): those headings are sub-sections.
    pub items_below_numbered: bool,
    /// For each body line that is a sub-heading: whether it is an item itself
    /// (nothing numbered below it, or it carries the offices of its block).
    pub sub_is_item: Vec<bool>,
    /// The highest (smallest) heading style level in the body: unnumbered
    /// headings at it are sections, one below it sub-sections.
    pub heading_top: Option<u8>,
    /// For each line that is an unnumbered styled heading: whether it is an item's
    /// title (label lines follow it, no numbered item does).
    pub heading_is_item: Vec<bool>,
    /// The largest item number of the document's numbering.
    pub largest: Option<u32>,
}

pub(super) fn read(body: &[Line<'_>]) -> Shape {
    let labelled_doc = body.iter().any(|l| {
        matches!(
            l.kind,
            Kind::Label {
                field: Field::Target | Field::Measures,
                ..
            }
        )
    });
    let (mut item_style, items_below_numbered) = item_style_of(body);
    // `（一）壮大特色产业` / `1.…` / `2.…` / `责任单位：…`, block after block: the
    // sub-headings are the items and their numbered lines the measures.
    let subs_lead = !labelled_doc && subs_carry_offices(body, item_style);
    if subs_lead {
        item_style = None;
    }
    // A sub-heading with no item of the document's numbering below it (before
    // the next heading) is an item itself.
    let mut sub_is_item = vec![false; body.len()];
    let mut open: Option<usize> = None;
    for (k, l) in body.iter().enumerate() {
        match l.kind {
            Kind::Section { .. } | Kind::Row { .. } | Kind::Heading { .. } => {
                open = None;
            }
            Kind::Sub { .. } => {
                sub_is_item[k] = true;
                open = Some(k);
            }
            Kind::Item { style, .. } if Some(style) == item_style => {
                if let Some(s) = open.take() {
                    sub_is_item[s] = false;
                }
            }
            _ => {}
        }
    }
    // A sub-heading with nothing below it whose next sibling is a section
    // (`（一）师德建设` / `（二）培训提升` / `1.…`) is an empty section too.
    let mut next_sub: Option<usize> = None;
    for (k, l) in body.iter().enumerate().rev() {
        match l.kind {
            Kind::Section { .. } | Kind::Row { .. } | Kind::Heading { .. } => next_sub = None,
            Kind::Sub { .. } => {
                if sub_is_item[k] && next_sub.is_some_and(|j| !sub_is_item[j]) {
                    sub_is_item[k] = false;
                }
                next_sub = Some(k);
            }
            _ => {}
        }
    }
    let heading_top = body.iter().filter_map(|l| l.style_level).min();
    let mut heading_is_item = vec![false; body.len()];
    let mut k = 0;
    while k < body.len() {
        if !matches!(body[k].kind, Kind::Heading { .. }) {
            k += 1;
            continue;
        }
        // What stands under the heading, up to the next heading (each line
        // is looked at once).
        let mut j = k + 1;
        let (mut numbered, mut labelled) = (false, false);
        while j < body.len() {
            match body[j].kind {
                Kind::Heading { .. } | Kind::Section { .. } | Kind::Sub { .. } => break,
                Kind::Row { .. } => break,
                Kind::Item { style, .. } if Some(style) == item_style => numbered = true,
                Kind::Label { field, .. } if field.is_offices() => labelled = true,
                Kind::Text if trailing_clause(body[j].text).is_some() => labelled = true,
                _ => {}
            }
            j += 1;
        }
        heading_is_item[k] = labelled && !numbered;
        k = j;
    }
    // Numbers for sub-heading items in a document whose other items are
    // numbered: after the largest, so that none collides.
    let largest = body
        .iter()
        .filter_map(|l| match l.kind {
            Kind::Item { number, style, .. } if Some(style) == item_style => Some(number),
            _ => None,
        })
        .max();
    Shape {
        labelled_doc,
        item_style,
        items_below_numbered,
        sub_is_item,
        heading_top,
        heading_is_item,
        largest,
    }
}

/// The numbering the document's items use: the first one met, unless only
/// another one carries offices (an office clause at its end, or an office label
/// line below it before the next numbered line) — then the first is a level of
/// headings above the items (returned as true).
pub(super) fn item_style_of(body: &[Line<'_>]) -> (Option<Style>, bool) {
    let (first, carried) = styles_carrying(body);
    let Some(first) = first else {
        return (None, false);
    };
    if carried[index(first)] > 0 {
        return (Some(first), false);
    }
    match [Style::Dot, Style::Paren, Style::Half]
        .into_iter()
        .filter(|s| carried[index(*s)] > 0)
        .max_by_key(|s| carried[index(*s)])
    {
        Some(style) => (Some(style), true),
        None => (Some(first), false),
    }
}

/// Whether `body`, the start of a longer one, settles [`item_style_of`] for the
/// whole: its first numbering carries offices already.
pub(super) fn item_style_settled(body: &[Line<'_>]) -> bool {
    let (first, carried) = styles_carrying(body);
    first.is_some_and(|f| carried[index(f)] > 0)
}

fn index(s: Style) -> usize {
    match s {
        Style::Dot => 0,
        Style::Paren => 1,
        Style::Half => 2,
    }
}

/// The first numbering met, and how many numbered lines of each numbering carry
/// offices.
fn styles_carrying(body: &[Line<'_>]) -> (Option<Style>, [usize; 3]) {
    let mut first = None;
    let mut carried = [0usize; 3];
    // The numbered line whose office label is still awaited.
    let mut open: Option<Style> = None;
    for l in body {
        match l.kind {
            Kind::Item { style, title, .. } => {
                first.get_or_insert(style);
                open = Some(style);
                if trailing_clause(title).is_some() {
                    carried[index(style)] += 1;
                    open = None;
                }
            }
            Kind::Label { field, .. } if field.is_offices() => {
                if let Some(style) = open.take() {
                    carried[index(style)] += 1;
                }
            }
            Kind::Section { .. } | Kind::Sub { .. } | Kind::Heading { .. } => open = None,
            _ => {}
        }
    }
    (first, carried)
}

/// Whether the document's offices belong to its `（一）` sub-headings rather than
/// to the numbered lines under them: in every sub-heading's block that has numbered
/// lines, none of those lines carries an office clause and the block's office
/// label comes after its last numbered line; at least two such blocks, one with two
/// numbered lines or more.
pub(super) fn subs_carry_offices(body: &[Line<'_>], style: Option<Style>) -> bool {
    let Some(style) = style else {
        return false;
    };
    let (mut blocks, mut several) = (0, false);
    let mut k = 0;
    while k < body.len() {
        if !matches!(body[k].kind, Kind::Sub { .. }) {
            k += 1;
            continue;
        }
        let (mut numbered, mut labelled_after) = (0, false);
        let mut j = k + 1;
        while j < body.len() {
            match body[j].kind {
                Kind::Section { .. }
                | Kind::Sub { .. }
                | Kind::Heading { .. }
                | Kind::Row { .. } => {
                    break;
                }
                Kind::Item {
                    style: s, title, ..
                } if s == style => {
                    // A numbered line after the block's offices, or one with its
                    // own clause, is an item of its own.
                    if labelled_after || trailing_clause(title).is_some() {
                        return false;
                    }
                    numbered += 1;
                }
                Kind::Label { field, .. } if field.is_offices() => {
                    if numbered == 0 {
                        return false;
                    }
                    labelled_after = true;
                }
                _ => {}
            }
            j += 1;
        }
        if numbered > 0 {
            if !labelled_after {
                return false;
            }
            blocks += 1;
            several |= numbered >= 2;
        }
        k = j;
    }
    blocks >= 2 && several
}
