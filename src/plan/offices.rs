//! Office names: splitting 责任单位 lists, aliases, groups.

/// (alias, canonical) pairs. Stub until the parser lands.
pub fn aliases() -> &'static [(&'static str, &'static str)] {
    &[("考试院", "教育考试院")]
}
