//! Where the plan starts: everything before it (a cover letter 关于印发…的通知 with
//! its addressees, its own 一、二、 points, signature and date) is the header.

use super::{Kind, Line, table};
use crate::plan::Plan;
use crate::plan::header::{is_name_line, read_header as read_front};

/// How a plan's own title line ends (……工作要点, ……分解方案, ……任务台账).
const TITLE_ENDINGS: &[&str] = &[
    "工作要点",
    "分解方案",
    "任务台账",
    "工作台账",
    "实施方案",
    "责任分工",
    "分工方案",
    "任务清单",
    "工作清单",
    "工作方案",
    "工作计划",
    "任务分解",
    "分解表",
    "台账",
];

/// Whether a line is a plan's title: a short line without sentence punctuation
/// ending in one of [`TITLE_ENDINGS`] (a year in brackets may follow).
pub fn is_title_line(text: &str) -> bool {
    let core = text
        .trim_end_matches(['）', ')'])
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == '年' || c == '-' || c == '—');
    let core = core.strip_suffix(['（', '(']).unwrap_or(core).trim_end();
    !text.starts_with("关于")
        && !text.contains(['《', '》'])
        && is_name_line(text, 60)
        && TITLE_ENDINGS.iter().any(|e| core.ends_with(e))
}

/// Where the body starts, and the plan's title line when there is one.
///
/// With a title line, the body starts at the first structure after it (so a
/// cover letter's own 一、二、 points stay in the header). Without one, it starts at
/// the first section heading, else the first sub-heading, else item 1, else the
/// first task table.
pub fn body_start(lines: &[Line<'_>]) -> Option<(usize, Option<usize>)> {
    let structural = |l: &Line<'_>| match &l.kind {
        Kind::Section { .. } | Kind::Sub { .. } | Kind::Item { .. } | Kind::TooLarge { .. } => true,
        Kind::Row { cells, .. } => table::Columns::recognise(cells).is_some(),
        _ => false,
    };
    let header_run = |k: usize| table::column_run(&lines[k..]).is_some();
    // A title stands before the first item: a name line in the body is not one.
    let first_item = lines
        .iter()
        .position(|l| matches!(l.kind, Kind::Item { .. }))
        .unwrap_or(lines.len());
    let title = lines[..first_item]
        .iter()
        .position(|l| matches!(l.kind, Kind::Text) && is_title_line(l.text));
    if let Some(t) = title
        && let Some(k) = (t + 1..lines.len()).find(|&k| structural(&lines[k]) || header_run(k))
    {
        return Some((k, Some(t)));
    }
    let first = |f: &dyn Fn(&Line<'_>) -> bool| lines.iter().position(f);
    let start = first(&|l| matches!(l.kind, Kind::Section { .. }))
        .or_else(|| first(&|l| matches!(l.kind, Kind::Sub { .. })))
        .or_else(|| first(&|l| matches!(l.kind, Kind::Item { number: 1, .. })))
        .or_else(|| first(&|l| matches!(l.kind, Kind::Row { .. }) && structural(l)))
        .or_else(|| (0..lines.len()).find(|&k| header_run(k)))?;
    Some((start, None))
}

/// The plan's header from the lines before its body. The title line, when found,
/// is the title unless the header's own reading ends with it (a title written over
/// two lines, as the seed's).
pub fn read_header(lines: &[(usize, &str)], title_line: Option<&str>) -> Plan {
    // 此件主动公开 and the like are notes, never part of a title.
    let kept: Vec<(usize, &str)> = lines
        .iter()
        .copied()
        .filter(|(_, l)| !is_publication_note(l))
        .collect();
    let mut plan = read_front(&kept);
    if let Some(title) = title_line
        && !plan.title.ends_with(title)
    {
        plan.title = title.to_string();
    }
    plan
}

fn is_publication_note(line: &str) -> bool {
    let inner = line
        .trim_start_matches(['（', '('])
        .trim_end_matches(['）', ')']);
    inner.len() < line.len() && inner.starts_with("此件")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_lines_end_like_plans() {
        assert!(is_title_line("某区教育局2024年工作要点"));
        assert!(is_title_line("某市2023年重点工作任务分解方案"));
        assert!(is_title_line("卫生健康委2023年重点任务责任分工"));
        assert!(is_title_line("重点工作任务台账（2023年）"));
        assert!(!is_title_line("关于印发《某区教育局2024年工作要点》的通知"));
        assert!(!is_title_line("现将工作要点印发给你们，请认真贯彻落实。"));
    }

    #[test]
    fn publication_notes_are_not_titles() {
        assert!(is_publication_note("（此件主动公开）"));
        assert!(is_publication_note("(此件公开发布)"));
        assert!(!is_publication_note("此件"));
    }
}
