//! `overrides.toml`: each kind of correction, and the reports for what matched nothing.

use storyscope_core::model::{Corpus, QuoteKind, SpeakerKind, Story};
use storyscope_ingest::{ingest, overrides, Severity, SourceFile};

const TEXT: &str = "“We will win,” said Mayor Ann Berg. The so-called “green deal” passed. “It is fine,” one aide said. Officials said it was “hard”.";

fn corpus() -> Corpus {
    ingest(
        &[SourceFile {
            name: "a.txt".into(),
            bytes: TEXT.as_bytes().to_vec(),
        }],
        Story::default(),
    )
    .corpus
}

fn speaker_of(c: &Corpus, text: &str) -> Option<String> {
    let q = c.quotes.iter().find(|q| q.text == text)?;
    let id = q.speaker_id.as_ref()?;
    c.speakers
        .iter()
        .find(|s| &s.id == id)
        .map(|s| s.name.clone())
}

fn check(src: &str, expected_messages: &[(Severity, &str)]) -> Corpus {
    let mut c = corpus();
    let diags = overrides::apply(&mut c, "overrides.toml", src);
    let got: Vec<(Severity, String)> = diags.iter().map(|d| (d.severity, d.to_string())).collect();
    assert_eq!(got.len(), expected_messages.len(), "{got:#?}");
    for ((sev, msg), (want_sev, want)) in got.iter().zip(expected_messages) {
        assert_eq!(sev, want_sev, "{msg}");
        assert!(msg.contains(want), "{msg:?} should contain {want:?}");
    }
    c
}

#[test]
fn an_attribution_is_fixed() {
    let c = check(
        "[[quote]]\narticle = \"a\"\ntext = \"It is fine,\"\nspeaker = \"Ann Berg\"\n",
        &[(
            Severity::Note,
            "overrides.toml:1: note: corrected “It is fine,” in a",
        )],
    );
    assert_eq!(speaker_of(&c, "It is fine,").as_deref(), Some("Ann Berg"));
}

#[test]
fn a_missed_quotation_is_added_with_a_new_speaker() {
    let c = check(
        "[[quote]]\narticle = \"a\"\ntext = \"passed\"\nspeaker = \"City Hall\"\nspeaker_kind = \"organization\"\nkind = \"indirect\"\n",
        &[(Severity::Note, "added “passed” in a")],
    );
    assert_eq!(speaker_of(&c, "passed").as_deref(), Some("City Hall"));
    let q = c.quotes.iter().find(|q| q.text == "passed").unwrap();
    assert_eq!(q.kind, QuoteKind::Indirect);
    assert_eq!(&TEXT[q.start..q.end], "passed");
    assert_eq!(
        c.speakers
            .iter()
            .find(|s| s.name == "City Hall")
            .unwrap()
            .kind,
        SpeakerKind::Organization
    );
}

#[test]
fn a_span_is_marked_as_a_term_and_loses_its_speaker() {
    let c = check(
        "[[quote]]\narticle = \"a\"\ntext = \"hard\"\nkind = \"term\"\n",
        &[(Severity::Note, "corrected “hard”")],
    );
    let q = c.quotes.iter().find(|q| q.text == "hard").unwrap();
    assert_eq!((q.kind, q.speaker_id.as_deref()), (QuoteKind::Term, None));
}

#[test]
fn speakers_are_merged_and_renamed() {
    let c = check(
        "[[merge]]\nfrom = [\"One aide\"]\ninto = \"Ann Berg\"\n\n[[rename]]\nfrom = \"Ann Berg\"\nto = \"Mayor Ann Berg\"\n",
        &[(Severity::Note, "renamed speaker “Ann Berg” to “Mayor Ann Berg”"), (Severity::Note, "merged “One aide” into “Ann Berg”")],
    );
    assert_eq!(
        speaker_of(&c, "It is fine,").as_deref(),
        Some("Mayor Ann Berg")
    );
    assert!(c.speakers.iter().all(|s| s.name != "One aide"));
    let berg = c
        .speakers
        .iter()
        .find(|s| s.name == "Mayor Ann Berg")
        .unwrap();
    assert!(
        berg.aliases.contains(&"Ann Berg".to_string())
            && berg.aliases.contains(&"One aide".to_string())
    );
}

#[test]
fn overrides_that_match_nothing_are_reported_not_kept() {
    check(
        "[[quote]]\narticle = \"a\"\ntext = \"gone words\"\nspeaker = \"X\"\n\n[[quote]]\narticle = \"zzz\"\ntext = \"x\"\n\n[[rename]]\nfrom = \"Nobody\"\nto = \"Y\"\n",
        &[
            (Severity::Warning, "rename matches no speaker named “Nobody”"),
            (Severity::Warning, "overrides.toml:1: warning: “gone words” is not in article a any more"),
            (Severity::Warning, "overrides.toml:6: warning: no article with id “zzz”"),
        ],
    );
}

#[test]
fn a_broken_overrides_file_is_an_error_and_changes_nothing() {
    let before = corpus();
    let c = check(
        "[[quote]]\narticle = 3\n",
        &[(Severity::Error, "overrides not applied")],
    );
    assert_eq!(c, before);
    check(
        "[[qoute]]\n",
        &[(
            Severity::Error,
            "overrides.toml:1: error: overrides not applied",
        )],
    );
}

#[test]
fn the_shipped_overrides_file_is_valid_and_empty() {
    let src = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../corpus/overrides.toml"
    ))
    .unwrap();
    check(&src, &[]);
}
