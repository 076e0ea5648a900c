//! Corrections without code: `overrides.toml` beside the articles fixes what extraction got
//! wrong, and ingest reports each correction it applied and each one that no longer matches.
//!
//! ```toml
//! [[quote]]                      # fix or add an attribution, or change a quotation's kind
//! article = "003_47b05fa7f0482407"
//! text = "strategic ambiguity"   # the exact quoted text (its first occurrence in the article)
//! speaker = "Kazuhiro Maejima"   # optional: an existing speaker's name or alias, or a new one
//! speaker_kind = "person"        # for a new speaker: person | organization | anonymous
//! kind = "term"                  # optional: speech | term | title | indirect
//!
//! [[merge]]                      # several speakers are one
//! from = ["Beijing"]
//! into = "Chinese government"
//!
//! [[rename]]
//! from = "White House"
//! to = "The White House"
//! ```

use serde::Deserialize;

use super::Diagnostic;
use storyscope_core::model::{slug, Confidence, Corpus, Quote, QuoteKind, Speaker, SpeakerKind};
use storyscope_core::text::fold;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    quote: Vec<QuoteFix>,
    #[serde(default)]
    merge: Vec<Merge>,
    #[serde(default)]
    rename: Vec<Rename>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct QuoteFix {
    article: String,
    text: String,
    speaker: Option<String>,
    speaker_kind: Option<SpeakerKind>,
    kind: Option<QuoteKind>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Merge {
    from: Vec<String>,
    into: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Rename {
    from: String,
    to: String,
}

/// The line of the n-th `[[table]]` header, for messages.
fn table_line(src: &str, table: &str, n: usize) -> u32 {
    let header = format!("[[{table}]]");
    src.lines()
        .enumerate()
        .filter(|(_, l)| l.trim() == header)
        .nth(n)
        .map(|(i, _)| i as u32 + 1)
        .unwrap_or(1)
}

fn find_speaker(c: &Corpus, name: &str) -> Option<usize> {
    let f = fold(name);
    c.speakers
        .iter()
        .position(|s| fold(&s.name) == f || s.id == name || s.aliases.iter().any(|a| fold(a) == f))
}

/// Applies `src` (the overrides file's text) to the corpus. Returns what happened, one diagnostic
/// per override: a note when applied, a warning when it matched nothing, an error when the file
/// cannot be read as overrides at all (then nothing is applied).
pub fn apply(corpus: &mut Corpus, file: &str, src: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let parsed: File = match toml::from_str(src) {
        Ok(f) => f,
        Err(e) => {
            let line = e
                .span()
                .map(|s| 1 + src.get(..s.start).unwrap_or("").matches('\n').count() as u32)
                .unwrap_or(1);
            out.push(Diagnostic::error(
                file,
                line,
                format!("overrides not applied: {}", e.message()),
            ));
            return out;
        }
    };

    for (n, r) in parsed.rename.iter().enumerate() {
        let line = table_line(src, "rename", n);
        match find_speaker(corpus, &r.from) {
            Some(i) => {
                let sp = &mut corpus.speakers[i];
                let old = std::mem::replace(&mut sp.name, r.to.clone());
                if !sp.aliases.contains(&old) {
                    sp.aliases.push(old.clone());
                }
                out.push(Diagnostic::note(
                    file,
                    line,
                    format!("renamed speaker “{old}” to “{}”", r.to),
                ));
            }
            None => out.push(Diagnostic::warning(
                file,
                line,
                format!("rename matches no speaker named “{}”", r.from),
            )),
        }
    }

    for (n, m) in parsed.merge.iter().enumerate() {
        let line = table_line(src, "merge", n);
        let target = match find_speaker(corpus, &m.into) {
            Some(i) => i,
            None => {
                let kind = m
                    .from
                    .iter()
                    .find_map(|f| find_speaker(corpus, f))
                    .map(|i| corpus.speakers[i].kind);
                corpus.speakers.push(Speaker {
                    id: slug(&m.into),
                    name: m.into.clone(),
                    kind: kind.unwrap_or(SpeakerKind::Person),
                    aliases: Vec::new(),
                    role: None,
                });
                corpus.speakers.len() - 1
            }
        };
        let target_id = corpus.speakers[target].id.clone();
        for from in &m.from {
            match find_speaker(corpus, from).filter(|&i| i != target) {
                Some(i) => {
                    let gone = corpus.speakers[i].clone();
                    for q in corpus
                        .quotes
                        .iter_mut()
                        .filter(|q| q.speaker_id.as_deref() == Some(gone.id.as_str()))
                    {
                        q.speaker_id = Some(target_id.clone());
                    }
                    let t = &mut corpus.speakers[target];
                    for a in std::iter::once(gone.name.clone()).chain(gone.aliases.iter().cloned())
                    {
                        if a != t.name && !t.aliases.contains(&a) {
                            t.aliases.push(a);
                        }
                    }
                    corpus.speakers.retain(|s| s.id != gone.id);
                    out.push(Diagnostic::note(
                        file,
                        line,
                        format!("merged “{}” into “{}”", gone.name, m.into),
                    ));
                }
                None => out.push(Diagnostic::warning(
                    file,
                    line,
                    format!("merge matches no speaker named “{from}”"),
                )),
            }
        }
    }

    for (n, fix) in parsed.quote.iter().enumerate() {
        let line = table_line(src, "quote", n);
        let Some(article) = corpus.articles.iter().find(|a| a.id == fix.article) else {
            out.push(Diagnostic::warning(
                file,
                line,
                format!("no article with id “{}”", fix.article),
            ));
            continue;
        };
        let existing = corpus
            .quotes
            .iter()
            .position(|q| q.article_id == fix.article && q.text == fix.text);
        let index = match existing {
            Some(i) => i,
            None => match article.text.find(&fix.text) {
                // Not extracted: add it where the text is.
                Some(start) => {
                    corpus.quotes.push(Quote {
                        id: format!("{}-{}", article.id, start),
                        article_id: article.id.clone(),
                        speaker_id: None,
                        text: fix.text.clone(),
                        start,
                        end: start + fix.text.len(),
                        cue: None,
                        kind: QuoteKind::Speech,
                        confidence: Confidence::High,
                    });
                    corpus.quotes.len() - 1
                }
                None => {
                    out.push(Diagnostic::warning(
                        file,
                        line,
                        format!(
                            "“{}” is not in article {} any more; override not applied",
                            fix.text, fix.article
                        ),
                    ));
                    continue;
                }
            },
        };
        let speaker_id = match &fix.speaker {
            None => None,
            Some(name) => Some(match find_speaker(corpus, name) {
                Some(i) => corpus.speakers[i].id.clone(),
                None => {
                    let id = slug(name);
                    corpus.speakers.push(Speaker {
                        id: id.clone(),
                        name: name.clone(),
                        kind: fix.speaker_kind.unwrap_or(SpeakerKind::Person),
                        aliases: Vec::new(),
                        role: None,
                    });
                    id
                }
            }),
        };
        let q = &mut corpus.quotes[index];
        if let Some(k) = fix.kind {
            q.kind = k;
        }
        if matches!(q.kind, QuoteKind::Term | QuoteKind::Title) {
            q.speaker_id = None;
        } else if speaker_id.is_some() {
            q.speaker_id = speaker_id;
        }
        q.cue = Some("set in overrides.toml".into());
        q.confidence = Confidence::High;
        let what = if existing.is_some() {
            "corrected"
        } else {
            "added"
        };
        out.push(Diagnostic::note(
            file,
            line,
            format!("{what} “{}” in {}", fix.text, fix.article),
        ));
    }
    let order: std::collections::HashMap<&str, usize> = corpus
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    let mut quotes = std::mem::take(&mut corpus.quotes);
    quotes.sort_by_key(|q| (order.get(q.article_id.as_str()).copied(), q.start));
    corpus.quotes = quotes;
    corpus.speakers.sort_by(|a, b| a.id.cmp(&b.id));
    if !parsed.quote.is_empty() {
        // A quotation added or given another kind may join or leave a family.
        corpus.families = crate::families::find(corpus);
    }
    out
}
