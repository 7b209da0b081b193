//! Reading a deadline as written (2020年6月底, 2020年9月30日前, 2020-12-31) into a date.

use jiff::civil::Date;

/// The last day a deadline allows, when the text names a year; `None` when it cannot tell.
pub fn last_day(text: &str) -> Option<Date> {
    let nums = numbers(text);
    let year = nums.iter().find(|(n, _)| (1900..=2200).contains(n))?;
    let after_year = &nums[nums.iter().position(|x| x == year)? + 1..];
    let month = after_year.first().filter(|(n, _)| (1..=12).contains(n));
    let day = month
        .and_then(|_| after_year.get(1))
        .filter(|(n, _)| (1..=31).contains(n));
    let y = year.0 as i16;
    let date = match (month, day) {
        (Some(m), Some(d)) => Date::new(y, m.0 as i8, d.0 as i8).ok()?,
        (Some(m), None) => Date::new(y, m.0 as i8, 1).ok()?.last_of_month(),
        _ => Date::new(y, 12, 31).ok()?,
    };
    Some(date)
}

/// True when the deadline has passed on `today`.
pub fn overdue(text: &str, today: Date) -> bool {
    last_day(text).is_some_and(|d| d < today)
}

fn numbers(text: &str) -> Vec<(u32, usize)> {
    let mut out = Vec::new();
    let mut cur: Option<(u32, usize)> = None;
    for (i, c) in text.char_indices() {
        match c.to_digit(10) {
            Some(d) => {
                let (n, at) = cur.unwrap_or((0, i));
                cur = Some((n.saturating_mul(10).saturating_add(d), at));
            }
            None => out.extend(cur.take()),
        }
    }
    out.extend(cur);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn reads_common_forms() {
        assert_eq!(last_day("2020年6月底"), Some(date(2020, 6, 30)));
        assert_eq!(last_day("2020年9月30日前"), Some(date(2020, 9, 30)));
        assert_eq!(last_day("2020-12-31"), Some(date(2020, 12, 31)));
        assert_eq!(last_day("2020年"), Some(date(2020, 12, 31)));
        assert_eq!(last_day("长期"), None);
        assert_eq!(last_day("6月底"), None);
    }

    #[test]
    fn overdue_after_the_last_day() {
        assert!(overdue("2020年6月底", date(2020, 7, 1)));
        assert!(!overdue("2020年6月底", date(2020, 6, 30)));
        assert!(!overdue("长期", date(2030, 1, 1)));
    }
}
