//! The evaluation: the seed gold holds its targets, and the measurement itself is right on small
//! hand-computed cases.

use crate::common;

use storyscope_core::model::Story;
use storyscope_ingest::eval::{evaluate, GoldFile};
use storyscope_ingest::{ingest, SourceFile};

fn seeds() -> storyscope_core::model::Corpus {
    let files = common::read_articles(common::SEEDS, "");
    ingest(&files, Story::default()).corpus
}

#[test]
fn seed_gold_meets_the_targets() {
    let gold: Vec<GoldFile> = serde_json::from_str(include_str!("../gold/seeds.json")).unwrap();
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

fn many(texts: &[(&str, &str)], gold: &str) -> storyscope_ingest::eval::Report {
    let files: Vec<SourceFile> = texts
        .iter()
        .map(|(name, text)| SourceFile {
            name: (*name).into(),
            bytes: text.as_bytes().to_vec(),
        })
        .collect();
    let corpus = ingest(&files, Story::default()).corpus;
    let set = storyscope_ingest::eval::parse_gold(gold).unwrap();
    evaluate(&corpus, &set.files)
}

/// Gold for texts that may not be published gives byte offsets instead of the quoted words.
#[test]
fn gold_by_offsets_scores_as_gold_by_text() {
    let text = "“Yes,” said Mayor Ann Berg. The so-called “plan” failed.";
    let yes = text.find("Yes,").unwrap();
    let plan = text.find("plan").unwrap();
    let by_offsets = format!(
        r#"{{"story": "s", "split": "dev", "files": [{{"file": "a.txt", "quotes": [
            {{"start": {yes}, "end": {}, "type": "speech", "speaker": "Ann Berg", "speaker_kind": "person"}},
            {{"start": {plan}, "end": {}, "type": "term"}}]}}]}}"#,
        yes + 4,
        plan + 4
    );
    let r = many(&[("a.txt", text)], &by_offsets);
    assert_eq!((r.at_08.matched, r.at_08.gold), (2, 2), "{:?}", r.problems);
    assert_eq!((r.speaker_right, r.speaker_total), (1, 1));
    // Offsets outside the text, or inside a character, are a problem of the gold, not a crash.
    let broken = r#"{"files": [{"file": "a.txt", "quotes": [
        {"start": 1, "end": 2, "type": "term"}, {"start": 10, "end": 9999, "type": "term"}]}]}"#;
    let r = many(&[("a.txt", text)], broken);
    assert_eq!(r.at_08.gold, 0);
    assert_eq!(
        r.problems
            .iter()
            .filter(|p| p.contains("not a span"))
            .count(),
        2
    );
}

/// A wrong speaker and a missing one are told apart; a quote the gold gives to nobody is right
/// only when nobody is predicted.
#[test]
fn wrong_and_missing_speakers_are_counted_apart() {
    let text = "“Yes,” said Mayor Ann Berg. “No,” said one aide.";
    let unsaid = "Nothing was settled. “We will see what happens next week.”";
    let gold = r#"[{"file": "a.txt", "quotes": [
        {"text": "Yes,", "type": "speech", "speaker": "Ann Berg", "speaker_kind": "person"},
        {"text": "No,", "type": "speech", "speaker": "Ann Berg", "speaker_kind": "person"}]},
        {"file": "b.txt", "quotes": [
        {"text": "We will see what happens next week.", "type": "speech", "speaker": "Bo Lind", "speaker_kind": "person"}
    ]}]"#;
    let r = many(&[("a.txt", text), ("b.txt", unsaid)], gold);
    assert_eq!(r.speaker_total, 3, "{:?}", r.problems);
    assert_eq!(
        (r.speaker_right, r.speaker_wrong, r.speaker_none),
        (1, 1, 1),
        "{:?}",
        r.problems
    );
    let nobody = r#"[{"file": "a.txt", "quotes": [
        {"text": "Yes,", "type": "speech", "speaker": "Ann Berg", "speaker_kind": "person"},
        {"text": "No,", "type": "speech"}]},
        {"file": "b.txt", "quotes": [{"text": "We will see what happens next week.", "type": "speech"}
    ]}]"#;
    let r = many(&[("a.txt", text), ("b.txt", unsaid)], nobody);
    assert_eq!(
        (r.speaker_right, r.speaker_wrong, r.speaker_none),
        (2, 1, 0),
        "{:?}",
        r.problems
    );
}

/// One person whose quotes land on two speaker entries counts two facet entries.
#[test]
fn facet_entries_per_person_count_distinct_speakers() {
    let a = "“Yes,” said Mayor Ann Berg.";
    let b = "“No,” said one aide.";
    let gold = r#"[
        {"file": "a.txt", "quotes": [{"text": "Yes,", "type": "speech", "speaker": "Ann Berg", "speaker_kind": "person"}]},
        {"file": "b.txt", "quotes": [{"text": "No,", "type": "speech", "speaker": "Ann Berg", "speaker_kind": "person"}]}
    ]"#;
    let r = many(&[("a.txt", a), ("b.txt", b)], gold);
    assert_eq!((r.persons, r.person_entries), (1, 2), "{:?}", r.problems);
    assert_eq!(r.entries_per_person(), 2.0);
}

#[test]
fn words_that_also_stand_earlier_are_looked_up_past_them() {
    // "Not enough" stands in the headline without marks, then quoted: the gold passes over the
    // first, and the quotation matches; without the skip it would land on the headline.
    let text = "Coach says not enough\n\nThe coach said the effort was “not enough” on Sunday.";
    let gold = |skip: usize| {
        format!(
            r#"[{{"file": "a.txt", "quotes": [
            {{"text": "not enough", "type": "speech", "speaker": "The coach", "skip": {skip}}}]}}]"#
        )
    };
    assert_eq!(one(text, &gold(1)).at_08.matched, 1);
    assert_eq!(one(text, &gold(0)).at_08.matched, 0);
}
