//! Exports (issue 16, points 10 and 12): `--output` for every format, and the CSV a
//! spreadsheet program opens right by default.

use crate::common::cli::Env;

#[test]
fn export_output_writes_the_file_for_every_format() {
    let env = Env::new();
    for format in ["json", "csv", "md", "xlsx"] {
        let file = env.path(&format!("out.{format}"));
        let printed = env.ok(&[
            "export",
            "--format",
            format,
            "--output",
            file.to_str().unwrap(),
        ]);
        assert!(
            printed.contains("out."),
            "{format}: says what it wrote: {printed}"
        );
        assert!(
            !printed.contains("扩大普惠性"),
            "{format}: nothing printed: {printed}"
        );
        let bytes = std::fs::read(&file).unwrap();
        if format == "xlsx" {
            assert!(bytes.starts_with(b"PK"), "a zip");
            continue;
        }
        // The file holds exactly what standard output would have.
        let stdout = env.ok(&["export", "--format", format]);
        assert_eq!(String::from_utf8(bytes).unwrap(), stdout, "{format}");
    }
    // A link at the name is refused, and what it points to is untouched.
    let victim = env.path("victim");
    std::fs::write(&victim, "mine").unwrap();
    let link = env.path("link.json");
    std::os::unix::fs::symlink(&victim, &link).unwrap();
    let (code, err) = env.fails(&["export", "--output", link.to_str().unwrap()]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("符号链接"), "{err}");
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "mine");
}

#[test]
fn csv_defaults_to_bom_and_chinese_when_the_interface_is_chinese() {
    let env = Env::new();
    for cmd in [
        &["export", "--format", "csv"][..],
        &["list", "--format", "csv"],
    ] {
        let zh = env.ok(cmd);
        assert!(zh.starts_with("\u{feff}编号,所属部分,标题,状态,"), "{zh}");
        assert!(zh.contains(",未启动,"), "Chinese status values: {zh}");
        assert!(!zh.contains(",todo,"), "{zh}");

        let mut machine_args = cmd.to_vec();
        machine_args.push("--no-bom");
        let machine = env.ok(&machine_args);
        assert!(
            machine.starts_with("number,section,title,status,"),
            "{machine}"
        );
        assert!(machine.contains(",todo,"), "{machine}");

        let mut en_args = vec!["--lang", "en"];
        en_args.extend_from_slice(cmd);
        assert_eq!(env.ok(&en_args), machine, "--lang en is the machine form");
        // The same rows either way.
        assert_eq!(zh.lines().count(), machine.lines().count());
    }
    // JSON is unchanged: English keys, no BOM.
    let json = env.ok(&["export"]);
    assert!(json.starts_with('{') && json.contains("\"status\": \"todo\""));
}
