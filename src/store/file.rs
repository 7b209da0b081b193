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
        let shared = std::fs::metadata(dir)
            .map(|m| m.mode() & 0o2000 != 0 || m.mode() & 0o020 != 0)
            .unwrap_or(false);
        let mode = if shared { 0o660 } else { 0o600 };
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(mode)
            .open(path)
        {
            Ok(_) => {}
            // Someone else created it first: theirs stands.
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Ok(()),
            Err(e) => return Err(e),
        }
        // The umask may have cut the mode down; set it as meant.
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        Ok(())
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
/// memory between processes) is unsafe.
pub fn network_fs_warning(path: &Path) -> Option<String> {
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
        let name = match st.f_type as i64 {
            NFS => "NFS",
            SMB | SMB2 | CIFS => "SMB/CIFS",
            CEPH => "CephFS",
            FUSE => "a FUSE file system (possibly sshfs)",
            _ => return None,
        };
        Some(format!(
            "{} is on {name}; SQLite's WAL is unsafe on network file systems — \
             keep the database on a local disk of the shared server",
            path.display()
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
        assert_eq!(network_fs_warning(&dir.path().join("duban.db")), None);
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
    }
}
