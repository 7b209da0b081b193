//! `duban man`: the manual page (roff) in the interface language, generated from
//! the clap definitions and the default keymap: options, commands, keys,
//! environment variables, files and exit statuses. It links to no other page,
//! since duban installs no other.

use super::LangArg;
use crate::tui::Lang;
use crate::tui::action::Context;
use crate::tui::keymap::Keymap;
use anyhow::Result;
use clap::CommandFactory;
use std::fmt::Write as _;
use std::io::Write;

/// Writes the page for `lang`.
pub fn man(lang: LangArg, out: &mut impl Write) -> Result<()> {
    out.write_all(page(lang).as_bytes())?;
    out.flush()?;
    Ok(())
}

/// Text made safe for roff: backslashes and hyphens escaped, and a line that
/// would start with a control character (`.` or `'`) guarded.
fn esc(s: &str) -> String {
    let s = crate::text::sanitize(s);
    let body = s.replace('\\', "\\e").replace('-', "\\-");
    body.lines()
        .map(|l| {
            if l.starts_with('.') || l.starts_with('\'') {
                format!("\\&{l}")
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The page as roff text.
pub fn page(lang: LangArg) -> String {
    let zh = lang == LangArg::Zh;
    let t = |a: &'static str, b: &'static str| if zh { a } else { b };
    let cmd = match lang {
        LangArg::Zh => super::help_zh::localize(super::Cli::command()),
        LangArg::En => super::Cli::command(),
    };
    let mut p = String::new();
    let version = env!("CARGO_PKG_VERSION");
    let _ = writeln!(p, ".TH DUBAN 1 \"\" \"duban {version}\"");
    let _ = writeln!(p, ".SH {}", t("名称", "NAME"));
    let about = cmd.get_about().map(|a| a.to_string()).unwrap_or_default();
    let _ = writeln!(p, "duban \\- {}", esc(&about));
    let _ = writeln!(p, ".SH {}", t("概要", "SYNOPSIS"));
    let _ = writeln!(
        p,
        ".B duban\n[{}] [{}]",
        t("选项", "OPTIONS"),
        t("命令", "COMMAND")
    );
    let _ = writeln!(p, ".SH {}", t("描述", "DESCRIPTION"));
    let long = cmd
        .get_long_about()
        .or(cmd.get_about())
        .map(|a| a.to_string())
        .unwrap_or_default();
    for para in long.split("\n\n") {
        let _ = writeln!(p, ".PP\n{}", esc(para.trim()));
    }
    let _ = writeln!(p, ".SH {}", t("选项", "OPTIONS"));
    options(&mut p, &cmd);
    let _ = writeln!(p, ".SH {}", t("命令", "COMMANDS"));
    commands(&mut p, &cmd, "duban");
    keys(&mut p, lang);
    environment(&mut p, zh);
    files(&mut p, zh);
    let _ = writeln!(p, ".SH {}", t("退出状态", "EXIT STATUS"));
    for (code, what) in [
        ("0", t("成功", "success")),
        (
            "1",
            t(
                "出错（文件、数据库、系统）",
                "an error (a file, the database, the system)",
            ),
        ),
        (
            "2",
            t(
                "命令行有误：未知的命令、选项、编号或状态",
                "a command line duban cannot take: an unknown command, option, number or status",
            ),
        ),
        (
            "3",
            t(
                "督办规则不允许（消息说明谁可以做）",
                "refused by the supervision rules (the message says who may)",
            ),
        ),
    ] {
        let _ = writeln!(p, ".TP\n.B {code}\n{}", esc(what));
    }
    p
}

fn options(p: &mut String, cmd: &clap::Command) {
    for arg in cmd.get_arguments() {
        if arg.is_hide_set() || arg.is_positional() {
            continue;
        }
        let mut names = Vec::new();
        if let Some(s) = arg.get_short() {
            names.push(format!("\\fB\\-{s}\\fR"));
        }
        if let Some(l) = arg.get_long() {
            names.push(format!("\\fB\\-\\-{}\\fR", esc(l)));
        }
        let value = match arg.get_value_names() {
            Some(v) if arg.get_action().takes_values() => v
                .iter()
                .map(|n| format!(" \\fI{}\\fR", esc(n)))
                .collect::<String>(),
            _ => String::new(),
        };
        let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
        let _ = writeln!(p, ".TP\n{}{value}\n{}", names.join(", "), esc(&help));
    }
}

/// Every command and sub-command, as `duban member add USER OFFICE` with what it
/// does: plain text, not links to pages of their own.
fn commands(p: &mut String, cmd: &clap::Command, path: &str) {
    for sub in cmd.get_subcommands() {
        if sub.is_hide_set() || sub.get_name() == "help" {
            continue;
        }
        let name = format!("{path} {}", sub.get_name());
        let args: String = sub
            .get_positionals()
            .filter(|a| !a.is_hide_set())
            .map(|a| {
                let n = a
                    .get_value_names()
                    .and_then(|v| v.first().map(|s| s.to_string()))
                    .unwrap_or_else(|| a.get_id().to_string().to_uppercase());
                format!(" \\fI{}\\fR", esc(&n))
            })
            .collect();
        let about = sub.get_about().map(|a| a.to_string()).unwrap_or_default();
        if sub.has_subcommands() {
            let _ = writeln!(p, ".TP\n\\fB{}\\fR\n{}", esc(&name), esc(&about));
            commands(p, sub, &name);
        } else {
            let _ = writeln!(p, ".TP\n\\fB{}\\fR{args}\n{}", esc(&name), esc(&about));
        }
    }
}

/// The default keys of each view, from the keymap the board uses.
fn keys(p: &mut String, lang: LangArg) {
    let zh = lang == LangArg::Zh;
    let words = match lang {
        LangArg::Zh => Lang::Zh,
        LangArg::En => Lang::En,
    };
    let _ = writeln!(p, ".SH {}", if zh { "按键" } else { "KEYS" });
    let intro = if zh {
        "看板的默认按键，按视图列出；keymap.toml（见“文件”）可以改绑。看板上按 ? 列出当前视图的按键。"
    } else {
        "The board's default keys, by view; keymap.toml (see FILES) rebinds them. On the board, ? lists the keys of the view you are in."
    };
    let _ = writeln!(p, "{}", esc(intro));
    let km = Keymap::default_map();
    for ctx in Context::ALL {
        let rows: Vec<(String, String)> = km
            .bindings(ctx)
            .map(|(a, _)| {
                (
                    km.keys_label(ctx, a).unwrap_or_default(),
                    words.action(ctx, a),
                )
            })
            .collect();
        if rows.is_empty() {
            continue;
        }
        let _ = writeln!(p, ".SS {}", esc(ctx.key()));
        for (keys, what) in rows {
            let _ = writeln!(p, ".TP\n.B {}\n{}", esc(&keys), esc(&what));
        }
    }
}

fn environment(p: &mut String, zh: bool) {
    let _ = writeln!(p, ".SH {}", if zh { "环境变量" } else { "ENVIRONMENT" });
    let vars: &[(&str, &str, &str)] = &[
        (
            "DUBAN_DB",
            "数据库文件（同 --db）",
            "the database file (as --db)",
        ),
        (
            "DUBAN_LANG",
            "界面语言：zh 或 en（同 --lang）",
            "the interface language: zh or en (as --lang)",
        ),
        (
            "DUBAN_NOW",
            "固定时钟（日期、本地时间或 RFC 3339），用于演示和测试；有处室成员后只有 root 和督查员可用，其他人使用时命令被拒绝（退出状态 3）",
            "pins the clock (a date, a local time or RFC 3339) for demonstrations and tests; once anyone belongs to an office only root and supervisors may set it, anyone else is refused (exit status 3)",
        ),
        (
            "DUBAN_CONFIG_DIR",
            "config.toml 和 keymap.toml 所在的文件夹",
            "the folder of config.toml and keymap.toml",
        ),
        (
            "DUBAN_THEME",
            "配色：dark、light 或 mono",
            "the colours: dark, light or mono",
        ),
        (
            "NO_COLOR",
            "非空时不用颜色",
            "any non-empty value turns colours off",
        ),
        (
            "COLORFGBG",
            "终端的前景和背景色，用于选择深色或浅色配色",
            "the terminal's foreground and background, to pick the dark or light palette",
        ),
        (
            "DUBAN_BUSY_TIMEOUT_MS",
            "命令等待他人写锁的最长时间（毫秒，默认 30000）",
            "how long a command waits for another program's write lock (milliseconds, default 30000)",
        ),
        (
            "DUBAN_MAX_IMPORT_MB",
            "导入文件的大小上限（MB，默认 64）",
            "the largest file import reads (megabytes, default 64)",
        ),
        (
            "DUBAN_PRESENCE_TIMEOUT_MS",
            "无法加锁的看板多久没有心跳即视为离开（毫秒，默认 90000）",
            "after how long without a heartbeat a board that cannot lock is taken for gone (milliseconds, default 90000)",
        ),
        (
            "VISUAL, EDITOR",
            "E 和 Ctrl+O 打开的外部编辑器（默认 vi）",
            "the external editor E and Ctrl+O open (default vi)",
        ),
        (
            "TZ",
            "显示时间所用的时区",
            "the time zone times are shown in",
        ),
        (
            "XDG_DATA_HOME",
            "默认数据库所在的数据目录（Linux）",
            "the data directory of the default database (Linux)",
        ),
    ];
    for (name, z, e) in vars {
        let _ = writeln!(p, ".TP\n.B {}\n{}", esc(name), esc(if zh { z } else { e }));
    }
}

fn files(p: &mut String, zh: bool) {
    let _ = writeln!(p, ".SH {}", if zh { "文件" } else { "FILES" });
    let files: &[(&str, &str, &str)] = &[
        (
            "~/.local/share/duban/duban.db",
            "默认数据库（Linux；macOS 为 ~/Library/Application Support/duban/duban.db）",
            "the default database (Linux; on macOS ~/Library/Application Support/duban/duban.db)",
        ),
        (
            "duban.db-wal, duban.db-shm",
            "SQLite 的预写日志和共享内存文件，与数据库同在；看板开着时不要删除或覆盖",
            "SQLite's write-ahead log and shared-memory files beside the database; do not delete or replace them while boards are open",
        ),
        (
            "duban.db-presence",
            "看板用来显示谁在线的锁文件（从不写入内容）",
            "the lock file boards use to show who is here (never written to)",
        ),
        (
            "duban.db.before-restore-YYYYMMDDTHHMMSS",
            "duban restore 替换前保存的原数据库",
            "what duban restore replaced, kept beside the database",
        ),
        (
            "~/.config/duban/config.toml",
            "设置（语言、配色、鼠标）；duban config 列出生效的设置",
            "settings (language, colours, mouse); duban config prints those in force",
        ),
        (
            "~/.config/duban/keymap.toml",
            "改绑按键，按视图分节（见“按键”）；别人可写的文件不被读取",
            "rebound keys, one section per view (see KEYS); a file others could write is not read",
        ),
    ];
    for (name, z, e) in files {
        let _ = writeln!(p, ".TP\n.I {}\n{}", esc(name), esc(if zh { z } else { e }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_links_to_no_other_page() {
        for lang in [LangArg::Zh, LangArg::En] {
            let page = page(lang);
            assert!(!page.contains("SEE ALSO") && !page.contains("另请参阅"));
            assert!(!page.contains("duban\\-import(1)"), "{page}");
            assert!(!page.contains("(1)\n"), "no page references");
        }
    }

    #[test]
    fn roff_controls_in_text_are_guarded() {
        assert_eq!(esc(".start"), "\\&.start");
        assert_eq!(esc("a-b\\c"), "a\\-b\\ec");
    }
}
