//! Any bytes as a corpus bundle: decoded or refused without panicking; what decodes can be
//! indexed and queried, and its quotes lie inside their articles.
#![no_main]
use libfuzzer_sys::fuzz_target;
use storyscope::query::Index;

fuzz_target!(|data: &[u8]| {
    // Seeds start from a real bundle; give the magic for free so mutations reach the body.
    let mut bytes = storyscope::bundle::MAGIC.to_vec();
    bytes.extend_from_slice(data);
    let Ok(index) = Index::load(&bytes) else {
        return;
    };
    for q in &index.corpus.quotes {
        let article = index.corpus.articles.iter().find(|a| a.id == q.article_id);
        assert!(article.is_some_and(|a| a.text.get(q.start..q.end) == Some(q.text.as_str())));
    }
    for qs in ["", "q=a", "view=articles&q=b", "from=2025-01-01"] {
        let q = index.sanitize(&storyscope::urlstate::parse(qs));
        let _ = index.run(&q);
    }
});
