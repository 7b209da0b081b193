//! Saved web pages (.html): the article's paragraphs and tables, without the site's
//! navigation, headers, footers and sidebars.
//!
//! The charset comes from the byte-order mark, else `<meta charset>` or the
//! http-equiv content type, else UTF-8 if the bytes are UTF-8, else GB18030 (what
//! government sites use when they say GB2312 or GBK). The article is the element
//! whose paragraphs and tables hold the most text, a readability-style score with a
//! bonus for names such as `content`, `article`, `TRS_Editor`, `zoom`. Inside it,
//! every block element, `<li>`, heading and `<br>`-separated line is a paragraph
//! (government sites often put a whole plan in one `<p>` broken by `<br>`), and a
//! table of two or more columns gives rows, `colspan`/`rowspan` repeated like merged
//! cells. A one-column table is layout: its cells are read as blocks.

use std::collections::HashMap;

use crate::plan::blocks::{Block, Container, Document};
use ego_tree::{NodeId, NodeRef};
use scraper::{ElementRef, Html, Node};

/// Reads a web page's article into blocks.
pub fn read(bytes: &[u8]) -> Document {
    let text = decode(bytes);
    let html = Html::parse_document(&text);
    let root = html.root_element();
    let body = root
        .child_elements()
        .find(|e| e.value().name() == "body")
        .unwrap_or(root);
    let total = text_len(*body);
    let mut page = Page {
        total,
        scores: HashMap::new(),
    };
    page.score(*body, 0);
    let article = page
        .scores
        .iter()
        .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(a.0)))
        .and_then(|(id, _)| html.tree.get(*id))
        .unwrap_or(*body);
    let mut out = Emitter {
        page: &page,
        blocks: Vec::new(),
        line: String::new(),
        heading: None,
        tables: 0,
        depth: 0,
    };
    // The page's title heading often stands just outside the article's text.
    let title = body.descendants().find(|n| {
        n.value().as_element().is_some_and(|e| e.name() == "h1")
            && !n.ancestors().any(|a| a.id() == article.id())
            && !n
                .ancestors()
                .any(|a| ElementRef::wrap(a).is_some_and(|e| page.is_noise(e)))
    });
    let had_title = title.is_some();
    if let Some(title) = title {
        out.heading = Some(1);
        out.walk(title);
        out.flush();
        out.heading = None;
    }
    out.walk(article);
    out.flush();
    // A page whose title stands in a styled <div> outside the article still names
    // itself in <title> (`某局2024年工作要点_计划总结_某局网站`): its first part
    // opens the document when the article does not hold it.
    if !had_title && let Some(title) = page_title(root) {
        let held = out.blocks.iter().any(|b| match b {
            Block::Paragraph { text, .. } => text.contains(&title),
            Block::Row { .. } => false,
        });
        if !held {
            for b in &mut out.blocks {
                match b {
                    Block::Paragraph { at, .. } | Block::Row { at, .. } => *at += 1,
                }
            }
            out.blocks.insert(
                0,
                Block::Paragraph {
                    text: title,
                    heading: Some(1),
                    at: 1,
                },
            );
        }
    }
    Document {
        container: Container::Html,
        blocks: out.blocks,
    }
}

/// The first part of the page's `<title>`, before the site's name.
fn page_title(root: ElementRef<'_>) -> Option<String> {
    let head = root.child_elements().find(|e| e.value().name() == "head")?;
    let title = head
        .child_elements()
        .find(|e| e.value().name() == "title")?;
    let text: String = title.text().collect();
    let first = text
        .split(['_', '|', '｜'])
        .next()?
        .split(" - ")
        .next()?
        .trim();
    (first.chars().count() >= 4).then(|| first.to_string())
}

/// The page's text, decoded by its declared or detected charset.
pub fn decode(bytes: &[u8]) -> String {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        return encoding
            .decode_without_bom_handling(&bytes[bom..])
            .0
            .into_owned();
    }
    let declared = declared_charset(&bytes[..bytes.len().min(4096)]).map(|e| {
        // Pages saying GB2312 or GBK are written in their superset's characters.
        if e == encoding_rs::GBK {
            encoding_rs::GB18030
        } else {
            e
        }
    });
    let encoding = declared.unwrap_or_else(|| {
        if std::str::from_utf8(bytes).is_ok() {
            encoding_rs::UTF_8
        } else {
            encoding_rs::GB18030
        }
    });
    encoding.decode_without_bom_handling(bytes).0.into_owned()
}

fn declared_charset(head: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(pos) = lower[from..].windows(7).position(|w| w == b"charset") {
        let rest = &lower[from + pos + 7..];
        let rest = &rest[rest
            .iter()
            .position(|c| !matches!(c, b' ' | b'=' | b'"' | b'\'' | b'\t'))
            .unwrap_or(rest.len())..];
        let label: Vec<u8> = rest
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b':' | b'.'))
            .copied()
            .collect();
        if let Some(e) = encoding_rs::Encoding::for_label(&label) {
            // A page that was decoded to be read cannot be UTF-16 any more.
            if e != encoding_rs::UTF_16LE && e != encoding_rs::UTF_16BE {
                return Some(e);
            }
        }
        from += pos + 7;
    }
    None
}

/// Elements that never hold the article.
const NOISE_TAGS: &[&str] = &[
    "script", "style", "nav", "header", "footer", "aside", "form", "iframe", "noscript", "select",
    "button", "template", "svg", "head", "title", "object", "embed", "input", "textarea", "map",
];

/// Words in ids and classes that mark navigation, menus and page furniture.
const NOISE_WORDS: &[&str] = &[
    "nav",
    "navbar",
    "navigation",
    "menu",
    "menus",
    "breadcrumb",
    "breadcrumbs",
    "crumb",
    "crumbs",
    "footer",
    "foot",
    "header",
    "head",
    "share",
    "sharebar",
    "sidebar",
    "side",
    "top",
    "bottom",
    "copyright",
    "banner",
    "toolbar",
    "login",
    "search",
    "location",
    "position",
    "weizhi",
    "dh",
    "fx",
    "bq",
    "links",
    "friendlink",
];

/// Substrings that mark the same, however the words are glued together.
const NOISE_PARTS: &[&str] = &[
    "nav",
    "menu",
    "crumb",
    "footer",
    "header",
    "share",
    "sidebar",
    "copyright",
    "导航",
    "菜单",
    "版权",
    "分享",
    "位置",
];

/// Names that mark the article itself.
const ARTICLE_PARTS: &[&str] = &[
    "content",
    "article",
    "trs_editor",
    "zoom",
    "main",
    "detail",
    "text",
    "body",
    "zhengwen",
    "正文",
    "con",
];

fn names(e: &scraper::node::Element) -> String {
    let mut s = e.id().unwrap_or("").to_lowercase();
    s.push(' ');
    s.push_str(&e.attr("class").unwrap_or("").to_lowercase());
    s
}

fn named_noise(e: &scraper::node::Element) -> bool {
    let names = names(e);
    // Article containers named like `content-top` are judged by their text, below.
    let tokens = names.split(|c: char| !c.is_alphanumeric());
    tokens.into_iter().any(|t| NOISE_WORDS.contains(&t))
        || NOISE_PARTS.iter().any(|p| names.contains(p))
}

fn named_article(e: &scraper::node::Element) -> bool {
    let names = names(e);
    ARTICLE_PARTS.iter().any(|p| names.contains(p))
}

struct Page {
    total: usize,
    scores: HashMap<NodeId, f64>,
}

/// Characters of text under a node, whitespace not counted.
fn text_len(node: NodeRef<'_, Node>) -> usize {
    node.descendants()
        .filter_map(|n| n.value().as_text())
        .map(|t| t.chars().filter(|c| !c.is_whitespace()).count())
        .sum()
}

fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "blockquote"
            | "pre"
            | "center"
            | "table"
            | "tbody"
            | "thead"
            | "tfoot"
            | "tr"
            | "td"
            | "th"
            | "caption"
            | "address"
            | "figure"
            | "figcaption"
            | "body"
            | "hr"
    )
}

impl Page {
    /// Whether an element and all under it is left out of the article.
    fn is_noise(&self, e: ElementRef<'_>) -> bool {
        let el = e.value();
        if NOISE_TAGS.contains(&el.name()) {
            return true;
        }
        // A wrapper that holds most of the page is not furniture, whatever its name.
        named_noise(el) && text_len(*e) * 2 < self.total
    }

    /// Scores content nodes (paragraphs, data tables, loose text) into their block
    /// container (fully) and the container's parent (half).
    fn score(&mut self, node: NodeRef<'_, Node>, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        for child in node.children() {
            match child.value() {
                Node::Text(t) => {
                    let len = t.chars().filter(|c| !c.is_whitespace()).count();
                    if len > 0 {
                        self.credit(child, len);
                    }
                }
                Node::Element(el) => {
                    let Some(e) = ElementRef::wrap(child) else {
                        continue;
                    };
                    if self.is_noise(e) {
                        continue;
                    }
                    if el.name() == "table" && is_data_table(e) {
                        self.credit(child, text_len(child));
                        continue;
                    }
                    self.score(child, depth + 1);
                }
                _ => {}
            }
        }
    }

    fn credit(&mut self, node: NodeRef<'_, Node>, len: usize) {
        let blocks = node.ancestors().filter(|a| {
            a.value().as_element().is_some_and(|e| {
                is_block(e.name())
                    && !matches!(
                        e.name(),
                        "p" | "li"
                            | "h1"
                            | "h2"
                            | "h3"
                            | "h4"
                            | "h5"
                            | "h6"
                            | "tr"
                            | "tbody"
                            | "thead"
                            | "tfoot"
                    )
            })
        });
        for (share, ancestor) in [1.0, 0.5].into_iter().zip(blocks) {
            let bonus = if ancestor.value().as_element().is_some_and(named_article) {
                1.25
            } else {
                1.0
            };
            *self.scores.entry(ancestor.id()).or_default() += share * len as f64 * bonus;
        }
    }
}

/// A table of two or more columns in some row holds data; a one-column table is
/// layout around blocks, and so is a table with a table inside one of its cells (an
/// older site's page laid out in tables: navigation in one cell, the article with
/// its own task table in another).
fn is_data_table(table: ElementRef<'_>) -> bool {
    rows(table).any(|tr| cells(tr).count() >= 2)
        && !rows(table).flat_map(cells).any(|td| {
            td.descendants()
                .any(|n| n.value().as_element().is_some_and(|e| e.name() == "table"))
        })
}

/// The rows of a table, not of tables nested in it.
fn rows<'a>(table: ElementRef<'a>) -> impl Iterator<Item = ElementRef<'a>> {
    table.child_elements().flat_map(|c| {
        let name = c.value().name();
        let list: Vec<ElementRef<'a>> = if name == "tr" {
            vec![c]
        } else if matches!(name, "tbody" | "thead" | "tfoot") {
            c.child_elements()
                .filter(|r| r.value().name() == "tr")
                .collect()
        } else {
            Vec::new()
        };
        list
    })
}

fn cells<'a>(tr: ElementRef<'a>) -> impl Iterator<Item = ElementRef<'a>> {
    tr.child_elements()
        .filter(|c| matches!(c.value().name(), "td" | "th"))
}

struct Emitter<'p> {
    page: &'p Page,
    blocks: Vec<Block>,
    line: String,
    heading: Option<u8>,
    tables: usize,
    /// Nesting of elements being walked; past [`MAX_DEPTH`] the rest is flat text.
    depth: usize,
}

/// How deep the readers recurse into nested elements: a page nested deeper (no
/// real one is) has its innermost text read flat rather than overflow the stack.
const MAX_DEPTH: usize = 100;

impl Emitter<'_> {
    fn walk(&mut self, node: NodeRef<'_, Node>) {
        if self.depth > MAX_DEPTH {
            for text in node.descendants().filter_map(|n| n.value().as_text()) {
                self.line.push_str(text);
            }
            return;
        }
        self.depth += 1;
        self.walk_children(node);
        self.depth -= 1;
    }

    fn walk_children(&mut self, node: NodeRef<'_, Node>) {
        for child in node.children() {
            match child.value() {
                Node::Text(t) => self.line.push_str(t),
                Node::Element(el) => {
                    let Some(e) = ElementRef::wrap(child) else {
                        continue;
                    };
                    if self.page.is_noise(e) {
                        continue;
                    }
                    let name = el.name();
                    if name == "br" {
                        self.flush();
                        continue;
                    }
                    if name == "table" && is_data_table(e) {
                        self.flush();
                        self.table(e);
                        continue;
                    }
                    if !is_block(name) {
                        self.walk(child);
                        continue;
                    }
                    self.flush();
                    let level = name
                        .strip_prefix('h')
                        .and_then(|l| l.parse::<u8>().ok())
                        .filter(|l| (1..=6).contains(l));
                    let outer = self.heading;
                    if level.is_some() {
                        self.heading = level;
                    }
                    self.walk(child);
                    self.flush();
                    self.heading = outer;
                }
                _ => {}
            }
        }
    }

    fn flush(&mut self) {
        let text = collapse(&std::mem::take(&mut self.line));
        if !text.is_empty() {
            let at = self.blocks.len() + 1;
            self.blocks.push(Block::Paragraph {
                text,
                heading: self.heading,
                at,
            });
        }
    }

    fn table(&mut self, table: ElementRef<'_>) {
        // Text still to repeat below a rowspan: (text, rows left) by column.
        let mut pending: Vec<Option<(String, usize)>> = Vec::new();
        let mut any = false;
        for tr in rows(table) {
            let mut out: Vec<String> = Vec::new();
            let take_pending =
                |out: &mut Vec<String>, pending: &mut Vec<Option<(String, usize)>>| {
                    while let Some(Some((text, left))) = pending.get_mut(out.len()) {
                        out.push(text.clone());
                        *left -= 1;
                        if *left == 0 {
                            pending[out.len() - 1] = None;
                        }
                    }
                };
            for td in cells(tr) {
                take_pending(&mut out, &mut pending);
                let text = self.cell_text(td);
                let span = |name: &str, max: usize| {
                    td.value()
                        .attr(name)
                        .and_then(|v| v.trim().parse::<usize>().ok())
                        .unwrap_or(1)
                        .clamp(1, max)
                };
                let (colspan, rowspan) = (span("colspan", 64), span("rowspan", 1000));
                for _ in 0..colspan {
                    if rowspan > 1 {
                        if pending.len() <= out.len() {
                            pending.resize(out.len() + 1, None);
                        }
                        pending[out.len()] = Some((text.clone(), rowspan - 1));
                    }
                    out.push(text.clone());
                }
            }
            take_pending(&mut out, &mut pending);
            if out.iter().all(String::is_empty) {
                continue;
            }
            any = true;
            let at = self.blocks.len() + 1;
            self.blocks.push(Block::Row {
                cells: out,
                table: self.tables,
                at,
            });
        }
        if any {
            self.tables += 1;
        }
    }

    /// A cell's text: its blocks and lines joined with newlines, nested tables
    /// flattened.
    fn cell_text(&self, td: ElementRef<'_>) -> String {
        let mut inner = Emitter {
            page: self.page,
            blocks: Vec::new(),
            line: String::new(),
            heading: None,
            tables: 0,
            depth: self.depth,
        };
        inner.walk(*td);
        inner.flush();
        inner
            .blocks
            .into_iter()
            .map(|b| match b {
                Block::Paragraph { text, .. } => text,
                Block::Row { cells, .. } => cells.join(" "),
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// Whitespace (and `&nbsp;`, full-width spaces) collapsed: gone between two CJK
/// characters (a line break in the source is no space in Chinese), one space
/// elsewhere, none at the ends.
fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    for c in text.chars() {
        if c.is_whitespace() || c == '\u{a0}' {
            gap = true;
            continue;
        }
        if gap && !out.is_empty() {
            let wide = |c: char| !c.is_ascii();
            if !(out.chars().next_back().is_some_and(wide) && wide(c)) {
                out.push(' ');
            }
        }
        gap = false;
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_nested_absurdly_deep_reads_without_overflowing() {
        // 2,000 levels on a small stack: without the depth limit the recursive
        // walk overflows it.
        let depth = 1_000;
        let page = format!(
            "<html><body>{}<p>一、总则</p>{}</body></html>",
            "<div><span>".repeat(depth),
            "</span></div>".repeat(depth)
        );
        let doc = std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(move || read(page.as_bytes()))
            .unwrap()
            .join()
            .unwrap();
        assert_eq!(
            doc.blocks,
            vec![Block::Paragraph {
                text: "一、总则".into(),
                heading: None,
                at: 1
            }]
        );
    }

    #[test]
    fn whitespace_collapses_and_vanishes_between_chinese() {
        assert_eq!(collapse("  加快\n   发展 \u{a0}"), "加快发展");
        assert_eq!(collapse("\u{3000}\u{3000}一、总则\u{3000}"), "一、总则");
        assert_eq!(collapse("1.  推进 Wi-Fi\t覆盖"), "1. 推进 Wi-Fi 覆盖");
    }

    #[test]
    fn charsets_from_bom_meta_or_content() {
        let (gbk, _, _) = encoding_rs::GBK.encode("<p>基教处</p>");
        let mut page = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>".to_vec();
        page.extend_from_slice(&gbk);
        assert!(decode(&page).contains("基教处"));
        let mut page = b"<meta charset='GBK'>".to_vec();
        page.extend_from_slice(&gbk);
        assert!(decode(&page).contains("基教处"));
        // No declaration: UTF-8 if it is, else GB18030.
        assert!(decode(&gbk).contains("基教处"));
        assert!(decode("<p>基教处</p>".as_bytes()).contains("基教处"));
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend("<p>基教处</p>".encode_utf16().flat_map(u16::to_le_bytes));
        assert!(decode(&utf16).contains("基教处"));
    }
}
