//! Calendar days: parsing `YYYY-MM-DD`, stepping through days, and human labels.
//!
//! Filters compare whole days. An article whose date is only a month or a year matches a day
//! range only when its whole period lies inside it, so a range never claims more than is known.

use time::{Date, Month};

/// Parses `YYYY-MM-DD`, rejecting impossible dates such as `2025-02-30`.
pub fn parse_day(s: &str) -> Option<Date> {
    let mut parts = s.split('-');
    let y: i32 = parts.next()?.parse().ok()?;
    let m: u8 = parts.next()?.parse().ok()?;
    let d: u8 = parts.next()?.parse().ok()?;
    if parts.next().is_some() || s.len() != 10 || !(1000..=9999).contains(&y) {
        return None;
    }
    Date::from_calendar_date(y, Month::try_from(m).ok()?, d).ok()
}

pub fn iso(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

/// The first and last day a (possibly partial) date value covers.
pub fn bounds(value: &str) -> Option<(Date, Date)> {
    let parts: Vec<&str> = value.split('-').collect();
    match parts.as_slice() {
        [_, _, _] => parse_day(value).map(|d| (d, d)),
        [y, m] => {
            let first = parse_day(&format!("{y}-{m}-01"))?;
            let last = first.month().length(first.year());
            Some((first, first.replace_day(last).ok()?))
        }
        [y] => {
            let first = parse_day(&format!("{y}-01-01"))?;
            Some((first, parse_day(&format!("{y}-12-31"))?))
        }
        _ => None,
    }
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// "27 Nov 2025", "Nov 2025", "2025": the label shown for a date value.
pub fn label(value: &str) -> String {
    let parts: Vec<&str> = value.split('-').collect();
    let month = |m: &str| {
        m.parse::<usize>()
            .ok()
            .and_then(|m| MONTHS.get(m.wrapping_sub(1)))
            .copied()
            .unwrap_or("?")
    };
    match parts.as_slice() {
        [y, m, d] => format!("{} {} {}", d.trim_start_matches('0'), month(m), y),
        [y, m] => format!("{} {}", month(m), y),
        _ => value.to_string(),
    }
}

/// Every day from `first` to `last` inclusive (empty when `last < first`), capped so a corpus
/// spanning centuries cannot make the histogram allocate without bound.
pub fn days(first: Date, last: Date, cap: usize) -> Vec<Date> {
    let mut out = Vec::new();
    let mut d = first;
    while d <= last && out.len() < cap {
        out.push(d);
        match d.next_day() {
            Some(n) => d = n,
            None => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: Option<&str>) {
        assert_eq!(parse_day(input).map(iso).as_deref(), expected, "{input:?}");
    }

    #[test]
    fn parses_only_real_days() {
        check("2025-11-27", Some("2025-11-27"));
        check("2024-02-29", Some("2024-02-29"));
        check("2025-02-29", None);
        check("2025-13-01", None);
        check("2025-1-01", None);
        check("25-11-27", None);
        check("2025-11-27x", None);
        check("", None);
    }

    #[test]
    fn partial_dates_cover_their_whole_period() {
        let (a, b) = bounds("2025-02").unwrap();
        assert_eq!((iso(a), iso(b)), ("2025-02-01".into(), "2025-02-28".into()));
        let (a, b) = bounds("2025").unwrap();
        assert_eq!((iso(a), iso(b)), ("2025-01-01".into(), "2025-12-31".into()));
        assert!(bounds("soon").is_none());
    }

    #[test]
    fn labels_read_naturally() {
        assert_eq!(label("2025-11-07"), "7 Nov 2025");
        assert_eq!(label("2025-11"), "Nov 2025");
        assert_eq!(label("2025"), "2025");
    }

    #[test]
    fn days_are_inclusive_and_capped() {
        let a = parse_day("2025-11-27").unwrap();
        let b = parse_day("2025-12-02").unwrap();
        assert_eq!(days(a, b, 100).len(), 6);
        assert_eq!(days(b, a, 100).len(), 0);
        assert_eq!(days(a, b, 3).len(), 3);
    }
}
