//! What a noun phrase names as a speaker: a person, an organisation, a described or anonymous
//! source, or nothing. Titles are split from names here, and organisation names are made
//! canonical against the corpus's registry.

use super::attribution::np_text;
use super::verbs::PRONOUNS_SET;
use super::Mention;
use crate::lex;
use crate::lex::{fold, Tok};
use crate::names::{self, canonical_org, Registry, DOC_NOUNS_SET, PEOPLE_NOUNS_SET};

/// What kind of speaker a noun phrase names.
pub fn classify(np: &[Tok]) -> Option<Mention> {
    // "Her Honour said": the judge, as courts address them.
    if let [owner, honour] = np {
        if matches!(fold(owner.s).as_str(), "her" | "his")
            && matches!(fold(honour.s).as_str(), "honour" | "honor")
        {
            return Some(Mention::Descriptor {
                qualifier: None,
                head: vec!["judge".to_string()],
                text: np_text(np),
                resolved: None,
            });
        }
    }
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
                    | "as"
                    | "yet"
            )
        })
        .count();
    let np = np.get(lead..)?;
    // "the King Felipe" (as translated copy writes it): the title and name, without "the".
    let np = match np {
        [the, title, name, ..]
            if the.is("the")
                && title.is_cap()
                && names::is_title_word(title.s)
                && name.is_cap()
                && !names::is_title_word(name.s)
                && !names::ORG_HEADS_SET.contains(fold(np.last()?.s).as_str()) =>
        {
            np.get(1..)?
        }
        _ => np,
    };
    let first = np.first()?;
    // "Patterson’s" is someone's something, not someone speaking.
    if np.last().is_some_and(|t| t.is_possessive() && t.is_cap()) {
        return None;
    }
    // "What was said": a question word or pronoun heads no speaker, whatever follows it;
    // "this" and "that" only alone ("that official" may speak).
    let demonstrative = first.is("this") || first.is("that");
    // "the Italian said": one person, whom the article described by that nationality before
    // ("Italian striker Marco Rossi"); resolved by the caller, and nobody when nobody fits.
    if let [the, one] = np {
        if the.is("the") && one.is_cap() {
            if let Some(adjective) = demonym(&fold(one.s)) {
                return Some(Mention::Descriptor {
                    qualifier: Some(adjective.to_string()),
                    head: Vec::new(),
                    text: np_text(np),
                    resolved: None,
                });
            }
        }
    }
    // "the official X account of the European Space Agency posted": an account, page or
    // channel speaks for whoever holds it.
    if let Some(of) = np.iter().position(|t| t.is("of")).filter(|&i| {
        i > 0
            && np.get(i - 1).is_some_and(|t| {
                matches!(
                    fold(t.base()).as_str(),
                    "account" | "handle" | "page" | "channel" | "feed"
                )
            })
    }) {
        let owner = np.get(of + 1..).unwrap_or(&[]);
        if owner.iter().any(|t| t.is_cap() && !t.is("the")) {
            return classify(owner);
        }
    }
    // "the IOC's Tom Bach", "Acme's Dana Holt": a body's possessive before a person's name
    // says where they work; the name is who speaks.
    let owned_from = usize::from(first.is("the"));
    if let Some((owner, name)) = np.get(owned_from..).and_then(|r| r.split_first()) {
        let person = (1..=3).contains(&name.len())
            && name.iter().all(|t| {
                t.is_cap() && !t.is_possessive() && !names::is_title_word(t.s) && !t.is("The")
            })
            && name
                .last()
                .is_some_and(|t| !names::ORG_HEADS_SET.contains(fold(t.s).as_str()));
        if owner.is_cap() && owner.is_possessive() && person {
            return Some(Mention::Name(np_text(name)));
        }
    }
    // "while another yelled", "Another said": one more of those just described, unnamed.
    if let [another] = np {
        if another.is("another") {
            return Some(Mention::Anonymous(another.s.to_string()));
        }
    }
    // "said French": an adjective of nationality alone names no one.
    if is_bare_nationality(np) {
        return None;
    }
    // "It said": resolved (or dropped) by the caller against the organisation just quoted.
    if np.len() == 1 && first.is("it") {
        return Some(Mention::Name("it".into()));
    }
    // "said in court on Friday": a phrase that opens with a preposition is where or when.
    if first.word
        && !first.is_cap()
        && matches!(
            fold(first.s).as_str(),
            "in" | "on"
                | "at"
                | "during"
                | "after"
                | "before"
                | "from"
                | "with"
                | "by"
                | "for"
                | "to"
                | "of"
                | "over"
                | "under"
                | "outside"
                | "inside"
                | "near"
                | "via"
        )
    {
        return None;
    }
    let speaks = np.len() > 1 && (demonstrative || np.iter().skip(1).any(|t| t.is_cap()));
    if is_never_a_speaker(first) && !speaks {
        return None;
    }
    let text = np_text(np);
    if np.len() == 1 && PRONOUNS_SET.contains(fold(first.s).as_str()) {
        return Some(Mention::Name(first.s.to_string()));
    }
    // In "the ambassador to Japan" the head noun comes before the preposition.
    // So in "Col. Jo Bivens of the State Police": a name's "of" is where they serve.
    let head_at = np
        .iter()
        .enumerate()
        .position(|(i, t)| {
            t.word
                && (matches!(fold(t.s).as_str(), "to" | "for" | "at" | "from" | "in")
                    || (t.is("of")
                        && i > 0
                        && np.get(i - 1).is_some_and(|p| {
                            p.is_cap()
                                && !names::is_title_word(p.s)
                                && !names::ORG_HEADS_SET.contains(fold(p.s).as_str())
                        })))
        })
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
            && (t.s.chars().any(char::is_lowercase) || t.s.chars().any(|c| c.is_ascii_digit()))
    });
    // ("Tom Parent", "Ann Player": a people noun written as a surname after a given name is
    // the name's.)
    let surname = head_at > 0
        && np.get(head_at).is_some_and(|h| h.is_cap())
        && np.get(head_at - 1).is_some_and(|g| {
            g.is_cap() && !names::is_title_word(g.s) && !is_nationality(g) && !g.is("The")
        });
    if PEOPLE_NOUNS_SET.contains(head.as_str()) && !surname {
        return Some(Mention::Anonymous(text));
    }
    // "Marlow's note said", "Acme's statement said": a document speaks for its owner.
    if let [owner, doc] = np {
        let doc_noun = DOC_NOUNS_SET.contains(fold(doc.s).as_str())
            || names::PERSONAL_DOCS.contains(&fold(doc.s).as_str());
        if owner.is_cap() && owner.is_possessive() && doc_noun && !doc.is_cap() {
            return Some(Mention::Name(owner.base().to_string()));
        }
    }
    // "Serra's lawyer", "a lawyer for Serra": someone described by whom they act for, who is
    // not that person. An unnamed source, as described.
    // ("India’s foreign secretary" is an office of a country, below.)
    let owner_first = np.len() >= 2
        && first.is_possessive()
        && first.is_cap()
        && !(country_possessive(first) && names::is_title_word(np.get(head_at)?.s))
        && np[1..].iter().all(|t| t.word && !t.is_cap());
    let acts_for = head_at + 1 < np.len()
        && (first.is("a") || first.is("an") || first.is("one"))
        && np
            .get(head_at + 1)
            .is_some_and(|t| t.is("for") || t.is("to") || t.is("representing"))
        && np.get(head_at).is_some_and(|h| !h.is_cap());
    if owner_first || acts_for {
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
                && !country_possessive(t)
                && !t.is("the")
        })
    {
        let qualifier = np
            .iter()
            .find(|t| is_nationality(t) || country_possessive(t))
            .map(|t| t.base().to_string());
        // "former" stays: "the former prime minister" is not the one in office, nor is "the new
        // prime minister" the one who held it before. So do words
        // that narrow the office ("the civil aviation minister" is not the home minister): the
        // person must have been given them.
        let narrows = |t: &Tok| {
            t.word
                && !t.is_possessive()
                && !is_nationality(t)
                && !t.s.contains("-year-old")
                && !t.s.chars().any(|c| c.is_ascii_digit())
                && !matches!(
                    fold(t.s).as_str(),
                    "the"
                        | "a"
                        | "an"
                        | "one"
                        | "top"
                        | "senior"
                        | "current"
                        | "then"
                        | "longtime"
                        | "veteran"
                        | "embattled"
                        | "country's"
                        | "nation's"
                        | "state's"
                        | "city's"
                )
        };
        let head_words: Vec<String> = np
            .get(..=head_at)
            .unwrap_or(&[])
            .iter()
            .filter(|t| (names::is_title_word(t.s) && !t.is("senior")) || narrows(t))
            .map(|t| String::from(fold(t.s)))
            .collect();
        return Some(Mention::Descriptor {
            qualifier,
            head: head_words,
            text,
            resolved: None,
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

/// Nationality adjectives: "said French" names no one (a surname French comes with a first name).
const NATIONALITIES: &[&str] = &[
    "american",
    "british",
    "chinese",
    "japanese",
    "french",
    "german",
    "italian",
    "spanish",
    "russian",
    "ukrainian",
    "indian",
    "pakistani",
    "iranian",
    "israeli",
    "palestinian",
    "korean",
    "canadian",
    "mexican",
    "brazilian",
    "australian",
    "turkish",
    "egyptian",
    "saudi",
    "syrian",
    "iraqi",
    "afghan",
    "polish",
    "dutch",
    "belgian",
    "swiss",
    "swedish",
    "norwegian",
    "danish",
    "finnish",
    "greek",
    "portuguese",
    "irish",
    "scottish",
    "welsh",
    "english",
    "european",
    "african",
    "asian",
    "arab",
    "nigerian",
    "kenyan",
    "taiwanese",
    "vietnamese",
    "thai",
    "indonesian",
    "filipino",
    "argentine",
    "argentinian",
    "chilean",
    "peruvian",
    "colombian",
    "venezuelan",
    "cuban",
    "lebanese",
    "jordanian",
    "qatari",
    "emirati",
    "hungarian",
    "czech",
    "austrian",
    "romanian",
    "serbian",
    "croatian",
    "georgian",
    "armenian",
];

/// One word that cannot name a speaker, capitalised or not: pronouns other than he, she and
/// they (which resolve), weekdays, months, numbers.
fn is_never_a_speaker(t: &Tok) -> bool {
    let w = fold(t.s);
    matches!(
        w.as_str(),
        "it" | "this"
            | "that"
            | "there"
            | "here"
            | "we"
            | "i"
            | "you"
            | "who"
            | "which"
            | "what"
            | "where"
            | "how"
            | "why"
            | "when"
            | "everyone"
            | "everybody"
            | "nobody"
            | "someone"
            // "Both were victorious, …, saying": how many, not who.
            | "both"
            | "neither"
            | "either"
            | "each"
            | "not"
            | "today"
            | "yesterday"
            | "tomorrow"
            // "Reports say": hearsay, not a source.
            | "reports"
            | "rumours"
            | "rumors"
    ) || crate::meta::is_weekday(t.s)
        || crate::meta::month_number(t.s).is_some()
        || t.s
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
}

/// A word for one person of a nation, as the adjective that would qualify their title:
/// "Italian" → "italian", "Spaniard" → "spanish". Adjectives that as nouns mean the whole
/// people ("the French", "the Chinese", "the Swiss") are not among them.
fn demonym(w: &str) -> Option<&'static str> {
    const NOUNS: &[(&str, &str)] = &[
        ("spaniard", "spanish"),
        ("dane", "danish"),
        ("swede", "swedish"),
        ("briton", "british"),
        ("brit", "british"),
        ("frenchman", "french"),
        ("frenchwoman", "french"),
        ("dutchman", "dutch"),
        ("englishman", "english"),
        ("scot", "scottish"),
        ("welshman", "welsh"),
        ("irishman", "irish"),
        ("pole", "polish"),
        ("finn", "finnish"),
        ("turk", "turkish"),
    ];
    if let Some((_, a)) = NOUNS.iter().find(|(n, _)| *n == w) {
        return Some(a);
    }
    let collective = ["ish", "ese", "ch", "ss", "sh"]
        .iter()
        .any(|s| w.ends_with(s));
    NATIONALITIES
        .iter()
        .find(|n| **n == w)
        .copied()
        .filter(|_| !collective && !matches!(w, "european" | "african" | "asian" | "arab"))
}

/// "French", "the Danish" (claims): an adjective of nationality alone, which names no one. After
/// "the", any capitalised word shaped like one ("-ish", "-ese", "-ian", "-an").
fn is_bare_nationality(np: &[Tok]) -> bool {
    let (the, bare) = match np {
        [the, rest @ ..] if the.is("the") => (true, rest),
        _ => (false, np),
    };
    let [one] = bare else { return false };
    let w = fold(one.s);
    NATIONALITIES.contains(&w.as_ref())
        || (the
            && one.is_cap()
            && !names::is_title_word(one.s)
            && ["ish", "ese", "ian", "an"].iter().any(|s| w.ends_with(s)))
}

pub(super) fn classify_subject(np: &[Tok]) -> Option<Mention> {
    if let Some(m) = classify(np) {
        return Some(m);
    }
    if is_bare_nationality(np) {
        return None;
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

/// "India’s", "Russia's": a country as the owner of an office.
fn country_possessive(t: &Tok) -> bool {
    t.is_possessive() && t.is_cap() && names::is_country(t.base())
}

pub(super) fn is_nationality(t: &Tok) -> bool {
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
        if rest.is_empty()
            && (names::is_title_word(t.s) || names::is_plural_role(t.s) || is_nationality(t))
        {
            titles.push(t.s.to_string());
        } else {
            rest.push(t.s);
        }
    }
    (the, titles, rest.join(" "))
}

/// The person's name inside a name mention, with the words around it as a role: the last run of
/// capitalised name words before the first lowercase word that follows them. "ISRO Chairman S
/// Somanath" → "S Somanath" (role "ISRO Chairman"); "Woodward of the University of Surrey" →
/// "Woodward" (role "of the University of Surrey"); "Trier on stage" → "Trier"; "jury
/// president Juliette Binoche when announcing the award" → "Juliette Binoche". `None` when no
/// word is a name.
pub fn person_name(mention: &str) -> Option<(String, Option<String>)> {
    let toks = lex::tokens(mention);
    // Nationality-looking words stay names here: "-ian" and "-an" end many surnames
    // ("Subramanian", "Jordan"), and a qualifier before a title is not the last run anyway.
    let is_name = |t: &Tok| {
        t.is_cap()
            && !names::is_title_word(t.s)
            && !names::is_plural_role(t.s)
            && !names::FUNCTION_WORDS_SET.contains(fold(t.s).as_str())
            && !crate::meta::is_weekday(t.s)
    };
    let is_particle = |t: &Tok| names::is_name_particle(t.s);
    // Where the name ends: the first lowercase word (not a particle) after a name word.
    let mut seen = false;
    let mut cut = toks.len();
    for (i, t) in toks.iter().enumerate() {
        if is_name(t) {
            seen = true;
        } else if seen
            && t.word
            && !t.is_cap()
            && !is_particle(t)
            // ("Paris 2024 spokesperson Anne Ruiz": a number inside a body's name.)
            && !t.s.bytes().all(|b| b.is_ascii_digit())
            && !names::is_title_word(t.s)
            // "Hurricane expert Mia Lowe": a people noun between capitalised words is a role.
            && !PEOPLE_NOUNS_SET.contains(fold(t.s).as_str())
            // "Police Chief of Detectives Joseph Kenny": "of" after an office goes on with it;
            // "Crypto Council for Innovation CEO Sheila Warren": so does a body's "of" or "for"
            // when an office and a name follow.
            && !(t.is("of")
                && i > 0
                && toks.get(i - 1).is_some_and(|p| names::is_title_word(p.s))
                && toks.get(i + 1).is_some_and(|n| n.is_cap()))
            && !((t.is("of") || t.is("for"))
                && toks.get(i + 1).is_some_and(|n| n.is_cap())
                && toks.get(i + 1..).unwrap_or(&[]).windows(2).any(|w| {
                    w[0].is_cap() && names::is_title_word(w[0].s) && is_name(&w[1])
                }))
        {
            cut = i;
            break;
        }
    }
    let head = toks.get(..cut)?;
    let last = head.iter().rposition(is_name)?;
    let mut first = last;
    while first > 0 {
        let prev = &head[first - 1];
        // Particles may come in twos: "von der Leyen", "de la Fuente".
        let particles = head[..first]
            .iter()
            .rev()
            .take_while(|t| is_particle(t))
            .count();
        if is_name(prev) {
            first -= 1;
        } else if particles > 0 && first > particles && is_name(&head[first - particles - 1]) {
            first -= particles + 1;
        } else {
            // ("von der Leyen said": the particles open the name.)
            if particles == first {
                first = 0;
            }
            break;
        }
    }
    // "Chicagoan Cole Ceravolo", "Peruvian Rosa Vilchez": where someone is from, before a full
    // name, is part of the role.
    if last >= first + 2 {
        let w = fold(head[first].s);
        if NATIONALITIES.contains(&w.as_ref()) || w.ends_with("oan") || w.ends_with("ite") {
            first += 1;
        }
    }
    // "the French Bishops": a nationality alone before a plural role is a group, no name.
    if first == last
        && NATIONALITIES.contains(&fold(head[first].s).as_ref())
        && toks.iter().any(|t| names::is_plural_role(t.s))
    {
        return None;
    }
    let name = mention.get(head[first].start..head[last].end)?.trim();
    let name = name
        .strip_suffix("’s")
        .or_else(|| name.strip_suffix("'s"))
        .unwrap_or(name);
    let before = mention.get(..head[first].start).unwrap_or("").trim();
    let before = before.strip_prefix("the ").unwrap_or(before).trim();
    let after = toks
        .get(cut)
        .and_then(|t| mention.get(t.start..))
        .unwrap_or("")
        .trim();
    let role = [before, after]
        .iter()
        .filter(|s| !s.is_empty() && !s.eq_ignore_ascii_case("the"))
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    Some((name.to_string(), (!role.is_empty()).then_some(role)))
}

pub fn is_org_name(name: &str, reg: &Registry) -> bool {
    let (the, titles, rest) = strip_titles(name);
    if the {
        return true;
    }
    // "Tom Fry from the Energy Policy Institute": what comes before the preposition is who;
    // "Bank of England" stays an organisation by its head.
    let prep = [" of ", " from ", " at "]
        .iter()
        .filter_map(|p| rest.find(p))
        .min();
    let rest = match prep {
        Some(at) => rest.get(..at).unwrap_or(&rest).to_string(),
        None => rest,
    };
    let last = rest.split(' ').next_back().map(fold).unwrap_or_default();
    if names::ORG_HEADS_SET.contains(last.as_str()) {
        return true;
    }
    // "AWS" or "UK" alone reads as a qualifier to `strip_titles`; it is the whole name here.
    let titled = titles.iter().any(|t| names::is_title_word(t));
    let rest = if rest.is_empty() && !titled {
        titles.join(" ")
    } else {
        rest
    };
    if rest.split(' ').count() == 1 {
        // One word is a person when a title goes before it ("Mr Quill"), the corpus knows
        // someone by it, or its text writes out a full name that ends with it ("Thea White"
        // for "White"); otherwise an organisation ("Reuters", "NATO").
        return !titled
            && reg.person_by_token(&rest).is_none()
            && reg.full_names_ending(&rest).is_empty()
            && !reg.is_titled_surname(&rest)
            && !rest.is_empty();
    }
    false
}

pub(super) fn is_person_mention(m: &Mention, reg: &Registry) -> bool {
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
    // Acronyms, also as some outlets write them ("Isro", "Nasa").
    let short = base.len() <= 5 && !base.contains(' ');
    if short
        && base
            .chars()
            .skip(1)
            .all(|c| c.is_uppercase() || c.is_lowercase())
    {
        if let Some(full) = reg.expand_acronym(&base.to_uppercase()) {
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
