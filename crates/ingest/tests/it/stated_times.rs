//! Times of publication the article text states ("Published: 27 Nov 2025, 08:15 JST"): which
//! forms and zones are read, what is refused, and how a stated time meets front matter. One
//! `check` helper and many small cases; the texts are made up for these tests.

use storyscope_core::date::{earliest, When};
use storyscope_core::model::{Article, Provenance};
use storyscope_ingest::{date_order, ingest, meta, Diagnostic, Outcome, Severity, SourceFile};

fn run(texts: &[&str]) -> Outcome {
    let files: Vec<SourceFile> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| SourceFile {
            name: format!("a{i}.txt"),
            bytes: t.as_bytes().to_vec(),
        })
        .collect();
    ingest(&files, Default::default())
}

/// The diagnostics about stated times: a time that could not be placed, or a day that
/// disagrees with front matter.
fn time_diags(out: &Outcome) -> Vec<&Diagnostic> {
    out.diagnostics
        .iter()
        .filter(|d| d.message.contains("time of day") || d.message.contains("the text states"))
        .collect()
}

/// What one article's date should come out as.
struct Want {
    day: &'static str,
    time: Option<&'static str>,
    /// A diagnostic about the stated time: its severity and a fragment of its message.
    diag: Option<(Severity, &'static str)>,
}

const fn time(day: &'static str, t: &'static str) -> Want {
    Want {
        day,
        time: Some(t),
        diag: None,
    }
}

const fn day_only(day: &'static str) -> Want {
    Want {
        day,
        time: None,
        diag: None,
    }
}

const fn noted(day: &'static str, fragment: &'static str) -> Want {
    Want {
        day,
        time: None,
        diag: Some((Severity::Note, fragment)),
    }
}

/// Ingests `text` alone and compares its date, time and time diagnostics with `want`.
fn check(text: &str, want: Want) -> Article {
    let out = run(&[text]);
    let a = out.corpus.articles.first().expect("the article is kept");
    let date = a.date.as_ref();
    assert_eq!(
        date.map(|d| d.value.as_str()),
        Some(want.day),
        "day of {text:?}"
    );
    assert_eq!(
        date.and_then(|d| d.time.as_deref()),
        want.time,
        "time of {text:?}"
    );
    let diags = time_diags(&out);
    match want.diag {
        None => assert!(diags.is_empty(), "no diagnostic for {text:?}: {diags:?}"),
        Some((sev, fragment)) => assert!(
            diags.len() == 1 && diags[0].severity == sev && diags[0].message.contains(fragment),
            "expected one {sev:?} containing {fragment:?} for {text:?}, got {diags:?}"
        ),
    }
    a.clone()
}

/// A pasted page: headline, byline, the given stamp line, then a dateline giving `dateline_day`
/// ("Nov 27, 2025") and a paragraph.
fn page(dateline_day: &str, stamp: &str) -> String {
    format!(
        "Harbor Reopens After A Week Of Storms\nBy Ada Moss\n{stamp}\n\
         CITYPORT, {dateline_day} (Coast Daily) — The harbor opened again, officials said.\n\
         Ships queued outside the breakwater all morning.\n"
    )
}

fn nov27(stamp: &str) -> String {
    page("Nov 27, 2025", stamp)
}

#[test]
fn stamp_lines_in_the_forms_pages_print() {
    let cases: &[(&str, &str)] = &[
        ("Published: 27 Nov 2025, 08:15 JST", "08:15:00+09:00"),
        (
            "Updated November 27, 2025 at 8:15 a.m. EST",
            "08:15:00-05:00",
        ),
        ("27 November 2025 · 14:05 GMT", "14:05:00+00:00"),
        ("2025-11-27 08:15 UTC", "08:15:00+00:00"),
        ("Nov 27, 2025, 3:04 PM GMT+9", "15:04:00+09:00"),
        ("Thu 27 Nov 2025 09.15 CET", "09:15:00+01:00"),
        ("2025-11-27T08:15:00+09:00", "08:15:00+09:00"),
        ("2025-11-27T23:40:05Z", "23:40:05+00:00"),
        (
            "Posted on Thursday, November 27th, 2025 | 6:40 pm PST",
            "18:40:00-08:00",
        ),
        ("08:15 KST, 27 Nov 2025", "08:15:00+09:00"),
        (
            "*Last updated: 27 Nov. 2025 - 17:30 (CEST)*",
            "17:30:00+02:00",
        ),
        ("Published 27 Nov 2025 | Updated 28 Nov 2025", "no time"),
        (
            "Published 27 Nov 2025 10:00 SGT | Updated 28 Nov 2025 09:00 SGT",
            "10:00:00+08:00",
        ),
    ];
    for (stamp, want) in cases {
        let text = nov27(stamp);
        let t = if *want == "no time" {
            None
        } else {
            Some(*want)
        };
        let a = check(
            &text,
            Want {
                day: "2025-11-27",
                time: t,
                diag: None,
            },
        );
        assert_ne!(a.title.as_deref(), Some(*stamp), "a stamp is not a title");
    }
}

#[test]
fn numeric_offsets() {
    for (stamp, want) in [
        ("27 Nov 2025 08:15 +09:00", "08:15:00+09:00"),
        ("27 Nov 2025 08:15 -0500", "08:15:00-05:00"),
        ("27 Nov 2025 08:15 (+0530)", "08:15:00+05:30"),
        ("27 Nov 2025 08:15 UTC-5", "08:15:00-05:00"),
        ("27 Nov 2025 08:15 UTC+05:45", "08:15:00+05:45"),
        ("27 Nov 2025 08:15 GMT−3", "08:15:00-03:00"),
        ("27 Nov 2025 08:15 GMT+5:30", "08:15:00+05:30"),
    ] {
        check(&nov27(stamp), time("2025-11-27", want));
    }
}

#[test]
fn every_zone_name_in_the_table() {
    for (zone, offset) in [
        ("UTC", "+00:00"),
        ("GMT", "+00:00"),
        ("Z", "+00:00"),
        ("JST", "+09:00"),
        ("KST", "+09:00"),
        ("HKT", "+08:00"),
        ("SGT", "+08:00"),
        ("CET", "+01:00"),
        ("CEST", "+02:00"),
        ("EET", "+02:00"),
        ("EEST", "+03:00"),
        ("BST", "+01:00"),
        ("IST", "+05:30"),
        ("AEST", "+10:00"),
        ("AEDT", "+11:00"),
        ("NZST", "+12:00"),
        ("NZDT", "+13:00"),
        ("EST", "-05:00"),
        ("EDT", "-04:00"),
        ("CST", "-06:00"),
        ("CDT", "-05:00"),
        ("MST", "-07:00"),
        ("MDT", "-06:00"),
        ("PST", "-08:00"),
        ("PDT", "-07:00"),
        // US zones named without standard or daylight: 27 November is standard time.
        ("ET", "-05:00"),
        ("CT", "-06:00"),
        ("PT", "-08:00"),
    ] {
        let want: &'static str = format!("10:20:00{offset}").leak();
        check(
            &nov27(&format!("Published 27 Nov 2025, 10:20 {zone}")),
            time("2025-11-27", want),
        );
    }
}

#[test]
fn us_zones_follow_daylight_saving_time() {
    let july = |stamp: &str| page("July 4, 2025", stamp);
    check(
        &july("July 4, 2025 9:30 AM ET"),
        time("2025-07-04", "09:30:00-04:00"),
    );
    check(
        &july("July 4, 2025 9:30 AM PT"),
        time("2025-07-04", "09:30:00-07:00"),
    );
    // 2025: clocks go forward on 9 March at 02:00 and back on 2 November at 02:00.
    let on = |day: &str, stamp: &str| page(day, stamp);
    check(
        &on("March 9, 2025", "March 9, 2025 1:30 AM ET"),
        time("2025-03-09", "01:30:00-05:00"),
    );
    check(
        &on("March 9, 2025", "March 9, 2025 2:30 AM ET"),
        noted("2025-03-09", "clocks change"),
    );
    check(
        &on("March 9, 2025", "March 9, 2025 3:30 AM ET"),
        time("2025-03-09", "03:30:00-04:00"),
    );
    check(
        &on("March 8, 2025", "March 8, 2025 11:00 PM ET"),
        time("2025-03-08", "23:00:00-05:00"),
    );
    check(
        &on("Nov 2, 2025", "November 2, 2025 1:30 AM ET"),
        noted("2025-11-02", "clocks change"),
    );
    check(
        &on("Nov 2, 2025", "November 2, 2025 1:30 AM EDT"),
        time("2025-11-02", "01:30:00-04:00"),
    );
    check(
        &on("Nov 2, 2025", "November 2, 2025 2:30 AM ET"),
        time("2025-11-02", "02:30:00-05:00"),
    );
    check(
        &on("Nov 1, 2025", "November 1, 2025 11:00 PM ET"),
        time("2025-11-01", "23:00:00-04:00"),
    );
}

#[test]
fn twelve_and_twenty_four_hour_clocks() {
    for (clock, want) in [
        ("8:15 a.m.", "08:15:00"),
        ("8:15 p.m.", "20:15:00"),
        ("8:15am", "08:15:00"),
        ("8.15pm", "20:15:00"),
        ("8 pm", "20:00:00"),
        ("12:05 AM", "00:05:00"),
        ("12:05 PM", "12:05:00"),
        ("12 a.m.", "00:00:00"),
        ("00:05", "00:05:00"),
        ("23:59:30", "23:59:30"),
        ("20.15", "20:15:00"),
    ] {
        let want: &'static str = format!("{want}+00:00").leak();
        check(
            &nov27(&format!("27 Nov 2025, {clock} GMT")),
            time("2025-11-27", want),
        );
    }
}

#[test]
fn a_time_without_a_zone_is_not_invented() {
    for stamp in [
        "Published: 27 Nov 2025, 08:15",
        "November 27, 2025 8:15 a.m.",
    ] {
        check(&nov27(stamp), noted("2025-11-27", "without a zone"));
    }
    // Words after the time that are not a zone: not a stamp line at all.
    check(
        &nov27("27 Nov 2025 08:15 (local time)"),
        day_only("2025-11-27"),
    );
    // A zone written but not one ingest knows: still no time, and the note says why.
    check(
        &nov27("27 Nov 2025, 08:15 WIB"),
        noted("2025-11-27", "does not know"),
    );
    // A dotted clock without a zone reads like a number: not a time at all, no note.
    check(&nov27("27 Nov 2025, 08.15"), day_only("2025-11-27"));
}

#[test]
fn a_scraped_date_line_with_its_time() {
    let a = check(
        " date 2025-11-27 08:15 JST Harbor officials reopened the port on Thursday.\n\nShips queued.",
        time("2025-11-27", "08:15:00+09:00"),
    );
    assert_eq!(
        a.date_provenance,
        Provenance::Stated {
            evidence: "date 2025-11-27 08:15 JST".into(),
            line: 1,
            note: Some("scraped date line, with its time".into()),
        }
    );
    assert!(
        a.text.starts_with("Harbor officials"),
        "the time is stripped with the date: {:?}",
        a.text
    );
    // The time ends the line: the body starts on the next line, and later lines keep their
    // numbers (the stray mark is reported on file line 3).
    let out = run(&[
        " date 2025-11-27 08:15 JST\nHarbor officials reopened the port.\nA stray ” mark here.",
    ]);
    let a = &out.corpus.articles[0];
    assert_eq!(
        a.date.as_ref().and_then(|d| d.time.as_deref()),
        Some("08:15:00+09:00")
    );
    assert!(a.text.starts_with("Harbor officials"), "{:?}", a.text);
    assert!(
        out.diagnostics
            .iter()
            .any(|d| d.line == 3 && d.message.contains("has no opening")),
        "{:?}",
        out.diagnostics
    );
    // No zone: the day only, a note, and the clock still leaves the text.
    let a = check(
        " date 2025-11-27 8:15 a.m. Harbor officials reopened the port.\n\nShips queued.",
        noted("2025-11-27", "without a zone"),
    );
    assert!(a.text.starts_with("Harbor officials"), "{:?}", a.text);
    // A following capitalised word is text, not an unknown zone.
    let a = check(
        " date 2025-11-27 08:15 US officials reopened the port.\n\nShips queued.",
        noted("2025-11-27", "without a zone"),
    );
    assert!(a.text.starts_with("US officials"), "{:?}", a.text);
    // A number that is not a clock stays in the text.
    let a = check(
        " date 2025-11-27 10.50 million tonnes passed through.\n\nShips queued.",
        day_only("2025-11-27"),
    );
    assert!(a.text.starts_with("10.50 million"), "{:?}", a.text);
}

#[test]
fn a_scraped_date_with_its_time_under_the_headline() {
    let a = check(
        " date 2025-11-27 \nHarbor Reopens After A Week Of Storms\nPublished: 27 Nov 2025, 08:15 JST\n\nThe harbor opened again, officials said.\nShips queued.",
        time("2025-11-27", "08:15:00+09:00"),
    );
    assert_eq!(
        a.date_provenance,
        Provenance::Stated {
            evidence: "date 2025-11-27".into(),
            line: 1,
            note: Some(
                "scraped date line; the time of day from line 3: “Published: 27 Nov 2025, 08:15 JST”"
                    .into()
            ),
        }
    );
    assert_eq!(
        a.title.as_deref(),
        Some("Harbor Reopens After A Week Of Storms")
    );
}

#[test]
fn a_dateline_with_its_time() {
    let a = check(
        "Harbor Reopens After A Week Of Storms\nTOKYO, Nov 27, 2025 (Foxton News) 8:15 a.m. JST — The harbor opened again.\nShips queued.",
        time("2025-11-27", "08:15:00+09:00"),
    );
    assert_eq!(
        a.date_provenance,
        Provenance::Stated {
            evidence: "TOKYO, Nov 27, 2025 (Foxton News) 8:15 a.m. JST —".into(),
            line: 2,
            note: Some("dateline, with its time".into()),
        }
    );
    assert_eq!(a.outlet.name.as_deref(), Some("Foxton News"));
    // A time after the dash is the story's, not the dateline's.
    check(
        "Harbor Reopens After A Week Of Storms\nTOKYO, Nov 27, 2025 (Foxton News) — At 8:15 a.m. JST the harbor opened.\nShips queued.",
        day_only("2025-11-27"),
    );
}

#[test]
fn a_dateline_without_a_year_gets_its_time_once_the_year_is_inferred() {
    let out = run(&[
        " date 2025-11-26 Officials met in the evening.\n\nNothing was decided.",
        "Harbor Reopens After A Week Of Storms\nTOKYO, Nov 27 (Foxton News) 8:15 a.m. JST — The harbor opened again.\nShips queued.",
    ]);
    let a = &out.corpus.articles[1];
    let d = a.date.as_ref().unwrap();
    assert_eq!(
        (d.value.as_str(), d.time.as_deref()),
        ("2025-11-27", Some("08:15:00+09:00"))
    );
    match &a.date_provenance {
        Provenance::Inferred { reason, .. } => {
            assert!(
                reason.contains("the dateline states its time of day"),
                "{reason}"
            )
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn front_matter_day_takes_the_text_time_of_the_same_day() {
    let a = check(
        &format!(
            "+++\ndate = \"2025-11-27\"\n+++\n{}",
            nov27("Published: 27 Nov 2025, 08:15 JST")
        ),
        time("2025-11-27", "08:15:00+09:00"),
    );
    assert_eq!(
        a.date_provenance,
        Provenance::Stated {
            evidence: "Published: 27 Nov 2025, 08:15 JST".into(),
            line: 6,
            note: Some("the day from front matter `date`, the time of day from the text".into()),
        }
    );
}

#[test]
fn front_matter_day_against_another_day_in_the_text_is_a_warning() {
    let a = check(
        &format!(
            "+++\ndate = \"2025-11-27\"\n+++\n{}",
            page("Nov 27, 2025", "Published: 26 Nov 2025, 08:15 JST")
        ),
        Want {
            day: "2025-11-27",
            time: None,
            diag: Some((Severity::Warning, "front matter date 2025-11-27")),
        },
    );
    assert_eq!(
        a.date_provenance,
        Provenance::FrontMatter {
            field: "date".into()
        }
    );
    let out = run(&[&format!(
        "+++\ndate = \"2025-11-27\"\n+++\n{}",
        page("Nov 27, 2025", "Published: 26 Nov 2025, 08:15 JST")
    )]);
    let w = time_diags(&out)[0];
    assert!(w.message.contains("26 Nov 2025"), "names both days: {w}");
    assert_eq!(w.line, 6);
}

#[test]
fn front_matter_time_and_month_are_left_alone() {
    let a = check(
        &format!(
            "+++\ndate = \"2025-11-27T10:00:00+01:00\"\n+++\n{}",
            nov27("Published: 27 Nov 2025, 08:15 JST")
        ),
        time("2025-11-27", "10:00:00+01:00"),
    );
    assert_eq!(
        a.date_provenance,
        Provenance::FrontMatter {
            field: "date".into()
        }
    );
    check(
        &format!(
            "+++\ndate = \"2025-11\"\n+++\n{}",
            nov27("Published: 27 Nov 2025, 08:15 JST")
        ),
        day_only("2025-11"),
    );
}

#[test]
fn only_the_head_of_the_article_counts() {
    // The stamp after `n` paragraphs (blank lines between them do not count): the sixth
    // non-blank line is the last of the head.
    let after = |n: usize| {
        let filler: String = (0..n)
            .map(|i| format!("Paragraph {i} of the story.\n\n"))
            .collect();
        format!(
            "Harbor Reopens After A Week Of Storms\nBy Ada Moss\n\
             CITYPORT, Nov 27, 2025 (Coast Daily) — The harbor opened again.\n\n\
             {filler}Published: 27 Nov 2025, 08:15 JST\n\nThe end."
        )
    };
    check(&after(2), time("2025-11-27", "08:15:00+09:00"));
    check(&after(3), day_only("2025-11-27"));
    check(&after(40), day_only("2025-11-27"));
    // Within the head, but a sentence that mentions a time, not a stamp.
    check(
        &nov27("Talks resume at 09:00 GMT on 27 Nov 2025, officials said."),
        day_only("2025-11-27"),
    );
    // No date in the text at all: a stamp alone does not date the article.
    let out = run(&["Harbor Reopens After A Week Of Storms\nPublished: 27 Nov 2025, 08:15 JST\nThe harbor opened again."]);
    assert_eq!(out.corpus.articles[0].date, None);
}

#[test]
fn hostile_junk_is_ignored() {
    for stamp in [
        "99:99 XYZ",
        "27 Nov 2025, 99:99 XYZ",
        "27 Nov 2025, 24:00 UTC",
        "27 Nov 2025, 08:61 JST",
        "27 Nov 2025, 13 p.m. JST",
        "27 Nov 2025, 0:15 am JST",
        "27 Nov 2025, 08:15 +15:00",
        "27 Nov 2025, 08:15 GMT+99",
        "30 Feb 2025, 08:15 JST",
        "27 Nov 2025, 8:5 JST",
        "27 Nov 2025, 08:15 (JST",
        "27 Nov 2025, 08:15 jst",
        "27 Nov 2025, 08:15:77 UTC",
        "27 Nov 2025, 08:15ZULU",
        "Nov 27, 2025 8:15 a.",
        "２７ Nov 2025 ０８:１５ JST",
        "27 Nov 2025 08:15 JST\u{301}",
        "27 Nov 2025 08:15 GMT+",
        "27 Nov 2025 08:15 −",
        ":::: ... +++ ---",
        "2025-11-27T",
        "2025-11-27T08",
    ] {
        check(&nov27(stamp), day_only("2025-11-27"));
    }
    // Scraped lines that end mid-time, or carry junk, never panic and keep the day.
    for text in [
        " date 2025-11-27 12:",
        " date 2025-11-27 1",
        " date 2025-11-27 12:3 x",
        " date 2025-11-27 08:15+",
        " date 2025-11-27 08:15 (JST",
        " date 2025-11-27 8 a.m",
        " date 2025-11-27 99:99 XYZ text",
        " date 2025-11-27 08:15−",
        " date 2025-11-27 08:15é",
    ] {
        let out = run(&[text]);
        if let Some(a) = out.corpus.articles.first() {
            assert_eq!(
                a.date.as_ref().map(|d| d.value.as_str()),
                Some("2025-11-27")
            );
        }
    }
}

#[test]
fn two_zones_order_in_utc() {
    // Same local day, three zones: by the clock on the wall the order is EST, GMT, JST; in UTC
    // (12:00, 08:00, 00:00) it is the reverse.
    let out = run(&[
        &nov27("Published 27 Nov 2025, 07:00 EST"),
        &nov27("Published 27 Nov 2025, 08:00 GMT"),
        &nov27("Published 27 Nov 2025, 09:00 JST"),
    ]);
    assert_eq!(date_order(&out.corpus.articles), vec![2, 1, 0]);
    // Across local days: 08:15 in Tokyo on the 27th is 23:15 UTC on the 26th, before 20:00 in
    // New York on the 26th (01:00 UTC on the 27th).
    let out = run(&[
        &page("Nov 26, 2025", "November 26, 2025 8:00 PM ET"),
        &nov27("27 Nov 2025 08:15 JST"),
    ]);
    let whens: Vec<Option<When>> = out
        .corpus
        .articles
        .iter()
        .map(|a| a.date.as_ref().and_then(When::of))
        .collect();
    assert_eq!(earliest(&whens), vec![1]);
}

#[test]
fn stamp_lines_read_directly() {
    let t = meta::stamp_line("Published: 27 Nov 2025, 08:15 JST").unwrap();
    assert_eq!(
        (t.hour, t.minute, t.day, t.zone),
        (8, 15, (Some(2025), 11, 27), Some(meta::Zone::Fixed(540)))
    );
    let t = meta::stamp_line("Nov 27 8:15 a.m. ET").unwrap();
    assert_eq!(t.day, (None, 11, 27));
    assert_eq!(t.zone, Some(meta::Zone::UsDaylight(-300)));
    assert!(meta::stamp_line(&"27 Nov 2025 08:15 JST ".repeat(100)).is_none());
}

mod never_panics {
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// Any mix of the characters stamps are made of, on a scraped line, a stamp line and a
        /// dateline: ingest never panics, and a time it keeps is always well formed.
        #[test]
        fn on_any_stamp_like_text(s in "[0-9:.+\\-−apmAPMTZ ,()·|JSTGMUCEKPDNov2\u{e9}\u{301}]{0,40}") {
            let texts = [
                format!(" date 2025-11-27 {s}\nMore text."),
                super::nov27(&s),
                format!("Headline Words For The Case\nTOKYO, Nov 27, 2025 (Foxton News) {s} — Text."),
                format!("+++\ndate = \"2025-11-27\"\n+++\n{s}\nText."),
            ];
            for t in &texts {
                let out = super::run(&[t]);
                for a in &out.corpus.articles {
                    if let Some(time) = a.date.as_ref().and_then(|d| d.time.as_deref()) {
                        let normal = storyscope_core::date::parse_time(time);
                        prop_assert_eq!(normal.as_deref(), Some(time));
                    }
                }
            }
            let _ = storyscope_ingest::meta::stamp_line(&s);
        }
    }
}
