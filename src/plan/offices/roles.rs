//! Which part each office of a list plays: role markers (`牵头`, `配合`), bracketed
//! roles, joint offices, and the rules a 责任单位 cell may hold instead of offices.

use super::{Role, canonical, split_offices};

/// How the offices of a plain list share the work when the list marks nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListKind {
    /// 责任单位: the first leads, the others co-operate.
    FirstLeads,
    /// 牵头单位: every office leads.
    AllLead,
    /// 配合单位: every office co-operates.
    AllCo,
}

/// Words after a run of offices that give those offices their part:
/// `X、Y牵头，Z配合`, `X、Y分别牵头`, `Z及各县市区按职责分工负责`.
const ROLE_MARKERS: &[(&str, Role)] = &[
    ("分别牵头负责", Role::Lead),
    ("分别牵头", Role::Lead),
    ("共同牵头", Role::Lead),
    ("牵头负责", Role::Lead),
    ("牵头", Role::Lead),
    ("按职责分工负责", Role::Co),
    ("按职责分工落实", Role::Co),
    ("按职责负责", Role::Co),
    ("分工负责", Role::Co),
    ("配合", Role::Co),
    ("协助", Role::Co),
    ("参与", Role::Co),
    ("协同", Role::Co),
];

/// A part in brackets after one name (`市司法局（牵头）、市市场监管局`): it marks
/// that name alone.
const BRACKET_MARKERS: &[(&str, Role)] = &[
    ("（牵头）", Role::Lead),
    ("(牵头)", Role::Lead),
    ("（牵头单位）", Role::Lead),
    ("（牽頭）", Role::Lead),
    ("（配合）", Role::Co),
    ("(配合)", Role::Co),
];

/// Phrases only a document's rule about its lists contains (列第一位的为牵头单位,
/// 无牵头单位的，责任单位即为牵头单位): such a sentence names no office.
const RULE_PHRASES: &[&str] = &[
    "为牵头单位",
    "为牵头部门",
    "即为牵头",
    "列第一位",
    "排在第一位",
    "排名第一",
    "排第一",
    "为主要责任单位",
];

/// Whether a sentence is the document's rule about its office lists, not a list.
pub fn is_rule(text: &str) -> bool {
    RULE_PHRASES.iter().any(|p| text.contains(p))
}

/// What a form writes where it has nothing to say (no office, no date): 无, 暂无,
/// a dash or a slash.
pub(crate) fn is_placeholder(piece: &str) -> bool {
    matches!(
        piece.trim().trim_end_matches(['。', '.', '；', ';']),
        "无" | "暂无" | "没有" | "—" | "——" | "-" | "--" | "/" | "／" | "无配合单位"
    )
}

/// Reads an office list into canonical names with their parts, in order, each
/// office once. Marks in the list win over `kind`: `X、Y分别牵头` makes both
/// lead, `X会Y` (or `X会同Y`) is X leading with Y, `Z按职责分工负责` makes the
/// units before it co-operate. A rule sentence in brackets is dropped; a list
/// that is only a rule names nobody.
pub fn read_offices(text: &str, kind: ListKind) -> Vec<(String, Role)> {
    let text = drop_rule_brackets(text);
    if is_rule(&text) {
        return Vec::new();
    }
    // `X会同Y、Z等负责` / `X负责`: a bare 负责 at the end marks no part of its own
    // (X leads as the first of the list, Y and Z co-operate).
    let text = match strip_suffix_any_script(text.trim_end(), "负责") {
        Some(head)
            if !ROLE_MARKERS
                .iter()
                .any(|(m, _)| strip_suffix_any_script(text.trim_end(), m).is_some()) =>
        {
            head.trim_end().trim_end_matches('等').to_string()
        }
        _ => text,
    };
    let mut out: Vec<(String, Role)> = Vec::new();
    // Offices read since the last marker, waiting for their part.
    let mut pending: Vec<String> = Vec::new();
    let settle = |pending: &mut Vec<String>, out: &mut Vec<(String, Role)>, role: Option<Role>| {
        for name in pending.drain(..) {
            out.push((name, role.unwrap_or(Role::Co)));
        }
    };
    let mut unmarked_start: Option<usize> = None;
    let mut whole_list_shares = false;
    for piece in split_offices(&text) {
        // A deadline is never an office (`X，年底前`), nor is "none" (`配合单位：无`).
        if crate::plan::deadline::is_deadline_only(piece) || is_placeholder(piece) {
            continue;
        }
        if let Some((name, role)) = BRACKET_MARKERS
            .iter()
            .find_map(|(m, role)| Some((piece.strip_suffix(m)?, *role)))
        {
            out.push((canonical(name), role));
            continue;
        }
        let (piece, marker) = strip_marker(piece);
        let (piece, joint) = split_joint(piece);
        if !piece.is_empty() {
            pending.push(canonical(piece));
        }
        if let Some(with) = joint {
            // X会Y: X leads; Y co-operates.
            settle(&mut pending, &mut out, Some(Role::Lead));
            for name in split_offices(with) {
                let (name, _) = strip_marker(name);
                if !name.is_empty() {
                    out.push((canonical(name), Role::Co));
                }
            }
            continue;
        }
        if let Some(role) = marker {
            // `A、B按职责分工负责` with nothing before: the whole list shares the
            // work, so its units lead together.
            let whole = out.is_empty() && role == Role::Co && kind != ListKind::AllCo;
            whole_list_shares = whole;
            settle(&mut pending, &mut out, Some(role));
        } else if !piece.is_empty() {
            whole_list_shares = false;
        }
    }
    if whole_list_shares
        && pending.is_empty()
        && strip_suffix_any_script(text.trim_end(), "负责").is_some()
        && !out.iter().any(|(_, r)| *r == Role::Lead)
    {
        for entry in &mut out {
            entry.1 = Role::Lead;
        }
    }
    if !pending.is_empty() {
        unmarked_start = Some(out.len());
        let role = match kind {
            ListKind::AllLead => Role::Lead,
            _ => Role::Co,
        };
        settle(&mut pending, &mut out, Some(role));
    }
    if kind == ListKind::FirstLeads
        && !out.iter().any(|(_, r)| *r == Role::Lead)
        && let Some(first) = unmarked_start.filter(|&k| k == 0)
    {
        out[first].1 = Role::Lead;
    }
    let mut seen: Vec<(String, Role)> = Vec::new();
    for (name, role) in out {
        if name.is_empty() {
            continue;
        }
        match seen.iter_mut().find(|(n, _)| *n == name) {
            // Named twice: the stronger part wins.
            Some(entry) => {
                if role == Role::Lead {
                    entry.1 = Role::Lead;
                }
            }
            None => seen.push((name, role)),
        }
    }
    seen
}

/// `X牵头` (or `X牽頭`) → (`X`, Lead); a name without a marker is returned as it is.
fn strip_marker(piece: &str) -> (&str, Option<Role>) {
    for (marker, role) in ROLE_MARKERS {
        if let Some(name) = strip_suffix_any_script(piece, marker) {
            return (name.trim().trim_end_matches('等').trim_end(), Some(*role));
        }
    }
    // `X负责，Y配合`: 负责 inside a list marks its lead (at the very end of a list
    // it marks nothing: see read_offices).
    if let Some(name) = strip_suffix_any_script(piece, "负责")
        && !name.is_empty()
    {
        return (
            name.trim().trim_end_matches('等').trim_end(),
            Some(Role::Lead),
        );
    }
    (piece, None)
}

/// `text` without `suffix` at its end, the suffix read in simplified or
/// traditional script (`按職責分工負責` ends like `按职责分工负责`).
pub(crate) fn strip_suffix_any_script<'a>(text: &'a str, suffix: &str) -> Option<&'a str> {
    if let Some(head) = text.strip_suffix(suffix) {
        return Some(head);
    }
    // From the end, char by char: most texts differ at their last char already.
    let mut k = text.len();
    let mut from_end = text.char_indices().rev();
    for want in suffix.chars().rev() {
        let (at, c) = from_end.next()?;
        if c != want && crate::plan::parse::labels::simplify(c) != want {
            return None;
        }
        k = at;
    }
    Some(&text[..k])
}

/// `X会Y` / `X会同Y` → (`X`, Some(`Y`)) when X ends like an office name (委员会 is
/// not a joint).
fn split_joint(piece: &str) -> (&str, Option<&str>) {
    for joint in ["会同", "会"] {
        let mut from = 0;
        while let Some(k) = piece[from..].find(joint).map(|k| k + from) {
            let (left, right) = (&piece[..k], &piece[k + joint.len()..]);
            let office_end = left
                .chars()
                .last()
                .is_some_and(|c| "处室局厅委院办部科股所站中心组队司".contains(c));
            // Inside a bracket it is part of a name: `各县（市、区）政府（管委会）`.
            let open = left.matches(['（', '(']).count() > left.matches(['）', ')']).count();
            if office_end
                && !open
                && !right.is_empty()
                && !right.starts_with(['议', '员', '计', '）', ')'])
            {
                return (left, Some(right));
            }
            from = k + joint.len();
        }
    }
    (piece, None)
}

/// The text without bracketed rule sentences: `X、Y（列第一位的为牵头单位）` → `X、Y`.
fn drop_rule_brackets(text: &str) -> String {
    let mut out = text.to_string();
    for (open, close) in [('（', '）'), ('(', ')')] {
        while let Some(start) = out.find(open) {
            let Some(len) = out[start..].find(close) else {
                break;
            };
            let end = start + len + close.len_utf8();
            if !is_rule(&out[start..end]) {
                break;
            }
            out.replace_range(start..end, "");
        }
    }
    out
}
