//! Measuring quote extraction and attribution against hand-labelled gold.
//!
//! Gold format (JSON): one object per file, `{file, quotes: [{text, type, speaker?,
//! speaker_kind?}]}`, where `text` is exactly the characters between the quotation marks and
//! `type` is `speech`, `term` or `title`. Spans are located in the ingested article text in
//! order, then predicted and gold spans are matched one to one when their overlap — shared
//! characters over the characters of both (intersection over union) — reaches a threshold.
//! Speaker accuracy is measured on gold speech quotes matched at 0.8: the predicted speaker's name
//! or one of its aliases must equal the gold speaker (case- and accent-insensitive).

use serde::Deserialize;

use storyscope_core::model::{Corpus, QuoteKind};
use storyscope_core::text::fold;

#[derive(Debug, Clone, Deserialize)]
pub struct GoldFile {
    pub file: String,
    pub quotes: Vec<GoldQuote>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldQuote {
    pub text: String,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub speaker: Option<String>,
    #[serde(default)]
    pub speaker_kind: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Prf {
    pub matched: usize,
    pub predicted: usize,
    pub gold: usize,
}

impl Prf {
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.predicted)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

#[derive(Debug, Default)]
pub struct Report {
    pub at_03: Prf,
    pub at_08: Prf,
    pub speaker_right: usize,
    pub speaker_total: usize,
    pub type_right: usize,
    pub type_total: usize,
    /// (construction, matched, speaker right) per rule that fired.
    pub by_construction: Vec<(String, usize, usize)>,
    /// Human-readable lines: misses, false alarms, wrong speakers, gold problems.
    pub problems: Vec<String>,
}

impl Report {
    pub fn speaker_accuracy(&self) -> f64 {
        ratio(self.speaker_right, self.speaker_total)
    }
}

/// Which attribution rule produced a quote, read from its cue.
pub fn construction(cue: Option<&str>, kind: QuoteKind) -> &'static str {
    match (cue, kind) {
        (_, QuoteKind::Term) => "term",
        (_, QuoteKind::Title) => "title",
        (None, _) => "unattributed",
        (Some(c), _) if c.starts_with("continues") => "continuation",
        (Some(c), _) if c.starts_with("relayed") => "relayed by a publication",
        (Some(c), _) if c.starts_with("according") => "according to",
        (Some(c), _) if c.starts_with("in a") || c.starts_with("in an") => "document and publisher",
        (Some(c), _)
            if c.starts_with("the ")
                && (c.contains(" editorial ")
                    || c.contains(" article ")
                    || c.contains(" statement ")) =>
        {
            "document anaphora"
        }
        (Some(_), _) => "reporting verb",
    }
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> f64 {
    let inter = a.1.min(b.1).saturating_sub(a.0.max(b.0));
    let union = a.1.max(b.1) - a.0.min(b.0);
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

fn context(text: &str, start: usize, end: usize) -> String {
    let mut a = start.saturating_sub(70);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (end + 50).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    text.get(a..b).unwrap_or("").replace('\n', " ")
}

/// One-to-one matching: each gold span takes the unmatched prediction it overlaps most.
fn matching(
    gold: &[(usize, usize)],
    pred: &[(usize, usize)],
    threshold: f64,
) -> Vec<Option<usize>> {
    let mut used = vec![false; pred.len()];
    gold.iter()
        .map(|g| {
            let best = pred
                .iter()
                .enumerate()
                .filter(|(i, _)| !used[*i])
                .map(|(i, p)| (i, overlap(*g, *p)))
                .filter(|(_, o)| *o >= threshold)
                .max_by(|x, y| x.1.total_cmp(&y.1))
                .map(|(i, _)| i);
            if let Some(i) = best {
                used[i] = true;
            }
            best
        })
        .collect()
}

pub fn evaluate(corpus: &Corpus, gold: &[GoldFile]) -> Report {
    let mut r = Report::default();
    let mut by: Vec<(String, usize, usize)> = Vec::new();
    for g in gold {
        let Some(article) = corpus
            .articles
            .iter()
            .find(|a| a.source_file == g.file || a.source_file.ends_with(&format!("/{}", g.file)))
        else {
            r.problems.push(format!(
                "{}: gold file not found among the ingested articles",
                g.file
            ));
            continue;
        };
        let text = &article.text;
        let mut spans = Vec::new();
        let mut from = 0;
        for q in &g.quotes {
            match text.get(from..).and_then(|t| t.find(&q.text)) {
                Some(i) => {
                    spans.push(Some((from + i, from + i + q.text.len())));
                    from += i + q.text.len();
                }
                None => {
                    r.problems.push(format!(
                        "{}: gold text not found in order: {:?}",
                        g.file, q.text
                    ));
                    spans.push(None);
                }
            }
        }
        let gold_items: Vec<(&GoldQuote, (usize, usize))> = g
            .quotes
            .iter()
            .zip(&spans)
            .filter_map(|(q, s)| s.map(|s| (q, s)))
            .collect();
        let gold_spans: Vec<(usize, usize)> = gold_items.iter().map(|x| x.1).collect();
        // Indirect speech has no quotation marks, so the gold does not hold it.
        let preds: Vec<&storyscope_core::model::Quote> = corpus
            .quotes
            .iter()
            .filter(|q| q.article_id == article.id && q.kind != QuoteKind::Indirect)
            .collect();
        let pred_spans: Vec<(usize, usize)> = preds.iter().map(|q| (q.start, q.end)).collect();

        for (threshold, prf) in [(0.3, &mut r.at_03), (0.8, &mut r.at_08)] {
            let m = matching(&gold_spans, &pred_spans, threshold);
            prf.gold += gold_spans.len();
            prf.predicted += pred_spans.len();
            prf.matched += m.iter().flatten().count();
        }

        let m = matching(&gold_spans, &pred_spans, 0.8);
        let mut pred_matched = vec![false; preds.len()];
        for ((gq, span), hit) in gold_items.iter().zip(&m) {
            let Some(i) = *hit else {
                r.problems.push(format!(
                    "{}: MISS {} {:?} — …{}…",
                    g.file,
                    gq.kind,
                    gq.text,
                    context(text, span.0, span.1)
                ));
                continue;
            };
            pred_matched[i] = true;
            let p = preds[i];
            let predicted_kind = match p.kind {
                QuoteKind::Speech | QuoteKind::Indirect => "speech",
                QuoteKind::Term => "term",
                QuoteKind::Title => "title",
            };
            r.type_total += 1;
            let type_ok = predicted_kind == gq.kind;
            if type_ok {
                r.type_right += 1;
            }
            let rule = construction(p.cue.as_deref(), p.kind).to_string();
            let entry = match by.iter().position(|b| b.0 == rule) {
                Some(k) => k,
                None => {
                    by.push((rule, 0, 0));
                    by.len() - 1
                }
            };
            by[entry].1 += 1;
            if gq.kind != "speech" {
                if !type_ok {
                    r.problems.push(format!(
                        "{}: TYPE {:?} is {} in gold, {} predicted",
                        g.file, gq.text, gq.kind, predicted_kind
                    ));
                }
                continue;
            }
            r.speaker_total += 1;
            let speaker = p
                .speaker_id
                .as_ref()
                .and_then(|s| corpus.speakers.iter().find(|x| &x.id == s));
            let want = gq.speaker.as_deref().map(fold).unwrap_or_default();
            let right = speaker.is_some_and(|s| {
                fold(&s.name) == want || s.aliases.iter().any(|a| fold(a) == want)
            });
            if right {
                r.speaker_right += 1;
                by[entry].2 += 1;
            } else {
                r.problems.push(format!(
                    "{}: SPEAKER {:?}: gold {:?}, predicted {:?} (cue {:?})",
                    g.file,
                    gq.text,
                    gq.speaker.as_deref().unwrap_or("-"),
                    speaker.map(|s| s.name.as_str()).unwrap_or("none"),
                    p.cue.as_deref().unwrap_or("-")
                ));
            }
        }
        for (p, hit) in preds.iter().zip(&pred_matched) {
            if !hit {
                r.problems.push(format!(
                    "{}: FALSE ALARM {:?} — …{}…",
                    g.file,
                    p.text,
                    context(text, p.start, p.end)
                ));
            }
        }
    }
    by.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    r.by_construction = by;
    r
}

pub fn render(r: &Report) -> String {
    let mut s = String::new();
    let row = |name: &str, p: &Prf| {
        format!(
            "{name:<14} precision {:.3}  recall {:.3}  F1 {:.3}  ({} matched, {} predicted, {} gold)\n",
            p.precision(),
            p.recall(),
            p.f1(),
            p.matched,
            p.predicted,
            p.gold
        )
    };
    s.push_str(&row("overlap ≥ 0.3", &r.at_03));
    s.push_str(&row("overlap ≥ 0.8", &r.at_08));
    s.push_str(&format!(
        "speaker accuracy {:.3} ({} of {} matched speech quotes)\ntype accuracy    {:.3} ({} of {} matched quotes)\n",
        r.speaker_accuracy(),
        r.speaker_right,
        r.speaker_total,
        ratio(r.type_right, r.type_total),
        r.type_right,
        r.type_total
    ));
    s.push_str("\nby construction (rule that fired: matched, speaker right)\n");
    for (name, n, right) in &r.by_construction {
        s.push_str(&format!("  {name:<26} {n:>4} {right:>4}\n"));
    }
    if r.problems.is_empty() {
        s.push_str("\nno misses, false alarms or wrong speakers\n");
    } else {
        s.push_str(&format!("\n{} problems\n", r.problems.len()));
        for p in &r.problems {
            s.push_str(&format!("  {p}\n"));
        }
    }
    s
}
