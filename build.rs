//! Build-time work for a lighter start-up (issue 20): the message catalogs'
//! index, and the link-time layout of the release binary.
//!
//! The index (`catalog_index.rs` in OUT_DIR, included by `src/i18n.rs`): where
//! each message of `i18n/*/duban.ftl` starts and ends, by a hash of its id, so
//! that the board does not read a whole catalog to find the few messages it says.
//!
//! Three linker options, all only for the release `duban` binary on x86-64 Linux:
//! - `-z pack-relative-relocs` (RELR): the 30,000 relative relocations of a
//!   position-independent executable take 9 KB instead of 720 KB, and the loader
//!   reads them all at start.
//! - `--symbol-ordering-file=build/startup.order`: the functions the board runs
//!   from start to first frame and quit, laid out together at the front of
//!   `.text`. The kernel maps code 64 KB around each page touched; scattered over
//!   8.4 MB, 1.8 MB of start-up code made 6.3 MB resident, together 1.8 MB.
//!   `benches/startup_order.sh` writes the file again. A name the build no longer
//!   has is skipped, so a stale file costs memory, never correctness.
//! - `-T build/startup.rodata.ld`: the read-only data the board reads from start
//!   to first frame (the input sections a valgrind trace saw it read: strings,
//!   tables, the catalogs, jump tables), gathered into one output section,
//!   `.rodata.startup`, before `.rodata`. Spread over 1.9 MB of `.rodata`, some
//!   370 kB of it made 1.35 MB resident (the same 64 KB fault-around). A linker
//!   script that only INSERTs a section: the rest of the layout stays lld's.
//!   Rust's unnamed constants are named by a per-crate counter, so this file
//!   goes stale like the order (a section no longer there matches nothing).
//!   `benches/startup_order.sh` writes both files, from the link map that the
//!   release link writes to `$OUT_DIR/duban.map`.
//!
//! Set `DUBAN_PLAIN_LINK=1` to link without them (e.g. with a linker that is not
//! rust-lld, the default on this target since Rust 1.90).

use std::env;
use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

#[path = "src/i18n/spans.rs"]
mod spans;

fn main() {
    write_catalog_index();
    println!("cargo:rerun-if-changed=build/startup.order");
    println!("cargo:rerun-if-changed=build/startup.rodata.ld");
    println!("cargo:rerun-if-changed=src/i18n/spans.rs");
    println!("cargo:rerun-if-env-changed=DUBAN_PLAIN_LINK");
    if env::var_os("DUBAN_PLAIN_LINK").is_some()
        || env::var("PROFILE").as_deref() != Ok("release")
        || env::var("TARGET").as_deref() != Ok("x86_64-unknown-linux-gnu")
        || !rust_lld_is_default()
        || linker_chosen_elsewhere()
    {
        return;
    }
    let root = env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    // DT_RELR needs glibc 2.36 at run time.
    if glibc_at_least(2, 36) {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
    println!("cargo:rustc-link-arg-bins=-Wl,--symbol-ordering-file={root}/build/startup.order");
    println!("cargo:rustc-link-arg-bins=-Wl,--no-warn-symbol-ordering");
    let rodata = Path::new(&root).join("build/startup.rodata.ld");
    if rodata.exists() {
        println!("cargo:rustc-link-arg-bins=-Wl,-T,{}", rodata.display());
    }
    // Input sections by address, for benches/startup_order.sh.
    if let Ok(out) = env::var("OUT_DIR") {
        println!("cargo:rustc-link-arg-bins=-Wl,-Map={out}/duban.map");
    }
}

/// `ZH_INDEX` and `EN_INDEX`: (id hash, start, end) of each message, sorted.
fn write_catalog_index() {
    let mut code = String::new();
    for (name, file) in [
        ("ZH_INDEX", "i18n/zh/duban.ftl"),
        ("EN_INDEX", "i18n/en/duban.ftl"),
    ] {
        println!("cargo:rerun-if-changed={file}");
        let source = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
        let mut index: Vec<(u64, usize, usize)> = spans::spans(&source)
            .into_iter()
            .map(|(id, (start, end))| (spans::id_hash(id), start, end))
            .collect();
        index.sort_unstable();
        let _ = writeln!(code, "const {name}: &[(u64, u32, u32)] = &[");
        for (hash, start, end) in index {
            let _ = writeln!(code, "    ({hash:#x}, {start}, {end}),");
        }
        let _ = writeln!(code, "];");
    }
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out).join("catalog_index.rs"), code)
        .expect("write the catalog index");
}

/// rustc 1.90 and later link this target with its own lld.
fn rust_lld_is_default() -> bool {
    let rustc = env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let Ok(out) = Command::new(rustc).arg("-vV").output() else {
        return false;
    };
    let text = String::from_utf8_lossy(&out.stdout);
    let Some(release) = text.lines().find_map(|l| l.strip_prefix("release: ")) else {
        return false;
    };
    let mut parts = release
        .split(['.', '-'])
        .map(|p| p.parse::<u32>().unwrap_or(0));
    let (major, minor) = (parts.next().unwrap_or(0), parts.next().unwrap_or(0));
    major > 1 || (major == 1 && minor >= 90)
}

/// A linker named in RUSTFLAGS or the environment may not be lld.
fn linker_chosen_elsewhere() -> bool {
    let flags = env::var("CARGO_ENCODED_RUSTFLAGS").unwrap_or_default();
    flags.contains("linker")
        || flags.contains("link-self-contained")
        || env::var_os("CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_LINKER").is_some()
}

fn glibc_at_least(major: u32, minor: u32) -> bool {
    let Ok(out) = Command::new("getconf").arg("GNU_LIBC_VERSION").output() else {
        return false;
    };
    // "glibc 2.36"
    let text = String::from_utf8_lossy(&out.stdout);
    let Some(v) = text.split_whitespace().nth(1) else {
        return false;
    };
    let mut parts = v.split('.').map(|p| p.parse::<u32>().unwrap_or(0));
    let (a, b) = (parts.next().unwrap_or(0), parts.next().unwrap_or(0));
    (a, b) >= (major, minor)
}
