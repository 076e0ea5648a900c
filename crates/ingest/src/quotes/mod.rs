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
//!
//! The rooms: [`marks`] pairs quotation marks; [`attribution`] holds the rules; [`mentions`]
//! says what kind of speaker a noun phrase names; [`terms`] tells terms and titles from
//! speech; [`indirect`] finds reported speech without marks; [`verbs`] holds the word lists.
//! This module splits sentences and runs them over each paragraph ([`extract`]).

mod attribution;
mod indirect;
mod marks;
mod mentions;
mod terms;
mod verbs;

use storyscope_core::model::{Confidence, QuoteKind};

use crate::lex::{self, fold, Tok};
use crate::names::{Gender, Registry};
use crate::Diagnostic;
use attribution::{attribute, resolve_pronoun, Attribution};
use indirect::indirect;
use marks::pair_marks;
use terms::term_or_title;
use verbs::PRONOUNS_SET;

pub use mentions::{classify, is_org_name, org_name, person_name, strip_titles};

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
        /// The person the article named in that office before these words, when one was.
        resolved: Option<String>,
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

pub(super) struct Sentence<'s, 'a> {
    /// Tokens of the sentence, each flagged when it lies inside a quotation: a slice of the
    /// paragraph's, so reading a sentence (or a window of one) copies nothing.
    pub(super) toks: &'s [(Tok<'a>, bool)],
}

impl<'a> Sentence<'_, 'a> {
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
pub(super) fn person_mentions(
    base: usize,
    toks: &[Tok],
    quoted: &[bool],
    reg: &Registry,
    out: &mut Vec<(usize, String, Option<Gender>)>,
) {
    for (k, (t, q)) in toks.iter().zip(quoted).enumerate() {
        if !q && t.is_cap() {
            // "John Prevost" when the corpus knows only "Cardinal Robert Prevost": another given
            // name before the surname is another person, not the one the surname finds.
            // ("But Bach", "When Bach": a word that opens the sentence is no given name.)
            let prev = k
                .checked_sub(1)
                .and_then(|j| toks.get(j))
                .filter(|pv| !crate::names::FUNCTION_WORDS_SET.contains(fold(pv.s).as_str()));
            // ("Kyaw Moe Aung" is not "Min Aung Hlaing": a name word shared inside two names
            // finds the other only when the word before it is theirs too.)
            let other_given = |p: &crate::names::Person| {
                prev.is_some_and(|pv| {
                    pv.is_cap()
                        && pv.word
                        && !crate::names::is_title_word(pv.s)
                        && !crate::names::is_name_particle(pv.s)
                        && p.name.split(' ').count() >= 2
                        && !p.name.split(' ').any(|w| w == pv.s)
                })
            };
            let found = reg.person_by_token(t.base());
            // A surname alone ("Prevost said") is first the person of that surname this article
            // named ("John Prevost"), before whoever the corpus knows best by it.
            // (An owner, "Patterson’s sentence", is not someone a later pronoun means.)
            let lone = !t.is_possessive()
                && prev.is_none_or(|pv| !pv.is_cap() || !pv.word)
                && !reg.full_names_ending(t.base()).is_empty();
            let here = lone
                .then(|| named_in_article(t.base(), out))
                .flatten()
                .filter(|n| n.contains(' '))
                .cloned();
            if let Some(name) = here {
                let gender = reg.person_by_name(&name).and_then(|p| p.gender);
                out.push((base + t.start, name, gender));
            } else if let Some(p) = found.filter(|p| !other_given(p)) {
                out.push((base + t.start, p.name.clone(), p.gender));
            } else if let Some(prev) = prev {
                // A full name the corpus writes out ("chief Sandra Tapfumaneyi") is a person
                // a later "she" may mean, though no title or appositive introduced it.
                // Also the end of a longer run ("Singer Dana Vell" → "Dana Vell").
                let is_this = |n: &str| {
                    let Some(r) = n.strip_suffix(t.base()).and_then(|r| r.strip_suffix(' ')) else {
                        return false;
                    };
                    r == prev.s || r.strip_suffix(prev.s).is_some_and(|h| h.ends_with(' '))
                };
                let particle_before = prev.word && crate::names::is_name_particle(prev.s);
                let office_before = crate::names::is_title_word(prev.s)
                    || crate::names::PEOPLE_NOUNS_SET.contains(fold(prev.s).as_str());
                let names = if prev.is_cap() || particle_before || office_before {
                    reg.full_names_ending(t.base())
                } else {
                    &[]
                };
                // ("Ursula von der Leyen": the words before the surname, particles too, as
                // the text writes them.)
                let written = || {
                    names.iter().find_map(|(n, _)| {
                        let words: Vec<&str> = n.split(' ').collect();
                        let m = words.len().checked_sub(1).filter(|&m| m >= 2)?;
                        let from = k.checked_sub(m)?;
                        let here = toks.get(from..k)?;
                        let same = here.iter().zip(&words).all(|(x, w)| x.s == *w)
                            && words.get(1..m).is_some_and(|ws| {
                                ws.iter().any(|w| crate::names::is_name_particle(w))
                            });
                        same.then(|| (from, n.clone()))
                    })
                };
                if prev.is_cap() && names.iter().any(|(n, _)| is_this(n)) {
                    out.push((base + prev.start, format!("{} {}", prev.s, t.base()), None));
                } else if let Some((from, n)) = particle_before.then(written).flatten() {
                    let start = toks.get(from).map_or(t.start, |x| x.start);
                    out.push((base + start, n, None));
                } else if office_before
                    && names.is_empty()
                    && t.word
                    && !t.is_possessive()
                    && reg.is_titled_surname(t.base())
                {
                    // "Midfielder Rodri", "sporting director Luque": one name after an office
                    // is someone a later "he" may mean.
                    out.push((base + t.start, t.base().to_string(), None));
                }
            }
        }
    }
}

/// The full name a surname stands for: the only one the corpus writes out, or one written at
/// least twice as often as any other.
fn dominant_full_name(names: &[(String, usize)]) -> Option<&str> {
    let mut sorted: Vec<&(String, usize)> = names.iter().collect();
    sorted.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
    match sorted.as_slice() {
        [(one, _)] => Some(one),
        [(top, a), (_, b), ..] if *a >= 2 * *b => Some(top),
        _ => None,
    }
}

/// "Ian Vale, surviving guest:" or "Prosecutor Jo Park:" on a line of its own, before quoted
/// lines: who speaks below. A short line without quotation marks that ends in a colon and
/// opens with a name or a described source.
fn introducing_line(para: &str) -> Option<Mention> {
    let line = para.trim().strip_suffix(':')?;
    if line.len() > 160 || line.contains(['“', '"', '‘', '”']) {
        return None;
    }
    let who = line.split(',').next().unwrap_or(line);
    let toks = lex::tokens(who);
    if toks.len() > 8 || !toks.first().is_some_and(|t| t.is_cap()) {
        return None;
    }
    classify(&toks)
}

/// "the 55-year-old", "the 64-year-old director": someone the text has just named, by age.
fn is_age_descriptor(d: &str) -> bool {
    let words: Vec<&str> = d.split_whitespace().collect();
    let age = |w: &str| {
        w.strip_suffix("-year-old")
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    };
    // "the young actress", "the veteran striker": someone the story follows, by what they do.
    const WHO_BY_CRAFT: &[&str] = &[
        "victim",
        "survivor",
        "widow",
        "actress",
        "actor",
        "singer",
        "star",
        "rapper",
        "filmmaker",
        "musician",
        "athlete",
        "player",
        "striker",
        "midfielder",
        "defender",
        "goalkeeper",
        "swimmer",
        "sprinter",
        "golfer",
        "champion",
        "billionaire",
        "tycoon",
        "mogul",
        "entrepreneur",
        "novelist",
        "author",
        "comedian",
        "pontiff",
        "cyclist",
        "skier",
        "boxer",
        "batter",
        "bowler",
        "batsman",
        "cricketer",
        "footballer",
        "driver",
        "jockey",
        "dancer",
        "director",
    ];
    const NOT_THE_SAME: &[&str] = &[
        "other",
        "another",
        "second",
        "third",
        "former",
        "new",
        "unnamed",
        "anonymous",
        "fellow",
    ];
    let craft = |rest: &[&str]| match rest.split_last() {
        Some((head, mods)) => {
            mods.len() <= 2
                && WHO_BY_CRAFT.contains(&head.to_lowercase().as_str())
                && mods.iter().all(|m| {
                    (age(m) || m.chars().all(|c| c.is_lowercase())) && !NOT_THE_SAME.contains(m)
                })
        }
        None => false,
    };
    matches!(words.as_slice(), [the, a] if the.eq_ignore_ascii_case("the") && age(a))
        || matches!(words.as_slice(), [the, a, _] if the.eq_ignore_ascii_case("the") && age(a))
        || matches!(words.as_slice(), [the, rest @ ..] if the.eq_ignore_ascii_case("the") && craft(rest))
}

/// "The prosecutor said", "the South African President added": a role noun stands for the
/// person this article last named who holds that office ("Assistant U.S. Attorney Jo Park",
/// "South African President Ann Dube"), looked for among the people named before `at`. A
/// description nobody named before fits stays a description.
fn role_noun(
    m: Mention,
    at: usize,
    mentions: &[(usize, String, Option<Gender>)],
    reg: &Registry,
) -> Mention {
    let (qualifier, head, text) = match &m {
        Mention::Descriptor {
            qualifier,
            head,
            text,
            resolved: None,
        } => (
            qualifier.as_deref().map(crate::names::norm_qualifier),
            head.clone(),
            text.clone(),
        ),
        Mention::Name(n) => match title_only(n) {
            Some((q, h)) => (q, h, n.clone()),
            None => return m,
        },
        _ => return m,
    };
    // A nationality alone ("the Italian") is a qualifier without an office.
    if head.is_empty() && qualifier.is_none() {
        return m;
    }
    let end = mentions.partition_point(|(pos, _, _)| *pos < at);
    let fitting = |(_, name, _): &(usize, String, Option<Gender>)| {
        reg.person_by_name(name)
            .filter(|p| Registry::fits(p, qualifier.as_deref(), &head))
    };
    // Before the words, nearest first; else someone named later in the same paragraph. (A lead
    // that names the person only paragraphs later is left to the corpus-wide lookup.)
    // A qualifier the article never wrote beside the name ("the US president" after "President
    // Donald Trump"): the nearest holder of the office given no nationality at all, when nobody
    // holds it with that qualifier.
    let unqualified = |(_, name, _): &(usize, String, Option<Gender>)| {
        reg.person_by_name(name)
            .filter(|p| qualifier.is_some() && Registry::fits_unqualified(p, &head))
    };
    let before = mentions
        .get(end.saturating_sub(LOOK_BACK)..end)
        .unwrap_or(&[]);
    let found = before
        .iter()
        .rev()
        .find_map(fitting)
        .or_else(|| {
            mentions
                .get(end..)
                .unwrap_or(&[])
                .iter()
                .take(8)
                .find_map(fitting)
        })
        // (A nationality alone, "the Italian", names no office anyone else could hold.) Only
        // the person named last: "Claudia Sheinbaum extended her congratulations. “…,” the
        // Mexican leader said" is not about the president named paragraphs before her.
        .or_else(|| {
            (!head.is_empty())
                .then(|| before.last().and_then(unqualified))
                .flatten()
        });
    match found {
        Some(p) => Mention::Descriptor {
            qualifier,
            head,
            text,
            resolved: Some(p.name.clone()),
        },
        None => m,
    }
}

/// "Dooley said" after "Angie Dooley, 20, and her father": a bare surname is the person of that
/// surname this article has named so far — the one named at least twice as often when it named
/// two. Relatives who share a surname are often quoted in one article, where the corpus-wide
/// merge cannot tell them apart but the article's order can.
fn surname_in_article(
    m: Mention,
    at: usize,
    mentions: &[(usize, String, Option<Gender>)],
    reg: &Registry,
) -> Mention {
    let Mention::Name(n) = &m else { return m };
    let word = n.trim();
    // ("von der Leyen", "De la Fuente": a surname with its particles is a surname too.)
    let mut parts = word.split(' ').rev();
    let surname = parts.next().unwrap_or("");
    let particles = parts.all(|p| crate::names::is_name_particle(&p.to_lowercase()));
    if !particles || !surname.starts_with(char::is_uppercase) {
        return m;
    }
    let end = mentions.partition_point(|(pos, _, _)| *pos < at);
    match named_in_article(word, mentions.get(..end).unwrap_or(&[])) {
        // The corpus finds the same person by the surname: kept as written, an alias to show.
        Some(full) if reg.person_by_token(word).is_some_and(|p| &p.name == full) => m,
        Some(full) => Mention::Name(full.clone()),
        None => m,
    }
}

/// The full name a surname alone stands for among the people this article has named so far
/// (`mentions`, in text order): the only one of that surname, or the one named at least twice
/// as often as any other; `None` when the article named nobody of that surname, or two alike.
fn named_in_article<'a>(
    word: &str,
    mentions: &'a [(usize, String, Option<Gender>)],
) -> Option<&'a String> {
    let mut named: Vec<(&String, usize)> = Vec::new();
    for (_, full, _) in mentions
        .get(mentions.len().saturating_sub(LOOK_BACK)..)
        .unwrap_or(&[])
    {
        // By bytes from the end: this runs for every capitalised word.
        let ends = full.len() > word.len()
            && full.as_bytes().ends_with(word.as_bytes())
            && full.as_bytes().get(full.len() - word.len() - 1) == Some(&b' ');
        if ends {
            match named.iter_mut().find(|(n, _)| *n == full) {
                Some((_, c)) => *c += 1,
                None => named.push((full, 1)),
            }
        }
    }
    named.sort_by_key(|(_, c)| std::cmp::Reverse(*c));
    match named.as_slice() {
        [(one, _)] => Some(one),
        [(top, a), (_, b), ..] if *a >= 2 * *b => Some(top),
        _ => None,
    }
}

/// The organisation a sentence opens with as its subject ("Boeing is “deeply sorry” …"): the
/// capitalised words from its start, then a verb such as "is" or "has" (so "According to …"
/// is no body), a name the corpus reads as a body's.
fn org_opening(sent: &Sentence, reg: &Registry) -> Option<Mention> {
    let words: Vec<Tok> = sent
        .toks
        .iter()
        .take_while(|(t, quoted)| !quoted && t.word && t.is_cap())
        .map(|(t, _)| *t)
        .collect();
    if words.is_empty() || words.len() > 5 || words.first().is_some_and(|t| t.is("the")) {
        return None;
    }
    let verb = sent.toks.get(words.len()).is_some_and(|(t, _)| {
        matches!(
            fold(t.s).as_str(),
            "is" | "was"
                | "are"
                | "were"
                | "has"
                | "had"
                | "have"
                | "will"
                | "would"
                | "said"
                | "says"
                | "does"
                | "did"
        )
    });
    if !verb {
        return None;
    }
    let m = mentions::classify(&words)?;
    matches!(&m, Mention::Name(n) if is_org_name(n, reg)).then_some(m)
}

/// "the company" → `Some(false)`, "the companies" → `Some(true)`: a bare common noun for a
/// business or a public body ("the department") that names none; `None` for anything more
/// specific.
fn generic_org(d: &str) -> Option<bool> {
    let toks = lex::tokens(d);
    match toks.as_slice() {
        [the, head] if the.is("the") => match fold(head.s).as_str() {
            "company" | "firm" | "carrier" | "retailer" | "airline" | "group" | "business"
            | "department" | "ministry" | "office" | "commission" | "authority" | "regulator"
            | "watchdog" | "council" | "agency" | "planemaker" | "automaker" | "carmaker"
            | "chipmaker" | "drugmaker" | "manufacturer" | "insurer" | "lender" | "bank"
            | "operator" | "broadcaster" | "publisher" | "startup" | "conglomerate" | "utility"
            | "supplier" | "developer" | "studio" => Some(false),
            "companies" | "firms" | "groups" | "businesses" | "airlines" | "departments"
            | "ministries" | "authorities" | "carriers" | "automakers" | "carmakers"
            | "manufacturers" | "insurers" | "lenders" | "banks" | "operators" | "broadcasters"
            | "publishers" => Some(true),
            _ => None,
        },
        _ => None,
    }
}

/// "the South African President": a capitalised mention made of a qualifier and titles only,
/// as (normalised qualifier, folded title words).
/// A role as written ("his wife", "the victim's father") that only a person can hold.
pub(crate) fn role_of_a_person(role: &str) -> bool {
    let toks: Vec<Tok> = lex::tokens(role).into_iter().filter(|t| t.word).collect();
    attribution::describes_a_person(&toks)
}

pub(crate) fn title_only(n: &str) -> Option<(Option<String>, Vec<String>)> {
    let toks = lex::tokens(n);
    let words: Vec<&Tok> = toks.iter().filter(|t| t.word && !t.is("the")).collect();
    let last = words.last()?;
    if !crate::names::is_title_word(last.s) {
        return None;
    }
    let mut qualifier = None;
    let mut head = Vec::new();
    for t in &words {
        if crate::names::is_title_word(t.s) {
            head.push(String::from(fold(t.s)));
        } else if mentions::is_nationality(t) {
            qualifier = Some(crate::names::norm_qualifier(t.s));
        } else if t.is_cap() {
            // "the Victorian Bar president", "the COP29 president": other capitalised words
            // narrow the office, and the person must have been given them.
            head.push(String::from(fold(t.s)));
        } else {
            // A lowercase word makes it something other than a title.
            return None;
        }
    }
    Some((qualifier, head))
}

/// "Dalton's mother", "his brother" opening a sentence, as an unnamed source, when the relative
/// is of the gender a pronoun asks for.
fn kin_subject(words: &[Tok], want: Gender) -> Option<Mention> {
    let (owner, kin) = match words {
        [owner, kin, ..] => (owner, kin),
        _ => return None,
    };
    let owned = owner.is_possessive() || matches!(fold(owner.s).as_str(), "his" | "her" | "their");
    let gender = match fold(kin.s).as_str() {
        "mother" | "wife" | "daughter" | "sister" | "grandmother" | "aunt" | "niece" | "widow"
        | "girlfriend" | "fiancee" | "mum" | "mom" => Gender::Female,
        "father" | "husband" | "son" | "brother" | "grandfather" | "uncle" | "nephew"
        | "widower" | "boyfriend" | "fiance" | "dad" => Gender::Male,
        _ => return None,
    };
    // ("His brother Jon Lake spoke": named, so the name answers.)
    let named = words.get(2).is_some_and(|t| t.word && t.is_cap());
    (owned && owner.word && kin.word && !named && gender == want)
        .then(|| Mention::Anonymous(format!("{} {}", owner.s, kin.s)))
}

impl SentenceBefore {
    /// Its first words, read again from the article (never more than `bytes` of it).
    fn opening<'t>(&self, text: &'t str, bytes: usize) -> Vec<Tok<'t>> {
        let mut end = self.span.1.min(self.span.0 + bytes);
        while end > self.span.0 && !text.is_char_boundary(end) {
            end -= 1;
        }
        lex::tokens(text.get(self.span.0..end).unwrap_or(""))
    }

    /// Who it is about: the subject its first `words` words open with, as a mention.
    fn subject(&self, text: &str, words: usize) -> Option<Mention> {
        let opening = self.opening(text, 400);
        attribution::main_subject(opening.get(..opening.len().min(words)).unwrap_or(&[]))
            .and_then(|np| classify(&np))
    }
}

/// A placeholder for unfilled slots of a fixed array of tokens.
static NO_TOKEN: Tok<'static> = Tok {
    s: "",
    start: 0,
    end: 0,
    word: false,
};

/// The sentence before the current one, for a quotation standing alone after it.
struct SentenceBefore {
    para: usize,
    index: usize,
    /// Whether it holds a quotation (then the quotation's own rules decide).
    quoted: bool,
    /// Its byte range in the article (its words are read again only when a quotation needs
    /// them: keeping them for every sentence cost more than reading the few asked for).
    span: (usize, usize),
}

/// People named before a quotation that the role, surname and age look-backs consider: the
/// nearest are the ones meant, and a bound keeps an article of a million names linear.
const LOOK_BACK: usize = 200;

/// Tokens of context read before and after a quotation.
pub(super) const WINDOW_BEFORE: usize = 80;
pub(super) const WINDOW_AFTER: usize = 40;

/// Gender a pronoun implies, if any.
pub(super) fn pronoun_gender(p: &str) -> Option<Gender> {
    match fold(p).as_str() {
        "he" => Some(Gender::Male),
        "she" => Some(Gender::Female),
        _ => None,
    }
}

/// Extracts every quotation of one article and attributes it.
pub fn extract(
    text: &str,
    body_toks: &[Tok],
    reg: &Registry,
    file: &str,
    line_offset: u32,
    diags: &mut Vec<Diagnostic>,
) -> Vec<RawQuote> {
    let mut out: Vec<RawQuote> = Vec::new();
    // The last attributed mention and where: (paragraph, sentence) — for continuations.
    let mut last: Option<(Mention, usize, usize)> = None;
    // The last person (not organisation) who spoke, and in which paragraph: who a "he" with
    // nobody named near most likely means, though an organisation was quoted since.
    let mut last_person: Option<(Mention, usize)> = None;
    // The sentence before the current one: (paragraph, sentence, whether it holds a quotation,
    // its first words outside quotation marks), for a quotation standing alone after it.
    let mut last_sentence: Option<SentenceBefore> = None;
    // Where the last attributed words end, absolute: names after it interrupt a continuation.
    let mut last_end = 0usize;
    // The last organisation that spoke, for "the editorial said".
    let mut last_org: Option<Mention> = None;
    let mut mentions = Vec::new();
    // Genders learnt in this article from pronouns already resolved ("she said" → that person).
    let mut learnt: Vec<(String, Gender)> = Vec::new();

    let mut sentence_starts: Vec<(usize, Option<Gender>)> = Vec::new();
    // Where each sentence's main clause begins: past an opening clause ("When Zakhar Prilepin
    // survived …, Malyuk made headlines"), whose names a later pronoun is less likely to mean.
    let mut main_clauses: Vec<usize> = Vec::new();
    let mut paragraphs: Vec<(usize, usize, &str)> = Vec::new();
    let mut offset = 0;
    for (p_idx, para) in text.split('\n').enumerate() {
        if !para.trim().is_empty() {
            paragraphs.push((p_idx, offset, para));
        }
        offset += para.len() + 1;
    }
    // A line that introduces the quotes below it ("Jo Park, a witness:"): its speaker and the
    // paragraph it stands on.
    let mut intro: Option<(Mention, usize)> = None;
    for (n, &(p_idx, this_start, para)) in paragraphs.iter().enumerate() {
        let line = line_offset + p_idx as u32 + 1;
        let quote_led = para
            .trim_start()
            .trim_start_matches(['*', '-', '•', '·'])
            .trim_start()
            .starts_with(['“', '"', '‘']);
        if !quote_led {
            intro = introducing_line(para).map(|m| (m, p_idx));
        }
        // Past a line a page puts between paragraphs ("Advert", "Story continues below").
        let next_opens = paragraphs
            .get(n + 1..)
            .unwrap_or(&[])
            .iter()
            .enumerate()
            .find(|&(i, (_, _, next))| {
                !is_interstitial(next) && !after_read_more(&paragraphs, n + 1 + i)
            })
            .map(|(_, p)| p)
            .is_some_and(|(_, _, next)| next.trim_start().starts_with(['“', '"', '‘']));
        let at_end = paragraphs.get(n + 1).is_none();
        let marks = pair_marks(para, next_opens, at_end, file, line, diags);
        // The paragraph's tokens, cut from the article's and counted from the paragraph's start
        // (no token spans a line break, so this is what tokenising the paragraph would give).
        let from = body_toks.partition_point(|t| t.start < this_start);
        let to = body_toks.partition_point(|t| t.start < this_start + para.len());
        let all: Vec<Tok> = body_toks
            .get(from..to)
            .unwrap_or(&[])
            .iter()
            .map(|t| Tok {
                start: t.start - this_start,
                end: t.end - this_start,
                ..*t
            })
            .collect();
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
        // "— Dana Ruiz (@dana_tv) October 14, 2024": the credit line of an embedded post names
        // its author, not someone the next "she said" can mean.
        let embed_credit = para.trim_start().starts_with(['—', '–', '-']) && para.contains("(@");
        // "President of the Federation Luis Rubiales during the ceremony": a photo caption (no
        // sentence in it, below the headline) names who is pictured, not whom a later "she"
        // means.
        let caption = n > 0
            && !para
                .trim_end()
                .ends_with(['.', '!', '?', ':', ';', ',', '”', '"', '’', '\''])
            && !para.contains(['“', '"', '‘'])
            && para.split_whitespace().count() >= 4;
        // ("Read More" between paragraphs names nobody either.)
        if !embed_credit && !caption && !is_interstitial(para) {
            person_mentions(this_start, &all, &quoted, reg, &mut mentions);
        }
        let sentences = lex::sentences_of(para, &all, &protected);
        let paired: Vec<(Tok, bool)> = all.iter().copied().zip(quoted.iter().copied()).collect();
        for (s_idx, &(s0, s1)) in sentences.iter().enumerate() {
            // This sentence's start and the one before it, for pronouns.
            let lo = all.partition_point(|t| t.start < s0);
            let hi = all.partition_point(|t| t.start < s1);
            let sent = Sentence {
                toks: paired.get(lo..hi).unwrap_or(&[]),
            };
            // Where each sentence starts and the pronoun that is its subject, if one is: its
            // first word, or the first after a short opening phrase and its comma ("Next, he
            // said", "On Thursday, she added").
            // (On the stack: this runs for every sentence.)
            // ("A member of the Augustinian Order, he quoted …": up to seven words lead.)
            let mut first_words: [&Tok; 9] = [&NO_TOKEN; 9];
            let mut count = 0;
            for (slot, (t, _)) in first_words
                .iter_mut()
                .zip(sent.toks.iter().filter(|(_, q)| !q))
            {
                *slot = t;
                count += 1;
            }
            let opening = first_words.get(..count).unwrap_or(&[]);
            let after_lead = opening
                .iter()
                .position(|t| t.s == ",")
                .filter(|&c| c <= 7 && opening[..c].iter().all(|t| t.word))
                .and_then(|c| opening.get(c + 1));
            let opens_with = opening
                .iter()
                .find(|t| t.word)
                .and_then(|t| pronoun_gender(t.s))
                .or_else(|| after_lead.and_then(|t| pronoun_gender(t.s)));
            // (A caption is no sentence a pronoun looks back through.)
            if !caption {
                sentence_starts.push((this_start + s0, opens_with));
            }
            let subordinate = opening.first().is_some_and(|t| {
                t.word
                    && matches!(
                        fold(t.s).as_str(),
                        "when"
                            | "after"
                            | "as"
                            | "while"
                            | "although"
                            | "though"
                            | "because"
                            | "if"
                            | "since"
                            | "before"
                            | "once"
                            | "until"
                            | "despite"
                    )
            });
            let main_at = subordinate
                .then(|| {
                    sent.toks
                        .iter()
                        .filter(|(_, q)| !q)
                        .take(30)
                        .find(|(t, _)| t.s == ",")
                        .map(|(t, _)| this_start + t.end)
                })
                .flatten()
                .unwrap_or(this_start + s0);
            if !caption {
                main_clauses.push(main_at);
            }
            let in_sentence = &marks
                [marks.partition_point(|m| m.open < s0)..marks.partition_point(|m| m.open < s1)];
            let sentence_before = last_sentence.replace(SentenceBefore {
                para: p_idx,
                index: s_idx,
                quoted: !in_sentence.is_empty(),
                span: (this_start + s0, this_start + s1),
            });
            // The sentence right before this one, when it holds no quotation of its own: what a
            // pronoun or a quotation standing alone may refer back to.
            let sentence_before = sentence_before.filter(|b| {
                !b.quoted
                    && ((b.para == p_idx && b.index + 1 == s_idx)
                        || (s_idx == 0
                            && paragraphs
                                .get(n.wrapping_sub(1))
                                .is_some_and(|(prev, _, _)| *prev == b.para)))
            });
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
            // ("While Ann said she felt “…”, Bo has maintained …. He told": words quoted in
            // the sentence's opening clause are not who its main clause is about.)
            let in_opening_clause = main_clauses
                .len()
                .checked_sub(2)
                .and_then(|i| main_clauses.get(i))
                .zip(
                    sentence_starts
                        .len()
                        .checked_sub(2)
                        .and_then(|i| sentence_starts.get(i)),
                )
                .is_some_and(|(&m, &(prev_start, _))| {
                    last_end < m && m > prev_start && last_end > prev_start
                });
            let prior = prior
                .filter(|_| opens_with_pronoun && !in_opening_clause)
                .map(|(m, _, _)| m.clone())
                .filter(|m| !matches!(m, Mention::OrgDescriptor(_)));
            // The person quoted last, within three paragraphs.
            // The organisation test is made only when a pronoun asks for it.
            let recent_candidate = last_person
                .as_ref()
                .filter(|(_, lp)| {
                    let at = paragraphs.partition_point(|x| x.0 < *lp);
                    n.saturating_sub(at) <= 3
                })
                .map(|(m, _)| m.clone());
            let recent_speaker = || {
                recent_candidate
                    .as_ref()
                    // Paragraphs, not lines: blank lines between them do not count (above).
                    .and_then(|m| match m {
                        Mention::Name(n) if !is_org_name(n, reg) => Some(n.clone()),
                        Mention::Descriptor {
                            resolved: Some(n), ..
                        } => Some(n.clone()),
                        _ => None,
                    })
            };
            let pronoun = |m: Option<Mention>, at: usize, learnt: &mut Vec<(String, Gender)>| match (
                &m, &prior,
            ) {
                // "he" and "she" are people: an organisation that spoke last is not who.
                (Some(Mention::Name(n)), Some(p))
                    if PRONOUNS_SET.contains(fold(n).as_str())
                        && fold(n) != "they"
                        && !matches!(p, Mention::Name(x) if is_org_name(x, reg)) =>
                {
                    Some(p.clone())
                }
                // "the 55-year-old said": an age stands for the person the article is about so
                // far — named most often before it, the latest of equals — not merely the last
                // one named, who may be someone that person spoke of.
                (Some(Mention::Anonymous(d)), _) if is_age_descriptor(d) => {
                    let end = mentions.partition_point(|(pos, _, _)| *pos < at);
                    let before = mentions
                        .get(end.saturating_sub(LOOK_BACK)..end)
                        .unwrap_or(&[]);
                    // Surnames alone count too ("Combs apologized"), in the text just before:
                    // the last twenty people named are the candidates, and the text read is
                    // bounded, so an article of a million such sentences stays linear.
                    let mut from = at.saturating_sub(20_000);
                    while from > 0 && !text.is_char_boundary(from) {
                        from -= 1;
                    }
                    let so_far = text.get(from..at).unwrap_or("");
                    // An age the text gave someone ("Bankman-Fried, 32,") names them.
                    let years = d
                        .split_whitespace()
                        .find_map(|w| w.strip_suffix("-year-old"))
                        .and_then(|n| n.parse::<u32>().ok());
                    let aged = years.and_then(|y| {
                        before
                            .iter()
                            .rev()
                            .take(20)
                            .find(|(_, name, _)| reg.age_of(name) == Some(y))
                    });
                    if let Some((_, name, _)) = aged {
                        return Some(Mention::Name(name.clone()));
                    }
                    // Or a surname alone in the text before ("Bankman-Fried claimed …") that
                    // the corpus gives that age and writes out in full elsewhere.
                    let by_age = years.and_then(|y| {
                        reg.surnames_aged(y)
                            .filter(|s| so_far.contains(s.as_str()))
                            .find_map(|s| dominant_full_name(reg.full_names_ending(s)))
                    });
                    if let Some(name) = by_age {
                        return Some(Mention::Name(name.to_string()));
                    }
                    let mut best: Option<(usize, usize, &String)> = None;
                    let mut seen: Vec<&String> = Vec::new();
                    for (i, (_, name, _)) in before.iter().enumerate().rev() {
                        if seen.contains(&name) || seen.len() >= 20 {
                            continue;
                        }
                        seen.push(name);
                        let surname = name.rsplit(' ').next().unwrap_or(name);
                        let n = so_far.match_indices(surname).count();
                        if best.is_none_or(|(bn, bi, _)| (n, i) > (bn, bi)) {
                            best = Some((n, i, name));
                        }
                    }
                    match best {
                        Some((_, _, name)) => Some(Mention::Name(name.clone())),
                        None => m,
                    }
                }
                (Some(Mention::Name(n)), _) if PRONOUNS_SET.contains(fold(n).as_str()) => {
                    resolve_pronoun(
                        m.clone(),
                        at,
                        &sentence_starts,
                        &main_clauses,
                        recent_speaker().as_deref(),
                        &mentions,
                        learnt,
                    )
                }
                _ => m,
            };
            if in_sentence.is_empty() {
                if let Some(q) = indirect(para, &sent, reg) {
                    let at = this_start + q.start;
                    let mention = pronoun(q.mention.clone(), at, &mut learnt)
                        .map(|m| role_noun(m, at, &mentions, reg))
                        .map(|m| surname_in_article(m, at, &mentions, reg))
                        // "the company confirmed", "the newspaper noted": the one quoted
                        // last, or none.
                        .and_then(|m| match &m {
                            Mention::OrgDescriptor(d) if is_document_noun(d) => last_org.clone(),
                            Mention::OrgDescriptor(d) | Mention::Anonymous(d) => {
                                match generic_org(d) {
                                    Some(false) => last_org.clone(),
                                    Some(true) => None,
                                    None => Some(m),
                                }
                            }
                            _ => Some(m),
                        });
                    if let Some(m) = &mention {
                        if is_org_mention(m, reg) {
                            last_org = Some(m.clone());
                        }
                        if !is_org_mention(m, reg) {
                            last_person = Some((m.clone(), p_idx));
                        }
                        last = Some((m.clone(), p_idx, s_idx));
                        last_end = this_start + q.end;
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
            // The sentence read as reported speech, once, when a quote in it needs it.
            let mut reported: Option<Option<RawQuote>> = None;
            let whole = &sent;
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
                    toks: sent
                        .toks
                        .get(
                            at.saturating_sub(WINDOW_BEFORE)
                                ..(after + WINDOW_AFTER).min(sent.toks.len()),
                        )
                        .unwrap_or(&[]),
                };
                let sent = &window;
                let mut a = attribute(para, sent, o, c, reg);
                // A partial quote inside reported speech ("the president said the attention was
                // “extremely unusual”", "…, the minister has said."): the report's speaker.
                if a.mention.is_none() {
                    let report = reported.get_or_insert_with(|| indirect(para, whole, reg));
                    if let Some(q) = report
                        .as_ref()
                        .filter(|q| q.start <= o + 1 && c <= q.end + 1)
                    {
                        a.mention = q.mention.clone();
                        a.cue = q.cue.clone();
                        a.confidence = Confidence::Medium;
                        // "according to the agency": the body this article last cited.
                        if matches!(&a.mention, Some(Mention::OrgDescriptor(d)) if is_document_noun(d))
                        {
                            a.mention = last_org.clone();
                        }
                    }
                }
                // "The palace said the King was kept informed, while Kemi Lee called the news
                // “heartbreaking”": the clause the quotation stands in has its own speaker.
                if a.mention.is_some() && !starts_sentence {
                    let before = opening_plain(whole, at);
                    let clause = before
                        .iter()
                        .rposition(|t| {
                            matches!(fold(t.s).as_str(), "while" | "whereas" | "but" | ";")
                        })
                        .and_then(|i| before.get(i + 1..))
                        .unwrap_or(&[]);
                    let verb = (1..clause.len().min(16)).find(|&v| {
                        attribution::is_naming_verb(clause, v) || verbs::is_speech_verb(clause, v)
                    });
                    let speaker = verb
                        .and_then(|v| attribution::verb_attribution(para, clause, v))
                        .and_then(|x| x.mention)
                        .filter(|m| match m {
                            Mention::Name(n) => !is_org_name(n, reg) && fold(n) != "it",
                            _ => false,
                        });
                    if let Some(m) = speaker.filter(|m| Some(m) != a.mention.as_ref()) {
                        a.cue = Some("speaker of its own clause".into());
                        a.mention = Some(m);
                        a.confidence = Confidence::Medium;
                    }
                }
                // "The Journal reported that Berg had called the plan “the best in decades”": the
                // report relays the words of the person its clause is about.
                if a.mention.as_ref().is_some_and(|m| is_org_mention(m, reg)) && !starts_sentence {
                    let before = opening_plain(whole, at);
                    let that = before.iter().rposition(|t| t.is("that")).filter(|&i| {
                        i > 0
                            && matches!(
                                fold(before[i - 1].s).as_str(),
                                "reported" | "reports" | "said" | "says" | "wrote" | "writes"
                            )
                    });
                    let clause = that.and_then(|i| before.get(i + 1..)).unwrap_or(&[]);
                    let relayed = attribution::main_subject(clause)
                        .filter(|np| {
                            let next = np
                                .last()
                                .and_then(|l| clause.iter().find(|t| t.start >= l.end));
                            next.is_some_and(|t| t.word && !t.is_cap())
                        })
                        .and_then(|np| classify(&np))
                        .filter(|m| match m {
                            Mention::Name(n) => !is_org_name(n, reg) && fold(n) != "it",
                            _ => false,
                        });
                    if let Some(m) = relayed {
                        a.cue = Some(format!("relayed: {}", a.cue.take().unwrap_or_default()));
                        a.mention = Some(m);
                        a.confidence = Confidence::Medium;
                    }
                }
                // "Baker thanked the academy for seeing it as “an independent film”": a quotation
                // inside a sentence whose subject is a person, with no verb of speech tied to it,
                // is that person's words — the weakest reading, so low confidence.
                if a.mention.is_none() && !starts_sentence {
                    let before = opening_plain(whole, at);
                    // The subject is a name or "he"/"she" opening the clause, followed by its
                    // verb (a lowercase word) or an aside between commas or dashes; with nothing
                    // passive before the quotation ("X was summoned over “…” remarks", "X thinks
                    // the plan is called “bold”": not X's words). A headline or a
                    // caption — no closing punctuation — has no such grammar to trust.
                    let closed = para
                        .trim_end()
                        .trim_end_matches(['”', '"', '’', '\'', ')'])
                        .ends_with(['.', '!', '?']);
                    let subject = attribution::main_subject(&before)
                        .filter(|np| {
                            let next = np
                                .last()
                                .and_then(|l| before.iter().position(|t| t.start >= l.end));
                            let verb = next.and_then(|i| before.get(i)).is_some_and(|t| {
                                (t.word && !t.is_cap()) || matches!(t.s, "," | "–" | "—")
                            });
                            // (An adverb may stand between: "was repeatedly accused of".)
                            let be = |t: &Tok| {
                                matches!(
                                    fold(t.s).as_str(),
                                    "was" | "were" | "is" | "are" | "been" | "be"
                                )
                            };
                            let rest = before.get(next.unwrap_or(0)..).unwrap_or(&[]);
                            let passive = rest
                                .windows(2)
                                .any(|w| be(&w[0]) && w[1].s.ends_with("ed"))
                                || rest.windows(3).any(|w| {
                                    be(&w[0]) && w[1].s.ends_with("ly") && w[2].s.ends_with("ed")
                                });
                            // "France's envoy": the owner is not the subject.
                            let named = !np.iter().any(|t| t.is_possessive())
                                // ("French President Emmanuel Macron": a nationality before a
                                // title and a name is no bare nationality.)
                                && np.first().is_some_and(|t| {
                                    t.is_cap()
                                        && !matches!(fold(t.s).as_str(), "a" | "an" | "the")
                                        && (!mentions::is_nationality(t) || np.len() >= 3)
                                });
                            // "The Pakistan prime minister … thanked": an office, kept below
                            // only when the article names someone in it.
                            let office = np.first().is_some_and(|t| t.is("the"))
                                && np.iter().any(|t| crate::names::is_title_word(t.s));
                            closed && verb && !passive && (named || office)
                        })
                        .and_then(|np| match np.as_slice() {
                            // "He began his speech with a greeting: “…”": the pronoun is
                            // resolved below, as any other.
                            [p] if p.is("he") || p.is("she") => {
                                Some(Mention::Name(p.s.to_string()))
                            }
                            _ => classify(&np),
                        })
                        .filter(|m| match m {
                            Mention::Name(n) => {
                                PRONOUNS_SET.contains(fold(n).as_str())
                                    || (!is_org_name(n, reg)
                                        && !matches!(fold(n).as_str(), "it" | "they"))
                            }
                            _ => false,
                        })
                        .filter(|m| !matches!(m, Mention::Name(n) if fold(n) == "they"));
                    let subject = subject.or_else(|| {
                        attribution::main_subject(&before)
                            .filter(|np| np.first().is_some_and(|t| t.is("the")) && closed)
                            .and_then(|np| classify(&np))
                            .filter(|m| matches!(m, Mention::Descriptor { head, .. } if !head.is_empty()))
                            .map(|m| role_noun(m, this_start + o, &mentions, reg))
                            .filter(|m| matches!(m, Mention::Descriptor { resolved: Some(_), .. }))
                    });
                    if let Some(m) = subject {
                        a.mention = Some(m);
                        a.cue = Some("subject of the sentence".into());
                        a.confidence = Confidence::Low;
                    }
                }
                // "he said" with nobody it can mean: no speaker, and no continuation either.
                let said_by_pronoun = matches!(&a.mention, Some(Mention::Name(n)) if PRONOUNS_SET.contains(fold(n).as_str()));
                // "Dalton's mother, who sat through the trial, wept. “…,” she said": the
                // relative the sentence before is about, when the pronoun fits them.
                if let Some(Mention::Name(p)) = &a.mention {
                    let relative = pronoun_gender(p).and_then(|want| {
                        kin_subject(&sentence_before.as_ref()?.opening(text, 120), want)
                    });
                    if relative.is_some() {
                        a.mention = relative;
                    }
                }
                // A pronoun before the quotation means someone named before the pronoun: in
                // "he stressed Dee “is a woman”", Dee is who he spoke of.
                let pronoun_at = match &a.mention {
                    Some(Mention::Name(p)) if PRONOUNS_SET.contains(fold(p).as_str()) => all
                        .iter()
                        .rev()
                        .skip_while(|t| t.start >= o)
                        .take_while(|t| t.start >= s0)
                        .find(|t| t.word && t.s.eq_ignore_ascii_case(p))
                        .map_or_else(
                            || {
                                // After the words, a name right before them is what they are
                                // about ("Assad “is a tyrant,” he said"), not who says them.
                                let topic = all
                                    .iter()
                                    .rev()
                                    .find(|t| t.end <= o)
                                    .is_some_and(|t| t.is_cap() && t.start >= s0);
                                if topic {
                                    s0
                                } else {
                                    o
                                }
                            },
                            |t| t.start,
                        ),
                    _ => o,
                };
                let said_by_they =
                    matches!(&a.mention, Some(Mention::Name(p)) if fold(p) == "they");
                a.mention = pronoun(a.mention, this_start + pronoun_at, &mut learnt);
                // "Maersk has verified the charter. “…,” they stated": a body or a group the
                // sentence before is about (low).
                if said_by_they && a.mention.is_none() {
                    a.mention = sentence_before
                        .as_ref()
                        .and_then(|b| b.subject(text, 16))
                        .filter(|m| match m {
                            Mention::Name(x) => is_org_name(x, reg),
                            Mention::Anonymous(x) => x.ends_with('s'),
                            Mention::OrgDescriptor(_) => true,
                            Mention::Descriptor { .. } => false,
                        });
                    a.read_from_sentence_before();
                }
                // "It said" right after an organisation spoke is that organisation; any other
                // "it" names nobody.
                if matches!(&a.mention, Some(Mention::Name(n)) if n == "it") {
                    a.mention = last
                        .as_ref()
                        .filter(|(m, lp, ls)| {
                            let adjacent = (*lp == p_idx && (*ls + 1 == s_idx || *ls == s_idx))
                                || (s_idx == 0
                                    && n.checked_sub(1)
                                        .and_then(|i| paragraphs.get(i))
                                        .map(|x| x.0)
                                        == Some(*lp));
                            let org = match m {
                                Mention::Name(x) => is_org_name(x, reg),
                                Mention::OrgDescriptor(_) => true,
                                _ => false,
                            };
                            adjacent && org
                        })
                        .map(|(m, _, _)| m.clone());
                    if a.mention.is_none() {
                        a.cue = None;
                    }
                }
                a.mention = a
                    .mention
                    .map(|m| role_noun(m, this_start + o, &mentions, reg))
                    .map(|m| surname_in_article(m, this_start + o, &mentions, reg));

                // An office without a country that nobody in the corpus holds: "Marco Rubio
                // assured that …. The secretary assured that …" is the person the sentence
                // before is about, when it opens with a person's name (low).
                if let Some(Mention::Descriptor {
                    qualifier: None,
                    head,
                    resolved: None,
                    text: said_as,
                }) = &a.mention
                {
                    let office = head.last().is_some_and(|h| crate::names::is_title_word(h))
                        && said_as.split(' ').count() <= 3;
                    let subject = sentence_before
                        .as_ref()
                        .filter(|_| office)
                        .and_then(|b| b.subject(text, 14))
                        .filter(|m| {
                            matches!(m, Mention::Name(x) if x.contains(' ')
                                && !is_org_name(x, reg)
                                && !PRONOUNS_SET.contains(fold(x).as_str()))
                        });
                    // Someone the corpus gave another office ("Prime Minister Anil Rao" is not
                    // "the minister") is not who.
                    let untitled = |m: &Mention| match m {
                        Mention::Name(x) => reg.person_by_name(x).is_none_or(|p| {
                            p.titles.iter().all(|t| !crate::names::is_title_word(t))
                                || Registry::fits(p, None, head)
                        }),
                        _ => false,
                    };
                    let subject = subject
                        .filter(untitled)
                        .map(|m| (m, "the subject of the sentence before"));
                    // (A sentence before that holds a quotation: its speaker, a person.)
                    let subject = subject.or_else(|| {
                        last.as_ref()
                            .filter(|(m, lp, ls)| {
                                let adjacent = (*lp == p_idx && *ls + 1 == s_idx)
                                    || (s_idx == 0 && prev_prev_para == Some(*lp));
                                office
                                    && adjacent
                                    && untitled(m)
                                    && matches!(m, Mention::Name(x) if x.contains(' ')
                                        && !is_org_name(x, reg))
                            })
                            .map(|(m, _, _)| (m.clone(), "the person quoted before"))
                    });
                    if let Some((m, how)) = subject {
                        a.mention = Some(m);
                        a.cue = Some(format!("{} ({how})", a.cue.take().unwrap_or_default()));
                        a.confidence = Confidence::Low;
                    }
                }
                // An office or a nationality with a country, that nobody in the article holds:
                // "Claudia Sheinbaum extended her congratulations. “…,” the Mexican leader
                // said" is the person the sentence before is about; "“…,” Jan Sinder wrote. The
                // Italian added: “…”" is the person quoted just before (this paragraph or the
                // one above). Either only when nothing gives them another country (low).
                if let Some(Mention::Descriptor {
                    qualifier: Some(q),
                    head,
                    resolved: None,
                    ..
                }) = &a.mention
                {
                    let q = crate::names::norm_qualifier(q);
                    let found = if head.is_empty() {
                        last.as_ref()
                            .filter(|(m, lp, _)| {
                                let near = *lp == p_idx
                                    || n.checked_sub(1)
                                        .and_then(|i| paragraphs.get(i))
                                        .is_some_and(|x| x.0 == *lp);
                                near && matches!(m, Mention::Name(x) if person_of_country(x, &q, reg))
                            })
                            .map(|(m, _, _)| (m.clone(), "the person quoted before"))
                    } else {
                        sentence_before
                            .as_ref()
                            .filter(|b| !b.quoted)
                            .and_then(|b| b.subject(text, 14))
                            .filter(
                                |m| matches!(m, Mention::Name(x) if person_of_country(x, &q, reg)),
                            )
                            .map(|m| (m, "the subject of the sentence before"))
                    };
                    if let Some((m, how)) = found {
                        a.mention = Some(m);
                        a.cue = Some(format!("{} ({how})", a.cue.take().unwrap_or_default()));
                        a.confidence = Confidence::Low;
                    }
                }
                // "the company said": the company this article last quoted; with none, or for
                // "the companies", the text does not say which.
                // With none quoted yet, the body named at the opening of this very sentence:
                // "Boeing is “deeply sorry …”, the planemaker said".
                if let Some(Mention::OrgDescriptor(d) | Mention::Anonymous(d)) = &a.mention {
                    match generic_org(d) {
                        Some(false) => {
                            a.mention = last_org.clone().or_else(|| org_opening(sent, reg));
                        }
                        Some(true) => a.mention = None,
                        None => {}
                    }
                }
                if a.back_reference {
                    // "“…,” Combs wrote. The letter also stated: “…”": a letter, a post or a
                    // statement right after someone's words is theirs; other documents ("the
                    // agency said") stand for the body last quoted.
                    let named = match &a.mention {
                        Some(Mention::OrgDescriptor(d)) => d.clone(),
                        _ => a.cue.clone().unwrap_or_default(),
                    };
                    let personal = lex::tokens(&named)
                        .iter()
                        .any(|t| crate::names::PERSONAL_DOCS.contains(&fold(t.s).as_str()));
                    let writer = last
                        .as_ref()
                        .filter(|(_, lp, _)| {
                            personal
                                && (*lp == p_idx
                                    || n.checked_sub(1)
                                        .and_then(|i| paragraphs.get(i))
                                        .is_some_and(|x| x.0 == *lp))
                        })
                        .map(|(m, _, _)| m.clone());
                    a.mention = writer.or_else(|| last_org.clone());
                    // "Spain’s weather office, Aemet, raised the alert. “…!” it warned": with
                    // no body quoted before, the body the sentence before is about (low).
                    if a.mention.is_none() {
                        a.mention = sentence_before
                            .as_ref()
                            .and_then(|b| b.subject(text, 16))
                            // (A word no person of the corpus is called: "it" is a body. A
                            // post or a letter may be a person's: "In a post, Jo Park
                            // announced …. “…,” read the post.")
                            .filter(|m| {
                                matches!(m, Mention::Name(x) if is_org_name(x, reg)
                                    || (!x.contains(' ') && reg.person_by_token(x).is_none())
                                    || (personal && x.contains(' ')
                                        && !PRONOUNS_SET.contains(fold(x).as_str())))
                            });
                        a.read_from_sentence_before();
                    }
                    if a.mention.is_none() {
                        a.confidence = Confidence::Low;
                    }
                }
                if let Some(m) = a.mention.as_ref().filter(|m| is_org_mention(m, reg)) {
                    last_org = Some(m.clone());
                }
                // The first quote below an introducing line is that speaker's.
                if a.mention.is_none() && starts_sentence && s_idx == 0 && quote_led {
                    let below = n
                        .checked_sub(1)
                        .and_then(|i| paragraphs.get(i))
                        .map(|x| x.0);
                    if let Some((m, _)) = intro.as_ref().filter(|(_, ip)| Some(*ip) == below) {
                        a.mention = Some(m.clone());
                        a.cue = Some("introduced on the line before".into());
                        a.confidence = Confidence::Medium;
                    }
                }
                // "“…,” said one delegate from a small island state": the quotation names its own
                // speaker, even where the words are not understood — never the last speaker's.
                let own_verb = {
                    let after: Vec<Tok> = sent
                        .toks
                        .iter()
                        .filter(|(t, q)| !q && t.start > c)
                        .map(|(t, _)| *t)
                        .take(4)
                        .collect();
                    let first = after.iter().position(|t| t.word);
                    first.is_some_and(|i| {
                        verbs::is_speech_verb(&after, i)
                            || (after.get(i + 1).is_some() && verbs::is_speech_verb(&after, i + 1))
                            || (after.get(i + 2).is_some() && verbs::is_speech_verb(&after, i + 2))
                    })
                };
                // (A document's verb, "the statement added", leaves it to the statement's
                // author, whom the quote before may name.)
                let own_verb = own_verb && !a.back_reference;
                // Cut off by the end of the text, the words lose what usually follows them
                // ("…,” she said): a speaker read from before them is a guess (low).
                let cut_off = at_end && m.close_len == 0;
                // "‘Don’t go, it’s a man’" on a line of its own: a subhead drawn from words
                // quoted further on, whose speaker the line does not give.
                let subhead = {
                    let line = para.trim();
                    let words = inner.split_whitespace().count();
                    let unpunctuated = !inner.trim_end().ends_with(['.', '!', '?', ',', ';'])
                        || inner.trim_end().ends_with("...")
                        || inner.trim_end().ends_with('…');
                    m.open == para.len() - para.trim_start().len()
                        && line.len() == m.close + m.close_len - m.open
                        && m.close_len > 0
                        && words <= 8
                        && unpunctuated
                };
                if a.mention.is_none()
                    && starts_sentence
                    && !said_by_pronoun
                    && !own_verb
                    && !subhead
                {
                    if let Some((m, lp, ls)) = &last {
                        let adjacent = (*lp == p_idx && (*ls + 1 == s_idx || *ls == s_idx))
                            || (s_idx == 0
                                && paragraphs
                                    .get(..n)
                                    .unwrap_or(&[])
                                    .iter()
                                    .enumerate()
                                    .rev()
                                    .find(|&(i, (_, _, para))| {
                                        !is_interstitial(para) && !after_read_more(&paragraphs, i)
                                    })
                                    .map(|(_, p)| p)
                                    .is_some_and(|(pp, _, _)| pp == lp));
                        // Someone else named since the last speaker's words takes the floor:
                        // better no speaker than the wrong one.
                        let speaker = match m {
                            Mention::Name(n) => Some(fold(n)),
                            _ => None,
                        };
                        // Names in the attribution's own sentence ("Trump said on his Truth
                        // Social network") do not interrupt; names in later sentences do.
                        // (Sentences are in text order: a binary search, so an article of a
                        // million quoted sentences stays linear.)
                        let next_sentence = sentence_starts
                            .get(sentence_starts.partition_point(|(st, _)| *st <= last_end))
                            .map_or(last_end, |(st, _)| *st);
                        let from = mentions.partition_point(|(pos, _, _)| *pos < next_sentence);
                        let to = mentions.partition_point(|(pos, _, _)| *pos < this_start + o);
                        let interrupted =
                            mentions
                                .get(from..to)
                                .unwrap_or(&[])
                                .iter()
                                .any(|(_, x, _)| {
                                    let x = fold(x);
                                    // The speaker named again ("said Prof Ann Lee of the
                                    // University of Kent" names Ann Lee) is no interruption.
                                    let surname = x.rsplit(' ').next().unwrap_or(&x);
                                    speaker
                                        .as_ref()
                                        .is_none_or(|n| !n.split(' ').any(|w| w == surname))
                                });
                        if adjacent && !interrupted {
                            a.mention = Some(m.clone());
                            a.cue = Some("continues the previous quote".into());
                            a.confidence = Confidence::Medium;
                        }
                    }
                }
                let words = inner.split_whitespace().count();
                // "Zoë Saldaña became the first … to win. “My grandmother came …”": a quotation
                // that is a whole sentence of its own, right after a sentence without one whose
                // subject is a person named, is that person's (the weakest reading: low).
                let stands_alone = starts_sentence
                    && words >= 5
                    && sent.toks.iter().all(|(t, q)| *q || !t.word || t.start < o);
                if a.mention.is_none() && stands_alone {
                    // Only when that sentence names nobody else ("Paul Tazewell became …, and
                    // Zoë Saldaña became …" could be either).
                    let alone = |b: &SentenceBefore, name: &str| {
                        let (from, to) = b.span;
                        let surname = fold(name.rsplit(' ').next().unwrap_or(name));
                        let lo = mentions.partition_point(|(pos, _, _)| *pos < from);
                        let hi = mentions.partition_point(|(pos, _, _)| *pos < to);
                        mentions
                            .get(lo..hi)
                            .unwrap_or(&[])
                            .iter()
                            .all(|(_, x, _)| fold(x.rsplit(' ').next().unwrap_or(x)) == surname)
                    };
                    // (Its opening words only, however long it runs.)
                    let subject = sentence_before.as_ref().and_then(|b| {
                        b.subject(text, 14).filter(|m| match m {
                            Mention::Name(x) => {
                                !is_org_name(x, reg)
                                    && !PRONOUNS_SET.contains(fold(x).as_str())
                                    && alone(b, x)
                            }
                            _ => false,
                        })
                    });
                    if let Some(m) = subject {
                        a.mention = Some(surname_in_article(m, this_start + o, &mentions, reg));
                        a.cue = Some("subject of the sentence before".into());
                        a.confidence = Confidence::Low;
                    }
                }
                // "shouted “murderer”, “coward” and “get out” at him": a list of quotations,
                // only commas and "and" between them, has the first one's speaker.
                let listed = out.last().filter(|prev| {
                    a.mention.is_none()
                        && prev.mention.is_some()
                        && prev.kind == QuoteKind::Speech
                        && prev.end > this_start
                        && text.get(prev.end..this_start + o).is_some_and(|between| {
                            between
                                .split(|ch: char| {
                                    ch.is_whitespace() || matches!(ch, ',' | '”' | '"' | '’' | '\'')
                                })
                                .all(|w| w.is_empty() || w == "and" || w == "or")
                        })
                });
                if let Some(prev) = listed {
                    a.mention = prev.mention.clone();
                    a.cue = Some("in a list after the quote before".into());
                    a.confidence = prev.confidence;
                }
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
                if a.mention.is_none() || cut_off {
                    a.confidence = Confidence::Low;
                }
                if a.mention.is_none() {
                    a.cue = None;
                }
                if let Some(m) = &a.mention {
                    if !is_org_mention(m, reg) {
                        last_person = Some((m.clone(), p_idx));
                    }
                    last = Some((m.clone(), p_idx, s_idx));
                    last_end = this_start + c;
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
    same_words_elsewhere(text, &mut out);
    out
}

/// The words outside quotations from the start of the sentence to token `at`, when the sentence
/// opens within [`WINDOW_BEFORE`] tokens of it; else none, so a sentence of a million quotations
/// is not read from its start for each one.
fn opening_plain<'a>(sent: &Sentence<'_, 'a>, at: usize) -> Vec<Tok<'a>> {
    if at > WINDOW_BEFORE {
        return Vec::new();
    }
    sent.toks
        .get(..at)
        .unwrap_or(&[])
        .iter()
        .filter(|(_, q)| !q)
        .map(|(t, _)| *t)
        .collect()
}

/// Whether a name is a person's whom nothing gives a country other than `q` (a folded
/// qualifier): who "the Mexican leader" or "the Italian" may be.
fn person_of_country(x: &str, q: &str, reg: &Registry) -> bool {
    !is_org_name(x, reg)
        && !PRONOUNS_SET.contains(fold(x).as_str())
        && reg
            .person_by_name(x)
            .or_else(|| reg.person_by_token(x))
            .is_none_or(|p| {
                !p.titles
                    .iter()
                    .any(|t| *t != q && crate::names::is_country(t))
            })
}

/// Whether a mention names an organisation or describes one.
fn is_org_mention(m: &Mention, reg: &Registry) -> bool {
    match m {
        Mention::Name(n) => is_org_name(n, reg),
        Mention::OrgDescriptor(_) => true,
        _ => false,
    }
}

/// "the agency", "the newspaper": a document or outlet noun standing for one named before.
fn is_document_noun(d: &str) -> bool {
    let toks = lex::tokens(d);
    matches!(toks.as_slice(), [the, noun] if the.is("the")
        && crate::names::DOC_NOUNS_SET.contains(fold(noun.s).as_str()))
}

/// Quotes an article holds beyond which it does not look for the same words again: the
/// comparison is pairwise, and an article of thousands of quotations is not news copy.
const SAME_WORDS_LIMIT: usize = 300;

/// A headline's “Nightmare scenario” or a lead's “significant risk” with nobody named beside it
/// are the words of whoever says them in full further in the article: an unattributed quote
/// whose words (two or more) stand inside an attributed quotation of the same article takes
/// that speaker, as speech.
fn same_words_elsewhere(text: &str, out: &mut [RawQuote]) {
    if out.len() > SAME_WORDS_LIMIT {
        return;
    }
    let words = |q: &RawQuote| -> Vec<String> {
        text.get(q.start..q.end)
            .unwrap_or("")
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .filter(|w| !w.is_empty())
            .map(|w| String::from(fold(w)).replace('’', "'"))
            .collect()
    };
    let said: Vec<(Vec<String>, usize)> = out
        .iter()
        .enumerate()
        .filter(|(_, q)| q.mention.is_some() && q.kind == QuoteKind::Speech)
        .map(|(i, q)| (words(q), i))
        .collect();
    // A quotation standing alone on its line (a subhead: “Incredible!”) is a pull-quote of
    // words given in full below it, even when the quote before it had a speaker.
    let standalone = |q: &RawQuote| {
        let line_start = text
            .get(..q.start)
            .and_then(|b| b.rfind('\n'))
            .map_or(0, |i| i + 1);
        let line_end = text
            .get(q.end..)
            .and_then(|a| a.find('\n'))
            .map_or(text.len(), |i| q.end + i);
        let outside = |s: &str| {
            s.chars()
                .all(|c| c.is_whitespace() || matches!(c, '“' | '”' | '"' | '‘' | '’' | '\''))
        };
        text.get(line_start..q.start).is_some_and(outside)
            && text.get(q.end..line_end).is_some_and(outside)
    };
    for i in 0..out.len() {
        let q = &out[i];
        if q.kind == QuoteKind::Title || q.kind == QuoteKind::Indirect {
            continue;
        }
        let alone = standalone(q);
        let continued = q.cue.as_deref() == Some("continues the previous quote");
        if q.mention.is_some() && !(alone && continued) {
            continue;
        }
        let w = words(q);
        if (w.len() < 2 && !alone) || w.is_empty() {
            continue;
        }
        let contains = |(full, j): &&(Vec<String>, usize)| {
            *j != i && full.len() > w.len() && full.windows(w.len()).any(|x| x == w.as_slice())
        };
        // The words given in full after it first (a subhead announces what follows).
        let found = said
            .iter()
            .filter(|(_, j)| *j > i)
            .find(|x| contains(x))
            .or_else(|| said.iter().find(|x| contains(x)));
        if let Some((_, j)) = found {
            let (mention, role) = (out[*j].mention.clone(), out[*j].role.clone());
            let q = &mut out[i];
            q.mention = mention;
            q.role = role;
            q.cue = Some("the same words quoted in full in the article".into());
            q.kind = QuoteKind::Speech;
            q.confidence = Confidence::Medium;
        }
    }
}

/// The title of a linked story right under a "Read more" line: no more part of the article than
/// the line itself.
fn after_read_more(paragraphs: &[(usize, usize, &str)], i: usize) -> bool {
    let Some((_, _, this)) = paragraphs.get(i) else {
        return false;
    };
    let read_more = i
        .checked_sub(1)
        .and_then(|j| paragraphs.get(j))
        .is_some_and(|(_, _, p)| {
            let p = p.trim().to_lowercase();
            matches!(
                p.as_str(),
                "read more" | "read more:" | "related" | "related:" | "see also"
            )
        });
    let t = this.trim();
    read_more && !t.ends_with(['.', '!', '?', ':']) && !t.contains(['“', '"', '‘'])
}

/// A line a web page puts between an article's paragraphs ("Advert", "Story continues below",
/// "Loading"): a few words with no sentence in them and no quotation mark. A quotation that runs
/// on over several paragraphs runs on past it.
fn is_interstitial(para: &str) -> bool {
    let p = para.trim();
    p.split_whitespace().count() <= 4
        && !p.ends_with(['.', '!', '?', ':', ',', ';'])
        && !p.contains(['“', '”', '"', '‘', '’'])
}
