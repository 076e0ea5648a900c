//! Metadata the text itself states: scraped date lines, headlines, datelines, bylines with the
//! agencies they credit, source lines, photo credits and wires cited in the body; and times of
//! publication stated near the top ("Published: 27 Nov 2025, 08:15 JST"), with their zones.
//!
//! Each finder returns the exact evidence snippet and its line, so the article can say where a
//! value came from. Nothing here guesses a value the text does not contain; the one inference
//! (an outlet from a "file photo" credit) is returned as such and labelled by the caller. A time
//! is only ever read with the zone written beside it: a zone abbreviation that names several
//! zones is read as the one documented in [`ZONES`], and one that is not in the table is no zone.

use super::lex::{self, Tok};

/// A match with the snippet that proves it and the 1-based line of the body it is on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found<T> {
    pub value: T,
    pub evidence: String,
    pub line: u32,
}

pub(crate) fn lines(text: &str) -> impl Iterator<Item = (u32, &str)> {
    text.split('\n').enumerate().map(|(i, l)| (i as u32 + 1, l))
}

/// ` date 2025-11-27 ` at the very start: the scraped form. Returns the date, the evidence and the
/// byte length to strip from the body.
pub fn scraped_date(body: &str) -> Option<(Found<String>, usize)> {
    let trimmed = body.trim_start_matches([' ', '\t']);
    let lead = body.len() - trimmed.len();
    let rest = trimmed.strip_prefix("date ")?;
    let value = rest.get(..10)?;
    storyscope_core::date::parse_day(value)?;
    let after = rest.get(10..)?;
    if !(after.is_empty() || after.starts_with([' ', '\t', '\n'])) {
        return None;
    }
    let skip_ws = after.len() - after.trim_start_matches([' ', '\t']).len();
    let strip = lead + "date ".len() + 10 + skip_ws;
    Some((
        Found {
            value: value.to_string(),
            evidence: format!("date {value}"),
            line: 1,
        },
        strip,
    ))
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// "Monday" … "Sunday", any case: days that date a statement and never speak.
pub fn is_weekday(word: &str) -> bool {
    const DAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    DAYS.iter().any(|d| word.eq_ignore_ascii_case(d))
}

/// "Nov", "Nov.", "November", "Sept." → month number.
pub fn month_number(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.');
    if w.len() < 3 || w.len() > 9 || !w.is_ascii() {
        return None;
    }
    // Compared without allocating: this runs for every capitalised word.
    MONTHS
        .iter()
        .position(|m| {
            m.eq_ignore_ascii_case(w)
                || (w.len() <= 4 && m.get(..w.len()).is_some_and(|p| p.eq_ignore_ascii_case(w)))
        })
        .map(|i| i as u8 + 1)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    pub month: u8,
    pub day: u8,
    pub year: Option<i32>,
    pub outlet: Option<String>,
}

/// "TOKYO, Nov 27 (Foxton News) —" within the first lines: place in capitals, a date, optionally
/// the outlet in brackets, then a dash. A line that fails any part is passed over for the next
/// (a time stamp "08:15 KST, 27 Nov 2025" has a capitalised "place" too).
pub fn dateline(text: &str) -> Option<Found<Dateline>> {
    lines(text).take(4).find_map(|(line_no, line)| {
        let comma = line.find(',')?;
        let place = line.get(..comma)?;
        let letters: Vec<char> = place.chars().filter(|c| c.is_alphabetic()).collect();
        if letters.is_empty() || letters.iter().any(|c| c.is_lowercase()) || place.len() > 40 {
            return None;
        }
        let rest = line.get(comma + 1..)?;
        let dash = rest.find(['—', '–']).or_else(|| rest.find(" - "))?;
        let head = rest.get(..dash)?;
        let (date_part, outlet) = match (head.find('('), head.rfind(')')) {
            (Some(a), Some(b)) if a < b => {
                (head.get(..a)?, Some(head.get(a + 1..b)?.trim().to_string()))
            }
            _ => (head, None),
        };
        let toks = lex::tokens(date_part);
        let words: Vec<&Tok> = toks.iter().filter(|t| t.word).collect();
        let (month, day) = match words.as_slice() {
            [m, d, ..] => (month_number(m.s)?, d.s.parse::<u8>().ok()?),
            _ => return None,
        };
        let year = words
            .get(2)
            .and_then(|y| y.s.parse::<i32>().ok())
            .filter(|y| (1900..=2200).contains(y));
        if !(1..=31).contains(&day) {
            return None;
        }
        let evidence_end = comma + 1 + dash + rest.get(dash..)?.chars().next()?.len_utf8();
        Some(Found {
            value: Dateline {
                month,
                day,
                year,
                outlet: outlet.filter(|o| !o.is_empty()),
            },
            evidence: line.get(..evidence_end)?.trim().to_string(),
            line: line_no,
        })
    })
}

/// A line in title case without closing punctuation: a headline or subheading.
pub fn looks_like_headline(line: &str) -> bool {
    let t = line.trim();
    if t.len() > 300 || t.ends_with(['.', '!', '?', ':', ';', ',', '”', '"', '|', ')']) {
        return false;
    }
    let (mut words, mut caps) = (0, 0);
    for w in t.split_whitespace() {
        words += 1;
        caps += usize::from(w.starts_with(char::is_uppercase));
    }
    (3..=25).contains(&words) && caps * 3 >= words * 2
}

/// The first line as a headline: several words, no closing punctuation, followed by more text,
/// and not a photo caption, dateline or time stamp ("Published: 27 Nov 2025, 08:15 JST" is
/// capitalised and unpunctuated too).
pub fn headline(text: &str) -> Option<Found<String>> {
    let mut ls = lines(text).filter(|(_, l)| !l.trim().is_empty());
    let (line_no, first) = ls.next()?;
    ls.next()?;
    let t = first.trim();
    if stamp_line(t).is_some() {
        return None;
    }
    let words = t.split_whitespace().count();
    let caps = t
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    let closing = t.ends_with(['.', '!', '?', ':', ';', ',', '”', '"', '|', ')']);
    let caption = t.to_lowercase().starts_with("photo") || t.contains("photo)");
    if (3..=25).contains(&words) && !closing && !caption && caps * 2 >= words {
        Some(Found {
            value: t.to_string(),
            evidence: t.to_string(),
            line: line_no,
        })
    } else {
        None
    }
}

/// "(Asahi Shimbun file photo)": the name of the outlet whose archive the photo is from.
pub fn file_photo_credit(text: &str) -> Option<Found<String>> {
    for (line_no, line) in lines(text).take(6) {
        let Some(end) = line.find(" file photo)") else {
            continue;
        };
        let open = line.get(..end)?.rfind('(')?;
        let name = line.get(open + 1..end)?.trim();
        if !name.is_empty()
            && name.starts_with(char::is_uppercase)
            && name.split_whitespace().count() <= 6
        {
            return Some(Found {
                value: name.to_string(),
                evidence: line.get(open..end + " file photo)".len())?.to_string(),
                line: line_no,
            });
        }
    }
    None
}

/// "Photo: AFP" (also inside emphasis such as `*Photo: AFP*`).
pub fn photo_credits(text: &str) -> Vec<Found<String>> {
    let mut out = Vec::new();
    for (line_no, line) in lines(text) {
        let mut from = 0;
        while let Some(i) = line.get(from..).and_then(|r| r.find("Photo: ")) {
            let start = from + i;
            let after = line.get(start + "Photo: ".len()..).unwrap_or("");
            let name: String = after
                .chars()
                .take_while(|c| c.is_alphanumeric() || matches!(c, ' ' | '.' | '&' | '-' | '\''))
                .collect();
            let name = name.trim();
            if !name.is_empty() {
                out.push(Found {
                    value: name.to_string(),
                    evidence: format!("Photo: {name}"),
                    line: line_no,
                });
            }
            from = start + "Photo: ".len();
        }
    }
    out
}

/// "Source: ANI" on a line of its own.
pub fn source_lines(text: &str) -> Vec<Found<String>> {
    lines(text)
        .filter_map(|(n, l)| {
            let name = l.trim().strip_prefix("Source:")?.trim();
            (!name.is_empty() && name.split_whitespace().count() <= 6).then(|| Found {
                value: name.to_string(),
                evidence: l.trim().to_string(),
                line: n,
            })
        })
        .collect()
}

/// "By Huyen Le (AFP, Reuters, WSJ)": the author and the agencies credited.
pub fn byline(text: &str) -> Option<Found<(String, Vec<String>)>> {
    for (n, l) in lines(text) {
        let t = l.trim();
        let Some(rest) = t.strip_prefix("By ") else {
            continue;
        };
        let (name, agencies) = match (rest.find('('), rest.rfind(')')) {
            (Some(a), Some(b)) if a < b => (
                rest.get(..a).unwrap_or("").trim(),
                rest.get(a + 1..b)
                    .unwrap_or("")
                    .split([',', ';', '/'])
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect(),
            ),
            _ => (rest.trim(), Vec::new()),
        };
        let words: Vec<&str> = name.split_whitespace().collect();
        if (1..=5).contains(&words.len()) && words.iter().all(|w| w.starts_with(char::is_uppercase))
        {
            return Some(Found {
                value: (name.to_string(), agencies),
                evidence: t.to_string(),
                line: n,
            });
        }
    }
    None
}

/// A date the text mentions ("Nov. 27", "November 7", "27/11"), as (month, day, evidence).
pub fn mentioned_days(text: &str, toks: &[lex::Tok]) -> Vec<(u8, u8, String)> {
    let mut out = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        if !t.word {
            continue;
        }
        if let Some(m) = Some(t)
            .filter(|t| t.is_cap())
            .and_then(|t| month_number(t.s))
        {
            // "Nov. 27": the period is its own token after a bare month abbreviation.
            let mut j = k + 1;
            if toks.get(j).is_some_and(|p| p.s == ".") {
                j += 1;
            }
            if let Some(d) = toks
                .get(j)
                .filter(|d| d.word)
                .and_then(|d| d.s.parse::<u8>().ok())
            {
                if (1..=31).contains(&d) {
                    let ev = text.get(t.start..toks[j].end).unwrap_or("").to_string();
                    out.push((m, d, ev));
                }
            }
        } else if let (Some(slash), Some(m)) = (toks.get(k + 1), toks.get(k + 2)) {
            // Day/month, as written outside the US ("25/11"), but not a full d/m/y date.
            let adjacent = slash.s == "/" && slash.start == t.end && m.start == slash.end;
            let year_follows = toks.get(k + 3).is_some_and(|n| n.s == "/");
            let before_slash = k > 0 && toks[k - 1].s == "/";
            if let (true, Ok(d), Ok(mo)) = (
                adjacent && !year_follows && !before_slash,
                t.s.parse::<u8>(),
                m.s.parse::<u8>(),
            ) {
                if (1..=31).contains(&d) && (1..=12).contains(&mo) {
                    out.push((mo, d, format!("{}/{}", t.s, m.s)));
                }
            }
        }
    }
    out
}

// Times of publication ------------------------------------------------------------------------

/// How many non-blank lines at the top of an article count as its head: where pasted pages put
/// the headline, the byline and the "Published …" line. A time further down is something the
/// story reports, not when it was published.
pub const HEAD_LINES: usize = 6;

/// A time of day the text states, with the zone written beside it and the day the same statement
/// gives. The zone is turned into an offset only once the day is known ([`StatedTime::on`]):
/// "ET" is UTC−5 or UTC−4 depending on the date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatedTime {
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
    /// `None` when no zone is written.
    pub zone: Option<Zone>,
    /// The day stated with the time: (year if written, month, day).
    pub day: (Option<i32>, u8, u8),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zone {
    /// Minutes east of UTC, whatever the date ("+09:00", "GMT+9", "JST", "EST").
    Fixed(i16),
    /// A US zone named without saying standard or daylight time ("ET", "PT"): its standard
    /// offset in minutes east of UTC, an hour more from the second Sunday of March to the first
    /// Sunday of November (the US rule since 2007).
    UsDaylight(i16),
    /// Written in capitals where a zone goes ("08:15 WIB") but not in [`ZONES`]: no offset.
    Unknown,
}

/// Zone names read as one offset. Only names whose meaning in English-language news is settled
/// are listed; where a name is shared, the choice is the one news copy means far more often:
/// IST is India (+05:30), not Ireland or Israel; CST is US Central (−06:00), not China; BST is
/// British Summer Time (+01:00). A name is taken at its word even out of season ("EST" in July):
/// that is what the outlet wrote. "MT" is left out: Arizona keeps mountain standard time all
/// year, so the name alone does not give the offset.
pub const ZONES: &[(&str, Zone)] = &[
    ("UTC", Zone::Fixed(0)),
    ("GMT", Zone::Fixed(0)),
    ("Z", Zone::Fixed(0)),
    ("JST", Zone::Fixed(9 * 60)),
    ("KST", Zone::Fixed(9 * 60)),
    ("HKT", Zone::Fixed(8 * 60)),
    ("SGT", Zone::Fixed(8 * 60)),
    ("CET", Zone::Fixed(60)),
    ("CEST", Zone::Fixed(2 * 60)),
    ("EET", Zone::Fixed(2 * 60)),
    ("EEST", Zone::Fixed(3 * 60)),
    ("BST", Zone::Fixed(60)),
    ("IST", Zone::Fixed(5 * 60 + 30)),
    ("AEST", Zone::Fixed(10 * 60)),
    ("AEDT", Zone::Fixed(11 * 60)),
    ("NZST", Zone::Fixed(12 * 60)),
    ("NZDT", Zone::Fixed(13 * 60)),
    ("EST", Zone::Fixed(-5 * 60)),
    ("EDT", Zone::Fixed(-4 * 60)),
    ("CST", Zone::Fixed(-6 * 60)),
    ("CDT", Zone::Fixed(-5 * 60)),
    ("MST", Zone::Fixed(-7 * 60)),
    ("MDT", Zone::Fixed(-6 * 60)),
    ("PST", Zone::Fixed(-8 * 60)),
    ("PDT", Zone::Fixed(-7 * 60)),
    ("ET", Zone::UsDaylight(-5 * 60)),
    ("CT", Zone::UsDaylight(-6 * 60)),
    ("PT", Zone::UsDaylight(-8 * 60)),
];

impl StatedTime {
    /// Whether the statement's day is `day` (a statement without a year fits any year).
    pub fn is_on(&self, day: time::Date) -> bool {
        let (y, m, d) = self.day;
        u8::from(day.month()) == m && day.day() == d && y.is_none_or(|y| y == day.year())
    }

    /// The time as `HH:MM:SS±HH:MM` on `day`, or why it has no offset: no zone, or US local time
    /// in the hour the clocks skip or repeat.
    pub fn on(&self, day: time::Date) -> Result<String, &'static str> {
        let minutes = match self.zone {
            None => return Err("without a zone"),
            Some(Zone::Fixed(m)) => m,
            Some(Zone::UsDaylight(m)) => match us_daylight(day, self.hour) {
                Some(summer) => m + if summer { 60 } else { 0 },
                None => return Err("in US local time during the hour the clocks change"),
            },
            Some(Zone::Unknown) => return Err("with a zone name ingest does not know"),
        };
        let sign = if minutes < 0 { '-' } else { '+' };
        let a = minutes.unsigned_abs();
        let text = format!(
            "{:02}:{:02}:{:02}{sign}{:02}:{:02}",
            self.hour,
            self.minute,
            self.second,
            a / 60,
            a % 60
        );
        // The canonical check of the model's time format, so nothing out of range is written.
        storyscope_core::date::parse_time(&text).ok_or("with an offset out of range")
    }

    /// "08:15", for messages.
    pub fn clock(&self) -> String {
        format!("{:02}:{:02}", self.hour, self.minute)
    }
}

/// Whether US daylight time applies at `hour` local time on `day`: `None` in the hour that does
/// not exist (02:00–02:59 when clocks go forward) or happens twice (01:00–01:59 when they go back).
fn us_daylight(day: time::Date, hour: u8) -> Option<bool> {
    use std::cmp::Ordering::*;
    let sunday = |month, nth: u8| {
        let first = time::Date::from_calendar_date(day.year(), month, 1).ok()?;
        let to_sunday = (7 - first.weekday().number_days_from_sunday()) % 7;
        first.replace_day(1 + to_sunday + 7 * (nth - 1)).ok()
    };
    let start = sunday(time::Month::March, 2)?;
    let end = sunday(time::Month::November, 1)?;
    match (day.cmp(&start), day.cmp(&end)) {
        (Less, _) | (_, Greater) => Some(false),
        (Equal, _) => match hour {
            0 | 1 => Some(false),
            2 => None,
            _ => Some(true),
        },
        (_, Equal) => match hour {
            0 => Some(true),
            1 => None,
            _ => Some(false),
        },
        _ => Some(true),
    }
}

/// A position in the text being read. Each reader works on a copy and writes it back only when
/// its whole form matched, so a failed reading consumes nothing.
#[derive(Clone, Copy)]
struct Cur<'a> {
    s: &'a str,
    at: usize,
}

impl<'a> Cur<'a> {
    fn rest(&self) -> &'a str {
        self.s.get(self.at..).unwrap_or("")
    }
    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }
    /// Spaces within the line: a stamp never runs on to the next line, and a scraped time must
    /// leave the line break for the body's line count.
    fn ws(&mut self) {
        let r = self.rest();
        self.at += r.len()
            - r.trim_start_matches(|c: char| c.is_whitespace() && c != '\n')
                .len();
    }
    fn eat(&mut self, set: &[char]) -> bool {
        match self.peek() {
            Some(c) if set.contains(&c) => {
                self.at += c.len_utf8();
                true
            }
            _ => false,
        }
    }
    /// An ASCII literal in any case, not run on into a following letter or digit.
    fn eat_word(&mut self, lit: &str) -> bool {
        let mut k = *self;
        match k.rest().get(..lit.len()) {
            Some(p) if p.eq_ignore_ascii_case(lit) => k.at += lit.len(),
            _ => return false,
        }
        // "a.m." ends in its own punctuation; "am" must not be the start of "amid".
        if !lit.ends_with('.') && !k.boundary() {
            return false;
        }
        *self = k;
        true
    }
    /// A run of `min..=max` ASCII digits, and no more digits after it.
    fn number(&mut self, min: usize, max: usize) -> Option<u32> {
        let r = self.rest();
        let n = r.bytes().take_while(u8::is_ascii_digit).count();
        if n < min || n > max {
            return None;
        }
        let v = r.get(..n)?.parse().ok()?;
        self.at += n;
        Some(v)
    }
    fn word(&mut self) -> Option<&'a str> {
        let r = self.rest();
        let n = r.bytes().take_while(u8::is_ascii_alphabetic).count();
        let w = r.get(..n).filter(|w| !w.is_empty())?;
        self.at += n;
        Some(w)
    }
    /// Not in the middle of a word or number.
    fn boundary(&self) -> bool {
        !self.peek().is_some_and(char::is_alphanumeric)
    }
}

/// A clock reading: 24-hour `08:15`, `08:15:30`, `09.15`, or 12-hour `8:15 a.m.`, `3:04 PM`,
/// `8pm`. Returns (hour, minute, second, whether it is written only with a dot: `09.15` is also
/// how a decimal is written, so it counts only with a zone).
fn clock(c: &mut Cur) -> Option<(u8, u8, u8, bool)> {
    let mut k = *c;
    let h = k.number(1, 2)?;
    let (mut minute, mut second, mut dotted) = (None, 0, false);
    let mut j = k;
    if j.eat(&[':']) {
        // "3:1" is a ratio, not a time: minutes are two digits.
        minute = Some(j.number(2, 2)?);
        k = j;
        let mut s = k;
        if s.eat(&[':']) {
            if let Some(v) = s.number(2, 2) {
                second = v;
                k = s;
                // Fractions of a second, as RFC 3339 allows them, are dropped.
                let mut f = k;
                if f.eat(&['.']) && f.number(1, 9).is_some() {
                    k = f;
                }
            }
        }
    } else if j.eat(&['.']) {
        if let Some(m) = j.number(2, 2) {
            minute = Some(m);
            dotted = true;
            k = j;
        }
    }
    let mut j = k;
    j.ws();
    let mut pm = None;
    for (lit, is_pm) in [
        ("a.m.", false),
        ("p.m.", true),
        ("a.m", false),
        ("p.m", true),
        ("am", false),
        ("pm", true),
    ] {
        let mut t = j;
        if t.eat_word(lit) {
            pm = Some(is_pm);
            k = t;
            break;
        }
    }
    let (hour, minute) = match (pm, minute) {
        (Some(is_pm), m) if (1..=12).contains(&h) => {
            (h % 12 + if is_pm { 12 } else { 0 }, m.unwrap_or(0))
        }
        (Some(_), _) => return None,
        (None, Some(m)) => (h, m),
        (None, None) => return None,
    };
    if hour > 23 || minute > 59 || second > 59 {
        return None;
    }
    *c = k;
    Some((
        u8::try_from(hour).ok()?,
        u8::try_from(minute).ok()?,
        u8::try_from(second).ok()?,
        dotted && pm.is_none(),
    ))
}

/// A numeric offset: `+09:00`, `+0900`, `−05:00`; with `short` (after "UTC"/"GMT") also `+9`,
/// `-5`, `+5:30`. In minutes east of UTC.
fn offset(c: &mut Cur, short: bool) -> Option<i16> {
    let mut k = *c;
    let negative = match k.peek()? {
        '+' => false,
        '-' | '−' => true,
        _ => return None,
    };
    k.eat(&['+', '-', '−']);
    let digits = k.rest().bytes().take_while(u8::is_ascii_digit).count();
    let v = k.number(1, 4)?;
    let (h, m) = match digits {
        4 => (v / 100, v % 100),
        1 | 2 if digits == 2 || short => {
            let mut j = k;
            if j.eat(&[':']) {
                let m = j.number(2, 2)?;
                k = j;
                (v, m)
            } else if short {
                (v, 0)
            } else {
                return None;
            }
        }
        _ => return None,
    };
    if h > 14 || m > 59 {
        return None;
    }
    let minutes = i16::try_from(h * 60 + m).ok()?;
    *c = k;
    Some(if negative { -minutes } else { minutes })
}

/// A zone after a clock: `Z` or an offset written straight after it, or after a space (and
/// perhaps in brackets) an offset, "UTC"/"GMT" with or without an offset, or a name in
/// [`ZONES`], written in capitals as zone names are.
fn zone(c: &mut Cur) -> Option<Zone> {
    let mut k = *c;
    if k.eat(&['Z']) && k.boundary() {
        *c = k;
        return Some(Zone::Fixed(0));
    }
    let mut k = *c;
    if let Some(m) = offset(&mut k, false) {
        *c = k;
        return Some(Zone::Fixed(m));
    }
    let mut k = *c;
    k.ws();
    let bracket = k.eat(&['(']);
    k.ws();
    let z = match offset(&mut k, false) {
        Some(m) => Zone::Fixed(m),
        None => {
            let w = k.word()?;
            if !w.bytes().all(|b| b.is_ascii_uppercase()) {
                return None;
            }
            let z = ZONES.iter().find(|(n, _)| *n == w).map(|(_, z)| *z)?;
            let mut j = k;
            match offset(&mut j, true) {
                Some(m) if matches!(w, "UTC" | "GMT") => {
                    k = j;
                    Zone::Fixed(m)
                }
                _ => z,
            }
        }
    };
    if bracket {
        k.ws();
        if !k.eat(&[')']) {
            return None;
        }
    }
    if !k.boundary() {
        return None;
    }
    *c = k;
    Some(z)
}

/// A clock and the zone after it, if any. With `unknown`, a word of two to five capitals where
/// the zone goes is taken as a zone ingest does not know ([`Zone::Unknown`]); without it the word
/// is left alone, as it may be the text's next word ("08:15 US officials"). A dotted clock
/// (`09.15`) without a known zone is not read.
fn clock_zone(c: &mut Cur, unknown: bool) -> Option<(u8, u8, u8, Option<Zone>)> {
    let mut k = *c;
    let (h, m, s, dotted) = clock(&mut k)?;
    let mut j = k;
    let z = match zone(&mut j) {
        Some(z) => {
            k = j;
            Some(z)
        }
        None if k.boundary() => {
            let mut j = k;
            j.ws();
            match j.word() {
                Some(w)
                    if unknown
                        && (2..=5).contains(&w.len())
                        && w.bytes().all(|b| b.is_ascii_uppercase())
                        && j.boundary() =>
                {
                    k = j;
                    Some(Zone::Unknown)
                }
                _ => None,
            }
        }
        None => return None,
    };
    if dotted && matches!(z, None | Some(Zone::Unknown)) {
        return None;
    }
    *c = k;
    Some((h, m, s, z))
}

fn ordinal(c: &mut Cur) {
    let mut k = *c;
    if k.word().is_some_and(|w| {
        ["st", "nd", "rd", "th"]
            .iter()
            .any(|o| o.eq_ignore_ascii_case(w))
    }) {
        *c = k;
    }
}

fn month(c: &mut Cur) -> Option<u8> {
    let mut k = *c;
    let m = month_number(k.word()?)?;
    k.eat(&['.']);
    *c = k;
    Some(m)
}

/// A day: `2025-11-27`, `27 Nov 2025`, `27th November`, `November 27, 2025`, `Nov. 27`.
/// Numeric day/month forms (`11/27`) are not read: which number is the month is a guess.
fn day(c: &mut Cur) -> Option<(Option<i32>, u8, u8)> {
    let mut k = *c;
    if let Some(y) = k.number(4, 4) {
        if !k.eat(&['-']) {
            return None;
        }
        let m = k.number(2, 2)?;
        if !k.eat(&['-']) {
            return None;
        }
        let d = k.number(2, 2)?;
        storyscope_core::date::parse_day(&format!("{y:04}-{m:02}-{d:02}"))?;
        // "2025-11-27T08:15": the T joins the day to its time.
        let mut t = k;
        if t.eat(&['T']) && t.peek().is_some_and(|ch| ch.is_ascii_digit()) {
            k = t;
        } else if !k.boundary() {
            return None;
        }
        *c = k;
        return Some((
            Some(i32::try_from(y).ok()?),
            u8::try_from(m).ok()?,
            u8::try_from(d).ok()?,
        ));
    }
    let mut k = *c;
    let (m, d) = if let Some(d) = k.number(1, 2) {
        ordinal(&mut k);
        k.ws();
        (month(&mut k)?, d)
    } else {
        let m = month(&mut k)?;
        k.ws();
        let d = k.number(1, 2)?;
        ordinal(&mut k);
        (m, d)
    };
    if !k.boundary() {
        return None;
    }
    let d = u8::try_from(d).ok()?;
    let mut j = k;
    j.eat(&[',']);
    j.ws();
    let year = match j.number(4, 4) {
        Some(y) if (1900..=2200).contains(&y) && j.boundary() => {
            k = j;
            Some(i32::try_from(y).ok()?)
        }
        _ => None,
    };
    // Without a year, a day that exists in a leap year.
    let y = year.unwrap_or(2000);
    storyscope_core::date::parse_day(&format!("{y:04}-{m:02}-{d:02}"))?;
    *c = k;
    Some((year, m, d))
}

fn weekday(c: &mut Cur) {
    const SHORT: [&str; 10] = [
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ];
    let mut k = *c;
    if k.word()
        .is_some_and(|w| is_weekday(w) || SHORT.iter().any(|d| d.eq_ignore_ascii_case(w)))
    {
        k.eat(&['.']);
        k.ws();
        k.eat(&[',']);
        k.ws();
        *c = k;
    }
}

/// "Published:", "Last updated", "Posted on": the words pages put before their time stamp.
fn label(c: &mut Cur) {
    const WORDS: [&str; 9] = [
        "published",
        "updated",
        "posted",
        "modified",
        "first",
        "last",
        "originally",
        "date",
        "on",
    ];
    let mut k = *c;
    let mut any = false;
    for _ in 0..4 {
        let mut j = k;
        match j.word() {
            Some(w) if WORDS.iter().any(|l| l.eq_ignore_ascii_case(w)) => {
                k = j;
                k.ws();
                any = true;
            }
            _ => break,
        }
    }
    if any {
        k.eat(&[':']);
        k.ws();
        *c = k;
    }
}

/// What pages put between a day and its time: `,` `·` `|` `-` `/` `@` `at`, up to two of them.
fn separator(c: &mut Cur) {
    for _ in 0..2 {
        c.ws();
        let mut k = *c;
        if k.eat(&[',', '·', '•', '|', '-', '–', '—', '/', '@']) || k.eat_word("at") {
            *c = k;
        } else {
            break;
        }
    }
    c.ws();
}

/// A line that is nothing but a time stamp: a label, perhaps a weekday, a day and a time with
/// its zone, in either order ("Published: 27 Nov 2025, 08:15 JST", "Updated November 27, 2025
/// at 8:15 a.m. EST", "08:15 JST, 27 Nov 2025", "2025-11-27T08:15:00+09:00"). Requiring the whole
/// line keeps out sentences that mention a time ("talks resume at 09:00 GMT on Nov 27"). A line
/// of several stamps split by `|` gives its first.
pub fn stamp_line(line: &str) -> Option<StatedTime> {
    // A stamp is short; the bound also keeps a megabyte-long first paragraph cheap.
    if line.len() > 160 {
        return None;
    }
    stamp(line).or_else(|| line.split('|').find_map(stamp))
}

fn stamp(text: &str) -> Option<StatedTime> {
    let t = text.trim().trim_matches(['*', '_']).trim();
    let mut c = Cur { s: t, at: 0 };
    label(&mut c);
    weekday(&mut c);
    let date_first = |mut k: Cur| {
        let d = day(&mut k)?;
        separator(&mut k);
        Some((d, clock_zone(&mut k, true)?, k.at))
    };
    let time_first = |mut k: Cur| {
        let t = clock_zone(&mut k, true)?;
        separator(&mut k);
        weekday(&mut k);
        Some((day(&mut k)?, t, k.at))
    };
    let (day, (hour, minute, second, zone), at) = date_first(c).or_else(|| time_first(c))?;
    let mut k = Cur { s: t, at };
    k.ws();
    k.eat(&['.']);
    k.ws();
    k.rest().is_empty().then_some(StatedTime {
        hour,
        minute,
        second,
        zone,
        day,
    })
}

/// The time stamps among the first [`HEAD_LINES`] non-blank lines, top first; the evidence is the
/// whole line.
pub fn head_times(text: &str) -> Vec<Found<StatedTime>> {
    lines(text)
        .filter(|(_, l)| !l.trim().is_empty())
        .take(HEAD_LINES)
        .filter_map(|(n, l)| {
            stamp_line(l).map(|t| Found {
                value: t,
                evidence: l.trim().to_string(),
                line: n,
            })
        })
        .collect()
}

/// A time written in a dateline, between its date and its dash ("TOKYO, Nov 27 (Reuters) 8:15
/// a.m. JST —"), for the dateline's day. The evidence is the dateline's.
pub fn dateline_time(d: &Found<Dateline>) -> Option<Found<StatedTime>> {
    let ev = d.evidence.as_str();
    // After the place, so a digit in a place name is never a clock.
    let from = ev.find(',')? + 1;
    let mut prev = ',';
    for (i, ch) in ev.char_indices() {
        let starts = i >= from
            && ch.is_ascii_digit()
            && !prev.is_alphanumeric()
            && !matches!(prev, ':' | '.');
        prev = ch;
        if !starts {
            continue;
        }
        let mut c = Cur { s: ev, at: i };
        if let Some((hour, minute, second, zone)) = clock_zone(&mut c, true) {
            return Some(Found {
                value: StatedTime {
                    hour,
                    minute,
                    second,
                    zone,
                    day: (d.value.year, d.value.month, d.value.day),
                },
                evidence: d.evidence.clone(),
                line: d.line,
            });
        }
    }
    None
}

/// A time written straight after a scraped date (` date 2025-11-27 08:15 JST The text…`); `rest`
/// is the text after the date. Returns the time with the date and time as its evidence, and the
/// bytes of `rest` to strip with it: the time is page furniture like the date, not article text.
pub fn scraped_time(date: &Found<String>, rest: &str) -> Option<(Found<StatedTime>, usize)> {
    let mut c = Cur { s: rest, at: 0 };
    let (hour, minute, second, zone) = clock_zone(&mut c, false)?;
    let written = rest.get(..c.at)?;
    c.ws();
    let num = |r: std::ops::Range<usize>| date.value.get(r).and_then(|x| x.parse::<u32>().ok());
    let day = (
        num(0..4).and_then(|y| i32::try_from(y).ok()),
        u8::try_from(num(5..7)?).ok()?,
        u8::try_from(num(8..10)?).ok()?,
    );
    Some((
        Found {
            value: StatedTime {
                hour,
                minute,
                second,
                zone,
                day,
            },
            evidence: format!("{} {written}", date.evidence),
            line: date.line,
        },
        c.at,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scraped_date_line_is_recognised_and_stripped() {
        let (f, strip) = scraped_date(" date 2025-11-27 US President").unwrap();
        assert_eq!(f.value, "2025-11-27");
        assert_eq!(&" date 2025-11-27 US President"[strip..], "US President");
        assert!(scraped_date("date 2025-02-30 x").is_none());
        assert!(scraped_date("dated 2025-11-27 x").is_none());
    }

    #[test]
    fn datelines_give_month_day_and_outlet() {
        let f = dateline("Headline\nTOKYO, Nov 27 (Foxton News) — U.S. President").unwrap();
        assert_eq!(
            f.value,
            Dateline {
                month: 11,
                day: 27,
                year: None,
                outlet: Some("Foxton News".into())
            }
        );
        assert_eq!(f.evidence, "TOKYO, Nov 27 (Foxton News) —");
        assert_eq!(f.line, 2);
        let f = dateline("WASHINGTON, March 3, 2024 - Lawmakers").unwrap();
        assert_eq!(
            (f.value.month, f.value.day, f.value.year, f.value.outlet),
            (3, 3, Some(2024), None)
        );
        assert!(dateline("Tokyo, in November — nothing").is_none());
    }

    #[test]
    fn bylines_credit_their_agencies() {
        let f = byline("text\nBy Huyen Le (AFP, Reuters, WSJ)\n").unwrap();
        assert_eq!(
            f.value,
            (
                "Huyen Le".to_string(),
                vec!["AFP".into(), "Reuters".into(), "WSJ".into()]
            )
        );
        assert!(byline("By the way, this is not one.").is_none());
    }

    #[test]
    fn photo_and_source_credits() {
        assert_eq!(
            file_photo_credit("Caption. (Asahi Shimbun file photo)\n\nText")
                .unwrap()
                .value,
            "Asahi Shimbun"
        );
        assert_eq!(photo_credits("x *Photo: AFP* |")[0].value, "AFP");
        assert_eq!(source_lines("a\n\nSource: ANI\n")[0].value, "ANI");
    }

    #[test]
    fn mentioned_days_cover_common_forms() {
        let d: Vec<(u8, u8)> = mentioned_days(
            "On Nov. 25 and November 7, then 27/11.",
            &lex::tokens("On Nov. 25 and November 7, then 27/11."),
        )
        .into_iter()
        .map(|(m, d, _)| (m, d))
        .collect();
        assert_eq!(d, [(11, 25), (11, 7), (11, 27)]);
    }

    #[test]
    fn us_daylight_time_runs_from_the_second_sunday_of_march_to_the_first_of_november() {
        let day = |s: &str| storyscope_core::date::parse_day(s).unwrap();
        // (day, local hour, daylight?) around the changes of 2024 and 2026.
        for (d, h, want) in [
            ("2024-03-09", 12, Some(false)),
            ("2024-03-10", 1, Some(false)),
            ("2024-03-10", 2, None),
            ("2024-03-10", 3, Some(true)),
            ("2024-11-03", 0, Some(true)),
            ("2024-11-03", 1, None),
            ("2024-11-03", 2, Some(false)),
            ("2026-03-08", 4, Some(true)),
            ("2026-03-07", 23, Some(false)),
            ("2026-10-31", 23, Some(true)),
            ("2026-11-01", 9, Some(false)),
            ("2026-01-15", 9, Some(false)),
            ("2026-07-15", 9, Some(true)),
        ] {
            assert_eq!(us_daylight(day(d), h), want, "{d} {h}h");
        }
    }

    #[test]
    fn headlines_are_short_unpunctuated_first_lines() {
        assert!(headline("Trump Urged Japan to Avoid Escalation\nTOKYO, Nov 27 —").is_some());
        assert!(headline("A sentence that ends.\nMore").is_none());
        assert!(headline("Published: 27 Nov 2025, 08:15 JST\nMore text here").is_none());
        assert!(
            headline("Photo/Illutration Someone meets someone (X file photo)\n\nText").is_none()
        );
    }
}
