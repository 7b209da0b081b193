//! The store's errors in the user's language, from the catalogs: what a user
//! reads, without SQLite's raw English in Chinese.

use super::StoreError;
use super::rules::{Act, Refusal, WhoMay};
use super::verify::{Foreign, SchemaObject};
use crate::i18n::Lang;
use crate::plan::adhoc::DueError;
use crate::t;

impl StoreError {
    /// The error in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let p = |path: &std::path::Path| path.display().to_string();
        match self {
            Self::NotDuban { path } => t!(lang, "store-not-duban", path = p(path)),
            Self::TooNew {
                path,
                found,
                supported,
            } => t!(
                lang,
                "store-too-new",
                path = p(path),
                found = *found,
                supported = *supported
            ),
            Self::Open { path, source } => t!(
                lang,
                "store-open-failed",
                path = p(path),
                reason = sqlite_reason(source, lang)
            ),
            Self::Create { path, source } => t!(
                lang,
                "store-create-failed",
                path = p(path),
                reason = io_reason(source, lang)
            ),
            Self::NoFolder { path, dir } => {
                t!(lang, "store-no-folder", path = p(path), dir = p(dir))
            }
            Self::DanglingLink { path, target } => t!(
                lang,
                "store-dangling-link",
                path = p(path),
                target = p(target)
            ),
            Self::IsDirectory { path } => t!(lang, "store-is-directory", path = p(path)),
            Self::NotAFile { path } => t!(lang, "store-not-a-file", path = p(path)),
            Self::NotSqlite { path } => t!(lang, "store-not-sqlite", path = p(path)),
            Self::PermissionDenied { path } => {
                t!(lang, "store-permission-denied", path = p(path))
            }
            Self::NoPlan => t!(lang, "store-no-plan"),
            Self::Damaged { path, detail } => t!(
                lang,
                "store-damaged",
                path = p(path),
                detail = detail.as_str()
            ),
            Self::NoSuchPlan(id) => t!(lang, "store-no-such-plan", id = *id),
            Self::NoSuchItem { number } => t!(lang, "store-no-such-item", number = *number),
            Self::ItemRetired { number } => t!(lang, "store-item-retired", number = *number),
            Self::NoSuchItemId(id) => t!(lang, "store-no-such-item-id", id = *id),
            Self::NoSuchNote(id) => t!(lang, "store-no-such-note", id = *id),
            Self::NoSuchMeasure { number, ordinal } => t!(
                lang,
                "store-no-such-measure",
                number = *number,
                ordinal = *ordinal
            ),
            Self::NoSuchIndicator {
                number,
                ordinal,
                count,
            } => t!(
                lang,
                "store-no-such-indicator",
                number = *number,
                ordinal = *ordinal,
                count = *count
            ),
            Self::NotYourNote { id, author } => t!(
                lang,
                "store-not-your-note",
                id = *id,
                author = author.as_str()
            ),
            Self::ReadOnly => t!(lang, "store-read-only"),
            Self::BlockedBy {
                path,
                file,
                owner,
                mode,
            } => t!(
                lang,
                "store-blocked-by",
                path = p(path),
                file = p(file),
                owner = owner.as_str(),
                mode = format!("{mode:04o}")
            ),
            Self::WritersBack { path } => t!(lang, "store-writers-back", path = p(path)),
            Self::FileReplaced { path } => t!(lang, "store-file-replaced", path = p(path)),
            Self::CopiedOver { path } => t!(lang, "store-copied-over", path = p(path)),
            Self::LogLost { path } => t!(lang, "store-log-lost", path = p(path)),
            Self::LogMissing { path } => t!(lang, "store-log-missing", path = p(path)),
            Self::Refused(r) => r.message(lang),
            Self::NotSupervisingOffice {
                office,
                supervising,
            } => t!(
                lang,
                "store-not-supervising-office",
                office = office.as_str(),
                supervising = supervising.as_str()
            ),
            Self::NoSuchMember { user, office } => t!(
                lang,
                "store-no-such-member",
                user = user.as_str(),
                office = office.as_str()
            ),
            Self::NoSuchOffice(name) => t!(lang, "store-no-such-office", name = name.as_str()),
            Self::GroupNotOffice(name) => {
                t!(lang, "store-group-not-office", name = name.as_str())
            }
            Self::NeedsStatement { number } => {
                t!(lang, "store-needs-statement", number = *number)
            }
            Self::ReportNotThisPeriod {
                number: Some(number),
                period,
            } => t!(
                lang,
                "store-report-not-this-period",
                number = *number,
                period = period.as_str()
            ),
            Self::ReportNotThisPeriod {
                number: None,
                period,
            } => t!(
                lang,
                "store-report-not-this-period-no-item",
                period = period.as_str()
            ),
            Self::NotAwaitingConfirmation { number } => {
                t!(lang, "store-not-awaiting-confirmation", number = *number)
            }
            Self::NotDone { number } => t!(lang, "store-not-done", number = *number),
            Self::LeavesDone { number } => t!(lang, "store-leaves-done", number = *number),
            Self::UrgeOnConfirmed { number } => {
                t!(lang, "store-urge-on-confirmed", number = *number)
            }
            Self::ReplyByPast { date, earliest } => t!(
                lang,
                "store-reply-by-past",
                date = date.as_str(),
                earliest = earliest.as_str()
            ),
            Self::NoOpenUrge { number } => t!(lang, "store-no-open-urge", number = *number),
            Self::BadDue(DueError::NotADate { input }) => {
                t!(lang, "store-due-not-a-date", input = input.as_str())
            }
            Self::BadDue(DueError::BeforeMade { due, made }) => t!(
                lang,
                "store-due-before-made",
                due = due.to_string(),
                made = made.to_string()
            ),
            Self::Empty(what) => t!(lang, "store-empty", what = what.key()),
            Self::TooLong { what, max } => {
                t!(lang, "store-too-long", what = what.key(), max = *max)
            }
            Self::Tampered { path, what } => {
                t!(
                    lang,
                    "store-tampered",
                    path = p(path),
                    what = foreign(what, lang)
                )
            }
            Self::Corrupt(e) => t!(lang, "store-corrupt", reason = damage_reason(e, lang)),
            Self::Busy(e) => t!(lang, "store-busy", reason = sqlite_reason(e, lang)),
            Self::ServerBusy {
                holder,
                pid,
                rows: false,
            } => t!(
                lang,
                "store-server-busy",
                holder = crate::text::sanitize(holder).into_owned(),
                pid = *pid
            ),
            Self::ServerBusy {
                holder,
                pid,
                rows: true,
            } => t!(
                lang,
                "store-server-busy-rows",
                holder = crate::text::sanitize(holder).into_owned(),
                pid = *pid
            ),
            Self::Sqlite(e) => t!(lang, "store-sqlite", reason = sqlite_reason(e, lang)),
            Self::Server(e) => t!(lang, "store-server", reason = server_reason(e)),
            Self::NotOnServer(what) => t!(lang, "store-not-on-server", what = *what),
            Self::ServerConnect { url, reason } => {
                t!(
                    lang,
                    "server-open-connect",
                    url = url.as_str(),
                    reason = reason.as_str()
                )
            }
            Self::ServerRefusesOpen { url, why } => {
                use super::server::open::Refusal as R;
                let url = url.as_str();
                match why {
                    R::NoSchema => t!(lang, "server-open-no-schema", url = url),
                    R::RulesOld => t!(lang, "server-open-rules-old", url = url),
                    R::Version { found, supported } if found < supported => t!(
                        lang,
                        "server-open-too-old",
                        url = url,
                        found = *found,
                        supported = *supported
                    ),
                    R::Version { found, supported } => t!(
                        lang,
                        "server-open-too-new",
                        url = url,
                        found = *found,
                        supported = *supported
                    ),
                    R::Bypasses { role } => {
                        t!(lang, "server-open-bypasses", role = role.as_str())
                    }
                    R::NotMember { role } => {
                        t!(lang, "server-open-not-member", role = role.as_str())
                    }
                }
            }
            Self::ServerRefused {
                reason: Some(reason),
                ..
            } => t!(lang, "server-open-refused", reason = reason.as_str()),
            Self::ServerRefused { reason: None, .. } => lang.msg("server-open-refused-hidden"),
            Self::ServerLost => lang.msg("server-connection-lost"),
        }
    }

    /// The error in Chinese. Always `Some` now that every kind has its
    /// message; kept for the callers that fall back to the English text.
    pub fn message_zh(&self) -> Option<String> {
        Some(self.message(Lang::Zh))
    }
}

/// What was found in a schema duban did not make, in `lang`.
fn foreign(what: &Foreign, lang: Lang) -> String {
    let object = |o: &SchemaObject| match &o.table {
        Some(table) => t!(
            lang,
            "store-schema-object-on",
            kind = o.kind.as_str(),
            name = o.name.as_str(),
            table = table.as_str()
        ),
        None => t!(
            lang,
            "store-schema-object",
            kind = o.kind.as_str(),
            name = o.name.as_str()
        ),
    };
    match what {
        Foreign::Added(o) => t!(lang, "store-foreign-added", object = object(o)),
        Foreign::Changed(o) => t!(lang, "store-foreign-changed", object = object(o)),
        Foreign::Missing(o) => t!(lang, "store-foreign-missing", object = object(o)),
        Foreign::VersionSetBack { version } => {
            t!(lang, "store-foreign-version-set-back", version = *version)
        }
    }
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Open { source, .. } => Some(source),
            Self::Create { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl Act {
    /// The act's key in the refusal messages' selectors.
    fn key(self) -> &'static str {
        match self {
            Act::Move => "move",
            Act::Report => "report",
            Act::Close => "close",
            Act::Reopen => "reopen",
            Act::ReopenConfirmed => "reopen-confirmed",
            Act::Tick => "tick",
            Act::Note => "note",
            Act::Urge => "urge",
            Act::Reply => "reply",
            Act::Confirm => "confirm",
            Act::Members => "members",
            Act::Cycle => "cycle",
            Act::ActAs => "act-as",
            Act::Import => "import",
            Act::Restore => "restore",
            Act::AddItem => "add-item",
            Act::EditItem => "edit-item",
            Act::EditWork => "edit-work",
            Act::Retire => "retire",
        }
    }
}

impl Refusal {
    /// The refusal in `lang`: what was refused, who may do it, and who asked.
    pub fn message(&self, lang: Lang) -> String {
        let who = match self.act.who_may() {
            WhoMay::Anyone => "anyone",
            WhoMay::LeadOrSupervisors => "lead-or-supervisors",
            WhoMay::LeadCoOrSupervisors if self.co.is_empty() => "lead-or-supervisors",
            WhoMay::LeadCoOrSupervisors => "lead-co-or-supervisors",
            WhoMay::Lead => "lead",
            WhoMay::Supervisors | WhoMay::SupervisorsOnceThere => {
                if self.supervising.is_some() {
                    "supervisors"
                } else {
                    "no-supervisors"
                }
            }
        };
        let lead = match &self.lead {
            Some(lead) => lead.clone(),
            None => lang.msg("store-refused-no-lead"),
        };
        let co = self.co.join(match lang {
            Lang::Zh => "\u{3001}",
            Lang::En => ", ",
        });
        let supervising = self.supervising.clone().unwrap_or_default();
        let actor = self.actor.as_str();
        match self.number {
            Some(number) => t!(
                lang,
                "store-refused-on-item",
                number = number,
                act = self.act.key(),
                who = who,
                lead = lead,
                co = co,
                supervising = supervising,
                actor = actor
            ),
            None => t!(
                lang,
                "store-refused",
                act = self.act.key(),
                who = who,
                lead = lead,
                co = co,
                supervising = supervising,
                actor = actor
            ),
        }
    }

    /// The refusal in Chinese, for the board's footer.
    pub fn message_zh(&self) -> String {
        self.message(Lang::Zh)
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// What SQLite said, in `lang`. In Chinese without SQLite's raw English (`unable
/// to open database file`), its code kept for whoever must look it up; in
/// English SQLite's own words.
pub fn sqlite_reason(e: &rusqlite::Error, lang: Lang) -> String {
    use rusqlite::ErrorCode as C;
    let Some(code) = e.sqlite_error_code() else {
        return e.to_string();
    };
    if lang == Lang::En {
        return e.to_string();
    }
    match code {
        C::CannotOpen => lang.msg("store-sqlite-cannot-open"),
        C::NotADatabase => lang.msg("store-sqlite-not-a-database"),
        C::DatabaseBusy | C::DatabaseLocked => lang.msg("store-sqlite-busy"),
        C::ReadOnly => lang.msg("store-sqlite-read-only"),
        C::DatabaseCorrupt => lang.msg("store-sqlite-corrupt"),
        C::PermissionDenied => lang.msg("store-sqlite-permission"),
        C::DiskFull => lang.msg("store-sqlite-disk-full"),
        C::SystemIoFailure => lang.msg("store-sqlite-io"),
        C::TooBig => lang.msg("store-sqlite-too-big"),
        C::ConstraintViolation => lang.msg("store-sqlite-constraint"),
        _ => t!(lang, "store-sqlite-other", code = format!("{code:?}")),
    }
}

/// What a damaged file showed: in English SQLite's own words; in Chinese its
/// error code (SQLite's words would say "damaged" twice, in English).
fn damage_reason(e: &rusqlite::Error, lang: Lang) -> String {
    if lang == Lang::En {
        return e.to_string();
    }
    match e {
        rusqlite::Error::SqliteFailure(f, _) => {
            t!(lang, "store-corrupt-code", code = f.extended_code)
        }
        _ => lang.msg("store-corrupt-bad-value"),
    }
}

/// [`sqlite_reason`] in Chinese.
pub fn sqlite_reason_zh(e: &rusqlite::Error) -> String {
    sqlite_reason(e, Lang::Zh)
}

/// An operating-system error in `lang`: in Chinese what happened, not `os error
/// 2`; in English the system's own words.
pub fn io_reason(e: &std::io::Error, lang: Lang) -> String {
    use std::io::ErrorKind as K;
    if lang == Lang::En {
        return e.to_string();
    }
    match e.kind() {
        K::NotFound => lang.msg("store-io-not-found"),
        K::PermissionDenied => lang.msg("store-io-permission"),
        K::AlreadyExists => lang.msg("store-io-exists"),
        K::IsADirectory => lang.msg("store-io-is-directory"),
        K::NotADirectory => lang.msg("store-io-not-directory"),
        K::ReadOnlyFilesystem => lang.msg("store-io-read-only-fs"),
        K::StorageFull => lang.msg("store-io-storage-full"),
        K::InvalidData => lang.msg("store-io-invalid-data"),
        K::Interrupted => lang.msg("store-io-interrupted"),
        K::BrokenPipe => lang.msg("store-io-broken-pipe"),
        _ => t!(
            lang,
            "store-io-other",
            code = e.raw_os_error().unwrap_or_default()
        ),
    }
}

/// [`io_reason`] in Chinese.
pub fn io_reason_zh(e: &std::io::Error) -> String {
    io_reason(e, Lang::Zh)
}

/// The server's own words for its error, with its SQLSTATE.
pub fn server_reason(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => format!("{} ({})", db.message(), db.code().code()),
        None => e.to_string(),
    }
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
        let said = StoreError::Sqlite(corrupt).message(Lang::Zh);
        assert_eq!(said, "数据库错误：数据库已损坏");
        let gone = std::io::Error::from(std::io::ErrorKind::NotFound);
        assert_eq!(io_reason_zh(&gone), "文件或文件夹不存在");
        let said = StoreError::NoOpenUrge { number: 3 }.message(Lang::Zh);
        assert!(said.starts_with("第3项没有待回复的督办"), "{said}");
        let said = StoreError::Empty(crate::store::Written::Reply).message(Lang::Zh);
        assert_eq!(said, "回复为空，未保存");
    }

    #[test]
    fn every_error_reads_in_english_from_the_catalog() {
        let said = StoreError::Empty(crate::store::Written::Reply).to_string();
        assert_eq!(said, "the reply is empty; nothing was saved");
        let said = StoreError::TooLong {
            what: crate::store::Written::Statement,
            max: 100,
        }
        .to_string();
        assert_eq!(
            said,
            "the close-out statement is too long (at most 100 bytes); nothing was saved"
        );
        let said = StoreError::BlockedBy {
            path: "/x/a.db".into(),
            file: "/x/a.db-shm".into(),
            owner: "ann".into(),
            mode: 0o644,
        }
        .to_string();
        assert!(said.contains("with mode 0644"), "{said}");
        assert_eq!(
            StoreError::NoSuchItem { number: 7 }.message(Lang::Zh),
            "本计划没有第7项"
        );
    }

    #[test]
    fn a_refusal_names_the_act_who_may_do_it_and_who_asked() {
        let r = Refusal {
            act: Act::Report,
            actor: "bob".into(),
            number: Some(3),
            lead: Some("基础教育处".into()),
            co: Vec::new(),
            supervising: None,
        };
        assert_eq!(
            r.message(Lang::Zh),
            "第3项的进展报送仅限牵头处室（基础教育处）成员和督查员；bob不在其列"
        );
        assert_eq!(
            r.to_string(),
            "only members of the lead office (基础教育处) and supervisors may report on item 3; bob is not one of them"
        );
        let r = Refusal {
            act: Act::Members,
            actor: "bob".into(),
            number: None,
            lead: None,
            co: Vec::new(),
            supervising: Some("督查室".into()),
        };
        assert_eq!(
            r.message(Lang::Zh),
            "调整成员仅限督查员（督查室）；bob不在其列"
        );
    }
}
