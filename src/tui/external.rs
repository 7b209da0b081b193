//! Editing a note in the user's own editor (`$VISUAL`, else `$EDITOR`, else `vi`):
//! the text goes to a private temporary file, the editor runs on it, and what was
//! saved comes back. The caller leaves and restores the terminal around this.

use std::io::Write;
use std::path::PathBuf;
use std::process::Command;

/// What came back from the editor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edited {
    /// The file as the editor left it (one trailing newline, which editors add, removed).
    Saved(String),
    /// The editor exited with a failure status: the text is left as it was.
    Failed(String),
}

/// The editor command line: `$VISUAL`, else `$EDITOR`, else `vi`. It may hold
/// arguments (`code --wait`), so it is run by the shell.
pub fn editor_command() -> String {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.trim().is_empty())
        .unwrap_or_else(|| "vi".to_string())
}

/// Runs the user's editor on `text` and returns what was saved.
pub fn edit_text(text: &str) -> std::io::Result<Edited> {
    let file = TempFile::create_in(&std::env::temp_dir(), text)?;
    let editor = editor_command();
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("sh")
        .arg(&file.0)
        .status()?;
    if !status.success() {
        return Ok(Edited::Failed(format!("{editor}: {status}")));
    }
    let saved = std::fs::read_to_string(&file.0)?;
    let saved = saved
        .strip_suffix("\r\n")
        .or_else(|| saved.strip_suffix('\n'))
        .unwrap_or(&saved);
    Ok(Edited::Saved(saved.to_string()))
}

/// A file only the user can read, removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    /// A new file in `dir` (the shared /tmp) under a name no one can plant first:
    /// a name taken already, by anyone, is passed over rather than opened.
    fn create_in(dir: &std::path::Path, text: &str) -> std::io::Result<TempFile> {
        use std::sync::atomic::{AtomicU32, Ordering};
        static N: AtomicU32 = AtomicU32::new(0);
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let mut attempt = 0;
        let (path, mut f) = loop {
            let n = N.fetch_add(1, Ordering::Relaxed);
            let noise = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.subsec_nanos());
            let path = dir.join(format!(
                "duban-note-{}-{n}-{noise:08x}.txt",
                std::process::id()
            ));
            match opts.open(&path) {
                Ok(f) => break (path, f),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && attempt < 100 => {
                    attempt += 1;
                }
                Err(e) => return Err(e),
            }
        };
        let file = TempFile(path);
        f.write_all(text.as_bytes())?;
        f.write_all(b"\n")?;
        Ok(file)
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

#[cfg(test)]
#[cfg(unix)]
mod tests {
    use super::*;

    #[test]
    fn names_planted_in_the_shared_temp_folder_are_passed_over() {
        use std::os::unix::fs::MetadataExt;
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        std::fs::write(&victim, "mine").unwrap();
        // Links at every name the old scheme (pid and a counter) would have used.
        for n in 0..256 {
            let name = format!("duban-note-{}-{n}.txt", std::process::id());
            std::os::unix::fs::symlink(&victim, dir.path().join(name)).unwrap();
        }
        let file = TempFile::create_in(dir.path(), "批注").unwrap();
        let meta = std::fs::symlink_metadata(&file.0).unwrap();
        assert!(meta.is_file());
        assert_eq!(meta.mode() & 0o777, 0o600);
        assert_eq!(std::fs::read_to_string(&file.0).unwrap(), "批注\n");
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "mine");
    }
}
