//! The store's errors in Chinese, for the board and the command line: what a user
//! reads, without SQLite's raw English.

use super::StoreError;
use std::path::Path;

impl StoreError {
    /// The error in Chinese, for the kinds a user meets; `None` for the others
    /// (their English text stands).
    pub fn message_zh(&self) -> Option<String> {
        let p = |path: &Path| path.display().to_string();
        Some(match self {
            Self::NotDuban { path } => {
                format!(
                    "{}：不是 duban 数据库（含有 duban 未建立的表），文件未被改动",
                    p(path)
                )
            }
            Self::TooNew {
                path,
                found,
                supported,
            } => format!(
                "{}：由更新版本的 duban 写入（结构版本 {found}，本程序最高支持 {supported}），文件未被改动——请升级 duban",
                p(path)
            ),
            Self::Open { path, source } => {
                format!("{}：无法打开数据库：{}", p(path), sqlite_reason_zh(source))
            }
            Self::Create { path, source } => {
                format!("{}：无法新建数据库：{}", p(path), io_reason_zh(source))
            }
            Self::DanglingLink { path, target } => format!(
                "{}：是指向 {} 的符号链接，而该文件不存在；不会通过链接新建数据库",
                p(path),
                p(target)
            ),
            Self::NoFolder { path, dir } => format!(
                "{}：文件夹不存在；新数据库只建在已有的文件夹里（{}）",
                p(dir),
                p(path)
            ),
            Self::IsDirectory { path } => format!("{}：是文件夹，不是数据库文件", p(path)),
            Self::NotAFile { path } => {
                format!(
                    "{}：不是普通文件（管道、套接字或设备），不是数据库文件",
                    p(path)
                )
            }
            Self::NotSqlite { path } => {
                format!("{}：不是 SQLite 数据库，文件未被改动", p(path))
            }
            Self::PermissionDenied { path } => {
                format!("{}：没有权限（permission denied）", p(path))
            }
            Self::NoPlan => "数据库里还没有计划".to_string(),
            Self::NoSuchPlan(id) => format!("没有编号为 {id} 的计划"),
            Self::NoSuchItem { number } => format!("本计划没有第{number}项"),
            Self::NoSuchMeasure { number, ordinal } => {
                format!("第{number}项没有措施 {ordinal}")
            }
            Self::NoSuchIndicator {
                number,
                ordinal,
                count,
            } => format!("第{number}项没有指标 {ordinal}（共 {count} 个）"),
            Self::NotYourNote { id, author } => {
                format!("批注 {id} 由 {author} 所写，只有作者本人可以修改")
            }
            Self::ReadOnly => "数据库对你是只读的".to_string(),
            Self::Sqlite(e) => format!("数据库错误：{}", sqlite_reason_zh(e)),
            Self::Tampered { path, what } => format!(
                "{}：数据库结构被其他程序改动过（{what}）；为免其中埋设的内容被执行，duban 不打开它。文件未被改动：请文件管理人用 sqlite3 删除多出的内容，或在没有看板打开时换上备份",
                p(path)
            ),
            Self::TooLong { what, max } => {
                let what = match *what {
                    "the note" => "批注",
                    "the report" => "进展报送",
                    "the urge" => "督办",
                    "the reply" => "回复",
                    "the completion statement" => "办结说明",
                    "the reason" => "理由",
                    _ => "文字",
                };
                format!("{what}太长（最多 {max} 字节），未保存")
            }
            Self::Busy(e) => {
                format!(
                    "数据库正忙：另一个程序占着写锁太久（{}），未写入任何内容——请稍后重试",
                    sqlite_reason_zh(e)
                )
            }
            Self::Corrupt(_) => "数据库已损坏或被其他程序改动过，未写入任何内容".to_string(),
            Self::Refused(r) => r.message_zh(),
            Self::NotSupervisingOffice {
                office,
                supervising,
            } => format!("督查员都属于督查处室（{supervising}），不能在{office}当督查员"),
            Self::NoSuchMember { user, office } => {
                format!("{user} 不是{office}的成员；`duban members` 列出全部成员")
            }
            Self::NoSuchOffice(name) => {
                format!("没有处室“{name}”；`duban offices` 列出全部处室")
            }
            Self::GroupNotOffice(name) => {
                format!("“{name}”是泛指多个单位的群体名称，不是一个处室：成员只能加入具体处室")
            }
            Self::NeedsStatement { number } => {
                format!("第{number}项移到已完成需要办结说明")
            }
            Self::NotAwaitingConfirmation { number } => {
                format!("第{number}项不在待销号状态：只有已完成、等待确认的事项可以销号")
            }
            Self::ItemRetired { number } => {
                format!("第{number}项已撤销；请先用 duban restore-item {number} 恢复")
            }
            Self::NotDone { number } => format!("第{number}项尚未完成，无需退回"),
            Self::LeavesDone { number } => format!(
                "第{number}项已完成，不能直接移出已完成；退回须说明原因：duban reopen {number} 原因（看板上按 R）"
            ),
            Self::UrgeOnConfirmed { number } => format!(
                "第{number}项已办结销号，无需再督办；如需继续督办，请先退回：duban reopen {number} 原因"
            ),
            Self::ReplyByPast { date, earliest } => {
                format!("回复期限 {date} 已经过去；最早只能定为 {earliest}")
            }
            Self::NoOpenUrge { number } => {
                format!("第{number}项没有待回复的督办；报送进展请用 duban report {number} 文字")
            }
            Self::Empty(what) => {
                let what = match *what {
                    "the report" => "进展报送",
                    "the urge" => "督办内容",
                    "the reply" => "回复",
                    "the reason" => "原因",
                    "the title" => "标题",
                    "the name" => "姓名",
                    _ => "内容",
                };
                format!("{what}为空，未保存")
            }
            Self::BadDue(e) => match e {
                crate::plan::adhoc::DueError::NotADate { input } => {
                    format!("“{input}”不是日期或完成时限（请写 2026-06-30 或 6月底前），未保存")
                }
                crate::plan::adhoc::DueError::BeforeMade { due, made } => {
                    format!("完成时限 {due} 早于事项建立的日期（{made}），未保存")
                }
            },
            Self::Damaged { path, detail } => {
                format!("{}：数据库已损坏（{detail}），文件未被改动", p(path))
            }
            Self::FileReplaced { path } => format!(
                "{}：数据库文件在打开期间被替换（移动覆盖），未写入任何内容——请重新打开",
                p(path)
            ),
            Self::CopiedOver { path } => format!(
                "{}：数据库文件在打开期间被覆盖（cp），其日志（-wal）属于原来的内容，已停止写入——请关闭所有看板，用 duban restore 恢复副本",
                p(path)
            ),
            Self::LogMissing { path } => format!(
                "{}-wal（数据库的日志）不见了，而它的索引（-shm）表明其中还有改动：它在有看板打开数据库时被删除。数据库并未损坏，也未写入任何内容；请关闭仍打开着它的看板（关闭时会把这些改动写回文件），然后再试",
                p(path)
            ),
            Self::LogLost { path } => format!(
                "{}-wal（数据库的日志）在打开期间被删除，未写入任何内容——请重新打开",
                p(path)
            ),
            Self::BlockedBy {
                path,
                file,
                owner,
                mode,
            } => format!(
                "{}：无法写入数据库：{} 属于 {owner}，权限 {mode:04o}，其他人无法写入（多半是只读用户留下的）。解决：在没有看板打开时删除它（rm '{}'），或请 {owner} 执行 chmod g+w '{}'",
                p(path),
                p(file),
                p(file),
                p(file)
            ),
            Self::WritersBack { path } => {
                format!("{}：有写入者打开了数据库，请重新打开以看到其改动", p(path))
            }
            _ => return None,
        })
    }
}

/// What SQLite said, in Chinese, without its raw English (`unable to open database
/// file`); the code stays for whoever must look it up.
pub fn sqlite_reason_zh(e: &rusqlite::Error) -> String {
    use rusqlite::ErrorCode as C;
    let Some(code) = e.sqlite_error_code() else {
        return e.to_string();
    };
    let text = match code {
        C::CannotOpen => "文件不存在或无法打开",
        C::NotADatabase => "不是 SQLite 数据库",
        C::DatabaseBusy | C::DatabaseLocked => "数据库正被他人写入，请稍后再试",
        C::ReadOnly => "数据库是只读的",
        C::DatabaseCorrupt => "数据库已损坏",
        C::PermissionDenied => "没有权限",
        C::DiskFull => "磁盘已满",
        C::SystemIoFailure => "读写文件出错",
        C::TooBig => "内容太大",
        C::ConstraintViolation => "与已有数据冲突",
        _ => return format!("SQLite 错误（{code:?}）"),
    };
    text.to_string()
}

/// An operating-system error in Chinese: what happened, not `os error 2`.
pub fn io_reason_zh(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    let text = match e.kind() {
        K::NotFound => "文件或文件夹不存在",
        K::PermissionDenied => "没有权限",
        K::AlreadyExists => "已存在",
        K::IsADirectory => "这是文件夹，不是文件",
        K::NotADirectory => "路径中有一段不是文件夹",
        K::ReadOnlyFilesystem => "文件系统是只读的",
        K::StorageFull => "磁盘已满",
        K::InvalidData => "内容无法读取",
        K::Interrupted => "被中断",
        K::BrokenPipe => "输出管道已关闭",
        _ => return format!("系统错误（{}）", e.raw_os_error().unwrap_or_default()),
    };
    text.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_and_system_errors_read_in_chinese_without_their_english() {
        let corrupt = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CORRUPT),
            Some("database disk image is malformed".into()),
        );
        let said = StoreError::Sqlite(corrupt).message_zh().unwrap();
        assert_eq!(said, "数据库错误：数据库已损坏");
        let gone = std::io::Error::from(std::io::ErrorKind::NotFound);
        assert_eq!(io_reason_zh(&gone), "文件或文件夹不存在");
        let said = StoreError::NoOpenUrge { number: 3 }.message_zh().unwrap();
        assert!(said.starts_with("第3项没有待回复的督办"), "{said}");
        let said = StoreError::Empty("the reply").message_zh().unwrap();
        assert_eq!(said, "回复为空，未保存");
    }
}
