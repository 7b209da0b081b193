//! Plain text: one paragraph per non-blank line; a line of cells separated by `|`
//! or tabs is a table row; text pasted from a PDF, hard-wrapped every 20–40
//! characters, has its wrapped lines joined again.

use unicode_width::UnicodeWidthStr;

use super::text_stream::Widths;
use crate::plan::blocks::{Block, Container, Document};
use crate::plan::parse::item::{item_heading, section_heading, sub_heading};
use crate::plan::parse::labels::label;

/// Splits decoded text into blocks, one per non-blank line, numbered by line.
pub fn read(text: &str) -> Document {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let text = join_quoted_cells(text);
    let text = text.as_ref();
    // Tabs at the ends of a line may be empty cells of a row: kept until the row
    // is read.
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .map(|(i, line)| {
            (
                i + 1,
                line.trim_matches(|c: char| c.is_whitespace() && c != '\t'),
            )
        })
        .filter(|(_, line)| !line.trim().is_empty())
        .collect();
    let lines = without_page_furniture(lines);
    let lines = without_cell_bars(lines);
    let spaced = spaced_digits(&lines);
    let squeeze = |s: &str| -> String {
        if spaced {
            squeeze_spaces(s)
        } else {
            s.to_string()
        }
    };
    let wrap = wrap_width(&lines);
    let spaced_table = spaced_table_rows(&lines, &squeeze);
    let mut blocks: Vec<Block> = Vec::with_capacity(lines.len());
    let mut table = 0;
    let mut in_table = false;
    let mut prev_full = false;
    for (k, &(at, raw)) in lines.iter().enumerate() {
        let from_spaces = match spaced_table.get(&k) {
            Some(None) => continue,
            Some(Some(cells)) => Some(cells.clone()),
            None => None,
        };
        if let Some(mut cells) = from_spaces.or_else(|| row_cells(raw)) {
            if spaced {
                cells = cells.iter().map(|c| squeeze_spaces(c)).collect();
            }
            if !in_table && blocks.iter().any(|b| matches!(b, Block::Row { .. })) {
                table += 1;
            }
            in_table = true;
            prev_full = false;
            blocks.push(Block::Row { cells, table, at });
            continue;
        }
        in_table = false;
        let squeezed = squeeze(raw.trim());
        push_paragraph(&mut blocks, at, squeezed.as_str(), wrap, &mut prev_full);
    }
    Document {
        container: Container::Text,
        blocks,
    }
}

/// A line of prose: a paragraph of its own, or the rest of the one above (a line
/// wrapped at `wrap`, or an item heading cut mid-sentence).
pub(super) fn push_paragraph(
    blocks: &mut Vec<Block>,
    at: usize,
    line: &str,
    wrap: Option<usize>,
    prev_full: &mut bool,
) {
    if let Some(width) = wrap
        && *prev_full
        && !starts_block(line)
        && let Some(Block::Paragraph { text, .. }) = blocks.last_mut()
    {
        text.push_str(line);
        *prev_full = is_full(line, width);
        return;
    }
    // An item heading cut mid-sentence (`73.建设智慧教育平台，整合各类`) goes on
    // in the next line, even when the text as a whole is not hard-wrapped.
    if !starts_block(line)
        && let Some(Block::Paragraph { text, .. }) = blocks.last_mut()
        && cut_heading(text)
    {
        text.push_str(line);
        *prev_full = wrap.is_some_and(|w| is_full(line, w));
        return;
    }
    *prev_full = wrap.is_some_and(|w| is_full(line, w));
    blocks.push(Block::Paragraph {
        text: line.to_string(),
        heading: None,
        at,
    });
}

/// A table copied out of a web page or a PDF one cell per line, each cell closed
/// by ` |` (`序号 |`, `重点任务 |`, `1 |`): in a run of three or more such
/// lines the bar goes, and the lines read as the cells they are.
fn without_cell_bars(mut lines: Vec<(usize, &str)>) -> Vec<(usize, &str)> {
    let barred = |line: &str| {
        let bare = line.trim_end_matches(['|', '｜']);
        bare.len() < line.len() && !bare.contains(['|', '｜', '\t']) && !bare.trim().is_empty()
    };
    let mut k = 0;
    while k < lines.len() {
        let run = lines[k..].iter().take_while(|(_, l)| barred(l)).count();
        if run >= 3 {
            for (_, line) in &mut lines[k..k + run] {
                *line = line.trim_end_matches(['|', '｜']).trim_end();
            }
        }
        k += run.max(1);
    }
    lines
}

/// A page number a PDF puts on every page, copied with the text: `— 3 —`, `- 3 -`,
/// `－3－`, `·3·`, `第 3 页`, `第3页 共12页`, `3 / 12`.
pub fn is_page_number(line: &str) -> bool {
    // Every line is asked: a long one is refused before anything is built.
    if line.len() > 60 {
        return false;
    }
    let t: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    if t.is_empty() || t.len() > 40 {
        return false;
    }
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let dashes: &[char] = &['—', '-', '–', '－', '―', '─', '·', '•', '‐'];
    let inner = t.trim_start_matches(dashes);
    if inner.len() < t.len() {
        let core = inner.trim_end_matches(dashes);
        if core.len() < inner.len() && digits(core) {
            return true;
        }
    }
    if let Some(rest) = t.strip_prefix('第') {
        let (page, rest) = rest.split_once('页').unwrap_or((rest, "~"));
        let rest = rest.trim_start_matches(['，', ',']);
        let total_ok = rest.is_empty()
            || rest
                .strip_prefix('共')
                .and_then(|r| r.strip_suffix('页'))
                .is_some_and(digits);
        return digits(page) && total_ok;
    }
    t.split_once('/')
        .is_some_and(|(a, b)| digits(a) && digits(b) && a.len() <= 4 && b.len() <= 4)
}

/// Text copied out of a PDF brings each page's number, and often a running header
/// (the issuer's or the plan's name) at the top of each page: neither is the
/// plan's text, and both would cut a paragraph wrapped over the page break. A
/// running header is a short name line right after a page number that occurs
/// elsewhere in the text too (after other page numbers, or as the title).
fn without_page_furniture(lines: Vec<(usize, &str)>) -> Vec<(usize, &str)> {
    let pages: Vec<bool> = lines.iter().map(|(_, l)| is_page_number(l)).collect();
    if !pages.iter().any(|&p| p) {
        return lines;
    }
    // How often each line that follows a page number occurs in the whole text.
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (k, (_, l)) in lines.iter().enumerate().skip(1) {
        if pages[k - 1] && !pages[k] {
            seen.insert(l.trim(), 0);
        }
    }
    for (_, l) in &lines {
        if let Some(n) = seen.get_mut(l.trim()) {
            *n += 1;
        }
    }
    let header = |l: &str| {
        let l = l.trim();
        l.chars().count() <= 40
            && !starts_block(l)
            && !l.contains(['。', '，', '；', '：', ':', '、'])
            && (seen.get(l).is_some_and(|&n| n >= 2) || l.ends_with("文件"))
    };
    lines
        .iter()
        .enumerate()
        .filter(|&(k, (_, l))| {
            let running_header = k > 0 && pages[k - 1] && header(l);
            !pages[k] && !running_header
        })
        .map(|(_, &line)| line)
        .collect()
}

/// Whether the text writes spaces between digits and Chinese (`2024 年 9 月 30 日`),
/// as text extracted from a PDF does: three such places or more (a digit, a
/// space, a Chinese character).
fn spaced_digits(lines: &[(usize, &str)]) -> bool {
    let mut found = 0;
    lines.iter().any(|(_, line)| {
        found += spaced_places(line, 3 - found);
        found >= 3
    })
}

/// How many places in `line` write a digit, a space and a Chinese character, up
/// to `most`.
pub(super) fn spaced_places(line: &str, most: usize) -> usize {
    let mut found = 0;
    let mut prev = ['\0', '\0'];
    for c in line.chars() {
        if prev[0].is_ascii_digit() && prev[1] == ' ' && c as u32 >= 0x4E00 {
            found += 1;
            if found >= most {
                return found;
            }
        }
        prev = [prev[1], c];
    }
    found
}

/// A line without the spaces a PDF puts between Latin letters or digits and
/// Chinese characters: `临河市 2024 年` → `临河市2024年`, `20 个` → `20个`.
/// Spaces between two Chinese characters or two Latin words stay.
fn squeeze_spaces(line: &str) -> String {
    let cjk = |c: char| c as u32 >= 0x2E80;
    let latin = |c: char| c.is_ascii_alphanumeric() || c == '%';
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == ' ' && i > 0 {
            let end = (i..chars.len())
                .find(|&k| chars[k] != ' ')
                .unwrap_or(chars.len());
            let (before, after) = (chars[i - 1], chars.get(end).copied());
            if let Some(after) = after
                && ((latin(before) && cjk(after)) || (cjk(before) && latin(after)))
            {
                i = end;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

/// A task table copied out of a PDF: each row one line of cells separated by
/// spaces, under a header line whose every word is a column name (`序号 重点任务
/// 牵头单位 配合单位 完成时限`). A row with more words than columns holds spaces
/// in its task (or measures) cell; a one-word line under a row that is not a
/// heading continues that cell. Returns, by line index, the row's cells, or None
/// for a line folded into the row above.
fn spaced_table_rows(
    lines: &[(usize, &str)],
    squeeze: &dyn Fn(&str) -> String,
) -> std::collections::HashMap<usize, Option<Vec<String>>> {
    use crate::plan::parse::table::{Column, Columns};
    let mut out: std::collections::HashMap<usize, Option<Vec<String>>> =
        std::collections::HashMap::new();
    // Words as the PDF spaced them, with `2024 年 9 月底前` and `20 个` put back
    // together (never the 序号 in front).
    let words = |l: &str| -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for w in l.split_whitespace() {
            let glue = out.len() >= 2
                && out.last().is_some_and(|p: &String| {
                    let (end, start) = (p.chars().last(), w.chars().next());
                    let cjk = |c: char| c as u32 >= 0x4E00;
                    (end.is_some_and(|c| c.is_ascii_digit()) && start.is_some_and(cjk))
                        || (end.is_some_and(|c| c == '年' || c == '月')
                            && start.is_some_and(|c| c.is_ascii_digit()))
                });
            match out.last_mut() {
                Some(p) if glue => p.push_str(w),
                _ => out.push(w.to_string()),
            }
        }
        out.iter().map(|w| squeeze(w)).collect()
    };
    let mut k = 0;
    while k < lines.len() {
        let line = lines[k].1;
        // Most lines are prose: no spaces, or punctuation no header has.
        if !line.contains([' ', '\u{3000}'])
            || line.contains(['\t', '|', '｜', '。', '，', '：'])
            || line.len() > 200
        {
            k += 1;
            continue;
        }
        let header = words(line);
        let kinds = (header.len() >= 3)
            .then(|| Columns::recognise(&header))
            .flatten()
            .map(|c| c.kinds)
            .filter(|kinds| kinds.iter().all(|c| *c != Column::Other));
        let Some(kinds) = kinds else {
            k += 1;
            continue;
        };
        let width = kinds.len();
        let main = kinds
            .iter()
            .position(|c| matches!(c, Column::Task | Column::Measures))
            .unwrap_or(0);
        out.insert(k, Some(header));
        let mut last_row: Option<usize> = None;
        let mut j = k + 1;
        while j < lines.len() {
            let line = lines[j].1.trim();
            let mut cells = words(line);
            let numbered = cells
                .first()
                .is_some_and(|c| c.chars().all(|c| c.is_ascii_digit()));
            if cells.len() == width || (cells.len() > width && numbered) {
                let extra = cells.len() - width;
                let joined: String = cells.drain(main..=main + extra).collect();
                cells.insert(main, joined);
                out.insert(j, Some(cells));
                last_row = Some(j);
            } else if cells.len() == 1 && starts_block(line) {
                // A group line (一、经济发展) between rows.
                last_row = None;
            } else if cells.len() == 1
                && let Some(row) = last_row
                && let Some(Some(prev)) = out.get_mut(&row)
            {
                prev[main].push_str(line);
                out.insert(j, None);
            } else {
                break;
            }
            j += 1;
        }
        k = j;
    }
    out
}

/// Stands for a line break inside a quoted cell until the row is read.
const CELL_BREAK: char = '\u{2028}';

/// Cells copied out of Excel come as tab-separated lines; a cell holding a line
/// break comes in double quotes over several lines (`""` is a quote). Such a
/// cell's lines are joined back into its row, the breaks kept as `CELL_BREAK`. A
/// quote still open after 20 lines is not such a cell: the text is left as it is.
fn join_quoted_cells(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('\t') || !text.contains('"') {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    let mut inside = false;
    let mut open_lines = 0;
    for (k, line) in text.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if k > 0 {
            out.push(if inside { CELL_BREAK } else { '\n' });
        }
        if inside {
            open_lines += 1;
            if open_lines > 20 {
                return text.into();
            }
        } else if !line.contains('\t') {
            out.push_str(line);
            continue;
        }
        let mut cell_start = !inside;
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            if inside {
                if c == '"' && chars.next_if_eq(&'"').is_none() {
                    inside = false;
                }
            } else if c == '\t' {
                cell_start = true;
                continue;
            } else if c == '"' && cell_start {
                inside = true;
                open_lines = 0;
            }
            cell_start = false;
        }
        out.push_str(line);
    }
    if inside {
        return text.into();
    }
    out.into()
}

/// A cell as Excel quotes it (`"甲""乙"`) without its quotes; line breaks inside
/// it are line breaks again.
fn unquote(cell: &str) -> String {
    let inner = cell
        .strip_prefix('"')
        .and_then(|c| c.strip_suffix('"'))
        .filter(|_| cell.len() >= 2);
    match inner {
        Some(inner) => inner.replace("\"\"", "\"").replace(CELL_BREAK, "\n"),
        None => cell.replace(CELL_BREAK, "\n"),
    }
}

/// The cells of a table row written as text: two or more non-empty cells
/// separated by `|` (or `｜`) or tabs. A line framed in `|` with three or more
/// cells (`| 一、教育惠民 | | |`) is a row even with one cell filled: a group
/// row of the table.
fn row_cells(line: &str) -> Option<Vec<String>> {
    let sep: &[char] = if line.contains('\t') {
        &['\t']
    } else if line.contains(['|', '｜']) {
        &['|', '｜']
    } else {
        return None;
    };
    let framed = sep.contains(&'|') && line.starts_with(['|', '｜']) && line.ends_with(['|', '｜']);
    let line = line.trim_start_matches(sep);
    let line = if sep.contains(&'|') {
        line.trim_end_matches(sep)
    } else {
        line
    };
    let cells: Vec<String> = line
        .split(sep)
        .map(|c| unquote(c.trim_matches(|c: char| c.is_whitespace())))
        .collect();
    let filled = cells.iter().filter(|c| !c.is_empty()).count();
    (filled >= 2 || (framed && filled == 1 && cells.len() >= 3)).then_some(cells)
}

/// An item heading whose first sentence is cut: it has no sentence stop, ends in
/// no stop or closing bracket, and is a sentence in progress (it has a comma, or
/// ends in one), not a short heading of its own.
fn cut_heading(text: &str) -> bool {
    let Some(Ok((_, _, _, title))) = item_heading(text) else {
        return false;
    };
    let last = title.chars().last();
    !title.contains(['。', '；', '！', '？', '（', '('])
        && !last.is_some_and(|c| {
            matches!(
                c,
                '。' | '；' | ';' | '！' | '？' | '：' | ':' | '”' | '）' | ')' | '】' | '》' | ']'
            )
        })
        && (title.contains(['，', ',']) || last.is_some_and(|c| matches!(c, '、')))
}

/// A line that begins something of its own and never continues the line above:
/// a heading, a numbered item, a label, a date, a bracketed note.
fn starts_block(line: &str) -> bool {
    section_heading(line).is_some()
        || sub_heading(line).is_some()
        || item_heading(line).is_some()
        || label(line).is_some()
        || line.starts_with(['（', '(', '【', '《'])
        || crate::plan::header::parse_date(line).is_some()
}

/// A wrapped line fills the width, give or take the unevenness of punctuation;
/// a paragraph's last line is shorter, a whole paragraph on one line is longer,
/// and a line that ends a sentence ends its paragraph.
fn is_full(line: &str, width: usize) -> bool {
    let w = line.width();
    !line.ends_with(['。', '！', '？']) && w + 6 >= width && w <= width + 2
}

/// The width text is hard-wrapped at, when it is: most lines end within a few
/// columns of one width of 40–90 columns (20–45 characters), and almost none are
/// longer. A document of whole paragraphs has many lines far longer.
fn wrap_width(lines: &[(usize, &str)]) -> Option<usize> {
    if lines.len() < 8 {
        return None;
    }
    // A line of more than 300 bytes is at least 100 characters wide: a whole
    // paragraph. When many are, the text is not wrapped, and the widths of a
    // document of megabytes need not be measured.
    let long = lines.iter().filter(|(_, l)| l.len() > 300).count();
    if long * 5 > lines.len() {
        return None;
    }
    let mut widths = Widths::default();
    for (_, l) in lines {
        widths.add(l);
    }
    widths.wrap_width()
}

#[cfg(test)]
mod tests {
    #[test]
    fn cells_closed_by_a_bar_one_per_line_lose_the_bar() {
        let doc = read("序号 |\n重点任务 |\n牵头单位 |\n1 |\n修路 |\n交通科 |\n说明：见附件 |\n");
        assert_eq!(
            texts(&doc),
            [
                "序号",
                "重点任务",
                "牵头单位",
                "1",
                "修路",
                "交通科",
                "说明：见附件"
            ]
        );
        // Two such lines are not a run: kept as written.
        let doc = read("甲 |\n乙 |\n");
        assert_eq!(texts(&doc), ["甲 |", "乙 |"]);
    }

    #[test]
    fn cells_quoted_over_several_lines_are_one_cell() {
        let pasted = "序号\t任务\t措施\t牵头\n1\t建园\t\"建成2所。\n新增学位\"\"540\"\"个。\"\t学前科\n2\t培训\t培训2000人次\t师训中心\n";
        let doc = read(pasted);
        let rows: Vec<Vec<String>> = doc
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Row { cells, .. } => Some(cells.clone()),
                Block::Paragraph { .. } => None,
            })
            .collect();
        assert_eq!(rows.len(), 3, "{rows:?}");
        assert_eq!(rows[1][2], "建成2所。\n新增学位\"540\"个。");
        assert_eq!(rows[2][1], "培训");
        // A quote that never closes leaves the text as it was.
        let open = format!("1\t\"甲\t乙\n{}", "行\n".repeat(30));
        assert_eq!(join_quoted_cells(&open), open.as_str());
    }

    use super::*;

    fn texts(doc: &Document) -> Vec<String> {
        doc.blocks
            .iter()
            .map(|b| match b {
                Block::Paragraph { text, .. } => text.clone(),
                Block::Row { cells, table, .. } => format!("{table}:{}", cells.join("|")),
            })
            .collect()
    }

    #[test]
    fn rows_need_two_filled_cells() {
        let doc = read("湖南省教育厅文件 |\n序号|任务|牵头单位\n1\t甲\t乙\n正文\n2|丙|丁\n");
        assert_eq!(
            texts(&doc),
            [
                "湖南省教育厅文件 |",
                "0:序号|任务|牵头单位",
                "0:1|甲|乙",
                "正文",
                "1:2|丙|丁"
            ]
        );
    }

    #[test]
    fn empty_cells_keep_their_place() {
        let doc = read("| 1 | 甲 |  | 6月底前 |\n");
        assert_eq!(texts(&doc), ["0:1|甲||6月底前"]);
    }

    #[test]
    fn hard_wrapped_paragraphs_are_joined_again() {
        let text = "\
某市卫生健康委员会2023年重点工作责任分工方案
一、提升医疗服务能力
1.推进紧密型县域医共体建设。年内实现县域医共体全
覆盖，推动优质医疗资源下沉，完善双向转诊机制，提
升基层首诊率。（牵头单位：医政医管科；配合单位：
基层卫生科、财务科）
2.加强公共卫生体系建设。完善疾病预防控制体系，推
进疾控机构标准化建设，提升突发公共卫生事件应急处
置能力。（牵头单位：疾控科）
二、深化医改
3.推进公立医院综合改革。";
        let doc = read(text);
        assert_eq!(
            texts(&doc),
            [
                "某市卫生健康委员会2023年重点工作责任分工方案",
                "一、提升医疗服务能力",
                "1.推进紧密型县域医共体建设。年内实现县域医共体全覆盖，推动优质医疗资源下沉，完善双向转诊机制，提升基层首诊率。（牵头单位：医政医管科；配合单位：基层卫生科、财务科）",
                "2.加强公共卫生体系建设。完善疾病预防控制体系，推进疾控机构标准化建设，提升突发公共卫生事件应急处置能力。（牵头单位：疾控科）",
                "二、深化医改",
                "3.推进公立医院综合改革。",
            ]
        );
    }

    #[test]
    fn page_numbers_in_every_style() {
        for page in [
            "— 3 —",
            "—3—",
            "- 12 -",
            "－3－",
            "·3·",
            "第 3 页",
            "第3页 共12页",
            "第3页，共12页",
            "3 / 12",
        ] {
            assert!(is_page_number(page), "{page}");
        }
        for text in [
            "3",
            "一、总体要求",
            "—",
            "第三章",
            "2023-2024",
            "3.加强管理",
            "第3批",
        ] {
            assert!(!is_page_number(text), "{text}");
        }
    }

    #[test]
    fn page_numbers_and_running_headers_do_not_cut_a_paragraph() {
        let text = "\
某市教育局
2024年工作要点
一、提升质量
1.推进集团化办学。新组建教育集团十个，实现城乡学校结对
帮扶全覆盖，推动优质资源共享。（责任科室：基教科）
2.加强教研。开展全市教研员全员培训，建立学科教研基地十
— 1 —
某市教育局
个，提升课堂教学质量。（责任科室：教研室）
3.推进双减。规范校外培训，加强课后服务，提高服务质量与
— 2 —
某市教育局
覆盖面，满足学生多样化需求。（责任科室：基教科）
— 3 —";
        let doc = read(text);
        assert_eq!(
            texts(&doc),
            [
                "某市教育局",
                "2024年工作要点",
                "一、提升质量",
                "1.推进集团化办学。新组建教育集团十个，实现城乡学校结对帮扶全覆盖，推动优质资源共享。（责任科室：基教科）",
                "2.加强教研。开展全市教研员全员培训，建立学科教研基地十个，提升课堂教学质量。（责任科室：教研室）",
                "3.推进双减。规范校外培训，加强课后服务，提高服务质量与覆盖面，满足学生多样化需求。（责任科室：基教科）",
            ]
        );
    }

    #[test]
    fn pdf_spaces_around_digits_go_when_the_text_has_them() {
        assert_eq!(
            squeeze_spaces("临河市 2024 年 9 月 30 日前上线 20 个 App 服务"),
            "临河市2024年9月30日前上线20个App服务"
        );
        assert_eq!(squeeze_spaces("甲 乙 A B"), "甲 乙A B");
        let text = "一、总体\n1.上线 20 个服务，2024 年 9 月 30 日前完成。（责任单位：甲局）\n";
        assert_eq!(
            texts(&read(text))[1],
            "1.上线20个服务，2024年9月30日前完成。（责任单位：甲局）"
        );
        // A document that writes no such spaces keeps its own.
        assert_eq!(
            texts(&read("一、总体\n1.上线 App 服务。\n"))[1],
            "1.上线 App 服务。"
        );
    }

    #[test]
    fn a_running_header_repeating_the_title_after_a_cover_letter_goes() {
        let text = "\
关于印发工作要点的通知
各科室：现印发给你们。
某局2024年工作要点
一、提升质量
1.推进集团化办学。新组建教育集团十个，实现城乡学校结对
第 1 页 共 2 页
某局2024年工作要点
帮扶全覆盖，推动优质资源共享。（责任科室：基教科）
第 2 页 共 2 页";
        let got = texts(&read(text));
        assert_eq!(
            got.iter().filter(|t| *t == "某局2024年工作要点").count(),
            1,
            "{got:?}"
        );
        assert!(!got.iter().any(|t| t.contains("第 1 页")), "{got:?}");
        assert_eq!(
            got.last().unwrap(),
            "帮扶全覆盖，推动优质资源共享。（责任科室：基教科）"
        );
    }

    #[test]
    fn a_table_copied_from_a_pdf_has_cells_separated_by_spaces() {
        let text = "\
某局任务台账
序号 重点任务 牵头单位 配合单位 完成时限
一、教育
1 推进集团化办学 基教科 人事科 6月底前
2 建设智慧 校园 信息中心 各学校 年底前
新增多媒体教室
3 推进课后服务 基教科 — 全年
二、其他";
        assert_eq!(
            texts(&read(text)),
            [
                "某局任务台账",
                "0:序号|重点任务|牵头单位|配合单位|完成时限",
                "一、教育",
                "1:1|推进集团化办学|基教科|人事科|6月底前",
                "1:2|建设智慧校园新增多媒体教室|信息中心|各学校|年底前",
                "1:3|推进课后服务|基教科|—|全年",
                "二、其他",
            ]
        );
        // Prose with spaces is no table.
        assert_eq!(texts(&read("任务 牵头单位 很多"))[0], "任务 牵头单位 很多");
    }

    #[test]
    fn a_group_row_framed_in_pipes_is_a_row() {
        let doc = read("| 序号 | 重点任务 | 牵头单位 |\n| 一、教育 | | |\n| 1 | 甲 | 乙 |\n");
        assert_eq!(
            texts(&doc),
            ["0:序号|重点任务|牵头单位", "0:一、教育||", "0:1|甲|乙"]
        );
        // Unframed, one filled cell is a paragraph.
        assert_eq!(texts(&read("一、教育 | \n")), ["一、教育 |"]);
    }

    #[test]
    fn whole_paragraph_lines_are_not_joined() {
        let seed = include_str!("../../../seeds/000_1c263084d9f29a16.txt");
        let lines = seed.lines().filter(|l| !l.trim().is_empty()).count();
        assert_eq!(read(seed).blocks.len(), lines);
    }
}
