//! Any bytes as a corpus bundle: decoded or refused without panicking; what decodes can be
//! indexed and queried (with and without the load-time totals alike), its quotes lie inside
//! their articles, and reading it in chunks gives the same outcome.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Seeds start from a real bundle; give the magic for free so mutations reach the body.
    let mut bytes = storyscope_core::bundle::MAGIC.to_vec();
    bytes.extend_from_slice(data);
    let whole = storyscope_core::bundle::decode_parts(&bytes);
    // The page reads the same bytes chunk by chunk: same answer, parts or error.
    let chunks = bytes.chunks(7).map(std::borrow::Cow::Borrowed);
    let chunked = storyscope_core::bundle::decode_chunks(chunks, bytes.len());
    assert_eq!(whole.is_ok(), chunked.is_ok());
    let Ok(index) = storyscope_core::load::index(&bytes) else {
        return;
    };
    for i in 0..index.quote_count() {
        let q = index.quote(i).expect("every quote of the table reads back");
        let article = index.corpus.articles.get(q.article);
        assert!(article.is_some_and(|a| a.text.get(q.start..q.end) == Some(q.text)));
    }
    for qs in ["", "q=a", "view=articles&q=b", "from=2025-01-01", "indirect=1&to=2025-06-01"] {
        let q = index.sanitize(&storyscope_core::urlstate::parse(qs));
        assert_eq!(index.run(&q), index.run_uncached(&q));
    }
});
