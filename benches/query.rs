//! Query latency on a synthetic corpus: `cargo bench --bench query` (part of `make bench`).
//!
//! Builds the 10k-article synthetic corpus in memory (the same generator and ingest the page's
//! build uses), then times `Index::new` and `Index::run` for the queries a person makes.

use std::time::Instant;

use storyscope::ingest::{ingest, SourceFile};
use storyscope::model::Story;
use storyscope::query::{Index, Query, View};

fn percentile(xs: &mut [f64], p: f64) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[((xs.len() - 1) as f64 * p).round() as usize]
}

fn main() {
    let articles: usize = std::env::var("BENCH_ARTICLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let files: Vec<SourceFile> = storyscope::synth::corpus(articles, 1)
        .into_iter()
        .filter(|(name, _)| name.ends_with(".md"))
        .map(|(name, text)| SourceFile {
            name,
            bytes: text.into_bytes(),
        })
        .collect();
    let corpus = ingest(&files, Story::default()).corpus;
    let quotes = corpus.quotes.len();
    let t = Instant::now();
    let index = Index::new(corpus);
    println!("query core on {articles} synthetic articles ({quotes} quotes)\n");
    println!(
        "{:<36} {:>10.1} ms",
        "Index::new",
        t.elapsed().as_secs_f64() * 1e3
    );

    let speaker = index
        .corpus
        .speakers
        .iter()
        .find(|s| s.kind == storyscope::model::SpeakerKind::Person)
        .map(|s| s.id.clone())
        .unwrap_or_default();
    let outlet = index
        .outlets
        .first()
        .map(|o| o.key.clone())
        .unwrap_or_default();
    let cases: Vec<(&str, Query)> = vec![
        ("no filter", Query::default()),
        (
            "one speaker",
            Query {
                speakers: [speaker.clone()].into(),
                ..Query::default()
            },
        ),
        (
            "one outlet",
            Query {
                outlets: [outlet.clone()].into(),
                ..Query::default()
            },
        ),
        (
            "date range",
            Query {
                from: Some("2025-03-01".into()),
                to: Some("2025-05-31".into()),
                ..Query::default()
            },
        ),
        (
            "search, 2-letter prefix",
            Query {
                q: "ta".into(),
                ..Query::default()
            },
        ),
        (
            "search, word",
            Query {
                q: "ceasefire".into(),
                ..Query::default()
            },
        ),
        (
            "articles view, outlet + search",
            Query {
                view: View::Articles,
                outlets: [outlet].into(),
                q: "summit".into(),
                ..Query::default()
            },
        ),
        (
            "with indirect speech",
            Query {
                indirect: true,
                speakers: [speaker].into(),
                ..Query::default()
            },
        ),
    ];
    for (name, q) in cases {
        let mut times: Vec<f64> = (0..30)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(index.run(&q));
                t.elapsed().as_secs_f64() * 1e3
            })
            .collect();
        let p50 = percentile(&mut times, 0.5);
        let p95 = percentile(&mut times, 0.95);
        println!("{name:<36} p50 {p50:>8.2} ms   p95 {p95:>8.2} ms");
    }
}
