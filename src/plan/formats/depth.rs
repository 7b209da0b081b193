//! How deep a web page nests its elements, counted in one linear pass over its
//! bytes before any parser sees it: a parser's work per tag grows with the depth.

/// Pages nest their elements a few dozen deep; a parser's work grows with the
/// depth for every tag (html5ever checks the stack of open elements), so a page
/// nested deeper than this is refused before it is parsed. Browsers stop nesting
/// at 512 as well.
pub const MAX_NESTING: usize = 512;

/// Elements that hold nothing, and those a parser closes by itself when the next
/// one starts: an unclosed `<p>` or `<li>` does not nest.
const NOT_NESTING: &[&[u8]] = &[
    b"area",
    b"base",
    b"br",
    b"col",
    b"embed",
    b"hr",
    b"img",
    b"input",
    b"link",
    b"meta",
    b"param",
    b"source",
    b"track",
    b"wbr",
    b"p",
    b"li",
    b"td",
    b"th",
    b"tr",
    b"dt",
    b"dd",
    b"option",
    b"optgroup",
    b"thead",
    b"tbody",
    b"tfoot",
    b"colgroup",
    b"rb",
    b"rt",
    b"rp",
];

/// Blocks whose closing tag is looked for all the way down the open elements.
const STRUCTURE: &[&[u8]] = &[b"div", b"table", b"body", b"html", b"section", b"article"];

/// Elements whose content is text, not markup.
const RAW_TEXT: &[&[u8]] = &[b"script", b"style", b"textarea", b"title", b"xmp"];

/// How deep the page's elements nest, as a parser would see it (closing tags close
/// what they match among the innermost open elements), counted up to just past
/// `limit`. Linear in the page's size.
pub fn nesting(bytes: &[u8], limit: usize) -> usize {
    /// How far down the stack a closing tag looks for its element.
    const LOOK: usize = 64;
    let mut stack: Vec<Vec<u8>> = Vec::new();
    // How many of each element are open (for the blocks' closing tags).
    let mut open: std::collections::HashMap<Vec<u8>, usize> = std::collections::HashMap::new();
    let mut max = 0;
    let mut i = 0;
    let find = |from: usize, what: &[u8]| {
        bytes
            .get(from..)
            .and_then(|rest| rest.windows(what.len()).position(|w| w == what))
            .map(|k| from + k)
    };
    while let Some(k) = bytes[i..].iter().position(|&b| b == b'<') {
        let at = i + k + 1;
        if bytes[at..].starts_with(b"!--") {
            i = find(at + 3, b"-->").map_or(bytes.len(), |e| e + 3);
            continue;
        }
        let closing = bytes.get(at) == Some(&b'/');
        let start = at + usize::from(closing);
        let name_len = bytes[start..]
            .iter()
            .position(|b| !b.is_ascii_alphanumeric())
            .unwrap_or(bytes.len() - start);
        if name_len == 0 || !bytes[start].is_ascii_alphabetic() {
            i = at;
            continue;
        }
        let name = bytes[start..start + name_len].to_ascii_lowercase();
        let end = bytes[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(bytes.len(), |e| start + e);
        i = (end + 1).min(bytes.len());
        if NOT_NESTING.contains(&name.as_slice()) {
            continue;
        }
        if closing {
            // A block's closing tag closes whatever inline elements were left open
            // inside it, however many (an old page's unclosed <font>s); others
            // look a short way down.
            if STRUCTURE.contains(&name.as_slice()) {
                // Popped element by element: each element goes once, so the scan
                // stays linear however the page is built.
                if open.get(&name).is_some_and(|&n| n > 0) {
                    while let Some(top) = stack.pop() {
                        if let Some(n) = open.get_mut(&top) {
                            *n = n.saturating_sub(1);
                        }
                        if top == name {
                            break;
                        }
                    }
                }
            } else if let Some(k) = stack
                .iter()
                .rev()
                .take(LOOK)
                .take_while(|n| !STRUCTURE.contains(&n.as_slice()))
                .position(|n| *n == name)
            {
                // An inline element closes only above the nearest block, as a
                // browser's parser does.
                for top in stack.drain(stack.len() - k - 1..) {
                    if let Some(n) = open.get_mut(&top) {
                        *n = n.saturating_sub(1);
                    }
                }
            }
            continue;
        }
        if RAW_TEXT.contains(&name.as_slice()) {
            let mut close = b"</".to_vec();
            close.extend_from_slice(&name);
            // Raw text ends at its closing tag, in any letter case (searched in
            // place: a copy of the rest per element made this quadratic).
            i = bytes[i..]
                .windows(close.len())
                .position(|w| w.eq_ignore_ascii_case(&close))
                .map_or(bytes.len(), |k| i + k);
            continue;
        }
        if end > start && bytes.get(end - 1) == Some(&b'/') {
            continue;
        }
        *open.entry(name.clone()).or_default() += 1;
        stack.push(name);
        max = max.max(stack.len());
        if max > limit {
            break;
        }
    }
    max
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_is_counted_as_a_parser_would_close_elements() {
        let depth = |html: &str| nesting(html.as_bytes(), MAX_NESTING);
        assert_eq!(
            depth("<html><body><div><p>一<p>二<br><img src=x></div></body></html>"),
            3
        );
        // Unclosed spans go when their div closes; closing tags of nothing are ignored.
        let sloppy = "<div><span><span></div>".repeat(5000);
        assert_eq!(depth(&format!("<body>{sloppy}</body>")), 4);
        // Hundreds of unclosed <font>s inside a div end with it.
        let fonts = format!("<div>{}文字</div>", "<font>".repeat(300)).repeat(20);
        assert_eq!(depth(&fonts), 301);
        assert_eq!(depth(&"<p>段落".repeat(5000)), 0);
        // Comments and scripts hold no elements; self-closing tags do not nest.
        assert_eq!(
            depth("<div><!-- <div><div> --><script>if (a<b) {'<div>'}</script><x/></div>"),
            1
        );
        assert_eq!(depth("<DIV><Div></div></DIV>"), 2);
        // A deep page is counted only just past the limit, and fast.
        let deep = format!(
            "{}正文{}",
            "<div>".repeat(200_000),
            "</div>".repeat(200_000)
        );
        assert_eq!(depth(&deep), MAX_NESTING + 1);
        let mismatched = format!("{}{}", "<div></p></span>".repeat(5000), "x");
        assert!(depth(&mismatched) > MAX_NESTING);
        // An inline closing tag does not close the blocks above its element.
        let crossed = "<span><div></span>".repeat(2000);
        assert!(depth(&crossed) > MAX_NESTING);
    }
}
