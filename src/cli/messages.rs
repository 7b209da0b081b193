//! The command line's own sentences in both languages: notices on stderr, errors,
//! confirmations. Stored text never reaches here unsanitized.

use super::LangArg;
use std::path::Path;

/// The language a command runs in, once `--lang`, `DUBAN_LANG` and config.toml
/// have been read (main fills `Cli::lang` with it).
pub fn lang_of(cli: &super::Cli) -> LangArg {
    cli.lang.unwrap_or(LangArg::Zh)
}

fn pick(lang: LangArg, zh: String, en: String) -> String {
    match lang {
        LangArg::Zh => zh,
        LangArg::En => en,
    }
}

/// Said on stderr when a command made a new database file.
pub fn created(path: &Path, lang: LangArg) -> String {
    let p = path.display();
    pick(
        lang,
        format!("已新建数据库 {p}"),
        format!("created a new database at {p}"),
    )
}
