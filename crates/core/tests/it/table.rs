//! The quote table the page keeps instead of `Quote` structs: it must give back every quote it
//! was given, store an id only when it is not the derived one, and leave out (never mis-show)
//! quotes that cannot be sliced from their article.

use crate::common;

use common::{corpus, A};
use storyscope_core::model::{Confidence, Quote, QuoteKind, SpeakerKind};
use storyscope_core::table::QuoteTable;

const TEXT: &str = "Takaichi said “yes” — “日本” and more.";

fn one(id: &str, start: usize, end: usize, article: &str, speaker: Option<&str>) -> Vec<Quote> {
    vec![Quote {
        id: id.into(),
        article_id: article.into(),
        speaker_id: speaker.map(Into::into),
        text: TEXT.get(start..end).unwrap_or("").into(),
        start,
        end,
        cue: Some("said".into()),
        kind: QuoteKind::Speech,
        confidence: Confidence::High,
    }]
}

/// What the table keeps of one quote: `None` when it leaves it out, else (own id stored, the
/// id it gives back, text, speaker index).
type Kept = Option<(Option<String>, String, String, Option<usize>)>;

fn check(quotes: Vec<Quote>, expected: Kept) {
    let c = corpus(
        &[A {
            id: "a",
            outlet: None,
            date: None,
            text: TEXT,
        }],
        &[("takaichi", SpeakerKind::Person)],
        &[],
    );
    let t = QuoteTable::from_quotes(&quotes, &c.articles, &c.speakers);
    let got = t.get(0, &c.articles, &c.speakers).map(|q| {
        (
            q.own_id().map(str::to_string),
            q.id().into_owned(),
            q.text.to_string(),
            q.speaker,
        )
    });
    assert_eq!(got, expected, "{quotes:?}");
    assert_eq!(t.len(), usize::from(expected.is_some()));
}

fn kept(own: Option<&str>, id: &str, text: &str, speaker: Option<usize>) -> Kept {
    Some((own.map(Into::into), id.into(), text.into(), speaker))
}

#[test]
fn ids_are_stored_only_when_not_derived() {
    let yes = TEXT.find("yes").unwrap();
    let end = yes + 3;
    check(
        one("a-17", yes, end, "a", None),
        kept(None, "a-17", "yes", None),
    );
    check(
        one("a-017", yes, end, "a", None),
        kept(Some("a-017"), "a-017", "yes", None),
    );
    check(
        one("a-+17", yes, end, "a", None),
        kept(Some("a-+17"), "a-+17", "yes", None),
    );
    check(
        one("a-18", yes, end, "a", None),
        kept(Some("a-18"), "a-18", "yes", None),
    );
    check(
        one("q1", yes, end, "a", Some("takaichi")),
        kept(Some("q1"), "q1", "yes", Some(0)),
    );
    check(
        one("a-0", 0, 8, "a", None),
        kept(None, "a-0", "Takaichi", None),
    );
    check(
        one("a-", 0, 8, "a", None),
        kept(Some("a-"), "a-", "Takaichi", None),
    );
}

#[test]
fn quotes_that_cannot_be_shown_are_left_out() {
    let nihon = TEXT.find("日本").unwrap();
    check(
        one("a-1", nihon, nihon + 6, "a", None),
        kept(Some("a-1"), "a-1", "日本", None),
    );
    check(one("x", 0, 8, "missing-article", None), None);
    check(one("x", 0, TEXT.len() + 1, "a", None), None);
    check(one("x", nihon, nihon + 1, "a", None), None);
    check(one("x", 8, 2, "a", None), None);
    check(
        one("x", 0, 8, "a", Some("nobody")),
        kept(Some("x"), "x", "Takaichi", None),
    );
}
