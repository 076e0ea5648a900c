//! Reported speech without quotation marks: "X said (that) …", "X declined to comment",
//! "…, according to X." At most one per sentence, with medium confidence; counted as quotes
//! only when a person asks for indirect speech.

use super::attribution::{np_right, verb_attribution};
use super::mentions::{classify, classify_subject};
use super::verbs::is_speech_verb;
use super::{Mention, RawQuote, Sentence};
use crate::lex::{fold, Tok, WordList};
use crate::names::{Registry, DOC_NOUNS_SET};
use storyscope_core::model::{Confidence, QuoteKind};

use std::sync::LazyLock;

use crate::lex::FastSet as WordSet;

// The word lists below as hash sets: every token is looked up in several of them.
pub(super) static INDIRECT_VERBS_SET: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| INDIRECT_VERBS.iter().copied().collect());

static INDIRECT_VERBS_LIST: LazyLock<WordList> = LazyLock::new(|| WordList::new(INDIRECT_VERBS));
static DECLINED: LazyLock<WordList> =
    LazyLock::new(|| WordList::new(&["declined", "refused", "declines", "refuses"]));

/// Verbs that introduce reported speech without quotation marks.
pub(super) const INDIRECT_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "stated",
    "announced",
    "asserted",
    "insisted",
    "noted",
    "argued",
    "warned",
    "claimed",
    "declared",
    "confirmed",
    "denied",
    "emphasized",
    "emphasised",
    "stressed",
    "suggested",
    "urged",
    "acknowledged",
    "reiterated",
    "explained",
    "maintained",
    "wrote",
    "reported",
    "responded",
    "replied",
    "cautioned",
    "predicted",
    "promised",
    "vowed",
    "pledged",
    "demanded",
    "complained",
    "conceded",
    "contended",
    "admitted",
];

/// Reported speech without quotation marks, at most one per sentence: "X said (that) …",
/// "X declined to comment", "…, according to X." Offsets are relative to the paragraph.
pub(super) fn indirect(para: &str, sent: &Sentence, _reg: &Registry) -> Option<RawQuote> {
    let toks = sent.plain();
    let last_word_end = toks
        .iter()
        .rev()
        .find(|t| t.word || !matches!(t.s, "." | "!" | "?" | "”" | "\""))
        .map(|t| t.end)?;
    for k in 0..toks.len() {
        let t = &toks[k];
        if !t.word || t.is_cap() {
            continue;
        }
        // Most words are neither a verb of speech nor "declined": turned away unfolded.
        if !INDIRECT_VERBS_LIST.contains(t.s) && !DECLINED.contains(t.s) {
            continue;
        }
        let w = fold(t.s);
        let declined = matches!(w.as_str(), "declined" | "refused" | "declines" | "refuses")
            && toks.get(k + 1).is_some_and(|n| n.is("to"))
            && toks.get(k + 2).is_some_and(|n| {
                matches!(
                    fold(n.s).as_str(),
                    "comment" | "elaborate" | "discuss" | "confirm" | "provide" | "say" | "specify"
                )
            });
        let reporting = INDIRECT_VERBS_SET.contains(w.as_str()) && is_speech_verb(&toks, k);
        if !(declined || reporting) {
            continue;
        }
        // "…, sparing the county, said emergency chief Jo Park.": the verb after the report and
        // the speaker after the verb, ending the sentence.
        if reporting && k > 0 && toks.get(k - 1).is_some_and(|c| c.s == ",") {
            let who: Vec<Tok> = toks[k + 1..]
                .iter()
                .copied()
                .take_while(|x| x.word || x.is_possessive())
                .collect();
            let ends = toks
                .get(k + 1 + who.len())
                .is_none_or(|x| matches!(x.s, "." | "!" | "?"));
            if ends && (1..=10).contains(&who.len()) && who.last().is_some_and(|x| x.is_cap()) {
                let dash = toks[..k - 1].iter().rposition(|x| matches!(x.s, "—" | "–"));
                let first = toks[dash.map_or(0, |d| d + 1)..k - 1]
                    .iter()
                    .find(|x| x.word);
                if let (Some(m), Some(first)) = (classify_subject(&who), first) {
                    let end = toks[k - 1].start;
                    if end > first.start + 8 {
                        return Some(RawQuote {
                            start: first.start,
                            end,
                            mention: Some(m),
                            role: None,
                            cue: Some(w.to_string()),
                            kind: QuoteKind::Indirect,
                            confidence: Confidence::Medium,
                        });
                    }
                }
            }
        }
        let a = verb_attribution(para, &toks, k)?;
        let mention = a
            .mention
            .filter(|m| !matches!(m, Mention::Name(n) if fold(n) == "it"))?;
        // The reported part: after the verb, "that" and a short indirect object ("told reporters").
        let mut from = k + 1;
        if matches!(w.as_str(), "told" | "tells") && toks.get(from).is_some_and(|n| n.word) {
            from += 1;
        }
        if toks.get(from).is_some_and(|n| n.is("that")) {
            from += 1;
        }
        // "…, Kyodo News reported, citing …": the report comes before its source.
        let j = k;
        // Inverted when nothing is reported after the verb but a short time or place phrase
        // ("…, the port authority said on March 4.").
        let tail: Vec<&Tok> = toks[k + 1..].iter().filter(|x| x.word).collect();
        let short_tail = tail.len() <= 4
            && tail.first().is_some_and(|x| {
                crate::meta::is_weekday(x.s)
                    || matches!(
                        fold(x.s).as_str(),
                        "on" | "in"
                            | "at"
                            | "last"
                            | "this"
                            | "after"
                            | "when"
                            | "late"
                            | "early"
                            | "earlier"
                            | "later"
                            | "today"
                            | "yesterday"
                    )
            });
        let has_comma_before = toks[..j].iter().any(|x| x.s == ",");
        let inverted = !declined
            && has_comma_before
            && (toks.get(k + 1).is_none_or(|n| !n.word) || short_tail);
        let (start, end) = if inverted {
            let comma = toks[..k].iter().rposition(|x| x.s == ",")?;
            // Not a dateline in front of the report ("TOKYO, Nov 27 (Outlet) — …").
            let dash = toks[..comma].iter().rposition(|x| matches!(x.s, "—" | "–"));
            let first = toks[dash.map_or(0, |d| d + 1)..comma]
                .iter()
                .find(|x| x.word)?;
            (first.start, toks[comma].start)
        } else if declined {
            (t.start, last_word_end)
        } else {
            (toks.get(from)?.start, last_word_end)
        };
        if start >= end || end - start < 8 {
            return None;
        }
        // "Reed wrote to the court.": a short phrase after the verb that opens with a
        // preposition says where or to whom, and reports nothing.
        if !inverted && !declined {
            let rest: Vec<&Tok> = toks[from..].iter().filter(|x| x.word).collect();
            let prepositional = rest.first().is_some_and(|x| {
                matches!(
                    fold(x.s).as_str(),
                    "to" | "in"
                        | "on"
                        | "at"
                        | "for"
                        | "about"
                        | "with"
                        | "from"
                        | "during"
                        | "after"
                        | "before"
                        | "by"
                )
            });
            if prepositional && rest.len() <= 6 {
                return None;
            }
        }
        let last_word_end = end;
        return Some(RawQuote {
            start,
            end: last_word_end,
            mention: Some(mention),
            role: None,
            cue: a.cue,
            kind: QuoteKind::Indirect,
            confidence: a.confidence.min(Confidence::Medium),
        });
    }
    // "…, according to the sources."
    let at = toks
        .windows(3)
        // The comma may stand inside a quotation that ends there ("…noon,” according to").
        .position(|w| {
            matches!(w[0].s, "," | "”" | "\"") && w[1].is("according") && w[2].is("to")
        })?;
    let np = np_right(toks.get(at + 3..)?)?;
    // "according to the agency": a body named before; the caller says which.
    let doc = || match np.as_slice() {
        [the, noun] if the.is("the") && DOC_NOUNS_SET.contains(fold(noun.s).as_str()) => {
            Some(Mention::OrgDescriptor(super::attribution::np_text(&np)))
        }
        _ => None,
    };
    let mention = classify(&np)
        .or_else(|| classify_subject(&np))
        .or_else(doc)?;
    let first = toks.iter().find(|t| t.word)?;
    Some(RawQuote {
        start: first.start,
        end: toks[at].start,
        mention: Some(mention),
        role: None,
        cue: Some("according to".into()),
        kind: QuoteKind::Indirect,
        confidence: Confidence::Medium,
    })
}
