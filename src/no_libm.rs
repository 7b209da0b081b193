//! `log` and `log2` for the C and Rust code that call them (SQLite's FTS5 ranking,
//! zopfli's entropy estimate: neither on the board's path), so that the binary
//! does not load glibc's libm for two functions: loading it cost about 0.3 MB of
//! resident memory on every start (issue 20). The linker's `--as-needed` then
//! leaves libm out. The bodies are the `libm` crate's (musl's), within an ulp of
//! glibc's.

/// The natural logarithm, as C's `log`.
#[unsafe(no_mangle)]
pub extern "C" fn log(x: f64) -> f64 {
    libm::log(x)
}

/// The base-2 logarithm, as C's `log2`.
#[unsafe(no_mangle)]
pub extern "C" fn log2(x: f64) -> f64 {
    libm::log2(x)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_logarithms_are_the_usual_ones() {
        assert_eq!(super::log(1.0), 0.0);
        assert!((super::log(std::f64::consts::E) - 1.0).abs() < 1e-15);
        assert_eq!(super::log2(1024.0), 10.0);
        assert!(super::log(0.0).is_infinite() && super::log(-1.0).is_nan());
    }
}
