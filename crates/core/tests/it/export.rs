//! Taking the current set away: CSV and JSON of quotes and articles, and a quote's citation.

use crate::common::{self, A};

use storyscope_core::export;
use storyscope_core::index::Index;
use storyscope_core::model::{Provenance, QuoteKind::*, SpeakerKind::*};
use storyscope_core::query::{Query, View};

fn index() -> Index {
    let mut c = common::corpus(
        &[
            A {
                id: "a1",
                outlet: Some("Harbor Post"),
                date: Some("2025-03-01T08:15+09:00"),
                text: "“Open the gates, now,” said Ann Berg. Officials said the \"plan\" works.",
            },
            A {
                id: "a2",
                outlet: None,
                date: None,
                text: "“=SUM(A1)” a source said.",
            },
        ],
        &[("ann-berg", Person), ("a-source", Anonymous)],
        &[
            ("a1", Some("ann-berg"), "Open the gates, now,", Speech),
            ("a1", None, "the \"plan\" works", Indirect),
            ("a2", Some("a-source"), "=SUM(A1)", Speech),
        ],
    );
    c.articles[0].title = Some("Gates to open".into());
    c.articles[0].url = Some("https://example.org/gates".into());
    c.articles[0].outlet.provenance = Provenance::FrontMatter {
        field: "outlet".into(),
    };
    c.articles[0].date_provenance = Provenance::Inferred {
        reason: "test".into(),
        evidence: None,
    };
    Index::new(c)
}

fn quotes(ix: &Index) -> Vec<usize> {
    ix.run(&Query {
        indirect: true,
        ..Query::default()
    })
    .quotes
    .iter()
    .collect()
}

#[test]
fn quotes_as_csv_quote_what_needs_quoting_and_defuse_formulas() {
    let ix = index();
    let csv = export::quotes_csv(&ix, quotes(&ix).into_iter());
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(lines[0], export::QUOTE_COLUMNS.join(","));
    assert_eq!(
        lines.len(),
        5,
        "a header, three rows, and the final line end: {csv}"
    );
    assert_eq!(
        lines[1],
        "q0,\"Open the gates, now,\",speech,ann berg,person,,Harbor Post,front_matter,2025-03-01,08:15:00+09:00,inferred,a1,Gates to open,https://example.org/gates,,high"
    );
    assert!(
        lines[2].contains(",\"the \"\"plan\"\" works\",indirect,,,,"),
        "doubled quotes, no speaker: {}",
        lines[2]
    );
    assert!(
        lines[3]
            .starts_with("q2,\"'=SUM(A1)\",speech,a source,anonymous,,,unknown,,,unknown,a2,,,"),
        "a formula is defused, unknown fields are empty: {}",
        lines[3]
    );
}

#[test]
fn quotes_as_json_keep_nulls_and_escapes() {
    let ix = index();
    let json = export::quotes_json(&ix, quotes(&ix).into_iter());
    assert!(json.starts_with("[\n  {\"quote_id\": \"q0\", \"text\": \"Open the gates, now,\""));
    assert!(
        json.contains("\"text\": \"the \\\"plan\\\" works\""),
        "{json}"
    );
    assert!(json.contains("\"speaker\": null"), "{json}");
    assert!(json.contains("\"time\": \"08:15:00+09:00\""), "{json}");
    assert_eq!(json.matches("\"quote_id\"").count(), 3);
    assert!(json.ends_with("}\n]\n"));
    assert_eq!(export::quotes_json(&ix, std::iter::empty()), "[\n]\n");
    let mut s = String::new();
    export::json_string("tab\there\u{1}\u{2028}\\", &mut s);
    assert_eq!(s, "\"tab\\there\\u0001\\u2028\\\\\"");
}

#[test]
fn articles_as_csv_and_json() {
    let ix = index();
    let articles = ix
        .run(&Query {
            view: View::Articles,
            ..Query::default()
        })
        .articles;
    let csv = export::articles_csv(&ix, articles.iter().copied());
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(lines[0], export::ARTICLE_COLUMNS.join(","));
    assert!(lines.contains(
        &"a1,Gates to open,Harbor Post,front_matter,2025-03-01,08:15:00+09:00,inferred,https://example.org/gates,1,0"
    ), "{csv}");
    assert!(lines.contains(&"a2,,,unknown,,,unknown,,1,0"), "{csv}");
    let json = export::articles_json(&ix, articles.iter().copied());
    assert!(
        json.contains("\"article_id\": \"a2\", \"title\": null, \"outlet\": null"),
        "{json}"
    );
    assert!(
        json.contains("\"quotes\": 1, \"copied_percent\": 0"),
        "{json}"
    );
}

#[test]
fn a_citation_names_what_is_known_and_says_what_is_not() {
    let ix = index();
    let q = quotes(&ix);
    assert_eq!(
        export::citation(&ix, q[0]).as_deref(),
        Some("“Open the gates, now,” — ann berg, as reported by Harbor Post, 1 Mar 2025, 08:15 (UTC+9) (inferred): “Gates to open”. https://example.org/gates")
    );
    assert_eq!(
        export::citation(&ix, q[1]).as_deref(),
        Some("speaker not identified, reported speech: the \"plan\" works, as reported by Harbor Post, 1 Mar 2025, 08:15 (UTC+9) (inferred): “Gates to open”. https://example.org/gates")
    );
    assert_eq!(
        export::citation(&ix, q[2]).as_deref(),
        Some("“=SUM(A1)” — a source, as reported by outlet unknown, date unknown.")
    );
    assert_eq!(export::citation(&ix, usize::MAX), None);
}
