//! Properties: the indexed query engine agrees with a naive reading of the rules on random
//! corpora and queries, and the URL state survives a round trip whatever it holds.

use crate::common;

use std::collections::BTreeSet;

use proptest::prelude::*;
use storyscope_core::index::Index;
use storyscope_core::model::{Corpus, QuoteKind, SpeakerKind};
use storyscope_core::query::{Query, View};
use storyscope_core::{date, text, urlstate};

const WORDS: &[&str] = &[
    "peace",
    "Peace",
    "militarism",
    "détente",
    "trade",
    "war",
    "talks",
    "ally",
];
const SPEAKERS: &[&str] = &["s0", "s1", "s2", "s3"];
const OUTLETS: &[Option<&str>] = &[Some("One"), Some("Two"), Some("Three"), None];
const DAYS: &[Option<&str>] = &[
    Some("2025-11-24"),
    Some("2025-11-25"),
    Some("2025-11-27"),
    Some("2025-11"),
    None,
];

#[derive(Debug, Clone)]
struct Spec {
    articles: Vec<(usize, usize, Vec<usize>)>,
    quotes: Vec<(usize, Option<usize>, Vec<usize>, u8)>,
}

fn spec() -> impl Strategy<Value = Spec> {
    let article = (
        0..OUTLETS.len(),
        0..DAYS.len(),
        prop::collection::vec(0..WORDS.len(), 1..6),
    );
    prop::collection::vec(article, 1..6).prop_flat_map(|articles| {
        let n = articles.len();
        let quote = (
            0..n,
            prop::option::of(0..SPEAKERS.len()),
            prop::collection::vec(0..WORDS.len(), 1..4),
            0u8..3,
        );
        (Just(articles), prop::collection::vec(quote, 0..12))
            .prop_map(|(articles, quotes)| Spec { articles, quotes })
    })
}

fn build(s: &Spec) -> Corpus {
    let texts: Vec<String> = s
        .articles
        .iter()
        .enumerate()
        .map(|(i, (_, _, w))| {
            let mut t: Vec<&str> = w.iter().map(|&k| WORDS[k]).collect();
            for (a, _, qw, _) in &s.quotes {
                if *a == i {
                    t.extend(qw.iter().map(|&k| WORDS[k]));
                }
            }
            t.join(" ")
        })
        .collect();
    let ids: Vec<String> = (0..s.articles.len()).map(|i| format!("a{i}")).collect();
    let articles: Vec<common::A> = s
        .articles
        .iter()
        .enumerate()
        .map(|(i, (o, d, _))| common::A {
            id: &ids[i],
            outlet: OUTLETS[*o],
            date: DAYS[*d],
            text: &texts[i],
        })
        .collect();
    let speakers: Vec<(&str, SpeakerKind)> =
        SPEAKERS.iter().map(|s| (*s, SpeakerKind::Person)).collect();
    let quote_texts: Vec<String> = s
        .quotes
        .iter()
        .map(|(_, _, w, _)| w.iter().map(|&k| WORDS[k]).collect::<Vec<_>>().join(" "))
        .collect();
    let quotes: Vec<common::Q> = s
        .quotes
        .iter()
        .enumerate()
        .map(|(i, (a, sp, _, term))| {
            (
                ids[*a].as_str(),
                sp.map(|k| SPEAKERS[k]),
                quote_texts[i].as_str(),
                match term {
                    0 => QuoteKind::Speech,
                    1 => QuoteKind::Term,
                    _ => QuoteKind::Indirect,
                },
            )
        })
        .collect();
    common::corpus(&articles, &speakers, &quotes)
}

fn query() -> impl Strategy<Value = Query> {
    let keys = |v: Vec<&'static str>| {
        prop::sample::subsequence(v.clone(), 0..=v.len())
            .prop_map(|s| s.into_iter().map(String::from).collect::<BTreeSet<_>>())
    };
    let day = prop::option::of(prop::sample::select(vec![
        "2025-11-24",
        "2025-11-25",
        "2025-11-26",
        "2025-11-27",
        "2025-11-30",
    ]));
    let search = prop::sample::select(vec![
        "",
        "peace",
        "PEA",
        "milit",
        "detente",
        "trade war",
        "zzz",
        "al",
    ]);
    (
        keys(SPEAKERS.to_vec()),
        keys(vec!["one", "two", "three", "unknown"]),
        day.clone(),
        day,
        search,
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(speakers, outlets, from, to, q, articles, indirect)| Query {
                speakers,
                outlets,
                from: from.map(String::from),
                to: to.map(String::from),
                q: q.to_string(),
                view: if articles {
                    View::Articles
                } else {
                    View::Quotes
                },
                indirect,
                article: None,
                quote: None,
                family: None,
                // The synthetic corpora here share no passages, so every order is date order.
                order: Default::default(),
                by: Default::default(),
                left: None,
                right: None,
            },
        )
}

/// The rules, read literally, with no index.
fn naive(c: &Corpus, q: &Query) -> (Vec<String>, Vec<String>) {
    let terms = text::search_terms(&q.q);
    let matches = |s: &str| {
        let words = text::folded_words(s);
        terms
            .iter()
            .all(|t| words.iter().any(|w| w.starts_with(t.as_str())))
    };
    let in_range = |a: &storyscope_core::model::Article| {
        if q.from.is_none() && q.to.is_none() {
            return true;
        }
        let Some((lo, hi)) = a.date.as_ref().and_then(|d| date::bounds(&d.value)) else {
            return false;
        };
        q.from
            .as_deref()
            .and_then(date::parse_day)
            .is_none_or(|f| lo >= f)
            && q.to
                .as_deref()
                .and_then(date::parse_day)
                .is_none_or(|t| hi <= t)
    };
    let outlet_ok = |a: &storyscope_core::model::Article| {
        q.outlets.is_empty() || q.outlets.contains(&a.outlet.key)
    };
    fn speech<'c>(
        c: &'c Corpus,
        aid: &'c str,
        indirect: bool,
    ) -> impl Iterator<Item = &'c storyscope_core::model::Quote> + 'c {
        c.quotes.iter().filter(move |x| {
            x.article_id == aid
                && (x.kind == QuoteKind::Speech || (indirect && x.kind == QuoteKind::Indirect))
        })
    }
    let mut quotes = Vec::new();
    let mut articles = Vec::new();
    for a in &c.articles {
        if !(outlet_ok(a) && in_range(a)) {
            continue;
        }
        match q.view {
            View::Quotes | View::Table | View::Compare => {
                for x in speech(c, &a.id, q.indirect) {
                    let sp_name = x
                        .speaker_id
                        .as_ref()
                        .and_then(|s| c.speakers.iter().find(|p| &p.id == s))
                        .map(|p| p.name.clone())
                        .unwrap_or_default();
                    let sp_ok = q.speakers.is_empty()
                        || x.speaker_id
                            .as_ref()
                            .is_some_and(|s| q.speakers.contains(s));
                    if sp_ok && matches(&format!("{} {}", x.text, sp_name)) {
                        quotes.push(x.id.clone());
                    }
                }
            }
            View::Articles | View::Timeline => {
                let sp_ok = q.speakers.is_empty()
                    || speech(c, &a.id, q.indirect).any(|x| {
                        x.speaker_id
                            .as_ref()
                            .is_some_and(|s| q.speakers.contains(s))
                    });
                if sp_ok && matches(&a.text) {
                    articles.push(a.id.clone());
                }
            }
        }
    }
    (quotes, articles)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn filtering_equals_the_naive_reference(s in spec(), q in query()) {
        let c = build(&s);
        let ix = Index::new(c.clone());
        let r = ix.run(&q);
        // The counts taken from the totals made at load are the counts a fresh pass gives.
        prop_assert_eq!(&r, &ix.run_uncached(&q));
        let (mut want_q, mut want_a) = naive(&c, &q);
        let mut got_q: Vec<String> = r.quotes.iter().map(|i| c.quotes[i].id.clone()).collect();
        let mut got_a: Vec<String> = r.articles.iter().map(|&a| c.articles[a].id.clone()).collect();
        got_q.sort(); want_q.sort();
        prop_assert_eq!(got_q, want_q);
        if q.view == View::Articles {
            got_a.sort(); want_a.sort();
            prop_assert_eq!(got_a, want_a);
        }
        // A facet's count for an option equals the result size with that option alone chosen.
        for (i, sp) in c.speakers.iter().enumerate() {
            let alone = Query { speakers: [sp.id.clone()].into(), ..q.clone() };
            let (nq, na) = naive(&c, &alone);
            let want = if q.view == View::Quotes { nq.len() } else { na.len() };
            prop_assert_eq!(r.speaker_counts[i], want, "speaker {}", sp.id);
        }
        for (i, o) in ix.outlets.iter().enumerate() {
            let alone = Query { outlets: [o.key.clone()].into(), ..q.clone() };
            let (nq, na) = naive(&c, &alone);
            let want = if q.view == View::Quotes { nq.len() } else { na.len() };
            prop_assert_eq!(r.outlet_counts[i], want, "outlet {}", &o.key);
        }
    }

    /// The page's path — bundle, decoded, search index shipped or built — answers every query
    /// exactly as the index built from the corpus itself.
    #[test]
    fn the_bundle_gives_the_same_answers(s in spec(), q in query(), ship in any::<bool>()) {
        let c = build(&s);
        let bytes = storyscope_core::bundle::encode_with(&c, ship);
        let (decoded, search) = storyscope_core::bundle::decode_indexed(&bytes).unwrap();
        prop_assert_eq!(&decoded, &c);
        prop_assert_eq!(search.is_some(), ship);
        let shipped = match search {
            Some(search) => Index::with_search(decoded, search),
            None => Index::new(decoded),
        };
        prop_assert_eq!(shipped.run(&q), Index::new(c).run(&q));
    }

    #[test]
    fn url_state_round_trips(q in query(), article in prop::option::of("[a-z0-9_]{1,12}"), extra in "[ -~]{0,8}") {
        let q = Query { article: article.clone(), family: article.as_ref().map(|a| format!("{a}-q2")), quote: article.map(|a| format!("{a}-q1")), q: format!("{}{}", q.q, extra.trim()), ..q };
        let back = urlstate::parse(&urlstate::render(&q));
        prop_assert_eq!(back, q);
    }

    #[test]
    fn word_diff_rebuilds_the_new_text_and_keeps_the_old_words(
        old in prop::collection::vec(prop::sample::select(WORDS), 0..8),
        new in prop::collection::vec(prop::sample::select(WORDS), 0..8),
        punct in prop::sample::select(&[" ", ", ", " — ", "; "][..]),
    ) {
        let (old, new) = (old.join(" "), new.join(punct));
        let parts = text::word_diff(&old, &new);
        let rebuilt: String = parts.iter().filter(|p| p.change != text::Change::Deleted).map(|p| p.text).collect();
        prop_assert_eq!(&rebuilt, &new);
        // Same and Deleted words, in order, are the old words; Same and Inserted, the new.
        let words = |keep: text::Change| -> Vec<String> {
            parts.iter().filter(|p| p.change == text::Change::Same || p.change == keep)
                .flat_map(|p| text::word_spans(p.text).into_iter().map(|(a, b)| text::fold(&p.text[a..b])).collect::<Vec<_>>())
                .collect()
        };
        let fold_all = |s: &str| text::word_spans(s).into_iter().map(|(a, b)| text::fold(&s[a..b])).collect::<Vec<_>>();
        prop_assert_eq!(words(text::Change::Deleted), fold_all(&old));
        prop_assert_eq!(words(text::Change::Inserted), fold_all(&new));
    }

    /// Words are maximal runs of alphanumeric characters (combining marks included), each folded:
    /// the byte-at-a-time scan gives what a plain walk over the characters gives.
    #[test]
    fn words_are_what_a_walk_over_the_characters_finds(s in r"([a-zA-Z0-9 ,.’'-]|[éÉñçøß]|\u{301}|[\u{4e00}-\u{4e10}]|\PC){0,40}") {
        let mut want = Vec::new();
        let mut start = None;
        for (i, c) in s.char_indices() {
            let word = c.is_alphanumeric() || ('\u{0300}'..='\u{036F}').contains(&c) || ('\u{1AB0}'..='\u{1AFF}').contains(&c) || ('\u{1DC0}'..='\u{1DFF}').contains(&c) || ('\u{20D0}'..='\u{20FF}').contains(&c) || ('\u{FE20}'..='\u{FE2F}').contains(&c);
            match (word, start) {
                (true, None) => start = Some(i),
                (false, Some(a)) => { want.push((a, i)); start = None; }
                _ => {}
            }
        }
        if let Some(a) = start { want.push((a, s.len())); }
        prop_assert_eq!(text::word_spans(&s), want.clone());
        let mut got = Vec::new();
        text::for_each_folded_word_span(&s, |w, a, b| got.push((w.to_string(), a, b)));
        let want: Vec<(String, usize, usize)> = want.into_iter().map(|(a, b)| (text::fold(&s[a..b]), a, b)).collect();
        prop_assert_eq!(got, want);
    }

    #[test]
    fn any_query_string_parses_without_panicking(s in any::<String>()) {
        let q = urlstate::parse(&s);
        // Whatever came in, what is kept is well-formed.
        prop_assert!(q.from.as_deref().is_none_or(|d| date::parse_day(d).is_some()));
        prop_assert!(q.to.as_deref().is_none_or(|d| date::parse_day(d).is_some()));
    }
}

#[test]
fn url_state_ignores_unknown_and_malformed_parameters() {
    let q = urlstate::parse("?speaker=ann&speaker=bob&outlet=x&from=2025-02-30&to=2025-11-27&view=articles&view=quotes&bogus=1&q=a%20b&q=ignored&article=a1");
    assert_eq!(q.speakers, ["ann".to_string(), "bob".to_string()].into());
    assert_eq!(q.outlets, ["x".to_string()].into());
    assert_eq!(q.from, None, "impossible date dropped");
    assert_eq!(q.to.as_deref(), Some("2025-11-27"));
    assert_eq!(q.view, View::Articles, "first value wins");
    assert_eq!(q.q, "a b");
    assert_eq!(q.article.as_deref(), Some("a1"));
    assert_eq!(urlstate::parse(""), Query::default());
    assert_eq!(
        urlstate::parse("?%FF%FE=%00&&&=&speaker="),
        Query::default()
    );
    use storyscope_core::query::ArticleOrder;
    for (s, order) in [
        ("?order=shared", ArticleOrder::MostShared),
        ("?order=original", ArticleOrder::MostOriginal),
        ("?order=bogus", ArticleOrder::Date),
    ] {
        let q = urlstate::parse(s);
        assert_eq!(q.order, order, "{s}");
        assert_eq!(urlstate::parse(&urlstate::render(&q)), q, "{s} round trip");
    }
    let long = format!("?q={}", "x".repeat(10_000));
    assert_eq!(urlstate::parse(&long).q, "", "oversized values are dropped");
}

#[test]
fn url_state_renders_canonically() {
    let mut q = Query::default();
    assert_eq!(urlstate::render(&q), "");
    q.speakers = ["b".to_string(), "a".to_string()].into();
    q.q = "milit & co".into();
    q.view = View::Articles;
    assert_eq!(
        urlstate::render(&q),
        "?speaker=a&speaker=b&q=milit+%26+co&view=articles"
    );
}
