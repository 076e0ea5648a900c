//! Quotation marks that are not speech: titles of works ("the film “Tokyo Story”") and terms
//! ("the so-called “one China” principle"), told by the words around the marks.

use super::Sentence;
use crate::lex::fold;
use storyscope_core::model::QuoteKind;

use std::sync::LazyLock;

use crate::lex::FastSet as WordSet;

// The word lists below as hash sets: every token is looked up in several of them.
pub(super) static TITLE_CUES_SET: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| TITLE_CUES.iter().copied().collect());
pub(super) static TERM_CUES_SET: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| TERM_CUES.iter().copied().collect());
pub(super) static TERM_HEADS_SET: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| TERM_HEADS.iter().copied().collect());

/// Words before a quotation that name it as a title of a work.
pub(super) const TITLE_CUES: &[&str] = &[
    "film",
    "movie",
    "book",
    "novel",
    "song",
    "album",
    "show",
    "series",
    "documentary",
    "headline",
    "essay",
    "titled",
    "entitled",
    "headlined",
    "play",
    "poem",
    "podcast",
    "programme",
    "program",
    "opera",
    "painting",
    "exhibition",
    "memoir",
];
/// Words before a quotation that name it as a term rather than someone's words.
pub(super) const TERM_CUES: &[&str] = &[
    "so-called",
    "term",
    "phrase",
    "word",
    "slogan",
    "label",
    "dubbed",
    "nicknamed",
    "coined",
    "concept",
    "notion",
    "expression",
    "catchphrase",
    "buzzword",
];
/// Nouns right after a quotation that make it a modifier ("the “one China” principle").
pub(super) const TERM_HEADS: &[&str] = &[
    "principle",
    "policy",
    "doctrine",
    "strategy",
    "formula",
    "concept",
    "framework",
    "rule",
    "law",
    "clause",
    "provision",
    "designation",
    "model",
    "approach",
    "initiative",
    "campaign",
];

/// A quotation the text itself names as a term or a title.
pub(super) fn term_or_title(
    sent: &Sentence,
    open: usize,
    close: usize,
    inner: &str,
) -> Option<QuoteKind> {
    let plain = sent.plain();
    let before: Vec<String> = plain
        .iter()
        .filter(|t| t.end <= open && t.word)
        .rev()
        .take(3)
        .map(|t| String::from(fold(t.s)))
        .collect();
    let after = plain
        .iter()
        .find(|t| t.start > close)
        .filter(|t| t.word)
        .map(|t| fold(t.s));
    let words: Vec<&str> = inner.split_whitespace().collect();
    let capitalised = words
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    if before.iter().any(|w| TITLE_CUES_SET.contains(w.as_str()))
        && (capitalised * 2 >= words.len()
            || before
                .iter()
                .any(|w| w.starts_with("titled") || w.starts_with("entitled") || w == "headlined"))
    {
        return Some(QuoteKind::Title);
    }
    let known_as = before.len() >= 2
        && before[0] == "as"
        && matches!(before[1].as_str(), "known" | "described" | "referred");
    if words.len() <= 8
        && (before.iter().any(|w| TERM_CUES_SET.contains(w.as_str()))
            || known_as
            || after.is_some_and(|a| TERM_HEADS_SET.contains(a.as_str())))
    {
        return Some(QuoteKind::Term);
    }
    None
}
