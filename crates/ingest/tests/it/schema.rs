//! The corpus JSON format, pinned: ingesting `tests/fixtures/schema/articles` must give exactly
//! `tests/fixtures/schema.json`. A difference is a format change: bump `FORMAT_VERSION`, document
//! it in the README, and regenerate with `UPDATE_FIXTURES=1 cargo test -p storyscope-ingest --test it schema`.

use crate::common;

use storyscope_core::model::{Corpus, Story, FORMAT_VERSION};
use storyscope_ingest::ingest;

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

/// The page's bundle, pinned the same way: `tests/fixtures/schema.bin` is the bundle of the
/// same articles. A difference is a layout change: bump `bundle::BUNDLE_VERSION`.
#[test]
fn bundle_matches_the_pinned_fixture_and_reads_back_unchanged() {
    let corpus = build();
    let bytes = storyscope_core::bundle::encode(&corpus);
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/schema.bin");
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        std::fs::write(path, &bytes).unwrap();
    }
    let pinned = std::fs::read(path).expect("fixture exists (UPDATE_FIXTURES=1 writes it)");
    assert!(bytes == pinned, "the bundle layout changed");
    assert_eq!(storyscope_core::bundle::decode(&pinned).unwrap(), corpus);
    let (_, search) = storyscope_core::bundle::decode_indexed(&pinned).unwrap();
    assert!(
        search.is_none(),
        "a small corpus leaves its search index to the page"
    );
    let shipped = storyscope_core::bundle::encode_with(&corpus, true);
    let (decoded, search) = storyscope_core::bundle::decode_indexed(&shipped).unwrap();
    assert_eq!(decoded, corpus);
    assert!(
        search == Some(storyscope_core::search::SearchIndex::build(&corpus)),
        "the shipped search index is the one the page would build"
    );
    assert_eq!(storyscope_core::load::corpus(&pinned).unwrap(), corpus);
    assert_eq!(
        storyscope_core::load::corpus(corpus.to_json().as_bytes()).unwrap(),
        corpus,
        "JSON is still read where a bundle is expected"
    );
}

/// Every truncation and every single-byte change of a bundle decodes to a corpus or an error
/// message; none panics.
#[test]
fn damaged_bundles_are_errors_not_panics() {
    let bytes = storyscope_core::bundle::encode_with(&build(), true);
    for n in 0..bytes.len() {
        let err = storyscope_core::bundle::decode(&bytes[..n]).unwrap_err();
        assert!(
            err.contains("not a Storyscope corpus bundle") || err.contains("damaged"),
            "{n}: {err}"
        );
    }
    for i in 0..bytes.len() {
        for v in [0u8, 0x7f, 0x80, 0xff] {
            let mut b = bytes.clone();
            b[i] = v;
            let _ = storyscope_core::bundle::decode(&b);
        }
    }
    let mut newer = bytes.clone();
    newer[4] = 9;
    assert!(storyscope_core::bundle::decode(&newer)
        .unwrap_err()
        .contains("rebuild the site"));
}

/// The page hands the decoder the chunks it downloaded: however the bytes are cut, the result
/// is the one the whole bundle gives, and a cut bundle is still refused.
#[test]
fn a_bundle_read_in_chunks_decodes_as_a_whole_one() {
    use std::borrow::Cow;
    let bytes = storyscope_core::bundle::encode_with(&build(), true);
    let whole = storyscope_core::bundle::decode_parts(&bytes).unwrap();
    for size in [1, 2, 3, 7, 64, 1000, bytes.len()] {
        let chunks = bytes.chunks(size).map(Cow::Borrowed);
        let parts = storyscope_core::bundle::decode_chunks(chunks, bytes.len()).unwrap();
        assert!(parts == whole, "chunks of {size} bytes");
        // Chunks as the browser delivers them: owned, some of them empty.
        let owned = bytes
            .chunks(size)
            .flat_map(|c| [Cow::Owned(Vec::new()), Cow::Owned(c.to_vec())]);
        assert!(storyscope_core::bundle::decode_chunks(owned, bytes.len()).unwrap() == whole);
        let short = bytes[..bytes.len() - 1].chunks(size).map(Cow::Borrowed);
        let err = storyscope_core::bundle::decode_chunks(short, bytes.len()).unwrap_err();
        assert!(err.contains("truncated"), "{size}: {err}");
        let long = bytes.chunks(size).chain([&[0u8][..]]).map(Cow::Borrowed);
        let err = storyscope_core::bundle::decode_chunks(long, bytes.len()).unwrap_err();
        assert!(err.contains("unexpected bytes"), "{size}: {err}");
    }
}

/// Found by `make fuzz` (target `bundle`): a damaged bundle whose articles shared an id sent
/// quotes to the wrong article. Ids must be unique, or the bundle is refused.
#[test]
fn a_bundle_with_two_articles_of_one_id_is_refused() {
    let mut corpus = build();
    let first = corpus.articles[0].id.clone();
    corpus.articles[1].id = first;
    let err =
        storyscope_core::bundle::decode(&storyscope_core::bundle::encode(&corpus)).unwrap_err();
    assert!(err.contains("two articles share an id"), "{err}");
    let mut corpus = build();
    let first = corpus.speakers[0].id.clone();
    corpus.speakers[1].id = first;
    let err =
        storyscope_core::bundle::decode(&storyscope_core::bundle::encode(&corpus)).unwrap_err();
    assert!(err.contains("two speakers share an id"), "{err}");
}
