//! Two sides compared: the words both printed, the words only one did, and shared words the
//! sides give to different speakers, under the current filters.

use crate::common::{self, A};

use storyscope_core::index::{Comparison, Index, Side, Words};
use storyscope_core::model::{QuoteFamily, QuoteKind::Speech, SpeakerKind::*};
use storyscope_core::query::Query;

/// The Post (two articles) and the Wire (one) share the bridge pledge, the budget line (the
/// Post gives it to the mayor's office, the Wire to Ann Lee) and the tolls warning (nobody
/// named in the Post, Ann Lee in the Wire). An article of no known outlet also prints the
/// pledge.
fn index() -> Index {
    let mut c = common::corpus(
        &[
            A {
                id: "p1",
                outlet: Some("Post"),
                date: Some("2025-03-01"),
                text: "Ann Lee vowed “we will rebuild the bridge”. Her office added “the budget \
                       is tight”. Bo Park said “only here”.",
            },
            A {
                id: "p2",
                outlet: Some("Post"),
                date: Some("2025-03-02"),
                text: "Again Ann Lee said “we will rebuild the bridge”. “Nobody said this,” it \
                       read. Someone warned “tolls will rise”.",
            },
            A {
                id: "w1",
                outlet: Some("Wire"),
                date: Some("2025-03-01"),
                text: "Ann Lee said “the budget is tight” and “we will rebuild the bridge”. \
                       “Sources say so,” it went on. She said “tolls will rise”.",
            },
            A {
                id: "x1",
                outlet: None,
                date: Some("2025-03-01"),
                text: "Ann Lee: “we will rebuild the bridge”.",
            },
        ],
        &[
            ("ann-lee", Person),
            ("the-office", Organization),
            ("bo-park", Person),
        ],
        &[
            ("p1", Some("ann-lee"), "we will rebuild the bridge", Speech), // q0
            ("p1", Some("the-office"), "the budget is tight", Speech),     // q1
            ("p1", Some("bo-park"), "only here", Speech),                  // q2
            ("p2", Some("ann-lee"), "we will rebuild the bridge", Speech), // q3
            ("p2", None, "Nobody said this,", Speech),                     // q4
            ("w1", Some("ann-lee"), "the budget is tight", Speech),        // q5
            ("w1", Some("ann-lee"), "we will rebuild the bridge", Speech), // q6
            ("w1", None, "Sources say so,", Speech),                       // q7
            ("x1", Some("ann-lee"), "we will rebuild the bridge", Speech), // q8
            ("p2", None, "tolls will rise", Speech),                       // q9
            ("w1", Some("ann-lee"), "tolls will rise", Speech),            // q10
        ],
    );
    let family = |ids: &[&str]| QuoteFamily {
        quotes: ids.iter().map(|s| s.to_string()).collect(),
    };
    c.families = vec![
        family(&["q0", "q3", "q6", "q8"]),
        family(&["q1", "q5"]),
        family(&["q9", "q10"]),
    ];
    Index::new(c)
}

/// A group's words as text: `pledge`, `budget` or `tolls` for the families, else the quote id.
fn words(ix: &Index, w: Words) -> String {
    match w {
        Words::Family(f) => ["pledge", "budget", "tolls"]
            .get(f)
            .map_or(format!("family {f}"), |s| s.to_string()),
        Words::Quote(q) => id(ix, q),
    }
}

fn id(ix: &Index, q: usize) -> String {
    ix.quote(q).expect("a quote").id().into_owned()
}

fn ids(ix: &Index, rows: &[usize]) -> Vec<String> {
    rows.iter().map(|&q| id(ix, q)).collect()
}

type Both = Vec<(String, Vec<String>, Vec<String>)>;
type Only = Vec<(String, Vec<String>)>;

fn read(ix: &Index, c: &Comparison) -> (Both, Only, Only) {
    let both = c
        .both
        .iter()
        .map(|(w, l, r)| (words(ix, *w), ids(ix, l), ids(ix, r)))
        .collect();
    let only = |v: &[(Words, Vec<usize>)]| {
        v.iter()
            .map(|(w, rows)| (words(ix, *w), ids(ix, rows)))
            .collect()
    };
    (both, only(&c.only_left), only(&c.only_right))
}

fn both(rows: &[(&str, &[&str], &[&str])]) -> Both {
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect();
    rows.iter()
        .map(|(w, l, r)| (w.to_string(), s(l), s(r)))
        .collect()
}

fn only(rows: &[(&str, &[&str])]) -> Only {
    rows.iter()
        .map(|(w, r)| (w.to_string(), r.iter().map(|x| x.to_string()).collect()))
        .collect()
}

fn side(ix: &Index, value: &str) -> Side {
    ix.side(value).expect("a known side")
}

#[test]
fn the_families_are_numbered_as_written() {
    let ix = index();
    for (q, f) in [("q0", 0), ("q5", 1), ("q10", 2)] {
        assert_eq!(ix.family_of(ix.quote_by_id(q).unwrap()), Some(f), "{q}");
    }
}

#[test]
fn two_outlets_shared_words_and_words_only_one_printed() {
    let ix = index();
    let quotes = ix.run(&Query::default()).quotes;
    let c = ix.compare(&quotes, side(&ix, "post"), side(&ix, "wire"));
    let (b, l, r) = read(&ix, &c);
    assert_eq!(
        b,
        both(&[
            ("pledge", &["q0", "q3"], &["q6"]),
            ("budget", &["q1"], &["q5"]),
            ("tolls", &["q9"], &["q10"]),
        ]),
        "in the order of the Post's first version; the unknown outlet's copy is on neither side"
    );
    assert_eq!(l, only(&[("q2", &["q2"]), ("q4", &["q4"])]));
    assert_eq!(r, only(&[("q7", &["q7"])]));
    assert_eq!(
        c.differing(&ix),
        [1, 2],
        "the office against Ann Lee, and nobody against Ann Lee; the pledge agrees"
    );

    // The other way round, the Wire's order leads: its budget line comes first in its text.
    let c = ix.compare(&quotes, side(&ix, "wire"), side(&ix, "post"));
    let (b, l, r) = read(&ix, &c);
    assert_eq!(
        b,
        both(&[
            ("budget", &["q5"], &["q1"]),
            ("pledge", &["q6"], &["q0", "q3"]),
            ("tolls", &["q10"], &["q9"]),
        ])
    );
    assert_eq!(l, only(&[("q7", &["q7"])]));
    assert_eq!(r, only(&[("q2", &["q2"]), ("q4", &["q4"])]));
    assert_eq!(c.differing(&ix), [0, 2]);
}

#[test]
fn article_against_article() {
    let ix = index();
    let quotes = ix.run(&Query::default()).quotes;
    let c = ix.compare(&quotes, side(&ix, "article:p1"), side(&ix, "article:p2"));
    let (b, l, r) = read(&ix, &c);
    assert_eq!(b, both(&[("pledge", &["q0"], &["q3"])]));
    assert_eq!(
        l,
        only(&[("budget", &["q1"]), ("q2", &["q2"])]),
        "words of a family stay the family even when the other side lacks them"
    );
    assert_eq!(r, only(&[("q4", &["q4"]), ("tolls", &["q9"])]));
    assert!(c.differing(&ix).is_empty());

    // An article against the unknown outlet's.
    let c = ix.compare(&quotes, side(&ix, "article:w1"), side(&ix, "unknown"));
    let (b, l, r) = read(&ix, &c);
    assert_eq!(b, both(&[("pledge", &["q6"], &["q8"])]));
    assert_eq!(
        l.iter().map(|(w, _)| w.as_str()).collect::<Vec<_>>(),
        ["budget", "q7", "tolls"]
    );
    assert!(r.is_empty());
}

#[test]
fn a_side_against_itself_or_its_own_article_shares_everything_it_holds() {
    let ix = index();
    let quotes = ix.run(&Query::default()).quotes;
    let post = side(&ix, "post");
    let c = ix.compare(&quotes, post, post);
    assert!(c.only_left.is_empty() && c.only_right.is_empty());
    assert_eq!(c.both.len(), 5, "three families and two single quotes");
    assert!(c.both.iter().all(|(_, l, r)| l == r));
    assert!(c.differing(&ix).is_empty());

    let c = ix.compare(&quotes, post, side(&ix, "article:p2"));
    let (b, l, r) = read(&ix, &c);
    assert_eq!(
        b,
        both(&[
            ("pledge", &["q0", "q3"], &["q3"]),
            ("q4", &["q4"], &["q4"]),
            ("tolls", &["q9"], &["q9"]),
        ])
    );
    assert_eq!(l, only(&[("budget", &["q1"]), ("q2", &["q2"])]));
    assert!(r.is_empty());
}

#[test]
fn only_the_rows_the_filters_keep_count_on_either_side() {
    let ix = index();
    let q = Query {
        speakers: ["ann-lee".to_string()].into(),
        ..Query::default()
    };
    let quotes = ix.run(&q).quotes;
    let c = ix.compare(&quotes, side(&ix, "post"), side(&ix, "wire"));
    let (b, l, r) = read(&ix, &c);
    assert_eq!(b, both(&[("pledge", &["q0", "q3"], &["q6"])]));
    assert!(l.is_empty(), "{l:?}");
    assert_eq!(
        r,
        only(&[("budget", &["q5"]), ("tolls", &["q10"])]),
        "the Post's versions are filtered out, so only the Wire printed these words here"
    );
    assert!(c.differing(&ix).is_empty());

    let q = Query {
        q: "nothing-matches".into(),
        ..Query::default()
    };
    let c = ix.compare(&ix.run(&q).quotes, side(&ix, "post"), side(&ix, "wire"));
    assert_eq!(c, Comparison::default());
}

#[test]
fn sides_round_trip_through_their_url_values() {
    let ix = index();
    for value in ["post", "wire", "unknown", "article:p1", "article:x1"] {
        let s = ix.side(value).unwrap_or_else(|| panic!("{value} is known"));
        assert_eq!(ix.side_value(s), value);
    }
    let p1 = ix.article_index("p1").unwrap();
    assert_eq!(ix.side("article:p1"), Some(Side::Article(p1)));
    let post = ix.outlets.iter().position(|o| o.key == "post").unwrap();
    assert_eq!(ix.side("post"), Some(Side::Outlet(post)));
    for unknown in [
        "",
        "daily",
        "Post",
        "article:",
        "article:nope",
        "p1",
        "article:post",
    ] {
        assert_eq!(ix.side(unknown), None, "{unknown:?}");
    }
    // Sides the corpus does not have name nothing and compare to nothing.
    assert_eq!(ix.side_value(Side::Outlet(99)), "");
    assert_eq!(ix.side_value(Side::Article(99)), "");
    let quotes = ix.run(&Query::default()).quotes;
    let c = ix.compare(&quotes, Side::Outlet(99), Side::Article(99));
    assert_eq!(c, Comparison::default());
    let c = ix.compare(&quotes, Side::Article(99), side(&ix, "wire"));
    assert!(c.both.is_empty() && c.only_left.is_empty());
    assert_eq!(c.only_right.len(), 4);
}
