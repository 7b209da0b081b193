//! The few quick-xml helpers the .docx parts share.

use quick_xml::XmlVersion;
use quick_xml::events::BytesStart;

/// An element's local name (prefix dropped): `w:p` is `p`.
pub fn local(e: &BytesStart<'_>) -> String {
    e.local_name().as_ref().to_string()
}

/// The value of the attribute with local name `name` (`w:val` is `val`).
pub fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (a.key.local_name().as_ref() == name).then(|| {
            a.normalized_value(XmlVersion::Implicit1_0)
                .map(|v| v.into_owned())
                .unwrap_or_else(|_| a.value.to_string())
        })
    })
}

/// `w:val` as a number.
pub fn num<T: std::str::FromStr>(e: &BytesStart<'_>) -> Option<T> {
    attr(e, "val")?.trim().parse().ok()
}

/// An on/off property (`<w:vanish/>`, `<w:vanish w:val="false"/>`).
pub fn on(e: &BytesStart<'_>) -> bool {
    !matches!(
        attr(e, "val").as_deref(),
        Some("0" | "false" | "off" | "none")
    )
}

/// The text of an entity or character reference (`&amp;`, `&#x4E00;`).
pub fn reference(r: &quick_xml::events::BytesRef<'_>) -> String {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return c.to_string();
    }
    quick_xml::escape::resolve_predefined_entity(r)
        .map(str::to_string)
        .unwrap_or_default()
}
