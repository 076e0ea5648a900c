//! The attribution rules: who a quotation's words belong to, from the words around it.
//!
//! Tried in order of how directly they tie words to a speaker (see the order in
//! [`super`]): a cue right after the quote, an introduction before it, a document named as
//! the source, the nearest reporting verb and its subject, `according to`. Noun phrases are
//! read left and right of the verb; pronouns resolve to the nearest person of a compatible
//! gender named before.

use super::mentions::{classify, classify_subject, is_nationality, is_org_name, is_person_mention};
use super::verbs::{self, is_speech_verb, is_weak_verb};
use super::verbs::{INTRO_SET, PRONOUNS_SET, SKIPPABLE_SET, SPEECH_VERBS_SET};
use super::{pronoun_gender, Mention, Sentence};
use crate::lex::{self, fold, Tok};
use crate::names::{self, Gender, Registry, DOC_NOUNS_SET, PEOPLE_NOUNS_SET};
use storyscope_core::model::Confidence;

/// "he"/"she" → a person named before `at` whose gender does not contradict it: the first one
/// named in the pronoun's own sentence (which starts at `sentence`), else the first one named
/// in the sentence before (from `previous`), else the person quoted last, else the nearest
/// before. The subject a sentence
/// opens with is who a later "she" usually means, not the person she spoke of: "President Dina
/// Ruiz hailed the election of Leo, whom she described as …".
pub(super) fn resolve_pronoun(
    m: Option<Mention>,
    at: usize,
    sentences: &[(usize, Option<Gender>)],
    main_clauses: &[usize],
    recent_speaker: Option<&str>,
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
    let fits = |(_, name, known): &&(usize, String, Option<Gender>)| {
        let g = learnt
            .iter()
            .find(|(x, _)| x == name)
            .map(|(_, g)| *g)
            .or(*known);
        g.is_none_or(|g| g == want)
    };
    // The first person named in this sentence, else in the one before. A sentence whose subject
    // is this same pronoun ("He also thanked P Lal, the director") names only others: it is
    // passed over, and the walk goes one sentence further back (a few at most).
    let mut near = None;
    let mut upto = end;
    let mut looked = 0;
    let mut from_oldest = 0;
    for (back, &(start, opens_with)) in sentences.iter().rev().take(6).enumerate() {
        let from = mentions
            .partition_point(|(pos, _, _)| *pos < start)
            .min(upto);
        // Its main clause first, then the opening clause before it.
        let main = main_clauses
            .len()
            .checked_sub(back + 1)
            .and_then(|i| main_clauses.get(i))
            .map_or(from, |&m| mentions.partition_point(|(pos, _, _)| *pos < m))
            .clamp(from, upto);
        from_oldest = from;
        if opens_with == Some(want) {
            upto = from;
            // The quotation's own sentence ("“…,” he said") counts as looked at all the same.
            if back == 0 {
                looked += 1;
            }
            continue;
        }
        near = mentions[main..upto]
            .iter()
            .find(fits)
            .or_else(|| mentions[from..main].iter().find(fits));
        upto = from;
        looked += 1;
        if near.is_some() || looked == 2 {
            break;
        }
    }
    let near = near.map(|(_, name, _)| name.clone());
    // Nobody named in these two sentences: the person quoted last, a few paragraphs up, is
    // still who the story is following (unless they are known to be of the other gender).
    let recent = || {
        let name = recent_speaker?;
        let g = learnt.iter().find(|(x, _)| x == name).map(|(_, g)| *g);
        g.is_none_or(|g| g == want).then(|| name.to_string())
    };
    // Else the nearest before those, within a bound: a million men named before a "she" stay
    // linear to pass over.
    let found = near.or_else(recent).or_else(|| {
        mentions[..from_oldest.min(upto)]
            .iter()
            .rev()
            .take(200)
            .find(fits)
            .map(|(_, name, _)| name.clone())
    })?;
    if !learnt.iter().any(|(x, _)| *x == found) {
        learnt.push((found.clone(), want));
    }
    Some(Mention::Name(found))
}

pub(super) struct Attribution {
    pub(super) mention: Option<Mention>,
    pub(super) role: Option<String>,
    pub(super) cue: Option<String>,
    pub(super) confidence: Confidence,
    /// The cue named a document without its publisher ("the editorial said").
    pub(super) back_reference: bool,
}

impl Attribution {
    /// A speaker found, with the words that tied them and how sure the tie is.
    pub(super) fn by(m: Mention, cue: impl Into<String>, confidence: Confidence) -> Self {
        Attribution {
            mention: Some(m),
            role: None,
            cue: Some(cue.into()),
            confidence,
            back_reference: false,
        }
    }

    /// A speaker read from the sentence before, when one was: the cue says so, and the reading
    /// is a guess (low).
    pub(super) fn read_from_sentence_before(&mut self) {
        if self.mention.is_some() {
            self.cue = self
                .cue
                .take()
                .map(|c| format!("{c} (the subject of the sentence before)"));
            self.confidence = Confidence::Low;
        }
    }

    pub(super) fn none() -> Self {
        Attribution {
            mention: None,
            role: None,
            cue: None,
            confidence: Confidence::Low,
            back_reference: false,
        }
    }
}

pub(super) fn attribute(
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
        .find(|(t, q)| !q && t.start > close && matches!(t.s, "“" | "\"" | "‘" | "''" | "‘‘"))
        .map(|(t, _)| t.start);
    let after: Vec<Tok> = plain
        .iter()
        .copied()
        .filter(|t| t.start > close && next_open.is_none_or(|n| t.start < n))
        .collect();
    let starts_sentence = !before.iter().any(|t| t.word);

    // 1. Cue right after the quote — only when the quotation ends as a clause does (`,” she
    // said`), not when it is a phrase inside a longer sentence (`a “great talk” with …`).
    // (A quotation inside it may close first: "“… ‘why does it?’” she writes".)
    let inner = para
        .get(open..close)
        .unwrap_or("")
        .trim_end()
        .trim_end_matches(['’', '\'']);
    // Also `“India is on the Moon”: the agency chief said` (a headline's way).
    let closes_clause = inner.ends_with([',', '.', '!', '?', '—', '–'])
        || after
            .first()
            .is_some_and(|t| t.s == "," || (t.s == ":" && starts_sentence))
        // "‘We will act’ says IOC’s Bach": a quotation opening its line, then a reporting verb
        // right after it, as headlines write it without a comma.
        || (starts_sentence
            && after
                .first()
                .is_some_and(|t| SPEECH_VERBS_SET.contains(fold(t.s).as_str())));
    // A quotation ending in ? or ! ends its sentence for the splitter, but `“…!” Abdullah
    // posted on X` still ties it to the name that follows: read the words after the mark.
    let exclaimed;
    let after: &[Tok] = if after.is_empty() && inner.ends_with(['!', '?']) {
        // A bounded look ahead, so a paragraph of a million exclamations stays linear.
        let mut end = (close + 300).min(para.len());
        while !para.is_char_boundary(end) {
            end -= 1;
        }
        let tail = para.get(close..end).unwrap_or("");
        let skip = tail.chars().next().map_or(0, char::len_utf8);
        exclaimed = lex::tokens(tail.get(skip..).unwrap_or(""))
            .into_iter()
            .take_while(|t| !matches!(t.s, "." | "“" | "\"" | "‘" | "!" | "?"))
            .map(|t| Tok {
                start: t.start + close + skip,
                end: t.end + close + skip,
                ..t
            })
            .collect::<Vec<_>>();
        &exclaimed
    } else {
        &after
    };
    if let Some(mut a) = after_cue(para, after).filter(|_| closes_clause) {
        if let Some(Mention::Name(n)) = &a.mention {
            // (A pronoun is nobody's publication: "Assad “is a tyrant,” he said".)
            let org = is_org_name(n, reg) && !PRONOUNS_SET.contains(fold(n).as_str());
            // "Japanese officials found the message “very concerning”, the WSJ added": a
            // publication relaying someone's words is not their speaker.
            // Only when the subject does something to the words: in "Mangione “remained
            // jailed” and is “expected to be extradited,” the AP said" the words are about him,
            // the report's own.
            let subject = main_subject(&before).filter(|np| {
                let end = np.last().map_or(0, |t| t.end);
                before.iter().filter(|t| t.start >= end && t.word).any(|t| {
                    !matches!(
                        fold(t.s).as_str(),
                        "and"
                            | "is"
                            | "was"
                            | "are"
                            | "were"
                            | "be"
                            | "been"
                            | "remained"
                            | "remains"
                            | "still"
                            | "also"
                    )
                })
            });
            if org && !starts_sentence && !a.back_reference {
                if let Some(subj) = subject.and_then(|np| classify(&np)) {
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
            // "he quoted St. Augustine: “…”": the words are the one quoted.
            let quoted_at = (n.saturating_sub(7)..n.saturating_sub(1)).find(|&k| {
                before[k].word
                    && matches!(
                        fold(before[k].s).as_str(),
                        "quoted" | "quoting" | "cited" | "citing"
                    )
            });
            if let Some(k) = quoted_at {
                let np = trim_np(before[k + 1..n - 1].to_vec());
                if np.first().is_some_and(|t| t.is_cap())
                    && np.iter().all(|t| t.word && (t.is_cap() || t.is("of")))
                {
                    if let Some(m @ Mention::Name(_)) = classify(&np) {
                        return Attribution::by(
                            m,
                            format!("{} …:", fold(before[k].s)),
                            Confidence::Medium,
                        );
                    }
                }
            }
            // "Acme CEO on when the outage will end: ‘Sorry, it will take time’": a headline's
            // way of giving someone's words on a topic — who, "on", the topic, a colon, with
            // no verb of speech between.
            // "Lena Vos: “I have never regretted it”": a name alone before the colon, as
            // headlines and interview transcripts write it.
            if last.s == ":" && starts_line(para, &before) {
                let np = &before[..n - 1];
                // (The words end the line: "Holm Verdict: ‘Rare Honesty’ Wins" is a headline.)
                let name = (2..=4).contains(&np.len())
                    && np
                        .iter()
                        .all(|t| t.word && t.is_cap() && !t.is_possessive())
                    && after.iter().all(|t| !t.word);
                if name {
                    // (A person: "Breaking News:" or "Update:" is a label.)
                    let person = classify(np)
                        .filter(|m| matches!(m, Mention::Name(x) if !is_org_name(x, reg)));
                    if let Some(m) = person {
                        return Attribution::by(m, "name, colon", Confidence::Medium);
                    }
                }
            }
            if last.s == ":" && starts_line(para, &before) {
                if let Some(on) = before
                    .iter()
                    .take(6)
                    .position(|t| t.is("on"))
                    .filter(|&o| o > 0)
                {
                    let np = &before[..on];
                    let verbless = !(0..n).any(|k| is_speech_verb(&before, k));
                    if verbless && np.iter().all(|t| t.word) {
                        if let Some(m) = classify(np).and_then(headline_subject) {
                            return Attribution::by(m, "on …: (headline)", Confidence::Medium);
                        }
                    }
                }
            }
            // Up to "said in a post on X:" — a verb, then at most a short object or phrase.
            for back in 2..=9 {
                let Some(k) = n.checked_sub(back) else { break };
                if !before[k].word && back > 2 {
                    break;
                }
                if is_speech_verb(&before, k) || (back <= 3 && is_weak_verb(&before, k)) {
                    if let Some(mut a) = verb_attribution(para, &before, k) {
                        a.confidence = Confidence::High;
                        // "Emotional Baltimore Mayor urges prayers …, “…”": a capitalised run
                        // that ends in an office names the office (the mayor the article
                        // names), as a headline's subject does.
                        if matches!(&a.mention, Some(Mention::Name(n))
                            if n.rsplit(' ').next().is_some_and(names::is_title_word))
                        {
                            a.mention = a.mention.and_then(headline_subject);
                        }
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
            return Attribution::by(m, np.cue, Confidence::Medium);
        }
    }
    // 4. The nearest reporting verb before the quote. A headline capitalises its verb too
    // ("Tampa Mayor Warns Residents: ‘…’").
    let headline = headline_case(para);
    for k in (0..before.len()).rev() {
        let capitalised_verb = headline
            && k > 0
            && before[k].is_cap()
            && SPEECH_VERBS_SET.contains(fold(before[k].s).as_str());
        if is_speech_verb(&before, k) || capitalised_verb {
            if let Some(mut a) = verb_attribution(para, &before, k) {
                if headline {
                    a.mention = a.mention.and_then(headline_subject);
                    // (Said, so an office nobody is named in is left unresolved, not shown.)
                    a.cue = a.cue.map(|c| format!("{c} (headline)"));
                }
                return a;
            }
        }
    }
    // 4b. A verb that names something in the speaker's words, a few words before them: "the
    // president called the landing a “historic day”", "she described it as “a disgrace”".
    let clause = before
        .iter()
        .rposition(|t| !t.word && matches!(t.s, "." | ";" | "!" | "?" | ":"))
        .map_or(0, |p| p + 1);
    for k in (clause..before.len()).rev().take(8) {
        if is_naming_verb(&before, k) {
            if let Some(mut a) = verb_attribution(para, &before, k) {
                a.confidence = Confidence::Medium;
                return a;
            }
        }
    }
    // 4c. A passive: "the halt was announced by President Jo Park", "the remarks were condemned
    // by Iran as “insulting”": whoever is named after "by" spoke.
    if let Some(a) = passive_by(&plain, open) {
        return a;
    }
    // 4d. A cue that closes the sentence after its last comma: "The sentence sets a “crucial”
    // example for others, Crypto Council CEO Sheila Warren told The Washington Post." — the
    // sentence is the speaker's, and its quoted words too.
    if let Some(c) = after.iter().rposition(|t| t.s == ",") {
        let tail = after.get(c..).unwrap_or(&[]);
        let ends = tail
            .iter()
            .skip(1)
            .position(|t| !t.word && t.s != "." && t.s != "'" && t.s != "’")
            .is_none();
        // (Subject first: after the comma, "told France Inter radio" names the audience.)
        let subject_first = tail
            .get(1)
            .is_some_and(|t| !SPEECH_VERBS_SET.contains(fold(t.s).as_str()));
        if ends && subject_first && tail.len() <= 14 {
            if let Some(mut a) = after_cue(para, tail).filter(|a| a.mention.is_some()) {
                if !a.back_reference {
                    a.confidence = Confidence::Medium;
                    a.cue = a.cue.map(|c| format!("{c} (end of the sentence)"));
                    return a;
                }
            }
        }
    }
    // 5. "according to X".
    if let Some(k) = plain
        .windows(2)
        .position(|w| w[0].is("according") && w[1].is("to"))
    {
        if let Some(m) = named_from(&plain, k + 2) {
            return Attribution::by(m, "according to", Confidence::Medium);
        }
    }
    Attribution::none()
}

/// The speaker a noun phrase names, read from token `from` on ("according to |the ministry").
fn named_from(plain: &[Tok], from: usize) -> Option<Mention> {
    let rest: Vec<Tok> = plain
        .iter()
        .skip(from)
        .copied()
        .take_while(|t| t.word || t.is_possessive())
        .collect();
    classify(&np_right(&rest)?)
}

/// "announced by X", "condemned by X as": a participle of saying or judging, "by", and a speaker,
/// in the sentence of the quotation (before or after it).
fn passive_by(plain: &[Tok], open: usize) -> Option<Attribution> {
    let k = plain.windows(2).position(|w| {
        w[1].is("by")
            && w[0].word
            && !w[0].is_cap()
            && matches!(
                fold(w[0].s).as_str(),
                "announced"
                    | "said"
                    | "stated"
                    | "declared"
                    | "condemned"
                    | "criticised"
                    | "criticized"
                    | "denounced"
                    | "dismissed"
                    | "rejected"
                    | "praised"
                    | "hailed"
                    | "described"
                    | "called"
                    | "branded"
                    | "labelled"
                    | "labeled"
                    | "welcomed"
                    | "posted"
                    | "written"
                    | "issued"
            )
    })?;
    // Only the clause around the quotation: the verb within a dozen words of it.
    let verb = plain.get(k)?;
    let near = plain.iter().filter(|t| {
        (t.start < open && t.start > verb.start) || (t.start > open && t.start < verb.start)
    });
    if near.count() > 14 {
        return None;
    }
    let m = named_from(plain, k + 2)?;
    Some(Attribution::by(
        m,
        format!("{} by", fold(verb.s)),
        Confidence::Medium,
    ))
}

/// "called", "described", "hailed", "praised", "branded": verbs whose object is followed by
/// the subject's own words.
pub(super) fn is_naming_verb(toks: &[Tok], k: usize) -> bool {
    toks.get(k).is_some_and(|t| {
        t.word
            && !t.is_cap()
            && matches!(
                fold(t.s).as_str(),
                "called"
                    | "calling"
                    | "calls"
                    | "described"
                    | "describing"
                    | "describes"
                    | "hailed"
                    | "hailing"
                    | "hails"
                    | "praised"
                    | "praising"
                    | "branded"
                    | "branding"
                    | "labelled"
                    | "labeled"
                    | "termed"
                    | "condemned"
                    | "slammed"
                    | "dedicated"
            )
    })
}

/// A headline's subject as a reading of it: capitalised throughout, "Tampa Mayor" is an
/// office ("the mayor", the person the article names in it, before or after), never a person
/// called Tampa; a name stays a name.
fn headline_subject(m: Mention) -> Option<Mention> {
    let Mention::Name(n) = &m else { return Some(m) };
    let words: Vec<&str> = n.split_whitespace().collect();
    match words.split_last() {
        Some((last, rest)) if names::is_title_word(last) => {
            // A country's word stays ("Chinese President"); a place or a company goes, since
            // the article seldom repeats it beside the name.
            let qualifier = rest
                .last()
                .filter(|q| rest.len() == 1 && names::is_country(&names::norm_qualifier(q)))
                .map(|q| q.to_string());
            Some(Mention::Descriptor {
                qualifier,
                head: vec![fold(last).to_string()],
                text: n.clone(),
                resolved: None,
            })
        }
        _ => Some(m),
    }
}

/// Whether the tokens before a quotation are all its paragraph holds before it (nothing of an
/// earlier sentence): the quotation's introduction opens the line.
fn starts_line(para: &str, before: &[Tok]) -> bool {
    before
        .first()
        .is_some_and(|t| para.get(..t.start).is_some_and(|p| p.trim().is_empty()))
}

/// A line written as a headline: a few words, most capitalised, no closing full stop (the
/// marks that close a quotation at its end aside).
fn headline_case(para: &str) -> bool {
    let t = para.trim().trim_end_matches(['”', '"', '’', '\'']);
    if t.len() > 300 || t.ends_with(['.', '!', '?', ';', ',']) || t.contains('\n') {
        return false;
    }
    let (mut words, mut caps) = (0, 0);
    for w in t.split_whitespace() {
        let w = w.trim_start_matches(['“', '"', '‘', '\'']);
        words += 1;
        caps += usize::from(w.starts_with(char::is_uppercase));
    }
    (3..=25).contains(&words) && caps * 3 >= words * 2
}

/// A noun phrase: its tokens as written.
pub(super) type Np<'a> = Vec<Tok<'a>>;

pub(super) fn np_text(np: &[Tok]) -> String {
    np.iter().map(|t| t.s).collect::<Vec<_>>().join(" ")
}

/// `”, one source said` / `” said one regional expert` / `” explained Jo Park, a lecturer`.
pub(super) fn after_cue(para: &str, after: &[Tok]) -> Option<Attribution> {
    let mut i = 0;
    // (The second half of a closing mark typed as two, `''`, is no word either.)
    while after
        .get(i)
        .is_some_and(|t| !t.word && matches!(t.s, "," | "—" | "–" | ":" | "'" | "’" | "\"" | "”"))
    {
        i += 1;
    }
    let rest = after.get(i..)?;
    let first = rest.first()?;
    // "“…,” read the post": the document's words, its author decided by the caller.
    if first.is("read") || first.is("reads") {
        let doc: Np = rest
            .iter()
            .skip(1)
            .take(3)
            .copied()
            .take_while(|t| t.word)
            .collect();
        if is_document_np(&doc) {
            return Some(Attribution {
                mention: Some(Mention::OrgDescriptor(np_text(&doc))),
                role: None,
                cue: Some(format!(
                    "{} {}",
                    fold(first.s),
                    np_text(&doc).to_lowercase()
                )),
                confidence: Confidence::Medium,
                back_reference: true,
            });
        }
    }
    // Verb first: `said one regional expert`. (A participle never comes before its subject:
    // "…,” saying the show included “…”" goes on with what was said.)
    let participle = first.s.ends_with("ing");
    if !participle
        && (is_speech_verb(rest, 0)
            || is_weak_verb(rest, 0)
            || (first.word
                && SPEECH_VERBS_SET.contains(fold(first.s).as_str())
                && !first.is_cap()
                && !verbs::state_adjective(rest, 0)))
    {
        let mut np: Np = rest
            .iter()
            .skip(1)
            .copied()
            .take_while(|t| t.word)
            .collect();
        // "said one SBU officer on condition of anonymity", "said a source on Monday": a
        // phrase of time or manner after the described source is no part of it.
        if let Some(cut) = np.iter().position(|t| {
            matches!(
                fold(t.s).as_str(),
                "on" | "during" | "while" | "when" | "after" | "before" | "under"
            )
        }) {
            let head = cut.checked_sub(1).and_then(|i| np.get(i)).is_some_and(|h| {
                PEOPLE_NOUNS_SET.contains(fold(h.base()).as_str()) || names::is_title_word(h.s)
            });
            if head
                && np
                    .first()
                    .is_some_and(|t| !t.is_cap() || t.is("one") || t.is("a"))
            {
                np.truncate(cut);
            }
        }
        let np = trim_np(np);
        // "said Serra's lawyer, Jamie Ortiz." / "said the firm's chief, Ann Lee.": a description,
        // then the name, ending the clause — the name speaks, the description is the role.
        let described = np.iter().any(|t| !t.is_cap() || t.is_possessive());
        // "…, the Chief of the Space Agency (ISRO), S. Somanath,": an acronym in brackets
        // after the description.
        let mut after_np = 1 + np.len();
        if rest.get(after_np).is_some_and(|t| t.s == "(") {
            if let Some(close) =
                (after_np + 1..rest.len().min(after_np + 5)).find(|&i| rest[i].s == ")")
            {
                after_np = close + 1;
            }
        }
        let name: Np = rest
            .iter()
            .skip(after_np + 1)
            .copied()
            .take_while(|t| t.word && t.is_cap())
            .collect();
        let named_after = rest.get(after_np).is_some_and(|c| c.s == ",")
            && (1..=4).contains(&name.len())
            && rest
                .get(after_np + 1 + name.len())
                .is_none_or(|t| matches!(t.s, "." | "," | ";"));
        if described && named_after && !np.is_empty() {
            if let Some(m) = classify(&name).filter(|m| matches!(m, Mention::Name(_))) {
                return Some(Attribution {
                    mention: Some(m),
                    role: Some(np_text(&np)),
                    cue: Some(fold(first.s).into()),
                    confidence: Confidence::High,
                    back_reference: false,
                });
            }
        }
        // "said National Transportation Safety Board chair Jo Park": a body, its office, then
        // the name — the name speaks, and the body and office are the role.
        // ("… communications manager Dan Huot during the broadcast": what follows the name,
        // in lowercase, is no part of it.)
        let office =
            |t: &Tok| names::is_title_word(t.s) || PEOPLE_NOUNS_SET.contains(fold(t.s).as_str());
        let name_word = |x: &Tok| x.is_cap() && !names::is_title_word(x.s);
        if let Some(t) = np.iter().rposition(office) {
            let len = np
                .get(t + 1..)
                .unwrap_or(&[])
                .iter()
                .take_while(|x| name_word(x))
                .count();
            let name = np.get(t + 1..t + 1 + len).unwrap_or(&[]);
            let ends = np.get(t + 1 + len).is_none_or(|x| !x.is_cap());
            let whole_name = (2..=3).contains(&name.len()) && ends;
            if t > 0 && whole_name {
                if let Some(m @ Mention::Name(_)) = classify(name) {
                    return Some(Attribution {
                        mention: Some(m),
                        role: Some(np_text(np.get(..=t).unwrap_or(&[]))),
                        cue: Some(fold(first.s).into()),
                        confidence: Confidence::High,
                        back_reference: false,
                    });
                }
            }
        }
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
    let limit = rest.len().min(13);
    for k in 1..limit {
        if !rest[k - 1].word && !rest[k - 1].is_possessive() {
            return named_with_appositive(para, rest, k - 1);
        }
        // A plain subject is short; a longer run only leads to a comma, checked above.
        if k < 9 && (is_speech_verb(rest, k) || is_weak_verb(rest, k)) {
            let mut np: Np = rest[..k].to_vec();
            while np
                .last()
                .is_some_and(|t| SKIPPABLE_SET.contains(fold(t.s).as_str()))
            {
                np.pop();
            }
            // "‘…’: What Air India's chief said": the question word is no part of who.
            if np.len() > 1 && np.first().is_some_and(|t| t.is("what") || t.is("how")) {
                np.remove(0);
            }
            let np_str = np_text(&np);
            let cue = cue_phrase(rest, k);
            // "Acme President and CEO Dana Ruiz said": two offices joined by "and" are one
            // person's; the name is read with the second.
            let office = |t: &Tok| {
                names::is_title_word(t.s) || PEOPLE_NOUNS_SET.contains(fold(t.s).as_str())
            };
            let named = np
                .last()
                .is_some_and(|t| t.is_cap() && !names::is_title_word(t.s));
            if let Some(i) = np.iter().position(|t| t.is("and")).filter(|&i| {
                named
                    && i > 0
                    && np.get(i - 1).is_some_and(office)
                    && np.get(i + 1).is_some_and(office)
            }) {
                np.drain(i - 1..=i);
            }
            if is_document_np(&np) {
                return Some(Attribution {
                    mention: None,
                    role: None,
                    cue: Some(format!("{} {}", np_str.to_lowercase(), cue)),
                    confidence: Confidence::Medium,
                    back_reference: true,
                });
            }
            // "“…,” it warned": the body just quoted or written about, decided by the caller.
            if let [it] = np.as_slice() {
                if it.is("it") {
                    return Some(Attribution {
                        mention: Some(Mention::OrgDescriptor(np_str.clone())),
                        role: None,
                        cue: Some(format!("{} {cue}", np_str.to_lowercase())),
                        confidence: Confidence::Medium,
                        back_reference: true,
                    });
                }
            }
            // The words before the verb must be a noun phrase and nothing else.
            // "harbour master Jo Park said": a lowercase role, then a full name.
            // Also after a nationality: "Indian delegate Chandra Rao told".
            // "state news agency IRNA said": an acronym is a whole name.
            let lead = usize::from(np.first().is_some_and(is_nationality) && np.len() >= 4);
            let acronym = np.last().is_some_and(|t| {
                t.s.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && t.s.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
            });
            let name_len = if acronym { 1 } else { 2 };
            // "a grieving Damascus resident Amer Batha": a place may sit inside the role when a
            // lowercase people noun ends it.
            let role_head = np.len() > name_len
                && np.get(np.len() - name_len - 1).is_some_and(|h| {
                    h.word
                        && !h.is_cap()
                        && (PEOPLE_NOUNS_SET.contains(fold(h.s).as_str())
                            || names::is_title_word(h.s))
                });
            // ("von der Leyen": particles of the name are no role.)
            let particles_only = np.first().is_some_and(|t| !t.is_cap())
                && np
                    .iter()
                    .take_while(|t| !t.is_cap())
                    .all(|t| names::is_name_particle(t.s));
            let role_then_name = np.len() <= 6
                && !particles_only
                && np.iter().all(|t| t.word)
                && np.len() > name_len
                && np[np.len() - name_len..].iter().all(|t| t.is_cap())
                && np.len() - name_len > lead
                && (lead..np.len() - name_len).all(|i| {
                    (!np[i].is_cap() || role_head)
                        && (!SPEECH_VERBS_SET.contains(fold(np[i].s).as_str())
                            || verbs::state_adjective(&np, i))
                });
            let is_np = np_left(&np).is_some_and(|full| full.len() == np.len())
                || role_then_name
                || (np.len() <= 4
                    && np.first().is_some_and(|t| t.is("the"))
                    && np.iter().all(|t| t.word));
            if !is_np {
                return None;
            }
            // "Indian delegate Chandra Rao": the name speaks; the words before it are the role.
            let (m, role) = if role_then_name && !np.iter().all(|t| t.is_cap()) {
                let name_len = np
                    .iter()
                    .rev()
                    .take_while(|t| t.is_cap())
                    .count()
                    .min(3)
                    .max(name_len);
                let (desc, name) = np.split_at(np.len() - name_len);
                match classify(name) {
                    Some(m @ Mention::Name(_)) => (m, Some(np_text(desc))),
                    _ => (classify_subject(&np)?, None),
                }
            } else {
                (classify_subject(&np)?, None)
            };
            let cue = format!("{} {cue}", np_str);
            return Some(Attribution {
                mention: Some(m),
                role,
                cue: Some(cue),
                confidence: Confidence::High,
                back_reference: false,
            });
        }
    }
    None
}

/// `”, Jo Park, a security architect with long service in government, told the paper.`: a name,
/// its description between commas, then the verb. `comma` is the comma after the name.
fn named_with_appositive(para: &str, rest: &[Tok], comma: usize) -> Option<Attribution> {
    let name = rest.get(..comma)?;
    let person_like = !name.is_empty()
        && name.len() <= 4
        && name.iter().all(|t| t.word && t.is_cap())
        && rest.get(comma).is_some_and(|t| t.s == ",");
    if !person_like {
        // "”, prosecutor Christy Slavik, said": a role in lowercase, the name, a stray comma,
        // then the verb.
        let caps = name
            .iter()
            .rev()
            .take_while(|t| t.word && t.is_cap())
            .count();
        let role = name.get(..name.len() - caps).unwrap_or(&[]);
        let role_then_name = (2..=3).contains(&caps)
            && (1..=3).contains(&role.len())
            && role
                .iter()
                .all(|t| t.word && !t.is_cap() && !SPEECH_VERBS_SET.contains(fold(t.s).as_str()))
            && rest.get(comma).is_some_and(|t| t.s == ",")
            && is_speech_verb(rest, comma + 1);
        if role_then_name {
            if let Some(m @ Mention::Name(_)) = classify(name.get(role.len()..).unwrap_or(&[])) {
                return Some(Attribution {
                    mention: Some(m),
                    role: Some(np_text(role)),
                    cue: Some(cue_phrase(rest, comma + 1)),
                    confidence: Confidence::High,
                    back_reference: false,
                });
            }
        }
        return described_then_named(rest, comma);
    }
    // The description runs to the next comma, which the verb must follow.
    let close = (comma + 2..rest.len().min(comma + 32)).find(|&i| !rest[i].word)?;
    if rest[close].s != "," || !(is_speech_verb(rest, close + 1) || is_weak_verb(rest, close + 1)) {
        return None;
    }
    let m = classify_subject(name)?;
    let role = rest
        .get(comma + 1)
        .zip(rest.get(close))
        .and_then(|(a, b)| para.get(a.start..b.start))
        .map(|s| s.trim().to_string());
    Some(Attribution {
        mention: Some(m),
        role,
        cue: Some(cue_phrase(rest, close + 1)),
        confidence: Confidence::High,
        back_reference: false,
    })
}

/// `”, the head of the space agency, Jo Park, posted on X.`: a description, then the name
/// between commas, then the verb.
fn described_then_named(rest: &[Tok], comma: usize) -> Option<Attribution> {
    // ("one of her lawyers, Stefan Babon, told": one of a described group, named.)
    let starts_described = rest
        .first()
        .is_some_and(|t| t.is("the") || t.is("a") || t.is("an") || t.is("one"));
    let close = (comma + 1..rest.len().min(comma + 6)).find(|&i| !rest[i].word)?;
    let name = rest.get(comma + 1..close)?;
    let named = !name.is_empty() && name.iter().all(|t| t.is_cap());
    let verb_follows = rest[close].s == "," && is_speech_verb(rest, close + 1);
    if !(starts_described && named && verb_follows) {
        return None;
    }
    Some(Attribution {
        mention: Some(classify_subject(name)?),
        role: None,
        cue: Some(cue_phrase(rest, close + 1)),
        confidence: Confidence::High,
        back_reference: false,
    })
}

/// The verb plus what makes it meaningful: "told reporters", "said in a statement".
pub(super) fn cue_phrase(toks: &[Tok], k: usize) -> String {
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
pub(super) fn appositive_after(para: &str, toks: &[Tok], k: usize) -> Option<String> {
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
pub(super) fn verb_attribution(para: &str, before: &[Tok], k: usize) -> Option<Attribution> {
    let cue = cue_phrase(before, k);
    let mut j = k;
    // ("Ruben unequivocally stated", "the note reportedly said": an adverb of manner too.)
    let adverb = |t: &Tok| t.word && !t.is_cap() && t.s.len() > 4 && t.s.ends_with("ly");
    while j > 0
        && (SKIPPABLE_SET.contains(fold(before[j - 1].s).as_str()) || adverb(&before[j - 1]))
    {
        j -= 1;
    }
    // "…, including from the equality minister, who described it as": the relative pronoun
    // stands for the noun phrase before its comma.
    // (Only while the clause runs on to the words: in "X, who had admitted the charges,
    // looked on as ‘…’" it closed before them.)
    let clause_open = before
        .get(k + 1..)
        .is_some_and(|r| !r.iter().any(|t| t.s == ","));
    if j >= 3 && before[j - 1].is("who") && before[j - 2].s == "," && clause_open {
        // "announced by President Dan Trask on social media, who said": the medium is no part
        // of who.
        let np = np_left(&before[..j - 2]).map(|np| {
            let cut = np
                .iter()
                .enumerate()
                .position(|(i, t)| {
                    i > 0
                        && matches!(fold(t.s).as_str(), "on" | "in" | "at" | "during" | "via")
                        && np.get(i - 1).is_some_and(|p| p.is_cap())
                })
                .unwrap_or(np.len());
            np[..cut].to_vec()
        });
        if let Some(m) = np.and_then(|np| classify_subject(&np)) {
            return Some(Attribution::by(m, format!("who {cue}"), Confidence::Medium));
        }
    }
    // "Ana Lund on Thursday called": a time between the subject and its verb.
    if j >= 2 && before[j - 2].is("on") && crate::meta::is_weekday(before[j - 1].s) {
        j -= 2;
    }
    // "The Centers for Disease Control and Prevention (CDC) said": the acronym is the name.
    if j >= 3 && before[j - 1].s == ")" && before[j - 3].s == "(" {
        let acr = &before[j - 2];
        let letters = acr.s.chars().filter(|c| c.is_alphabetic()).count();
        if acr.word
            && letters >= 2
            && acr
                .s
                .chars()
                .all(|c| c.is_uppercase() || c.is_ascii_digit())
        {
            return Some(Attribution {
                mention: Some(Mention::Name(acr.s.to_string())),
                role: None,
                cue: Some(cue),
                confidence: Confidence::Medium,
                back_reference: false,
            });
        }
    }
    // "Paulo Dias (pictured) said": an aside in brackets between the subject and its verb.
    if j >= 3 && before[j - 1].s == ")" {
        if let Some(open) = (j.saturating_sub(8)..j - 1)
            .rev()
            .find(|&i| before[i].s == "(")
        {
            if open > 0 {
                j = open;
            }
        }
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
                return Some(Attribution::by(
                    m,
                    format!("{} … as saying", fold(before[q].s)),
                    Confidence::Medium,
                ));
            }
        }
    }
    let prev = j.checked_sub(1).and_then(|p| before.get(p));
    // "…,” said Clement, adding that the storm was a “…”": the one who said, after the verb.
    if verb.ends_with("ing") && prev.is_some_and(|p| p.s == ",") {
        let name_end = j - 1;
        let name_start = (0..name_end)
            .rev()
            .take_while(|&i| before[i].word && before[i].is_cap())
            .last();
        if let Some(ns) = name_start.filter(|&ns| ns > 0 && name_end - ns <= 4) {
            if is_speech_verb(before, ns - 1) {
                if let Some(m @ Mention::Name(_)) = classify(&before[ns..name_end]) {
                    return Some(Attribution::by(
                        m,
                        format!("{} … {cue}", fold(before[ns - 1].s)),
                        Confidence::Medium,
                    ));
                }
            }
        }
    }
    // "…, with Justice Christopher Beale saying …": the participle's own subject, after "with".
    if verb.ends_with("ing") {
        if let Some(np) = np_left(&before[..j]).filter(|np| {
            np.first()
                .and_then(|f| before.iter().position(|t| t.start == f.start))
                .and_then(|at| at.checked_sub(1))
                .and_then(|w| before.get(w))
                .is_some_and(|w| w.is("with"))
        }) {
            if let Some(m) = classify_subject(&np) {
                return Some(Attribution::by(
                    m,
                    format!("with … {cue}"),
                    Confidence::Medium,
                ));
            }
        }
    }
    // "held back a crowd yelling “…”": a participle right after a people noun has that noun
    // as its subject, not the sentence's.
    let own_subject = verb.ends_with("ing")
        && prev.is_some_and(|p| p.word && PEOPLE_NOUNS_SET.contains(fold(p.s).as_str()));
    let coordinated =
        prev.is_some_and(|p| p.is("and") || p.is("to")) || (verb.ends_with("ing") && !own_subject);
    // "His wife, Ann, said": the description before the name, kept as the role.
    let mut role = None;
    // "Challenges are hampering the effort, she said, and added: “…”": the subject of the
    // reporting verb just before "and", not the sentence's.
    let said_and = prev.is_some_and(|p| p.is("and"))
        && j >= 3
        && before.get(j - 2).is_some_and(|c| c.s == ",")
        && before.get(j - 3).is_some_and(|v| {
            v.word && !v.s.ends_with("ing") && SPEECH_VERBS_SET.contains(fold(v.s).as_str())
        });
    let np = if said_and {
        np_left(&before[..j - 3]).or_else(|| main_subject(&before[..j]))
    } else if coordinated || prev.is_none() {
        main_subject(&before[..j])
    } else if prev.is_some_and(|p| p.s == ",") {
        // Skip an appositive or aside between commas: "X, the party's newspaper, called".
        let inner_comma = (0..j - 1).rev().take(14).find(|&i| before[i].s == ",");
        match inner_comma {
            // "The CEO of the firm, Dana Holt, called": the name between the commas is the
            // speaker, the phrase before it her description.
            // "TASS, citing a Kremlin source, reported": the source cited is who.
            Some(c)
                if before
                    .get(c + 1)
                    .is_some_and(|t| t.is("citing") || t.is("quoting")) =>
            {
                let cited = trim_np(before.get(c + 2..j - 1).unwrap_or(&[]).to_vec());
                let m = classify_subject(&cited)?;
                return Some(Attribution::by(
                    m,
                    format!("citing … {cue}"),
                    Confidence::Medium,
                ));
            }
            Some(c) => {
                let between = trim_np(before[c + 1..j - 1].to_vec());
                let named = matches!(classify(&between), Some(Mention::Name(_)))
                    && between.iter().all(|t| t.is_cap() || !t.word);
                if named {
                    let head = before.get(..c).unwrap_or(&[]);
                    let from = head
                        .iter()
                        .rposition(|t| !t.word)
                        .map_or(0, |p| p + 1)
                        .max(c.saturating_sub(5));
                    role = head
                        .get(from..)
                        .filter(|d| !d.is_empty() && describes_a_person(d))
                        .map(np_text);
                    Some(between)
                } else {
                    np_left(&before[..c])
                }
            }
            None => main_subject(&before[..j]),
        }
    } else {
        np_left(&before[..j])
    };
    let np = np?;
    let np = first_conjunct(&before[..j], &np).unwrap_or(np);
    let np = name_before_description(&before[..j], &np).unwrap_or(np);
    let _ = para;
    // "The agency said the ban was …", "It said …": the body this article cited last, decided
    // by the caller.
    if is_document_np(&np) || (np.len() == 1 && np.iter().all(|t| t.is("it"))) {
        return Some(Attribution {
            mention: Some(Mention::OrgDescriptor(np_text(&np))),
            role: None,
            cue: Some(cue),
            confidence: Confidence::Medium,
            back_reference: true,
        });
    }
    let m = classify_subject(&np)?;
    Some(Attribution {
        mention: Some(m),
        role,
        cue: Some(cue),
        confidence: Confidence::Medium,
        back_reference: false,
    })
}

/// "his wife", "the victim's mother", "her lawyer": a description whose head is a relative or
/// a person's role, so the name it introduces is a person's, however short.
pub(super) fn describes_a_person(np: &[Tok]) -> bool {
    let owned = np.first().is_some_and(|t| {
        t.is_possessive() || matches!(fold(t.s).as_str(), "his" | "her" | "their")
    }) || np.iter().any(|t| t.is_possessive());
    np.last().is_some_and(|h| {
        let h = fold(h.base());
        names::KIN_NOUNS.contains(&h.as_str())
            || (owned
                && (PEOPLE_NOUNS_SET.contains(h.as_str())
                    || PEOPLE_NOUNS_SET.contains(format!("{h}s").as_str())
                    || names::is_title_word(&h)))
    })
}

/// "The IOC and the Boxing Unit said", "Lawyers Ann Lee and Bo Kim said": two named sources
/// speak together, and the facet has one speaker per quotation, so the first named stands for
/// both (as a reader would cite it). Only names on both sides: in "Ann Lee and her husband" the
/// second is no name, and the subject is found as before.
fn first_conjunct<'a>(before: &[Tok<'a>], np: &[Tok<'a>]) -> Option<Np<'a>> {
    let first = np.first()?;
    let at = before.iter().position(|t| t.start == first.start)?;
    let name_word =
        |t: &Tok| t.is_cap() || !t.word || t.is("the") || t.s.bytes().all(|b| b.is_ascii_digit());
    if !before.get(at.checked_sub(1)?)?.is("and") || !np.iter().all(name_word) {
        return None;
    }
    let head = np_left(before.get(..at - 1)?)?;
    let head_start = head.first()?.start;
    let from = before.iter().position(|t| t.start == head_start)?;
    // ("BJP President and Union Minister J.P. Nadda": two offices joined, one person.)
    let named = head.len() <= 5
        && head.last().is_some_and(|t| !names::is_title_word(t.s))
        && head
            .iter()
            .any(|t| t.is_cap() && !names::is_title_word(t.s))
        && head.iter().all(|t| {
            t.is_cap()
                || t.is("the")
                || names::is_title_word(t.s)
                || PEOPLE_NOUNS_SET.contains(fold(t.s).as_str())
                || PEOPLE_NOUNS_SET.contains(fold(t.s).trim_end_matches('s'))
        });
    // The pair is the sentence's subject: it opens the sentence, follows a comma or colon, or a
    // possessive ("her lawyers Ann Lee and Bo Kim").
    let opens = from == 0
        || before.get(from - 1).is_some_and(|p| {
            !p.word || matches!(fold(p.s).as_str(), "his" | "her" | "their" | "its")
        });
    (named && opens).then_some(head)
}

/// "Jo Park, a lecturer at Dunmore, noted" and "Jo Park, State Security Adviser called": the
/// subject found is a description standing right after a full name and its comma, so the name
/// is who speaks and the description only says who they are.
fn name_before_description<'a>(before: &[Tok<'a>], np: &[Tok<'a>]) -> Option<Np<'a>> {
    let first = np.first()?;
    let at = before.iter().position(|t| t.start == first.start)?;
    let words: Vec<&Tok> = np.iter().filter(|t| t.word).collect();
    let indefinite = first.is("a") || first.is("an") || first.is("the");
    // ("Kerri Judd KC" ends in letters of rank: a name, not a description.)
    let titled = words.last().is_some_and(|t| {
        (names::is_title_word(t.s) && !names::is_postnominal(t.s))
            || PEOPLE_NOUNS_SET.contains(fold(t.base()).as_str())
    }) && words
        .iter()
        .all(|t| t.is_cap() || names::is_title_word(t.s));
    // "Jo Park, a lecturer at the School of Law and Engineering UNSW said": the capitalised run
    // found is the end of a description that a comma and an article open after a name.
    let at = if (indefinite || titled) && before.get(at.checked_sub(1)?)?.s == "," {
        at
    } else {
        let c = (at.saturating_sub(16)..at)
            .rev()
            .find(|&i| !before[i].word)?;
        let opens = before
            .get(c + 1)
            .is_some_and(|t| t.is("a") || t.is("an") || t.is("the"));
        // The run must sit inside the description, after one of its prepositions: in "On
        // Jo Park's case, the agency's counsel Ann Lee said" Ann Lee is the subject.
        let inside = before.get(c + 1..at).is_some_and(|d| {
            d.iter()
                .any(|t| matches!(t.s, "of" | "at" | "in" | "for" | "from" | "with"))
        });
        if before[c].s != "," || !opens || !inside || (c + 1..at).any(|i| is_speech_verb(before, i))
        {
            return None;
        }
        c + 1
    };
    let end = at - 1;
    let is_name =
        |t: &Tok| t.word && t.is_cap() && !names::is_title_word(t.s) && !t.is_possessive();
    let mut start = end;
    while start > 0 && end - start < 4 && before.get(start - 1).is_some_and(is_name) {
        start -= 1;
    }
    let name = before.get(start..end)?;
    let bounded = start == 0 || before.get(start - 1).is_some_and(|t| !t.is_cap());
    ((2..=4).contains(&name.len()) && bounded).then(|| name.to_vec())
}

pub(super) fn is_np_word(t: &Tok) -> bool {
    t.word
        && (t.is_cap()
            || names::is_title_word(t.s)
            || PEOPLE_NOUNS_SET.contains(fold(t.s).as_str())
            || matches!(
                fold(t.s).as_str(),
                "the"
                    | "of"
                    | "one"
                    | "two"
                    | "three"
                    | "some"
                    | "several"
                    | "many"
                    | "a"
                    | "an"
                    | "another"
            ))
}

/// Where a run of up to three prepositional phrases closing `toks` begins ("in Kotli in the
/// northern region"): each a preposition, then a capitalised name or a determiner and a few
/// words.
fn place_phrases_start(toks: &[Tok]) -> Option<usize> {
    let prep =
        |t: &Tok| t.word && matches!(fold(t.s).as_str(), "in" | "of" | "at" | "from" | "near");
    let mut j = toks.len();
    let mut found = None;
    for _ in 0..3 {
        let mut k = j;
        while k > 0 && j - k < 4 && toks[k - 1].word && !prep(&toks[k - 1]) {
            k -= 1;
        }
        let object = toks.get(k..j).unwrap_or(&[]);
        let fits = object.iter().all(|t| t.is_cap())
            || (object.len() >= 2
                && object
                    .first()
                    .is_some_and(|t| t.is("the") || t.is("a") || t.is("an"))
                && object
                    .iter()
                    .all(|t| !SPEECH_VERBS_SET.contains(fold(t.s).as_str())));
        if object.is_empty() || k == 0 || !prep(&toks[k - 1]) || !fits {
            break;
        }
        j = k - 1;
        found = Some(j);
    }
    found
}

/// The noun phrase that ends at the end of `toks`.
pub(super) fn np_left<'a>(toks: &[Tok<'a>]) -> Option<Np<'a>> {
    // "A senior security official in Kotli in the northern region said": a described source,
    // then where they are, in more than one phrase.
    if let Some(cut) = place_phrases_start(toks).filter(|&c| c > 0) {
        let chained = toks
            .get(cut..)
            .unwrap_or(&[])
            .iter()
            .filter(|t| t.is("in") || t.is("of") || t.is("at") || t.is("from") || t.is("near"))
            .count()
            >= 2;
        if chained {
            if let Some(head) = np_left(&toks[..cut]) {
                let described = head.first().is_some_and(|t| {
                    matches!(
                        fold(t.s).as_str(),
                        "the" | "a" | "an" | "one" | "two" | "some"
                    )
                }) && head.last().is_some_and(|t| {
                    names::is_title_word(t.s) || PEOPLE_NOUNS_SET.contains(fold(t.base()).as_str())
                });
                if described {
                    let mut np = head;
                    np.extend_from_slice(&toks[cut..]);
                    return Some(np);
                }
            }
        }
    }
    let mut i = toks.len();
    let head = toks.get(i.checked_sub(1)?)?;
    if PRONOUNS_SET.contains(fold(head.s).as_str()) {
        return Some(vec![*head]);
    }
    // Lowercase modifiers are allowed only between a determiner and a people noun:
    // "one regional expert".
    // ("the equality minister said": an office takes its lowercase modifiers too.)
    let people_head = PEOPLE_NOUNS_SET.contains(fold(head.base()).as_str())
        || names::ORG_HEADS_SET.contains(fold(head.base()).as_str())
        || DOC_NOUNS_SET.contains(fold(head.base()).as_str())
        || (head.word && !head.is_cap() && names::is_title_word(head.s));
    // "The 23-year-old added:": an age stands for a person (resolved by the caller).
    let age_head = head.word && head.s.ends_with("-year-old");
    let mut lowercase_budget = if people_head {
        3
    } else {
        usize::from(age_head)
    };
    while i > 0 {
        let t = &toks[i - 1];
        // "Paris 2024 Boxing Unit": a number between capitalised words is part of the name.
        let number_in_name = t.word
            && t.s.bytes().all(|b| b.is_ascii_digit())
            && toks.get(i).is_some_and(|n| n.is_cap())
            && i >= 2
            && toks.get(i - 2).is_some_and(|p| p.is_cap());
        // "the Syrian Observatory for Human Rights": "for" between a body's capitalised words.
        let for_in_name = t.is("for")
            && toks.get(i).is_some_and(|n| n.is_cap())
            && i >= 2
            && toks.get(i - 2).is_some_and(|p| {
                let head = fold(p.s);
                p.is_cap()
                    && (names::ORG_HEADS_SET.contains(head.as_str())
                        || head
                            .strip_suffix('s')
                            .is_some_and(|one| names::ORG_HEADS_SET.contains(one)))
            });
        // "Ursula von der Leyen": particles between the capitalised words of a name.
        let particle_word = |x: &Tok| x.word && x.s != "y" && names::is_name_particle(x.s);
        let particle = |k: usize| toks.get(k).is_some_and(particle_word);
        let cap_or_particle = |k: usize| toks.get(k).is_some_and(|x| x.is_cap()) || particle(k);
        // ("“…,” von der Leyen said": a name may open with them.)
        let particle_in_name = particle(i - 1)
            && cap_or_particle(i)
            && toks
                .get(i..)
                .unwrap_or(&[])
                .iter()
                .take(3)
                .find(|x| !particle_word(x))
                .is_some_and(|x| x.is_cap());
        if is_np_word(t) || number_in_name || for_in_name || particle_in_name {
            i -= 1;
        } else if t.word
            && lowercase_budget > 0
            && (!SPEECH_VERBS_SET.contains(fold(t.s).as_str())
                // "Marlow's note said": the head, a document, is a noun here.
                || (i == toks.len() && DOC_NOUNS_SET.contains(fold(t.s).as_str())))
        {
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
            // "Dr. Lena Hart of the University of Dunmore said": a person's name, then where
            // they work; the name is cut from the phrase when the speaker is resolved.
            let prep = fold(toks[i - 1].s);
            let head_is_name = head.len() <= 4
                && head.iter().all(|t| t.word && t.is_cap())
                && head.iter().any(|t| !names::is_title_word(t.s))
                && head
                    .last()
                    .is_some_and(|t| !names::ORG_HEADS_SET.contains(fold(t.s).as_str()))
                && matches!(prep.as_str(), "of" | "from" | "at");
            if (head_is_np && head_noun) || head_is_name {
                let mut np = head;
                np.extend_from_slice(&toks[i - 1..]);
                return Some(np);
            }
        }
        // "Officials in Kyiv said", "Police in London said": after `in`, `at` or `near` stands
        // where, never who. The people before it speak; with none, nobody is named.
        if matches!(fold(toks[i - 1].s).as_str(), "in" | "at" | "near") {
            let people = np_left(&toks[..i - 1]).filter(|head| {
                // (Led by a capital or a determiner: "defence" alone is part of something.)
                head.first().is_some_and(|t| {
                    t.is_cap() || matches!(fold(t.s).as_str(), "a" | "an" | "one" | "some")
                }) && head.last().is_some_and(|t| {
                    let base = fold(t.base());
                    names::is_title_word(t.s)
                        || PEOPLE_NOUNS_SET.contains(base.as_str())
                        || names::ORG_HEADS_SET.contains(base.as_str())
                })
            });
            return people.map(|mut np| {
                np.extend_from_slice(&toks[i - 1..]);
                np
            });
        }
    }
    let mut np: Np = toks[i..].to_vec();
    // "Later in the day a senior official said": a determiner inside the phrase, not after a
    // preposition, begins the subject; what stands before it is the opening phrase's.
    if let Some(d) = (1..np.len()).rev().find(|&d| {
        np[d].is("a")
            || np[d].is("an")
            || (np[d].is("the")
                && !matches!(
                    fold(np[d - 1].s).as_str(),
                    "of" | "for" | "to" | "at" | "in" | "from" | "by" | "with" | "on"
                ))
    }) {
        let prev = fold(np[d - 1].s);
        if !matches!(
            prev.as_str(),
            "of" | "for" | "to" | "at" | "in" | "from" | "by" | "with" | "on"
        ) {
            np.drain(..d);
        }
    }
    // Drop leading words that cannot begin a subject: "of the X" without its quantifier, or a
    // capitalised sentence opener ("Later the president").
    // ("What Tokyo described as": a question word is no part of a name.)
    while np.first().is_some_and(|t| {
        t.is("of")
            || ((INTRO_SET.contains(fold(t.s).as_str())
                || matches!(
                    fold(t.s).as_str(),
                    "what" | "which" | "whom" | "whose" | "how"
                ))
                && np.len() > 1)
    }) {
        np.remove(0);
    }
    let np = trim_np(np);
    (!np.is_empty()).then_some(np)
}

/// The noun phrase that starts at the start of `toks`.
pub(super) fn np_right<'a>(toks: &[Tok<'a>]) -> Option<Np<'a>> {
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
        // "Paris 2024 spokesperson Anne Ruiz": a number inside a capitalised name.
        let number_in_name = t.word
            && t.s.bytes().all(|b| b.is_ascii_digit())
            && np.last().is_some_and(|x: &Tok| x.is_cap())
            && toks.get(i + 1).is_some_and(|n| {
                n.is_cap()
                    || names::is_title_word(n.s)
                    || PEOPLE_NOUNS_SET.contains(fold(n.s).as_str())
            });
        if t.word
            && (t.is_cap()
                || det
                || of_the
                || number_in_name
                || names::is_title_word(t.s)
                || PEOPLE_NOUNS_SET.contains(fold(t.s).as_str())
                // "according to the agency": a body named by its common noun.
                || (np.iter().any(|x: &Tok| x.is("the"))
                    && names::ORG_HEADS_SET.contains(fold(t.s).as_str())))
        {
            np.push(*t);
        } else if t.word
            && np
                .iter()
                .any(|x: &Tok| x.is("the") || x.is("one") || x.is("a"))
            && !SPEECH_VERBS_SET.contains(fold(t.s).as_str())
            // "The Rail Authority on Friday praised": a preposition ends the phrase.
            && !matches!(
                fold(t.s).as_str(),
                "on" | "at" | "in" | "for" | "with" | "by" | "from" | "to" | "after" | "before"
                    | "during" | "over" | "since" | "until"
            )
            && i < 5
        {
            // A lowercase modifier inside a determiner phrase ("one regional expert"); after
            // the phrase has its head, a word in -ed is its verb ("The ESA director
            // congratulated Isro"), and what follows is no part of who.
            let headed = np.iter().any(|x: &Tok| {
                (x.is_cap() && !x.is("the"))
                    || names::is_title_word(x.s)
                    || PEOPLE_NOUNS_SET.contains(fold(x.s).as_str())
            });
            if headed && fold(t.s).ends_with("ed") {
                break;
            }
            let rest_has_head = toks.iter().skip(i + 1).take(2).any(|n| {
                // "The film's director": a title word is a head too.
                PEOPLE_NOUNS_SET.contains(fold(n.s).as_str())
                    || names::is_title_word(n.s)
                    || n.is_cap()
            });
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

pub(super) fn trim_np(mut np: Np) -> Np {
    while np
        .last()
        .is_some_and(|t| !t.word || matches!(fold(t.s).as_str(), "the" | "of" | "a" | "an"))
    {
        np.pop();
    }
    np
}

/// The subject of a sentence (or clause): skip an introductory phrase, then read a noun phrase.
pub(super) fn main_subject<'a>(toks: &[Tok<'a>]) -> Option<Np<'a>> {
    // A dateline before the sentence proper ("LONDON:", "New Delhi, June 12:", "KYIV (AP) —")
    // names a place, never the subject.
    let mut i = toks
        .iter()
        .take(10)
        .position(|t| !t.word && matches!(t.s, ":" | "—" | "–"))
        .filter(|&d| {
            d > 0
                && toks[..d]
                    .iter()
                    .all(|t| !t.word || t.is_cap() || t.s.chars().all(|c| c.is_ascii_digit()))
                && toks[..d].iter().any(|t| t.word && t.is_cap())
        })
        .map_or(0, |d| d + 1);
    // "Washington/London, Aug 23 (PTI) NASA …": a dateline closed by a wire's credit.
    if i == 0 {
        if let Some(close) = toks.iter().take(12).position(|t| t.s == ")") {
            let head = &toks[..close];
            let credit = head
                .iter()
                .rposition(|t| t.s == "(")
                .is_some_and(|o| o > 0 && o + 1 < close);
            let dateline_like = head
                .iter()
                .all(|t| !t.word || t.is_cap() || t.s.chars().all(|c| c.is_ascii_digit()));
            if credit && dateline_like {
                i = close + 1;
            }
        }
    }
    // An introductory word ("After", "When") or participle ("Giving a nod to …, saying") opens
    // a phrase that runs to its comma; the subject follows it.
    let participle = |i: usize| {
        toks.get(i)
            .is_some_and(|t| t.word && t.is_cap() && t.s.len() > 5 && t.s.ends_with("ing"))
            && toks.get(i + 1).is_some_and(|n| {
                // What follows a participle is its object or phrase ("Giving a nod", "Speaking to
                // reporters"); "Beijing continues" is a name and its verb.
                matches!(
                    fold(n.s).as_str(),
                    "a" | "an"
                        | "the"
                        | "his"
                        | "her"
                        | "their"
                        | "its"
                        | "to"
                        | "on"
                        | "at"
                        | "from"
                        | "with"
                        | "up"
                        | "out"
                        | "about"
                        | "in"
                        | "after"
                        | "before"
                        | "for"
                )
            })
    };
    while toks
        .get(i)
        .is_some_and(|t| t.word && INTRO_SET.contains(fold(t.s).as_str()))
        || participle(i)
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
    let rest = toks.get(i..)?;
    // "The film's director, Sean Baker, thanked …", "Nippon Steel's chief, Eiji Hashimoto,":
    // a short description, then a name between commas; the name is who.
    if let Some(c) = rest.iter().take(7).position(|t| t.s == ",") {
        let desc = rest.get(..c).unwrap_or(&[]);
        let possessive = |t: &Tok| t.s.ends_with("'s") || t.s.ends_with("’s");
        // ("Paris Olympics boss, Tom Bach made": a body's name and a people noun describe too.)
        let people_head = desc.last().is_some_and(|t| {
            !t.is_cap()
                && (PEOPLE_NOUNS_SET.contains(fold(t.s).as_str()) || names::is_title_word(t.s))
        });
        let described = desc.len() >= 2
            && desc.iter().all(|t| t.word)
            && (desc.first().is_some_and(|t| t.is("the"))
                || desc.iter().any(possessive)
                || people_head)
            && desc.last().is_some_and(|t| {
                !t.is_cap() || names::is_title_word(t.s) || t.s.chars().all(|c| c.is_uppercase())
            });
        if described {
            let after = rest.get(c + 1..).unwrap_or(&[]);
            let name: Np = after
                .iter()
                .take_while(|t| t.word && t.is_cap())
                .copied()
                .collect();
            let then = after.get(name.len());
            let closed = then.is_some_and(|t| t.s == ",")
                || (people_head
                    && then.is_some_and(|t| {
                        t.word && !t.is_cap() && !matches!(t.s, "and" | "of" | "or")
                    }));
            // ("Spain's weather office, Aemet, raised …": a body's one-word name.)
            let body = desc
                .last()
                .is_some_and(|t| names::ORG_HEADS_SET.contains(fold(t.s).as_str()));
            let long_enough = name.len() >= 2 || (body && name.len() == 1);
            if long_enough && name.len() <= 4 && closed {
                return Some(name);
            }
        }
    }
    np_right(rest)
}

/// "In an editorial published by X" / "An editorial published in X": X, the publisher.
pub(super) struct DocSource<'a> {
    pub(super) np: Np<'a>,
    pub(super) cue: String,
}

impl<'a> std::ops::Deref for DocSource<'a> {
    type Target = Np<'a>;
    fn deref(&self) -> &Np<'a> {
        &self.np
    }
}

pub(super) fn document_source<'a>(
    _para: &str,
    plain: &[Tok<'a>],
    open: usize,
) -> Option<DocSource<'a>> {
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

pub(super) fn classify_publisher(np: &[Tok]) -> Option<Mention> {
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
pub(super) fn is_document_np(np: &[Tok]) -> bool {
    np.len() <= 3
        && np.first().is_some_and(|t| t.is("the"))
        && np
            .last()
            .is_some_and(|t| DOC_NOUNS_SET.contains(fold(t.s).as_str()))
        && !np.iter().skip(1).any(|t| t.is_cap())
}
