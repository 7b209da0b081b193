//! Invisible characters are not part of names (issue 16, point 13): office names,
//! member names and titles lose them on the way in, wherever they come in.

use crate::common::cli::Env;

#[test]
fn invisible_characters_are_not_part_of_names() {
    let env = Env::new();
    let doc = env.path("plan.txt");
    // The second item's office differs from the first's only by a zero-width space,
    // a soft hyphen and a tag character; its title carries a BOM and U+180E.
    std::fs::write(
        &doc,
        "某厅2021年工作要点\n一、第一部分\n1.甲事项\n目标任务:做好。\n工作措施:一条。\n责任单位:办公室\n\
         2.乙\u{feff}事\u{180e}项\n目标任务:做好乙。\n工作措施:只有一条。\n责任单位:办\u{200b}公\u{ad}室\u{e0041}\n",
    )
    .unwrap();
    env.ok(&["import", doc.to_str().unwrap()]);
    let offices = env.json(&["offices", "--format", "json"]);
    let names: Vec<&str> = offices
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["办公室"], "one office, not two");
    let two = env.json(&["show", "2", "--format", "json"]);
    assert_eq!(two["title"], "乙事项");

    // An office argument with them finds the office.
    let listed = env.ok(&["list", "--office", "办公\u{2060}室"]);
    assert!(
        listed.contains("甲事项") && listed.contains("乙事项"),
        "{listed}"
    );

    // A member added with them is the member without them.
    let me = duban::identity::os_user();
    let hidden = format!("\u{200b}{me}\u{200d}");
    env.ok_as(&me, &["member", "add", &hidden, "办公室", "--supervisor"]);
    let again = env.ok_as(&me, &["member", "add", &me, "办公室", "--supervisor"]);
    assert!(again.contains("已在"), "the same member: {again}");
    let members = env.json(&["members", "--format", "json"]);
    assert_eq!(members.as_array().unwrap().len(), 1, "{members}");
    assert_eq!(members[0]["user"], me.as_str());
}
