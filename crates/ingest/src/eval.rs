//! Measuring quote extraction and attribution against hand-labelled gold.
//!
//! Gold format (JSON): one object per file, `{file, sha256?, quotes: [{text | start, end, type,
//! speaker?, speaker_kind?, cue?}]}`, either as a bare list or as a set `{story, split, files}`.
//! A quote is given by its `text` (exactly the characters between the quotation marks, located
//! in the ingested article text in order) or, where the article text may not be published, by
//! its byte offsets `start..end` in that text. `type` is `speech`, `term` or `title`. Predicted
//! and gold spans are matched one to one when their overlap — shared characters over the
//! characters of both (intersection over union) — reaches a threshold.
//!
//! Attribution is measured on gold speech quotes matched at 0.8: right when the predicted
//! speaker's name or one of its aliases equals the gold speaker (case- and accent-insensitive),
//! or when neither names one; wrong when a speaker is predicted that is not the gold one; none
//! when the gold names a speaker and nothing is predicted. An unnamed source is described at
//! more or less length ("prosecutors", "federal prosecutors"): a predicted anonymous speaker
//! is right when one description's words contain the other's. A named source under the
//! article's own spelling ("Zelenskyy" for a gold "Zelensky", "Russia's Defense Ministry" for
//! "Russian Defence Ministry") is right when the predicted speaker stands for that source (most
//! of its matched quotes are that source's), is of the same kind (person, organisation), and its
//! names share more words with that source's name than with any other gold name in the set. A
//! wrong speaker is worse than none.
//! Facet entries per person: for each person in the gold, how many distinct speakers of the
//! corpus their matched quotes went to (1.0 is one facet entry per person); the same per
//! organisation.

use serde::Deserialize;

use storyscope_core::model::{Corpus, QuoteKind, SpeakerKind};
use storyscope_core::text::fold;

#[derive(Debug, Clone, Deserialize)]
pub struct GoldFile {
    pub file: String,
    /// SHA-256 of the file's bytes, for gold kept apart from its (third-party) texts.
    #[serde(default)]
    pub sha256: Option<String>,
    pub quotes: Vec<GoldQuote>,
}

/// A labelled collection: one story's files, and whether it is tuned on (`dev`) or held out.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldSet {
    #[serde(default)]
    pub story: Option<String>,
    #[serde(default)]
    pub split: Option<String>,
    pub files: Vec<GoldFile>,
}

/// Reads either gold form: a bare list of files, or a set.
pub fn parse_gold(json: &str) -> Result<GoldSet, String> {
    if json.trim_start().starts_with('[') {
        let files = serde_json::from_str(json).map_err(|e| e.to_string())?;
        return Ok(GoldSet {
            story: None,
            split: None,
            files,
        });
    }
    serde_json::from_str(json).map_err(|e| e.to_string())
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldQuote {
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub start: Option<usize>,
    #[serde(default)]
    pub end: Option<usize>,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub speaker: Option<String>,
    #[serde(default)]
    pub speaker_kind: Option<String>,
    /// Times the words occur, after the quotation before, ahead of this one (a quote whose
    /// words also stand earlier without marks, as in a headline): so many matches are passed
    /// over when the words are looked up.
    #[serde(default)]
    pub skip: usize,
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
    /// A speaker predicted that is not the gold one (or where the gold names none).
    pub speaker_wrong: usize,
    /// The gold names a speaker; none predicted.
    pub speaker_none: usize,
    pub speaker_total: usize,
    /// Gold persons with a predicted speaker on at least one matched quote, and the distinct
    /// predicted speakers over all of them.
    pub persons: usize,
    pub person_entries: usize,
    /// The same for gold organisations.
    pub organizations: usize,
    pub organization_entries: usize,
    pub type_right: usize,
    pub type_total: usize,
    /// (construction, matched, speaker right) per rule that fired.
    pub by_construction: Vec<(String, usize, usize)>,
    /// Gold speech quotes by the confidence given to their attribution: (confidence, quotes,
    /// speaker right, speaker wrong). Whether confidence means anything shows here.
    pub by_confidence: Vec<(&'static str, usize, usize, usize)>,
    /// Human-readable lines: misses, false alarms, wrong speakers, gold problems.
    pub problems: Vec<String>,
}

impl Report {
    pub fn speaker_accuracy(&self) -> f64 {
        ratio(self.speaker_right, self.speaker_total)
    }
    pub fn wrong_rate(&self) -> f64 {
        self.speaker_wrong as f64 / self.speaker_total.max(1) as f64
    }
    pub fn none_rate(&self) -> f64 {
        self.speaker_none as f64 / self.speaker_total.max(1) as f64
    }
    pub fn entries_per_person(&self) -> f64 {
        if self.persons == 0 {
            1.0
        } else {
            self.person_entries as f64 / self.persons as f64
        }
    }
    pub fn entries_per_organization(&self) -> f64 {
        if self.organizations == 0 {
            1.0
        } else {
            self.organization_entries as f64 / self.organizations as f64
        }
    }

    /// The counts as one line of JSON, for adding up reports of several stories.
    pub fn to_json(&self) -> String {
        let prf = |p: &Prf| serde_json::json!({"matched": p.matched, "predicted": p.predicted, "gold": p.gold});
        serde_json::json!({
            "at_03": prf(&self.at_03),
            "at_08": prf(&self.at_08),
            "speaker_right": self.speaker_right,
            "speaker_wrong": self.speaker_wrong,
            "speaker_none": self.speaker_none,
            "speaker_total": self.speaker_total,
            "persons": self.persons,
            "person_entries": self.person_entries,
            "organizations": self.organizations,
            "organization_entries": self.organization_entries,
            "type_right": self.type_right,
            "type_total": self.type_total,
            "problems": self.problems.len(),
            "by_confidence": self
                .by_confidence
                .iter()
                .map(|(c, n, right, wrong)| {
                    (c.to_string(), serde_json::json!({"quotes": n, "right": right, "wrong": wrong}))
                })
                .collect::<serde_json::Map<_, _>>(),
        })
        .to_string()
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
        (Some("subject of the sentence"), _) => "subject of the sentence",
        (Some("introduced on the line before"), _) => "introducing line",
        (Some(c), _) if c.starts_with("the same words") => "same words in full",
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
    // Per gold person (folded name): the predicted speaker ids their matched quotes went to.
    let mut person_speakers: Vec<(String, Vec<String>)> = Vec::new();
    let mut org_speakers: Vec<(String, Vec<String>)> = Vec::new();
    let mut judged: Vec<Judged> = Vec::new();
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
            if let (Some(a), Some(b)) = (q.start, q.end) {
                if text.get(a..b).is_some_and(|t| !t.is_empty()) {
                    spans.push(Some((a, b)));
                } else {
                    r.problems.push(format!(
                        "{}: gold offsets {a}..{b} are not a span of the article text",
                        g.file
                    ));
                    spans.push(None);
                }
                continue;
            }
            for _ in 0..q.skip {
                if let Some(i) = text.get(from..).and_then(|t| t.find(&q.text)) {
                    from += i + q.text.len();
                }
            }
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
                    text.get(span.0..span.1).unwrap_or(""),
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
                        g.file,
                        text.get(span.0..span.1).unwrap_or(""),
                        gq.kind,
                        predicted_kind
                    ));
                }
                continue;
            }
            r.speaker_total += 1;
            let speaker = p
                .speaker_id
                .as_ref()
                .and_then(|s| corpus.speakers.iter().find(|x| &x.id == s));
            let want = gq.speaker.as_deref().map(fold);
            let strictly_right = match (&want, speaker) {
                (None, None) => true,
                (Some(w), Some(s)) => {
                    fold(&s.name) == *w
                        || s.aliases.iter().any(|a| fold(a) == *w)
                        || (gq.speaker_kind.as_deref() == Some("anonymous")
                            && s.kind == SpeakerKind::Anonymous
                            && same_description(&s.name, w))
                }
                _ => false,
            };
            let entries = match gq.speaker_kind.as_deref() {
                Some("person") => Some(&mut person_speakers),
                Some("organization") => Some(&mut org_speakers),
                _ => None,
            };
            if let (Some(w), Some(s), Some(entries)) = (&want, speaker, entries) {
                match entries.iter_mut().find(|(p, _)| p == w) {
                    Some((_, ids)) if ids.contains(&s.id) => {}
                    Some((_, ids)) => ids.push(s.id.clone()),
                    None => entries.push((w.clone(), vec![s.id.clone()])),
                }
            }
            let same_kind = speaker.is_some_and(|s| {
                matches!(
                    (gq.speaker_kind.as_deref(), s.kind),
                    (Some("person"), SpeakerKind::Person)
                        | (Some("organization"), SpeakerKind::Organization)
                )
            });
            judged.push(Judged {
                confidence: match p.confidence {
                    storyscope_core::model::Confidence::High => "high",
                    storyscope_core::model::Confidence::Medium => "medium",
                    storyscope_core::model::Confidence::Low => "low",
                },
                same_kind,
                gold: want,
                predicted: speaker,
                strictly_right,
                construction: entry,
                problem: format!(
                    "{}: SPEAKER {:?}: gold {:?}, predicted {:?} (cue {:?})",
                    g.file,
                    text.get(span.0..span.1).unwrap_or(""),
                    gq.speaker.as_deref().unwrap_or("-"),
                    speaker.map(|s| s.name.as_str()).unwrap_or("none"),
                    p.cue.as_deref().unwrap_or("-")
                ),
            });
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
    // Which gold source each predicted speaker stands for: the one most of its quotes belong to.
    let mut votes: Vec<(&str, &str, usize)> = Vec::new();
    for j in &judged {
        if let (Some(w), Some(s)) = (&j.gold, j.predicted) {
            match votes.iter_mut().find(|v| v.0 == s.id && v.1 == w.as_str()) {
                Some(v) => v.2 += 1,
                None => votes.push((&s.id, w, 1)),
            }
        }
    }
    let stands_for = |id: &str| {
        votes
            .iter()
            .filter(|v| v.0 == id)
            .fold(None::<(&str, usize)>, |best, v| match best {
                Some((_, n)) if n >= v.2 => best,
                _ => Some((v.1, v.2)),
            })
            .map(|b| b.0)
    };
    let gold_names: Vec<String> = gold
        .iter()
        .flat_map(|g| &g.quotes)
        .filter_map(|q| q.speaker.as_deref().map(fold))
        .fold(Vec::new(), |mut all, w| {
            if !all.contains(&w) {
                all.push(w);
            }
            all
        });
    // The gold source whose name shares the most words with the speaker's names, if one does
    // more than any other ("Robert Prevost" is "Robert Francis Prevost", not "John Prevost").
    let closest = |s: &storyscope_core::model::Speaker| {
        let mut best: Option<(&str, usize)> = None;
        let mut tie = false;
        for w in &gold_names {
            let n = std::iter::once(&s.name)
                .chain(&s.aliases)
                .map(|a| shared_words(a, w))
                .max()
                .unwrap_or(0);
            match best {
                _ if n == 0 => {}
                Some((_, m)) if m > n => {}
                Some((_, m)) if m == n => tie = true,
                _ => {
                    best = Some((w, n));
                    tie = false;
                }
            }
        }
        best.filter(|_| !tie).map(|b| b.0)
    };
    for j in &judged {
        // The same source under the article's own spelling ("Zelenskyy" for a gold "Zelensky",
        // "Russia's Defense Ministry" for "Russian Defence Ministry") is right: the predicted
        // speaker stands for the gold source (most of its quotes are that source's) and its
        // names share more words with that source's name than with any other in the story, and
        // both are persons or both organisations ("SBU" is not "one SBU officer").
        let right = j.strictly_right
            || match (&j.gold, j.predicted) {
                (Some(w), Some(s)) => {
                    j.same_kind
                        && stands_for(&s.id) == Some(w.as_str())
                        && closest(s) == Some(w.as_str())
                }
                _ => false,
            };
        let at = match r.by_confidence.iter().position(|c| c.0 == j.confidence) {
            Some(k) => k,
            None => {
                r.by_confidence.push((j.confidence, 0, 0, 0));
                r.by_confidence.len() - 1
            }
        };
        if let Some(c) = r.by_confidence.get_mut(at) {
            c.1 += 1;
            if right {
                c.2 += 1;
            } else if j.predicted.is_some() {
                c.3 += 1;
            }
        }
        if right {
            r.speaker_right += 1;
            if let Some(b) = by.get_mut(j.construction) {
                b.2 += 1;
            }
        } else {
            if j.predicted.is_some() {
                r.speaker_wrong += 1;
            } else {
                r.speaker_none += 1;
            }
            r.problems.push(j.problem.clone());
        }
    }
    // Problems file by file, as the files were read.
    r.problems.sort_by(|a, b| {
        let file = |s: &str| s.split(':').next().unwrap_or("").to_string();
        file(a).cmp(&file(b))
    });
    by.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    r.by_construction = by;
    // One source under several facet entries: which entries, so a split can be looked at.
    for (kind, list) in [
        ("person", &person_speakers),
        ("organisation", &org_speakers),
    ] {
        for (who, ids) in list.iter().filter(|(_, ids)| ids.len() > 1) {
            let names: Vec<String> = ids
                .iter()
                .map(|id| {
                    corpus
                        .speakers
                        .iter()
                        .find(|s| &s.id == id)
                        .map_or_else(|| id.clone(), |s| format!("{:?}", s.name))
                })
                .collect();
            r.problems.push(format!(
                "ENTRIES {kind} {who:?} is {} facet entries: {}",
                ids.len(),
                names.join(", ")
            ));
        }
    }
    r.persons = person_speakers.len();
    r.person_entries = person_speakers.iter().map(|(_, ids)| ids.len()).sum();
    r.organizations = org_speakers.len();
    r.organization_entries = org_speakers.iter().map(|(_, ids)| ids.len()).sum();
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
        "speaker accuracy {:.3} ({} of {} matched speech quotes; wrong {:.3}, none {:.3})\nfacet entries per person {:.2} ({} persons), per organisation {:.2} ({})\ntype accuracy    {:.3} ({} of {} matched quotes)\n",
        r.speaker_accuracy(),
        r.speaker_right,
        r.speaker_total,
        r.wrong_rate(),
        r.none_rate(),
        r.entries_per_person(),
        r.persons,
        r.entries_per_organization(),
        r.organizations,
        ratio(r.type_right, r.type_total),
        r.type_right,
        r.type_total
    ));
    s.push_str("\nby construction (rule that fired: matched, speaker right)\n");
    for (name, n, right) in &r.by_construction {
        s.push_str(&format!("  {name:<26} {n:>4} {right:>4}\n"));
    }
    s.push_str("\nby confidence (gold speech quotes: quotes, speaker right, wrong)\n");
    for (name, n, right, wrong) in &r.by_confidence {
        s.push_str(&format!("  {name:<26} {n:>4} {right:>4} {wrong:>4}\n"));
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

/// One matched gold speech quote, judged once every quote is in.
struct Judged<'c> {
    gold: Option<String>,
    predicted: Option<&'c storyscope_core::model::Speaker>,
    strictly_right: bool,
    confidence: &'static str,
    /// Both a person, or both an organisation (an unnamed source is judged by its description).
    same_kind: bool,
    construction: usize,
    problem: String,
}

/// Words that carry a name: folded, without possessive endings and small function words.
fn name_words(s: &str) -> Vec<String> {
    fold(s)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 1 && !matches!(*w, "the" | "of" | "and" | "for" | "in" | "on"))
        .map(str::to_string)
        .collect()
}

fn shared_words(a: &str, b: &str) -> usize {
    let wb = name_words(b);
    name_words(a).iter().filter(|w| wb.contains(w)).count()
}

/// "Federal prosecutors" and "prosecutors", "a senior official" and "one senior official in
/// Kyiv": one description is the other with words added.
fn same_description(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        fold(s)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty() && !matches!(*w, "a" | "an" | "the" | "one"))
            .map(str::to_string)
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    let within = |x: &[String], y: &[String]| !x.is_empty() && x.iter().all(|w| y.contains(w));
    within(&wa, &wb) || within(&wb, &wa)
}

#[cfg(test)]
mod tests {
    use super::{same_description, shared_words};

    #[test]
    fn one_source_under_two_spellings_shares_words() {
        assert_eq!(
            shared_words("Russia's Defense Ministry", "Russian Defence Ministry"),
            1
        );
        assert_eq!(shared_words("Volodymyr Zelenskyy", "volodymyr zelensky"), 1);
        assert_eq!(shared_words("Robert Prevost", "Robert Francis Prevost"), 2);
        assert_eq!(shared_words("The Russian president", "Vladimir Putin"), 0);
        assert_eq!(shared_words("The", "the Ministry"), 0);
    }

    #[test]
    fn descriptions_of_one_unnamed_source() {
        assert!(same_description("Federal prosecutors", "prosecutors"));
        assert!(same_description(
            "a senior official",
            "One senior official in Kyiv"
        ));
        assert!(!same_description(
            "A Srinagar resident",
            "a senior official"
        ));
        assert!(!same_description("the", "prosecutors"));
    }
}
