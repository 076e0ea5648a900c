//! Ingest throughput: `make bench-ingest` (or `cargo bench --bench ingest`).
//!
//! Prints MB of article text per second on one core for a realistic corpus (the seed articles
//! copied into a few thousand files) and for the pathological shapes that would expose anything
//! quadratic: one huge paragraph full of quotations, one huge line without a sentence end, and
//! thousands of unbalanced quotation marks. Timings belong here, never in tests.

use std::time::Instant;

use storyscope::ingest::{ingest, SourceFile};
use storyscope::model::Story;

fn seeds() -> Vec<(String, Vec<u8>)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/articles");
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

fn measure(name: &str, files: &[SourceFile], runs: usize) -> f64 {
    let bytes: usize = files.iter().map(|f| f.bytes.len()).sum();
    let mut best = f64::MAX;
    let mut quotes = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let out = ingest(files, Story::default());
        best = best.min(t.elapsed().as_secs_f64());
        quotes = out.corpus.quotes.len();
    }
    let mbps = bytes as f64 / 1e6 / best;
    println!(
        "{name:<44} {:>8.2} MB  {:>8.3} s  {:>8.1} MB/s  ({} files, {quotes} quotes, best of {runs})",
        bytes as f64 / 1e6,
        best,
        mbps,
        files.len()
    );
    mbps
}

fn main() {
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
    println!("ingest throughput, one core\n");
    let headline = measure("seed articles, copied", &corpus, 3);

    let sentence = "“We will not yield,” said Mayor Ann Berg, adding that the city's “plan” was sound. Officials said talks would resume. ";
    let para = sentence.repeat(1_000_000 / sentence.len());
    measure(
        "one 1 MB paragraph of quoted sentences",
        &[SourceFile {
            name: "p.txt".into(),
            bytes: para.into_bytes(),
        }],
        3,
    );

    let words = "and the talks went on with “more words” said the aide ";
    let line = words.repeat(1_000_000 / words.len());
    measure(
        "one 1 MB line with no sentence end",
        &[SourceFile {
            name: "l.txt".into(),
            bytes: line.into_bytes(),
        }],
        3,
    );

    let marks = "“ unbalanced ” ” “ marks ".repeat(40_000);
    measure(
        "40 000 groups of unbalanced marks",
        &[SourceFile {
            name: "m.txt".into(),
            bytes: marks.into_bytes(),
        }],
        3,
    );

    println!("\nheadline: {headline:.1} MB/s per core (target ≥ 20)");
}
