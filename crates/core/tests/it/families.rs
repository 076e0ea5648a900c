//! Quote families as the index answers them: membership, order, speakers, lookups, URL state.

use crate::common::{self, A};

use storyscope_core::index::Index;
use storyscope_core::model::{QuoteFamily, QuoteKind::Speech, SpeakerKind::*};
use storyscope_core::query::Query;

fn index() -> Index {
    let mut c = common::corpus(
        &[
            A {
                id: "late",
                outlet: Some("Two"),
                date: Some("2025-11-27"),
                text: "He said “great talk” then.",
            },
            A {
                id: "early",
                outlet: Some("One"),
                date: Some("2025-11-25"),
                text: "“I had a great talk,” he said. “Fine.”",
            },
            A {
                id: "none",
                outlet: None,
                date: None,
                text: "The office called it a “great talk”.",
            },
        ],
        &[("ann-lee", Person), ("the-office", Organization)],
        &[
            ("late", Some("ann-lee"), "great talk", Speech),
            ("early", Some("ann-lee"), "I had a great talk,", Speech),
            ("early", Some("ann-lee"), "Fine.", Speech),
            ("none", Some("the-office"), "great talk", Speech),
        ],
    );
    c.families = vec![QuoteFamily {
        quotes: vec!["q0".into(), "q1".into(), "q3".into(), "missing".into()],
    }];
    Index::new(c)
}

#[test]
fn members_in_order_of_appearance_with_their_speakers() {
    let ix = index();
    let row = ix.quote_by_id("q0").expect("q0 is a member");
    let f = ix.family_of(row).expect("in a family");
    let order: Vec<String> = ix
        .family_members(f)
        .iter()
        .map(|m| ix.corpus.articles[m.article].id.clone())
        .collect();
    assert_eq!(
        order,
        ["early", "late", "none"],
        "dated first, the undated last"
    );
    assert_eq!(ix.family_articles(f), 3);
    let speakers: Vec<&str> = ix
        .family_speakers(f)
        .iter()
        .map(|&s| ix.corpus.speakers[s].id.as_str())
        .collect();
    assert_eq!(
        speakers,
        ["ann-lee", "the-office"],
        "two speakers: a conflicting attribution"
    );
    assert_eq!(ix.family_count(), 1);
    let early = ix.article_index("early").expect("article");
    let fine = ix.quote_in_article(early, "q2").expect("q2 exists");
    assert_eq!(ix.family_of(fine), None);
}

#[test]
fn the_open_family_survives_sanitize_only_for_a_member() {
    let ix = index();
    let q = |f: &str| Query {
        family: Some(f.into()),
        ..Query::default()
    };
    assert_eq!(ix.sanitize(&q("q1")).family.as_deref(), Some("q1"));
    assert_eq!(ix.sanitize(&q("q2")).family, None, "not in a family");
    assert_eq!(ix.sanitize(&q("nope")).family, None, "no such quote");
}

#[test]
fn families_travel_in_the_bundle() {
    let mut c = common::corpus(
        &[
            A {
                id: "a",
                outlet: None,
                date: None,
                text: "“x y” z",
            },
            A {
                id: "b",
                outlet: None,
                date: None,
                text: "“x y” w",
            },
        ],
        &[],
        &[("a", None, "x y", Speech), ("b", None, "x y", Speech)],
    );
    c.families = vec![QuoteFamily {
        quotes: vec!["q0".into(), "q1".into()],
    }];
    let bytes = storyscope_core::bundle::encode(&c);
    assert_eq!(
        storyscope_core::bundle::decode(&bytes).unwrap().families,
        c.families
    );
    let ix = storyscope_core::load::index(&bytes).unwrap();
    assert_eq!(ix.family_count(), 1);
}

/// Who was first, honestly: timestamps compare in UTC whatever their zone, a day without a time
/// ties with a timestamp of that day, and an undated article is never first.
#[test]
fn first_appearance_is_marked_with_ties_and_never_undated() {
    fn first(dates: &[Option<&str>]) -> Vec<String> {
        let ids = ["a", "b", "c"];
        let articles: Vec<A> = dates
            .iter()
            .zip(ids)
            .map(|(&date, id)| A {
                id,
                outlet: Some(id),
                date,
                text: "She said “we will rebuild the bridge” today.",
            })
            .collect();
        let quotes: Vec<_> = ids
            .iter()
            .take(dates.len())
            .map(|&id| (id, Some("ann-lee"), "we will rebuild the bridge", Speech))
            .collect();
        let mut c = common::corpus(&articles, &[("ann-lee", Person)], &quotes);
        c.families = vec![QuoteFamily {
            quotes: (0..dates.len()).map(|i| format!("q{i}")).collect(),
        }];
        let ix = Index::new(c);
        ix.family_first(0)
            .iter()
            .map(|&a| ix.corpus.articles[a].id.clone())
            .collect()
    }
    // Tokyo's morning is the previous evening in UTC: before New York's evening.
    assert_eq!(
        first(&[
            Some("2025-11-26T20:00-05:00"),
            Some("2025-11-27T08:15+09:00")
        ]),
        ["b"]
    );
    assert_eq!(
        first(&[Some("2025-11-27"), Some("2025-11-27T08:15+09:00")]),
        ["a", "b"],
        "a day-only date ties with a same-day timestamp"
    );
    assert_eq!(
        first(&[None, Some("2025-11-28"), Some("2025-11-27T23:59Z")]),
        ["c"],
        "the undated article is never first"
    );
    assert_eq!(
        first(&[Some("2025-11-27T08:15+09:00"), Some("2025-11-26T23:15Z")]),
        ["a", "b"],
        "the same instant in two zones is a tie"
    );
    assert!(first(&[None, None]).is_empty());
}
