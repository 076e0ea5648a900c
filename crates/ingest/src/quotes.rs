//! Direct quotations and who said them.
//!
//! For each paragraph: pair the quotation marks, split sentences without cutting a quotation,
//! then try the attribution rules in order of how directly they tie words to a speaker:
//!
//! 1. a cue right after the quote — `”, one source said` / `” said Jo Park, a lecturer`;
//! 2. an introduction right before it — `Trump told reporters: “`;
//! 3. a document named as the source — `In an editorial published by X, … “`;
//! 4. the nearest reporting verb before a partial quote, and that verb's subject —
//!    `the Chinese president asserted that “…”`;
//! 5. `according to X`;
//! 6. a whole quoted sentence right after an attributed one continues it.
//!
//! What none of these attribute is a quoted term when short, otherwise speech by nobody known.
//! Words inside quotation marks are never read as attribution, so "I" or "we" in a quote can
//! never become its speaker.

use super::lex::fold;
use super::lex::FastSet as WordSet;
use super::lex::{self, Tok};
use super::names::{self, canonical_org, Gender, Registry, DOC_NOUNS_SET, PEOPLE_NOUNS_SET};
use super::Diagnostic;
use std::sync::LazyLock;
use storyscope_core::model::{Confidence, QuoteKind};

// The word lists below as hash sets: every token is looked up in several of them.
pub static SPEECH_VERBS_SET: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| SPEECH_VERBS.iter().copied().collect());
pub static SKIPPABLE_SET: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| SKIPPABLE.iter().copied().collect());
pub static INTRO_SET: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| INTRO.iter().copied().collect());
pub static PRONOUNS_SET: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| PRONOUNS.iter().copied().collect());
pub static WEAK_VERBS_SET: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| WEAK_VERBS.iter().copied().collect());
pub static INDIRECT_VERBS_SET: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| INDIRECT_VERBS.iter().copied().collect());
pub static TITLE_CUES_SET: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| TITLE_CUES.iter().copied().collect());
pub static TERM_CUES_SET: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| TERM_CUES.iter().copied().collect());
pub static TERM_HEADS_SET: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| TERM_HEADS.iter().copied().collect());

/// Reporting verbs, inflected. "called" only counts as "called for".
const SPEECH_VERBS: &[&str] = &[
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
    "recalled",
    "announcing",
    "conveyed",
    "convey",
    "conveys",
    "quipped",
    "joked",
    "threatened",
    "proclaimed",
    "boasted",
    "mused",
    "recounted",
    "testified",
];

/// Words between a subject and its verb that do not change who the subject is.
const SKIPPABLE: &[&str] = &[
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
const INTRO: &[&str] = &[
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
    "separately",
    "still",
    "yet",
    "instead",
    "now",
    "today",
    "yesterday",
];

const PRONOUNS: &[&str] = &["he", "she", "they"];

/// Verbs that report speech only when right next to a quotation ("”, she thought").
const WEAK_VERBS: &[&str] = &[
    "think", "thinks", "thought", "believe", "believes", "believed", "feel", "feels", "felt",
    "hope", "hoped", "hopes", "wonder", "wondered", "wonders", "decline", "declined", "declines",
    "call", "calls", "called", "expect", "expects", "expected", "recalled", "mused",
];

/// Verbs that introduce reported speech without quotation marks.
const INDIRECT_VERBS: &[&str] = &[
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

/// A weak reporting verb, accepted only where the quotation is adjacent.
fn is_weak_verb(toks: &[Tok], k: usize) -> bool {
    toks.get(k)
        .is_some_and(|t| t.word && !t.is_cap() && WEAK_VERBS_SET.contains(fold(t.s).as_str()))
}

fn is_speech_verb(toks: &[Tok], k: usize) -> bool {
    let Some(t) = toks.get(k) else { return false };
    if !t.word || t.is_cap() && k > 0 {
        return false;
    }
    let w = fold(t.s);
    if !SPEECH_VERBS_SET.contains(w.as_str()) {
        return false;
    }
    // "a phone call", "the report", "a statement": nouns, not verbs, after a determiner.
    let prev = toks
        .get(k.wrapping_sub(1))
        .map(|p| fold(p.s))
        .unwrap_or_default();
    if matches!(
        prev.as_str(),
        "a" | "an" | "the" | "this" | "that" | "its" | "his" | "her" | "their"
    ) {
        return false;
    }
    if matches!(w.as_str(), "call" | "calls" | "called" | "calling") {
        return toks.get(k + 1).is_some_and(|n| n.is("for") || n.is("on"));
    }
    true
}

/// Who a quote's words belong to, as the text names them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mention {
    /// A capitalised name, possibly with titles or a leading "the" ("the White House").
    Name(String),
    /// A title without a name ("the U.S. president", "the Chinese leader").
    Descriptor {
        qualifier: Option<String>,
        head: Vec<String>,
        text: String,
    },
    /// A described, unnamed source ("one source", "Japanese officials").
    Anonymous(String),
    /// A publication described, not named ("the newspaper of the ruling Communist party").
    OrgDescriptor(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct RawQuote {
    pub start: usize,
    pub end: usize,
    pub mention: Option<Mention>,
    /// An appositive right after the speaker's name.
    pub role: Option<String>,
    pub cue: Option<String>,
    pub kind: QuoteKind,
    pub confidence: Confidence,
}

/// A quotation in one paragraph: byte offsets of the opening mark and of the closing mark, and
/// the closing mark's length (0 when the quotation runs on into the next paragraph).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Marks {
    open: usize,
    open_len: usize,
    close: usize,
    close_len: usize,
}

impl Marks {
    fn inner(&self) -> (usize, usize) {
        (self.open + self.open_len, self.close)
    }
    /// From the opening mark to just past the closing one.
    fn outer(&self) -> (usize, usize) {
        (self.open, self.close + self.close_len)
    }
}

fn opens_after(prev: Option<char>) -> bool {
    prev.is_none_or(|p| {
        p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '-' | '“' | '"' | '‘')
    })
}

/// Pairs quotation marks in one paragraph. Double marks first (curly, then straight, each with its
/// own state so a stray of one kind cannot swallow the other); then single marks used as quotation
/// marks, told apart from apostrophes by what surrounds them; finally a quotation inside another
/// (nested) is dropped, since its words belong to the outer quote. A double quotation still open at
/// the end of a paragraph continues when the next paragraph opens with a mark — the convention for
/// quotations of several paragraphs; otherwise it is reported.
fn pair_marks(
    para: &str,
    next_opens: bool,
    file: &str,
    line: u32,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Marks> {
    let mut out: Vec<Marks> = Vec::new();
    let mut open_curly: Option<usize> = None;
    let mut open_straight: Option<usize> = None;
    let mut prev: Option<char> = None;
    for (i, c) in para.char_indices() {
        match c {
            '“' => {
                if open_curly.is_some() {
                    diags.push(Diagnostic::warning(
                        file,
                        line,
                        "an opening “ is never closed before the next one",
                    ));
                }
                open_curly = Some(i);
            }
            '”' => match open_curly.take() {
                Some(o) => out.push(Marks {
                    open: o,
                    open_len: 3,
                    close: i,
                    close_len: 3,
                }),
                None => diags.push(Diagnostic::warning(
                    file,
                    line,
                    "a closing ” has no opening “",
                )),
            },
            '"' => match open_straight.take() {
                Some(o) => out.push(Marks {
                    open: o,
                    open_len: 1,
                    close: i,
                    close_len: 1,
                }),
                None if opens_after(prev) => open_straight = Some(i),
                None => diags.push(Diagnostic::warning(
                    file,
                    line,
                    "a closing \" has no opening mark",
                )),
            },
            _ => {}
        }
        prev = Some(c);
    }
    for (o, len) in [(open_curly, 3), (open_straight, 1)] {
        let Some(o) = o else { continue };
        if next_opens {
            out.push(Marks {
                open: o,
                open_len: len,
                close: para.trim_end().len().max(o + len),
                close_len: 0,
            });
        } else {
            diags.push(Diagnostic::warning(
                file,
                line,
                "a quotation mark is never closed in this paragraph",
            ));
        }
    }
    out.sort_by_key(|m| m.open);

    // Single marks, outside double quotations (sorted and disjoint: a binary search each).
    let inside_double = |pos: usize| {
        let i = out.partition_point(|m| m.open < pos);
        i > 0 && out.get(i - 1).is_some_and(|m| pos < m.close)
    };
    let chars: Vec<(usize, char)> = para.char_indices().collect();
    let mut singles = Vec::new();
    let mut open_single: Option<(usize, usize)> = None;
    for (k, &(i, c)) in chars.iter().enumerate() {
        if !matches!(c, '‘' | '’' | '\'') || inside_double(i) {
            continue;
        }
        let before = k.checked_sub(1).and_then(|j| chars.get(j)).map(|x| x.1);
        let after = chars.get(k + 1).map(|x| x.1);
        let letter_before = before.is_some_and(char::is_alphanumeric);
        let letter_after = after.is_some_and(char::is_alphanumeric);
        if letter_before && letter_after {
            continue; // an apostrophe inside a word: "Japan’s", "don't"
        }
        match open_single {
            None if (c == '‘' || c == '\'')
                && opens_after(before)
                && after.is_some_and(|a| !a.is_whitespace()) =>
            {
                open_single = Some((i, c.len_utf8()));
            }
            Some((o, ol))
                if c != '‘' && before.is_some_and(|b| !b.is_whitespace()) && !letter_after =>
            {
                singles.push(Marks {
                    open: o,
                    open_len: ol,
                    close: i,
                    close_len: c.len_utf8(),
                });
                open_single = None;
            }
            _ => {}
        }
    }
    if let Some((o, _)) = open_single {
        if para.get(o..).is_some_and(|r| r.starts_with('‘')) {
            diags.push(Diagnostic::warning(
                file,
                line,
                "an opening ‘ is never closed in this paragraph",
            ));
        }
    }
    out.extend(singles);
    out.sort_by_key(|m| m.open);
    // Drop quotations inside an earlier one: one sweep keeping the furthest close seen.
    let mut reach = 0;
    out.retain(|m| {
        let nested = m.close < reach;
        reach = reach.max(m.close);
        !nested
    });
    out
}

struct Sentence<'a> {
    /// Tokens of the sentence, each flagged when it lies inside a quotation.
    toks: Vec<(Tok<'a>, bool)>,
}

impl<'a> Sentence<'a> {
    /// Tokens outside quotations, with their index in `toks`.
    fn plain(&self) -> Vec<Tok<'a>> {
        self.toks
            .iter()
            .filter(|(_, q)| !q)
            .map(|(t, _)| *t)
            .collect()
    }
}

/// Appends the people named in a paragraph's tokens (outside quotations) to `out`, as
/// (byte offset in the article, full name, gender if a title states it). Pronouns resolve against
/// this list, each lookup a binary search.
fn person_mentions(
    base: usize,
    toks: &[Tok],
    quoted: &[bool],
    reg: &Registry,
    out: &mut Vec<(usize, String, Option<Gender>)>,
) {
    for (t, q) in toks.iter().zip(quoted) {
        if !q && t.is_cap() {
            if let Some(p) = reg.person_by_token(t.base()) {
                out.push((base + t.start, p.name.clone(), p.gender));
            }
        }
    }
}

/// Tokens of context read before and after a quotation.
const WINDOW_BEFORE: usize = 80;
const WINDOW_AFTER: usize = 40;

/// Gender a pronoun implies, if any.
fn pronoun_gender(p: &str) -> Option<Gender> {
    match fold(p).as_str() {
        "he" => Some(Gender::Male),
        "she" => Some(Gender::Female),
        _ => None,
    }
}

/// Extracts every quotation of one article and attributes it.
pub fn extract(
    text: &str,
    reg: &Registry,
    file: &str,
    line_offset: u32,
    diags: &mut Vec<Diagnostic>,
) -> Vec<RawQuote> {
    let mut out: Vec<RawQuote> = Vec::new();
    // The last attributed mention and where: (paragraph, sentence) — for continuations.
    let mut last: Option<(Mention, usize, usize)> = None;
    // The last organisation that spoke, for "the editorial said".
    let mut last_org: Option<Mention> = None;
    let mut mentions = Vec::new();
    // Genders learnt in this article from pronouns already resolved ("she said" → that person).
    let mut learnt: Vec<(String, Gender)> = Vec::new();

    let mut paragraphs: Vec<(usize, usize, &str)> = Vec::new();
    let mut offset = 0;
    for (p_idx, para) in text.split('\n').enumerate() {
        if !para.trim().is_empty() {
            paragraphs.push((p_idx, offset, para));
        }
        offset += para.len() + 1;
    }
    for (n, &(p_idx, this_start, para)) in paragraphs.iter().enumerate() {
        let line = line_offset + p_idx as u32 + 1;
        let next_opens = paragraphs
            .get(n + 1)
            .is_some_and(|(_, _, next)| next.trim_start().starts_with(['“', '"', '‘']));
        let marks = pair_marks(para, next_opens, file, line, diags);
        let all = lex::tokens(para);
        let protected: Vec<(usize, usize)> = marks.iter().map(|m| m.outer()).collect();
        // Which tokens lie inside a quotation (after its opening mark, before its closing one):
        // one sweep, both lists being in text order.
        let mut quoted = Vec::with_capacity(all.len());
        let mut r = 0;
        for t in &all {
            while marks
                .get(r)
                .is_some_and(|m| m.close <= t.start && !(m.close == t.start && m.close_len > 0))
            {
                r += 1;
            }
            quoted.push(
                marks
                    .get(r)
                    .is_some_and(|m| m.open < t.start && t.start < m.close),
            );
        }
        person_mentions(this_start, &all, &quoted, reg, &mut mentions);
        let sentences = lex::sentences_of(para, &all, &protected);
        for (s_idx, &(s0, s1)) in sentences.iter().enumerate() {
            let lo = all.partition_point(|t| t.start < s0);
            let hi = all.partition_point(|t| t.start < s1);
            let sent = Sentence {
                toks: all[lo..hi]
                    .iter()
                    .copied()
                    .zip(quoted[lo..hi].iter().copied())
                    .collect(),
            };
            let in_sentence = &marks
                [marks.partition_point(|m| m.open < s0)..marks.partition_point(|m| m.open < s1)];
            // "He"/"she" opening a sentence right after an attributed one usually continues it.
            let prev_prev_para = n
                .checked_sub(1)
                .and_then(|i| paragraphs.get(i))
                .map(|x| x.0);
            let prior = last.as_ref().filter(|(_, lp, ls)| {
                (*lp == p_idx && (*ls + 1 == s_idx || *ls == s_idx))
                    || (s_idx == 0 && prev_prev_para == Some(*lp))
            });
            let opens_with_pronoun = sent
                .toks
                .iter()
                .find(|(t, q)| !q && t.word)
                .is_some_and(|(t, _)| matches!(fold(t.s).as_str(), "he" | "she"));
            let prior = prior
                .filter(|_| opens_with_pronoun)
                .map(|(m, _, _)| m.clone())
                .filter(|m| !matches!(m, Mention::OrgDescriptor(_)));
            let pronoun = |m: Option<Mention>, at: usize, learnt: &mut Vec<(String, Gender)>| match (
                &m, &prior,
            ) {
                (Some(Mention::Name(n)), Some(p))
                    if PRONOUNS_SET.contains(fold(n).as_str()) && fold(n) != "they" =>
                {
                    Some(p.clone())
                }
                _ => resolve_pronoun(m, at, &mentions, learnt),
            };
            if in_sentence.is_empty() {
                if let Some(q) = indirect(para, &sent, reg) {
                    let mention = pronoun(q.mention.clone(), this_start + q.start, &mut learnt);
                    if let Some(m) = &mention {
                        last = Some((m.clone(), p_idx, s_idx));
                        out.push(RawQuote {
                            start: this_start + q.start,
                            end: this_start + q.end,
                            mention,
                            ..q
                        });
                    }
                }
                continue;
            }
            let first_word = sent
                .toks
                .iter()
                .find(|(t, q)| !q && t.word)
                .map(|(t, _)| t.start);
            for &m in in_sentence {
                let (o, c) = (m.open, m.close);
                let (inner_start, inner_end) = m.inner();
                let inner = para.get(inner_start..inner_end).unwrap_or("");
                let starts_sentence = first_word.is_none_or(|w| w > o);
                // Attribution reads a bounded window around the quotation, so a paragraph of
                // thousands of quotations costs linear time, not quadratic.
                let at = sent.toks.partition_point(|(t, _)| t.start < o);
                let after = sent.toks.partition_point(|(t, _)| t.start <= c);
                let window = Sentence {
                    toks: sent.toks[at.saturating_sub(WINDOW_BEFORE)
                        ..(after + WINDOW_AFTER).min(sent.toks.len())]
                        .to_vec(),
                };
                let sent = &window;
                let mut a = attribute(para, sent, o, c, reg);
                a.mention = pronoun(a.mention, this_start + o, &mut learnt);
                if let Some(m) = &a.mention {
                    let org = match m {
                        Mention::Name(n) => is_org_name(n, reg),
                        Mention::OrgDescriptor(_) => true,
                        _ => false,
                    };
                    if org {
                        last_org = Some(m.clone());
                    }
                }
                if a.back_reference {
                    a.mention = last_org.clone();
                    if a.mention.is_none() {
                        a.confidence = Confidence::Low;
                    }
                }
                if a.mention.is_none() && starts_sentence {
                    if let Some((m, lp, ls)) = &last {
                        let adjacent = (*lp == p_idx && (*ls + 1 == s_idx || *ls == s_idx))
                            || (s_idx == 0
                                && paragraphs
                                    .get(n.wrapping_sub(1))
                                    .is_some_and(|(pp, _, _)| pp == lp));
                        if adjacent {
                            a.mention = Some(m.clone());
                            a.cue = Some("continues the previous quote".into());
                            a.confidence = Confidence::Medium;
                        }
                    }
                }
                let words = inner.split_whitespace().count();
                let mut kind = if a.mention.is_none() && words <= 4 && !starts_sentence {
                    QuoteKind::Term
                } else {
                    QuoteKind::Speech
                };
                // Named as a term or a title: never anyone's speech, whatever verb is near.
                if let Some(k) = term_or_title(sent, o, c, inner) {
                    kind = k;
                    a = Attribution::none();
                }
                if a.mention.is_none() {
                    a.cue = None;
                    a.confidence = Confidence::Low;
                }
                if let Some(m) = &a.mention {
                    last = Some((m.clone(), p_idx, s_idx));
                }
                out.push(RawQuote {
                    start: this_start + inner_start,
                    end: this_start + inner_end,
                    mention: a.mention,
                    role: a.role,
                    cue: a.cue,
                    kind,
                    confidence: a.confidence,
                });
            }
        }
    }
    out
}

/// Words before a quotation that name it as a title of a work.
const TITLE_CUES: &[&str] = &[
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
const TERM_CUES: &[&str] = &[
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
const TERM_HEADS: &[&str] = &[
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
fn term_or_title(sent: &Sentence, open: usize, close: usize, inner: &str) -> Option<QuoteKind> {
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

/// Reported speech without quotation marks, at most one per sentence: "X said (that) …",
/// "X declined to comment", "…, according to X." Offsets are relative to the paragraph.
fn indirect(para: &str, sent: &Sentence, _reg: &Registry) -> Option<RawQuote> {
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
                matches!(
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
                        | "monday"
                        | "tuesday"
                        | "wednesday"
                        | "thursday"
                        | "friday"
                        | "saturday"
                        | "sunday"
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
        .position(|w| w[0].s == "," && w[1].is("according") && w[2].is("to"))?;
    let np = np_right(toks.get(at + 3..)?)?;
    let mention = classify(&np).or_else(|| classify_subject(&np))?;
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

/// "he"/"she" → the nearest person named before `at` whose gender does not contradict it.
fn resolve_pronoun(
    m: Option<Mention>,
    at: usize,
    mentions: &[(usize, String, Option<Gender>)],
    learnt: &mut Vec<(String, Gender)>,
) -> Option<Mention> {
    let Some(Mention::Name(n)) = &m else { return m };
    let f = fold(n);
    if !PRONOUNS_SET.contains(f.as_str()) {
        return m;
    }
    let want = pronoun_gender(&f)?;
    let end = mentions.partition_point(|(pos, _, _)| *pos < at);
    let found = mentions[..end]
        .iter()
        .rev()
        .find(|(_, name, known)| {
            let g = learnt
                .iter()
                .find(|(x, _)| x == name)
                .map(|(_, g)| *g)
                .or(*known);
            g.is_none_or(|g| g == want)
        })
        .map(|(_, name, _)| name)?;
    if !learnt.iter().any(|(x, _)| x == found) {
        learnt.push((found.clone(), want));
    }
    Some(Mention::Name(found.clone()))
}

struct Attribution {
    mention: Option<Mention>,
    role: Option<String>,
    cue: Option<String>,
    confidence: Confidence,
    /// The cue named a document without its publisher ("the editorial said").
    back_reference: bool,
}

impl Attribution {
    fn none() -> Self {
        Attribution {
            mention: None,
            role: None,
            cue: None,
            confidence: Confidence::Low,
            back_reference: false,
        }
    }
}

fn attribute(
    para: &str,
    sent: &Sentence,
    open: usize,
    close: usize,
    reg: &Registry,
) -> Attribution {
    let plain = sent.plain();
    let before: Vec<Tok> = plain.iter().copied().filter(|t| t.end <= open).collect();
    // After the closing mark, up to the next quotation in the sentence.
    let next_open = sent
        .toks
        .iter()
        .find(|(t, q)| !q && t.start > close && matches!(t.s, "“" | "\"" | "‘"))
        .map(|(t, _)| t.start);
    let after: Vec<Tok> = plain
        .iter()
        .copied()
        .filter(|t| t.start > close && next_open.is_none_or(|n| t.start < n))
        .collect();
    let starts_sentence = !before.iter().any(|t| t.word);

    // 1. Cue right after the quote — only when the quotation ends as a clause does (`,” she
    // said`), not when it is a phrase inside a longer sentence (`a “great talk” with …`).
    let inner = para.get(open..close).unwrap_or("").trim_end();
    let closes_clause = inner.ends_with([',', '.', '!', '?', '—', '–'])
        || after.first().is_some_and(|t| t.s == ",");
    if let Some(mut a) = after_cue(para, &after).filter(|_| closes_clause) {
        if let Some(Mention::Name(n)) = &a.mention {
            let org = is_org_name(n, reg);
            // "Japanese officials found the message “very concerning”, the WSJ added": a
            // publication relaying someone's words is not their speaker.
            if org && !starts_sentence && !a.back_reference {
                if let Some(subj) = main_subject(&before).and_then(|np| classify(&np)) {
                    if matches!(subj, Mention::Anonymous(_) | Mention::Descriptor { .. })
                        || is_person_mention(&subj, reg)
                    {
                        a.cue = Some(format!("relayed: {}", a.cue.unwrap_or_default()));
                        a.mention = Some(subj);
                        a.confidence = Confidence::Medium;
                        return a;
                    }
                }
            }
        }
        return a;
    }
    // 2. Introduction right before the quote: `told reporters: “`, `said, “`.
    if let Some(last) = before.last() {
        if matches!(last.s, ":" | ",") {
            let n = before.len();
            // Up to "said in a post on X:" — a verb, then at most a short object or phrase.
            for back in 2..=9 {
                let Some(k) = n.checked_sub(back) else { break };
                if !before[k].word && back > 2 {
                    break;
                }
                if is_speech_verb(&before, k) || (back <= 3 && is_weak_verb(&before, k)) {
                    if let Some(mut a) = verb_attribution(para, &before, k) {
                        a.confidence = Confidence::High;
                        return a;
                    }
                    break;
                }
            }
        }
    }
    // 3. A document named with its publisher.
    if let Some(np) = document_source(para, &plain, open) {
        if let Some(m) = classify_publisher(&np) {
            return Attribution {
                mention: Some(m),
                role: None,
                cue: Some(np.cue),
                confidence: Confidence::Medium,
                back_reference: false,
            };
        }
    }
    // 4. The nearest reporting verb before the quote.
    for k in (0..before.len()).rev() {
        if is_speech_verb(&before, k) {
            if let Some(a) = verb_attribution(para, &before, k) {
                return a;
            }
        }
    }
    // 5. "according to X".
    if let Some(k) = plain
        .windows(2)
        .position(|w| w[0].is("according") && w[1].is("to"))
    {
        let rest: Vec<Tok> = plain
            .iter()
            .skip(k + 2)
            .copied()
            .take_while(|t| t.word || t.is_possessive())
            .collect();
        if let Some(m) = np_right(&rest).and_then(|np| classify(&np)) {
            return Attribution {
                mention: Some(m),
                role: None,
                cue: Some("according to".into()),
                confidence: Confidence::Medium,
                back_reference: false,
            };
        }
    }
    Attribution::none()
}

/// A noun phrase: its tokens as written.
type Np<'a> = Vec<Tok<'a>>;

fn np_text(np: &[Tok]) -> String {
    np.iter().map(|t| t.s).collect::<Vec<_>>().join(" ")
}

/// `”, one source said` / `” said one regional expert` / `” explained Jo Park, a lecturer`.
fn after_cue(para: &str, after: &[Tok]) -> Option<Attribution> {
    let mut i = 0;
    while after
        .get(i)
        .is_some_and(|t| !t.word && matches!(t.s, "," | "—" | "–"))
    {
        i += 1;
    }
    let rest = after.get(i..)?;
    let first = rest.first()?;
    // Verb first: `said one regional expert`.
    if is_speech_verb(rest, 0)
        || is_weak_verb(rest, 0)
        || (first.word && SPEECH_VERBS_SET.contains(fold(first.s).as_str()) && !first.is_cap())
    {
        let np: Np = rest
            .iter()
            .skip(1)
            .copied()
            .take_while(|t| t.word)
            .collect();
        let np = trim_np(np);
        let m = classify_subject(&np)?;
        let role = appositive_after(para, rest, 1 + np.len());
        return Some(Attribution {
            mention: Some(m),
            role,
            cue: Some(fold(first.s).into()),
            confidence: Confidence::High,
            back_reference: false,
        });
    }
    // Subject first: `one source said`, `the White House said in a statement`.
    let limit = rest.len().min(9);
    for k in 1..limit {
        if !rest[k - 1].word && !rest[k - 1].is_possessive() {
            return None;
        }
        if is_speech_verb(rest, k) || is_weak_verb(rest, k) {
            let mut np: Np = rest[..k].to_vec();
            while np
                .last()
                .is_some_and(|t| SKIPPABLE_SET.contains(fold(t.s).as_str()))
            {
                np.pop();
            }
            let np_str = np_text(&np);
            let cue = cue_phrase(rest, k);
            if is_document_np(&np) {
                return Some(Attribution {
                    mention: None,
                    role: None,
                    cue: Some(format!("{} {}", np_str.to_lowercase(), cue)),
                    confidence: Confidence::Medium,
                    back_reference: true,
                });
            }
            // The words before the verb must be a noun phrase and nothing else.
            let is_np = np_left(&np).is_some_and(|full| full.len() == np.len())
                || (np.len() <= 4
                    && np.first().is_some_and(|t| t.is("the"))
                    && np.iter().all(|t| t.word));
            if !is_np {
                return None;
            }
            let m = classify_subject(&np)?;
            let cue = format!("{} {cue}", np_str);
            return Some(Attribution {
                mention: Some(m),
                role: None,
                cue: Some(cue),
                confidence: Confidence::High,
                back_reference: false,
            });
        }
    }
    None
}

/// The verb plus what makes it meaningful: "told reporters", "said in a statement".
fn cue_phrase(toks: &[Tok], k: usize) -> String {
    let verb = fold(toks[k].s);
    let next: Vec<String> = toks
        .iter()
        .skip(k + 1)
        .take(3)
        .map(|t| t.s.to_string())
        .collect();
    match next.as_slice() {
        [a, b, c, ..]
            if a == "in"
                && (b == "a" || b == "an")
                && (c == "statement" || c == "post" || c == "interview") =>
        {
            format!("{verb} in {b} {c}")
        }
        [a, ..]
            if matches!(verb.as_str(), "told" | "tells" | "tell" | "telling")
                && a.chars().all(char::is_alphabetic) =>
        {
            if matches!(
                a.as_str(),
                "reporters"
                    | "journalists"
                    | "parliament"
                    | "lawmakers"
                    | "students"
                    | "supporters"
            ) || a.starts_with(char::is_uppercase)
            {
                format!("{verb} {a}")
            } else {
                verb.into()
            }
        }
        [a, ..] if a == "for" && verb.starts_with("call") => format!("{verb} for"),
        _ => verb.into(),
    }
}

/// ", a U.S. politics professor at Sophia University." right after a name.
fn appositive_after(para: &str, toks: &[Tok], k: usize) -> Option<String> {
    let comma = toks.get(k)?;
    let det = toks.get(k + 1)?;
    if comma.s != "," || !(det.is("a") || det.is("an") || det.is("the")) {
        return None;
    }
    let end = toks
        .iter()
        .skip(k + 2)
        .find(|t| !t.word && matches!(t.s, "," | "." | ";" | ":"))
        .map(|t| t.start)?;
    para.get(det.start..end).map(|s| s.trim().to_string())
}

/// Given a reporting verb at `k`, its subject and the cue.
fn verb_attribution(para: &str, before: &[Tok], k: usize) -> Option<Attribution> {
    let cue = cue_phrase(before, k);
    let mut j = k;
    while j > 0 && SKIPPABLE_SET.contains(fold(before[j - 1].s).as_str()) {
        j -= 1;
    }
    let verb = fold(before[k].s);
    // "the WSJ quoted Trump as saying “…”": the words are the person's, not the paper's.
    if verb == "saying" && j > 0 && before[j - 1].is("as") {
        let quoted_at = (0..j - 1).rev().take(8).find(|&i| {
            matches!(
                fold(before[i].s).as_str(),
                "quoted" | "cited" | "quotes" | "cites"
            )
        });
        if let Some(q) = quoted_at {
            let np = trim_np(before[q + 1..j - 1].to_vec());
            if let Some(m) = classify(&np) {
                return Some(Attribution {
                    mention: Some(m),
                    role: None,
                    cue: Some(format!("{} … as saying", fold(before[q].s))),
                    confidence: Confidence::Medium,
                    back_reference: false,
                });
            }
        }
    }
    let prev = j.checked_sub(1).and_then(|p| before.get(p));
    let coordinated = prev.is_some_and(|p| p.is("and") || p.is("to")) || verb.ends_with("ing");
    let np = if coordinated || prev.is_none() {
        main_subject(&before[..j])
    } else if prev.is_some_and(|p| p.s == ",") {
        // Skip an appositive or aside between commas: "X, the party's newspaper, called".
        let inner_comma = (0..j - 1).rev().take(14).find(|&i| before[i].s == ",");
        match inner_comma {
            Some(c) => np_left(&before[..c]),
            None => main_subject(&before[..j]),
        }
    } else {
        np_left(&before[..j])
    };
    let np = np?;
    let m = classify_subject(&np)?;
    let _ = para;
    Some(Attribution {
        mention: Some(m),
        role: None,
        cue: Some(cue),
        confidence: Confidence::Medium,
        back_reference: false,
    })
}

fn is_np_word(t: &Tok) -> bool {
    t.word
        && (t.is_cap()
            || names::is_title_word(t.s)
            || PEOPLE_NOUNS_SET.contains(fold(t.s).as_str())
            || matches!(
                fold(t.s).as_str(),
                "the" | "of" | "one" | "two" | "three" | "some" | "several" | "many" | "a" | "an"
            ))
}

/// The noun phrase that ends at the end of `toks`.
fn np_left<'a>(toks: &[Tok<'a>]) -> Option<Np<'a>> {
    let mut i = toks.len();
    let head = toks.get(i.checked_sub(1)?)?;
    if PRONOUNS_SET.contains(fold(head.s).as_str()) {
        return Some(vec![*head]);
    }
    // Lowercase modifiers are allowed only between a determiner and a people noun:
    // "one regional expert".
    let people_head = PEOPLE_NOUNS_SET.contains(fold(head.base()).as_str())
        || names::ORG_HEADS_SET.contains(fold(head.base()).as_str());
    let mut lowercase_budget = if people_head { 3 } else { 0 };
    while i > 0 {
        let t = &toks[i - 1];
        if is_np_word(t) {
            i -= 1;
        } else if t.word && lowercase_budget > 0 && !SPEECH_VERBS_SET.contains(fold(t.s).as_str()) {
            lowercase_budget -= 1;
            i -= 1;
        } else {
            break;
        }
    }
    // "The U.S. ambassador to Japan": a noun phrase ending in a prepositional phrase. The subject
    // is the whole of it, led by what precedes the preposition.
    if i >= 2
        && matches!(
            fold(toks[i - 1].s).as_str(),
            "to" | "of" | "for" | "at" | "from" | "in"
        )
        && toks[i - 1].word
    {
        if let Some(head) = np_left(&toks[..i - 1]) {
            let head_is_np = head.first().is_some_and(|t| {
                matches!(
                    fold(t.s).as_str(),
                    "the" | "a" | "an" | "one" | "two" | "some"
                )
            });
            let head_noun = head.last().is_some_and(|t| {
                names::is_title_word(t.s) || PEOPLE_NOUNS_SET.contains(fold(t.base()).as_str())
            });
            if head_is_np && head_noun {
                let mut np = head;
                np.extend_from_slice(&toks[i - 1..]);
                return Some(np);
            }
        }
    }
    let mut np: Np = toks[i..].to_vec();
    // Drop leading words that cannot begin a subject: "of the X" without its quantifier, or a
    // capitalised sentence opener ("Later the president").
    while np
        .first()
        .is_some_and(|t| t.is("of") || (INTRO_SET.contains(fold(t.s).as_str()) && np.len() > 1))
    {
        np.remove(0);
    }
    let np = trim_np(np);
    (!np.is_empty()).then_some(np)
}

/// The noun phrase that starts at the start of `toks`.
fn np_right<'a>(toks: &[Tok<'a>]) -> Option<Np<'a>> {
    let mut np = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if i == 0 && PRONOUNS_SET.contains(fold(t.s).as_str()) {
            return Some(vec![*t]);
        }
        let det = matches!(
            fold(t.s).as_str(),
            "the" | "a" | "an" | "one" | "two" | "three" | "some" | "several"
        );
        let of_the = t.is("of") && toks.get(i + 1).is_some_and(|n| n.is("the") || n.is_cap());
        if t.word
            && (t.is_cap()
                || det
                || of_the
                || names::is_title_word(t.s)
                || PEOPLE_NOUNS_SET.contains(fold(t.s).as_str()))
        {
            np.push(*t);
        } else if t.word
            && np
                .iter()
                .any(|x: &Tok| x.is("the") || x.is("one") || x.is("a"))
            && !SPEECH_VERBS_SET.contains(fold(t.s).as_str())
            && i < 5
        {
            // A lowercase modifier inside a determiner phrase ("one regional expert").
            let rest_has_head = toks
                .iter()
                .skip(i + 1)
                .take(2)
                .any(|n| PEOPLE_NOUNS_SET.contains(fold(n.s).as_str()) || n.is_cap());
            if rest_has_head {
                np.push(*t);
            } else {
                break;
            }
        } else {
            break;
        }
    }
    let np = trim_np(np);
    (!np.is_empty()).then_some(np)
}

fn trim_np(mut np: Np) -> Np {
    while np
        .last()
        .is_some_and(|t| !t.word || matches!(fold(t.s).as_str(), "the" | "of" | "a" | "an"))
    {
        np.pop();
    }
    np
}

/// The subject of a sentence (or clause): skip an introductory phrase, then read a noun phrase.
fn main_subject<'a>(toks: &[Tok<'a>]) -> Option<Np<'a>> {
    let mut i = 0;
    while toks
        .get(i)
        .is_some_and(|t| t.word && INTRO_SET.contains(fold(t.s).as_str()))
    {
        let first = i;
        // An introductory phrase runs to its comma.
        match toks.iter().skip(first).position(|t| t.s == ",") {
            Some(c) if c < 16 => i = first + c + 1,
            _ => {
                i = first + 1;
                break;
            }
        }
    }
    np_right(toks.get(i..)?)
}

/// "In an editorial published by X" / "An editorial published in X": X, the publisher.
struct DocSource<'a> {
    np: Np<'a>,
    cue: String,
}

impl<'a> std::ops::Deref for DocSource<'a> {
    type Target = Np<'a>;
    fn deref(&self) -> &Np<'a> {
        &self.np
    }
}

fn document_source<'a>(_para: &str, plain: &[Tok<'a>], open: usize) -> Option<DocSource<'a>> {
    for (k, t) in plain.iter().enumerate() {
        if t.start >= open {
            break;
        }
        if !matches!(
            fold(t.s).as_str(),
            "editorial" | "statement" | "commentary" | "article" | "column" | "post" | "op-ed"
        ) {
            continue;
        }
        let mut j = k + 1;
        if plain.get(j).is_some_and(|n| {
            matches!(
                fold(n.s).as_str(),
                "published" | "posted" | "issued" | "carried" | "released" | "run"
            )
        }) {
            j += 1;
        }
        if !plain
            .get(j)
            .is_some_and(|n| n.is("by") || n.is("in") || n.is("from"))
        {
            continue;
        }
        let rest: Vec<Tok> = plain
            .iter()
            .skip(j + 1)
            .copied()
            .take_while(|x| {
                x.word
                    && !matches!(
                        fold(x.s).as_str(),
                        "on" | "in" | "at" | "last" | "this" | "which" | "that" | "who"
                    )
            })
            .collect();
        let np = trim_np(rest);
        if !np.is_empty() {
            return Some(DocSource {
                np,
                cue: format!(
                    "in {} {}",
                    if fold(t.s).starts_with(['a', 'e', 'i', 'o', 'u']) {
                        "an"
                    } else {
                        "a"
                    },
                    fold(t.s)
                ),
            });
        }
    }
    None
}

fn classify_publisher(np: &[Tok]) -> Option<Mention> {
    if np.iter().any(|t| t.is_cap() && !t.is("the"))
        && np.first().is_some_and(|t| t.is("the") || t.is_cap())
        && !np
            .iter()
            .any(|t| DOC_NOUNS_SET.contains(fold(t.s).as_str()))
    {
        return Some(Mention::Name(np_text(np)));
    }
    Some(Mention::OrgDescriptor(np_text(np)))
}

/// "the editorial", "the article": a document standing for its publisher.
fn is_document_np(np: &[Tok]) -> bool {
    np.len() <= 3
        && np.first().is_some_and(|t| t.is("the"))
        && np
            .last()
            .is_some_and(|t| DOC_NOUNS_SET.contains(fold(t.s).as_str()))
        && !np.iter().skip(1).any(|t| t.is_cap())
}

/// What kind of speaker a noun phrase names.
pub fn classify(np: &[Tok]) -> Option<Mention> {
    // Drop leading words that cannot begin a speaker ("Her words", "But Trump").
    let lead = np
        .iter()
        .take_while(|t| {
            matches!(
                fold(t.s).as_str(),
                "her"
                    | "his"
                    | "its"
                    | "their"
                    | "our"
                    | "my"
                    | "this"
                    | "that"
                    | "these"
                    | "those"
                    | "but"
                    | "and"
                    | "so"
                    | "yet"
            )
        })
        .count();
    let np = np.get(lead..)?;
    let first = np.first()?;
    let text = np_text(np);
    if np.len() == 1 && PRONOUNS_SET.contains(fold(first.s).as_str()) {
        return Some(Mention::Name(first.s.to_string()));
    }
    // In "the ambassador to Japan" the head noun comes before the preposition.
    let head_at = np
        .iter()
        .position(|t| t.word && matches!(fold(t.s).as_str(), "to" | "for" | "at" | "from" | "in"))
        .filter(|&p| p > 0)
        .map(|p| p - 1)
        .unwrap_or(np.len() - 1);
    // "sources speaking to Reuters": a participle between the head and its phrase.
    let head_at = if head_at > 0
        && np
            .get(head_at)
            .is_some_and(|t| !t.is_cap() && t.s.ends_with("ing"))
    {
        head_at - 1
    } else {
        head_at
    };
    let head = fold(np.get(head_at)?.base());
    let has_cap_name = np.iter().any(|t| {
        t.is_cap()
            && !names::is_title_word(t.s)
            && !matches!(
                fold(t.s).as_str(),
                "the" | "one" | "two" | "three" | "some" | "a" | "an"
            )
            && t.s.chars().any(char::is_lowercase)
    });
    if PEOPLE_NOUNS_SET.contains(head.as_str()) {
        return Some(Mention::Anonymous(text));
    }
    if np
        .iter()
        .any(|t| DOC_NOUNS_SET.contains(fold(t.s).as_str()))
        && np.iter().any(|t| t.is("of"))
    {
        return Some(Mention::OrgDescriptor(text));
    }
    let title_head = names::is_title_word(np.get(head_at)?.s);
    if title_head
        && !np.iter().any(|t| {
            t.is_cap()
                && names::TITLE_WORDS.iter().all(|w| fold(t.s) != *w)
                && !is_nationality(t)
                && !t.is("the")
        })
    {
        let qualifier = np
            .iter()
            .find(|t| is_nationality(t))
            .map(|t| t.s.to_string());
        let head_words: Vec<String> = np
            .iter()
            .filter(|t| {
                names::is_title_word(t.s) && !matches!(fold(t.s).as_str(), "former" | "senior")
            })
            .map(|t| String::from(fold(t.s)))
            .collect();
        return Some(Mention::Descriptor {
            qualifier,
            head: head_words,
            text,
        });
    }
    if has_cap_name
        || np.iter().any(|t| {
            t.is_cap() && t.s.len() >= 2 && t.s.chars().all(|c| c.is_uppercase() || c == '.')
        })
    {
        return Some(Mention::Name(text));
    }
    None
}

/// Right before a reporting verb, "the city council" or "the coach" is a described speaker even
/// though neither word is a known people noun: the position says it speaks.
fn classify_subject(np: &[Tok]) -> Option<Mention> {
    if let Some(m) = classify(np) {
        return Some(m);
    }
    let head = fold(np.last()?.base());
    let text = np_text(np);
    let det = np.first().is_some_and(|t| {
        matches!(
            fold(t.s).as_str(),
            "the" | "a" | "an" | "one" | "two" | "three" | "some" | "several"
        )
    });
    if (2..=4).contains(&np.len()) && det && !DOC_NOUNS_SET.contains(head.as_str()) {
        if names::ORG_HEADS_SET.contains(head.as_str()) {
            return Some(Mention::OrgDescriptor(text));
        }
        return Some(Mention::Anonymous(text));
    }
    None
}

fn is_nationality(t: &Tok) -> bool {
    if !t.is_cap() || names::is_title_word(t.s) {
        return false;
    }
    let w = t.s.trim_end_matches('.');
    let plain: String = w.chars().filter(|c| *c != '.').collect();
    (plain.len() <= 3 && plain.len() >= 2 && plain.chars().all(|c| c.is_uppercase()))
        || ["ese", "an", "ish", "ian", "ch"]
            .iter()
            .any(|s| w.ends_with(s))
}

/// Splits a name mention into title words and the name itself.
pub fn strip_titles(name: &str) -> (bool, Vec<String>, String) {
    let toks = lex::tokens(name);
    let the = toks.first().is_some_and(|t| t.is("the"));
    let mut titles = Vec::new();
    let mut rest = Vec::new();
    for t in toks.iter().skip(usize::from(the)) {
        if rest.is_empty() && (names::is_title_word(t.s) || is_nationality(t)) {
            titles.push(t.s.to_string());
        } else {
            rest.push(t.s);
        }
    }
    (the, titles, rest.join(" "))
}

pub fn is_org_name(name: &str, reg: &Registry) -> bool {
    let (the, _, rest) = strip_titles(name);
    if the {
        return true;
    }
    let last = rest.split(' ').next_back().map(fold).unwrap_or_default();
    if names::ORG_HEADS_SET.contains(last.as_str()) {
        return true;
    }
    if rest.split(' ').count() == 1 {
        return reg.person_by_token(&rest).is_none();
    }
    false
}

fn is_person_mention(m: &Mention, reg: &Registry) -> bool {
    match m {
        Mention::Name(n) => !is_org_name(n, reg),
        Mention::Descriptor { .. } => true,
        _ => false,
    }
}

/// The organisation's canonical name for a mention known to be an organisation.
pub fn org_name(name: &str, reg: &Registry) -> String {
    // A nationality is part of an organisation's name ("Japanese government"); only "the" goes.
    let base = canonical_org(name);
    if base.len() <= 5 && base.chars().all(|c| c.is_uppercase()) {
        if let Some(full) = reg.expand_acronym(&base) {
            return full;
        }
    }
    base
}

#[cfg(test)]
mod tests {
    use super::*;

    fn np(s: &str) -> Option<Mention> {
        classify(&lex::tokens(s))
    }

    #[test]
    fn noun_phrases_are_classified() {
        assert_eq!(
            np("one source"),
            Some(Mention::Anonymous("one source".into()))
        );
        assert_eq!(
            np("Japanese officials"),
            Some(Mention::Anonymous("Japanese officials".into()))
        );
        assert_eq!(
            np("the White House"),
            Some(Mention::Name("the White House".into()))
        );
        assert!(matches!(
            np("the Chinese president"),
            Some(Mention::Descriptor { .. })
        ));
        assert_eq!(np("she"), Some(Mention::Name("she".into())));
        assert_eq!(
            np("the newspaper of the ruling party"),
            Some(Mention::OrgDescriptor(
                "the newspaper of the ruling party".into()
            ))
        );
        assert_eq!(np("the discussion"), None);
    }
}
