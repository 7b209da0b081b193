//! Files a command writes for the user (`--output`): never through a symbolic link,
//! never into a file someone else planted at the name, never left half-written.
//!
//! On a shared server a co-worker can put a link at the name a report is written to
//! (`通报.docx -> ~alice/.bashrc`), or create the file first so that it stays theirs
//! to change. The bytes go to a new file next to the target, made with O_EXCL, which
//! then replaces the name: whatever was at the name is replaced, never written into.

use crate::t;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug)]
pub enum OutputError {
    Link {
        path: PathBuf,
    },
    NotAFile {
        path: PathBuf,
    },
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl OutputError {
    /// The refusal in `lang`.
    pub fn message(&self, lang: super::LangArg) -> String {
        let shown = |p: &Path| p.display().to_string();
        match self {
            OutputError::Link { path } => t!(lang, "cli-output-link", path = shown(path)),
            OutputError::NotAFile { path } => t!(lang, "cli-output-not-a-file", path = shown(path)),
            OutputError::Io { path, source } => {
                let reason = match lang {
                    super::LangArg::Zh => crate::store::io_reason_zh(source),
                    super::LangArg::En => source.to_string(),
                };
                t!(lang, "cli-output-io", path = shown(path), reason = reason)
            }
        }
    }
}

impl std::fmt::Display for OutputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(super::messages::current()))
    }
}

impl std::error::Error for OutputError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            OutputError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// The refusal as an error in the run's language, ready to show.
fn said(e: OutputError, lang: super::LangArg) -> anyhow::Error {
    anyhow::anyhow!(crate::text::sanitize(&e.message(lang)).into_owned())
}

/// `write`, with its refusal in the run's language.
pub fn write_in(lang: super::LangArg, path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    write(path, bytes).map_err(|e| said(e, lang))
}

/// Writes `bytes` as the file `path`, replacing what is there.
pub fn write(path: &Path, bytes: &[u8]) -> Result<(), OutputError> {
    let io = |source| OutputError::Io {
        path: path.to_path_buf(),
        source,
    };
    let pending = Pending::new(path)?;
    let mut file = pending.file.try_clone().map_err(io)?;
    if let Err(e) = file.write_all(bytes) {
        pending.abandon();
        return Err(io(e));
    }
    pending.finish()
}

/// `write` for output made as it goes: `fill` writes into a buffered file beside
/// `path`, which replaces `path` only once `fill` has succeeded (an error leaves
/// whatever was at `path` as it was). Refusals in the run's language.
pub fn write_streamed(
    lang: super::LangArg,
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let said = |e: OutputError| said(e, lang);
    let pending = Pending::new(path).map_err(said)?;
    let filled = (|| {
        let file = pending.file.try_clone()?;
        let mut w = std::io::BufWriter::with_capacity(1 << 16, file);
        fill(&mut w)?;
        w.flush()?;
        anyhow::Ok(())
    })();
    if let Err(e) = filled {
        pending.abandon();
        return Err(e);
    }
    pending.finish().map_err(said)
}

/// A new file beside the target, not yet in its place.
struct Pending {
    path: PathBuf,
    tmp: PathBuf,
    file: std::fs::File,
    existing: Option<std::fs::Metadata>,
}

impl Pending {
    fn new(path: &Path) -> Result<Self, OutputError> {
        let io = |source| OutputError::Io {
            path: path.to_path_buf(),
            source,
        };
        let existing = match std::fs::symlink_metadata(path) {
            Ok(m) if m.file_type().is_symlink() => {
                return Err(OutputError::Link {
                    path: path.to_path_buf(),
                });
            }
            Ok(m) if !m.is_file() => {
                return Err(OutputError::NotAFile {
                    path: path.to_path_buf(),
                });
            }
            Ok(m) => Some(m),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(io(e)),
        };
        let dir = path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let (tmp, file) = new_beside(dir, &name).map_err(io)?;
        Ok(Pending {
            path: path.to_path_buf(),
            tmp,
            file,
            existing,
        })
    }

    fn abandon(self) {
        let _ = std::fs::remove_file(&self.tmp);
    }

    /// Makes the written file durable and puts it in place of the target.
    fn finish(self) -> Result<(), OutputError> {
        let done = (|| {
            // A file of the user's own keeps its mode; a new one gets the umask's.
            #[cfg(unix)]
            if let Some(m) = &self.existing {
                use std::os::unix::fs::MetadataExt;
                // SAFETY: getuid cannot fail and has no preconditions.
                if m.uid() == unsafe { libc::getuid() } {
                    self.file.set_permissions(m.permissions())?;
                }
            }
            self.file.sync_all()?;
            std::fs::rename(&self.tmp, &self.path)
        })();
        if let Err(source) = done {
            let _ = std::fs::remove_file(&self.tmp);
            return Err(OutputError::Io {
                path: self.path,
                source,
            });
        }
        Ok(())
    }
}

/// A new file in `dir`, made exclusively (O_EXCL: a name someone planted, link or
/// not, is never opened).
fn new_beside(dir: &Path, name: &str) -> std::io::Result<(PathBuf, std::fs::File)> {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let mut last = None;
    for k in 0..16u32 {
        let tmp = dir.join(format!(
            ".{name}.duban-{}-{:x}.tmp",
            std::process::id(),
            nanos.wrapping_add(k.wrapping_mul(0x9E37_79B9))
        ));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
        {
            Ok(file) => return Ok((tmp, file)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => last = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last.unwrap_or_else(|| std::io::Error::other("no free name")))
}

#[cfg(test)]
#[cfg(unix)]
mod tests {
    use super::*;

    #[test]
    fn a_planted_link_is_refused_and_its_target_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim.txt");
        std::fs::write(&victim, "mine").unwrap();
        let out = dir.path().join("通报.docx");
        std::os::unix::fs::symlink(&victim, &out).unwrap();
        assert!(matches!(
            write(&out, b"report"),
            Err(OutputError::Link { .. })
        ));
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "mine");
        // A dangling link is not followed to create its target either.
        let ghost = dir.path().join("ghost");
        let out2 = dir.path().join("b.xlsx");
        std::os::unix::fs::symlink(&ghost, &out2).unwrap();
        assert!(write(&out2, b"x").is_err());
        assert!(!ghost.exists());
    }

    #[test]
    fn an_existing_file_is_replaced_not_written_into() {
        use std::os::unix::fs::MetadataExt;
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("台账.xlsx");
        std::fs::write(&out, "old and longer").unwrap();
        let before = std::fs::metadata(&out).unwrap().ino();
        // Someone else holding the old file open keeps what they had.
        let held = std::fs::File::open(&out).unwrap();
        write(&out, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "new");
        assert_ne!(std::fs::metadata(&out).unwrap().ino(), before);
        drop(held);
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(left.len(), 1, "no temporary file left");
    }

    #[test]
    fn a_directory_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(
            write(dir.path(), b"x"),
            Err(OutputError::NotAFile { .. })
        ));
    }
}
