//! Calendar days: parsing `YYYY-MM-DD`, stepping through days, and human labels; times of day
//! with their UTC offset, and the honest order of publication they allow.
//!
//! Filters compare whole days. An article whose date is only a month or a year matches a day
//! range only when its whole period lies inside it, so a range never claims more than is known.
//! Order is partial for the same reason: two timestamps compare in UTC, but a day without a time
//! cannot be placed against a timestamp of that same day, and an undated article against nothing.

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

/// Parses a time of day with its offset as RFC 3339 writes it after the `T`: `08:15+09:00`,
/// `08:15:30Z`, `23:59:59.250-05:00` (fractions dropped), normalised to `HH:MM:SS±HH:MM`.
pub fn parse_time(s: &str) -> Option<String> {
    let s = s.trim();
    let (clock, offset) = if let Some(c) = s.strip_suffix(['Z', 'z']) {
        (c, "+00:00".to_string())
    } else {
        let at = s.rfind(['+', '-'])?;
        let (c, o) = s.split_at(at);
        let (sign, o) = o.split_at(1);
        let (oh, om) = o.split_once(':').unwrap_or((o.get(..2)?, o.get(2..)?));
        let (oh, om): (u8, u8) = (oh.parse().ok()?, om.parse().ok()?);
        if oh > 14 || om > 59 || o.len() > 5 {
            return None;
        }
        (c, format!("{sign}{oh:02}:{om:02}"))
    };
    let clock = clock.split('.').next()?;
    let mut parts = clock.split(':');
    let h: u8 = parts.next()?.parse().ok()?;
    let m: u8 = parts.next()?.parse().ok()?;
    let sec: u8 = parts.next().map_or(Some(0), |x| x.parse().ok())?;
    if parts.next().is_some() || h > 23 || m > 59 || sec > 60 {
        return None;
    }
    Some(format!("{h:02}:{m:02}:{sec:02}{offset}"))
}

/// Seconds since the Unix epoch, in UTC, of a day and a normalised time (see [`parse_time`]).
pub fn utc_seconds(day: Date, time: &str) -> Option<i64> {
    let num = |r: std::ops::Range<usize>| time.get(r).and_then(|x| x.parse::<i64>().ok());
    let local = (day.to_julian_day() as i64 - 2_440_588) * 86_400
        + num(0..2)? * 3600
        + num(3..5)? * 60
        + num(6..8)?;
    let offset =
        (num(9..11)? * 3600 + num(12..14)? * 60) * if time.get(8..9)? == "-" { -1 } else { 1 };
    Some(local - offset)
}

/// When an article appeared, as far as it is known: the days its date covers, and the instant
/// in UTC when it gave a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct When {
    pub first: Date,
    pub last: Date,
    pub utc: Option<i64>,
}

impl When {
    /// When each article appeared, as far as its date tells.
    pub fn of_articles(articles: &[crate::model::Article]) -> Vec<Option<When>> {
        articles
            .iter()
            .map(|a| a.date.as_ref().and_then(When::of))
            .collect()
    }

    pub fn of(d: &crate::model::Date) -> Option<When> {
        let (first, last) = bounds(&d.value)?;
        let utc = d.time.as_deref().and_then(|t| utc_seconds(first, t));
        Some(When { first, last, utc })
    }

    /// `Less` when this one certainly came first, `None` when the dates cannot tell (same
    /// instant, same day without a time on one side, overlapping month or year).
    pub fn before(&self, other: &When) -> Option<std::cmp::Ordering> {
        use std::cmp::Ordering::*;
        match (self.utc, other.utc) {
            (Some(a), Some(b)) if a != b => Some(a.cmp(&b)),
            (Some(_), Some(_)) => None,
            _ if self.last < other.first => Some(Less),
            _ if other.last < self.first => Some(Greater),
            _ => None,
        }
    }
}

/// Of several appearances, the ones nothing certainly precedes: one is "first", several are a
/// tie the dates cannot break. Undated appearances (`None`) are never among them.
pub fn earliest(whens: &[Option<When>]) -> Vec<usize> {
    let dated: Vec<(usize, When)> = whens
        .iter()
        .enumerate()
        .filter_map(|(i, w)| w.map(|w| (i, w)))
        .collect();
    dated
        .iter()
        .filter(|(_, w)| {
            !dated
                .iter()
                .any(|(_, o)| o.before(w) == Some(std::cmp::Ordering::Less))
        })
        .map(|&(i, _)| i)
        .collect()
}

/// "08:15 (UTC+9)": a time as the source published it.
pub fn time_label(time: &str) -> String {
    let (clock, offset) = (time.get(..5).unwrap_or(time), time.get(8..).unwrap_or(""));
    let zone = match offset {
        "+00:00" | "-00:00" | "" => "UTC".to_string(),
        o => {
            let (sign, rest) = o.split_at(1);
            let (h, m) = rest.split_once(':').unwrap_or((rest, "00"));
            let h = h.trim_start_matches('0');
            let h = if h.is_empty() { "0" } else { h };
            if m == "00" {
                format!("UTC{sign}{h}")
            } else {
                format!("UTC{sign}{h}:{m}")
            }
        }
    };
    format!("{clock} ({zone})")
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

/// "27 Nov 2025, 08:15 UTC": an instant (seconds since 1970) as the timeline's axis shows it.
pub fn utc_label(seconds: i64) -> String {
    match time::OffsetDateTime::from_unix_timestamp(seconds) {
        Ok(t) => format!(
            "{}, {:02}:{:02} UTC",
            label(&iso(t.date())),
            t.hour(),
            t.minute()
        ),
        Err(_) => String::new(),
    }
}

/// The UTC day of an instant (seconds since 1970), as `YYYY-MM-DD`.
pub fn utc_day(seconds: i64) -> Option<String> {
    time::OffsetDateTime::from_unix_timestamp(seconds)
        .ok()
        .map(|t| iso(t.date()))
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
    fn instants_are_labelled_in_utc() {
        assert_eq!(utc_label(0), "1 Jan 1970, 00:00 UTC");
        // 27 Nov 2025, 08:15 in Tokyo.
        let s = utc_seconds(parse_day("2025-11-27").unwrap(), "08:15:00+09:00").unwrap();
        assert_eq!(utc_label(s), "26 Nov 2025, 23:15 UTC");
        assert_eq!(utc_label(i64::MAX), "");
        assert_eq!(utc_day(s).as_deref(), Some("2025-11-26"));
        assert_eq!(utc_day(i64::MAX), None);
    }

    #[test]
    fn times_keep_their_offset() {
        let t = |s: &str| parse_time(s);
        assert_eq!(t("08:15+09:00").as_deref(), Some("08:15:00+09:00"));
        assert_eq!(t("08:15:30Z").as_deref(), Some("08:15:30+00:00"));
        assert_eq!(t("23:59:59.250-05:00").as_deref(), Some("23:59:59-05:00"));
        assert_eq!(t("07:00:00+0530").as_deref(), Some("07:00:00+05:30"));
        for bad in [
            "08:15",
            "24:00Z",
            "08:61Z",
            "8h15Z",
            "08:15+15:00",
            "",
            "Z",
            "+09:00",
        ] {
            assert_eq!(t(bad), None, "{bad:?}");
        }
        assert_eq!(time_label("08:15:00+09:00"), "08:15 (UTC+9)");
        assert_eq!(time_label("08:15:00-05:30"), "08:15 (UTC-5:30)");
        assert_eq!(time_label("08:15:00+00:00"), "08:15 (UTC)");
    }

    fn when(value: &str, time: Option<&str>) -> Option<When> {
        When::of(&crate::model::Date {
            value: value.into(),
            precision: crate::model::Precision::Day,
            time: time.and_then(parse_time),
        })
    }

    #[test]
    fn order_is_utc_when_known_and_a_tie_when_not() {
        // 08:15 in Tokyo is 23:15 UTC the day before: earlier than 20:00 the previous evening in
        // New York (01:00 UTC), though its local day is later.
        let tokyo = when("2025-11-27", Some("08:15+09:00"));
        let new_york = when("2025-11-26", Some("20:00-05:00"));
        assert_eq!(earliest(&[new_york, tokyo]), vec![1]);
        // A day without a time does not beat a timestamp of the same day, nor lose to it.
        let day = when("2025-11-27", None);
        assert_eq!(earliest(&[tokyo, day]), vec![0, 1]);
        // An earlier day does.
        assert_eq!(earliest(&[tokyo, when("2025-11-25", None)]), vec![1]);
        // The same instant in two zones is a tie; undated is never first.
        let london = when("2025-11-26", Some("23:15Z"));
        assert_eq!(earliest(&[None, tokyo, london]), vec![1, 2]);
        assert_eq!(earliest(&[None, None]), Vec::<usize>::new());
        // A month overlaps its days.
        let month = When::of(&crate::model::Date {
            value: "2025-11".into(),
            precision: crate::model::Precision::Month,
            time: None,
        });
        assert_eq!(earliest(&[month, day]), vec![0, 1]);
        assert_eq!(earliest(&[month, when("2025-12-01", None)]), vec![0]);
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
