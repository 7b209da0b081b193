//! The database file on disk: creation with shared-server permissions, and
//! file systems on which SQLite's WAL is unsafe.

use super::StoreError;
use std::path::Path;

/// Creates a new, empty database file so that a shared set-up works whatever the
/// creator's umask: in a group-shared directory (setgid or group-writable) the file
/// is made 0660, and SQLite gives its -wal and -shm files the same mode.
pub(super) fn create_new(path: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
        let dir = path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        // A folder anyone may write to (/tmp) is not a group's shared folder: the
        // file's group there is only its creator's, which may hold everyone.
        let shared = std::fs::metadata(dir)
            .map(|m| (m.mode() & 0o2000 != 0 || m.mode() & 0o020 != 0) && m.mode() & 0o002 == 0)
            .unwrap_or(false);
        let mode = if shared { 0o660 } else { 0o600 };
        let file = match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(mode)
            .open(path)
        {
            Ok(file) => file,
            // Someone else created it first: theirs stands.
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Ok(()),
            Err(e) => return Err(e),
        };
        // The umask may have cut the mode down; set it as meant, on the file just
        // made (by path, a link put in its place meanwhile would be followed).
        file.set_permissions(std::fs::Permissions::from_mode(mode))
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        Ok(())
    }
}

/// Which file a path names: device and inode. A file moved or copied into the path
/// (`mv backup.db duban.db`) is another file; one written in place is the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Identity {
    dev: u64,
    ino: u64,
}

impl Identity {
    /// The file at `path` now; `None` when there is none.
    pub(super) fn of(path: &Path) -> Option<Identity> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let m = std::fs::metadata(path).ok()?;
            Some(Identity {
                dev: m.dev(),
                ino: m.ino(),
            })
        }
        #[cfg(not(unix))]
        {
            let _ = path;
            None
        }
    }
}

/// The file a database path names: a symbolic link's target (resolved all the way),
/// since SQLite opens the target and keeps its -wal and -shm beside it, so every
/// judgement (write access, the log files, read-only or not, the file's identity)
/// is made on the target. Any other path, or one that cannot be resolved, as it is.
pub(super) fn target_of(path: &Path) -> std::borrow::Cow<'_, Path> {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => match std::fs::canonicalize(path) {
            Ok(target) => std::borrow::Cow::Owned(target),
            Err(_) => std::borrow::Cow::Borrowed(path),
        },
        _ => std::borrow::Cow::Borrowed(path),
    }
}

/// `path` as an SQLite URI with `query` (say `mode=ro`), escaping what a URI reads.
pub(super) fn uri(path: &Path, query: &str) -> String {
    use std::os::unix::ffi::OsStrExt;
    let mut uri = String::from("file:");
    for &b in path.as_os_str().as_bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            uri.push(b as char);
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri.push('?');
    uri.push_str(query);
    uri
}

/// True when this user may write `path` (or it does not exist yet).
pub(super) fn writable(path: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let Ok(c) = std::ffi::CString::new(path.as_os_str().as_bytes()) else {
        return true;
    };
    // SAFETY: a valid NUL-terminated path.
    let ok = unsafe { libc::access(c.as_ptr(), libc::W_OK) } == 0;
    ok || !path.exists()
}

/// The -wal or -shm file that keeps this user from writing the database, as an
/// error that names it, its owner and mode, and how to fix it.
pub(super) fn blocked_by(db: &Path) -> Option<super::StoreError> {
    use std::os::unix::fs::MetadataExt;
    for suffix in ["-shm", "-wal"] {
        let file = with_suffix(db, suffix);
        let Ok(meta) = std::fs::metadata(&file) else {
            continue;
        };
        if writable(&file) {
            continue;
        }
        return Some(super::StoreError::BlockedBy {
            path: db.to_path_buf(),
            owner: user_name(meta.uid()),
            mode: meta.mode() & 0o7777,
            file,
        });
    }
    None
}

/// The login name of `uid`, or the number when it has none.
fn user_name(uid: u32) -> String {
    // SAFETY: getpwuid returns a pointer to static storage or null; the name is read
    // at once, before any other call could overwrite it.
    unsafe {
        let pw = libc::getpwuid(uid);
        if pw.is_null() || (*pw).pw_name.is_null() {
            return uid.to_string();
        }
        std::ffi::CStr::from_ptr((*pw).pw_name)
            .to_string_lossy()
            .into_owned()
    }
}

/// True when the database's log is gone, or shorter than its index (-shm) says:
/// the -wal was deleted while a connection had it open (and perhaps made again,
/// empty, by the next one), so the index points into a log that no longer holds
/// those frames. Reads then fail short, which is no damage of the file itself.
pub(super) fn log_missing(db: &Path) -> bool {
    use std::io::Read;
    let Ok(shm) = std::fs::File::open(with_suffix(db, "-shm")) else {
        return false;
    };
    let mut header = [0u8; 20];
    if shm.take(20).read_exact(&mut header).is_err() {
        return false;
    }
    // The wal-index header, in the machine's byte order: isInit at 12, the page
    // size at 14 (1 for 65536), the last valid frame at 16.
    let init = header[12] != 0;
    let page = match u16::from_ne_bytes([header[14], header[15]]) {
        1 => 65_536,
        n => u64::from(n),
    };
    let frames = u64::from(u32::from_ne_bytes([
        header[16], header[17], header[18], header[19],
    ]));
    if !init || frames == 0 || !shm_in_use(&shm_file(db)) {
        return false;
    }
    let wal = std::fs::metadata(with_suffix(db, "-wal")).map_or(0, |m| m.len());
    wal < 32 + frames * (24 + page)
}

fn shm_file(db: &Path) -> Option<std::fs::File> {
    std::fs::File::open(with_suffix(db, "-shm")).ok()
}

/// True when another process has the database open: every SQLite connection holds
/// a shared lock on the -shm's "DMS" byte (offset 128) while it is open. A -shm no
/// one holds is stale, and the next connection rebuilds it from the log.
fn shm_in_use(shm: &Option<std::fs::File>) -> bool {
    use std::os::unix::io::AsRawFd;
    let Some(shm) = shm else {
        return false;
    };
    // SAFETY: a zeroed flock is a valid value; F_GETLK only fills it in.
    let mut lock: libc::flock = unsafe { std::mem::zeroed() };
    lock.l_type = libc::F_WRLCK as libc::c_short;
    lock.l_whence = libc::SEEK_SET as libc::c_short;
    lock.l_start = 128;
    lock.l_len = 1;
    // SAFETY: a valid open descriptor and a valid flock.
    let ok = unsafe { libc::fcntl(shm.as_raw_fd(), libc::F_GETLK, &mut lock) } == 0;
    ok && lock.l_type != libc::F_UNLCK as libc::c_short
}

/// `duban.db-wal`, `duban.db-shm`: SQLite's files next to the database.
pub fn with_suffix(db: &Path, suffix: &str) -> std::path::PathBuf {
    let mut p = db.as_os_str().to_owned();
    p.push(suffix);
    p.into()
}

/// What the store opened: the database file and its write-ahead log, to be compared
/// with what the paths name before each write and on each refresh; and when the file
/// was last written together with the log's checkpoint state then, to tell a write
/// by a checkpoint from a write behind SQLite's back (`cp backup.db duban.db`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Opened {
    pub(super) db: Option<Identity>,
    pub(super) wal: Option<Identity>,
    written: Option<(i128, u64)>,
    log: Option<LogState>,
}

/// What happened to the files under an open store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Change {
    /// Another file is at the database's path (moved over it), or none.
    Replaced,
    /// The file was written in place by something other than SQLite (copied over):
    /// its log now belongs to other content.
    CopiedOver,
    /// The write-ahead log this connection writes to was deleted or replaced: what is
    /// written to it now would be lost with the process.
    LogLost,
}

/// When the file at `path` was last written (ns since the epoch) and its size.
fn written(path: &Path) -> Option<(i128, u64)> {
    use std::os::unix::fs::MetadataExt;
    let m = std::fs::metadata(path).ok()?;
    Some((
        i128::from(m.mtime()) * 1_000_000_000 + i128::from(m.mtime_nsec()),
        m.size(),
    ))
}

/// The log's checkpoint state from the wal-index (-shm): frames in the log, its
/// salts (new at each restart) and how far checkpoints got. Only a checkpoint
/// writes the database file in WAL mode, and every checkpoint changes this.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct LogState([u32; 4]);

/// Where the wal-index keeps what `LogState` reads (SQLite's wal.c: WalIndexHdr,
/// WalCkptInfo), and the checkpoint lock's slot.
const SHM_SALT: usize = 32;
const SHM_BACKFILL: usize = 96;
const SHM_BACKFILL_ATTEMPTED: usize = 128;
const WAL_CKPT_LOCK: std::ffi::c_int = 1;

/// The database's open file in SQLite's VFS, whose methods reach the wal-index as
/// SQLite itself maps and locks it. (Opening the -shm file ourselves would not do:
/// closing any descriptor of a file drops every POSIX lock the process holds on it,
/// SQLite's included.)
fn vfs_file(conn: &rusqlite::Connection) -> Option<*mut rusqlite::ffi::sqlite3_file> {
    let mut file: *mut rusqlite::ffi::sqlite3_file = std::ptr::null_mut();
    // SAFETY: a valid open handle, a NUL-terminated schema name, and a pointer to a
    // file pointer, which is what SQLITE_FCNTL_FILE_POINTER writes.
    let rc = unsafe {
        rusqlite::ffi::sqlite3_file_control(
            conn.handle(),
            c"main".as_ptr(),
            rusqlite::ffi::SQLITE_FCNTL_FILE_POINTER,
            (&mut file as *mut *mut rusqlite::ffi::sqlite3_file).cast(),
        )
    };
    // SAFETY: SQLite gave a valid file or null; its methods table outlives it.
    let usable = rc == 0 && !file.is_null() && unsafe { !(*file).pMethods.is_null() };
    usable.then_some(file)
}

/// The log's checkpoint state, read from the wal-index SQLite has mapped for `conn`
/// (a connection in WAL mode that has read the database).
fn log_state(conn: &rusqlite::Connection) -> Option<LogState> {
    let file = vfs_file(conn)?;
    // SAFETY: `file` is the open main database file of a live connection; xShmMap
    // with bExtend 0 returns the first wal-index region as mapped (32 KiB), which
    // stays valid while the connection is open. Words are read volatile, as SQLite
    // does: other processes change them.
    unsafe {
        let methods = &*(*file).pMethods;
        if methods.iVersion < 2 {
            return None;
        }
        let map = methods.xShmMap?;
        let mut region: *mut std::ffi::c_void = std::ptr::null_mut();
        if map(file, 0, 32 * 1024, 0, &mut region) != 0 || region.is_null() {
            return None;
        }
        let base = region.cast::<u8>();
        let word = |at: usize| std::ptr::read_volatile(base.add(at).cast::<u32>());
        Some(LogState([
            word(SHM_SALT),
            word(SHM_SALT + 4),
            word(SHM_BACKFILL),
            word(SHM_BACKFILL_ATTEMPTED),
        ]))
    }
}

/// True when another connection holds the log's checkpoint lock: a checkpoint is
/// writing the database file right now. Asked by taking the lock shared for a
/// moment, as SQLite's own snapshot recovery does.
fn checkpoint_running(conn: &rusqlite::Connection) -> bool {
    use rusqlite::ffi::{SQLITE_SHM_LOCK, SQLITE_SHM_SHARED, SQLITE_SHM_UNLOCK};
    let Some(file) = vfs_file(conn) else {
        return true;
    };
    // SAFETY: as in `log_state`; a shared lock taken is released at once.
    unsafe {
        let methods = &*(*file).pMethods;
        let Some(lock) = methods.xShmLock.filter(|_| methods.iVersion >= 2) else {
            return true;
        };
        if lock(file, WAL_CKPT_LOCK, 1, SQLITE_SHM_LOCK | SQLITE_SHM_SHARED) != 0 {
            return true;
        }
        lock(
            file,
            WAL_CKPT_LOCK,
            1,
            SQLITE_SHM_UNLOCK | SQLITE_SHM_SHARED,
        );
        // The last connection to close checkpoints under an exclusive lock on the
        // database file instead (WAL writers take no lock on it).
        let Some(reserved) = methods.xCheckReservedLock else {
            return true;
        };
        let mut held: std::ffi::c_int = 0;
        reserved(file, &mut held) != 0 || held != 0
    }
}

impl Opened {
    /// The files at the paths now; with `conn` (a writable connection in WAL mode),
    /// the log's checkpoint state too.
    pub(super) fn now(db: &Path, conn: Option<&rusqlite::Connection>) -> Opened {
        Opened {
            db: Identity::of(db),
            wal: Identity::of(&with_suffix(db, "-wal")),
            written: written(db),
            log: conn.and_then(log_state),
        }
    }

    /// Compares what was opened with what the paths name now: a `stat` of each file,
    /// and with `conn`, a look at the wal-index.
    pub(super) fn check(
        &mut self,
        db: &Path,
        conn: Option<&rusqlite::Connection>,
    ) -> Option<Change> {
        let then = *self;
        // The file's write time first, the log's state after it: a checkpoint that
        // wrote the file in between holds its lock until it has updated the state.
        let now = Opened::now(db, conn);
        if then.db.is_some() && now.db != then.db {
            return Some(Change::Replaced);
        }
        match (then.wal, now.wal) {
            (Some(a), b) if Some(a) != b => return Some(Change::LogLost),
            // The log appeared (a read-only open before any writer): take it as ours.
            (None, Some(_)) => self.wal = now.wal,
            _ => {}
        }
        if now.written != then.written
            && now.log.is_some()
            && now.log == then.log
            && let Some(conn) = conn
            && !checkpoint_running(conn)
        {
            // Confirmed a moment later: a checkpoint that wrote the file would have
            // recorded it in the log's state by then.
            std::thread::sleep(std::time::Duration::from_millis(50));
            let again = Opened::now(db, Some(conn));
            if again.log == then.log && again.written == now.written {
                return Some(Change::CopiedOver);
            }
            self.written = again.written;
            self.log = again.log;
            return None;
        }
        self.written = now.written;
        self.log = now.log;
        None
    }
}

/// The side file next to the database in which open boards hold their presence
/// locks: `duban.db-presence`.
pub(super) fn presence_path(db: &Path) -> std::path::PathBuf {
    with_suffix(db, "-presence")
}

/// The presence side file, opened for holding a lock (`writable`) or only for testing
/// other boards' locks. Locks are open-file-description locks on Linux, so that two
/// boards in one process (as in tests) see each other; POSIX record locks elsewhere.
/// Nothing is ever written to the file: a board's liveness is its lock, which the
/// kernel drops when the process ends however it ends.
pub(super) struct SideFile {
    file: std::fs::File,
    writable: bool,
}

/// Board slots a side file offers; one byte of the file each.
const SLOTS: u32 = 4096;

impl SideFile {
    /// Opens (creating with the database's own mode, so a shared set-up stays shared)
    /// the side file of `db`; read-only when this user may not write it.
    pub(super) fn open(db: &Path) -> Option<SideFile> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
            let path = presence_path(db);
            let mode = std::fs::metadata(db).ok()?.mode() & 0o666;
            // Never through a link someone planted at the side file's name.
            match std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .create_new(true)
                .mode(mode)
                .custom_flags(libc::O_NOFOLLOW)
                .open(&path)
            {
                Ok(file) => {
                    // The umask may have cut the mode down; set it as meant.
                    let _ = file.set_permissions(std::fs::Permissions::from_mode(mode));
                    return Some(SideFile {
                        file,
                        writable: true,
                    });
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(_) => return None,
            }
            if let Ok(file) = std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .custom_flags(libc::O_NOFOLLOW)
                .open(&path)
            {
                return Some(SideFile {
                    file,
                    writable: true,
                });
            }
            let file = std::fs::OpenOptions::new()
                .read(true)
                .custom_flags(libc::O_NOFOLLOW)
                .open(&path)
                .ok()?;
            Some(SideFile {
                file,
                writable: false,
            })
        }
        #[cfg(not(unix))]
        {
            let _ = db;
            None
        }
    }

    /// Takes the first free slot and holds it until the file is closed.
    pub(super) fn take_slot(&self) -> Option<u32> {
        if !self.writable {
            return None;
        }
        (0..SLOTS).find(|&slot| self.lock(slot, true))
    }

    /// True when another open file (another board) holds `slot`.
    pub(super) fn slot_held(&self, slot: u32) -> bool {
        !self.lock(slot, false)
    }

    /// Sets a write lock on `slot` (`set`), or asks whether one could be set.
    #[cfg(unix)]
    fn lock(&self, slot: u32, set: bool) -> bool {
        use std::os::fd::AsRawFd;
        // SAFETY: an all-zero flock is a valid value (l_pid must be 0 for OFD locks).
        let mut fl: libc::flock = unsafe { std::mem::zeroed() };
        fl.l_type = libc::F_WRLCK as _;
        fl.l_whence = libc::SEEK_SET as _;
        fl.l_start = i64::from(slot) as _;
        fl.l_len = 1;
        #[cfg(target_os = "linux")]
        let cmd = if set {
            libc::F_OFD_SETLK
        } else {
            libc::F_OFD_GETLK
        };
        #[cfg(not(target_os = "linux"))]
        let cmd = if set { libc::F_SETLK } else { libc::F_GETLK };
        // SAFETY: a valid open descriptor and a pointer to a flock, as fcntl reads.
        let rc = unsafe { libc::fcntl(self.file.as_raw_fd(), cmd, &mut fl) };
        if set {
            rc == 0
        } else {
            rc == 0 && i32::from(fl.l_type) == libc::F_UNLCK
        }
    }

    #[cfg(not(unix))]
    fn lock(&self, _slot: u32, _set: bool) -> bool {
        false
    }
}

/// The first 16 bytes of every SQLite database file.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// Refuses, in the user's words, a path that is not a database file duban can read:
/// a directory, a file it may not read, a file that is not SQLite. Reads at most
/// 16 bytes; never writes.
pub(super) fn check_existing(path: &Path) -> Result<(), StoreError> {
    use std::io::Read;
    let path_buf = || path.to_path_buf();
    let io_err = |e: std::io::Error| match e.kind() {
        std::io::ErrorKind::PermissionDenied => StoreError::PermissionDenied { path: path_buf() },
        std::io::ErrorKind::IsADirectory => StoreError::IsDirectory { path: path_buf() },
        _ => StoreError::Create {
            path: path_buf(),
            source: e,
        },
    };
    let meta = std::fs::metadata(path).map_err(io_err)?;
    if meta.is_dir() {
        return Err(StoreError::IsDirectory { path: path_buf() });
    }
    // A pipe would block the first read forever (a co-worker's `mkfifo` at the
    // database's name hangs every board that opens it); a device is no database.
    if !meta.is_file() {
        return Err(StoreError::NotAFile { path: path_buf() });
    }
    let mut head = Vec::with_capacity(16);
    std::fs::File::open(path)
        .map_err(io_err)?
        .take(16)
        .read_to_end(&mut head)
        .map_err(io_err)?;
    // An empty file is a database not yet written (SQLite makes it one).
    if !head.is_empty() && head.as_slice() != SQLITE_HEADER {
        return Err(StoreError::NotSqlite { path: path_buf() });
    }
    Ok(())
}

/// A new database is made only in a folder that exists: a typo in `--db` or
/// `DUBAN_DB` must not quietly start a private board somewhere new.
pub(super) fn check_folder(path: &Path) -> Result<(), StoreError> {
    // A link whose target is missing would have the new database created wherever
    // whoever planted the link chose, with this user's mode: refuse it.
    if let Ok(target) = std::fs::read_link(path) {
        return Err(StoreError::DanglingLink {
            path: path.to_path_buf(),
            target,
        });
    }
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if dir.is_dir() {
        Ok(())
    } else {
        Err(StoreError::NoFolder {
            path: path.to_path_buf(),
            dir: dir.to_path_buf(),
        })
    }
}

/// A warning when `path` lies on a network file system, where SQLite's WAL (shared
/// memory between processes) is unsafe; in Chinese with `zh`.
pub fn network_fs_warning(path: &Path, zh: bool) -> Option<String> {
    #[cfg(target_os = "linux")]
    {
        use std::ffi::CString;
        use std::os::unix::ffi::OsStrExt;
        let probe = if path.exists() { path } else { path.parent()? };
        let c = CString::new(probe.as_os_str().as_bytes()).ok()?;
        let mut st: libc::statfs = unsafe { std::mem::zeroed() };
        // SAFETY: `c` is a valid NUL-terminated path and `st` a writable statfs.
        if unsafe { libc::statfs(c.as_ptr(), &mut st) } != 0 {
            return None;
        }
        const NFS: i64 = 0x6969;
        const SMB: i64 = 0x517B;
        const SMB2: i64 = 0xFE53_4D42;
        const CIFS: i64 = 0xFF53_4D42;
        const CEPH: i64 = 0x00C3_6400;
        const FUSE: i64 = 0x6573_5546;
        let lang = if zh {
            crate::i18n::Lang::Zh
        } else {
            crate::i18n::Lang::En
        };
        let fs = match st.f_type as i64 {
            NFS => "NFS".to_string(),
            SMB | SMB2 | CIFS => "SMB/CIFS".to_string(),
            CEPH => "CephFS".to_string(),
            FUSE => lang.msg("store-fuse-fs"),
            _ => return None,
        };
        Some(crate::t!(
            lang,
            "store-network-fs",
            path = path.display().to_string(),
            fs = fs
        ))
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = path;
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_local_disk_gives_no_network_warning() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(network_fs_warning(&dir.path().join("duban.db"), true), None);
    }

    #[cfg(unix)]
    #[test]
    fn new_databases_are_group_writable_only_in_shared_directories() {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let dir = tempfile::tempdir().unwrap();
        let private = dir.path().join("private");
        std::fs::create_dir(&private).unwrap();
        std::fs::set_permissions(&private, std::fs::Permissions::from_mode(0o700)).unwrap();
        create_new(&private.join("a.db")).unwrap();
        assert_eq!(
            std::fs::metadata(private.join("a.db")).unwrap().mode() & 0o777,
            0o600
        );
        let shared = dir.path().join("shared");
        std::fs::create_dir(&shared).unwrap();
        std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o2770)).unwrap();
        create_new(&shared.join("b.db")).unwrap();
        assert_eq!(
            std::fs::metadata(shared.join("b.db")).unwrap().mode() & 0o777,
            0o660
        );
        // A folder everyone may write to, like /tmp, shares nothing with a group.
        let public = dir.path().join("public");
        std::fs::create_dir(&public).unwrap();
        std::fs::set_permissions(&public, std::fs::Permissions::from_mode(0o1777)).unwrap();
        create_new(&public.join("c.db")).unwrap();
        assert_eq!(
            std::fs::metadata(public.join("c.db")).unwrap().mode() & 0o777,
            0o600
        );
    }

    #[cfg(unix)]
    #[test]
    fn the_presence_side_file_is_never_opened_through_a_planted_link() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("d.db");
        create_new(&db).unwrap();
        let victim = dir.path().join("victim.txt");
        std::fs::write(&victim, "mine").unwrap();
        std::os::unix::fs::symlink(&victim, presence_path(&db)).unwrap();
        assert!(SideFile::open(&db).is_none());
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "mine");
    }
}
