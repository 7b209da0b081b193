//! The deadline table (issue 17): every phrasing a plan writes for an item's 完成时限
//! is kept as written, and the due date follows from it relative to the plan's
//! year (2025 here), or the import warns that none does.

use duban::plan::deadline::{Due, due};
use duban::plan::parse;
use jiff::civil::{Date, date};

enum Want {
    On(Date),
    Standing,
    Warned,
}
use Want::*;

/// (as written, what it gives in a plan of 2025).
fn table() -> Vec<(&'static str, Want)> {
    vec![
        ("全年", On(date(2025, 12, 31))),
        ("年内", On(date(2025, 12, 31))),
        ("本年度", On(date(2025, 12, 31))),
        ("长期坚持", Standing),
        ("持续推进", Standing),
        ("常态化推进", Standing),
        ("每月", Standing),
        ("每季度", Standing),
        ("按年度", Standing),
        ("每学期", Standing),
        ("2025年6月底前", On(date(2025, 6, 30))),
        ("6月底前", On(date(2025, 6, 30))),
        ("年底前", On(date(2025, 12, 31))),
        ("2025年底", On(date(2025, 12, 31))),
        ("第三季度", On(date(2025, 9, 30))),
        ("三季度末", On(date(2025, 9, 30))),
        ("2025年12月", On(date(2025, 12, 31))),
        ("12月31日前", On(date(2025, 12, 31))),
        ("9月30日", On(date(2025, 9, 30))),
        ("上半年", On(date(2025, 6, 30))),
        ("下半年", On(date(2025, 12, 31))),
        ("第一季度末", On(date(2025, 3, 31))),
        ("11月中旬", On(date(2025, 11, 20))),
        ("10月上旬", On(date(2025, 10, 10))),
        ("7月下旬", On(date(2025, 7, 31))),
        ("2026年3月前", On(date(2026, 3, 31))),
        ("明年3月底前", On(date(2026, 3, 31))),
        ("2025年", On(date(2025, 12, 31))),
        ("2025-08-15", On(date(2025, 8, 15))),
        ("5月份", On(date(2025, 5, 31))),
        ("2024年9月至2025年6月", On(date(2025, 6, 30))),
        ("2025—2027年", On(date(2027, 12, 31))),
        ("6月底前启动，12月底前完成", On(date(2025, 6, 30))),
        ("9月底前完成", On(date(2025, 9, 30))),
        ("秋季开学前", On(date(2025, 8, 31))),
        ("视情况而定", Warned),
        ("根据上级部署", Warned),
        ("另行通知", Warned),
    ]
}

#[test]
fn deadline_table_keeps_the_words_and_derives_the_due_date() {
    let rows = table();
    assert!(rows.len() >= 30);
    for (written, want) in rows {
        // As a 完成时限 line of a labelled item…
        let doc = format!(
            "某局2025年工作要点\n一、总体\n1.编制校舍维修计划\n目标任务:完成维修。\n\
             工作措施:摸清底数。\n责任单位:后勤处\n完成时限:{written}\n"
        );
        let parsed = parse(&doc).unwrap_or_else(|e| panic!("{written}: {e}"));
        let item = &parsed.plan.items[0];
        assert_eq!(item.deadline.as_deref(), Some(written), "text kept");
        let warned = parsed.warnings.iter().any(|w| {
            w.line == 3 && w.text(false).contains(written) && w.text(true).contains(written)
        });
        let got = due(written, 2025);
        match want {
            On(d) => {
                assert_eq!(got, Due::On(d), "{written}");
                assert!(!warned, "{written}: {:?}", parsed.warnings);
            }
            Standing => {
                assert_eq!(got, Due::Standing(date(2025, 12, 31)), "{written}");
                assert!(!warned, "{written}: {:?}", parsed.warnings);
            }
            Warned => {
                assert_eq!(got, Due::Unknown, "{written}");
                assert!(warned, "{written}: {:?}", parsed.warnings);
            }
        }
        // …and as a 完成时限 part of the office clause at the end of a paragraph.
        let doc = format!(
            "某局2025年工作要点\n一、总体\n1.编制校舍维修计划。摸清底数。（责任单位：后勤处；完成时限：{written}）\n"
        );
        let parsed = parse(&doc).unwrap_or_else(|e| panic!("{written}: {e}"));
        let item = &parsed.plan.items[0];
        assert_eq!(item.deadline.as_deref(), Some(written), "clause: text kept");
        assert_eq!(item.offices.len(), 1, "{written}");
    }
}

#[test]
fn the_due_date_follows_the_plans_year() {
    assert_eq!(due("6月底前", 2021), Due::On(date(2021, 6, 30)));
    assert_eq!(due("2023年6月底前", 2021), Due::On(date(2023, 6, 30)));
    assert_eq!(due("长期坚持", 2021), Due::Standing(date(2021, 12, 31)));
    assert_eq!(due("明年底前", 2021), Due::On(date(2022, 12, 31)));
}
