//! What differs between SQLite's SQL and PostgreSQL's, in one place. The store
//! writes each statement once, in SQLite's words where both engines agree or
//! where the rewriting below is plain; `to_pg` rewrites a statement's text once
//! (the server's statements are cached by the original text):
//!
//! - placeholders `?N` (and `?`) become `$N`;
//! - `INSERT OR IGNORE` becomes `INSERT .. ON CONFLICT DO NOTHING` (an `INSERT OR
//!   REPLACE` is written as `ON CONFLICT (..) DO UPDATE` in the store on both);
//! - `last_insert_rowid()` becomes `lastval()` (rowids are identity columns);
//! - `IS ?N` / `IS NOT ?N` become `IS [NOT] DISTINCT FROM $N`;
//! - the `temp.` schema is `pg_temp.`.
//!
//! Booleans: the server keeps SQLite's 0/1 columns as `boolean`; the store
//! compares them with `TRUE` / `FALSE` or a bound bool, which SQLite reads too.
//! Locking: SQLite's writes take the lock with `BEGIN IMMEDIATE`; a server's lock
//! the item row they read (`FOR UPDATE`, in `write.rs`).

/// The SQL text as PostgreSQL takes it.
pub fn to_pg(sql: &str) -> String {
    let tokens = tokens(sql);
    let mut out = String::with_capacity(sql.len() + 16);
    let mut ignore = false;
    let mut next_param = 0u32;
    let mut k = 0;
    while k < tokens.len() {
        let t = tokens[k];
        let word = |j: usize| tokens.get(j).map(|w| w.to_ascii_uppercase());
        let after = |j: usize| next_word(&tokens, j);
        if t.eq_ignore_ascii_case("INSERT")
            && let Some(j) = after(k + 1).filter(|&j| tokens[j].eq_ignore_ascii_case("OR"))
            && let Some(m) = after(j + 1).filter(|&m| word(m).as_deref() == Some("IGNORE"))
        {
            out.push_str("INSERT");
            ignore = true;
            k = m + 1;
            continue;
        }
        if t.eq_ignore_ascii_case("IS") {
            // IS [NOT] ?N
            let mut j = after(k + 1);
            let not = j.filter(|&j| tokens[j].eq_ignore_ascii_case("NOT"));
            if let Some(n) = not {
                j = after(n + 1);
            }
            if let Some(p) = j.filter(|&p| tokens[p].starts_with('?')) {
                out.push_str(if not.is_some() {
                    "IS DISTINCT FROM "
                } else {
                    "IS NOT DISTINCT FROM "
                });
                push_param(&mut out, tokens[p], &mut next_param);
                k = p + 1;
                continue;
            }
        }
        if t.starts_with('?') {
            push_param(&mut out, t, &mut next_param);
        } else if t.eq_ignore_ascii_case("last_insert_rowid") {
            out.push_str("lastval");
        } else if t.eq_ignore_ascii_case("temp") && tokens.get(k + 1) == Some(&".") {
            out.push_str("pg_temp");
        } else if ignore && t.eq_ignore_ascii_case("RETURNING") {
            out.push_str("ON CONFLICT DO NOTHING RETURNING");
            ignore = false;
        } else if ignore && t == ";" {
            out.push_str(" ON CONFLICT DO NOTHING;");
            ignore = false;
        } else {
            out.push_str(t);
        }
        k += 1;
    }
    if ignore {
        let trimmed = out.trim_end().len();
        out.truncate(trimmed);
        out.push_str(" ON CONFLICT DO NOTHING");
    }
    out
}

fn push_param(out: &mut String, t: &str, next: &mut u32) {
    let n = &t[1..];
    if n.is_empty() {
        *next += 1;
        out.push_str(&format!("${next}"));
    } else {
        out.push('$');
        out.push_str(n);
        *next = n.parse().unwrap_or(*next);
    }
}

/// The index of the next token that is not blank or a comment, from `j`.
fn next_word(tokens: &[&str], mut j: usize) -> Option<usize> {
    while let Some(t) = tokens.get(j) {
        if !(t.trim().is_empty() || t.starts_with("--")) {
            return Some(j);
        }
        j += 1;
    }
    None
}

/// SQL text cut into words, blanks, quoted strings and names, comments,
/// placeholders and single symbols; concatenated they give the text back.
fn tokens(sql: &str) -> Vec<&str> {
    let b = sql.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let start = i;
        let c = b[i];
        if c == b'\'' || c == b'"' {
            i += 1;
            while i < b.len() {
                if b[i] == c {
                    if b.get(i + 1) == Some(&c) {
                        i += 2;
                        continue;
                    }
                    i += 1;
                    break;
                }
                i += 1;
            }
        } else if c == b'-' && b.get(i + 1) == Some(&b'-') {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if c.is_ascii_whitespace() {
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
        } else if c == b'?' {
            i += 1;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
        } else if c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80 {
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] >= 0x80) {
                i += 1;
            }
        } else {
            i += 1;
        }
        out.push(&sql[start..i]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::to_pg;

    #[test]
    fn placeholders_become_dollars_outside_strings() {
        assert_eq!(
            to_pg("SELECT a FROM t WHERE b = ?1 AND c = '?2' AND d = ?"),
            "SELECT a FROM t WHERE b = $1 AND c = '?2' AND d = $2"
        );
    }

    #[test]
    fn insert_or_ignore_becomes_on_conflict_do_nothing() {
        assert_eq!(
            to_pg("INSERT OR IGNORE INTO t (a) VALUES (?1)\n"),
            "INSERT INTO t (a) VALUES ($1) ON CONFLICT DO NOTHING"
        );
        assert_eq!(
            to_pg("insert or ignore into t (a) values (?1) RETURNING a"),
            "INSERT into t (a) values ($1) ON CONFLICT DO NOTHING RETURNING a"
        );
    }

    #[test]
    fn is_a_parameter_becomes_is_not_distinct_from() {
        assert_eq!(
            to_pg("WHERE a IS ?1 AND b IS NOT ?2 AND c IS NULL"),
            "WHERE a IS NOT DISTINCT FROM $1 AND b IS DISTINCT FROM $2 AND c IS NULL"
        );
    }

    #[test]
    fn temp_tables_and_the_last_rowid() {
        assert_eq!(
            to_pg("INSERT INTO temp.own (id) VALUES (last_insert_rowid())"),
            "INSERT INTO pg_temp.own (id) VALUES (lastval())"
        );
    }
}
