//! Who runs the process: the OS account of the real user id, never `$USER`,
//! which anyone can set (see STYLE.md, habit 12).

use crate::i18n::Lang;

/// The account name of the process's real user id, or `uid N` when the system
/// has no name for it.
#[cfg(unix)]
pub fn os_user() -> String {
    // SAFETY: getuid cannot fail. getpwuid returns NULL or a pointer to a static
    // record valid until the next getpw* call; its name is copied out at once, and
    // no other thread of duban calls getpw*.
    unsafe {
        let uid = libc::getuid();
        let pw = libc::getpwuid(uid);
        if !pw.is_null() && !(*pw).pw_name.is_null() {
            let name = std::ffi::CStr::from_ptr((*pw).pw_name).to_string_lossy();
            if !name.trim().is_empty() {
                return name.into_owned();
            }
        }
        format!("uid {uid}")
    }
}

/// True when this machine has an account named `user` (getpwnam).
#[cfg(unix)]
pub fn account_exists(user: &str) -> bool {
    let Ok(name) = std::ffi::CString::new(user) else {
        return false;
    };
    // SAFETY: a NUL-terminated name; the record getpwnam returns is only tested
    // for NULL, not read, and no other thread of duban calls getpw*.
    unsafe { !libc::getpwnam(name.as_ptr()).is_null() }
}

/// Without a user database, every name is taken as given.
#[cfg(not(unix))]
pub fn account_exists(_user: &str) -> bool {
    true
}

/// Without user ids, the login name the system reports.
#[cfg(not(unix))]
pub fn os_user() -> String {
    std::env::var("USERNAME")
        .ok()
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| "unknown".to_string())
}

/// True when the real user is root, who may act as anyone.
#[cfg(unix)]
pub fn is_root() -> bool {
    // SAFETY: getuid cannot fail and has no preconditions.
    unsafe { libc::getuid() == 0 }
}

#[cfg(not(unix))]
pub fn is_root() -> bool {
    false
}

/// Why a settings file (config.toml, keymap.toml) is not to be read: someone other
/// than this user could have written it, and a co-worker who can rebind your keys
/// can make `j` move cards.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotYours {
    /// Another owner than the user or root (the uid).
    Owner(u32),
    /// Group or others may write it (the permission bits).
    Writable(u32),
}

impl NotYours {
    /// The warning, in Chinese (`zh`) or English.
    pub fn text(self, zh: bool) -> String {
        self.said(if zh { Lang::Zh } else { Lang::En })
    }

    /// The warning in `lang`.
    pub fn said(self, lang: Lang) -> String {
        match self {
            NotYours::Owner(uid) => crate::t!(lang, "cli-not-yours-owner", uid = uid),
            NotYours::Writable(mode) => {
                crate::t!(lang, "cli-not-yours-writable", mode = format!("{mode:04o}"))
            }
        }
    }
}

/// Why the settings file at `path` is not to be read (another owner than the user
/// or root, or group or others may write it). `None` for a file only you could
/// have written, or none at all.
#[cfg(unix)]
pub fn not_yours(path: &std::path::Path) -> Option<NotYours> {
    use std::os::unix::fs::MetadataExt;
    let m = std::fs::metadata(path).ok()?;
    // SAFETY: getuid cannot fail and has no preconditions.
    let uid = unsafe { libc::getuid() };
    if m.uid() != uid && m.uid() != 0 {
        return Some(NotYours::Owner(m.uid()));
    }
    // Group-writable is the user's own business in a group only they belong to (a
    // group per user, with a umask of 002); not in a shared group, even when it is
    // their primary group.
    if m.mode() & 0o002 != 0 || (m.mode() & 0o020 != 0 && !group_only_mine(m.gid(), uid)) {
        return Some(NotYours::Writable(m.mode() & 0o7777));
    }
    None
}

/// True when no account but `uid` belongs to group `gid`: none lists it as a
/// supplementary member, and no other account has it as primary group.
#[cfg(unix)]
pub fn group_only_mine(gid: u32, uid: u32) -> bool {
    let me = user_name_of(uid);
    // SAFETY: getgrgid returns static storage or null; its member list is read at
    // once, before any other call could overwrite it.
    unsafe {
        let gr = libc::getgrgid(gid);
        if gr.is_null() {
            return false;
        }
        let mut member = (*gr).gr_mem;
        while !member.is_null() && !(*member).is_null() {
            let name = std::ffi::CStr::from_ptr(*member).to_string_lossy();
            if Some(name.as_ref()) != me.as_deref() {
                return false;
            }
            member = member.add(1);
        }
    }
    // Accounts whose primary group it is, from the account database.
    let Ok(passwd) = std::fs::read_to_string("/etc/passwd") else {
        return false;
    };
    !passwd.lines().any(|line| {
        let f: Vec<&str> = line.split(':').collect();
        f.len() > 3
            && f[3].parse::<u32>().ok() == Some(gid)
            && f[2].parse::<u32>().ok() != Some(uid)
    })
}

#[cfg(unix)]
fn user_name_of(uid: u32) -> Option<String> {
    // SAFETY: getpwuid returns static storage or null; the name is copied at once.
    unsafe {
        let pw = libc::getpwuid(uid);
        if pw.is_null() || (*pw).pw_name.is_null() {
            return None;
        }
        Some(
            std::ffi::CStr::from_ptr((*pw).pw_name)
                .to_string_lossy()
                .into_owned(),
        )
    }
}

#[cfg(not(unix))]
pub fn not_yours(_path: &std::path::Path) -> Option<NotYours> {
    None
}

/// How the history names a change made by `recorded_by` for `actor`:
/// `张三（督查员代录）`, `张三 (recorded by 督查员)`.
pub fn on_behalf_in(lang: Lang, actor: &str, recorded_by: Option<&str>) -> String {
    match recorded_by {
        Some(by) if by != actor => crate::t!(lang, "cli-on-behalf", actor = actor, by = by),
        _ => actor.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn on_behalf_names_both() {
        assert_eq!(
            on_behalf_in(Lang::Zh, "张三", Some("督查员")),
            "张三（督查员代录）"
        );
        assert_eq!(on_behalf_in(Lang::Zh, "张三", Some("张三")), "张三");
        assert_eq!(on_behalf_in(Lang::Zh, "张三", None), "张三");
    }
}
