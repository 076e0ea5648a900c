//! The corpus JSON format, pinned: ingesting `tests/fixtures/schema/articles` must give exactly
//! `tests/fixtures/schema.json`. A difference is a format change: bump `FORMAT_VERSION`, document
//! it in the README, and regenerate with `UPDATE_FIXTURES=1 cargo test --test schema`.

mod common;

use storyscope::ingest::ingest;
use storyscope::model::{Corpus, Story, FORMAT_VERSION};

fn build() -> Corpus {
    let files = common::read_articles("tests/fixtures/schema/articles", "articles/");
    let story = Story {
        title: "Schema fixture".into(),
        description: Some("Pins the corpus format.".into()),
    };
    ingest(&files, story).corpus
}

#[test]
fn corpus_json_matches_the_pinned_fixture() {
    let json = build().to_json();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/schema.json");
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        std::fs::write(path, &json).unwrap();
    }
    let pinned =
        std::fs::read_to_string(path).expect("fixture exists (UPDATE_FIXTURES=1 writes it)");
    assert_eq!(json, pinned, "the corpus format changed");
}

#[test]
fn the_fixture_reads_back_and_other_formats_are_refused() {
    let pinned = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/schema.json"
    ))
    .unwrap();
    let c = Corpus::from_json(&pinned).unwrap();
    assert_eq!(c.version, FORMAT_VERSION);
    assert_eq!(c, build());
    assert!(Corpus::from_json("{}")
        .unwrap_err()
        .contains("not a storyscope-corpus"));
    assert!(Corpus::from_json(&pinned.replacen(
        &format!("\"version\": {FORMAT_VERSION}"),
        "\"version\": 99",
        1
    ))
    .unwrap_err()
    .contains("version"));
    assert!(
        Corpus::from_json(&pinned[..pinned.len() / 2]).is_err(),
        "a truncated corpus is an error, not a panic"
    );
}
