//! The older way of saying a sentence in both languages, left for the files not
//! yet moved to the catalogs (issue 19); delete it when nothing calls it.

use super::LangArg;

pub fn pick(lang: LangArg, zh: String, en: String) -> String {
    match lang {
        LangArg::Zh => zh,
        LangArg::En => en,
    }
}
