//! Quotation marks that are not speech: titles of works ("the film “Tokyo Story”") and terms
//! ("the so-called “one China” principle"), told by the words around the marks.

use super::{verbs, Sentence};
use crate::lex::{fold, Tok};
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

/// Small words a title of a work leaves in lower case ("It Was Just an Accident").
const TITLE_MINOR: &[&str] = &[
    "a", "an", "the", "and", "but", "or", "nor", "for", "of", "in", "on", "at", "to", "by", "with",
    "from", "as", "into", "upon", "via", "vs", "de", "la", "le", "les", "du", "des", "del", "di",
    "da", "van", "von", "et", "y",
];

/// Whether quoted words are written as the title of a work is: two to ten words, the first and
/// every word but the small ones capitalised ("The Worst Person in the World", "I'm Still
/// Here."). Speech is written as a sentence, so this is rare in what people say.
pub(crate) fn title_cased(inner: &str) -> bool {
    let words: Vec<&str> = inner
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let cap = |w: &str| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric())
    };
    (2..=10).contains(&words.len())
        && words.first().is_some_and(|w| cap(w))
        && words.iter().all(|w| cap(w) || TITLE_MINOR.contains(w))
        && words.iter().filter(|w| cap(w)).count() >= 2
}

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
    // Title-cased words are a work's title unless a reporting verb hands them to someone
    // ("exclaimed, “Slava Ukraine”", "“Thank You All,” she said").
    // A headline capitalises every word, its quotations too: there the case says nothing.
    let outside: Vec<&str> = plain
        .iter()
        .filter(|t| t.word && !TITLE_MINOR.contains(&t.s))
        .map(|t| t.s)
        .collect();
    // (A quotation alone on its line is a subhead, which is capitalised the same way.)
    let headline = outside.is_empty()
        || outside.len() >= 3
            && outside
                .iter()
                .filter(|w| w.starts_with(char::is_uppercase))
                .count()
                * 10
                >= outside.len() * 7;
    if !headline && title_cased(inner) {
        let at = plain.partition_point(|t| t.end <= open);
        let introduced = (1..=2).any(|back| {
            at.checked_sub(back).is_some_and(|k| {
                verbs::is_speech_verb(&plain, k)
                    && plain
                        .get(k + 1..at)
                        .unwrap_or(&[])
                        .iter()
                        .all(|t| matches!(t.s, "," | ":"))
            })
        });
        let after_at = plain.partition_point(|t| t.start < close);
        let followed = (after_at..after_at + 4)
            .take_while(|&k| plain.get(k).is_some_and(|t| t.word))
            .any(|k| verbs::is_speech_verb(&plain, k));
        if !introduced && !followed {
            return Some(QuoteKind::Title);
        }
    }
    // "what is known as “X”", "the attack, described as “X”" — but "an act Ann Lee described
    // as “X”" has a subject right before the verb: her words.
    let words_before: Vec<&Tok> = plain.iter().filter(|t| t.end <= open && t.word).collect();
    let subject_before = words_before
        .len()
        .checked_sub(3)
        .and_then(|i| words_before.get(i))
        .is_some_and(|t| t.is_cap() && !t.is("the"));
    let known_as = before.len() >= 2
        && before[0] == "as"
        && matches!(before[1].as_str(), "known" | "described" | "referred")
        && !(before[1] == "described" && subject_before);
    if words.len() <= 8
        && (before.iter().any(|w| TERM_CUES_SET.contains(w.as_str()))
            || known_as
            // (A modifier never ends in a comma or a full stop: "“…,” law enforcement
            // sources said" is speech.)
            || (after.is_some_and(|a| TERM_HEADS_SET.contains(a.as_str()))
                && !inner.trim_end().ends_with([',', '.', '!', '?'])))
    {
        return Some(QuoteKind::Term);
    }
    None
}
