//! Synthetic corpora for measuring Storyscope at any size: `storyscope synth --articles N --seed S`.
//!
//! The articles are deterministic for a given seed and look like coverage of one long-running
//! story: about fifty outlets, a few hundred speakers quoted with a Zipf-like spread (a handful
//! constantly, most rarely), dates over a year, every attribution pattern the extractor reads,
//! articles with and without front matter, and wire passages repeated across outlets.
//!
//! The generator has its own small PRNG (SplitMix64) so a seed gives the same corpus whatever
//! crate versions are installed; benchmarks compare like with like.

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
const TITLES: &[&str] = &[
    "Prime Minister",
    "President",
    "Foreign Minister",
    "Defense Minister",
    "Trade Minister",
    "Senator",
    "Governor",
    "Mayor",
    "Ambassador",
    "Professor",
    "Chief Cabinet Secretary",
    "Finance Minister",
    "Commissioner",
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

pub struct Speaker {
    /// How the first mention reads ("Foreign Minister Ana Berg") and later ones ("Berg").
    full: String,
    short: String,
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
        let title = format!("{} {}", rng.pick(NATIONS), rng.pick(TITLES));
        out.push(Speaker {
            full: format!("{title} {given} {family}"),
            short: family.to_string(),
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

/// One article's text (front matter included) and its file name.
pub fn article(
    rng: &mut Rng,
    i: usize,
    outlets: &[String],
    people: &[Speaker],
    cumulative: &[f64],
) -> (String, String) {
    let outlet = &outlets[i % outlets.len().max(1)];
    let day = rng.below(365);
    let date = time::Date::from_ordinal_date(2025, (day + 1) as u16)
        .map(storyscope_core::date::iso)
        .unwrap_or_default();
    let topic = rng.pick(SUBJECTS);
    let title = format!(
        "Leaders Clash Over {}{}",
        &topic[4..5].to_uppercase(),
        &topic[5..]
    );
    let mut text = String::new();
    match i % 10 {
        // Most articles carry front matter; some only a dateline; a few state nothing at all.
        0..=6 => {
            let _ = writeln!(
                text,
                "+++\ntitle = \"{title} ({i})\"\noutlet = \"{outlet}\"\ndate = \"{date}\"\n+++"
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
    let paragraphs = 8 + rng.below(9);
    let mut introduced: Vec<usize> = Vec::new();
    for _ in 0..paragraphs {
        let p = zipf(rng, cumulative);
        let name = if introduced.contains(&p) {
            people[p].short.clone()
        } else {
            introduced.push(p);
            people[p].full.clone()
        };
        let q = quote_text(rng);
        let line = match rng.below(10) {
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
    for i in 0..articles {
        out.push(article(&mut rng, i, &outlets, &people, &cumulative));
    }
    out
}
