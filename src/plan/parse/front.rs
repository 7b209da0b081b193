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
    "工作任务",
    "重点工作",
    "任务分工",
    "行动方案",
    "推进方案",
    "落实方案",
    "工作安排",
    "分工表",
    "任务表",
    "责任清单",
    "事项清单",
    "督办清单",
    "重点任务",
    "责任分解",
    "任务分解表",
    "目标任务",
    "民生实事",
];

/// Whether a line is a plan's title: a short line without sentence punctuation
/// ending in one of [`TITLE_ENDINGS`] (a year in brackets may follow).
pub fn is_title_line(text: &str) -> bool {
    let core = text
        .trim_end_matches(['）', ')'])
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == '年' || c == '-' || c == '—');
    let core = core.strip_suffix(['（', '(']).unwrap_or(core).trim_end();
    // A bare ending (`重点任务`, a table's column name) names no plan.
    // A quoted name inside the title is part of it (`2024年市《政府工作报告》任务
    // 分解方案`); a line that is only a quotation, or that issues one, is not.
    !text.starts_with("关于")
        && !text.starts_with('《')
        && !text.contains("印发")
        && is_name_line(text, 60)
        && TITLE_ENDINGS
            .iter()
            .any(|e| core.ends_with(e) && core.len() >= e.len() + 6)
}

/// Where the body starts, and the plan's title line when there is one.
///
/// With a title line, the body starts at the first structure after it (so a
/// cover letter's own 一、二、 points stay in the header). Without one, it starts at
/// the first section heading, else the first sub-heading, else item 1, else the
/// first task table, else the first numbered item.
pub fn body_start(lines: &[Line<'_>]) -> Option<(usize, Option<usize>)> {
    let structural = |l: &Line<'_>| match &l.kind {
        Kind::Section { .. }
        | Kind::Sub { .. }
        | Kind::Item { .. }
        | Kind::TooLarge { .. }
        | Kind::Heading { .. } => true,
        Kind::Row { cells, .. } => table::Columns::recognise(cells).is_some(),
        _ => false,
    };
    let header_run = |k: usize| table::column_run(&lines[k..]).is_some();
    // A title stands before the first item: a name line in the body is not one.
    let first_item = lines
        .iter()
        .position(|l| matches!(l.kind, Kind::Item { .. }))
        .unwrap_or(lines.len());
    // The 通知 that issues the plan quotes its title: the line that repeats it is
    // the title line, whatever it ends in.
    let quoted = lines[..first_item]
        .iter()
        .find_map(|l| quoted_title(l.text));
    let names_plan = |l: &Line<'_>| {
        matches!(l.kind, Kind::Text | Kind::Heading { .. })
            && (is_title_line(l.text)
                || quoted.is_some_and(|q| same_quote(l.text, q) && is_name_line(l.text, 60)))
    };
    // Else, in Word, the first heading when it alone has the highest heading
    // level of the document (the title in `Heading 1` above `Heading 2` sections).
    let styled_title = || {
        let top = lines.iter().filter_map(|l| l.style_level).min()?;
        let mut at_top = lines
            .iter()
            .enumerate()
            .filter(|(_, l)| l.style_level == Some(top));
        let (k, l) = at_top.next()?;
        (at_top.next().is_none()
            && k < first_item
            && matches!(l.kind, Kind::Heading { .. })
            && is_name_line(l.text, 60)
            && !l.text.starts_with("关于")
            && lines[..k].iter().all(|l| l.style_level.is_none()))
        .then_some(k)
    };
    let title = lines[..first_item]
        .iter()
        .position(names_plan)
        .or_else(styled_title);
    if let Some(t) = title
        && let Some(k) = (t + 1..lines.len()).find(|&k| structural(&lines[k]) || header_run(k))
    {
        return Some((k, Some(t)));
    }
    let first = |f: &dyn Fn(&Line<'_>) -> bool| lines.iter().position(f);
    // A task table's header row above the first group row (一、…) starts the body.
    let header_row = first(&|l| matches!(l.kind, Kind::Row { .. }) && structural(l));
    // A cover letter's own 一、二、 points come before the plan's 一、: the last
    // section 一 before the first item starts the body.
    let section = (first_item < lines.len())
        .then(|| {
            lines[..first_item]
                .iter()
                .rposition(|l| matches!(l.kind, Kind::Section { number: 1, .. }))
        })
        .flatten()
        .or_else(|| first(&|l| matches!(l.kind, Kind::Section { .. })));
    if let (Some(h), Some(s)) = (header_row, section)
        && h < s
    {
        return Some((h, None));
    }
    let start = section
        .or_else(|| first(&|l| matches!(l.kind, Kind::Sub { .. })))
        .or_else(|| {
            first(&|l| matches!(l.kind, Kind::Heading { title, .. } if !title.starts_with("关于")))
        })
        .or_else(|| first(&|l| matches!(l.kind, Kind::Item { number: 1, .. })))
        .or_else(|| first(&|l| matches!(l.kind, Kind::Row { .. }) && structural(l)))
        .or_else(|| (0..lines.len()).find(|&k| header_run(k)))
        // Items picked out of a longer list (3, 68, 69…) under no heading.
        .or_else(|| first(&|l| matches!(l.kind, Kind::Item { .. })))?;
    Some((start, None))
}

/// Whether `line` ends with the quoted title `q`, the inner quotation marks
/// written either way (`〈政府工作报告〉` in the notice, `《政府工作报告》` above the plan).
fn same_quote(line: &str, q: &str) -> bool {
    let plain = |c: char| match c {
        '〈' => '《',
        '〉' => '》',
        c => c,
    };
    let n = q.chars().count();
    let tail: Vec<char> = line.chars().rev().take(n).map(plain).collect();
    tail.len() == n && tail.into_iter().rev().eq(q.chars().map(plain))
}

/// `关于印发《某某方案》的通知` → `某某方案`.
fn quoted_title(line: &str) -> Option<&str> {
    let rest = &line[line.find("印发")?..];
    if !rest.ends_with("通知") {
        return None;
    }
    match (rest.find('《'), rest.rfind('》')) {
        (Some(start), Some(end)) if start + '《'.len_utf8() < end => {
            Some(&rest[start + '《'.len_utf8()..end])
        }
        // 关于印发2020年政府工作报告重点工作责任分解的通知: unquoted.
        _ => {
            let inner = rest["印发".len()..]
                .strip_suffix("通知")?
                .strip_suffix('的')?;
            (inner.chars().count() >= 6).then_some(inner)
        }
    }
}

/// The plan's header from the lines before its body. The title line (its index in
/// `lines`), when found, is the title unless the header's own reading ends with it
/// (a title written over two lines, as the seed's); a title line broken in two
/// (`某区政府2024年重点工作` / `任务分解和责任分工方案`, or `某市卫生健康委员会` /
/// `2024年重点工作任务分工方案`) is joined again.
pub fn read_header(lines: &[(usize, &str)], title_line: Option<usize>) -> Plan {
    let title_line = title_line.map(|k| joined_title(lines, k));
    let title_line = title_line.as_deref();
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

/// The title line `k` with the line after it when that one ends like a plan too,
/// and with the line before it when the title starts with its year and the line
/// before is a bare name (the issuing body).
fn joined_title(lines: &[(usize, &str)], k: usize) -> String {
    let mut title = lines[k].1.to_string();
    let bare_name = |l: &str| {
        is_name_line(l, 30)
            && !l.starts_with(['（', '(', '【', '['])
            && !l.ends_with("文件")
            && !l.contains("通知")
            && crate::plan::header::doc_number(l).is_none()
            && !is_publication_note(l)
    };
    if let Some((_, next)) = lines.get(k + 1)
        && bare_name(next)
        && is_title_line(next)
        && title.chars().count() + next.chars().count() <= 60
    {
        title.push_str(next);
    }
    if let Some(k) = k.checked_sub(1)
        && title.starts_with(|c: char| c.is_ascii_digit() || "二〇".contains(c))
        && bare_name(lines[k].1)
        && !is_title_line(lines[k].1)
    {
        title.insert_str(0, lines[k].1);
    }
    title
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
        assert!(is_title_line("某县2024年教育重点工作任务分工表"));
        assert!(!is_title_line("重点任务"), "a column name");
        assert!(!is_title_line("台账"));
        assert!(is_title_line(
            "2024年市《政府工作报告》任务分解和责任分工方案"
        ));
        assert!(!is_title_line("《某区教育局2024年工作要点》"));
        assert!(same_quote(
            "2024年市《政府工作报告》任务分解方案",
            "2024年市〈政府工作报告〉任务分解方案"
        ));
    }

    #[test]
    fn the_notice_quotes_the_plan_title() {
        assert_eq!(
            quoted_title("关于印发《某市2024年民生实事项目》的通知"),
            Some("某市2024年民生实事项目")
        );
        assert_eq!(quoted_title("现将《某方案》印发给你们"), None);
        assert_eq!(
            quoted_title("某市人民政府办公厅关于印发2020年政府工作报告重点工作责任分解的通知"),
            Some("2020年政府工作报告重点工作责任分解")
        );
    }

    #[test]
    fn a_title_broken_over_two_lines_is_joined() {
        let lines = [
            (1, "2024年3月11日"),
            (2, "（此件公开发布）"),
            (3, "某区政府2024年重点工作"),
            (4, "任务分解和责任分工方案"),
            (5, "为做好今年工作，制定本方案。"),
        ];
        assert_eq!(
            joined_title(&lines, 2),
            "某区政府2024年重点工作任务分解和责任分工方案"
        );
        let lines = [(1, "某市卫生健康委员会"), (2, "2024年重点工作任务分工方案")];
        assert_eq!(
            joined_title(&lines, 1),
            "某市卫生健康委员会2024年重点工作任务分工方案"
        );
        // A document number, a 文件 line or a notice above is no part of it.
        for above in [
            "某卫发〔2024〕3号",
            "某市卫生健康委员会文件",
            "（此件主动公开）",
        ] {
            let lines = [(1, above), (2, "2024年重点工作任务分工方案")];
            assert_eq!(joined_title(&lines, 1), "2024年重点工作任务分工方案");
        }
        let lines = [(1, "某局2024年工作要点"), (2, "（列第一位的为牵头单位）")];
        assert_eq!(joined_title(&lines, 0), "某局2024年工作要点");
    }

    #[test]
    fn publication_notes_are_not_titles() {
        assert!(is_publication_note("（此件主动公开）"));
        assert!(is_publication_note("(此件公开发布)"));
        assert!(!is_publication_note("此件"));
    }
}
