//! What differs between SQLite's SQL and PostgreSQL's, in one place. The store
//! writes each statement once, in SQLite's words where both engines agree or
//! where the rewriting below is plain; `to_pg` rewrites a statement's text once
//! (the server's statements are cached by the original text):
//!
//! - placeholders `?N` (and `?`) become `$N`;
//! - `INSERT OR IGNORE` becomes `INSERT .. ON CONFLICT DO NOTHING`, `INSERT OR
//!   FAIL` a plain `INSERT` (an `INSERT OR REPLACE` is written as `ON CONFLICT
//!   (..) DO UPDATE` in the store, on both engines);
//! - `last_insert_rowid()` becomes `lastval()` (rowids are identity columns);
//! - `IS ?N` / `IS NOT ?N` become `IS [NOT] DISTINCT FROM $N`;
//! - the `temp.` schema is `pg_temp.`;
//! - `CROSS JOIN .. ON` (SQLite's fixed join order) is a plain `JOIN`;
//! - `json_each(?N)` over a JSON array of ids is a subquery of its elements;
//! - `LIMIT ?N` takes -1 as no limit, as SQLite does;
//! - the column `user` is quoted (a keyword on the server);
//! - a boolean column compared with or set to 0 / 1 takes `FALSE` / `TRUE`.
//!
//! Booleans: the server keeps SQLite's 0/1 columns as `boolean`; the store
//! compares them with `TRUE` / `FALSE` or a bound bool, which SQLite reads too.
//! Locking: SQLite's writes take the lock with `BEGIN IMMEDIATE`; a server's take
//! duban's advisory lock right after `BEGIN` (`Conn::transaction_with_behavior`).

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
            && let Some(m) = after(j + 1)
        {
            // OR FAIL / ABORT / ROLLBACK: a server's error ends the statement and
            // the transaction alike.
            match word(m).as_deref() {
                Some("IGNORE") => ignore = true,
                Some("FAIL" | "ABORT" | "ROLLBACK") => {}
                _ => {
                    out.push_str(t);
                    k += 1;
                    continue;
                }
            }
            out.push_str("INSERT");
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
        if BOOLEANS.iter().any(|b| t.eq_ignore_ascii_case(b))
            && let Some(op) = after(k + 1).filter(|&j| matches!(tokens[j], "=" | "<" | "!"))
            && let Some(v) = bool_literal(&tokens, op)
        {
            // `supervisor = 1`, `retired <> 0`, `SET done = 0`
            out.push_str(t);
            out.push_str(" = ");
            out.push_str(v.0);
            k = v.1;
            continue;
        }
        if t.eq_ignore_ascii_case("CROSS")
            && let Some(j) = after(k + 1).filter(|&j| tokens[j].eq_ignore_ascii_case("JOIN"))
            && joins_on(&tokens, j + 1)
        {
            // SQLite's CROSS JOIN .. ON fixes the join order; a server plans it.
            out.push_str("JOIN");
            k = j + 1;
            continue;
        }
        if t.eq_ignore_ascii_case("LIMIT")
            && let Some(p) = after(k + 1).filter(|&p| tokens[p].starts_with('?'))
        {
            // SQLite reads LIMIT -1 as no limit; a server reads NULL so.
            out.push_str("LIMIT NULLIF(");
            push_param(&mut out, tokens[p], &mut next_param);
            out.push_str("::bigint, -1)");
            k = p + 1;
            continue;
        }
        if t.eq_ignore_ascii_case("json_each")
            && tokens.get(k + 1) == Some(&"(")
            && let Some(p) = tokens.get(k + 2).filter(|p| p.starts_with('?'))
            && tokens.get(k + 3) == Some(&")")
        {
            // A JSON array of ids: its elements as bigints, with their places.
            out.push_str(
                "(SELECT e.value::bigint AS value, e.n - 1 AS key FROM json_array_elements_text(",
            );
            push_param(&mut out, p, &mut next_param);
            out.push_str("::json) WITH ORDINALITY AS e(value, n))");
            k += 4;
            continue;
        }
        if t.starts_with('?') {
            push_param(&mut out, t, &mut next_param);
        } else if t.eq_ignore_ascii_case("user") {
            // A keyword on the server (CURRENT_USER); duban's column there.
            out.push_str("\"user\"");
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

/// The columns the server keeps as `boolean` (SQLite's 0/1).
const BOOLEANS: &[&str] = &[
    "due_set",
    "awaiting_confirmation",
    "by_hand",
    "retired",
    "done",
    "is_group",
    "supervisor",
    "needs_confirmation",
];

/// After a boolean column at `op`: `= 1`, `= 0`, `<> 0`, `!= 1` .. as `TRUE` or
/// `FALSE` and the index past the number.
fn bool_literal(tokens: &[&str], op: usize) -> Option<(&'static str, usize)> {
    let (negated, after_op) = match (tokens[op], tokens.get(op + 1).copied()) {
        ("=", _) => (false, op + 1),
        ("<", Some(">")) | ("!", Some("=")) => (true, op + 2),
        _ => return None,
    };
    let n = next_word(tokens, after_op)?;
    let one = match tokens[n] {
        "1" => true,
        "0" => false,
        _ => return None,
    };
    Some((if one != negated { "TRUE" } else { "FALSE" }, n + 1))
}

/// True when the join from `j` has an `ON` before the next clause.
fn joins_on(tokens: &[&str], j: usize) -> bool {
    for t in &tokens[j..] {
        let t = t.to_ascii_uppercase();
        match t.as_str() {
            "ON" => return true,
            "JOIN" | "WHERE" | "GROUP" | "ORDER" | "LIMIT" | ")" | ";" | "UNION" => return false,
            _ => {}
        }
    }
    false
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
    fn insert_or_fail_is_a_plain_insert() {
        assert_eq!(
            to_pg("INSERT OR FAIL INTO t (a) VALUES (?1), (?2)"),
            "INSERT INTO t (a) VALUES ($1), ($2)"
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
    fn booleans_take_true_and_false_and_user_is_quoted() {
        assert_eq!(
            to_pg(
                "UPDATE items SET retired = 1 WHERE done <> 0 AND m.supervisor = 0 AND user = ?1"
            ),
            "UPDATE items SET retired = TRUE WHERE done = TRUE AND m.supervisor = FALSE AND \"user\" = $1"
        );
        assert_eq!(to_pg("SELECT x = 1, done = 10"), "SELECT x = 1, done = 10");
    }

    #[test]
    fn a_cross_join_with_on_is_a_join() {
        assert_eq!(
            to_pg("FROM events e CROSS JOIN item_offices io ON io.item_id = e.item_id"),
            "FROM events e JOIN item_offices io ON io.item_id = e.item_id"
        );
        assert_eq!(
            to_pg("FROM a CROSS JOIN b WHERE x"),
            "FROM a CROSS JOIN b WHERE x"
        );
    }

    #[test]
    fn a_limit_of_minus_one_is_none() {
        assert_eq!(
            to_pg("SELECT a FROM t LIMIT ?2"),
            "SELECT a FROM t LIMIT NULLIF($2::bigint, -1)"
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
