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
    let file = TempFile::create(text)?;
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
    fn create(text: &str) -> std::io::Result<TempFile> {
        use std::sync::atomic::{AtomicU32, Ordering};
        static N: AtomicU32 = AtomicU32::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!("duban-note-{}-{n}.txt", std::process::id()));
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let mut f = opts.open(&path)?;
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
