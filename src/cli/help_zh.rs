//! The command line's help and usage errors in Chinese: the clap definitions keep
//! English (completions and the man page are made from them), and a Chinese run
//! parses with a copy whose texts come from the tables here.

use clap::error::{ContextKind, ContextValue, ErrorKind};

/// What the whole program is, and what the board is (`duban --help`).
const ABOUT: &str = "督办：在终端里按看板跟踪年度工作要点的每项工作";
const LONG_ABOUT: &str = "督办（duban）把年度工作要点的每项工作放在终端里的看板上，\
打开同一个数据库文件的人看到的是同一块看板。\n\n\
不带命令运行即打开看板。新数据库自带湖南省教育厅2020年工作要点。\n\
每个命令的说明：duban 命令 --help（例如 duban show --help）。";

/// A subcommand's one-line description, by its path (`member add`).
fn about(path: &str) -> Option<&'static str> {
    Some(match path {
        "import" => "导入工作要点文件，或重新导入（保留状态、批注和勾选）",
        "list" => "列出工作事项",
        "show" => "显示一项工作的全部内容（含进展报送、督办和办结）",
        "history" => "显示一项工作的变更记录：谁、何时、改了什么",
        "move" => "改变事项状态（移到完成需附办结说明）",
        "note" => "给事项加批注；输出新批注的编号",
        "tick" => "勾选事项的一条措施为已完成（加 --undone 取消勾选）",
        "offices" => "各处室按状态统计的事项数（牵头、配合）",
        "plans" => "数据库里的计划：编号、标题、文号、日期、事项数、导入时间",
        "export" => "导出整个计划：JSON、CSV 表格、会议用 Markdown 报告或 Excel 台账",
        "members" => "列出各处室的成员",
        "member" => "把人加入处室或移出处室",
        "member add" => "把用户加入处室（名称、别名或拼音首字母）",
        "member remove" => "把用户移出处室",
        "cycle" => "报送周期和当前周期；cycle set 修改周期",
        "cycle set" => "修改报送周期",
        "report" => "报送本周期的工作进展（牵头处室）",
        "urge" => "向事项的牵头处室发督办（督查员）",
        "reply" => "回复事项的督办（牵头处室）",
        "confirm" => "确认已完成事项办结：销号（督查员）",
        "reopen" => "把已完成的事项退回推进中，并写明原因",
        "undo" => {
            "撤销你在本计划上的最后一次改动（不论在哪个看板或命令中所做），除非此后有人改过该事项"
        }
        "bulletin" => "某一周期的督办通报：总体情况、各处室、滞后事项、督办",
        "standup" => "站会：各处室的状态变动、批注、勾选、逾期和停滞事项",
        "due" => "设置事项的完成期限",
        "backup" => "把整个数据库复制到新文件（看板开着也安全）",
        "restore" => "用 duban backup 做的副本替换整个数据库；被替换的内容保存在数据库旁边",
        "indicator" => "记录事项某个指标的当前值（指标见 duban show 编号）",
        "config" => "配置文件、按键文件和数据库的位置，以及生效的设置",
        "completions" => "输出命令行补全脚本（放在哪里见 README）",
        "man" => "输出手册页（roff 格式）：duban man > duban.1",
        "add" => "新增不在工作要点里的督办事项（放入本年度督办事项，或用 --plan 指定计划）",
        "edit" => "修改事项：在 $EDITOR 里修改，或用选项逐项修改",
        "retire" => "撤销事项（已合并、领导取消、重复）：不再出现在看板上，不删除任何记录",
        "restore-item" => "恢复已撤销的事项",
        "notice" => "生成事项的督办通知单（Word 文档），发给牵头处室",
        "member rename" => "修改用户的显示名",
        _ => return None,
    })
}

/// An argument's help: by the subcommand's path and the argument's id first, then
/// by the id alone (the same argument in several commands).
fn arg_help(path: &str, id: &str) -> Option<&'static str> {
    let specific = match (path, id) {
        ("", "office") => Some("打开看板时只看这个处室的事项（名称或别名）"),
        ("import", "file") => {
            Some("工作要点文件：.txt（UTF-8 或 GBK）、.docx、.xlsx/.xls/.ods、.html")
        }
        ("import", "format") => Some("与 --dry-run 同用：text 供阅读，json 供脚本"),
        ("list", "status") => {
            Some("只看这个状态：todo、doing、blocked、done（或 未启动、推进中、受阻、已完成）")
        }
        ("move", "status") => Some("todo、doing、blocked、done（或 未启动、推进中、受阻、已完成）"),
        ("move", "note") => Some("移到 done 时的办结说明（移到已完成必须有）"),
        ("note", "text") | ("report", "text") | ("reply", "text") => {
            Some("文字；写 - 则从标准输入读取")
        }
        ("urge", "text") => Some("督办的内容"),
        ("tick", "measure") => Some("措施在该事项中的序号（第一条为 1）"),
        ("export", "format") => {
            Some("json、csv、md（会议报告）或 xlsx（Excel 台账，需要 --output）")
        }
        ("export", "output") => Some("写入这个文件而不是标准输出（xlsx 必须给出）"),
        ("bulletin", "format") => Some("text、md、json 或 docx（Word 文档，需要 --output）"),
        ("bulletin", "output") => Some("写入这个文件而不是标准输出（docx 必须给出）"),
        ("bulletin", "period") => Some("周期：2020-06、2020-W24 或 2020-Q2 [默认：当前周期]"),
        ("standup", "office") => Some("只看这个处室（名称或别名）；默认：全部处室"),
        ("standup", "since") => Some(
            "从何时起：时长（1d、8h、30m）、日期（2020-06-01）或 last（你上次站会）[默认：上个工作日开始]",
        ),
        ("due", "date") => Some("日期，YYYY-MM-DD"),
        ("backup", "file") => Some("新文件"),
        ("backup", "force") => Some("文件已存在时覆盖它"),
        ("restore", "file") => Some("duban backup 做的副本"),
        ("indicator", "ordinal") => Some("第几个指标：目标任务中的第一个为 1"),
        ("indicator", "value") => Some("数值，如 85 或 85%"),
        ("completions", "shell") => Some("bash、zsh、fish、elvish 或 powershell"),
        ("member add", "user") | ("member remove", "user") => Some("用户（系统账号名）"),
        ("member add", "office") | ("member remove", "office") => {
            Some("处室（名称、别名或拼音首字母）")
        }
        ("member add", "supervisor") => Some("作为督查员（督查员属于督查处室）"),
        ("member add", "name") => Some("在记录、通报和通知单里显示的姓名（如 张三）"),
        ("member add", "allow_unknown") => Some("允许本机没有的账号（服务器上的远程用户）"),
        ("member rename", "user") => Some("用户（系统账号名）"),
        ("member rename", "name") => Some("新的显示名"),
        ("add", "title") => Some("事项标题"),
        ("add", "lead") | ("edit", "lead") => Some("牵头处室（名称、别名或拼音首字母）"),
        ("add", "co") => Some("配合处室；可重复给出多个"),
        ("edit", "co") => Some("配合处室（整体替换；可重复给出多个；写 \"\" 表示没有）"),
        ("add", "due") | ("edit", "due") => Some("完成时限：日期（2026-06-30）或时限（6月底前）"),
        ("add", "source") => Some(
            "来源：领导批示、会议议定、上级交办、建议提案、来信、工作要点、其他（或 instruction、meeting、assigned、proposal、letter、plan、other）",
        ),
        ("add", "source_ref") => Some("依据：批示文号、批示领导、会议名称等"),
        ("add", "requirement") => Some("对牵头处室的办理要求"),
        ("add", "level") => Some("督办等级：一般、重点、特急（或 normal、key、urgent）"),
        ("edit", "title") => Some("新的标题"),
        ("edit", "target") => Some("新的目标任务"),
        ("retire", "reason") => Some("撤销的原因"),
        ("notice", "output") => Some("要写出的 .docx 文件"),
        ("notice", "reply_by") => Some("回复期限，YYYY-MM-DD [默认：事项的完成时限]"),
        ("list", "retired") => Some("只列出已撤销的事项（见 duban retire）"),
        ("list", "all") | ("standup", "all") => {
            Some("列出全部处室（只属于一个处室的成员默认只看本处室）")
        }
        ("import", "prefer_document") => Some("即使有人手工修改过事项，也采用文件里的内容"),
        ("cycle set", "kind") => Some("weekly（每周）、monthly（每月）或 quarterly（每季）"),
        ("cycle set", "due_day") => Some(
            "报送截止日：每月的第几日（1–31；每季为季末月的第几日），或星期几（每周：1 周一 … 7 周日）",
        ),
        _ => None,
    };
    specific.or(match id {
        "db" => Some("数据库文件 [默认：系统数据目录，如 ~/.local/share/duban/duban.db]"),
        "actor" => Some(
            "以这个名字记录改动，而不是你的系统账号（一旦有人加入处室，仅限 root 和督查员；记录里两者都有）",
        ),
        "lang" => Some("界面语言：zh（中文，默认）或 en（英文）"),
        "plan" => Some("计划编号（见 duban plans）；默认：最新的计划"),
        "office" => Some("只看这个处室牵头或配合的事项（名称或别名）"),
        "lead" => Some("与 --office 同用：只看该处室牵头的事项"),
        "number" => Some("事项编号"),
        "format" => Some("输出格式"),
        "dry_run" => Some("只显示文件会被怎样读取（标题、部分、事项、警告），不写入；数据库已存在时，还列出文件与手工修改不同之处"),
        "bom" => Some("与 --format csv 同用：文件以 UTF-8 BOM 开头，表格软件才能正确显示中文（中文界面默认如此）"),
        "no_bom" => Some("与 --format csv 同用：机器读的格式（无 BOM，英文表头和取值），英文界面默认如此"),
        "undone" => Some("改为未完成"),
        "reply_by" => Some("回复期限，YYYY-MM-DD"),
        "reason" => Some("退回的原因"),
        "help" => Some("显示帮助"),
        "version" => Some("显示版本"),
        _ => None,
    })
}

/// What a placeholder is called in the usage lines (`<编号>` for `<NUMBER>`).
fn value_name(name: &str) -> Option<&'static str> {
    Some(match name {
        "NUMBER" => "编号",
        "TEXT" => "文字",
        "FILE" => "文件",
        "PATH" => "路径",
        "NAME" => "名称",
        "STATUS" => "状态",
        "MEASURE" => "措施",
        "DATE" => "日期",
        "REASON" => "原因",
        "ORDINAL" => "指标",
        "VALUE" => "数值",
        "USER" => "用户",
        "OFFICE" => "处室",
        "KIND" => "周期",
        "PERIOD" => "周期",
        "WHEN" => "起点",
        "FORMAT" => "格式",
        "LANG" => "语言",
        "ID" => "编号",
        "SOURCE" => "来源",
        "TITLE" => "标题",
        "LEVEL" => "等级",
        _ => return None,
    })
}

/// The command line with Chinese help, usage headings and placeholders. Parsing is
/// unchanged: only texts differ.
pub fn localize(cmd: clap::Command) -> clap::Command {
    let cmd = cmd.about(ABOUT).long_about(LONG_ABOUT);
    localize_command(cmd, "")
}

fn localize_command(cmd: clap::Command, path: &str) -> clap::Command {
    let mut cmd = cmd
        .help_template("{before-help}{about-with-newline}\n用法：{usage}\n\n{all-args}{after-help}")
        .subcommand_value_name("命令")
        .disable_help_flag(true)
        .arg(
            clap::Arg::new("help")
                .short('h')
                .long("help")
                .action(clap::ArgAction::Help)
                .help(arg_help(path, "help")),
        );
    if path.is_empty() {
        cmd = cmd.disable_version_flag(true).arg(
            clap::Arg::new("version")
                .short('V')
                .long("version")
                .action(clap::ArgAction::Version)
                .help(arg_help(path, "version")),
        );
    } else if let Some(text) = about(path) {
        cmd = cmd.about(text).long_about(None::<&str>);
    }
    cmd = cmd.mut_args(|arg| {
        let id = arg.get_id().as_str().to_string();
        let arg = match arg_help(path, &id) {
            Some(text) => arg.help(text).long_help(None::<&str>),
            None => arg,
        };
        let names: Vec<String> = arg
            .get_value_names()
            .map(|v| v.iter().map(|s| s.to_string()).collect())
            .unwrap_or_else(|| {
                if arg.is_positional() || arg.get_action().takes_values() {
                    vec![id.to_uppercase()]
                } else {
                    Vec::new()
                }
            });
        let zh: Vec<&'static str> = names.iter().filter_map(|n| value_name(n)).collect();
        if !zh.is_empty() && zh.len() == names.len() {
            arg.value_names(zh)
        } else {
            arg
        }
    });
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .filter(|n| n != "help")
        .collect();
    for name in names {
        let sub_path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path} {name}")
        };
        cmd = cmd.mut_subcommand(&name, |sub| localize_command(sub, &sub_path));
    }
    cmd
}

/// Clap's fixed English in a rendered help or usage, in Chinese.
pub fn translate_rendered(text: &str) -> String {
    const WORDS: &[(&str, &str)] = &[
        ("Usage: ", "用法："),
        ("[OPTIONS]", "[选项]"),
        ("[COMMAND]", "[命令]"),
        ("<COMMAND>", "<命令>"),
        ("[default: ", "[默认："),
        ("[possible values: ", "[可选："),
        ("Possible values:", "可选："),
        ("[env: ", "[环境变量："),
        ("[aliases: ", "[别名："),
        // clap's own `help` command.
        (
            "Print this message or the help of the given subcommand(s)",
            "显示本说明，或某个命令的说明（duban help 命令）",
        ),
        ("[SUBCOMMAND]...", "[命令]..."),
        (
            "A Word document (.docx); needs --output",
            "Word 文档（.docx），需要 --output",
        ),
        (
            "The ledger (台账) as an Excel workbook; needs --output",
            "Excel 台账（.xlsx），需要 --output",
        ),
    ];
    // Section headings are whole lines (a custom heading would reorder the args).
    let mut text: String = text
        .split_inclusive('\n')
        .map(|line| match line.trim_end() {
            "Commands:" => line.replacen("Commands:", "命令：", 1),
            "Arguments:" => line.replacen("Arguments:", "参数：", 1),
            "Options:" => line.replacen("Options:", "选项：", 1),
            _ => line.to_string(),
        })
        .collect();
    for (en, zh) in WORDS {
        text = text.replace(en, zh);
    }
    text
}

/// A usage error clap raised, said in Chinese, with the usage line and where to
/// read more; `None` for the kinds that are not errors (help, version).
pub fn usage_error(e: &clap::Error) -> Option<String> {
    let string = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(crate::text::sanitize(s).into_owned()),
        Some(ContextValue::Strings(v)) => Some(crate::text::sanitize(&v.join("、")).into_owned()),
        _ => None,
    };
    let arg = string(ContextKind::InvalidArg).unwrap_or_default();
    let suggestion = |kind| string(kind).map(|s| format!("；是否指 {s}？"));
    let first = match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => return None,
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => "缺少命令".to_string(),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            return super::messages::invalid_value(e);
        }
        ErrorKind::InvalidSubcommand => format!(
            "没有命令“{}”{}",
            string(ContextKind::InvalidSubcommand).unwrap_or_default(),
            suggestion(ContextKind::SuggestedSubcommand).unwrap_or_default()
        ),
        ErrorKind::UnknownArgument if arg.starts_with('-') => format!(
            "没有选项“{arg}”{}",
            suggestion(ContextKind::SuggestedArg).unwrap_or_default()
        ),
        ErrorKind::UnknownArgument => format!("多余的参数“{arg}”"),
        ErrorKind::MissingRequiredArgument => format!("缺少必需的参数：{arg}"),
        ErrorKind::MissingSubcommand => format!(
            "缺少子命令；可选：{}",
            string(ContextKind::ValidSubcommand).unwrap_or_default()
        ),
        ErrorKind::ArgumentConflict => match string(ContextKind::PriorArg) {
            Some(prior) if prior == arg => format!("{arg} 只能写一次"),
            prior => format!("{arg} 不能与 {} 同用", prior.unwrap_or_default()),
        },
        ErrorKind::NoEquals => format!("{arg} 需要写成 {arg}=值"),
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            format!("{arg} 的值个数不对")
        }
        ErrorKind::InvalidUtf8 => "命令行里有不是 UTF-8 的字节".to_string(),
        _ => format!("命令行有误：{}", first_line(e)),
    };
    // `--db` is never required; clap lists it when DUBAN_DB is set, which reads as
    // if it were.
    let usage = match e.get(ContextKind::Usage) {
        Some(ContextValue::StyledStr(s)) => {
            translate_rendered(&s.to_string()).replace(" --db <路径>", "")
        }
        _ => String::new(),
    };
    let command = usage
        .trim_start_matches("用法：")
        .split_whitespace()
        .take_while(|w| !w.starts_with(['[', '<', '-']))
        .collect::<Vec<_>>()
        .join(" ");
    let command = if command.is_empty() {
        "duban".to_string()
    } else {
        command
    };
    let mut text = first;
    if !usage.trim().is_empty() {
        text.push_str(&format!("\n\n{}", usage.trim_end()));
    }
    text.push_str(&format!("\n\n说明见 {command} --help"));
    Some(text)
}

/// Clap's own message, without its `error: ` and usage lines.
fn first_line(e: &clap::Error) -> String {
    let rendered = e.render().to_string();
    let line = rendered.lines().next().unwrap_or_default();
    crate::text::sanitize(line.trim_start_matches("error: ")).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    fn has_han(s: &str) -> bool {
        s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    }

    /// Every command and every argument it documents has a Chinese text.
    fn check(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
        if !path.is_empty() && !cmd.get_about().is_some_and(|a| has_han(&a.to_string())) {
            missing.push(format!("{path}: about"));
        }
        for arg in cmd.get_arguments() {
            let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
            let id = arg.get_id().as_str();
            if !has_han(&help) {
                missing.push(format!("{path} {id}: {help:?}"));
            }
            if arg.get_long_help().is_some() {
                missing.push(format!("{path} {id}: English long help"));
            }
        }
        // clap's own `help` command is made at build time; its text is translated
        // when rendered.
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            let sub_path = format!("{path} {}", sub.get_name());
            check(sub, sub_path.trim(), missing);
        }
    }

    #[test]
    fn every_command_and_argument_has_a_chinese_help() {
        let mut cmd = localize(super::super::Cli::command());
        cmd.build();
        let mut missing = Vec::new();
        check(&cmd, "", &mut missing);
        assert!(missing.is_empty(), "{missing:#?}");
    }

    #[test]
    fn localized_command_parses_as_the_english_one() {
        let args = ["duban", "move", "3", "done", "--note", "好", "--lang", "en"];
        let zh = localize(super::super::Cli::command())
            .try_get_matches_from(args)
            .unwrap();
        let cli = <super::super::Cli as clap::FromArgMatches>::from_arg_matches(&zh).unwrap();
        assert!(matches!(
            cli.command,
            Some(super::super::Command::Move { number: 3, .. })
        ));
    }
}
