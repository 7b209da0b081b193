//! Where the store is and how a command opens it: `--db`/`DUBAN_DB` or the data
//! directory, a file or a server, the seed on first use, and the busy wait.

use super::*;

/// The database path: `--db`, else `DUBAN_DB` (both via clap), else the data directory.
pub fn db_path(cli_db: Option<&Path>) -> Result<PathBuf> {
    if let Some(p) = cli_db {
        return Ok(p.to_path_buf());
    }
    let dirs = directories::ProjectDirs::from("", "", "duban")
        .ok_or_else(|| anyhow!(crate::t!(messages::current(), "cli-no-home-dir")))?;
    Ok(dirs.data_dir().join("duban.db"))
}

/// Who changes are recorded under: `--as`, else the OS account of the real user
/// id (never `$USER`, which anyone can set). Whether `--as` is allowed is decided
/// once the store is open (`supervise::establish_identity`).
pub fn actor(cli_as: Option<&str>) -> String {
    cli_as
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .unwrap_or_else(crate::identity::os_user)
}

pub(super) fn open_store(cli: &Cli) -> Result<Store> {
    open_store_checking(cli, Check::First)
}

/// When an opened store's quick check runs.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Check {
    /// Before the command reads anything.
    First,
    /// Before its first write, or when the caller asks (the board: after its
    /// first frame, before it handles a key).
    Deferred,
}

/// The server's URL when `--db` / `DUBAN_DB` names one.
pub fn server_url(cli: &Cli) -> Option<&str> {
    cli.db
        .as_deref()
        .and_then(Path::to_str)
        .filter(|d| crate::store::server::is_url(d))
}

pub(super) fn open_store_checking(cli: &Cli, check: Check) -> Result<Store> {
    open_store_noting(cli, check, None)
}

/// Opens the store; the notice that it was made new is said at once, or put in
/// `created` when the caller says it later (after what it read, as
/// `duban import` does).
pub(super) fn open_store_noting(
    cli: &Cli,
    check: Check,
    created: Option<&mut Option<String>>,
) -> Result<Store> {
    if let Some(url) = server_url(cli) {
        // The actor is the login role (`session_user`), never the OS account.
        let mut store = Store::open_server(url, cli.admin)?;
        // Rules from another duban: said, not refused (see `server_rules_differ`).
        if store.server_rules_differ()?.is_some() {
            say_err!(
                "duban: {}{}",
                messages::warning_prefix(messages::current()),
                crate::t!(
                    messages::current(),
                    "server-rules-differ",
                    url = crate::store::server::shown(url)
                )
            );
        }
        store.set_busy_wait(busy_timeout(), None)?;
        supervise::establish_server_identity(&mut store, cli.actor.as_deref())?;
        standup::pin_clock(&mut store)?;
        return Ok(store);
    }
    let path = db_path(cli.db.as_deref())?;
    // Only the default place is made on first use; a path the user gave must be in
    // a folder that exists (the store refuses otherwise).
    if cli.db.is_none()
        && let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
    {
        std::fs::create_dir_all(dir).with_context(|| {
            crate::t!(
                messages::current(),
                "cli-mkdir-failed",
                dir = dir.display().to_string()
            )
        })?;
    }
    let zh = matches!(messages::current(), LangArg::Zh);
    if let Some(warning) = crate::store::network_fs_warning(&path, zh) {
        say_err!(
            "duban: {}{warning}",
            messages::warning_prefix(messages::current())
        );
    }
    // An empty file (someone truncated it) is made a new database too: say so.
    let is_new = std::fs::metadata(&path)
        .ok()
        .is_none_or(|m| m.is_file() && m.len() == 0);
    let mut store = Store::open(&path, &actor(cli.actor.as_deref()))?;
    // A wait for someone else's lock is said, not suffered in silence.
    let lang = lang_of(cli);
    store.set_busy_wait(
        busy_timeout(),
        Some(std::sync::Arc::new(move |timeout| {
            let seconds = timeout.as_secs_f64().round() as u64;
            say_err!(
                "duban: {}",
                crate::t!(lang, "cli-db-busy-waiting", seconds = seconds)
            );
        })),
    )?;
    // A damaged file says so before a command prints half of what it holds.
    match check {
        Check::First => store.check_sound()?,
        Check::Deferred => store.defer_sound_check(),
    }
    supervise::establish_identity(&mut store, cli.actor.as_deref())?;
    if is_new && !store.is_read_only() {
        let notice = format!(
            "duban: {}",
            crate::text::sanitize(&messages::created(&path, lang_of(cli)))
        );
        match created {
            Some(created) => *created = Some(notice),
            None => say_err!("{notice}"),
        }
    }
    standup::pin_clock(&mut store)?;
    Ok(store)
}

/// Opens the store and, if it holds no plan yet, seeds it from the embedded plan.
pub(super) fn open_seeded(cli: &Cli) -> Result<Store> {
    open_seeded_checking(cli, Check::First)
}

pub(super) fn open_seeded_checking(cli: &Cli, check: Check) -> Result<Store> {
    let mut store = open_store_checking(cli, check)?;
    if store.is_empty()? && !store.is_read_only() {
        let parsed = plan::parse_bytes(SEED)
            .with_context(|| crate::t!(lang_of(cli), "cli-seed-unreadable"))?;
        store.import(&parsed.plan)?;
    }
    Ok(store)
}
/// How long a write waits for someone else's lock: `DUBAN_BUSY_TIMEOUT_MS`, else 30 s.
pub(super) fn busy_timeout() -> std::time::Duration {
    std::env::var("DUBAN_BUSY_TIMEOUT_MS")
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map_or(std::time::Duration::from_secs(30), |ms| {
            std::time::Duration::from_millis(ms.min(3_600_000))
        })
}
