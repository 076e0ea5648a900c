//! Any bytes as an article file: ingest (decoding, metadata, quote extraction, attribution) must
//! never panic, and every quote's offsets must point at its text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use storyscope_ingest::{ingest, SourceFile};
use storyscope_core::model::Story;

fuzz_target!(|data: &[u8]| {
    let out = ingest(
        &[SourceFile {
            name: "f.txt".into(),
            bytes: data.to_vec(),
        }],
        Story::default(),
    );
    for q in &out.corpus.quotes {
        let a = out
            .corpus
            .articles
            .iter()
            .find(|a| a.id == q.article_id)
            .expect("article");
        assert_eq!(a.text.get(q.start..q.end), Some(q.text.as_str()));
    }
});
