//! Bytes into a corpus or an index: the one place that knows both corpus forms.
//!
//! A file is a bundle (told apart by [`bundle::MAGIC`]) or JSON. The page and `storyscope
//! count` load through [`index`], so both answer from the same code. This module sits above
//! `bundle` and `index`, so neither needs the other.

use crate::bundle;
use crate::index::Index;
use crate::model::Corpus;

/// Reads either corpus form into a whole corpus (quotes as `Quote`s).
pub fn corpus(bytes: &[u8]) -> Result<Corpus, String> {
    if bytes.starts_with(bundle::MAGIC) {
        return bundle::decode(bytes);
    }
    let json = std::str::from_utf8(bytes)
        .map_err(|_| "the corpus is neither a bundle nor UTF-8 JSON".to_string())?;
    Corpus::from_json(json)
}

/// Loads a corpus file as the page does: a bundle (with its search indexes when it ships them)
/// or JSON.
pub fn index(bytes: &[u8]) -> Result<Index, String> {
    if !bytes.starts_with(bundle::MAGIC) {
        return corpus(bytes).map(Index::new);
    }
    let parts = bundle::decode_parts(bytes)?;
    Ok(Index::from_parts(
        parts.corpus,
        parts.quotes,
        parts.families,
        parts.passages,
        parts.shares,
        parts.search,
    ))
}
