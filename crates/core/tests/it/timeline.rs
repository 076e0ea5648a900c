//! Articles on a time axis by outlet: placed in UTC, days as spans, the undated apart, and who
//! printed words or text first.

use crate::common::{self, A};

use storyscope_core::index::{Index, Point, Timeline};
use storyscope_core::model::{QuoteFamily, QuoteKind::Speech, SharedPassage, SpeakerKind::*};
use storyscope_core::query::{Query, View};

// UTC instants the expectations name, worked out apart from the code under test.
const NOV_26_0000: i64 = 1_764_115_200;
const NOV_26_1200: i64 = 1_764_158_400;
const NOV_26_2315: i64 = 1_764_198_900;
const NOV_27_0100: i64 = 1_764_205_200;
const NOV_28_1200: i64 = 1_764_331_200;
const NOV_29_0000: i64 = 1_764_374_400;

const RIVER: &str = "The river rose three metres overnight and closed the old crossing.";
const CREWS: &str = "Crews worked through the night to clear the debris from the road.";
const SCHOOLS: &str = "Schools stayed shut across the county for a second day.";

/// Tokyo's morning report is the evening before in UTC, an hour ahead of New York's evening
/// one. New York also has a day-only report, the Weekly a later day, the Herald no date.
///
/// Families: the bridge pledge (Tokyo first), the budget line (New York's two reports tie:
/// a timestamp and a day-only date of the same day), the tolls warning (New York's evening
/// report first). Passages: the river paragraph Tokyo → Weekly, the crews paragraph New York
/// evening → Weekly, and, when `tied_passage`, the schools paragraph between New York's two
/// reports, which the dates cannot order.
fn index(tied_passage: bool) -> Index {
    let t1 = format!("Officials said “we will rebuild the bridge” on Thursday. {RIVER}");
    let w1 = format!(
        "{RIVER} Ann Lee said “we will rebuild the bridge” and “the budget is tight”. Bo Park \
         added “tolls will rise” soon. {CREWS}"
    );
    let n1 = format!(
        "Ann Lee said “we will rebuild the bridge” and “the budget is tight”. Bo Park warned \
         “tolls will rise” next year. {CREWS} {SCHOOLS}"
    );
    let n2 = format!("Ann Lee said “the budget is tight” again. {SCHOOLS}");
    let mut c = common::corpus(
        &[
            A {
                id: "w1",
                outlet: Some("Weekly"),
                date: Some("2025-11-28"),
                text: &w1,
            },
            A {
                id: "n1",
                outlet: Some("New York Ledger"),
                date: Some("2025-11-26T20:00-05:00"),
                text: &n1,
            },
            A {
                id: "h1",
                outlet: Some("Herald"),
                date: None,
                text: "A note said “we will rebuild the bridge” in passing.",
            },
            A {
                id: "t1",
                outlet: Some("Tokyo Times"),
                date: Some("2025-11-27T08:15+09:00"),
                text: &t1,
            },
            A {
                id: "n2",
                outlet: Some("New York Ledger"),
                date: Some("2025-11-26"),
                text: &n2,
            },
        ],
        &[("ann-lee", Person), ("bo-park", Person)],
        &[
            ("t1", Some("ann-lee"), "we will rebuild the bridge", Speech), // q0
            ("w1", Some("ann-lee"), "we will rebuild the bridge", Speech), // q1
            ("n1", Some("ann-lee"), "we will rebuild the bridge", Speech), // q2
            ("h1", None, "we will rebuild the bridge", Speech),            // q3
            ("w1", Some("ann-lee"), "the budget is tight", Speech),        // q4
            ("n1", Some("ann-lee"), "the budget is tight", Speech),        // q5
            ("n2", Some("ann-lee"), "the budget is tight", Speech),        // q6
            ("w1", Some("bo-park"), "tolls will rise", Speech),            // q7
            ("n1", Some("bo-park"), "tolls will rise", Speech),            // q8
        ],
    );
    let family = |ids: &[&str]| QuoteFamily {
        quotes: ids.iter().map(|s| s.to_string()).collect(),
    };
    c.families = vec![
        family(&["q0", "q1", "q2", "q3"]),
        family(&["q4", "q5", "q6"]),
        family(&["q7", "q8"]),
    ];
    let text = |id: &str| c.articles.iter().find(|a| a.id == id).unwrap().text.clone();
    let passage = |a: &str, b: &str, words: &str| {
        let (ta, tb) = (text(a), text(b));
        let (sa, sb) = (ta.find(words).unwrap(), tb.find(words).unwrap());
        SharedPassage {
            a: a.into(),
            a_start: sa,
            a_end: sa + words.len(),
            b: b.into(),
            b_start: sb,
            b_end: sb + words.len(),
        }
    };
    c.passages = vec![passage("t1", "w1", RIVER), passage("n1", "w1", CREWS)];
    if tied_passage {
        c.passages.push(passage("n2", "n1", SCHOOLS));
    }
    Index::new(c)
}

/// The timeline as the page asks for it: the Articles view's articles, the Quotes view's quotes.
fn timeline(ix: &Index, q: &Query) -> Timeline {
    let view = |view| ix.run(&Query { view, ..q.clone() });
    let quotes = view(View::Quotes).quotes;
    ix.timeline(&view(View::Articles).articles, &quotes)
}

fn id(ix: &Index, a: usize) -> &str {
    &ix.corpus.articles[a].id
}

/// The lanes as (outlet key, [article ids]).
fn lanes(ix: &Index, t: &Timeline) -> Vec<(String, Vec<String>)> {
    t.lanes
        .iter()
        .map(|l| {
            (
                ix.outlets[l.outlet].key.clone(),
                l.points
                    .iter()
                    .map(|p| id(ix, p.article).to_string())
                    .collect(),
            )
        })
        .collect()
}

fn point<'a>(ix: &Index, t: &'a Timeline, article: &str) -> &'a Point {
    t.lanes
        .iter()
        .flat_map(|l| &l.points)
        .find(|p| id(ix, p.article) == article)
        .unwrap_or_else(|| panic!("{article} is placed"))
}

#[test]
fn one_lane_per_outlet_with_a_dated_article_in_outlet_order() {
    let ix = index(true);
    let t = timeline(&ix, &Query::default());
    let want: Vec<(String, Vec<String>)> = [
        ("new-york-ledger", vec!["n2", "n1"]),
        ("tokyo-times", vec!["t1"]),
        ("weekly", vec!["w1"]),
    ]
    .iter()
    .map(|(o, a)| (o.to_string(), a.iter().map(|s| s.to_string()).collect()))
    .collect();
    assert_eq!(
        lanes(&ix, &t),
        want,
        "the Ledger (two articles) first; the Herald, undated only, has no lane"
    );
    assert_eq!(
        t.undated.iter().map(|&a| id(&ix, a)).collect::<Vec<_>>(),
        ["h1"]
    );
    for l in &t.lanes {
        assert!(l.points.windows(2).all(|w| w[0].at <= w[1].at), "{l:?}");
    }
}

#[test]
fn timestamps_are_placed_in_utc_and_days_as_their_whole_span() {
    let ix = index(true);
    let t = timeline(&ix, &Query::default());
    let at = |a: &str| (point(&ix, &t, a).at, point(&ix, &t, a).day_only);
    assert_eq!(
        at("t1"),
        (NOV_26_2315, false),
        "08:15 in Tokyo on the 27th is 23:15 UTC on the 26th"
    );
    assert_eq!(at("n1"), (NOV_27_0100, false), "20:00 in New York");
    assert!(
        at("t1").0 < at("n1").0,
        "Tokyo's later local day is earlier"
    );
    assert_eq!(
        at("n2"),
        (NOV_26_1200, true),
        "a day is placed at its middle"
    );
    assert_eq!(at("w1"), (NOV_28_1200, true));
    assert_eq!(
        (t.start, t.end),
        (NOV_26_0000, NOV_29_0000),
        "the axis runs from the first day's 00:00 to the last day's 24:00 UTC"
    );
}

#[test]
fn a_month_spans_the_whole_month_and_the_undated_stay_apart() {
    let ix = Index::new(common::corpus(
        &[
            A {
                id: "m",
                outlet: Some("Monthly"),
                date: Some("2025-12"),
                text: "A month.",
            },
            A {
                id: "u",
                outlet: Some("Monthly"),
                date: None,
                text: "No date.",
            },
        ],
        &[],
        &[],
    ));
    let t = timeline(&ix, &Query::default());
    assert_eq!(t.lanes.len(), 1);
    let p = &t.lanes[0].points;
    assert_eq!(
        (p.len(), p[0].at, p[0].day_only),
        (1, 1_765_886_400, true),
        "the middle of December: the 16th at 12:00 UTC"
    );
    assert_eq!((t.start, t.end), (1_764_547_200, 1_767_225_600));
    assert_eq!(t.undated, [ix.article_index("u").unwrap()]);

    // Nothing dated: no lanes, an empty axis.
    let t = ix.timeline(
        &[ix.article_index("u").unwrap()],
        &ix.run(&Query::default()).quotes,
    );
    assert_eq!(
        (t.lanes.len(), t.start, t.end, t.undated.len()),
        (0, 0, 0, 1)
    );
}

#[test]
fn first_families_count_ties_and_only_the_families_in_the_list() {
    let ix = index(true);
    let t = timeline(&ix, &Query::default());
    let firsts = |t: &Timeline| {
        ["t1", "n1", "n2", "w1"]
            .map(|a| point(&ix, t, a).first_families)
            .to_vec()
    };
    assert_eq!(
        firsts(&t),
        [1, 2, 1, 0],
        "Tokyo the pledge; New York's evening the tied budget line and the tolls; its \
         day-only report the tied budget line; the Weekly nothing"
    );
    // The same counts as family_first, family by family.
    for f in 0..ix.family_count() {
        for a in ix.family_first(f) {
            assert!(point(&ix, &t, id(&ix, a)).first_families > 0);
        }
    }
    // Without Bo Park's quotes the tolls family is not in the list.
    let q = Query {
        speakers: ["ann-lee".to_string()].into(),
        ..Query::default()
    };
    assert_eq!(firsts(&timeline(&ix, &q)), [1, 1, 1, 0]);
}

#[test]
fn first_passages_when_others_copy_it_and_it_copied_nothing() {
    let ix = index(true);
    let t = timeline(&ix, &Query::default());
    let first = |ix: &Index, t: &Timeline| {
        ["t1", "n1", "n2", "w1"]
            .map(|a| point(ix, t, a).first_passages)
            .to_vec()
    };
    assert_eq!(
        first(&ix, &t),
        [true, false, false, false],
        "Tokyo's river paragraph was copied; New York's evening report was copied too but \
         shares a paragraph its day-only report may have printed first"
    );
    let ix = index(false);
    let t = timeline(&ix, &Query::default());
    assert_eq!(
        first(&ix, &t),
        [true, true, false, false],
        "without the tied paragraph New York's evening report is a source, the day-only one \
         shares nothing"
    );
}

#[test]
fn articles_outside_the_corpus_or_repeated_are_placed_once() {
    let ix = index(true);
    let res = ix.run(&Query::default());
    let n1 = ix.article_index("n1").unwrap();
    let h1 = ix.article_index("h1").unwrap();
    let t = ix.timeline(&[n1, 999, n1, h1, h1, usize::MAX], &res.quotes);
    assert_eq!(
        lanes(&ix, &t),
        [("new-york-ledger".to_string(), vec!["n1".to_string()])]
    );
    assert_eq!(t.undated, [h1]);
    assert_eq!((t.start, t.end), (NOV_27_0100, NOV_27_0100));
}

/// Twelve articles over four outlets, dated every way (timestamps in several zones, days,
/// a month, none), each quoting two of six statements (the families) and one line of its own.
fn mixed() -> Index {
    const PHRASES: [&str; 6] = [
        "alpha bravo",
        "charlie delta",
        "echo foxtrot",
        "golf hotel",
        "india juliet",
        "kilo lima",
    ];
    const DATES: [Option<&str>; 12] = [
        Some("2025-11-26T20:00-05:00"),
        Some("2025-11-27T08:15+09:00"),
        Some("2025-11-26"),
        None,
        Some("2025-11-27"),
        Some("2025-11-26T23:15Z"),
        Some("2025-11"),
        Some("2025-11-28T09:00+01:00"),
        None,
        Some("2025-11-27T01:00Z"),
        Some("2025-11-25"),
        Some("2025-11-27T12:00-08:00"),
    ];
    let ids: Vec<String> = (0..12).map(|a| format!("m{a:02}")).collect();
    let outlets = ["Ace", "Bay", "Cove", "Dell"];
    let texts: Vec<String> = (0..12)
        .map(|a| {
            let (p, r) = (PHRASES[a % 6], PHRASES[(a * 5 + 1) % 6]);
            format!("One said “{p}”, another “{r}”, and a third “own words {a}”.")
        })
        .collect();
    let articles: Vec<A> = (0..12)
        .map(|a| A {
            id: &ids[a],
            outlet: Some(outlets[a % 4]),
            date: DATES[a],
            text: &texts[a],
        })
        .collect();
    let own: Vec<String> = (0..12).map(|a| format!("own words {a}")).collect();
    let mut quotes = Vec::new();
    for a in 0..12 {
        quotes.push((ids[a].as_str(), Some("ann-lee"), PHRASES[a % 6], Speech));
        quotes.push((
            ids[a].as_str(),
            Some("bo-park"),
            PHRASES[(a * 5 + 1) % 6],
            Speech,
        ));
        quotes.push((ids[a].as_str(), None, own[a].as_str(), Speech));
    }
    let mut c = common::corpus(
        &articles,
        &[("ann-lee", Person), ("bo-park", Person)],
        &quotes,
    );
    c.families = PHRASES
        .iter()
        .map(|p| QuoteFamily {
            quotes: c
                .quotes
                .iter()
                .filter(|q| q.text == *p)
                .map(|q| q.id.clone())
                .collect(),
        })
        .collect();
    Index::new(c)
}

/// Short lists and long ones count first families as `family_first` does, family by family;
/// `family_first` (settled at load in one pass) agrees with the pairwise answer of
/// `earliest_articles`; and every article the filters keep is on the timeline once.
#[test]
fn first_families_agree_with_family_first_for_short_and_long_lists() {
    let ix = mixed();
    assert_eq!(ix.family_count(), 6);
    let mut queries: Vec<Query> = vec![Query::default()];
    for word in [
        "alpha", "delta", "echo", "golf", "juliet", "lima", "own", "zulu",
    ] {
        queries.push(Query {
            q: word.into(),
            ..Query::default()
        });
    }
    for speaker in ["ann-lee", "bo-park"] {
        queries.push(Query {
            speakers: [speaker.to_string()].into(),
            ..Query::default()
        });
    }
    queries.push(Query {
        outlets: ["bay".to_string()].into(),
        ..Query::default()
    });
    for f in 0..ix.family_count() {
        let articles: Vec<usize> = ix.family_members(f).iter().map(|m| m.article).collect();
        assert_eq!(
            ix.family_first(f),
            ix.earliest_articles(&articles),
            "family {f}"
        );
    }
    let mut short = 0;
    for q in &queries {
        let res = ix.run(q);
        if res.quotes.len() * 4 < ix.quote_count() {
            short += 1;
        }
        let families: std::collections::BTreeSet<usize> =
            res.quotes.iter().filter_map(|r| ix.family_of(r)).collect();
        let t = ix.timeline(&res.articles, &res.quotes);
        let placed: usize = t.lanes.iter().map(|l| l.points.len()).sum();
        assert_eq!(placed + t.undated.len(), res.articles.len(), "{q:?}");
        for p in t.lanes.iter().flat_map(|l| &l.points) {
            let want = families
                .iter()
                .filter(|&&f| ix.family_first(f).contains(&p.article))
                .count();
            assert_eq!(p.first_families, want, "{} under {q:?}", id(&ix, p.article));
        }
    }
    assert!(
        short >= 3 && short < queries.len(),
        "short lists and long ones"
    );
    // Someone is first somewhere in the full list.
    let res = ix.run(&Query::default());
    let t = ix.timeline(&res.articles, &res.quotes);
    let total: usize = t
        .lanes
        .iter()
        .flat_map(|l| &l.points)
        .map(|p| p.first_families)
        .sum();
    assert!(total >= 6, "every family has a first article: {total}");
}
