//! The message catalogs: every sentence duban says, by id, in Chinese and English.
//!
//! The catalogs are Project Fluent files (`i18n/zh/duban.ftl`, `i18n/en/duban.ftl`)
//! embedded in the binary; a message is parsed the first time it is asked for. Code
//! asks for a message by id with named arguments through [`t!`](crate::t):
//!
//! ```
//! use duban::{i18n::Lang, t};
//! let line = t!(Lang::En, "cli-created-db", path = "/tmp/a.db");
//! assert!(line.contains("/tmp/a.db"));
//! ```
//!
//! A missing id shows the id itself; a missing argument shows what Fluent could
//! make of the message. Neither panics in a release; a formatting error is a
//! `debug_assert!` so tests and debug builds catch it, and the catalog tests
//! (`i18n::tests`) compare every call's arguments with the catalog.

use std::sync::{Mutex, OnceLock};

pub use fluent_bundle::FluentArgs;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue};

/// The Chinese catalog's source text.
pub const ZH_FTL: &str = include_str!("../i18n/zh/duban.ftl");
/// The English catalog's source text.
pub const EN_FTL: &str = include_str!("../i18n/en/duban.ftl");

/// The interface language; Chinese unless asked otherwise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    /// `zh`, `zh-CN`, `en`, `en_US.UTF-8`... (case-insensitive).
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase();
        let base = code.split(['-', '_', '.']).next().unwrap_or("");
        match base {
            "zh" | "cn" | "chinese" | "中文" => Some(Lang::Zh),
            "en" | "english" => Some(Lang::En),
            _ => None,
        }
    }

    /// The catalog's text for this language.
    pub fn source(self) -> &'static str {
        match self {
            Lang::Zh => ZH_FTL,
            Lang::En => EN_FTL,
        }
    }

    /// The message `id` with no arguments.
    pub fn msg(self, id: &str) -> String {
        message(self, id, None)
    }
}

mod spans;

// `ZH_INDEX` and `EN_INDEX`, written by build.rs: (`spans::id_hash` of the id,
// start, end) of each message, sorted.
include!(concat!(env!("OUT_DIR"), "/catalog_index.rs"));

/// One language's catalog: its text, where each message starts and ends in it, and
/// a bundle holding the messages asked for so far. A message is parsed the first
/// time it is asked for: the board says a few dozen of the catalog's thousand, and
/// the whole catalog parsed costs about 0.9 MB of memory for as long as it runs.
/// Where the messages are is known from the build (reading the catalog for them at
/// start touched all its text and kept a map of it on the heap; issue 20).
struct Catalog {
    source: &'static str,
    index: &'static [(u64, u32, u32)],
    bundle: Mutex<FluentBundle<&'static FluentResource>>,
}

impl Catalog {
    /// Where the message `id` starts and ends in the catalog's text.
    fn span(&self, id: &str) -> Option<(usize, usize)> {
        let hash = spans::id_hash(id);
        let from = self.index.partition_point(|e| e.0 < hash);
        self.index[from..]
            .iter()
            .take_while(|e| e.0 == hash)
            .map(|&(_, start, end)| (start as usize, end as usize))
            .find(|&(start, end)| {
                self.source
                    .get(start..end)
                    .is_some_and(|text| spans::id_of(text) == id)
            })
    }
}

fn catalog(lang: Lang) -> &'static Catalog {
    static ZH: OnceLock<Catalog> = OnceLock::new();
    static EN: OnceLock<Catalog> = OnceLock::new();
    let cell = match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    };
    cell.get_or_init(|| build(lang))
}

fn build(lang: Lang) -> Catalog {
    let code = match lang {
        Lang::Zh => "zh-CN",
        Lang::En => "en-US",
    };
    let locale: unic_langid::LanguageIdentifier = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![locale]);
    // Unicode isolation marks (U+2068/U+2069) around arguments are for bidi text
    // in GUIs; in a terminal they are stray characters.
    bundle.set_use_isolating(false);
    Catalog {
        source: lang.source(),
        index: match lang {
            Lang::Zh => ZH_INDEX,
            Lang::En => EN_INDEX,
        },
        bundle: Mutex::new(bundle),
    }
}

/// The message `id` in `lang` with its arguments; the id itself when the catalog
/// lacks it (never a panic: the catalog tests catch that before a release).
pub fn message(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    let catalog = catalog(lang);
    let mut bundle = catalog.bundle.lock().unwrap_or_else(|e| e.into_inner());
    if !bundle.has_message(id) {
        let Some((start, end)) = catalog.span(id) else {
            return id.to_string();
        };
        // A message with a syntax error still yields what could be read; the
        // catalog tests fail on the error itself. Parsed once, kept for the run.
        let text = catalog.source[start..end].to_string();
        let resource = FluentResource::try_new(text).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(&*Box::leak(Box::new(resource)));
    }
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_string();
    };
    let mut errors = Vec::new();
    let text = bundle
        .format_pattern(pattern, args, &mut errors)
        .into_owned();
    // A missing argument or a bad reference is a bug in the code or the catalog:
    // loud in debug builds and tests, the best text Fluent could make in a release.
    debug_assert!(errors.is_empty(), "message {id}: {errors:?}");
    text
}

/// An argument value: numbers stay numbers (for plural selection), everything
/// else is its text.
pub fn arg<'a>(v: impl Into<FluentValue<'a>>) -> FluentValue<'a> {
    v.into()
}

/// `t!(lang, "id")` or `t!(lang, "id", name = value, ...)`: the message, formatted.
/// A value is a number, a `String` or a `&str` (anything else: `.to_string()` it).
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:literal $(,)?) => {
        $crate::i18n::message(($lang).into(), $id, None)
    };
    ($lang:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($name), $crate::i18n::arg($value)); )+
        $crate::i18n::message(($lang).into(), $id, Some(&args))
    }};
}

#[cfg(test)]
mod tests;
