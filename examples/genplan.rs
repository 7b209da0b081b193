//! Writes a synthetic plan document of N items to standard output:
//! `cargo run --release --example genplan -- 100000 > plan-100k.txt`

use duban::plan::generate::{GenOptions, document};
use std::io::Write;

fn main() {
    let items: usize = match std::env::args().nth(1).map(|a| a.parse()) {
        Some(Ok(n)) => n,
        None => 1000,
        Some(Err(_)) => {
            eprintln!("usage: genplan [ITEMS]  (ITEMS: a number, default 1000)");
            std::process::exit(2);
        }
    };
    let doc = document(&GenOptions::with_items(items));
    if std::io::stdout().write_all(doc.as_bytes()).is_err() {
        std::process::exit(1);
    }
}
