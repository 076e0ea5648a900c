//! What a person takes away from the page: the current set of quotes or articles as CSV
//! (RFC 4180) or JSON, and one quote as a citation. Built here, not in the page, so the formats
//! are tested natively and the page only hands the string to the browser.
//!
//! Every row says where its outlet and date came from (`front_matter`, `stated`, `inferred`,
//! `unknown`): a table taken out of the page keeps the honesty the page shows. JSON is written
//! by hand, not through serde_json, which would add its weight to the page for two arrays.

use crate::index::Index;
use crate::model::{Article, Confidence, Provenance, QuoteKind, SpeakerKind};

/// The columns of a quotes table, in order.
pub const QUOTE_COLUMNS: &[&str] = &[
    "quote_id",
    "text",
    "kind",
    "speaker",
    "speaker_kind",
    "speaker_role",
    "outlet",
    "outlet_source",
    "date",
    "time",
    "date_source",
    "article_id",
    "article_title",
    "article_url",
    "cue",
    "confidence",
];

/// The columns of an articles table, in order.
pub const ARTICLE_COLUMNS: &[&str] = &[
    "article_id",
    "title",
    "outlet",
    "outlet_source",
    "date",
    "time",
    "date_source",
    "url",
    "quotes",
    "copied_percent",
];

/// A field: text, a number, or nothing (an empty CSV field, JSON `null`).
enum Field<'a> {
    Text(&'a str),
    Owned(String),
    Number(usize),
    None,
}

fn opt(s: Option<&str>) -> Field<'_> {
    s.map_or(Field::None, Field::Text)
}

fn source(p: &Provenance) -> &'static str {
    match p {
        Provenance::FrontMatter { .. } => "front_matter",
        Provenance::Stated { .. } => "stated",
        Provenance::Inferred { .. } => "inferred",
        Provenance::Unknown { .. } => "unknown",
    }
}

fn kind(k: QuoteKind) -> &'static str {
    match k {
        QuoteKind::Speech => "speech",
        QuoteKind::Indirect => "indirect",
        QuoteKind::Term => "term",
        QuoteKind::Title => "title",
    }
}

fn speaker_kind(k: SpeakerKind) -> &'static str {
    match k {
        SpeakerKind::Person => "person",
        SpeakerKind::Organization => "organization",
        SpeakerKind::Anonymous => "anonymous",
    }
}

fn confidence(c: Confidence) -> &'static str {
    match c {
        Confidence::High => "high",
        Confidence::Medium => "medium",
        Confidence::Low => "low",
    }
}

/// The article fields both tables share: outlet, its source, date, time, the date's source.
fn article_fields(a: &Article) -> [Field<'_>; 5] {
    [
        opt(a.outlet.name.as_deref()),
        Field::Text(source(&a.outlet.provenance)),
        opt(a.date.as_ref().map(|d| d.value.as_str())),
        opt(a.date.as_ref().and_then(|d| d.time.as_deref())),
        Field::Text(source(&a.date_provenance)),
    ]
}

fn quote_fields(ix: &Index, q: usize) -> Option<Vec<Field<'_>>> {
    let r = ix.quote(q)?;
    let a = ix.corpus.articles.get(r.article)?;
    let s = r.speaker.and_then(|s| ix.corpus.speakers.get(s));
    let mut f = vec![
        Field::Owned(r.id().into_owned()),
        Field::Text(r.text),
        Field::Text(kind(r.kind)),
        opt(s.map(|s| s.name.as_str())),
        opt(s.map(|s| speaker_kind(s.kind))),
        opt(s.and_then(|s| s.role.as_deref())),
    ];
    f.extend(article_fields(a));
    f.extend([
        Field::Text(a.id.as_str()),
        opt(a.title.as_deref()),
        opt(a.url.as_deref()),
        opt(r.cue),
        Field::Text(confidence(r.confidence)),
    ]);
    Some(f)
}

fn article_row(ix: &Index, i: usize) -> Option<Vec<Field<'_>>> {
    let a = ix.corpus.articles.get(i)?;
    let mut f = vec![Field::Text(a.id.as_str()), opt(a.title.as_deref())];
    f.extend(article_fields(a));
    f.extend([
        opt(a.url.as_deref()),
        Field::Number(ix.speech_in_article(i).len()),
        Field::Number(ix.copied_percent(i)),
    ]);
    Some(f)
}

fn csv<'a>(columns: &[&str], rows: impl Iterator<Item = Vec<Field<'a>>>) -> String {
    let mut out = columns.join(",");
    out.push_str("\r\n");
    for row in rows {
        for (i, f) in row.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            let s: &str = match f {
                Field::Text(s) => s,
                Field::Owned(s) => s,
                Field::Number(n) => {
                    out.push_str(&n.to_string());
                    continue;
                }
                Field::None => continue,
            };
            // A field that a spreadsheet would run as a formula is quoted and prefixed with an
            // apostrophe: article text is third-party input.
            let formula = s.starts_with(['=', '+', '-', '@']);
            if formula || s.contains([',', '"', '\n', '\r']) {
                out.push('"');
                if formula {
                    out.push('\'');
                }
                out.push_str(&s.replace('"', "\"\""));
                out.push('"');
            } else {
                out.push_str(s);
            }
        }
        out.push_str("\r\n");
    }
    out
}

/// A JSON string literal.
pub fn json_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // The line and paragraph separators are valid JSON but break some JavaScript.
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn json<'a>(columns: &[&str], rows: impl Iterator<Item = Vec<Field<'a>>>) -> String {
    let mut out = String::from("[");
    for (n, row) in rows.enumerate() {
        out.push_str(if n == 0 { "\n  {" } else { ",\n  {" });
        for (i, (f, name)) in row.iter().zip(columns).enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            json_string(name, &mut out);
            out.push_str(": ");
            match f {
                Field::Text(s) => json_string(s, &mut out),
                Field::Owned(s) => json_string(s.as_str(), &mut out),
                Field::Number(n) => out.push_str(&n.to_string()),
                Field::None => out.push_str("null"),
            }
        }
        out.push('}');
    }
    out.push_str("\n]\n");
    out
}

/// The quotes (indexes for [`Index::quote`]) as CSV, one row each, with a header.
pub fn quotes_csv(ix: &Index, quotes: impl Iterator<Item = usize>) -> String {
    csv(QUOTE_COLUMNS, quotes.filter_map(|q| quote_fields(ix, q)))
}

/// The quotes as a JSON array of objects keyed by [`QUOTE_COLUMNS`].
pub fn quotes_json(ix: &Index, quotes: impl Iterator<Item = usize>) -> String {
    json(QUOTE_COLUMNS, quotes.filter_map(|q| quote_fields(ix, q)))
}

/// The articles (corpus indexes) as CSV, with a header.
pub fn articles_csv(ix: &Index, articles: impl Iterator<Item = usize>) -> String {
    csv(ARTICLE_COLUMNS, articles.filter_map(|a| article_row(ix, a)))
}

/// The articles as a JSON array of objects keyed by [`ARTICLE_COLUMNS`].
pub fn articles_json(ix: &Index, articles: impl Iterator<Item = usize>) -> String {
    json(ARTICLE_COLUMNS, articles.filter_map(|a| article_row(ix, a)))
}

/// One quote as a person cites it: its words, who said them (as this outlet reports), the
/// outlet, the date, the headline and the address. What is unknown says so, never guessed.
pub fn citation(ix: &Index, q: usize) -> Option<String> {
    let r = ix.quote(q)?;
    let a = ix.corpus.articles.get(r.article)?;
    let speaker = r
        .speaker
        .and_then(|s| ix.corpus.speakers.get(s))
        .map_or("speaker not identified", |s| s.name.as_str());
    let words = r.text.trim();
    let said = match r.kind {
        QuoteKind::Indirect => format!("{speaker}, reported speech: {words}"),
        _ => format!("“{words}” — {speaker}"),
    };
    let inferred = |p: &Provenance| {
        if matches!(p, Provenance::Inferred { .. }) {
            " (inferred)"
        } else {
            ""
        }
    };
    let outlet = format!(
        "{}{}",
        a.outlet.name.as_deref().unwrap_or("outlet unknown"),
        inferred(&a.outlet.provenance)
    );
    let date = a.date.as_ref().map_or("date unknown".to_string(), |d| {
        let day = match &d.time {
            Some(t) => format!(
                "{}, {}",
                crate::date::label(&d.value),
                crate::date::time_label(t)
            ),
            None => crate::date::label(&d.value),
        };
        format!("{day}{}", inferred(&a.date_provenance))
    });
    let mut out = format!("{said}, as reported by {outlet}, {date}");
    if let Some(t) = &a.title {
        out.push_str(&format!(": “{}”", t.trim()));
    }
    out.push('.');
    if let Some(u) = &a.url {
        out.push(' ');
        out.push_str(u);
    }
    Some(out)
}
