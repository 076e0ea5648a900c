//! The evaluation: the seed gold holds its targets, and the measurement itself is right on small
//! hand-computed cases.

mod common;

use storyscope_core::model::Story;
use storyscope_ingest::eval::{evaluate, GoldFile};
use storyscope_ingest::{ingest, SourceFile};

fn seeds() -> storyscope_core::model::Corpus {
    let files = common::read_articles(common::SEEDS, "");
    ingest(&files, Story::default()).corpus
}

#[test]
fn seed_gold_meets_the_targets() {
    let gold: Vec<GoldFile> = serde_json::from_str(include_str!("gold/seeds.json")).unwrap();
    assert_eq!(
        gold.iter().map(|g| g.quotes.len()).sum::<usize>(),
        29,
        "every quoted span is labelled"
    );
    let r = evaluate(&seeds(), &gold);
    assert!(
        r.at_08.f1() >= 0.97,
        "F1 at 0.8: {:.3}\n{:#?}",
        r.at_08.f1(),
        r.problems
    );
    assert!(r.at_03.f1() >= r.at_08.f1());
    assert!(
        r.speaker_accuracy() >= 0.97,
        "speaker accuracy {:.3}\n{:#?}",
        r.speaker_accuracy(),
        r.problems
    );
}

fn one(text: &str, gold: &str) -> storyscope_ingest::eval::Report {
    let corpus = ingest(
        &[SourceFile {
            name: "a.txt".into(),
            bytes: text.as_bytes().to_vec(),
        }],
        Story::default(),
    )
    .corpus;
    let gold: Vec<GoldFile> = serde_json::from_str(gold).unwrap();
    evaluate(&corpus, &gold)
}

#[test]
fn misses_false_alarms_and_wrong_speakers_are_counted_and_listed() {
    let text = "“Yes,” said Mayor Ann Berg. “No,” said one aide. The so-called “plan” failed.";
    // Gold: the first right, the second with another speaker, "plan" a term, and one quote the
    // extractor cannot find because it is not in the text as marked.
    let gold = r#"[{"file": "a.txt", "quotes": [
        {"text": "Yes,", "type": "speech", "speaker": "Ann Berg", "speaker_kind": "person"},
        {"text": "No,", "type": "speech", "speaker": "Ann Berg", "speaker_kind": "person"},
        {"text": "plan", "type": "term"}
    ]}]"#;
    let r = one(text, gold);
    assert_eq!(
        (r.at_08.matched, r.at_08.predicted, r.at_08.gold),
        (3, 3, 3)
    );
    assert_eq!((r.speaker_right, r.speaker_total), (1, 2));
    assert_eq!((r.type_right, r.type_total), (3, 3));
    assert!(
        r.problems.iter().any(|p| p.contains("SPEAKER \"No,\"")),
        "{:?}",
        r.problems
    );
}

#[test]
fn overlap_thresholds_separate_partial_matches() {
    // The extractor finds the whole quotation; the gold marks only its first half.
    let r = one(
        "“One two three four five six seven eight,” said one aide.",
        r#"[{"file": "a.txt", "quotes": [{"text": "One two three four", "type": "speech", "speaker": "one aide", "speaker_kind": "anonymous"}]}]"#,
    );
    assert_eq!(r.at_03.matched, 1, "0.45 overlap passes 0.3");
    assert_eq!(r.at_08.matched, 0, "but not 0.8");
    assert!(
        r.problems.iter().any(|p| p.contains("MISS"))
            && r.problems.iter().any(|p| p.contains("FALSE ALARM"))
    );
}
