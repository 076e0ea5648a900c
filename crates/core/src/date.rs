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

/// How wide one histogram bar is: chosen from the corpus's span so a year of coverage is 53 bars,
/// not 365, and a decade 120.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    Month,
}

/// One bar of the date histogram: the days it covers, inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bin {
    pub first: Date,
    pub last: Date,
    pub unit: Unit,
}

impl Bin {
    /// "27 Nov 2025", "Week of 3 Mar 2025", "Mar 2025".
    pub fn label(&self) -> String {
        match self.unit {
            Unit::Day => label(&iso(self.first)),
            Unit::Week => format!("Week of {}", label(&iso(self.first))),
            Unit::Month => label(&iso(self.first)[..7]),
        }
    }
}

/// Spans up to this many days get one bar per day.
pub const DAY_BARS: i64 = 120;
/// Spans up to this many days get one bar per week; longer ones one per month.
pub const WEEK_BARS: i64 = 7 * 104;

/// The histogram's bars from `first` to `last`, at most `cap` of them.
pub fn bins(first: Date, last: Date, cap: usize) -> Vec<Bin> {
    let span = (last - first).whole_days() + 1;
    let unit = if span <= DAY_BARS {
        Unit::Day
    } else if span <= WEEK_BARS {
        Unit::Week
    } else {
        Unit::Month
    };
    let mut out = Vec::new();
    let mut start = match unit {
        Unit::Month => first.replace_day(1).unwrap_or(first),
        _ => first,
    };
    while start <= last && out.len() < cap {
        let next = match unit {
            Unit::Day => start.next_day(),
            Unit::Week => start.checked_add(time::Duration::days(7)),
            Unit::Month => {
                let (y, m) = (start.year(), start.month());
                let (y, m) = if m == Month::December {
                    (y + 1, Month::January)
                } else {
                    (y, m.next())
                };
                Date::from_calendar_date(y, m, 1).ok()
            }
        };
        let end = next.and_then(|n| n.previous_day()).unwrap_or(start);
        out.push(Bin {
            first: start,
            last: end,
            unit,
        });
        match next {
            Some(n) => start = n,
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

    fn check_bins(first: &str, last: &str, expected: &[(&str, &str, &str)]) {
        let b = bins(parse_day(first).unwrap(), parse_day(last).unwrap(), 2000);
        let got: Vec<(String, String, String)> = b
            .iter()
            .map(|b| (iso(b.first), iso(b.last), b.label()))
            .collect();
        let want: Vec<(String, String, String)> = expected
            .iter()
            .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
            .collect();
        assert_eq!(got, want, "{first}..{last}");
    }

    #[test]
    fn bars_widen_with_the_span() {
        check_bins(
            "2025-11-25",
            "2025-11-26",
            &[
                ("2025-11-25", "2025-11-25", "25 Nov 2025"),
                ("2025-11-26", "2025-11-26", "26 Nov 2025"),
            ],
        );
        let year = bins(
            parse_day("2025-01-01").unwrap(),
            parse_day("2025-12-31").unwrap(),
            2000,
        );
        assert_eq!(year.len(), 53);
        assert_eq!(year[1].label(), "Week of 8 Jan 2025");
        assert_eq!(
            (iso(year[52].first), iso(year[52].last)),
            ("2025-12-31".into(), "2026-01-06".into()),
            "the last week is whole even past the span's end"
        );
        let long = bins(
            parse_day("2023-01-15").unwrap(),
            parse_day("2025-03-02").unwrap(),
            2000,
        );
        assert_eq!(long.len(), 27);
        assert_eq!(
            (iso(long[0].first), iso(long[0].last), long[0].label()),
            ("2023-01-01".into(), "2023-01-31".into(), "Jan 2023".into())
        );
        assert_eq!(
            (iso(long[26].first), iso(long[26].last)),
            ("2025-03-01".into(), "2025-03-31".into())
        );
        assert_eq!(
            bins(
                parse_day("2025-03-02").unwrap(),
                parse_day("2025-03-01").unwrap(),
                10
            ),
            vec![]
        );
        assert_eq!(
            long.len().min(5),
            bins(
                parse_day("2023-01-15").unwrap(),
                parse_day("2025-03-02").unwrap(),
                5
            )
            .len()
        );
    }
}
