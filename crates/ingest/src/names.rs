//! Who is who across the corpus: people, organisations and the descriptors that point at them.
//!
//! The registry is learnt from the corpus text itself — never from a built-in list of people:
//! a capitalised name after a title ("Chief Cabinet Secretary Minoru Kihara") or before an
//! appositive ("Kazuhiro Maejima, a U.S. politics professor") is a person; the title words and the
//! nationality before it let "the Chinese president" find "Chinese President Xi Jinping"; an
//! organisation's appositives ("the People's Daily, the Communist Party's flagship newspaper")
//! let a later descriptor ("the newspaper of the ruling Communist party") find it. The word lists
//! below are closed classes of English (titles, organisation heads, people nouns), not names.

use std::collections::{BTreeMap, BTreeSet};

use super::lex::FastMap;

use super::lex::FastSet as WordSet;
use super::lex::{self, Tok};
use super::lex::{fold, with_fold, WordList};
use std::sync::LazyLock;

// The word lists below as hash sets: every token is looked up in several of them.
pub static TITLE_WORDS_SET: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| TITLE_WORDS.iter().copied().collect());
pub static LEADER_TITLES_SET: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| LEADER_TITLES.iter().copied().collect());
pub static ORG_HEADS_SET: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| ORG_HEADS.iter().copied().collect());
pub static PEOPLE_NOUNS_SET: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| PEOPLE_NOUNS.iter().copied().collect());
pub static DOC_NOUNS_SET: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| DOC_NOUNS.iter().copied().collect());
pub static FUNCTION_WORDS_SET: LazyLock<WordSet<&'static str>> =
    LazyLock::new(|| FUNCTION_WORDS.iter().copied().collect());
static FUNCTION_WORDS_LIST: LazyLock<WordList> = LazyLock::new(|| WordList::new(FUNCTION_WORDS));

/// Words that make up a title before a name ("Chief Cabinet Secretary", "prime minister").
/// Letters of rank written after a name.
const POSTNOMINALS: &[&str] = &[
    "kc", "qc", "sc", "mp", "mep", "obe", "mbe", "cbe", "jr", "jr.", "sr", "sr.",
];

/// Letters of rank after a name ("KC", "MP"), or "Jr.": they end a name, never describe one.
pub fn is_postnominal(w: &str) -> bool {
    with_fold(w, |f| POSTNOMINALS.contains(&f))
}

pub const TITLE_WORDS: &[&str] = &[
    // Letters after a name are a rank, not part of it ("Colin Mandy KC").
    "kc",
    "qc",
    "sc",
    "mp",
    "mep",
    "obe",
    "mbe",
    "cbe",
    "president",
    "prime",
    "minister",
    "secretary",
    "chief",
    "cabinet",
    "chancellor",
    "premier",
    "senator",
    "sen.",
    "rep.",
    "representative",
    "governor",
    "gov.",
    "mayor",
    "ambassador",
    "professor",
    "prof.",
    "dr.",
    "mr.",
    "mrs.",
    "ms.",
    "assistant",
    "attorney",
    "prosecutor",
    "barrister",
    "solicitor",
    "magistrate",
    "coroner",
    "detective",
    "inspector",
    "superintendent",
    "sergeant",
    "constable",
    "sheriff",
    "pm",
    // Ranks abbreviated, with or without the full stop ("Lt. Cmdr. Dana Grady").
    "cmdr",
    "cmdr.",
    "cdr",
    "cdr.",
    "adm",
    "adm.",
    "maj",
    "maj.",
    "brig",
    "brig.",
    "cpl",
    "cpl.",
    "supt",
    "supt.",
    "insp",
    "insp.",
    "det",
    "det.",
    "col",
    "col.",
    "lt",
    "lt.",
    "sgt",
    "sgt.",
    // British and Australian style writes honorifics without the full stop.
    "dr",
    "mr",
    "mrs",
    "ms",
    "prof",
    "general",
    "gen.",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "founder",
    "co-founder",
    "cofounder",
    "chair",
    "chairman",
    "chairwoman",
    "chairperson",
    "co-chair",
    "cochair",
    "co-chairman",
    "co-chairwoman",
    "co-chairperson",
    "cochairperson",
    "director",
    "judge",
    "justice",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "leader",
    "ceo",
    "foreign",
    "defense",
    "defence",
    "deputy",
    "vice",
    "commissioner",
    "envoy",
    "state",
    "finance",
    "trade",
    "former",
    "lawmaker",
    "senior",
    "sir",
    "lady",
    "lord",
    "rev.",
    "father",
    "sister",
    "cardinal",
    "archbishop",
    "bishop",
    "captain",
    "colonel",
    "admiral",
    "officer",
    "coordinator",
    "commander",
    "administrator",
    "adviser",
    "advisor",
    "executive",
    "treasurer",
    // Sport.
    "coach",
    "skipper",
    "striker",
    "goalkeeper",
    "midfielder",
    "defender",
    "winger",
];

/// Titles that make someone a "leader" of their country, for "the Chinese leader".
const LEADER_TITLES: &[&str] = &[
    "president",
    "premier",
    "chancellor",
    "king",
    "queen",
    "leader",
    "minister",
];

/// Last words that make a capitalised phrase an organisation rather than a person.
pub const ORG_HEADS: &[&str] = &[
    "news",
    "university",
    "party",
    "house",
    "journal",
    "daily",
    "times",
    "post",
    "agency",
    "ministry",
    "office",
    "council",
    "committee",
    "bank",
    "group",
    "forces",
    "force",
    "government",
    "department",
    "administration",
    "commission",
    "institute",
    "foundation",
    "association",
    "union",
    "court",
    "parliament",
    "diet",
    "assembly",
    "congress",
    "senate",
    "army",
    "navy",
    "police",
    "company",
    "corporation",
    "inc",
    "ltd",
    "network",
    "press",
    "media",
    "broadcasting",
    "radio",
    "shimbun",
    "herald",
    "tribune",
    "gazette",
    "telegraph",
    "guardian",
    "review",
    "monitor",
    "service",
    "center",
    "centre",
    "organization",
    "organisation",
    "alliance",
    "federation",
    "authority",
    "board",
    "bureau",
    "club",
    "league",
    "nations",
    "command",
    "services",
    "systems",
    "technologies",
    "airlines",
    "airways",
    "holdings",
    "weekly",
    "mail",
    "express",
    "chronicle",
    "courier",
    "magazine",
    "television",
    "channel",
    "hospital",
    "school",
    "college",
    "academy",
    "coalition",
    "movement",
    "fund",
    "trust",
    "society",
    "laboratory",
    "observatory",
    // "the Augustinian Order", "the Order of Malta".
    "order",
];

/// Nouns for people who speak without being named ("one source", "Japanese officials").
pub const PEOPLE_NOUNS: &[&str] = &[
    "police",
    "source",
    "sources",
    "prosecutors",
    "lawyers",
    "attorneys",
    "investigators",
    "official",
    "officials",
    "expert",
    "experts",
    "analyst",
    "analysts",
    "lawmaker",
    "lawmakers",
    "legislator",
    "legislators",
    "diplomat",
    "diplomats",
    "aide",
    "aides",
    "person",
    "people",
    "insider",
    "insiders",
    "observer",
    "observers",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "negotiator",
    "negotiators",
    "resident",
    "residents",
    "witness",
    "witnesses",
    "employee",
    "employees",
    "staffer",
    "staffers",
    "researcher",
    "researchers",
    "economist",
    "economists",
    "spokesperson",
    "critics",
    "critic",
    "supporters",
    "voters",
    "executive",
    "executives",
    "investor",
    "investors",
    "member",
    "members",
    "strategist",
    "strategists",
    "scholar",
    "scholars",
    "commentator",
    "commentators",
    "politician",
    "politicians",
    "delegate",
    "delegates",
    "activist",
    "activists",
    "campaigner",
    "campaigners",
    "protester",
    "protesters",
    "survivor",
    "survivors",
    "doctor",
    "doctors",
    "nurse",
    "nurses",
    "teacher",
    "teachers",
    "worker",
    "workers",
    "organiser",
    "organisers",
    "organizer",
    "organizers",
    "volunteer",
    "volunteers",
    "scientist",
    "scientists",
    "engineer",
    "engineers",
    "astronomer",
    "astronomers",
    "boss",
    "bosses",
    "athlete",
    "athletes",
    "player",
    "players",
    "boxer",
    "boxers",
    "fan",
    "fans",
    "student",
    "students",
    "parent",
    "parents",
    "passenger",
    "passengers",
    "customer",
    "customers",
    "manager",
    "managers",
    "founder",
    "founders",
    "soldier",
    "soldiers",
    "man",
    "men",
    "woman",
    "women",
    "boy",
    "boys",
    "girl",
    "girls",
    "crowd",
    "crowds",
    "relative",
    "relatives",
    "victims",
    "citizen",
    "citizens",
    "local",
    "locals",
    "onlooker",
    "onlookers",
    "bystander",
    "bystanders",
    "rebel",
    "rebels",
    "fighter",
    "fighters",
    "family",
    "families",
    "neighbour",
    "neighbours",
    "neighbor",
    "neighbors",
];

/// Relatives and companions: "his wife, Ann," introduces a person, not an organisation.
pub const KIN_NOUNS: &[&str] = &[
    "wife",
    "husband",
    "son",
    "daughter",
    "mother",
    "father",
    "mum",
    "mom",
    "dad",
    "brother",
    "sister",
    "partner",
    "girlfriend",
    "boyfriend",
    "fiancee",
    "fiance",
    "widow",
    "widower",
    "grandmother",
    "grandfather",
    "grandson",
    "granddaughter",
    "aunt",
    "uncle",
    "cousin",
    "niece",
    "nephew",
    "friend",
    "neighbour",
    "neighbor",
    "stepfather",
    "stepmother",
    "child",
    "parent",
    "sibling",
    "twin",
    "colleague",
    "teammate",
    "classmate",
    "roommate",
    "flatmate",
];

/// Nouns for a text that speaks ("the editorial said") — they refer back to its publisher.
pub const DOC_NOUNS: &[&str] = &[
    "editorial",
    "article",
    "statement",
    "commentary",
    "report",
    "readout",
    "newspaper",
    "paper",
    "publication",
    "column",
    "op-ed",
    "piece",
    "post",
    "journal",
    "agency",
    "outlet",
    "broadcaster",
    "letter",
    "note",
    "message",
    "tweet",
];

/// Documents a person writes as readily as a body does: "the letter also stated" is the
/// writer quoted just before, not the last organisation.
pub const PERSONAL_DOCS: &[&str] = &["letter", "note", "message", "post", "tweet", "statement"];

/// Whether `toks[k]` is a name particle inside a name: lowercase particles, then a capitalised
/// word ("von der Leyen").
fn particle_in_name(toks: &[Tok], k: usize) -> bool {
    toks.get(k..)
        .unwrap_or(&[])
        .iter()
        .take(3)
        .find(|t| !(t.word && is_name_particle(t.s)))
        .is_some_and(|t| t.word && t.is_cap())
        && toks.get(k).is_some_and(|t| t.word && is_name_particle(t.s))
}

/// Lowercase words inside a family name: "Ursula von der Leyen", "Luis de la Fuente", "Lula da
/// Silva", "Robin van Persie". Only ever part of a name between capitalised words.
pub fn is_name_particle(w: &str) -> bool {
    matches!(
        w,
        "von"
            | "van"
            | "der"
            | "den"
            | "de"
            | "la"
            | "le"
            | "da"
            | "dos"
            | "das"
            | "di"
            | "du"
            | "del"
            | "della"
            | "ter"
            | "zu"
            | "bin"
            | "ibn"
            | "al"
            | "y"
    )
}

pub fn is_title_word(w: &str) -> bool {
    static LIST: LazyLock<WordList> = LazyLock::new(|| WordList::new(TITLE_WORDS));
    LIST.contains(w)
}

/// A capitalised nationality or country qualifier before a title ("U.S.", "Chinese").
fn is_qualifier(t: &Tok) -> bool {
    if !t.is_cap() || is_title_word(t.s) {
        return false;
    }
    let w = t.s.trim_end_matches('.');
    let plain: String = w.chars().filter(|c| *c != '.').collect();
    (plain.len() <= 3 && plain.chars().all(|c| c.is_uppercase()))
        || ["ese", "an", "ish", "ian", "i", "ch"]
            .iter()
            .any(|s| w.ends_with(s))
}

/// A country's name ("India", "Russia").
pub fn is_country(w: &str) -> bool {
    with_fold(w, |f| COUNTRIES.contains(&f))
}

/// Folded qualifier: "U.S." and "US" are the same country; so are "India's", "India" and
/// "Indian" (a country's adjective or possessive is written as the country).
pub fn norm_qualifier(w: &str) -> String {
    let f: String = fold(w).chars().filter(|c| *c != '.').collect();
    let f = f.strip_suffix("'s").map(str::to_string).unwrap_or(f);
    if f.len() <= 3 || COUNTRIES.contains(&f.as_str()) {
        return f;
    }
    // The country whose name the word begins with, all but perhaps its last letter ("Indian",
    // "Australian", "Korean"; not "Austrian" for Australia).
    let common = |c: &str| c.bytes().zip(f.bytes()).take_while(|(a, b)| a == b).count();
    COUNTRIES
        .iter()
        .map(|c| (common(c), *c))
        .filter(|&(n, c)| n >= 4 && n + 1 >= c.len())
        .max_by_key(|&(n, _)| n)
        .map_or(f.clone(), |(_, c)| c.to_string())
}

const FUNCTION_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "but",
    "and",
    "or",
    "in",
    "on",
    "at",
    "of",
    "to",
    "for",
    "with",
    "by",
    "as",
    "if",
    "it",
    "its",
    "this",
    "that",
    "these",
    "those",
    "he",
    "she",
    "they",
    "we",
    "i",
    "his",
    "her",
    "their",
    "our",
    "my",
    "after",
    "before",
    "during",
    "when",
    "while",
    "although",
    "though",
    "since",
    "asked",
    "speaking",
    "according",
    "however",
    "meanwhile",
    "yet",
    "so",
    "then",
    "instead",
    "within",
    "from",
    "under",
    "over",
    "last",
    "earlier",
    "later",
    "both",
    "each",
    // Sentence openers that are never part of a name ("Had Milton hit the bay…").
    "had",
    "has",
    "have",
    "was",
    "were",
    "is",
    "are",
    "did",
    "does",
    "will",
    "would",
    "could",
    "should",
    "can",
    "may",
    "might",
    "must",
    "also",
    // Sentence adverbs that open a sentence before a name ("Even Amazon's own services…").
    "even",
    "still",
    "only",
    "just",
    "indeed",
    "perhaps",
    "thus",
    "because",
    "until",
    "now",
    "why",
    "how",
    "what",
    "where",
    "who",
    // Prepositions that open a sentence ("Upon Chandrayaan-3's landing, …").
    "upon",
    "amid",
    "despite",
    "following",
    "about",
    "across",
    "against",
    "among",
    "around",
    "into",
    "through",
    "without",
    "beyond",
    "toward",
    "towards",
];

/// "Prosecutors", "Lawyers": an office or a people noun in the plural, never part of a name
/// (it opens a sentence capitalised: "Lawyers Ann Lee and Bo Kim said").
pub fn is_plural_role(w: &str) -> bool {
    let Some(one) = w.strip_suffix('s').filter(|o| o.len() >= 3) else {
        return false;
    };
    with_fold(w, |f| PEOPLE_NOUNS_SET.contains(f))
        || with_fold(one, |f| {
            PEOPLE_NOUNS_SET.contains(f) || TITLE_WORDS_SET.contains(f)
        })
}

fn is_name_token(t: &Tok) -> bool {
    t.is_cap()
        && !FUNCTION_WORDS_LIST.contains(t.s)
        && !is_plural_role(t.s)
        && !super::meta::is_weekday(t.s)
        && !is_title_word(t.s)
        && super::meta::month_number(t.s).is_none()
        && (t.s.chars().any(char::is_lowercase) || is_initial(t.s) || is_regnal(t.s))
}

/// A regnal number: "III" in "Charles III", "XIV" in "Leo XIV" (two letters or more, so the "X"
/// of the platform and the pronoun "I" are not).
fn is_regnal(w: &str) -> bool {
    (2..=6).contains(&w.len()) && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'))
}

/// An initial in a name: "S" in "S Somanath", "J." in "J. Smith" (not "I" or "A"), and dotted
/// initials "J.P." or "C.R." (not "U.S." or "U.K.", which are places).
fn is_initial(w: &str) -> bool {
    let letter = w.strip_suffix('.').unwrap_or(w);
    if letter.len() == 1 {
        return letter != "I" && letter != "A" && letter.chars().all(|c| c.is_ascii_uppercase());
    }
    let parts: Vec<&str> = letter.split('.').collect();
    (2..=3).contains(&parts.len())
        && w.ends_with('.')
        && parts
            .iter()
            .all(|p| p.len() == 1 && p.chars().all(|c| c.is_ascii_uppercase()))
        && !matches!(letter, "U.S" | "U.K" | "U.N" | "E.U" | "D.C" | "U.A.E")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// Gender a title states ("Mrs.", "spokeswoman"); most titles state none.
fn title_gender(word: &str) -> Option<Gender> {
    match fold(word).trim_end_matches('.') {
        "mr" | "sir" | "lord" | "king" | "prince" | "father" | "spokesman" | "chairman"
        | "congressman" | "businessman" => Some(Gender::Male),
        "mrs" | "ms" | "miss" | "lady" | "queen" | "princess" | "sister" | "spokeswoman"
        | "chairwoman" | "congresswoman" | "businesswoman" => Some(Gender::Female),
        _ => None,
    }
}

#[derive(Debug, Clone, Default)]
pub struct Person {
    pub name: String,
    /// Folded title words and qualifiers seen before the name ("us", "president").
    pub titles: BTreeSet<String>,
    /// The first title phrase as written ("Chief Cabinet Secretary").
    pub title_phrase: Option<String>,
    /// An appositive descriptor ("a U.S. politics professor at Sophia University").
    pub role: Option<String>,
    /// Only when a title states it; pronouns otherwise learn it per article.
    pub gender: Option<Gender>,
}

#[derive(Debug, Default)]
pub struct Registry {
    pub persons: Vec<Person>,
    /// Organisation name → descriptors the text attaches to it.
    pub org_descriptors: BTreeMap<String, BTreeSet<String>>,
    /// Each distinct descriptor's content words, computed once: (organisation, words).
    descriptor_words: Vec<(String, BTreeSet<String>)>,
    /// Capitalised multi-word phrases, for expanding acronyms ("WSJ").
    phrases: super::lex::FastSet<String>,
    /// Every two- or three-word name the text writes out ("Thea White"), under its last word as
    /// written, with how often: what a surname alone ("White") may stand for.
    full_names: FastMap<String, Vec<(String, usize)>>,
    // Lookups, so that every query is a hash probe however large the corpus.
    by_name: FastMap<String, usize>,
    by_token: FastMap<String, Vec<usize>>,
    by_initials: FastMap<String, Vec<String>>,
    by_title: FastMap<String, Vec<usize>>,
    /// Acronyms the text defines ("… Prevention (CDC)"), as written: acronym → name.
    acronyms: FastMap<String, String>,
    /// (another name, the person's own): a regnal, stage or religious name and the name it
    /// stands for, as the text links them ("took the name", "born").
    pub other_names: Vec<(String, String)>,
    /// One-word names the text gives an office ("sporting director Luque", "Coach Vilda"),
    /// folded: a person's surname, never an organisation's name, though no full name is known.
    titled_surnames: super::lex::FastSet<String>,
    /// Ages the text gives after a name ("Bankman-Fried, 32,"), under the name's last word,
    /// folded: who "the 32-year-old" is, in any article.
    ages: FastMap<String, u32>,
    /// The same by age, as written, for finding the surname in a text (a few per age: the
    /// look-up reads the text for each).
    by_age: FastMap<u32, Vec<String>>,
}

/// Titles that name the same office in a descriptor: "the judge" is the one styled Justice,
/// "the prosecutor" the attorney who prosecutes, "the PM" the prime minister.
fn same_office(title: &str) -> &'static [&'static str] {
    match title {
        "judge" | "justice" => &["judge", "justice"],
        "prosecutor" => &["prosecutor", "attorney"],
        "pm" => &["pm", "prime"],
        "minister" => &["minister"],
        "former" => &["former", "outgoing"],
        "governor" => &["governor", "gov", "gov."],
        "senator" => &["senator", "sen", "sen."],
        "general" => &["general", "gen", "gen."],
        _ => TITLE_WORDS
            .iter()
            .find(|t| **t == title)
            .map_or(&[], std::slice::from_ref),
    }
}

/// A descriptor with neither a qualifier nor a specific title ("the leader") may fit anyone.
fn key_is_none(qualifier: Option<&str>, head: &[String]) -> bool {
    qualifier.is_none() && head.iter().all(|h| h == "leader")
}

impl Registry {
    pub fn build<'a>(texts: impl IntoIterator<Item = &'a str>) -> Registry {
        let mut reg = Registry::default();
        for text in texts {
            // Headlines capitalise every word, which would make names of any phrase.
            for para in text
                .split('\n')
                .filter(|p| !super::meta::looks_like_headline(p))
            {
                reg.scan(para);
            }
        }
        for (i, p) in reg.persons.iter().enumerate() {
            // (Not the particles of "Luis de la Fuente": "La" alone finds nobody.)
            for w in p.name.split(' ').filter(|w| !is_name_particle(w)) {
                let hits = reg.by_token.entry(fold(w).into()).or_default();
                if !hits.contains(&i) {
                    hits.push(i);
                }
            }
        }
        reg.descriptor_words = reg
            .org_descriptors
            .iter()
            .flat_map(|(org, descs)| descs.iter().map(move |d| (org.clone(), content_words(d))))
            .collect();
        for (i, p) in reg.persons.iter().enumerate() {
            for t in &p.titles {
                reg.by_title.entry(t.clone()).or_default().push(i);
            }
        }
        for p in &reg.phrases {
            // "World Anti-Doping Agency" is WADA: each part of a hyphenated word counts.
            let initials: String = p
                .split([' ', '-'])
                .filter(|w| !matches!(*w, "The" | "Of" | "And"))
                .filter_map(|w| w.chars().next())
                .collect();
            reg.by_initials.entry(initials).or_default().push(p.clone());
        }
        reg
    }

    /// Counts one writing of a full name under its last word. Keyed as written: this runs for
    /// every name in the corpus, and folding a capitalised word allocates; spelling variants
    /// ("Nunez", "Nuñez") meet in `merge_people`.
    fn note_full_name(&mut self, last: &str, name: &str) {
        if is_place_like_words(&name.split(' ').collect::<Vec<_>>()) {
            return;
        }
        // "Felipe VI": a monarch or pope is called by the name before the numeral too ("King
        // Felipe"), so the full name is found under that name as well.
        if is_regnal(last) {
            let mut words = name.rsplit(' ');
            if let (Some(_), Some(given)) = (words.next(), words.next()) {
                if given != last {
                    let given = given.to_string();
                    self.note_full_name_under(&given, name);
                }
            }
        }
        self.note_full_name_under(last, name);
    }

    fn note_full_name_under(&mut self, last: &str, name: &str) {
        // Keyed by the folded surname: "Perez" finds "Nelson Jesus Pérez".
        let key = String::from(fold(last));
        match self.full_names.get_mut(&key) {
            Some(known) => match known.iter_mut().find(|(n, _)| n == name) {
                Some((_, count)) => *count += 1,
                None => known.push((name.to_string(), 1)),
            },
            None => {
                self.full_names.insert(key, vec![(name.to_string(), 1)]);
            }
        }
    }

    fn person_mut(&mut self, name: &str) -> &mut Person {
        let i = match self.by_name.get(fold(name).as_str()) {
            Some(&i) => i,
            None => {
                self.persons.push(Person {
                    name: name.to_string(),
                    ..Person::default()
                });
                self.by_name
                    .insert(fold(name).into(), self.persons.len() - 1);
                self.persons.len() - 1
            }
        };
        &mut self.persons[i]
    }

    fn scan(&mut self, para: &str) {
        let toks = lex::tokens(para);
        let mut k = 0;
        while k < toks.len() {
            // A run of qualifiers, title words (either case) and capitalised names.
            let start = k;
            while k < toks.len()
                && toks[k].word
                && (toks[k].is_cap()
                    || is_title_word(toks[k].s)
                    || (k > start && particle_in_name(&toks, k)))
                && !toks[k].is_possessive()
            {
                k += 1;
            }
            if k == start {
                k += 1;
                continue;
            }
            // "#HurricaneSeason Tune in tonight": a hashtag or a handle starts no name.
            let tagged = start
                .checked_sub(1)
                .and_then(|j| toks.get(j))
                .is_some_and(|p| matches!(p.s, "#" | "@") && p.end == toks[start].start);
            if tagged {
                continue;
            }
            // "civil aviation minister Ram Mohan Naidu": lowercase words that narrow an office
            // written in lowercase belong to it, so "the civil aviation minister" finds him.
            let mut start = start;
            if toks[start].word && !toks[start].is_cap() && is_title_word(toks[start].s) {
                let narrowing = |t: &Tok| {
                    t.word
                        && !t.is_cap()
                        && !t.is_possessive()
                        && t.s.len() > 2
                        && !FUNCTION_WORDS_LIST.contains(t.s)
                        && !t.s.ends_with("ed")
                        && !t.s.ends_with("ing")
                };
                while start > 0
                    && k - start < 6
                    && toks.get(start - 1).is_some_and(narrowing)
                    && !matches!(
                        toks[start - 1].s,
                        "said" | "says" | "say" | "told" | "tells" | "tell" | "reporters"
                    )
                {
                    start -= 1;
                }
            }
            let run = &toks[start..k];
            let mut possessive_next = false;
            if let Some(t) = toks.get(k) {
                possessive_next = t.word && t.is_possessive() && t.is_cap();
            }
            self.consider_run(para, &toks, start, run, possessive_next);
        }
        self.scan_org_appositives(para, &toks);
        self.scan_ages(&toks);
        self.scan_other_names(&toks);
        self.scan_acronym_definitions(para, &toks);
    }

    /// "Sam Bankman-Fried, 32, said": a name, a comma, an age, a comma.
    fn scan_ages(&mut self, toks: &[Tok]) {
        for w in toks.windows(4) {
            let [name, c1, age, c2] = w else { continue };
            if c1.s != "," || !matches!(c2.s, "," | ")" | ".") || !name.is_cap() || !name.word {
                continue;
            }
            let Ok(n) = age.s.parse::<u32>() else {
                continue;
            };
            if (1..=120).contains(&n)
                && age.s.len() <= 3
                && self.ages.insert(fold(name.base()).into(), n).is_none()
            {
                let same = self.by_age.entry(n).or_default();
                if same.len() < 16 {
                    same.push(name.base().to_string());
                }
            }
        }
    }

    /// Last words of names the text gives this age, as written.
    pub fn surnames_aged(&self, years: u32) -> impl Iterator<Item = &String> {
        self.by_age.get(&years).into_iter().flatten()
    }

    /// The age the text gives a person by the last word of their name ("Bankman-Fried, 32,").
    pub fn age_of(&self, name: &str) -> Option<u32> {
        let last = name.rsplit(' ').next()?;
        self.ages.get(fold(last).as_str()).copied()
    }

    /// "the Centers for Disease Control and Prevention (CDC)": a name, then its acronym in
    /// brackets. The text says what the letters stand for, whatever the initials.
    fn scan_acronym_definitions(&mut self, para: &str, toks: &[Tok]) {
        for k in 1..toks.len() {
            let (Some(acr), Some(close)) = (toks.get(k + 1), toks.get(k + 2)) else {
                continue;
            };
            if toks[k].s != "(" || close.s != ")" {
                continue;
            }
            let letters = acr.s.chars().filter(|c| c.is_alphabetic()).count();
            if !(2..=7).contains(&letters)
                || !acr
                    .s
                    .chars()
                    .all(|c| c.is_uppercase() || c.is_ascii_digit())
            {
                continue;
            }
            // Back over capitalised words and the small words inside names, to a capital.
            let mut start = k;
            while start > 0 && k - start < 10 {
                let t = &toks[start - 1];
                let small = t.word
                    && matches!(
                        t.s,
                        "of" | "for" | "and" | "on" | "the" | "de" | "du" | "des"
                    );
                if t.word && (t.is_cap() || small) {
                    start -= 1;
                } else {
                    break;
                }
            }
            while start < k && !toks[start].is_cap() {
                start += 1;
            }
            if k - start < 2 {
                continue;
            }
            let Some(name) = para.get(toks[start].start..toks[k - 1].end) else {
                continue;
            };
            let name = name.trim_start_matches("The ").to_string();
            self.acronyms.entry(acr.s.to_string()).or_insert(name);
        }
    }

    /// "Robert Prevost … took the name Leo XIV", "Robert Prevost became known to the world as
    /// Pope Leo XIV", "Pope Leo XIV, born Robert Francis Prevost": one person under a regnal,
    /// stage or religious name and their own. Recorded as (the other name, the person's name).
    fn scan_other_names(&mut self, toks: &[Tok]) {
        // A run of name tokens from `k`, past titles ("Pope"): the name, if two words or more
        // (a regnal name is a word and its number).
        let name_at = |k: usize| -> Option<String> {
            let from = k + toks
                .get(k..)?
                .iter()
                .take_while(|t| t.word && is_title_word(t.s))
                .count();
            let run: Vec<&str> = toks
                .get(from..)?
                .iter()
                .take_while(|t| is_name_token(t))
                .take(4)
                .map(|t| t.s)
                .collect();
            (run.len() >= 2).then(|| run.join(" "))
        };
        for k in 0..toks.len() {
            let t = &toks[k];
            // Most words are none of the few this looks for: turned away before folding.
            if !t.word
                || !matches!(t.s.len(), 4..=8)
                || !matches!(
                    t.s.as_bytes().first(),
                    Some(b't' | b'c' | b'a' | b'k' | b'b')
                )
            {
                continue;
            }
            let w = fold(t.s);
            // "took the name X" / "chose the name X": the sentence's first name is who.
            let took = matches!(
                w.as_str(),
                "took" | "takes" | "taking" | "chose" | "chosen" | "choosing" | "adopted"
            ) && toks.get(k + 1).is_some_and(|n| n.is("the"))
                && toks.get(k + 2).is_some_and(|n| n.is("name"));
            // "became known (to the world) as X".
            let known = w == "known"
                && toks
                    .get(k.wrapping_sub(1))
                    .is_some_and(|p| matches!(fold(p.s).as_str(), "became" | "becomes" | "become"));
            if took || known {
                let after = if took {
                    Some(k + 3)
                } else {
                    toks.iter()
                        .enumerate()
                        .skip(k + 1)
                        .take(5)
                        .find(|(_, n)| n.is("as"))
                        .map(|(i, _)| i + 1)
                };
                let sentence = toks
                    .get(..k)
                    .unwrap_or(&[])
                    .iter()
                    .rposition(|x| !x.word && matches!(x.s, "." | "!" | "?"))
                    .map_or(0, |p| p + 1);
                // "took the name": the sentence's first name, its subject ("Robert Prevost, a
                // member of the order, took …"); "became known": the name right before "became".
                let own = if took {
                    (sentence..k).find_map(|i| {
                        toks.get(i.wrapping_sub(1))
                            .is_none_or(|p| !is_name_token(p))
                            .then(|| name_at(i))
                            .flatten()
                    })
                } else {
                    let end = k.saturating_sub(1);
                    let start = (sentence..end)
                        .rev()
                        .take_while(|&i| is_name_token(&toks[i]))
                        .last();
                    start.and_then(name_at)
                };
                if let (Some(other), Some(own)) = (after.and_then(name_at), own) {
                    if fold(&other) != fold(&own) {
                        self.other_names.push((other, own));
                    }
                }
            }
            // "Pope Leo XIV, born Robert Francis Prevost".
            if w == "born" && toks.get(k.wrapping_sub(1)).is_some_and(|p| p.s == ",") {
                let start = (0..k.saturating_sub(1))
                    .rev()
                    .take_while(|&i| {
                        toks[i].word && (is_name_token(&toks[i]) || is_title_word(toks[i].s))
                    })
                    .last();
                if let (Some(other), Some(own)) = (start.and_then(name_at), name_at(k + 1)) {
                    if fold(&other) != fold(&own) {
                        self.other_names.push((other, own));
                    }
                }
            }
        }
    }

    fn consider_run(&mut self, para: &str, toks: &[Tok], start: usize, run: &[Tok], poss: bool) {
        // "Justin Hale KC": letters of rank after the name end the run.
        let mut run = run;
        while let [rest @ .., last] = run {
            if rest.is_empty() || !with_fold(last.s, |f| POSTNOMINALS.contains(&f)) {
                break;
            }
            run = rest;
        }
        // Multi-word capitalised phrases feed acronym expansion.
        let caps: Vec<&Tok> = run.iter().filter(|t| t.is_cap()).collect();
        if caps.len() >= 2 {
            self.phrases
                .insert(caps.iter().map(|t| t.s).collect::<Vec<_>>().join(" "));
        }
        let first_title = run.iter().position(|t| is_title_word(t.s));
        // ("Ursula von der Leyen": particles between its words are part of the name.)
        let name_start = (0..run.len())
            .rev()
            .find(|&i| {
                run.get(i)
                    .is_some_and(|t| !(is_name_token(t) || (i > 0 && particle_in_name(run, i))))
            })
            .map(|i| i + 1)
            .unwrap_or(0);
        let name: Vec<&Tok> = run.get(name_start..).unwrap_or(&[]).iter().collect();
        // "Roger Goode's house": the run stops before the possessive, but the full name is
        // written all the same.
        if let Some(owner) = toks.get(start + run.len()).filter(|_| poss) {
            if (1..=2).contains(&name.len()) && is_name_token(owner) {
                let mut full: Vec<&str> = name.iter().map(|t| t.s).collect();
                full.push(owner.base());
                self.note_full_name(owner.base(), &full.join(" "));
            }
        }
        let last_is_org = name
            .last()
            .is_some_and(|t| with_fold(t.s, |f| ORG_HEADS_SET.contains(f)));
        // "Telemetry Tracking and Command Network": the run goes on past "and" to a body's name.
        let joined_to_org = toks.get(start + run.len()).is_some_and(|t| t.is("and"))
            && toks
                .get(start + run.len() + 1..)
                .unwrap_or(&[])
                .iter()
                .take(5)
                .take_while(|t| t.word && t.is_cap())
                .last()
                .is_some_and(|t| with_fold(t.s, |f| ORG_HEADS_SET.contains(f)));
        // "sporting director Luque": an office before one capitalised word makes it a surname.
        if let [one] = name.as_slice() {
            let titled = first_title.is_some_and(|i| i < name_start);
            if titled && !last_is_org && !is_place_like(&name) && !one.is_possessive() {
                self.titled_surnames.insert(fold(one.s).into());
            }
        }
        let words = name.iter().filter(|t| !is_name_particle(t.s)).count();
        if !(2..=3).contains(&words) || last_is_org || joined_to_org || is_place_like(&name) {
            return;
        }
        let name_str = name.iter().map(|t| t.s).collect::<Vec<_>>().join(" ");
        if let Some(last) = name.last() {
            self.note_full_name(last.s, &name_str);
        }
        let before = toks.get(start.wrapping_sub(1));
        let has_title = first_title.is_some_and(|i| i < name_start);
        // "Kazuhiro Maejima, a U.S. politics professor at Sophia University."
        let after = start + run.len();
        let appositive = match (toks.get(after), toks.get(after + 1)) {
            (Some(c), Some(d)) if c.s == "," && (d.is("a") || d.is("an")) => {
                let from = d.start;
                // An appositive is short: it must close within 40 tokens (or end the paragraph).
                let rest = &toks[after + 1..];
                // "…, a professor at the School of Law said the crash …": the verb ends it too.
                let close = rest.iter().take(40).find(|t| {
                    (!t.word && matches!(t.s, "," | "." | ";" | "”" | "\""))
                        || (t.word
                            && matches!(
                                t.s,
                                "said" | "says" | "told" | "added" | "wrote" | "warned"
                            ))
                });
                let to = match close {
                    Some(t) => Some(t.start),
                    None if rest.len() <= 40 => Some(para.len()),
                    None => None,
                };
                to.and_then(|to| para.get(from..to))
                    .map(|s| s.trim().to_string())
            }
            _ => None,
        };
        let the_before = before.is_some_and(|b| b.is("the"));
        if !(has_title || appositive.is_some()) || the_before {
            return;
        }
        let qualifiers_and_titles: Vec<&Tok> =
            run.get(..name_start).unwrap_or(&[]).iter().collect();
        // "National Cyber Security Coordinator": up to three capitalised words that narrow the
        // office belong to its name.
        let first_office = qualifiers_and_titles
            .iter()
            .position(|t| is_title_word(t.s) || is_qualifier(t))
            .unwrap_or(0);
        // (Only before a one-word office: "Illustration Prime Minister" is a caption's word.)
        let one_word_office = qualifiers_and_titles
            .get(first_office..)
            .is_some_and(|o| o.len() == 1);
        let narrowed = qualifiers_and_titles
            .get(first_office.saturating_sub(3)..first_office)
            .unwrap_or(&[])
            .iter()
            .rev()
            .take_while(|t| one_word_office && t.is_cap() && !FUNCTION_WORDS_LIST.contains(t.s))
            .count();
        let title_phrase = qualifiers_and_titles
            .iter()
            .skip(first_office - narrowed)
            .map(|t| t.s)
            .collect::<Vec<_>>()
            .join(" ");
        // "India's Foreign Secretary Vikram Misri": the country before the run, written as a
        // possessive, qualifies the office as "Indian" would, so "India's foreign secretary"
        // in another article finds him.
        let owner = before
            .filter(|b| has_title && b.is_cap() && b.is_possessive())
            .map(|b| norm_qualifier(b.s))
            .filter(|q| is_country(q));
        // "Secretary of State Marco Rubio": the office before "of" is the office too, so "the
        // secretary" finds him.
        let office_of = (has_title && before.is_some_and(|b| b.is("of")) && start >= 2)
            .then(|| toks.get(start - 2))
            .flatten()
            .filter(|t| t.is_cap() && is_title_word(t.s));
        let p = self.person_mut(&name_str);
        if let Some(q) = owner {
            p.titles.insert(q);
        }
        if let Some(t) = office_of {
            p.titles.insert(fold(t.s).into());
        }
        for (i, t) in qualifiers_and_titles.iter().enumerate() {
            if let Some(g) = title_gender(t.s) {
                p.gender = Some(g);
            }
            if is_title_word(t.s) {
                p.titles.insert(fold(t.s).into());
            } else if is_qualifier(t) {
                p.titles.insert(norm_qualifier(t.s));
            } else if qualifiers_and_titles
                .get(i + 1..)
                .is_some_and(|rest| rest.iter().any(|r| is_title_word(r.s)))
            {
                // "Civil Aviation Minister": words that narrow the office, so that "the civil
                // aviation minister" finds this person and not the home minister.
                p.titles.insert(fold(t.s).into());
            }
        }
        if p.title_phrase.is_none() && !title_phrase.is_empty() {
            p.title_phrase = Some(title_phrase);
        }
        if p.role.is_none() {
            p.role = appositive;
        }
    }

    /// "the People's Daily, the official newspaper of the Communist Party of China,".
    fn scan_org_appositives(&mut self, para: &str, toks: &[Tok]) {
        for k in 0..toks.len() {
            if !toks[k].is("the") {
                continue;
            }
            let mut j = k + 1;
            while j < toks.len() && toks[j].is_cap() {
                j += 1;
            }
            if j == k + 1 || toks.get(j).is_none_or(|t| t.s != ",") {
                continue;
            }
            let Some(det) = toks.get(j + 1) else { continue };
            if !(det.is("the") || det.is("a") || det.is("an")) {
                continue;
            }
            let Some(close) = toks[j + 1..]
                .iter()
                .take(16)
                .position(|t| !t.word && t.s == ",")
            else {
                continue;
            };
            let desc_end = toks[j + 1 + close].start;
            let name = para.get(toks[k + 1].start..toks[j - 1].end).unwrap_or("");
            let desc = para.get(det.start..desc_end).unwrap_or("");
            let has_doc_noun = lex::tokens(desc)
                .iter()
                .any(|t| DOC_NOUNS_SET.contains(fold(t.s).as_str()));
            if has_doc_noun && !name.is_empty() {
                self.org_descriptors
                    .entry(canonical_org(name))
                    .or_default()
                    .insert(desc.to_string());
            }
        }
    }

    /// The person whose name contains this single token ("Trump", "Xi"), if exactly one does.
    /// Whether the text gave this one word an office ("director Luque"): a person's surname.
    pub fn is_titled_surname(&self, word: &str) -> bool {
        self.titled_surnames.contains(fold(word).as_str())
    }

    pub fn person_by_token(&self, token: &str) -> Option<&Person> {
        match with_fold(token, |f| self.by_token.get(f))?.as_slice() {
            [one] => self.persons.get(*one),
            _ => None,
        }
    }

    /// The full names the corpus writes out that end with `surname` as written, each once with
    /// the number of times it is written.
    pub fn full_names_ending(&self, surname: &str) -> &[(String, usize)] {
        with_fold(surname, |f| {
            self.full_names.get(f).map_or(&[][..], Vec::as_slice)
        })
    }

    /// Every written full name with its count, grouped by last word.
    pub fn full_names(&self) -> impl Iterator<Item = (&str, &[(String, usize)])> {
        self.full_names
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_slice()))
    }

    /// The person with this full name, or whose full name ends a longer capitalised phrase
    /// ("Port Director Lee Park" → "Lee Park").
    pub fn person_by_name(&self, name: &str) -> Option<&Person> {
        let f = fold(name);
        if let Some(&i) = self.by_name.get(f.as_str()) {
            return self.persons.get(i);
        }
        // Try the last two and three words of a longer phrase.
        let words: Vec<&str> = f.split(' ').collect();
        (2..=3)
            .filter(|&n| words.len() > n)
            .find_map(|n| self.by_name.get(&words[words.len() - n..].join(" ")))
            .and_then(|&i| self.persons.get(i))
    }

    /// Whether a person's titles fit a descriptor: the (normalised) qualifier among them, and
    /// every head word an office they hold ("the prosecutor" fits an Assistant U.S. Attorney).
    pub fn fits(p: &Person, qualifier: Option<&str>, head: &[String]) -> bool {
        // An office, or a word narrowing it that the person was given ("Civil Aviation Minister").
        let has =
            |h: &str| same_office(h).iter().any(|t| p.titles.contains(*t)) || p.titles.contains(h);
        // A prime minister is not "the aviation minister" nor "the minister".
        let prime_only =
            p.titles.contains("prime") && !head.iter().any(|h| h == "prime" || h == "pm");
        if prime_only && head.iter().any(|h| h == "minister") {
            return false;
        }
        qualifier.is_none_or(|q| p.titles.contains(q))
            && head.iter().all(|h| {
                has(h) || (h == "leader" && LEADER_TITLES.iter().any(|l| p.titles.contains(*l)))
            })
    }

    /// [`Registry::fits`] for a person the corpus never gave a nationality or country: "the US
    /// president" may be "President Donald Trump" when nobody is named "US President".
    pub fn fits_unqualified(p: &Person, head: &[String]) -> bool {
        p.titles
            .iter()
            .all(|t| TITLE_WORDS_SET.contains(t.as_str()))
            && Self::fits(p, None, head)
    }

    /// "the Chinese president", "the U.S. leader": the unique person whose titles fit. `prefer`
    /// is the article text, used to break ties in favour of someone the article names.
    pub fn person_by_descriptor(
        &self,
        qualifier: Option<&str>,
        head: &[String],
        prefer: &str,
    ) -> Option<&Person> {
        let q = qualifier.map(norm_qualifier);
        let fits = |p: &&Person| Self::fits(p, q.as_deref(), head);
        // Candidates share the qualifier or a title word: look them up instead of scanning all.
        // (An office word, not a word narrowing it: "president" in "Northland Bar president".)
        let key = q.clone().or_else(|| {
            head.iter()
                .find(|h| *h != "leader" && is_title_word(h))
                .or_else(|| head.iter().find(|h| *h != "leader"))
                .cloned()
        });
        let candidates: Vec<&Person> = match &key {
            Some(k) if q.is_some() => self
                .by_title
                .get(k)
                .map(|ix| ix.iter().filter_map(|&i| self.persons.get(i)).collect())
                .unwrap_or_default(),
            Some(k) => same_office(k)
                .iter()
                .filter_map(|t| self.by_title.get(*t))
                .flatten()
                .filter_map(|&i| self.persons.get(i))
                .collect(),
            None if key_is_none(qualifier, head) => self.persons.iter().collect(),
            None => Vec::new(),
        };
        let hits: Vec<&Person> = candidates.into_iter().filter(|p| fits(p)).collect();
        match hits.as_slice() {
            [one] => Some(one),
            _ => {
                let named: Vec<&&Person> = hits
                    .iter()
                    .filter(|p| {
                        p.name
                            .split(' ')
                            .next_back()
                            .is_some_and(|w| prefer.contains(w))
                    })
                    .collect();
                match named.as_slice() {
                    [one] => Some(**one),
                    _ => None,
                }
            }
        }
    }

    /// "WSJ" → "Wall Street Journal" when the corpus spells the full name somewhere.
    pub fn expand_acronym(&self, acronym: &str) -> Option<String> {
        if let Some(name) = self.acronyms.get(acronym) {
            return Some(canonical_org(name));
        }
        let hits = self.by_initials.get(acronym)?;
        // "Amazon Web Services" and "Amazon Web Services’" are one name written twice.
        let mut names: Vec<String> = hits
            .iter()
            .map(|h| canonical_org(h.trim_end_matches(['’', '\''])))
            .collect();
        names.sort();
        names.dedup_by(|a, b| fold(a) == fold(b));
        match names.as_slice() {
            [one] => Some(one.clone()),
            _ => None,
        }
    }

    /// "the newspaper of the ruling Communist party" → "People's Daily" when an appositive of that
    /// organisation shares the head noun and at least two other words.
    pub fn org_by_descriptor(&self, desc: &str) -> Option<String> {
        let words = content_words(desc);
        let head = lex::tokens(desc)
            .iter()
            .map(|t| fold(t.s))
            .find(|w| DOC_NOUNS_SET.contains(w.as_str()))?;
        let mut best: Option<(usize, &String)> = None;
        for (org, dw) in &self.descriptor_words {
            if !dw.contains(head.as_str()) {
                continue;
            }
            let shared = words
                .intersection(dw)
                .filter(|w| w.as_str() != head.as_str())
                .count();
            if shared >= 2 && best.is_none_or(|(n, _)| shared > n) {
                best = Some((shared, org));
            }
        }
        best.map(|(_, o)| o.clone())
    }
}

fn content_words(s: &str) -> BTreeSet<String> {
    lex::tokens(s)
        .iter()
        .filter(|t| t.word)
        .map(|t| String::from(fold(t.base())))
        .filter(|w| !FUNCTION_WORDS_SET.contains(w.as_str()) && w.len() > 2)
        .collect()
}

/// Words that make a capitalised pair a place or an institution rather than a person: the
/// first word of many place names ("New Delhi", "Los Angeles", "St. Armands Key"), a country or
/// continent anywhere ("Air India", "South Korea"), or a last word for a place or a building
/// ("Buckingham Palace", "Siesta Key").
const PLACE_FIRST: &[&str] = &[
    "new",
    "los",
    "las",
    "san",
    "santa",
    "st",
    "st.",
    "saint",
    "port",
    "fort",
    "mount",
    "lake",
    "el",
    "la",
    "rio",
    "hong",
    "kuala",
    "buenos",
    "tel",
    "abu",
    "cape",
    "air",
    "upper",
    "lower",
    "greater",
    "central",
    "northern",
    "southern",
    "eastern",
    "western",
    // "the Middle East", "the Far East".
    "middle",
    "far",
    // Storms are named like people ("Hurricane Milton, a Category 5 storm").
    "hurricane",
    "typhoon",
    "cyclone",
    "storm",
    "tropical",
];
/// Last words of events and prizes, which are capitalised like names and are nobody a
/// pronoun can mean ("the World Cup", "the Nobel Prize", "the Paris Games").
const EVENT_LAST: &[&str] = &[
    "cup",
    "championship",
    "championships",
    "games",
    "olympics",
    "paralympics",
    "prize",
    "award",
    "awards",
    "festival",
    "trophy",
    "tournament",
];

/// Last words of parties and their members, capitalised like names ("the Free Democrats", "a
/// Social Democrat"): nobody's name, and nobody a pronoun means.
const PARTY_LAST: &[&str] = &[
    "democrat",
    "democrats",
    "republican",
    "republicans",
    "socialist",
    "socialists",
    "greens",
    "conservatives",
    "liberals",
    "tories",
    "unionists",
    "nationalists",
];

/// (Not words that are also common surnames: Park, Hall, House, Bridge.)
const PLACE_LAST: &[&str] = &[
    "key",
    "church",
    "city",
    "county",
    "island",
    "islands",
    "beach",
    "bay",
    "valley",
    "river",
    "palace",
    "square",
    "avenue",
    "road",
    "airport",
    "station",
    "cathedral",
    "basilica",
    "archdiocese",
    "diocese",
    "coast",
    "province",
    "region",
    "district",
    "republic",
    "kingdom",
    "emirates",
    "strait",
    "sea",
    "ocean",
    "desert",
    "mountains",
    "hills",
    "harbour",
    "harbor",
    "center",
    "centre",
    "stadium",
    "arena",
];
const COUNTRIES: &[&str] = &[
    "afghanistan",
    "africa",
    "albania",
    "algeria",
    "america",
    "argentina",
    "armenia",
    "asia",
    "australia",
    "austria",
    "azerbaijan",
    "bahrain",
    "bangladesh",
    "belarus",
    "belgium",
    "bolivia",
    "brazil",
    "britain",
    "bulgaria",
    "cambodia",
    "cameroon",
    "canada",
    "chile",
    "china",
    "colombia",
    "croatia",
    "cuba",
    "cyprus",
    "czechia",
    "denmark",
    "ecuador",
    "egypt",
    "england",
    "estonia",
    "ethiopia",
    "europe",
    "finland",
    "france",
    "georgia",
    "germany",
    "ghana",
    "greece",
    "haiti",
    "hungary",
    "iceland",
    "india",
    "indonesia",
    "iran",
    "iraq",
    "ireland",
    "israel",
    "italy",
    "japan",
    "jordan",
    "kazakhstan",
    "kenya",
    "korea",
    "kosovo",
    "kuwait",
    "latvia",
    "lebanon",
    "libya",
    "lithuania",
    "malaysia",
    "mexico",
    "moldova",
    "mongolia",
    "morocco",
    "myanmar",
    "nepal",
    "netherlands",
    "nigeria",
    "norway",
    "oman",
    "pakistan",
    "palestine",
    "panama",
    "paraguay",
    "peru",
    "philippines",
    "poland",
    "portugal",
    "qatar",
    "romania",
    "russia",
    "rwanda",
    "scotland",
    "senegal",
    "serbia",
    "singapore",
    "slovakia",
    "slovenia",
    "somalia",
    "spain",
    "sudan",
    "sweden",
    "switzerland",
    "syria",
    "taiwan",
    "tanzania",
    "thailand",
    "tunisia",
    "turkey",
    "uganda",
    "ukraine",
    "uruguay",
    "venezuela",
    "vietnam",
    "wales",
    "yemen",
    "zambia",
    "zimbabwe",
];

/// Whether a run of name words reads as a place or an institution (see [`PLACE_FIRST`]).
pub fn is_place_like(name: &[&Tok]) -> bool {
    let words: Vec<&str> = name.iter().map(|t| t.s).collect();
    is_place_like_words(&words)
}

/// The last word of a place, an event or a party: a capitalised run ending in it is no person.
fn not_a_person_last(f: &str) -> bool {
    PLACE_LAST.contains(&f) || EVENT_LAST.contains(&f) || PARTY_LAST.contains(&f)
}

fn is_place_like_words(words: &[&str]) -> bool {
    words
        .first()
        .is_some_and(|w| with_fold(w, |f| PLACE_FIRST.contains(&f)))
        || words
            .last()
            .is_some_and(|w| with_fold(w, not_a_person_last))
        || words
            .iter()
            .any(|w| with_fold(w, |f| COUNTRIES.contains(&f)))
}

/// An organisation's name as a comparable key: its words sorted, without "of", "the", "and"
/// or a possessive, a country and its adjective as one word (their first four letters), and
/// "defence"/"defense" style spellings as one.
pub fn org_key(name: &str) -> Vec<String> {
    let mut key: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .map(|w| {
            let w = fold(w).replace('’', "'");
            match w.strip_suffix("'s") {
                Some(owner) => (owner.to_string(), true),
                None => (w, false),
            }
        })
        .filter(|(w, _)| !w.is_empty() && !matches!(w.as_str(), "of" | "the" | "and" | "for"))
        .map(|(w, possessive)| {
            // "Russia's", "Russia" and "Russian" (also "Chinese", "Polish") name one place.
            let country = possessive
                || COUNTRIES.contains(&w.as_str())
                || (w.len() > 4 && ["an", "ese", "ish", "i"].iter().any(|x| w.ends_with(x)));
            if country {
                format!("@{}", w.chars().take(4).collect::<String>())
            } else {
                let w = w
                    .replace("defence", "defense")
                    .replace("isation", "ization")
                    .replace("centre", "center");
                // "services" and "service" alike.
                match w.strip_suffix('s') {
                    Some(stem) if stem.len() >= 4 && !stem.ends_with('s') => stem.to_string(),
                    _ => w,
                }
            }
        })
        .collect();
    key.sort();
    key
}

/// Short forms of given names that outlets write for the same person ("Dave" for "David").
const NICKNAMES: &[(&str, &str)] = &[
    ("abe", "abraham"),
    ("alex", "alexander"),
    ("andy", "andrew"),
    ("becky", "rebecca"),
    ("ben", "benjamin"),
    ("beth", "elizabeth"),
    ("bill", "william"),
    ("bob", "robert"),
    ("cathy", "catherine"),
    ("charlie", "charles"),
    ("chris", "christopher"),
    ("chuck", "charles"),
    ("dan", "daniel"),
    ("danny", "daniel"),
    ("dave", "david"),
    ("debbie", "deborah"),
    ("don", "donald"),
    ("ed", "edward"),
    ("fred", "frederick"),
    ("greg", "gregory"),
    ("harry", "henry"),
    ("jake", "jacob"),
    ("jen", "jennifer"),
    ("jenny", "jennifer"),
    ("jerry", "gerald"),
    ("jim", "james"),
    ("jimmy", "james"),
    ("joe", "joseph"),
    ("jon", "jonathan"),
    ("josh", "joshua"),
    ("kate", "katherine"),
    ("katie", "katherine"),
    ("ken", "kenneth"),
    ("larry", "lawrence"),
    ("liz", "elizabeth"),
    ("matt", "matthew"),
    ("meg", "margaret"),
    ("mike", "michael"),
    ("nate", "nathan"),
    ("nick", "nicholas"),
    ("pat", "patrick"),
    ("pete", "peter"),
    ("rich", "richard"),
    ("rick", "richard"),
    ("rob", "robert"),
    ("ron", "ronald"),
    ("sam", "samuel"),
    ("steve", "stephen"),
    ("steve", "steven"),
    ("sue", "susan"),
    ("ted", "edward"),
    ("tim", "timothy"),
    ("tom", "thomas"),
    ("tony", "anthony"),
    ("vicky", "victoria"),
    ("will", "william"),
    ("zach", "zachary"),
];

/// Whether two full names sharing their last word are one person written two ways: the same
/// given names but for a short form ("Dave"/"David"), a spelling variant of at least four
/// shared letters and at most two edits ("Christy"/"Christie"), or accents. Two people who
/// merely share a surname ("Ian"/"Heather") stay apart.
pub fn same_person_spelled(a: &str, b: &str) -> bool {
    let (fa, fb) = (fold(a), fold(b));
    let (wa, wb): (Vec<&str>, Vec<&str>) = (fa.split(' ').collect(), fb.split(' ').collect());
    if wa.len() < 2 || wb.len() < 2 {
        return false;
    }
    let (Some((la, ga)), Some((lb, gb))) = (wa.split_last(), wb.split_last()) else {
        return false;
    };
    if !surnames_match(la, lb) {
        return false;
    }
    // "K Rammohan Naidu" and "Ram Mohan Naidu": an initial left out, the given names written
    // together or apart.
    let initial = |w: &&str| w.trim_end_matches('.').chars().count() <= 1;
    let full = |g: &[&str]| -> String { g.iter().filter(|w| !initial(w)).copied().collect() };
    let initials = |g: &[&str]| -> String {
        g.iter()
            .filter(|w| initial(w))
            .map(|w| w.trim_end_matches('.'))
            .collect()
    };
    let (ia, ib) = (initials(ga), initials(gb));
    // ("K Ram Nair" and "S Ram Nair" are two people.)
    if (ia.is_empty() != ib.is_empty() || (!ia.is_empty() && ia == ib))
        && !full(ga).is_empty()
        && full(ga) == full(gb)
    {
        return true;
    }
    if ga.len() != gb.len() {
        // "Vishalkumar Rao" and "Vishal Kumar Rao": the given names written together.
        return ga.concat() == gb.concat();
    }
    ga.iter().zip(gb).all(|(x, y)| given_names_match(x, y))
}

/// "Zelensky"/"Zelenskyy": one letter apart in a long surname, the first five the same.
fn surnames_match(x: &str, y: &str) -> bool {
    x == y
        || (x.chars().count() >= 6
            && y.chars().count() >= 6
            && x.chars().take(5).eq(y.chars().take(5))
            && edit_distance(x, y) <= 1)
}

/// Whether `short` is `long` written with fewer of its names: the same surname, and the
/// remaining words in order within it, either from its start ("Robert Prevost" for "Robert
/// Francis Prevost") or ending it ("Kumar Ramesh" for "Vishwash Kumar Ramesh").
/// The surname of a full name: its last word, passing over "Jr." or "Sr." ("Robert F. Kenner
/// Jr." → "Kenner"); none for a single word.
pub fn surname_of(name: &str) -> Option<&str> {
    let mut words = name.split(' ').rev();
    let last = words.next()?;
    let last = if matches!(fold(last).as_str(), "jr" | "jr." | "sr" | "sr.") {
        words.next()?
    } else {
        last
    };
    words.next().map(|_| last)
}

pub fn shorter_form_of(short: &str, long: &str) -> bool {
    let (fs, fl) = (fold(short), fold(long));
    // "Jr." and "Sr." after a name belong to it but are often left out ("Robert F. Kenner").
    let generation = |w: &&str| !matches!(*w, "jr" | "jr." | "sr" | "sr.");
    let ws: Vec<&str> = fs.split(' ').filter(generation).collect();
    let wl_all: Vec<&str> = fl.split(' ').collect();
    let wl: Vec<&str> = wl_all.iter().copied().filter(generation).collect();
    if ws.len() == wl.len() && ws == wl && wl_all.len() > ws.len() {
        return true;
    }
    if ws.len() < 2 || ws.len() >= wl.len() || !surnames_match(ws[ws.len() - 1], wl[wl.len() - 1]) {
        return false;
    }
    let suffix = ws[..ws.len() - 1] == wl[wl.len() - ws.len()..wl.len() - 1];
    let same_first = ws[0] == wl[0] && {
        // The middle names of `short` appear in order among those of `long`.
        let mut rest = wl[1..wl.len() - 1].iter();
        ws[1..ws.len() - 1].iter().all(|w| rest.any(|x| x == w))
    };
    suffix || same_first
}

fn given_names_match(x: &str, y: &str) -> bool {
    if x == y {
        return true;
    }
    let nick = |s: &str, l: &str| NICKNAMES.iter().any(|(n, f)| *n == s && *f == l);
    if nick(x, y) || nick(y, x) {
        return true;
    }
    let shared = x.chars().zip(y.chars()).take_while(|(p, q)| p == q).count();
    shared >= 4 && edit_distance(x, y) <= 2
}

/// Levenshtein distance over characters; names are short.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev.get(j).copied().unwrap_or(0) + usize::from(ca != *cb);
            let del = prev.get(j + 1).copied().unwrap_or(0) + 1;
            let ins = cur.get(j).copied().unwrap_or(0) + 1;
            if let Some(c) = cur.get_mut(j + 1) {
                *c = sub.min(del).min(ins);
            }
        }
        prev = cur;
    }
    prev.last().copied().unwrap_or(0)
}

/// An organisation's display name: no leading "the", straight apostrophes, single spaces.
pub fn canonical_org(name: &str) -> String {
    let n = name.trim();
    let n = n
        .strip_prefix("the ")
        .or_else(|| n.strip_prefix("The "))
        .unwrap_or(n);
    let words: Vec<&str> = n.split_whitespace().collect();
    // "conservative Fars news agency", "state-run Xinhua": a lowercase epithet before the name
    // describes it and is not part of it.
    // A description ("newspaper of the ruling Communist party") stays whole.
    let name_at = words
        .iter()
        .position(|w| w.starts_with(char::is_uppercase))
        .filter(|&at| {
            at <= 2
                && words.get(..at).is_some_and(|e| {
                    e.iter()
                        .all(|w| !FUNCTION_WORDS_SET.contains(fold(w).as_str()))
                })
        })
        .unwrap_or(0);
    words
        .get(name_at..)
        .unwrap_or(&[])
        .join(" ")
        .replace('’', "'")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_person_spelled_two_ways() {
        assert!(same_person_spelled("Dave Burrow", "David Burrow"));
        assert!(same_person_spelled("Christy Slade", "Christie Slade"));
        assert!(same_person_spelled("José Nunez", "Jose Nuñez"));
        assert!(!same_person_spelled("Ian Walsh", "Heather Walsh"));
        assert!(!same_person_spelled("Christopher Lane", "Christine Lane"));
        assert!(!same_person_spelled("Dave Burrow", "David Barrow"));
        assert!(!same_person_spelled("Burrow", "Burrow"));
        assert_eq!(
            org_key("Russian Ministry of Defense"),
            org_key("Russia's Defence Ministry")
        );
        assert_eq!(
            org_key("Russian Defence Ministry"),
            org_key("Russia’s Defense Ministry")
        );
        assert_ne!(
            org_key("Russian Defence Ministry"),
            org_key("Ukrainian Defence Ministry")
        );
        assert_ne!(org_key("Bank of England"), org_key("England Cricket Board"));
        assert_eq!(
            org_key("Ukraine's security services"),
            org_key("Ukraine's security service")
        );
        assert!(same_person_spelled("Vera Zelensky", "Vera Zelenskyy"));
        assert!(same_person_spelled("Vishalkumar Rao", "Vishal Kumar Rao"));
        assert!(same_person_spelled("K Ramkishan Nair", "Ram Kishan Nair"));
        assert!(same_person_spelled("R. Ramkishan Nair", "Ramkishan Nair"));
        assert!(!same_person_spelled("K Nair", "Ram Nair"));
        assert!(!same_person_spelled("K Ram Nair", "S Ram Nair"));
        assert!(
            !same_person_spelled("Vishal Rao", "Vishal Kumar Rao"),
            "a shorter form, not a spelling"
        );
        assert!(
            !same_person_spelled("Ana Rossi", "Ana Rossa"),
            "short surnames stay apart"
        );
        assert!(shorter_form_of("Robert Prevost", "Robert Francis Prevost"));
        assert!(shorter_form_of("Kumar Ramesh", "Vishal Kumar Ramesh"));
        assert!(!shorter_form_of("John Prevost", "Robert Francis Prevost"));
        assert!(
            !shorter_form_of("Prevost", "Robert Prevost"),
            "a surname alone is merged elsewhere"
        );
    }

    fn reg(text: &str) -> Registry {
        Registry::build([text])
    }

    #[test]
    fn titles_before_names_make_people() {
        let r = reg("Chief Cabinet Secretary Minoru Kihara spoke. Later Kihara left.");
        let p = r.person_by_token("Kihara").unwrap();
        assert_eq!(p.name, "Minoru Kihara");
        assert_eq!(p.title_phrase.as_deref(), Some("Chief Cabinet Secretary"));
    }

    #[test]
    fn descriptors_find_people_by_qualifier_and_title() {
        let r = reg("Chinese President Wen Bo met U.S. President Ann Lee. Japanese prime minister Aki Sato too.");
        assert_eq!(
            r.person_by_descriptor(Some("Chinese"), &["president".into()], "")
                .unwrap()
                .name,
            "Wen Bo"
        );
        assert_eq!(
            r.person_by_descriptor(Some("US"), &["president".into()], "")
                .unwrap()
                .name,
            "Ann Lee"
        );
        assert_eq!(
            r.person_by_descriptor(Some("Chinese"), &["leader".into()], "")
                .unwrap()
                .name,
            "Wen Bo"
        );
        assert_eq!(
            r.person_by_descriptor(Some("Japanese"), &["prime".into(), "minister".into()], "")
                .unwrap()
                .name,
            "Aki Sato"
        );
        assert!(
            r.person_by_descriptor(None, &["president".into()], "")
                .is_none(),
            "ambiguous"
        );
    }

    #[test]
    fn appositives_make_people_with_roles() {
        let r = reg("“Quote,” said Jo Park, a history lecturer at Some College.");
        assert_eq!(
            r.person_by_token("Park").unwrap().role.as_deref(),
            Some("a history lecturer at Some College")
        );
    }

    #[test]
    fn organisations_are_found_by_acronym_and_descriptor() {
        let r = reg("The Daily Planet Journal said. In the Morning Herald, the official newspaper of the Green Party of Narnia, on Monday.");
        assert_eq!(
            r.expand_acronym("DPJ").as_deref(),
            Some("Daily Planet Journal")
        );
        assert_eq!(
            r.org_by_descriptor("the newspaper of the ruling Green party")
                .as_deref(),
            Some("Morning Herald")
        );
        assert!(r.org_by_descriptor("the newspaper of the city").is_none());
    }
}
