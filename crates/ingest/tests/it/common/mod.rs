//! Helpers shared by the ingest tests: reading article folders.
#![allow(dead_code)]

/// The seed corpus that `make serve` builds, at the top of the workspace.
pub const SEEDS: &str = "../../corpus/articles";

/// The article files of a folder relative to this crate, sorted, named `prefix` + file name.
pub fn read_articles(dir: &str, prefix: &str) -> Vec<storyscope_ingest::SourceFile> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "md"))
        .map(|p| storyscope_ingest::SourceFile {
            name: format!("{prefix}{}", p.file_name().unwrap().to_string_lossy()),
            bytes: std::fs::read(p).unwrap(),
        })
        .collect()
}

/// Ingests texts given inline, as files `a0.txt`, `a1.txt`, … in that order.
pub fn corpus_of(texts: &[&str]) -> storyscope_core::model::Corpus {
    let files: Vec<storyscope_ingest::SourceFile> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| storyscope_ingest::SourceFile {
            name: format!("a{i}.txt"),
            bytes: t.as_bytes().to_vec(),
        })
        .collect();
    storyscope_ingest::ingest(&files, storyscope_core::model::Story::default()).corpus
}
