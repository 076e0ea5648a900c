//! Ingest throughput (criterion): `make bench-ingest` (or `cargo bench --bench ingest`).
//!
//! Reports bytes of article text per second on one core for the seed articles copied into a few
//! thousand files, for ten thousand different synthetic articles, and for the pathological
//! shapes that would expose anything quadratic: one huge paragraph full of quotations, one huge
//! line without a sentence end, thousands of unbalanced quotation marks, and a paragraph of
//! exclamations. Timings belong here, never in tests.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use storyscope_core::model::Story;
use storyscope_ingest::{ingest, SourceFile};

// The allocator the `storyscope` command uses, so the figure is the command's.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn seeds() -> Vec<(String, Vec<u8>)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus/articles");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("corpus/articles")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .collect();
    paths.sort();
    paths
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| {
            (
                p.file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned(),
                std::fs::read(&p).unwrap_or_default(),
            )
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let seeds = seeds();
    let target = 24_000_000usize;
    let per_round: usize = seeds.iter().map(|(_, b)| b.len()).sum::<usize>().max(1);
    let rounds = target / per_round + 1;
    let mut corpus = Vec::new();
    for r in 0..rounds {
        for (name, bytes) in &seeds {
            corpus.push(SourceFile {
                name: format!("r{r:05}-{name}"),
                bytes: bytes.clone(),
            });
        }
    }
    let one = |name: &str, text: String| {
        vec![SourceFile {
            name: name.into(),
            bytes: text.into_bytes(),
        }]
    };
    let sentence = "“We will not yield,” said Mayor Ann Berg, adding that the city's “plan” was sound. Officials said talks would resume. ";
    let words = "and the talks went on with “more words” said the aide ";
    // Every look-back at once: a person named, a role noun, a pronoun, an age, a bare surname.
    let lookbacks = "Prosecutor Tom Aro spoke. “Fine,” the prosecutor said. “Yes,” she said. “No,” the 55-year-old said. “Done,” Aro said.\n\n";
    // Ten thousand different articles with wire copy, re-quoted statements and shared
    // passages (`storyscope synth`): many distinct quotations, which is what the comparison
    // stage's candidate search pays for, where the seed copies are identical.
    let synthetic: Vec<SourceFile> = storyscope_ingest::synth::corpus(10_000, 1)
        .into_iter()
        .map(|(name, text)| SourceFile {
            name,
            bytes: text.into_bytes(),
        })
        .collect();
    let cases: Vec<(&str, Vec<SourceFile>)> = vec![
        ("seed articles copied to 24 MB", corpus),
        ("10 000 synthetic articles (16 MB)", synthetic),
        (
            "one 1 MB paragraph of quoted sentences",
            one("p.txt", sentence.repeat(1_000_000 / sentence.len())),
        ),
        (
            "one 1 MB line with no sentence end",
            one("l.txt", words.repeat(1_000_000 / words.len())),
        ),
        (
            "one 1 MB article of role nouns, pronouns and ages",
            one("r.txt", lookbacks.repeat(1_000_000 / lookbacks.len())),
        ),
        (
            // Each quotation stands alone after a sentence about someone: every one is
            // attributed, and each looks back at the sentence before it.
            "one 1 MB paragraph of named sentences and lone quotations, by turns",
            one(
                "t.txt",
                "Ann Lee spoke about many things at length. “We will go on with all of this.” "
                    .repeat(1_000_000 / 80),
            ),
        ),
        (
            "40 000 groups of unbalanced marks",
            one("m.txt", "“ unbalanced ” ” “ marks ".repeat(40_000)),
        ),
        (
            "one 1 MB paragraph of exclamations, each read past its mark",
            one(
                "x.txt",
                "“Stop now!” Ann Berg said. ".repeat(1_000_000 / 28),
            ),
        ),
    ];
    let mut group = c.benchmark_group("ingest");
    // Whole-corpus runs take about a second each: ten samples are plenty.
    group.sample_size(10);
    for (name, files) in &cases {
        let bytes: usize = files.iter().map(|f| f.bytes.len()).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function(*name, |b| {
            b.iter(|| black_box(ingest(files, Story::default())))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
