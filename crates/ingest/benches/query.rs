//! Query latency on a synthetic corpus (criterion): `cargo bench --bench query` (part of
//! `make bench`).
//!
//! Builds the 10k-article synthetic corpus in memory (the same generator and ingest the page's
//! build uses), then times loading it (JSON against the bundle, and `Index::new`) and
//! `Index::run` for the queries a person makes.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

use storyscope_core::index::Index;
use storyscope_core::model::{Corpus, Story};
use storyscope_core::query::{Query, View};
use storyscope_ingest::{ingest, SourceFile};

fn bench(c: &mut Criterion) {
    let articles: usize = std::env::var("BENCH_ARTICLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let files: Vec<SourceFile> = storyscope_ingest::synth::corpus(articles, 1)
        .into_iter()
        .filter(|(name, _)| name.ends_with(".md"))
        .map(|(name, text)| SourceFile {
            name,
            bytes: text.into_bytes(),
        })
        .collect();
    let corpus = ingest(&files, Story::default()).corpus;
    let json = corpus.to_json_compact();
    let bundle = storyscope_core::bundle::encode_with(&corpus, true);
    println!(
        "{articles} synthetic articles, {} quotes: JSON {} bytes, bundle {} bytes",
        corpus.quotes.len(),
        json.len(),
        bundle.len()
    );
    let mut load = c.benchmark_group(format!("load {articles}"));
    load.sample_size(10);
    load.throughput(Throughput::Bytes(json.len() as u64));
    load.bench_function("decode JSON", |b| {
        b.iter(|| black_box(Corpus::from_json(&json)))
    });
    load.throughput(Throughput::Bytes(bundle.len() as u64));
    load.bench_function("decode bundle (with its search index)", |b| {
        b.iter(|| black_box(storyscope_core::bundle::decode(&bundle)))
    });
    load.bench_function("Index::new (builds the search index)", |b| {
        b.iter_batched(
            || corpus.clone(),
            |c| black_box(Index::new(c)),
            criterion::BatchSize::LargeInput,
        )
    });
    load.bench_function("Index::with_search (index from the bundle)", |b| {
        b.iter_batched(
            || {
                let (c, s) =
                    storyscope_core::bundle::decode_indexed(&bundle).expect("just written");
                (c, s.expect("shipped"))
            },
            |(c, s)| black_box(Index::with_search(c, s)),
            criterion::BatchSize::LargeInput,
        )
    });
    load.finish();
    let index = Index::new(corpus);

    let speaker = index
        .corpus
        .speakers
        .iter()
        .find(|s| s.kind == storyscope_core::model::SpeakerKind::Person)
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
    let mut group = c.benchmark_group(format!("query {articles}"));
    for (name, q) in cases {
        group.bench_function(name, |b| b.iter(|| black_box(index.run(&q))));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
