//! Synthetic corpora for measuring Storyscope at any size: `storyscope synth --articles N --seed S`.
//!
//! The articles are deterministic for a given seed and look like coverage of one long-running
//! story: about fifty outlets, a few hundred speakers quoted with a Zipf-like spread (a handful
//! constantly, most rarely), dates over a year, every attribution pattern the extractor reads,
//! articles with and without front matter, and wire passages repeated across outlets.
//!
//! So that the coverage comparisons have something to find at every size, the corpus also has
//! what one outlet's report does to another's:
//! - **follow-ups**: about half the articles pick up a recent article of another outlet,
//!   published between 14 hours and three days after it. A follow-up reprints that article's
//!   agency paragraph (wire copy: whole, without its last clause, or with its outlook updated,
//!   always keeping a run of well over eight words) and re-quotes its statements;
//! - **re-quoted statements**: statements of two or three sentences, re-quoted by follow-ups as
//!   translations and sub-editors pass them on: word for word, one word substituted, a word
//!   inserted or dropped, or the last sentence cut (so one quotation stands in a longer one).
//!   One re-quote in four credits the words to the speaker's office or a spokesperson instead of
//!   the person, which is how conflicting attributions arise. Follow-ups of follow-ups carry the
//!   edits on, as copies of copies do. Statements quoted in more than one article make about
//!   a sixth of all quotations (a fifth of the spoken ones);
//! - **times of publication**: each outlet publishes in one of five zones; about two in five of
//!   the dates in front matter give the time as RFC 3339 (`2025-11-27T08:15:00+09:00`, or `Z`),
//!   the others the local day only. The dateline articles give a day and the rest no date.
//!
//! The generator has its own small PRNG (SplitMix64) so a seed gives the same corpus whatever
//! crate versions are installed; benchmarks compare like with like.

use std::collections::VecDeque;
use std::fmt::Write as _;

/// SplitMix64: tiny, fast, and stable across versions.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }
}

const PLACES: &[&str] = &[
    "Harbor",
    "Valley",
    "Capital",
    "Northern",
    "Coastal",
    "Metro",
    "Lakeside",
    "Eastern",
    "Western",
    "Southern",
    "Highland",
    "River",
    "Bay",
    "Prairie",
    "Summit",
    "Union",
    "Central",
    "Pacific",
    "Atlantic",
    "Midland",
    "Granite",
    "Cedar",
    "Pine",
    "Maple",
    "Sterling",
    "Liberty",
    "Crown",
    "Evening",
    "Morning",
    "National",
    "Global",
    "Continental",
    "Island",
    "Delta",
    "Frontier",
    "Heritage",
    "Pioneer",
    "Bridge",
    "Port",
    "Canyon",
    "Meadow",
    "Forest",
    "Desert",
    "Alpine",
    "Border",
    "Imperial",
    "Royal",
    "Civic",
    "Public",
    "Daily",
];
const MASTHEADS: &[&str] = &[
    "Times",
    "Herald",
    "Post",
    "Tribune",
    "Gazette",
    "Journal",
    "Chronicle",
    "Observer",
    "Courier",
    "Standard",
    "Telegraph",
    "Review",
    "Monitor",
    "Express",
    "Record",
    "Sentinel",
    "Ledger",
    "Star",
];
const GIVEN: &[&str] = &[
    "Ana", "Ben", "Chen", "Dara", "Elif", "Femi", "Gita", "Hugo", "Ines", "Jon", "Kenji", "Lina",
    "Mateo", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tala", "Umar", "Vera", "Wen",
    "Ximena", "Yusuf", "Zara", "Aiko", "Bram", "Carla", "Dmitri", "Esme", "Farid", "Greta", "Hana",
];
const FAMILY: &[&str] = &[
    "Abe", "Berg", "Costa", "Diallo", "Eriksen", "Fischer", "Garcia", "Haddad", "Ito", "Jansen",
    "Kowalski", "Lind", "Moreau", "Nakamura", "Okafor", "Petrov", "Quispe", "Rossi", "Sato",
    "Tanaka", "Usman", "Varga", "Weber", "Xu", "Yilmaz", "Zhou", "Alvarez", "Brandt", "Cohen",
    "Dubois", "Esposito", "Ferreira", "Gupta", "Horvat",
];
/// Titles, each with the office that can speak for its holder (a re-quote credited to it instead
/// of the person is a conflicting attribution); every office reads as an organisation.
const TITLES: &[(&str, &str)] = &[
    ("Prime Minister", "the prime minister's office"),
    ("President", "the presidential office"),
    ("Foreign Minister", "the foreign ministry"),
    ("Defense Minister", "the defense ministry"),
    ("Trade Minister", "the trade ministry"),
    ("Senator", "the senator's office"),
    ("Governor", "the governor's office"),
    ("Mayor", "the mayor's office"),
    ("Ambassador", "the ambassador's office"),
    ("Professor", "the university"),
    ("Chief Cabinet Secretary", "the cabinet office"),
    ("Finance Minister", "the finance ministry"),
    ("Commissioner", "the commissioner's office"),
];
const NATIONS: &[&str] = &[
    "U.S.",
    "Japanese",
    "Chinese",
    "German",
    "French",
    "Brazilian",
    "Indian",
    "Kenyan",
];
const ORGS: &[&str] = &[
    "the White House",
    "the foreign ministry",
    "the central bank",
    "the trade commission",
    "the defense ministry",
    "the prime minister's office",
    "the port authority",
    "the city council",
];
const ANONYMOUS: &[&str] = &[
    "one source",
    "a senior official",
    "two diplomats",
    "one regional expert",
    "a government official",
    "one analyst",
    "a person familiar with the talks",
];
const SUBJECTS: &[&str] = &[
    "the talks",
    "the trade deal",
    "the tariff plan",
    "the border dispute",
    "the ceasefire",
    "the summit",
    "the sanctions",
    "the election",
    "the budget",
    "the climate accord",
];
const CLAIMS: &[&str] = &[
    "will not be rushed",
    "is moving in the right direction",
    "remains fragile",
    "needs more time",
    "was never on the table",
    "has wide support",
    "could collapse within weeks",
    "is a first step",
    "should be reviewed",
    "will protect workers",
    "is good for everyone",
    "puts jobs at risk",
];
const WIRE: &[&str] = &[
    "The dispute has unsettled markets across the region, with shipping rates rising for a third straight week.",
    "Negotiators met behind closed doors for more than six hours, according to people briefed on the meeting.",
    "The agreement, first reported by the Harbor Wire, would cut tariffs on farm goods by half.",
    "Officials have declined to give a timetable for the next round of negotiations.",
    "Analysts say the outcome could shape relations between the two countries for years.",
    "Protesters gathered outside the parliament building on Sunday, calling for a public vote on the deal.",
];

/// Agency paragraphs: "{who} from {n} countries met for {h} hours on {day} to discuss {subject}
/// for the {nth} time this {period}, and {outcome} is expected {when}." Ten million opening
/// clauses, so that one outlet's paragraph found in another's was copied, not a coincidence.
const LEAD_WHO: &[&str] = &[
    "Negotiators",
    "Senior officials",
    "Diplomats",
    "Delegations",
    "Trade envoys",
    "Lawmakers",
];
const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const ORDINALS: &[&str] = &[
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
];
const PERIODS: &[&str] = &["week", "month", "year"];
const OUTCOMES: &[&str] = &[
    "a draft text",
    "a joint statement",
    "a revised proposal",
    "a formal reply",
    "a vote in parliament",
    "a decision on the next steps",
];
const WHENS: &[&str] = &[
    "within days",
    "next week",
    "by the end of the month",
    "before the summer",
    "early next year",
];

/// Statements: an opening sentence ("We" + verb phrase + subject + figures), a second
/// sentence, often a third. Every part has content words and none of [`CLAIMS`]'s, so
/// statements and the short stock quotations do not run into each other.
const OPENERS: &[&str] = &[
    "We will not sign off on",
    "We cannot accept",
    "We are ready to discuss",
    "We have worked hard on",
    "We want to finish",
    "We will continue to defend",
    "We have serious doubts about",
    "We are pleased to welcome",
    "We must oppose",
    "We intend to complete",
    "We remain committed to",
    "We are deeply worried about",
    "We have asked for clarity on",
    "We will study carefully",
    "We see little value in",
    "We fought for years for",
];
/// What statements are about: not the story's [`SUBJECTS`], whose two-word names are also
/// quoted as terms ("the so-called “trade deal”") and would join every statement naming them
/// into one family with the stock quotations.
const STATEMENT_SUBJECTS: &[&str] = &[
    "the fisheries agreement",
    "the pension reform",
    "the energy framework",
    "the proposed levies",
    "the rescue package",
    "the peace process",
    "the draft treaty",
    "the joint declaration",
    "the emergency measures",
    "the port expansion",
    "the grain corridor",
    "the steel quotas",
    "the airspace protocol",
    "the data rules",
    "the customs union",
    "the visa waiver",
    "the nuclear inspections",
    "the debt relief",
    "the railway link",
    "the fishing licences",
    "the pipeline project",
    "the refugee compact",
    "the ballot recount",
    "the mining permits",
    "the salary freeze",
    "the housing subsidies",
    "the wheat exports",
    "the satellite launch",
    "the vaccine plant",
    "the bank merger",
];
/// Figures that end the opening sentence; each `#` stands for one of the statement's two
/// numbers (10 to 9 999). Real statements name amounts and counts, and such rare words are what
/// lets quote families find a re-quote among a hundred thousand articles without comparing it
/// with every statement; they also keep two statements made independently from being one edit
/// apart, even when every other part is the same.
const FIGURES: &[&str] = &[
    "while # families in # villages wait for an answer",
    "with # million euros and # contracts at stake",
    "as # delegates and # observers look on",
    "after # petitions and # protests",
    "with # ships and # crews waiting at sea",
    "for the # employees and # farms affected",
    "after # hearings and # written submissions",
    "as # companies and # unions wait",
];
const SECONDS: &[&str] = &[
    "The door remains open",
    "Our partners know where we stand",
    "This is about the future of our children",
    "We expect a clear answer soon",
    "Nobody wins from a long dispute",
    "History will judge this moment",
    "The decision rests with the voters",
    "Our farmers have waited long enough",
    "The details will follow shortly",
    "There is no alternative to dialogue",
    "Patience has its limits",
    "Our position has not changed",
    "The numbers speak for themselves",
    "This government keeps its promises",
    "Every option remains on the desk",
    "Trust must be earned",
    "We stand with our neighbours",
];
const THIRDS: &[&str] = &[
    "That is our final position",
    "Everything else is speculation",
    "We will keep talking",
    "The ball is in their court",
    "Nothing has been decided yet",
    "We owe that to our citizens",
    "Let me be very clear about that",
    "The rest is detail",
    "Our message is simple",
    "Nobody should doubt our resolve",
    "Words must now become deeds",
    "The coming days will be decisive",
];
/// One-word renderings a translator or sub-editor may choose instead (either way round),
/// including the spelling variants that house styles impose. Each word appears once.
const SWAPS: &[(&str, &str)] = &[
    ("accept", "tolerate"),
    ("discuss", "debate"),
    ("finish", "conclude"),
    ("defend", "uphold"),
    ("doubts", "reservations"),
    ("welcome", "applaud"),
    ("oppose", "reject"),
    ("complete", "finalise"),
    ("committed", "dedicated"),
    ("worried", "concerned"),
    ("clarity", "clarification"),
    ("value", "merit"),
    ("partners", "allies"),
    ("farmers", "growers"),
    ("neighbours", "neighbors"),
    ("future", "prospects"),
    ("clear", "firm"),
    ("dispute", "quarrel"),
    ("moment", "hour"),
    ("decision", "choice"),
    ("voters", "electorate"),
    ("details", "specifics"),
    ("dialogue", "dialog"),
    ("limits", "bounds"),
    ("numbers", "figures"),
    ("promises", "pledges"),
    ("desk", "agenda"),
    ("earned", "deserved"),
    ("final", "last"),
    ("speculation", "rumour"),
    ("talking", "negotiating"),
    ("citizens", "people"),
    ("decided", "agreed"),
    ("simple", "straightforward"),
    ("resolve", "determination"),
    ("deeds", "actions"),
    ("decisive", "crucial"),
    ("agreement", "accord"),
    ("reform", "overhaul"),
    ("framework", "structure"),
    ("levies", "duties"),
    ("package", "bailout"),
    ("treaty", "pact"),
    ("declaration", "communique"),
    ("measures", "steps"),
    ("expansion", "extension"),
    ("corridor", "route"),
    ("quotas", "allowances"),
    ("rules", "regulations"),
    ("waiver", "exemption"),
    ("inspections", "checks"),
    ("relief", "forgiveness"),
    ("link", "connection"),
    ("licences", "licenses"),
    ("project", "scheme"),
    ("compact", "convention"),
    ("permits", "concessions"),
    ("freeze", "cap"),
    ("subsidies", "grants"),
    ("exports", "shipments"),
    ("launch", "liftoff"),
    ("plant", "factory"),
    ("merger", "takeover"),
];
/// Words a re-quote may add after the opening "We", or drop again.
const ADVERBS: &[&str] = &["certainly", "still", "really", "now"];

/// Time zones the outlets publish in, as RFC 3339 writes them, with their offset in minutes.
/// `Z` and `+00:00` are the same zone spelled two ways, as sources do.
const ZONES: &[(&str, i64)] = &[
    ("+00:00", 0),
    ("+01:00", 60),
    ("+09:00", 540),
    ("-05:00", -300),
    ("Z", 0),
];
const MINUTES_PER_DAY: u32 = 24 * 60;
/// Publication instants are minutes of 2025 in UTC, kept far enough from both ends that the
/// local day is in 2025 in every zone (five hours behind UTC at most, nine ahead).
const EARLIEST: u32 = 5 * 60;
const LATEST: u32 = 365 * MINUTES_PER_DAY - 9 * 60;
/// A follow-up appears this long after its source. At least fourteen hours (the widest gap
/// between two zones) so that even by local days a follow-up is never dated before its source.
const DELAY_MIN: u32 = 14 * 60;
const DELAY_MAX: u32 = 3 * MINUTES_PER_DAY;
/// Articles a follow-up can pick up: the latest ones. Fewer than the outlets, which take turns,
/// so the source is always another outlet.
const RECENT: usize = 32;
/// Share of articles, beyond every tenth, that follow up a recent one.
const FOLLOW_PERCENT: u64 = 45;
/// Share of quotations credited to a named person that are statements (the quotable kind,
/// which follow-ups re-quote) rather than the short stock sentences.
const STATEMENT_PERCENT: u64 = 60;
/// Statements an article keeps for its follow-ups; bounds how far chains of re-quotes grow.
const KEPT_STATEMENTS: usize = 3;

pub struct Speaker {
    /// How the first mention reads ("Foreign Minister Ana Berg") and later ones ("Berg").
    full: String,
    short: String,
    /// The office that speaks for them ("the foreign ministry").
    office: &'static str,
}

fn speakers(rng: &mut Rng, n: usize) -> Vec<Speaker> {
    let mut out = Vec::with_capacity(n);
    let mut used = std::collections::HashSet::new();
    while out.len() < n {
        let given = rng.pick(GIVEN);
        let family = rng.pick(FAMILY);
        if !used.insert((given, family)) {
            // A finite name space: allow a second family name once the pairs run out.
            if used.len() >= GIVEN.len() * FAMILY.len() {
                break;
            }
            continue;
        }
        let nation = rng.pick(NATIONS);
        let &(title, office) = rng.pick(TITLES);
        let office = if *nation == "U.S." && title == "President" {
            "the White House"
        } else {
            office
        };
        out.push(Speaker {
            full: format!("{nation} {title} {given} {family}"),
            short: family.to_string(),
            office,
        });
    }
    out
}

/// Index into `n` items with probability proportional to 1 / (rank + 1).
fn zipf(rng: &mut Rng, cumulative: &[f64]) -> usize {
    let total = cumulative.last().copied().unwrap_or(1.0);
    let x = (rng.next_u64() as f64 / u64::MAX as f64) * total;
    cumulative
        .partition_point(|&c| c < x)
        .min(cumulative.len().saturating_sub(1))
}

fn quote_text(rng: &mut Rng) -> String {
    let subject = rng.pick(SUBJECTS);
    let claim = rng.pick(CLAIMS);
    let mut s = format!("{}{} {}", subject[..1].to_uppercase(), &subject[1..], claim);
    if rng.chance(40) {
        let _ = write!(s, ", and {} {}", rng.pick(SUBJECTS), rng.pick(CLAIMS));
    }
    s
}

/// An agency paragraph, kept as its parts so a follow-up can reprint it with an edit.
#[derive(Clone, Copy)]
struct Lead {
    who: &'static str,
    countries: u8,
    hours: u8,
    weekday: &'static str,
    subject: &'static str,
    ordinal: &'static str,
    period: &'static str,
    /// (outcome, when): the clause a sub-editor cuts or updates.
    outlook: Option<(&'static str, &'static str)>,
}

impl Lead {
    fn fresh(rng: &mut Rng, subject: &'static str) -> Lead {
        let who = *rng.pick(LEAD_WHO);
        let countries = 3 + rng.below(97) as u8;
        let hours = 2 + rng.below(11) as u8;
        let weekday = *rng.pick(WEEKDAYS);
        let ordinal = *rng.pick(ORDINALS);
        let period = *rng.pick(PERIODS);
        let outlook = rng
            .chance(80)
            .then(|| (*rng.pick(OUTCOMES), *rng.pick(WHENS)));
        Lead {
            who,
            countries,
            hours,
            weekday,
            subject,
            ordinal,
            period,
            outlook,
        }
    }

    /// The paragraph as another outlet reprints it: mostly word for word; otherwise without
    /// the outlook, or with its date updated. The opening clause, nineteen words or more,
    /// always stays, so the copy is a shared passage however it was edited.
    fn reprinted(self, rng: &mut Rng) -> Lead {
        let mut lead = self;
        match (rng.below(4), lead.outlook) {
            (2, Some(_)) => lead.outlook = None,
            (3, Some((outcome, when))) => {
                let k = WHENS.iter().position(|w| *w == when).unwrap_or(0);
                let other = WHENS[(k + 1 + rng.below(WHENS.len() - 1)) % WHENS.len()];
                lead.outlook = Some((outcome, other));
            }
            _ => {}
        }
        lead
    }

    fn write(&self, out: &mut String) {
        let _ = write!(
            out,
            "\n{} from {} countries met for {} hours on {} to discuss {} for the {} time this {}",
            self.who,
            self.countries,
            self.hours,
            self.weekday,
            self.subject,
            self.ordinal,
            self.period
        );
        match self.outlook {
            Some((outcome, when)) => {
                let _ = writeln!(out, ", and {outcome} is expected {when}.");
            }
            None => out.push_str(".\n"),
        }
    }
}

/// A statement as one article quotes it: who said it, and its sentences as words.
#[derive(Clone)]
struct Statement {
    speaker: usize,
    /// The numbers written for the first and the second `#`.
    figures: [u16; 2],
    sentences: Vec<Vec<&'static str>>,
}

impl Statement {
    fn fresh(rng: &mut Rng, speaker: usize) -> Statement {
        let mut first: Vec<&'static str> = rng.pick(OPENERS).split(' ').collect();
        // Some statements have an adverb from the start, so a re-quote can drop a word too.
        if rng.chance(30) {
            first.insert(1, *rng.pick(ADVERBS));
        }
        first.extend(rng.pick(STATEMENT_SUBJECTS).split(' '));
        first.extend(rng.pick(FIGURES).split(' '));
        let figures = [10 + rng.below(9990) as u16, 10 + rng.below(9990) as u16];
        let mut sentences = vec![first, rng.pick(SECONDS).split(' ').collect()];
        if rng.chance(50) {
            sentences.push(rng.pick(THIRDS).split(' ').collect());
        }
        Statement {
            speaker,
            figures,
            sentences,
        }
    }

    /// The statement as another article re-quotes it: word for word, or with one edit.
    fn requoted(&self, rng: &mut Rng) -> Statement {
        let mut s = self.clone();
        match rng.below(100) {
            0..=19 => {}
            20..=54 => {
                if !s.swap_word(rng) {
                    s.toggle_adverb(rng);
                }
            }
            55..=74 => s.toggle_adverb(rng),
            _ => {
                // The last sentence cut: this quotation then stands in the longer one. Never
                // down to the first sentence alone: short quotations made from the same parts
                // would meet by chance in a large corpus and chain unrelated statements together.
                if s.sentences.len() > 2 {
                    s.sentences.pop();
                } else if !s.swap_word(rng) {
                    s.toggle_adverb(rng);
                }
            }
        }
        s
    }

    /// Replaces one word that has another rendering, searching from a random word; false when
    /// no word has one.
    fn swap_word(&mut self, rng: &mut Rng) -> bool {
        let total: usize = self.sentences.iter().map(Vec::len).sum();
        let start = rng.below(total);
        for k in 0..total {
            let mut at = (start + k) % total;
            for sentence in &mut self.sentences {
                if at >= sentence.len() {
                    at -= sentence.len();
                    continue;
                }
                if let Some(word) = sentence.get_mut(at) {
                    let other = SWAPS.iter().find_map(|&(a, b)| {
                        (*word == a)
                            .then_some(b)
                            .or_else(|| (*word == b).then_some(a))
                    });
                    if let Some(other) = other {
                        *word = other;
                        return true;
                    }
                }
                break;
            }
        }
        false
    }

    /// Drops the adverb after the opening "We" when there is one, else inserts one there.
    fn toggle_adverb(&mut self, rng: &mut Rng) {
        if let Some(first) = self.sentences.first_mut() {
            if first.get(1).is_some_and(|w| ADVERBS.contains(w)) {
                first.remove(1);
            } else if !first.is_empty() {
                first.insert(1, *rng.pick(ADVERBS));
            }
        }
    }
}

impl std::fmt::Display for Statement {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut figures = self.figures.iter();
        for (k, sentence) in self.sentences.iter().enumerate() {
            if k > 0 {
                f.write_str(". ")?;
            }
            for (j, word) in sentence.iter().enumerate() {
                if j > 0 {
                    f.write_str(" ")?;
                }
                if *word == "#" {
                    write!(f, "{}", figures.next().copied().unwrap_or(0))?;
                } else {
                    f.write_str(word)?;
                }
            }
        }
        Ok(())
    }
}

/// Writes a statement credited to a person by name, in one of the patterns the stock quotations
/// credited to a person use.
fn write_credited(out: &mut String, case: usize, st: &Statement, name: &str) {
    let _ = match case {
        1 => writeln!(out, "\n“{st},” said {name}. “We will see.”"),
        2 => writeln!(out, "\n{name} told reporters: “{st}.”"),
        _ => writeln!(out, "\n“{st},” {name} said."),
    };
}

/// What later articles can pick up from a recent one (see [`article`]).
pub struct Published {
    /// Minutes of 2025, UTC.
    utc: u32,
    topic: &'static str,
    lead: Lead,
    statements: Vec<Statement>,
}

/// How an article names a speaker: in full the first time, by family name after.
fn mention<'a>(introduced: &mut Vec<usize>, people: &'a [Speaker], p: usize) -> &'a str {
    let Some(person) = people.get(p) else {
        return "";
    };
    if introduced.contains(&p) {
        &person.short
    } else {
        introduced.push(p);
        &person.full
    }
}

/// A recent article a follow-up can pick up: one whose follow-up still falls in the year,
/// starting from a random one.
fn source<'a>(rng: &mut Rng, recent: &'a VecDeque<Published>) -> Option<&'a Published> {
    let start = rng.below(recent.len());
    (0..recent.len())
        .filter_map(|k| recent.get((start + k) % recent.len()))
        .find(|p| p.utc + DELAY_MAX < LATEST)
}

/// One article's text (front matter included) and its file name. `recent` holds the latest
/// articles, for follow-ups; this one is added to it.
pub fn article(
    rng: &mut Rng,
    i: usize,
    outlets: &[String],
    people: &[Speaker],
    cumulative: &[f64],
    recent: &mut VecDeque<Published>,
) -> (String, String) {
    let outlet_index = i % outlets.len().max(1);
    let outlet = &outlets[outlet_index];
    let (zone, offset) = ZONES[outlet_index % ZONES.len()];
    // Every tenth article follows up when it can, so that even a small corpus has wire copy
    // and re-quotes; others at random.
    let follows = if i % 10 == 3 || rng.chance(FOLLOW_PERCENT) {
        source(rng, recent)
    } else {
        None
    };
    let utc = match follows {
        Some(s) => s.utc + DELAY_MIN + rng.below((DELAY_MAX - DELAY_MIN) as usize) as u32,
        None => EARLIEST + rng.below((LATEST - EARLIEST) as usize) as u32,
    };
    // The day and time where the outlet is; EARLIEST and LATEST keep it inside 2025.
    let local = (i64::from(utc) + offset).max(0) as u32;
    let (day, minute) = (local / MINUTES_PER_DAY, local % MINUTES_PER_DAY);
    let date = time::Date::from_ordinal_date(2025, (day + 1) as u16)
        .map(storyscope_core::date::iso)
        .unwrap_or_default();
    let topic = match follows {
        Some(s) => s.topic,
        None => *rng.pick(SUBJECTS),
    };
    let lead = match follows {
        Some(s) => s.lead.reprinted(rng),
        None => Lead::fresh(rng, topic),
    };
    // The statements this article re-quotes, last first; at most KEPT_STATEMENTS.
    let mut pending: Vec<Statement> = follows.map(|s| s.statements.clone()).unwrap_or_default();
    let title = format!(
        "Leaders Clash Over {}{}",
        &topic[4..5].to_uppercase(),
        &topic[5..]
    );
    let mut text = String::new();
    match i % 10 {
        // Most articles carry front matter; some only a dateline; a few state nothing at all.
        0..=6 => {
            // Two in five with the time, as RFC 3339 writes it in the outlet's zone.
            let when = if rng.chance(40) {
                format!("{date}T{:02}:{:02}:00{zone}", minute / 60, minute % 60)
            } else {
                date.clone()
            };
            let _ = writeln!(
                text,
                "+++\ntitle = \"{title} ({i})\"\noutlet = \"{outlet}\"\ndate = \"{when}\"\n+++"
            );
        }
        7 | 8 => {
            let (m, d) = date.get(5..7).zip(date.get(8..10)).unwrap_or(("01", "01"));
            let month = storyscope_core::date::label(&format!("2025-{m}"))
                .split(' ')
                .next()
                .unwrap_or("Jan")
                .to_string();
            let _ = writeln!(
                text,
                "{title} ({i})\nCAPITAL, {month} {} ({outlet}) — Talks resumed on {topic}.",
                d.trim_start_matches('0')
            );
        }
        _ => {
            let _ = writeln!(
                text,
                "Talks on {topic} resumed this week amid growing pressure."
            );
        }
    }
    lead.write(&mut text);
    let paragraphs = 8 + rng.below(9);
    let mut introduced: Vec<usize> = Vec::new();
    let mut said: Vec<Statement> = Vec::new();
    for _ in 0..paragraphs {
        let p = zipf(rng, cumulative);
        let case = rng.below(10);
        if matches!(case, 0 | 1 | 2 | 4 | 5) {
            if let Some(original) = pending.pop() {
                let st = original.requoted(rng);
                match rng.below(100) {
                    // The same words credited to someone else: conflicting attribution.
                    0..=14 => {
                        let office = people.get(st.speaker).map_or("the ministry", |s| s.office);
                        let _ = writeln!(text, "\n“{st},” {office} said in a statement.");
                    }
                    15..=24 => {
                        let name = mention(&mut introduced, people, st.speaker);
                        let _ = writeln!(text, "\n“{st},” a spokesperson for {name} said.");
                    }
                    _ => {
                        let name = mention(&mut introduced, people, st.speaker);
                        write_credited(&mut text, case, &st, name);
                    }
                }
                said.push(st);
                continue;
            }
        }
        let name = mention(&mut introduced, people, p);
        if matches!(case, 0..=2) && rng.chance(STATEMENT_PERCENT) {
            let st = Statement::fresh(rng, p);
            write_credited(&mut text, case, &st, name);
            said.push(st);
            continue;
        }
        let q = quote_text(rng);
        let line = match case {
            0 => format!("“{q},” {name} said."),
            1 => format!("“{q},” said {name}. “We will see.”"),
            2 => format!("{name} told reporters: “{q}.”"),
            3 => format!(
                "{name} said {} was “{}”.",
                rng.pick(SUBJECTS),
                rng.pick(CLAIMS)
            ),
            4 => format!("“{q},” {} said.", rng.pick(ANONYMOUS)),
            5 => format!("“{q},” {} said in a statement.", rng.pick(ORGS)),
            6 => format!("{name} declined to comment on {}.", rng.pick(SUBJECTS)),
            7 => rng.pick(WIRE).to_string(),
            8 => format!(
                "The so-called “{}” has drawn criticism, {name} said.",
                rng.pick(SUBJECTS).trim_start_matches("the ")
            ),
            _ => format!(
                "According to {name}, {} {}.",
                rng.pick(SUBJECTS),
                rng.pick(CLAIMS)
            ),
        };
        let _ = writeln!(text, "\n{line}");
    }
    // The latest statements are the ones a follow-up picks up.
    let keep_from = said.len().saturating_sub(KEPT_STATEMENTS);
    said.drain(..keep_from);
    if recent.len() >= RECENT {
        recent.pop_front();
    }
    recent.push_back(Published {
        utc,
        topic,
        lead,
        statements: said,
    });
    (format!("{i:06}.md"), text)
}

/// All files of a synthetic corpus: (file name, contents), plus `story.toml`.
pub fn corpus(articles: usize, seed: u64) -> Vec<(String, String)> {
    let mut rng = Rng::new(seed);
    let outlets: Vec<String> = (0..50)
        .map(|k| {
            format!(
                "The {} {}",
                PLACES[k % PLACES.len()],
                MASTHEADS[(k * 7 + k / PLACES.len()) % MASTHEADS.len()]
            )
        })
        .collect();
    let people = speakers(&mut rng, 400);
    let mut cumulative = Vec::with_capacity(people.len());
    let mut acc = 0.0;
    for k in 0..people.len() {
        acc += 1.0 / (k as f64 + 1.0);
        cumulative.push(acc);
    }
    let mut out = Vec::with_capacity(articles + 1);
    out.push((
        "story.toml".to_string(),
        format!("title = \"Synthetic coverage: {articles} articles (seed {seed})\"\ndescription = \"Generated by storyscope synth for measurement.\"\n"),
    ));
    let mut recent = VecDeque::with_capacity(RECENT);
    for i in 0..articles {
        out.push(article(
            &mut rng,
            i,
            &outlets,
            &people,
            &cumulative,
            &mut recent,
        ));
    }
    out
}
