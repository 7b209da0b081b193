//! Why a document gave no plan, in a language. The words are the catalogs'
//! (`cli-parse-*`, `plan-seen-*`); the readers only count.

use crate::i18n::Lang;
use crate::plan::parse::{Missing, ParseError, Seen, SeenTable};
use crate::t;

/// A read or parse refusal in `lang`.
pub fn parse_error(e: &ParseError, lang: Lang) -> String {
    match e {
        ParseError::Format(f) => super::formats::format_error(f, lang),
        ParseError::Empty => t!(lang, "cli-parse-empty"),
        ParseError::Binary { offset } => t!(lang, "cli-parse-binary", offset = *offset),
        ParseError::NoItems => t!(lang, "cli-parse-no-items"),
        ParseError::NotAPlan { seen } => {
            t!(lang, "cli-parse-not-a-plan", seen = seen_text(seen, lang))
        }
    }
}

/// What a document without items holds, in a few words.
pub fn seen_text(seen: &Seen, lang: Lang) -> String {
    let mut parts = Vec::new();
    if seen.paragraphs > 0 {
        parts.push(t!(lang, "plan-seen-paragraphs", n = seen.paragraphs));
    }
    if seen.sections + seen.subs > 0 {
        parts.push(t!(
            lang,
            "plan-seen-headings",
            sections = seen.sections,
            subs = seen.subs
        ));
    }
    if seen.numbered == 0 {
        parts.push(t!(lang, "plan-seen-no-numbered"));
    } else {
        parts.push(t!(lang, "plan-seen-numbered", n = seen.numbered));
    }
    parts.extend(seen.tables.iter().map(|table| seen_table(table, lang)));
    parts.join(&t!(lang, "plan-seen-separator"))
}

fn seen_table(table: &SeenTable, lang: Lang) -> String {
    let columns = crate::text::sanitize(&table.columns).into_owned();
    match table.missing {
        Missing::Office => t!(lang, "plan-seen-table-no-office", columns = columns),
        Missing::Task => t!(lang, "plan-seen-table-no-task", columns = columns),
        Missing::Both => t!(lang, "plan-seen-table-neither", columns = columns),
        Missing::Nothing => t!(lang, "plan-seen-table", columns = columns),
    }
}

/// A refused date in `lang`.
pub fn date_error(e: &crate::plan::deadline::DateError, lang: Lang) -> String {
    use crate::plan::deadline::DateProblem;
    let reason = match e.reason {
        DateProblem::NotIso => t!(lang, "cli-date-not-in-form"),
        DateProblem::NoSuchMonth => t!(lang, "cli-date-no-month"),
        DateProblem::NoSuchDay => t!(lang, "cli-date-no-day"),
    };
    t!(
        lang,
        "cli-not-a-date",
        input = crate::text::sanitize(&e.input).into_owned(),
        reason = reason
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen() -> Seen {
        Seen {
            paragraphs: 3,
            sections: 1,
            subs: 0,
            numbered: 0,
            tables: vec![SeenTable {
                columns: "序号 / 任务 / 备注".into(),
                missing: Missing::Office,
            }],
        }
    }

    #[test]
    fn what_a_document_holds_is_counted_in_either_language() {
        assert_eq!(
            seen_text(&seen(), Lang::Zh),
            "3段文字；1个一级标题（一、）和0个二级标题（（一））；没有编号事项（1. 1、 （1））；\
             一个表格，列为 序号 / 任务 / 备注，但没有处室列（牵头单位/责任单位/责任处室）"
        );
        assert_eq!(
            seen_text(&seen(), Lang::En),
            "3 paragraphs, 1 section heading and 0 sub-headings, no numbered items, \
             a table with columns 序号 / 任务 / 备注 but no office column (lead or \
             responsible offices)"
        );
    }

    #[test]
    fn the_refusal_displays_in_english() {
        let e = ParseError::NotAPlan { seen: seen() };
        assert!(
            e.to_string()
                .starts_with("no item found: the document has 3 paragraphs")
        );
        assert_eq!(ParseError::Empty.to_string(), "the file is empty");
    }
}
