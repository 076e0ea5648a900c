//! The word lists attribution reads: reporting verbs (strong and weak), the words that may sit
//! between a subject and its verb, the openers of introductory phrases, and pronouns; each as
//! a list and a hash set, since every token is looked up in several.

use crate::lex::fold;

use std::sync::LazyLock;

use crate::lex::{FastSet as WordSet, Tok};

// The word lists below as hash sets: every token is looked up in several of them.
pub(super) static SPEECH_VERBS_SET: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| SPEECH_VERBS.iter().copied().collect());
pub(super) static SKIPPABLE_SET: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| SKIPPABLE.iter().copied().collect());
pub(super) static INTRO_SET: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| INTRO.iter().copied().collect());
pub(super) static PRONOUNS_SET: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| PRONOUNS.iter().copied().collect());
pub(super) static WEAK_VERBS_SET: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| WEAK_VERBS.iter().copied().collect());

/// Reporting verbs, inflected. "called" only counts as "called for".
pub(super) const SPEECH_VERBS: &[&str] = &[
    "say",
    "says",
    "said",
    "saying",
    "tell",
    "tells",
    "told",
    "telling",
    "add",
    "adds",
    "added",
    "adding",
    "explain",
    "explains",
    "explained",
    "explaining",
    "state",
    "states",
    "stated",
    "stating",
    "announce",
    "announces",
    "announced",
    "assert",
    "asserts",
    "asserted",
    "asserting",
    "insist",
    "insists",
    "insisted",
    "insisting",
    "note",
    "notes",
    "noted",
    "noting",
    "write",
    "writes",
    "wrote",
    "writing",
    "argue",
    "argues",
    "argued",
    "arguing",
    "warn",
    "warns",
    "warned",
    "warning",
    "claim",
    "claims",
    "claimed",
    "declare",
    "declares",
    "declared",
    "respond",
    "responds",
    "responded",
    "reply",
    "replies",
    "replied",
    "urge",
    "urges",
    "urged",
    "urging",
    "advise",
    "advises",
    "advised",
    "call",
    "calls",
    "called",
    "calling",
    "reaffirm",
    "reaffirms",
    "reaffirmed",
    "deny",
    "denies",
    "denied",
    "denying",
    "confirm",
    "confirms",
    "confirmed",
    "emphasize",
    "emphasized",
    "emphasise",
    "emphasised",
    "suggest",
    "suggests",
    "suggested",
    "maintain",
    "maintains",
    "maintained",
    "acknowledge",
    "acknowledged",
    "admit",
    "admitted",
    "ask",
    "asks",
    "asked",
    "answer",
    "answered",
    "remark",
    "remarked",
    "comment",
    "commented",
    "observe",
    "observed",
    "tweet",
    "tweeted",
    "posted",
    "report",
    "reports",
    "reported",
    "describe",
    "describes",
    "described",
    "stress",
    "stressed",
    "underscore",
    "underscored",
    "reiterate",
    "reiterated",
    "caution",
    "cautioned",
    "predict",
    "predicted",
    "promise",
    "promised",
    "vow",
    "vowed",
    "pledge",
    "pledged",
    "demand",
    "demanded",
    "complain",
    "complained",
    "concede",
    "conceded",
    "contend",
    "contended",
    "counter",
    "countered",
    "recall",
    "recalls",
    "recalled",
    "recalling",
    "announcing",
    "conveyed",
    "convey",
    "conveys",
    "quipped",
    "joked",
    "exclaimed",
    "shouted",
    "yelled",
    "threatened",
    "proclaimed",
    "boasted",
    "mused",
    "recounted",
    "testified",
    "mentioned",
    "reading",
    "accuse",
    "accuses",
    "accused",
    "accusing",
    "blast",
    "blasts",
    "blasted",
    "blasting",
    "vows",
    "vowing",
    "defines",
    "revealed",
    "reveals",
    "disclosed",
    "shout",
    "shouts",
    "shouting",
    "yell",
    "yells",
    "yelling",
    "chant",
    "chants",
    "chanted",
    "chanting",
    "screamed",
    "screaming",
    "express",
    "expresses",
    "expressed",
    "mentions",
    "reassured",
    "reassures",
    "assured",
    "assures",
    "lamented",
    "laments",
    "conceding",
    "acknowledges",
    "admits",
    "emphasizes",
    "emphasises",
    "stresses",
    "stressing",
    "reiterates",
    "reiterating",
    "cautions",
];

/// Words between a subject and its verb that do not change who the subject is.
pub(super) const SKIPPABLE: &[&str] = &[
    "also",
    "previously",
    "first",
    "then",
    "subsequently",
    "later",
    "reportedly",
    "again",
    "repeatedly",
    "publicly",
    "privately",
    "never",
    "not",
    "has",
    "had",
    "have",
    "was",
    "is",
    "did",
    "would",
    "will",
    "could",
    "may",
    "might",
    "once",
    "partially",
    "partly",
    "clearly",
    "recently",
    "earlier",
    "further",
    "openly",
    "flatly",
    "simply",
    "just",
    "often",
    "always",
    "separately",
];

/// Words that open an introductory phrase before the subject ("At a news conference on Nov. 27,").
pub(super) const INTRO: &[&str] = &[
    // "Even further south, President X celebrated …": adverbs that open a phrase to its comma.
    "even",
    "further",
    "elsewhere",
    "separately",
    "similarly",
    "likewise",
    "nearby",
    "also",
    "at",
    "in",
    "on",
    "during",
    "after",
    "before",
    "according",
    "asked",
    "speaking",
    "when",
    "while",
    "although",
    "though",
    "but",
    "and",
    "however",
    "meanwhile",
    "earlier",
    "later",
    "upon",
    // "Almost an hour earlier, …", "Hours later, …": a phrase of time to its comma.
    "almost",
    "nearly",
    "shortly",
    "hours",
    "minutes",
    "days",
    "as",
    "since",
    "with",
    "without",
    "despite",
    "last",
    "this",
    "for",
    "from",
    "under",
    "over",
    "following",
    "across",
    "beyond",
    "amid",
    "among",
    "outside",
    "inside",
    "within",
    "throughout",
    "near",
    "separately",
    "still",
    "yet",
    "instead",
    "now",
    "today",
    "yesterday",
];

pub(super) const PRONOUNS: &[&str] = &["he", "she", "they"];

/// Verbs that report speech only when right next to a quotation ("”, she thought").
pub(super) const WEAK_VERBS: &[&str] = &[
    "think",
    "thinks",
    "thought",
    "believe",
    "believes",
    "believed",
    "feel",
    "feels",
    "felt",
    "hope",
    "hoped",
    "hopes",
    "wonder",
    "wondered",
    "wonders",
    "decline",
    "declined",
    "declines",
    "call",
    "calls",
    "called",
    "expect",
    "expects",
    "expected",
    "recalled",
    "mused",
    // "“…,” continued the president": speech only right after the quotation.
    "continued",
    "continues",
    // "Sean Baker shared, “…”": a story or a thought passed on, right before the quotation.
    "shared",
    "shares",
];

/// A weak reporting verb, accepted only where the quotation is adjacent.
pub(super) fn is_weak_verb(toks: &[Tok], k: usize) -> bool {
    toks.get(k)
        .is_some_and(|t| t.word && !t.is_cap() && WEAK_VERBS_SET.contains(fold(t.s).as_str()))
}

/// "state media", "state news agency IRNA", "state officials": `state` as an adjective before
/// a noun, not the verb.
pub(super) fn state_adjective(toks: &[Tok], k: usize) -> bool {
    toks.get(k).is_some_and(|t| t.is("state") || t.is("states"))
        && toks.get(k + 1).is_some_and(|n| {
            n.word
                && !n.is_cap()
                && !matches!(
                    fold(n.s).as_str(),
                    "that"
                        | "the"
                        | "a"
                        | "an"
                        | "in"
                        | "on"
                        | "at"
                        | "to"
                        | "it"
                        | "this"
                        | "these"
                        | "those"
                        | "their"
                        | "his"
                        | "her"
                        | "its"
                        | "our"
                        | "we"
                        | "they"
                        | "he"
                        | "she"
                        | "there"
                        | "how"
                        | "what"
                        | "why"
                        | "when"
                        | "whether"
                        | "clearly"
                        | "plainly"
                        | "simply"
                        | "publicly"
                        | "firmly"
                )
        })
}

pub(super) fn is_speech_verb(toks: &[Tok], k: usize) -> bool {
    let Some(t) = toks.get(k) else { return false };
    if !t.word || t.is_cap() && k > 0 {
        return false;
    }
    let w = fold(t.s);
    if !SPEECH_VERBS_SET.contains(w.as_str()) {
        return false;
    }
    if state_adjective(toks, k) {
        return false;
    }
    // "a phone call", "the report", "a statement": nouns, not verbs, after a determiner.
    let prev = toks
        .get(k.wrapping_sub(1))
        .map(|p| fold(p.s))
        .unwrap_or_default();
    let determiner = |w: &str| {
        matches!(
            w,
            "a" | "an" | "the" | "this" | "that" | "its" | "his" | "her" | "their"
        )
    };
    // ("Marlow's note", "the agency's report": after a possessive, a noun.)
    let possessive = toks
        .get(k.wrapping_sub(1))
        .is_some_and(|p| p.word && (p.s.ends_with("'s") || p.s.ends_with("’s")));
    if determiner(&prev) || possessive {
        return false;
    }
    // "was accused of", "were told", "has been asked": a passive, whose subject is spoken of
    // or to, never who speaks ("by …" names the speaker, read elsewhere).
    let be = |w: &str| matches!(w, "was" | "were" | "been" | "being" | "is" | "are" | "be");
    let adverb_between =
        prev.ends_with("ly") && toks.get(k.wrapping_sub(2)).is_some_and(|p| be(&fold(p.s)));
    if (be(&prev) || adverb_between) && (w.ends_with("ed") || matches!(w.as_str(), "told" | "said"))
    {
        return false;
    }
    // "the Pakistani claims", "the latest reports": a determiner and one modifier before a
    // plural noun; a name before a verb ("the Kremlin claims that") still reads as the verb, so
    // only a nationality or a lowercase word between.
    let before_prev = toks.get(k.wrapping_sub(2)).map(|p| fold(p.s));
    let modifier = toks.get(k.wrapping_sub(1)).is_some_and(|p| {
        p.word && (!p.is_cap() || crate::names::is_country(&crate::names::norm_qualifier(p.s)))
    });
    if k >= 2 && modifier && before_prev.is_some_and(|b| determiner(&b)) && w.ends_with('s') {
        return false;
    }
    // "carried a sign reading, “…”": the words on a sign are its bearer's.
    if matches!(w.as_str(), "reading" | "read" | "reads") {
        return toks.get(k.wrapping_sub(1)).is_some_and(|p| {
            matches!(
                fold(p.s).as_str(),
                "sign"
                    | "signs"
                    | "placard"
                    | "placards"
                    | "banner"
                    | "banners"
                    | "poster"
                    | "posters"
            )
        });
    }
    if matches!(w.as_str(), "call" | "calls" | "called" | "calling") {
        return toks.get(k + 1).is_some_and(|n| n.is("for") || n.is("on"));
    }
    true
}
