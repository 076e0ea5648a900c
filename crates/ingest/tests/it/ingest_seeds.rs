//! The seed corpus, ingested, against expectations written by hand from reading each article:
//! what its metadata is and where it comes from, every quotation and who said it.

use crate::common;

use std::sync::OnceLock;

use storyscope_core::model::{Corpus, Provenance, QuoteKind, SpeakerKind, Story};
use storyscope_ingest::ingest;

fn corpus() -> &'static Corpus {
    static C: OnceLock<Corpus> = OnceLock::new();
    C.get_or_init(|| {
        let files = common::read_articles(common::SEEDS, "");
        let out = ingest(&files, Story::default());
        assert!(out.failed.is_empty(), "{:?}", out.diagnostics);
        assert!(
            out.diagnostics.is_empty(),
            "the seeds are clean: {:?}",
            out.diagnostics
        );
        out.corpus
    })
}

fn kind(p: &Provenance) -> &'static str {
    match p {
        Provenance::FrontMatter { .. } => "front_matter",
        Provenance::Stated { .. } => "stated",
        Provenance::Inferred { .. } => "inferred",
        Provenance::Unknown { .. } => "unknown",
    }
}

fn evidence(p: &Provenance) -> Option<&str> {
    match p {
        Provenance::Stated { evidence, .. } => Some(evidence),
        Provenance::Inferred { evidence, .. } => evidence.as_deref(),
        _ => None,
    }
}

struct Meta<'a> {
    outlet: (Option<&'a str>, &'a str, Option<&'a str>),
    date: (Option<&'a str>, &'a str, Option<&'a str>),
    title: Option<&'a str>,
    credits: &'a [&'a str],
    byline: Option<&'a str>,
}

fn check_meta(id_prefix: &str, want: Meta) {
    let a = corpus()
        .articles
        .iter()
        .find(|a| a.id.starts_with(id_prefix))
        .unwrap();
    assert_eq!(
        (
            a.outlet.name.as_deref(),
            kind(&a.outlet.provenance),
            evidence(&a.outlet.provenance)
        ),
        want.outlet,
        "{id_prefix} outlet"
    );
    assert_eq!(
        (
            a.date.as_ref().map(|d| d.value.as_str()),
            kind(&a.date_provenance),
            evidence(&a.date_provenance)
        ),
        want.date,
        "{id_prefix} date"
    );
    assert_eq!(a.title.as_deref(), want.title, "{id_prefix} title");
    let mut names: Vec<&str> = a.credits.iter().map(|c| c.name.as_str()).collect();
    names.dedup();
    assert_eq!(names, want.credits, "{id_prefix} credits");
    assert_eq!(a.byline.as_deref(), want.byline, "{id_prefix} byline");
}

#[test]
fn seed_000_outlet_is_inferred_from_the_file_photo_and_the_date_is_unknown() {
    check_meta(
        "000",
        Meta {
            outlet: (
                Some("Asahi Shimbun"),
                "inferred",
                Some("(Asahi Shimbun file photo)"),
            ),
            date: (None, "unknown", None),
            title: None,
            credits: &["Asahi Shimbun", "Wall Street Journal"],
            byline: None,
        },
    );
    let a = &corpus().articles[0];
    let Provenance::Unknown { note: Some(note) } = &a.date_provenance else {
        panic!("{:?}", a.date_provenance)
    };
    assert!(
        note.contains("Nov. 27"),
        "says which dates the text mentions: {note}"
    );
}

#[test]
fn seed_001_scraped_date_line_and_an_unknown_outlet_crediting_ani() {
    check_meta(
        "001",
        Meta {
            outlet: (None, "unknown", None),
            date: (Some("2025-11-27"), "stated", Some("date 2025-11-27")),
            title: None,
            credits: &["ANI", "Kyodo News", "Wall Street Journal"],
            byline: None,
        },
    );
    let a = &corpus().articles[1];
    assert!(
        a.text.starts_with("US President Donald Trump"),
        "the scraped date line is not part of the text"
    );
}

#[test]
fn seed_002_byline_agencies_and_no_invented_outlet_or_date() {
    check_meta(
        "002",
        Meta {
            outlet: (None, "unknown", None),
            date: (None, "unknown", None),
            title: None,
            credits: &[
                "AFP",
                "Reuters",
                "WSJ",
                "AFP",
                "Reuters",
                "Wall Street Journal",
            ],
            byline: Some("Huyen Le"),
        },
    );
}

#[test]
fn seed_003_dateline_outlet_and_a_year_inferred_from_the_corpus() {
    check_meta(
        "003",
        Meta {
            outlet: (Some("Foxton News"), "stated", Some("TOKYO, Nov 27 (Foxton News) —")),
            date: (Some("2025-11-27"), "inferred", Some("TOKYO, Nov 27 (Foxton News) —")),
            title: Some("Trump Urged Japan to Avoid Escalation With China Amid Rising Regional Tensions, Sources Say"),
            credits: &["Foxton News", "Xinhua", "Reuters", "Wall Street Journal"],
            byline: None,
        },
    );
    let a = &corpus().articles[3];
    let Provenance::Inferred { reason, .. } = &a.date_provenance else {
        panic!()
    };
    assert!(
        reason.contains("without a year") && reason.contains("2025"),
        "{reason}"
    );
}

#[test]
fn seed_004_scraped_date_and_credits_from_the_body() {
    check_meta(
        "004",
        Meta {
            outlet: (None, "unknown", None),
            date: (Some("2025-11-27"), "stated", Some("date 2025-11-27")),
            title: None,
            credits: &["Reuters", "Wall Street Journal"],
            byline: None,
        },
    );
}

/// (article prefix, start of the quote, speaker name or None, kind)
const QUOTES: &[(&str, &str, Option<&str>, QuoteKind)] = &[
    (
        "000",
        "No specific actions were requested",
        Some("One source"),
        QuoteKind::Speech,
    ),
    (
        "000",
        "It was agreed that Japan",
        Some("One source"),
        QuoteKind::Speech,
    ),
    (
        "000",
        "I had a great talk.",
        Some("Donald Trump"),
        QuoteKind::Speech,
    ),
    (
        "000",
        "advice not to provoke",
        Some("Minoru Kihara"),
        QuoteKind::Speech,
    ),
    ("001", "great talk", Some("Donald Trump"), QuoteKind::Speech),
    (
        "001",
        "doing fine.",
        Some("Donald Trump"),
        QuoteKind::Speech,
    ),
    (
        "001",
        "survival-threatening situation",
        Some("Sanae Takaichi"),
        QuoteKind::Speech,
    ),
    (
        "001",
        "internal affair.",
        Some("Beijing"),
        QuoteKind::Speech,
    ),
    (
        "002",
        "lower the tone",
        Some("Donald Trump"),
        QuoteKind::Speech,
    ),
    (
        "002",
        "very concerning",
        Some("Japanese officials"),
        QuoteKind::Speech,
    ),
    (
        "002",
        "Taiwan's return to China",
        Some("Xi Jinping"),
        QuoteKind::Speech,
    ),
    (
        "002",
        "is not the choice of the 23 million",
        Some("Taiwanese officials"),
        QuoteKind::Speech,
    ),
    (
        "002",
        "actions reviving militarism",
        Some("People's Daily"),
        QuoteKind::Speech,
    ),
    ("002", "one China", None, QuoteKind::Term),
    (
        "003",
        "For Trump, the central issue",
        Some("Kazuhiro Maejima"),
        QuoteKind::Speech,
    ),
    (
        "003",
        "Japan is often treated",
        Some("Kazuhiro Maejima"),
        QuoteKind::Speech,
    ),
    (
        "003",
        "return to China",
        Some("Xi Jinping"),
        QuoteKind::Speech,
    ),
    (
        "003",
        "The United States’ relationship",
        Some("White House"),
        QuoteKind::Speech,
    ),
    (
        "003",
        "We signed wonderful trade deals",
        Some("Donald Trump"),
        QuoteKind::Speech,
    ),
    (
        "003",
        "actions to revive militarism,",
        Some("People's Daily"),
        QuoteKind::Speech,
    ),
    (
        "003",
        "China and the United States share",
        Some("People's Daily"),
        QuoteKind::Speech,
    ),
    ("003", "strategic ambiguity", None, QuoteKind::Term),
    (
        "003",
        "We’d like a word from Trump himself.",
        Some("One of the lawmakers"),
        QuoteKind::Speech,
    ),
    (
        "003",
        "Trump wants predictable conditions",
        Some("One regional expert"),
        QuoteKind::Speech,
    ),
    (
        "003",
        "Any flare-up between Japan and China",
        Some("One regional expert"),
        QuoteKind::Speech,
    ),
    (
        "004",
        "return to China",
        Some("Xi Jinping"),
        QuoteKind::Speech,
    ),
    (
        "004",
        "actions to revive militarism",
        Some("People's Daily"),
        QuoteKind::Speech,
    ),
    (
        "004",
        "China and the United States share",
        Some("People's Daily"),
        QuoteKind::Speech,
    ),
    (
        "004",
        "The United States’ relationship",
        Some("White House"),
        QuoteKind::Speech,
    ),
];

#[test]
fn every_quotation_in_the_seeds_is_found_and_attributed() {
    let c = corpus();
    let got: Vec<(String, String, Option<String>, QuoteKind)> = c
        .quotes
        .iter()
        .filter(|q| q.kind != QuoteKind::Indirect)
        .map(|q| {
            let speaker = q
                .speaker_id
                .as_ref()
                .map(|s| c.speakers.iter().find(|p| &p.id == s).unwrap().name.clone());
            (
                q.article_id[..3].to_string(),
                q.text.clone(),
                speaker,
                q.kind,
            )
        })
        .collect();
    assert_eq!(got.len(), QUOTES.len(), "{got:#?}");
    for (g, w) in got.iter().zip(QUOTES) {
        assert_eq!(g.0, w.0);
        assert!(
            g.1.starts_with(w.1),
            "expected a quote starting {:?}, got {:?}",
            w.1,
            g.1
        );
        assert_eq!(g.2.as_deref(), w.2, "speaker of {:?}", w.1);
        assert_eq!(g.3, w.3, "kind of {:?}", w.1);
    }
}

#[test]
fn quote_offsets_point_at_the_exact_text_between_the_marks() {
    let c = corpus();
    for q in c.quotes.iter().filter(|q| q.kind != QuoteKind::Indirect) {
        let a = c.articles.iter().find(|a| a.id == q.article_id).unwrap();
        assert_eq!(&a.text[q.start..q.end], q.text);
        let before = a.text[..q.start].chars().next_back().unwrap();
        let after = a.text[q.end..].chars().next().unwrap();
        assert!(
            matches!(before, '“' | '"') && matches!(after, '”' | '"'),
            "{:?} is bounded by quotation marks",
            q.text
        );
    }
}

#[test]
fn speakers_are_merged_across_aliases_with_kinds_and_roles() {
    let c = corpus();
    let sp = |name: &str| {
        c.speakers
            .iter()
            .find(|s| s.name == name)
            .unwrap_or_else(|| panic!("no speaker {name}"))
    };
    let trump = sp("Donald Trump");
    assert_eq!(trump.kind, SpeakerKind::Person);
    assert!(
        trump.aliases.contains(&"Trump".to_string())
            && trump.aliases.contains(&"the US president".to_string()),
        "{:?}",
        trump.aliases
    );
    assert_eq!(trump.role.as_deref(), Some("U.S. President"));
    let xi = sp("Xi Jinping");
    assert!(
        xi.aliases.contains(&"the Chinese president".to_string())
            && xi.aliases.contains(&"the Chinese leader".to_string())
    );
    assert_eq!(
        sp("Kazuhiro Maejima").role.as_deref(),
        Some("a U.S. politics professor at Sophia University")
    );
    assert_eq!(
        sp("Minoru Kihara").role.as_deref(),
        Some("Chief Cabinet Secretary")
    );
    assert_eq!(sp("White House").kind, SpeakerKind::Organization);
    let pd = sp("People's Daily");
    assert_eq!(pd.kind, SpeakerKind::Organization);
    assert!(
        pd.aliases
            .iter()
            .any(|a| a.contains("newspaper of the ruling Communist party")),
        "{:?}",
        pd.aliases
    );
    assert_eq!(sp("One source").kind, SpeakerKind::Anonymous);
    assert_eq!(sp("One regional expert").kind, SpeakerKind::Anonymous);
    // Nobody is a speaker who only appears inside a quotation or as an object.
    for name in ["Reuters", "Sanae", "Japan", "We", "I"] {
        assert!(
            c.speakers.iter().all(|s| s.name != name),
            "{name} is not a speaker"
        );
    }
    let direct: std::collections::BTreeSet<&str> = c
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Speech)
        .filter_map(|q| q.speaker_id.as_deref())
        .collect();
    assert_eq!(direct.len(), 13, "{direct:?}");
}

/// The seed corpus through the bundle: the same corpus, and a shipped search index equal to the
/// one built at load, so searching the page gives what the native core gives.
#[test]
fn the_seed_bundle_round_trips_with_its_search_index() {
    let corpus = corpus().clone();
    let bytes = storyscope_core::bundle::encode_with(&corpus, true);
    let (decoded, search) = storyscope_core::bundle::decode_indexed(&bytes).unwrap();
    assert_eq!(decoded, corpus);
    let search = search.expect("shipped on request");
    assert!(search == storyscope_core::search::SearchIndex::build(&corpus));
    let shipped = storyscope_core::index::Index::with_search(decoded, search);
    let built = storyscope_core::index::Index::new(corpus);
    for q in [
        "",
        "q=milit",
        "q=taiwan+trump",
        "view=articles&q=xi",
        "q=zzz",
    ] {
        let q = storyscope_core::urlstate::parse(q);
        assert_eq!(shipped.run(&q), built.run(&q), "{q:?}");
    }
}

/// Every quote of the seed corpus comes back unchanged from the quote table the page keeps.
#[test]
fn the_seed_quotes_round_trip() {
    let files = common::read_articles(common::SEEDS, "");
    let c = storyscope_ingest::ingest(&files, Default::default()).corpus;
    assert!(c.quotes.len() > 20);
    let t = storyscope_core::table::QuoteTable::from_quotes(&c.quotes, &c.articles, &c.speakers);
    assert_eq!(t.to_quotes(&c.articles, &c.speakers), c.quotes);
}
