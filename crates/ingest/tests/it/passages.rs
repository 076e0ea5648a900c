//! Shared passages: which runs of running text two articles are found to share.

use storyscope_core::index::Index;
use storyscope_core::model::Corpus;

fn corpus(articles: &[&str]) -> Corpus {
    crate::common::corpus_of(articles)
}

/// Each passage as (first article, its words there, second article, its words there).
fn passages(articles: &[&str]) -> Vec<(String, String, String, String)> {
    let c = corpus(articles);
    let text = |id: &str, s: usize, e: usize| {
        c.articles
            .iter()
            .find(|a| a.id == id)
            .and_then(|a| a.text.get(s..e))
            .unwrap_or("?")
            .to_string()
    };
    c.passages
        .iter()
        .map(|p| {
            (
                p.a.clone(),
                text(&p.a, p.a_start, p.a_end),
                p.b.clone(),
                text(&p.b, p.b_start, p.b_end),
            )
        })
        .collect()
}

fn check(articles: &[&str], expected: &[(&str, &str, &str, &str)]) {
    let got = passages(articles);
    let want: Vec<(String, String, String, String)> = expected
        .iter()
        .map(|(a, x, b, y)| (a.to_string(), x.to_string(), b.to_string(), y.to_string()))
        .collect();
    assert_eq!(got, want, "articles: {articles:#?}");
}

const RUN: &str =
    "the ferry company will resume the night crossings from the northern pier next month";

#[test]
fn a_run_of_running_text_in_two_articles() {
    check(
        &[
            &format!("Harbor news. Officials said {RUN}, after repairs.\n"),
            &format!("In brief: {RUN}. Tickets go on sale soon.\n"),
        ],
        &[("a0", RUN, "a1", RUN)],
    );
}

#[test]
fn case_and_punctuation_do_not_hide_a_copy() {
    check(
        &[
            "The Ferry Company will resume the night crossings, from the northern pier, next month.\n",
            "Officials said the ferry company will resume the night crossings from the northern pier next month.\n",
        ],
        &[(
            "a0",
            "The Ferry Company will resume the night crossings, from the northern pier, next month",
            "a1",
            RUN,
        )],
    );
}

#[test]
fn inside_quotation_marks_too() {
    check(
        &[
            "“We are proud that the new clinic opens its doors to every family in the valley,” the mayor said.\n",
            "The mayor said: “We are proud that the new clinic opens its doors to every family in the valley.”\n",
        ],
        &[(
            "a0",
            "We are proud that the new clinic opens its doors to every family in the valley",
            "a1",
            "We are proud that the new clinic opens its doors to every family in the valley",
        )],
    );
}

#[test]
fn eight_words_count_and_seven_do_not() {
    check(
        &[
            "Rain fell. Council voted to close the old market early. Then sun.\n",
            "News: the council voted to close the old market today.\n",
        ],
        &[],
    );
    check(
        &[
            "Rain fell. the council voted to close the old market hall early. Then sun.\n",
            "News: the council voted to close the old market hall today.\n",
        ],
        &[(
            "a0",
            "the council voted to close the old market hall",
            "a1",
            "the council voted to close the old market hall",
        )],
    );
}

#[test]
fn common_words_alone_do_not_make_a_passage() {
    check(
        &[
            "A storm hit the coast on Monday and the roads were closed.\n",
            "A fire broke out in the city on Friday and the trains were stopped.\n",
        ],
        &[],
    );
}

/// Wire copy reprinted widely: each reprint finds the earliest copies, and the share of its text
/// printed before is measured against articles not certainly later.
#[test]
fn wire_copy_and_who_printed_it_first() {
    let wire = format!("{RUN}, the operator said in a statement on Tuesday");
    let c = corpus(&[
        &format!("+++\ndate = 2025-05-06T09:00:00Z\n+++\n{wire}.\n"),
        &format!("+++\ndate = 2025-05-06T15:00:00+02:00\n+++\nLocal desk. {wire}. More to follow.\n"),
        "+++\ndate = 2025-05-05\n+++\nAn unrelated report about the weather in the hills this week.\n",
        &format!("{wire}.\n"),
    ]);
    assert_eq!(c.passages.len(), 3, "{:#?}", c.passages);
    let ix = Index::new(c);
    // The first article is the earliest: nothing dated before it holds its text, but the
    // undated fourth could have been its source.
    let from: Vec<usize> = ix.copied_from(0).iter().map(|&(a, _)| a).collect();
    assert_eq!(from, [3]);
    // The second (13:00 UTC) came after the first (09:00 UTC).
    let from: Vec<usize> = ix.copied_from(1).iter().map(|&(a, _)| a).collect();
    assert_eq!(from, [0, 3]);
    assert!(ix.copied_percent(1) > 50 && ix.copied_percent(1) < 100);
    assert_eq!(ix.copied_percent(2), 0);
    assert_eq!(ix.copied_percent(3), 100);
    // From the first article's side, the second is later: shared, but not a source.
    let shared = ix.article_passages(0);
    assert!(shared.iter().any(|s| s.other == 1 && !s.other_not_later));
}

/// One paragraph reprinted by twelve outlets: each reprint names at most three earlier copies
/// for it (rows grow with the copied text, not with the square of the reprints), the first
/// copies are among them, and every reprint's share of copy is still whole.
#[test]
fn a_paragraph_reprinted_everywhere_names_three_sources() {
    let wire = format!("{RUN}, the operator said in a statement on Tuesday");
    let texts: Vec<String> = (1..=12)
        .map(|d| format!("+++\ndate = 2025-05-{d:02}\n+++\nDesk {d}. {wire}.\n"))
        .collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let c = corpus(&refs);
    let ix = Index::new(c);
    for a in 0..12 {
        let from: Vec<usize> = ix.copied_from(a).iter().map(|&(o, _)| o).collect();
        let want: Vec<usize> = (0..a.min(3)).collect();
        assert_eq!(from, want, "sources of article {a}");
        if a > 0 {
            assert!(
                ix.copied_percent(a) > 80,
                "article {a}: {}%",
                ix.copied_percent(a)
            );
        }
    }
    assert_eq!(ix.passage_count(), 1 + 2 + 3 * 9);
}

/// The Articles view can put the most copied or the most original first; a corpus without any
/// shared text keeps date order (the order is dropped as meaningless).
#[test]
fn articles_by_share_of_copied_text() {
    use storyscope_core::query::{ArticleOrder, Query, View};
    let wire = format!("{RUN}, the operator said in a statement on Tuesday");
    let ix = Index::new(corpus(&[
        "+++\ndate = 2025-05-01\n+++\nAn unrelated report about the weather in the hills this week.\n",
        &format!("+++\ndate = 2025-05-02\n+++\n{wire}.\n"),
        &format!("+++\ndate = 2025-05-03\n+++\nLocal desk, with a long original introduction of its own about the pier. {wire}.\n"),
        &format!("+++\ndate = 2025-05-04\n+++\n{wire}.\n"),
    ]));
    let order = |order: ArticleOrder| {
        let q = ix.sanitize(&Query {
            view: View::Articles,
            order,
            ..Query::default()
        });
        ix.run(&q).articles
    };
    assert_eq!(order(ArticleOrder::Date), [0, 1, 2, 3]);
    assert_eq!(order(ArticleOrder::MostShared), [3, 2, 0, 1]);
    assert_eq!(order(ArticleOrder::MostOriginal), [0, 1, 2, 3]);
    let plain = Index::new(corpus(&["One report.\n", "Another report.\n"]));
    let q = plain.sanitize(&urlstate_order());
    assert_eq!(q.order, ArticleOrder::Date);
}

fn urlstate_order() -> storyscope_core::query::Query {
    storyscope_core::urlstate::parse("?view=articles&order=shared")
}

mod reference {
    //! Against a naive reference: every pair of articles, every diagonal, every maximal run of
    //! equal folded words of at least eight. Words come from a small vocabulary so runs happen.
    //! Every passage found is one of those runs, and every word an article shares with an
    //! earlier one (here: undated, so earlier in corpus order) is covered by a passage found
    //! with an earlier one. Up to nine articles, so the three-source cap is reached.
    use proptest::prelude::*;
    use storyscope_core::model::PASSAGE_WORDS;
    use storyscope_core::text::for_each_folded_word_span;

    const VOCAB: &[&str] = &[
        "harbor", "ferry", "storm", "Pier", "council", "night", "crossing", "repairs", "river",
        "bridge", "mayor", "vote", "market", "rain", "tide", "north", "south", "boats",
    ];

    fn words(t: &str) -> Vec<(String, usize, usize)> {
        let mut out = Vec::new();
        for_each_folded_word_span(t, |w, s, e| out.push((w.to_string(), s, e)));
        out
    }

    /// (a, a start, a end, b, b start, b end) in bytes, sorted.
    fn naive(texts: &[String]) -> Vec<(usize, usize, usize, usize, usize, usize)> {
        let mut out = Vec::new();
        for a in 0..texts.len() {
            for b in a + 1..texts.len() {
                let (wa, wb) = (words(&texts[a]), words(&texts[b]));
                for i in 0..wa.len() {
                    for j in 0..wb.len() {
                        // Only where a run starts.
                        if i > 0 && j > 0 && wa[i - 1].0 == wb[j - 1].0 {
                            continue;
                        }
                        let mut n = 0;
                        while i + n < wa.len() && j + n < wb.len() && wa[i + n].0 == wb[j + n].0 {
                            n += 1;
                        }
                        if n >= PASSAGE_WORDS {
                            out.push((a, wa[i].1, wa[i + n - 1].2, b, wb[j].1, wb[j + n - 1].2));
                        }
                    }
                }
            }
        }
        out.sort();
        out
    }

    /// Per article, the bytes some passage with an earlier article covers.
    fn covered(
        p: &[(usize, usize, usize, usize, usize, usize)],
        n: usize,
    ) -> Vec<std::collections::BTreeSet<usize>> {
        let mut out = vec![std::collections::BTreeSet::new(); n];
        for &(a, s, e, b, t, f) in p {
            if a < b {
                out[b].extend(t..f);
            } else {
                out[a].extend(s..e);
            }
        }
        out
    }

    fn text() -> impl Strategy<Value = String> {
        // A shared stretch is likelier when articles are drawn from one long "wire" text.
        prop::collection::vec((0..VOCAB.len(), 0..4usize), 0..40).prop_map(|ws| {
            ws.iter()
                .map(|&(w, p)| format!("{}{}", VOCAB[w], [" ", ", ", ". ", " "][p]))
                .collect()
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn passages_are_the_maximal_shared_runs(
            wire in text(),
            cuts in prop::collection::vec((0..40usize, 0..40usize, text(), text()), 2..10),
        ) {
            // Each article: some words of its own, a slice of the wire, more of its own.
            let wire_words: Vec<&str> = wire.split(' ').collect();
            let texts: Vec<String> = cuts
                .iter()
                .map(|(from, len, pre, post)| {
                    let from = (*from).min(wire_words.len());
                    let to = (from + len).min(wire_words.len());
                    format!("{pre} {} {post}\n", wire_words[from..to].join(" "))
                })
                .collect();
            let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
            let c = crate::common::corpus_of(&refs);
            let pos = |id: &str| c.articles.iter().position(|a| a.id == id).unwrap_or(usize::MAX);
            let mut got: Vec<_> = c
                .passages
                .iter()
                .map(|p| (pos(&p.a), p.a_start, p.a_end, pos(&p.b), p.b_start, p.b_end))
                .collect();
            got.sort();
            let stored: Vec<String> = c.articles.iter().map(|a| a.text.clone()).collect();
            let want = naive(&stored);
            for p in &got {
                prop_assert!(want.contains(p), "{:?} is not a maximal shared run: {:?}", p, want);
            }
            prop_assert_eq!(covered(&got, stored.len()), covered(&want, stored.len()));
        }

        /// Each article's share of copy and its "appeared here first" are what its passages
        /// say, whether the index works them out from the corpus or reads them from the
        /// bundle; its sources are ranked by the bytes each holds, the most first.
        #[test]
        fn shares_and_sources_follow_the_passages(
            wire in text(),
            cuts in prop::collection::vec((0..40usize, 0..40usize, text(), prop::option::of(1..4u8)), 2..8),
        ) {
            let wire_words: Vec<&str> = wire.split(' ').collect();
            let texts: Vec<String> = cuts
                .iter()
                .map(|(from, len, pre, day)| {
                    let from = (*from).min(wire_words.len());
                    let to = (from + len).min(wire_words.len());
                    let head = day.map(|d| format!("+++\ndate = 2025-05-0{d}\n+++\n")).unwrap_or_default();
                    format!("{head}{pre} {}\n", wire_words[from..to].join(" "))
                })
                .collect();
            let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
            let c = crate::common::corpus_of(&refs);
            let shipped = storyscope_core::load::index(&storyscope_core::bundle::encode(&c)).unwrap();
            let ix = storyscope_core::index::Index::new(c);
            for a in 0..refs.len() {
                let shared = ix.article_passages(a);
                let bytes = |other: Option<usize>| {
                    shared
                        .iter()
                        .filter(|s| s.other_not_later && other.is_none_or(|o| o == s.other))
                        .flat_map(|s| s.start..s.end)
                        .collect::<std::collections::BTreeSet<usize>>()
                        .len()
                };
                prop_assert_eq!(ix.copied_bytes(a), bytes(None), "article {}", a);
                let first = !shared.is_empty() && shared.iter().all(|s| !s.other_not_later);
                prop_assert_eq!(ix.passages_first(a), first, "article {}", a);
                prop_assert_eq!(shipped.copied_bytes(a), ix.copied_bytes(a));
                prop_assert_eq!(shipped.passages_first(a), first);
                let mut want: Vec<(usize, usize)> = shared
                    .iter()
                    .filter(|s| s.other_not_later)
                    .map(|s| s.other)
                    .collect::<std::collections::BTreeSet<usize>>()
                    .into_iter()
                    .map(|o| (o, bytes(Some(o))))
                    .collect();
                want.sort_by_key(|&(o, n)| (std::cmp::Reverse(n), o));
                prop_assert_eq!(ix.copied_from(a), want, "article {}", a);
            }
        }
    }
}
