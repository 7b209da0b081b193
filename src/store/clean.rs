//! What the store writes is clean: control and bidi characters never reach the file
//! (see `text::clean_for_store`), whoever typed or imported them.

use crate::plan::{Item, Plan, Section};
use crate::text::{clean_for_store, clean_line_for_store, strip_invisible};
use std::borrow::Cow;

/// `s` as stored: an owned copy only when something had to go.
pub(super) fn text(s: &str) -> Cow<'_, str> {
    clean_for_store(s)
}

/// A one-line field as stored (a name).
pub(super) fn line(s: &str) -> Cow<'_, str> {
    clean_line_for_store(s)
}

/// A name or title as stored: one line, no invisible characters, so a name that
/// differs from a stored one only by them is that name.
pub(super) fn name(s: &str) -> Cow<'_, str> {
    match line(s) {
        Cow::Borrowed(b) => strip_invisible(b),
        Cow::Owned(o) => Cow::Owned(strip_invisible(&o).into_owned()),
    }
}

fn fix_name(s: &mut String) {
    if let Cow::Owned(c) = name(s) {
        *s = c;
    }
}

fn needs_name(s: &str) -> bool {
    matches!(name(s), Cow::Owned(_))
}

fn fix(s: &mut String) {
    if let Cow::Owned(c) = clean_for_store(s) {
        *s = c;
    }
}

fn fix_line(s: &mut String) {
    if let Cow::Owned(c) = clean_line_for_store(s) {
        *s = c;
    }
}

fn needs(s: &str) -> bool {
    matches!(clean_for_store(s), Cow::Owned(_))
}

/// The plan with every text cleaned; borrowed (no copy) when it is clean already,
/// which is the rule, so a large import pays one scan.
pub(super) fn plan(plan: &Plan) -> Cow<'_, Plan> {
    let dirty = needs_name(&plan.title)
        || plan.doc_number.as_deref().is_some_and(needs)
        || plan.date.as_deref().is_some_and(needs)
        || plan.issuers.iter().any(|s| needs(s))
        || plan.general_requirements.as_deref().is_some_and(needs)
        || plan.sections.iter().any(section_needs)
        || plan.items.iter().any(item_needs);
    if !dirty {
        return Cow::Borrowed(plan);
    }
    let mut p = plan.clone();
    fix_name(&mut p.title);
    p.doc_number.iter_mut().for_each(fix_line);
    p.date.iter_mut().for_each(fix_line);
    p.issuers.iter_mut().for_each(fix_line);
    p.general_requirements.iter_mut().for_each(fix);
    p.sections.iter_mut().for_each(fix_section);
    p.items.iter_mut().for_each(fix_item);
    Cow::Owned(p)
}

/// Sections as stored (a window of a plan fed to the import); borrowed when clean.
pub(super) fn sections(sections: &[Section]) -> Cow<'_, [Section]> {
    if !sections.iter().any(section_needs) {
        return Cow::Borrowed(sections);
    }
    let mut out = sections.to_vec();
    out.iter_mut().for_each(fix_section);
    Cow::Owned(out)
}

/// Items as stored (a window of a plan fed to the import); borrowed when clean.
pub(super) fn items(items: &[Item]) -> Cow<'_, [Item]> {
    if !items.iter().any(item_needs) {
        return Cow::Borrowed(items);
    }
    let mut out = items.to_vec();
    out.iter_mut().for_each(fix_item);
    Cow::Owned(out)
}

fn section_needs(s: &Section) -> bool {
    needs_name(&s.title) || needs(&s.numeral)
}

fn fix_section(s: &mut Section) {
    fix_name(&mut s.title);
    fix_line(&mut s.numeral);
}

fn item_needs(i: &Item) -> bool {
    needs_name(&i.title)
        || needs(&i.target)
        || i.deadline.as_deref().is_some_and(needs)
        || i.measures.iter().any(|m| needs(m))
        || i.offices.iter().any(|o| needs_name(&o.name))
        || i.persons.iter().any(|p| needs_name(p))
        || i.notes.iter().any(|n| needs(n))
}

fn fix_item(i: &mut Item) {
    fix_name(&mut i.title);
    fix(&mut i.target);
    i.deadline.iter_mut().for_each(fix_line);
    i.measures.iter_mut().for_each(fix);
    i.offices.iter_mut().for_each(|o| fix_name(&mut o.name));
    i.persons.iter_mut().for_each(fix_name);
    i.notes.iter_mut().for_each(fix);
}
