//! `word/styles.xml`: which paragraph styles are headings and which carry numbering.

use std::collections::HashMap;

use super::xml::{attr, local, num};
use quick_xml::Reader;
use quick_xml::events::Event;

#[derive(Debug, Default, Clone)]
struct Style {
    name: String,
    based_on: Option<String>,
    outline: Option<u8>,
    num_id: Option<u32>,
    ilvl: Option<u8>,
}

/// The paragraph styles of a document, by style id.
#[derive(Debug, Default)]
pub struct Styles {
    styles: HashMap<String, Style>,
}

impl Styles {
    pub fn parse(xml: &str) -> Result<Styles, String> {
        let mut reader = Reader::from_str(xml);
        let mut styles = HashMap::new();
        let mut current: Option<(String, Style)> = None;
        let mut depth = 0usize;
        loop {
            let event = reader.read_event().map_err(|e| e.to_string())?;
            let (e, empty) = match &event {
                Event::Start(e) => {
                    depth += 1;
                    (e, false)
                }
                Event::Empty(e) => (e, true),
                Event::End(end) => {
                    depth = depth.saturating_sub(1);
                    if end.local_name().as_ref() == "style"
                        && let Some((id, style)) = current.take()
                    {
                        styles.insert(id, style);
                    }
                    continue;
                }
                Event::Eof => break,
                _ => continue,
            };
            let name = local(e);
            if name == "style" {
                let paragraph = attr(e, "type").is_none_or(|t| t == "paragraph");
                if let (Some(id), true, false) = (attr(e, "styleId"), paragraph, empty) {
                    current = Some((id, Style::default()));
                }
                continue;
            }
            let Some((_, style)) = current.as_mut() else {
                continue;
            };
            match name.as_str() {
                "name" => style.name = attr(e, "val").unwrap_or_default(),
                "basedOn" => style.based_on = attr(e, "val"),
                "outlineLvl" => style.outline = num(e),
                "numId" => style.num_id = num(e),
                "ilvl" => style.ilvl = num(e),
                _ => {}
            }
        }
        if depth != 0 {
            return Err("the XML ends before its elements are closed".into());
        }
        Ok(Styles { styles })
    }

    /// The style and those it is based on, nearest first (cycles cut).
    fn chain(&self, id: &str) -> impl Iterator<Item = &Style> {
        let mut next = self.styles.get(id);
        let mut steps = 0;
        std::iter::from_fn(move || {
            let style = next?;
            steps += 1;
            next = (steps < 16)
                .then(|| style.based_on.as_deref().and_then(|b| self.styles.get(b)))
                .flatten();
            Some(style)
        })
    }

    /// Heading level of a style: named `heading N` / `标题 N`, or with an outline level.
    pub fn heading(&self, id: &str) -> Option<u8> {
        self.chain(id)
            .find_map(|s| heading_by_name(&s.name).or(s.outline.filter(|&l| l < 9).map(|l| l + 1)))
    }

    /// The numbering a style gives its paragraphs: (numId, level).
    pub fn numbering(&self, id: &str) -> Option<(u32, u8)> {
        let style = self.chain(id).find(|s| s.num_id.is_some())?;
        Some((style.num_id?, style.ilvl.unwrap_or(0)))
    }

    /// Table-of-contents entries repeat the headings with page numbers: not content.
    pub fn is_toc(&self, id: &str) -> bool {
        self.styles
            .get(id)
            .is_some_and(|s| s.name.to_lowercase().starts_with("toc"))
    }
}

fn heading_by_name(name: &str) -> Option<u8> {
    let name = name.trim().to_lowercase();
    let rest = name
        .strip_prefix("heading")
        .or_else(|| name.strip_prefix("标题"))?;
    rest.trim()
        .parse::<u8>()
        .ok()
        .filter(|l| (1..=9).contains(l))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_by_name_outline_and_inheritance() {
        let styles = Styles::parse(
            r#"<w:styles xmlns:w="x">
            <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>
            <w:style w:type="paragraph" w:styleId="a3"><w:name w:val="标题 3"/></w:style>
            <w:style w:type="paragraph" w:styleId="Mine"><w:name w:val="Mine"/>
              <w:pPr><w:outlineLvl w:val="0"/><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="Child"><w:name w:val="Child"/><w:basedOn w:val="Mine"/></w:style>
            <w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>
            <w:style w:type="character" w:styleId="Heading2Char"><w:name w:val="heading 2 Char"/></w:style>
            </w:styles>"#,
        )
        .unwrap();
        assert_eq!(styles.heading("Heading2"), Some(2));
        assert_eq!(styles.heading("a3"), Some(3));
        assert_eq!(styles.heading("Child"), Some(1));
        assert_eq!(styles.heading("Heading2Char"), None);
        assert_eq!(styles.numbering("Child"), Some((4, 0)));
        assert!(styles.is_toc("TOC1"));
    }
}
