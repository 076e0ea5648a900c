//! Metadata the text itself states: scraped date lines, headlines, datelines, bylines with the
//! agencies they credit, source lines, photo credits and wires cited in the body.
//!
//! Each finder returns the exact evidence snippet and its line, so the article can say where a
//! value came from. Nothing here guesses a value the text does not contain; the one inference
//! (an outlet from a "file photo" credit) is returned as such and labelled by the caller.

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
/// the outlet in brackets, then a dash.
pub fn dateline(text: &str) -> Option<Found<Dateline>> {
    for (line_no, line) in lines(text).take(4) {
        let Some(comma) = line.find(',') else {
            continue;
        };
        let place = line.get(..comma)?;
        let letters: Vec<char> = place.chars().filter(|c| c.is_alphabetic()).collect();
        if letters.is_empty() || letters.iter().any(|c| c.is_lowercase()) || place.len() > 40 {
            continue;
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
            _ => continue,
        };
        let year = words
            .get(2)
            .and_then(|y| y.s.parse::<i32>().ok())
            .filter(|y| (1900..=2200).contains(y));
        if !(1..=31).contains(&day) {
            continue;
        }
        let evidence_end = comma + 1 + dash + rest.get(dash..)?.chars().next()?.len_utf8();
        return Some(Found {
            value: Dateline {
                month,
                day,
                year,
                outlet: outlet.filter(|o| !o.is_empty()),
            },
            evidence: line.get(..evidence_end)?.trim().to_string(),
            line: line_no,
        });
    }
    None
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
/// and not a photo caption or dateline.
pub fn headline(text: &str) -> Option<Found<String>> {
    let mut ls = lines(text).filter(|(_, l)| !l.trim().is_empty());
    let (line_no, first) = ls.next()?;
    ls.next()?;
    let t = first.trim();
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
    fn headlines_are_short_unpunctuated_first_lines() {
        assert!(headline("Trump Urged Japan to Avoid Escalation\nTOKYO, Nov 27 —").is_some());
        assert!(headline("A sentence that ends.\nMore").is_none());
        assert!(
            headline("Photo/Illutration Someone meets someone (X file photo)\n\nText").is_none()
        );
    }
}
