//! An item's fields once its lines are read: offices from labels and clauses,
//! office sentences among the measures, persons, ledger notes, enumerated lines,
//! wrapped office lists.

use super::super::item::clause_fields;
use super::super::labels::{Field, label, split_persons};
use crate::plan::deadline;
use crate::plan::offices::{ListKind, is_group, read_offices};
use crate::plan::{OfficeRef, Role};

/// Sentences of a paragraph item that are an unbracketed office clause
/// (`责任单位：X、Y分别牵头，Z按职责分工负责。`) and the deadline sentence right
/// after one (`2023年9月30日前完成。`) are fields, not measures.
pub(super) fn take_office_sentences(measures: &mut Vec<String>, fields: &mut Vec<(Field, String)>) {
    let mut k = 0;
    let mut after_offices = false;
    while k < measures.len() {
        let sentence = measures[k].trim_end_matches(['。', '；', ';', '！']).trim();
        let labelled = label(sentence).filter(|(f, name, _)| {
            !matches!(f, Field::Target | Field::Measures)
                && (sentence.starts_with(['【', '[', '［'])
                    || sentence
                        .get(name.len()..)
                        .is_some_and(|r| r.trim_start().starts_with([':', '：', '（', '('])))
        });
        if labelled.is_some() {
            let read = clause_fields(sentence);
            if !read.is_empty() {
                after_offices = read.iter().any(|(f, _)| f.is_offices());
                fields.extend(read);
                measures.remove(k);
                continue;
            }
        }
        if after_offices
            && deadline::is_deadline_only(sentence)
            && let Some(phrase) = deadline::phrase(sentence)
        {
            fields.push((Field::Deadline, phrase));
            measures.remove(k);
            after_offices = false;
            continue;
        }
        after_offices = false;
        k += 1;
    }
}

/// The offices of an item from its office fields, leads first, each once.
pub(super) fn offices(fields: &[(Field, String)]) -> Vec<OfficeRef> {
    let mut named: Vec<(String, Role)> = Vec::new();
    for (field, text) in fields {
        let kind = match field {
            Field::Offices if !named.iter().any(|(_, r)| *r == Role::Lead) => ListKind::FirstLeads,
            Field::Offices | Field::Co => ListKind::AllCo,
            // 牵头单位：X、Y — every office named under 牵头单位 leads (jointly,
            // the first one first).
            Field::Lead => ListKind::AllLead,
            _ => continue,
        };
        named.extend(read_offices(text, kind));
    }
    // Leads first, each office once (an alias may repeat a name).
    named.sort_by_key(|(_, role)| *role == Role::Co);
    let mut out: Vec<OfficeRef> = Vec::new();
    for (name, role) in named {
        if !out.iter().any(|o| o.name == name) {
            out.push(OfficeRef {
                group: is_group(&name),
                name,
                role,
            });
        }
    }
    out
}

/// The persons an item's fields name (分管领导, 责任人…), each once, in order.
pub(super) fn persons(fields: &[(Field, String)]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (_, text) in fields.iter().filter(|(f, _)| *f == Field::Persons) {
        for p in split_persons(text) {
            if !out.contains(&p) {
                out.push(p);
            }
        }
    }
    out
}

/// A 督办 ledger's cells beside an item as its notes: progress (办理情况 /
/// 进展情况) first, then remarks (备注), each marked with what it is.
pub(super) fn ledger_notes(progress: Vec<String>, remarks: Vec<String>) -> Vec<String> {
    progress
        .into_iter()
        .map(|t| format!("进展情况：{t}"))
        .chain(remarks.into_iter().map(|t| format!("备注：{t}")))
        .collect()
}

/// The text after a line's enumerator (`1.` `1、` `（1）` `①`), if it has one.
pub(super) fn enumerated(line: &str) -> Option<&str> {
    if let Some(c) = line.chars().next()
        && ('①'..='⑳').contains(&c)
    {
        return Some(line[c.len_utf8()..].trim_start());
    }
    match super::super::item::item_heading(line) {
        Some(Ok((_, _, _, title))) => Some(title),
        _ => None,
    }
}

/// Whether `next` continues the office list `current` wrapped over a line break:
/// the list stops after 、 or in the middle of a name (its last part does not end
/// as an office's name does), and `next` is short and holds no sentence.
pub(super) fn list_goes_on(current: &str, next: &str) -> bool {
    const ENDS: &str =
        "局委办处科室院心股厅部会队所站府位团司道镇组馆校社区县市州门业构体员等联协行关台村园";
    let ends_as_office = |name: &str| name.chars().last().is_some_and(|c| ENDS.contains(c));
    let next = next.trim();
    // Not a sentence, a label, a signature or a date line (`某厅办公室 2020年3月9日印发`).
    if next.is_empty()
        || next.contains(['。', '：', ':'])
        || next.contains(char::is_whitespace)
        || next.contains("印发")
        || next.chars().count() > 40
    {
        return false;
    }
    let current = current.trim_end();
    let first = next.split(['、', '，', ',']).next().unwrap_or(next);
    if current.ends_with(['、', '，', ',']) {
        return ends_as_office(first);
    }
    // Cut in the middle of a name: the last part is no office's name, and with the
    // next line's first part it is one.
    let last = current.rsplit(['、', '，', ',']).next().unwrap_or(current);
    !ends_as_office(last)
        && !last.ends_with(['）', ')'])
        && ends_as_office(&format!("{last}{first}"))
}
