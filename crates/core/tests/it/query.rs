//! The query core's semantics, one small case at a time.

use crate::common;

use common::{corpus, A};
use storyscope_core::index::Index;
use storyscope_core::model::{QuoteKind::*, SpeakerKind::*};
use storyscope_core::query::{count_label, Query, View};

/// Three outlets over three days, four speakers, one quoted term and one undated article.
fn index() -> Index {
    let c = corpus(
        &[
            A {
                id: "a1",
                outlet: Some("Daily One"),
                date: Some("2025-11-25"),
                text: "Ann said peace is near. Bob said militarism returns.",
            },
            A {
                id: "a2",
                outlet: Some("Two Times"),
                date: Some("2025-11-26"),
                text: "Ann said the détente holds. The so called strategic ambiguity.",
            },
            A {
                id: "a3",
                outlet: Some("Daily One"),
                date: Some("2025-11-27"),
                text: "Cy said trade is fine. An official said talks continue.",
            },
            A {
                id: "a4",
                outlet: None,
                date: None,
                text: "Bob said nothing about militarism.",
            },
        ],
        &[
            ("ann", Person),
            ("bob", Person),
            ("cy", Person),
            ("an-official", Anonymous),
        ],
        &[
            ("a1", Some("ann"), "peace is near", Speech),
            ("a1", Some("bob"), "militarism returns", Speech),
            ("a2", Some("ann"), "the détente holds", Speech),
            ("a2", None, "strategic ambiguity", Term),
            ("a3", Some("cy"), "trade is fine", Speech),
            ("a3", Some("an-official"), "talks continue", Speech),
            ("a4", Some("bob"), "nothing about militarism", Speech),
        ],
    );
    Index::new(c)
}

fn q(f: impl FnOnce(&mut Query)) -> Query {
    let mut q = Query::default();
    f(&mut q);
    q
}

/// Runs a query and compares the matching quote texts (Quotes view) or article ids (Articles).
fn check(query: Query, expected: &[&str]) {
    let ix = index();
    let r = ix.run(&query);
    let got: Vec<&str> = match query.view {
        View::Quotes | View::Table | View::Compare => r
            .quotes
            .iter()
            .map(|i| ix.quote(i).map_or("<missing>", |q| q.text))
            .collect(),
        View::Articles | View::Timeline => r
            .articles
            .iter()
            .map(|&a| ix.corpus.articles[a].id.as_str())
            .collect(),
    };
    assert_eq!(got, expected, "{query:?}");
}

fn set(items: &[&str]) -> std::collections::BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

#[test]
fn no_filters_lists_every_speech_quote_dated_first_and_never_terms() {
    check(
        Query::default(),
        &[
            "peace is near",
            "militarism returns",
            "the détente holds",
            "trade is fine",
            "talks continue",
            "nothing about militarism",
        ],
    );
}

#[test]
fn each_filter_alone() {
    check(
        q(|q| q.speakers = set(&["ann"])),
        &["peace is near", "the détente holds"],
    );
    check(
        q(|q| q.outlets = set(&["two-times"])),
        &["the détente holds"],
    );
    check(
        q(|q| q.outlets = set(&["unknown"])),
        &["nothing about militarism"],
    );
    check(
        q(|q| q.from = Some("2025-11-26".into())),
        &["the détente holds", "trade is fine", "talks continue"],
    );
    check(
        q(|q| q.to = Some("2025-11-25".into())),
        &["peace is near", "militarism returns"],
    );
    check(
        q(|q| q.q = "militarism".into()),
        &["militarism returns", "nothing about militarism"],
    );
}

#[test]
fn choices_in_one_facet_are_or_and_facets_are_and() {
    check(
        q(|q| q.speakers = set(&["ann", "cy"])),
        &["peace is near", "the détente holds", "trade is fine"],
    );
    check(
        q(|q| q.outlets = set(&["daily-one", "two-times"])),
        &[
            "peace is near",
            "militarism returns",
            "the détente holds",
            "trade is fine",
            "talks continue",
        ],
    );
    check(
        q(|q| {
            q.speakers = set(&["ann"]);
            q.outlets = set(&["daily-one"]);
        }),
        &["peace is near"],
    );
    check(
        q(|q| {
            q.speakers = set(&["bob"]);
            q.q = "milit".into();
            q.to = Some("2025-12-31".into());
        }),
        &["militarism returns"],
    );
}

#[test]
fn date_range_edges_are_inclusive_and_drop_undated_articles() {
    check(
        q(|q| {
            q.from = Some("2025-11-25".into());
            q.to = Some("2025-11-25".into());
        }),
        &["peace is near", "militarism returns"],
    );
    check(
        q(|q| {
            q.from = Some("2025-11-28".into());
        }),
        &[],
    );
    check(
        q(|q| {
            q.from = Some("2025-11-27".into());
            q.to = Some("2025-11-25".into());
        }),
        &[],
    );
    let ix = index();
    let r = ix.run(&q(|q| q.from = Some("2025-11-20".into())));
    assert!(
        r.quotes.iter().all(|i| ix
            .quote(i)
            .map(|q| ix.corpus.articles[q.article].id.as_str())
            != Some("a4")),
        "undated a4 drops out"
    );
    assert_eq!(r.undated, 1, "but is still counted beside the histogram");
}

#[test]
fn partial_dates_match_only_ranges_covering_their_whole_period() {
    let c = corpus(
        &[A {
            id: "m",
            outlet: None,
            date: Some("2025-11"),
            text: "X said y.",
        }],
        &[("x", Person)],
        &[("m", Some("x"), "y", Speech)],
    );
    let ix = Index::new(c);
    let n = |from: &str, to: &str| {
        ix.run(&q(|q| {
            q.from = Some(from.into());
            q.to = Some(to.into());
        }))
        .quotes
        .len()
    };
    assert_eq!(n("2025-11-01", "2025-11-30"), 1);
    assert_eq!(n("2025-11-02", "2025-11-30"), 0);
    assert_eq!(n("2025-10-01", "2025-12-31"), 1);
}

#[test]
fn search_is_case_accent_and_prefix_insensitive_and_covers_speaker_names() {
    check(q(|q| q.q = "DETENTE".into()), &["the détente holds"]);
    check(q(|q| q.q = "déte".into()), &["the détente holds"]);
    check(q(|q| q.q = "ann peace".into()), &["peace is near"]);
    check(q(|q| q.q = "zzz".into()), &[]);
    check(
        q(|q| {
            q.q = "ambiguity".into();
            q.view = View::Articles;
        }),
        &["a2"],
    );
}

#[test]
fn articles_view_filters_articles_by_the_speakers_they_quote() {
    check(q(|q| q.view = View::Articles), &["a1", "a2", "a3", "a4"]);
    check(
        q(|q| {
            q.view = View::Articles;
            q.speakers = set(&["bob"]);
        }),
        &["a1", "a4"],
    );
    check(
        q(|q| {
            q.view = View::Articles;
            q.outlets = set(&["daily-one"]);
            q.q = "trade".into();
        }),
        &["a3"],
    );
}

/// The timeline places every matching article, as the Articles view lists them, even one whose
/// only match is not anyone's speech; its quotes are those the Quotes view would show.
#[test]
fn the_timeline_places_the_articles_view_articles() {
    check(q(|q| q.view = View::Timeline), &["a1", "a2", "a3", "a4"]);
    check(
        q(|q| {
            q.view = View::Timeline;
            q.q = "ambiguity".into();
        }),
        &["a2"],
    );
    let ix = index();
    let r = ix.run(&q(|q| {
        q.view = View::Timeline;
        q.speakers = set(&["bob"]);
    }));
    assert_eq!(r.quotes.len(), 2, "Bob's two quotes");
    for (url, view) in [
        ("?view=timeline", View::Timeline),
        ("?view=compare", View::Compare),
    ] {
        let parsed = storyscope_core::urlstate::parse(url);
        assert_eq!(parsed.view, view);
        assert_eq!(storyscope_core::urlstate::render(&parsed), url);
    }
    let sides =
        storyscope_core::urlstate::parse("?view=compare&left=daily-one&right=article:a1&left=x");
    assert_eq!(
        sides.left.as_deref(),
        Some("daily-one"),
        "the first value wins"
    );
    let clean = ix.sanitize(&storyscope_core::urlstate::parse(
        "?view=compare&left=nowhere&right=article:a1",
    ));
    assert_eq!(
        (clean.left, clean.right.as_deref()),
        (None, Some("article:a1"))
    );
}

#[test]
fn facet_counts_apply_every_filter_but_their_own() {
    let ix = index();
    let sp = |id: &str| ix.speaker_index(id).unwrap();
    let out = |key: &str| ix.outlets.iter().position(|o| o.key == key).unwrap();

    let r = ix.run(&q(|q| q.speakers = set(&["ann"])));
    // Speaker counts ignore the speaker filter, so other speakers still show what they would add.
    assert_eq!(r.speaker_counts[sp("bob")], 2);
    assert_eq!(r.speaker_counts[sp("ann")], 2);
    // Outlet counts apply it.
    assert_eq!(r.outlet_counts[out("daily-one")], 1);
    assert_eq!(r.outlet_counts[out("two-times")], 1);
    assert_eq!(r.outlet_counts[out("unknown")], 0);

    let r = ix.run(&q(|q| q.outlets = set(&["two-times"])));
    assert_eq!(
        r.speaker_counts[sp("bob")],
        0,
        "zero stays in the list, to be shown dimmed"
    );
    assert_eq!(r.outlet_counts[out("daily-one")], 4);

    let r = ix.run(&q(|q| {
        q.view = View::Articles;
        q.outlets = set(&["daily-one"]);
    }));
    assert_eq!(
        r.speaker_counts[sp("bob")],
        1,
        "articles, not quotes, in the Articles view"
    );
}

#[test]
fn histogram_follows_other_filters_and_spans_every_day() {
    let ix = index();
    let r = ix.run(&q(|q| q.speakers = set(&["ann"])));
    let days: Vec<(String, usize)> = ix
        .bins
        .iter()
        .zip(&r.histogram)
        .map(|(b, n)| (storyscope_core::date::iso(b.first), n.total))
        .collect();
    assert_eq!(
        days,
        [
            ("2025-11-25".to_string(), 1),
            ("2025-11-26".to_string(), 1),
            ("2025-11-27".to_string(), 0)
        ]
    );
    let r = ix.run(&q(|q| q.from = Some("2025-11-27".into())));
    assert_eq!(
        r.histogram.iter().map(|b| b.total).sum::<usize>(),
        3,
        "the date filter does not hide other days"
    );
    assert_eq!(r.undated, 1);
}

#[test]
fn sanitize_drops_what_the_corpus_does_not_know() {
    let ix = index();
    let dirty = q(|q| {
        q.speakers = set(&["ann", "nobody"]);
        q.outlets = set(&["<script>"]);
        q.from = Some("2025-02-30".into());
        q.article = Some("missing".into());
        q.quote = Some("q0".into());
    });
    let clean = ix.sanitize(&dirty);
    assert_eq!(clean.speakers, set(&["ann"]));
    assert!(clean.outlets.is_empty() && clean.from.is_none() && clean.article.is_none());
    assert!(
        clean.quote.is_none(),
        "a quote only makes sense inside its open article"
    );
    let ok = ix.sanitize(&q(|q| {
        q.article = Some("a1".into());
        q.quote = Some("q0".into());
    }));
    assert_eq!(ok.quote.as_deref(), Some("q0"));
}

#[test]
fn highlight_terms_come_back_with_the_results() {
    let r = index().run(&q(|q| q.q = "Milit RET".into()));
    assert_eq!(r.terms, ["milit", "ret"]);
    let spans = storyscope_core::text::highlight_spans("militarism returns", &r.terms);
    assert_eq!(spans, [(0, 10), (11, 18)]);
}

#[test]
fn count_labels_are_singular_for_one() {
    assert_eq!(count_label(1, View::Quotes), "1 quote");
    assert_eq!(count_label(3, View::Quotes), "3 quotes");
    assert_eq!(count_label(1, View::Articles), "1 article");
    assert_eq!(count_label(0, View::Articles), "0 articles");
}
