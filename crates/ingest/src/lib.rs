//! Ingest: article files in, a [`Corpus`] and diagnostics out.
//!
//! Pure: the caller reads the files and writes the result (see `storyscope-cli`). Nothing in here fails —
//! a file that cannot be used is reported and skipped, everything else is kept — so one bad
//! article never costs the others.
//!
//! The steps, each in its own module:
//! 1. decode and split off front matter ([`frontmatter`]) or a scraped date line with any time
//!    written on it ([`meta`]);
//! 2. learn the corpus's people and organisations ([`names`]);
//! 3. read each article's metadata with its provenance ([`meta`], assembled here), including a
//!    time of publication the head of the text states with its zone;
//! 4. extract and attribute quotations ([`quotes`]) and merge speakers across articles.
//!
//! Beside the pipeline: corrections by hand ([`overrides`]), scoring against hand-labelled quotes
//! ([`eval`]) and deterministic synthetic corpora for measurement ([`synth`]).
//!
//! Arrows: this crate reads and builds the types of `storyscope_core`, never the other way; the
//! page never links it.

pub mod eval;
pub mod families;
pub mod frontmatter;
pub mod lex;
pub mod meta;
pub mod names;
pub mod overrides;
pub mod passages;
pub mod quotes;
pub mod synth;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;

use meta::Found;
use names::Registry;
use quotes::Mention;
use storyscope_core::model::{
    slug, Article, Confidence, Corpus, Credit, CreditHow, Date, Outlet, Precision, Provenance,
    Quote, QuoteKind, Speaker, SpeakerKind, Story,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
    /// Something ingest did on request (an override applied).
    Note,
}

/// One finding about one place in one file, printed as `file:line: severity: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    pub line: u32,
    pub severity: Severity,
    pub message: String,
}

impl Diagnostic {
    pub fn error(file: &str, line: u32, message: impl Into<String>) -> Self {
        Diagnostic {
            file: file.to_string(),
            line,
            severity: Severity::Error,
            message: message.into(),
        }
    }
    pub fn warning(file: &str, line: u32, message: impl Into<String>) -> Self {
        Diagnostic {
            file: file.to_string(),
            line,
            severity: Severity::Warning,
            message: message.into(),
        }
    }
    pub fn note(file: &str, line: u32, message: impl Into<String>) -> Self {
        Diagnostic {
            file: file.to_string(),
            line,
            severity: Severity::Note,
            message: message.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        };
        write!(f, "{}:{}: {}: {}", self.file, self.line, sev, self.message)
    }
}

/// A file as read from disk: its name (as it should appear in messages) and raw bytes.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

#[derive(Debug)]
pub struct Outcome {
    pub corpus: Corpus,
    pub diagnostics: Vec<Diagnostic>,
    /// Files that could not be ingested at all.
    pub failed: Vec<String>,
}

/// An article after decoding, before analysis.
struct Prepared {
    id: String,
    file: String,
    front: frontmatter::FrontMatter,
    scraped_date: Option<Found<String>>,
    /// A time written straight after the scraped date, stripped with it; line in file terms.
    scraped_time: Option<Found<meta::StatedTime>>,
    body: String,
    /// File lines before the body's first line.
    line_offset: u32,
}

pub fn ingest(files: &[SourceFile], story: Story) -> Outcome {
    let mut diags = Vec::new();
    let mut failed = Vec::new();
    let mut prepared: Vec<Prepared> = Vec::new();
    let mut ids = BTreeSet::new();
    for f in files {
        match prepare(f, &mut diags) {
            Some(p) if ids.contains(&p.id) => {
                diags.push(Diagnostic::error(
                    &f.name,
                    1,
                    format!("duplicate article id `{}`; this file is skipped", p.id),
                ));
                failed.push(f.name.clone());
            }
            Some(p) => {
                ids.insert(p.id.clone());
                prepared.push(p);
            }
            None => failed.push(f.name.clone()),
        }
    }

    let reg = Registry::build(prepared.iter().map(|p| p.body.as_str()));
    let mut corpus = Corpus::new(story);
    let mut pending_year: Vec<(usize, Pending)> = Vec::new();
    let mut speakers: BTreeMap<String, Speaker> = BTreeMap::new();
    for p in &prepared {
        // Tokenised once for the metadata readings and the quotations.
        let toks = lex::tokens(&p.body);
        let (article, pending) = metadata(p, &toks, &reg, &mut diags);
        if let Some(d) = pending {
            pending_year.push((corpus.articles.len(), d));
        }
        let raw = quotes::extract(&p.body, &toks, &reg, &p.file, p.line_offset, &mut diags);
        for rq in raw {
            let speaker_id = rq.mention.as_ref().and_then(|m| {
                let s = resolve(m, rq.role.as_deref(), &p.id, &p.body, &reg)?;
                // A headline's office the corpus names nobody in ("Nippon Steel Chairman
                // Says") is no speaker: the facet would list the headline's words.
                let headline = rq.cue.as_deref().is_some_and(|c| c.ends_with("(headline)"));
                if headline && s.kind == SpeakerKind::Anonymous {
                    return None;
                }
                let id = s.id.clone();
                let entry = speakers.entry(id.clone()).or_insert_with(|| Speaker {
                    aliases: Vec::new(),
                    ..s.clone()
                });
                for a in s.aliases {
                    if a != entry.name && !entry.aliases.contains(&a) {
                        entry.aliases.push(a);
                    }
                }
                if entry.role.is_none() {
                    entry.role = s.role;
                }
                Some(id)
            });
            let kind = rq.kind;
            let unattributed = speaker_id.is_none();
            corpus.quotes.push(Quote {
                // Named by position in the text, so a shared link to a quote survives changes to
                // the extractor that add or drop other quotes.
                id: format!("{}-{}", article.id, rq.start),
                article_id: article.id.clone(),
                speaker_id,
                text: p.body.get(rq.start..rq.end).unwrap_or("").to_string(),
                start: rq.start,
                end: rq.end,
                cue: rq.cue,
                kind,
                confidence: if unattributed {
                    Confidence::Low
                } else {
                    rq.confidence
                },
            });
        }
        corpus.articles.push(article);
    }
    // Years read from other articles change dates only, never ids or quotes.
    infer_years(&mut corpus.articles, pending_year, &mut diags);
    titles_everywhere(&mut corpus.quotes, &mut speakers);
    merge_people(&mut speakers, &mut corpus.quotes, &reg);
    merge_organisations(&mut speakers, &mut corpus.quotes);
    corpus.speakers = speakers.into_values().collect();
    corpus.families = families::find(&corpus);
    corpus.passages = passages::find(&corpus.articles, &date_order(&corpus.articles));
    diags.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    Outcome {
        corpus,
        diagnostics: diags,
        failed,
    }
}

/// A work's title is quoted again without the words that told it apart ("the film “Anora”",
/// then "“Anora” won five awards"): wherever the corpus names the same capitalised words a
/// title, they are that title there too, not a term or anyone's speech, unless a reporting
/// verb right beside them gave them to someone (high confidence). A speaker left with no
/// quotation is dropped.
fn titles_everywhere(quotes: &mut [Quote], speakers: &mut BTreeMap<String, Speaker>) {
    fn key(t: &str) -> Option<String> {
        let t = t.trim_end_matches(|c: char| !c.is_alphanumeric());
        let t = t
            .strip_suffix("’s")
            .or_else(|| t.strip_suffix("'s"))
            .unwrap_or(t);
        (t.starts_with(char::is_uppercase) && t.split_whitespace().count() <= 10)
            .then(|| storyscope_core::text::fold(t))
    }
    let titles: BTreeSet<String> = quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Title)
        .filter_map(|q| key(&q.text))
        .collect();
    if titles.is_empty() {
        return;
    }
    let mut orphans = BTreeSet::new();
    for q in quotes.iter_mut() {
        if matches!(q.kind, QuoteKind::Speech | QuoteKind::Term)
            && q.confidence != Confidence::High
            && key(&q.text).is_some_and(|k| titles.contains(&k))
        {
            q.kind = QuoteKind::Title;
            orphans.extend(q.speaker_id.take());
            q.cue = None;
            q.confidence = Confidence::Low;
        }
    }
    for q in quotes.iter() {
        if let Some(id) = &q.speaker_id {
            orphans.remove(id);
        }
    }
    for id in orphans {
        speakers.remove(&id);
    }
}

fn prepare(f: &SourceFile, diags: &mut Vec<Diagnostic>) -> Option<Prepared> {
    let bytes = f.bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&f.bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let line = 1 + bytes
                .get(..e.valid_up_to())
                .unwrap_or(&[])
                .iter()
                .filter(|&&b| b == b'\n')
                .count() as u32;
            diags.push(Diagnostic::error(
                &f.name,
                line,
                format!("not valid UTF-8 (byte {}); file skipped", e.valid_up_to()),
            ));
            return None;
        }
    };
    if text.contains('\0') {
        diags.push(Diagnostic::error(
            &f.name,
            1,
            "contains NUL bytes: binary data, not an article; file skipped",
        ));
        return None;
    }
    // One line ending everywhere, so offsets and line numbers agree with what editors show.
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let (front, body, mut line_offset) = frontmatter::split(&f.name, &text, diags);
    // Where an empty body is reported: the line after the front matter, or the top of the file.
    let body_line = line_offset.max(1);
    let mut body = body.to_string();
    let mut scraped_time = None;
    let scraped = meta::scraped_date(&body).map(|(found, strip)| {
        body.drain(..strip.min(body.len()));
        let found = Found {
            line: found.line + line_offset,
            ..found
        };
        if let Some((t, strip)) = meta::scraped_time(&found, &body) {
            if body.is_char_boundary(strip) {
                body.drain(..strip);
                scraped_time = Some(t);
            }
        }
        found
    });
    let leading = body.len() - body.trim_start_matches('\n').len();
    line_offset += body.get(..leading).unwrap_or("").matches('\n').count() as u32;
    let body = body.trim_start_matches('\n').trim_end().to_string();
    if body.trim().is_empty() {
        diags.push(Diagnostic::error(
            &f.name,
            body_line,
            "no article text; file skipped",
        ));
        return None;
    }
    let stem = f.name.rsplit('/').next().unwrap_or(&f.name);
    let stem = stem.rsplit_once('.').map(|(s, _)| s).unwrap_or(stem);
    let front = front.unwrap_or_default();
    let id = front
        .id
        .clone()
        .map(|i| slug(&i))
        .unwrap_or_else(|| stem.to_string());
    Some(Prepared {
        id,
        file: f.name.clone(),
        front,
        scraped_date: scraped,
        scraped_time,
        body,
        line_offset,
    })
}

fn stated(f: &Found<impl Sized>, offset: u32, note: Option<String>) -> Provenance {
    Provenance::Stated {
        evidence: f.evidence.clone(),
        line: f.line + offset,
        note,
    }
}

/// A dateline without a year, left for corpus-level inference, with the times the article's head
/// states (file lines), to be read once the year, and so the day, is known.
type Pending = (Found<meta::Dateline>, Vec<Found<meta::StatedTime>>);

/// Metadata with provenance. A dateline without a year is returned for corpus-level inference.
fn metadata(
    p: &Prepared,
    toks: &[lex::Tok],
    reg: &Registry,
    diags: &mut Vec<Diagnostic>,
) -> (Article, Option<Pending>) {
    let fm = &p.front;
    let body = &p.body;
    let off = p.line_offset;
    let fmp = |field: &str| Provenance::FrontMatter {
        field: field.to_string(),
    };

    let (title, title_provenance) = match (&fm.title, meta::headline(body)) {
        (Some(t), _) => (Some(t.clone()), fmp("title")),
        (None, Some(h)) => (
            Some(h.value.clone()),
            Provenance::Inferred {
                reason: format!(
                    "line {} reads as a headline: short, capitalised, no closing punctuation",
                    h.line + off
                ),
                evidence: Some(h.evidence),
            },
        ),
        (None, None) => (None, Provenance::unknown()),
    };

    let dateline = meta::dateline(body);
    let photo = meta::file_photo_credit(body);
    let mut credits: Vec<Credit> = Vec::new();
    let mut credit = |name: &str, how: CreditHow, evidence: String| {
        let name = name.trim().to_string();
        if !name.is_empty() && !credits.iter().any(|c| c.name == name && c.how == how) {
            credits.push(Credit {
                name,
                how,
                evidence,
            });
        }
    };
    for w in &fm.wires {
        credit(w, CreditHow::FrontMatter, format!("wire = \"{w}\""));
    }
    let byline = meta::byline(body);
    if let Some(b) = &byline {
        for a in &b.value.1 {
            credit(a, CreditHow::Byline, b.evidence.clone());
        }
    }
    for s in meta::source_lines(body) {
        credit(&s.value, CreditHow::SourceLine, s.evidence);
    }
    for ph in meta::photo_credits(body) {
        credit(&ph.value, CreditHow::Photo, ph.evidence);
    }
    if let Some(ph) = &photo {
        credit(&ph.value, CreditHow::Photo, ph.evidence.clone());
    }
    if let Some(Found {
        value: meta::Dateline {
            outlet: Some(o), ..
        },
        evidence,
        ..
    }) = &dateline
    {
        credit(o, CreditHow::Dateline, evidence.clone());
    }
    for (name, ev) in cited(body, toks, reg) {
        credit(&name, CreditHow::Cited, ev);
    }

    let outlet = if let Some(o) = &fm.outlet {
        Outlet {
            name: Some(o.clone()),
            key: slug(o),
            provenance: fmp("outlet"),
        }
    } else if let Some(
        d @ Found {
            value: meta::Dateline {
                outlet: Some(o), ..
            },
            ..
        },
    ) = &dateline
    {
        Outlet {
            name: Some(o.clone()),
            key: slug(o),
            provenance: stated(d, off, Some("dateline".into())),
        }
    } else if let Some(ph) = &photo {
        Outlet {
            name: Some(ph.value.clone()),
            key: slug(&ph.value),
            provenance: Provenance::Inferred {
                reason: format!("named in a file-photo credit on line {}; a file photo comes from the publisher's own archive", ph.line + off),
                evidence: Some(ph.evidence.clone()),
            },
        }
    } else if let Some(domain) = fm.url.as_deref().and_then(url_domain) {
        Outlet {
            name: Some(domain.clone()),
            key: slug(&domain),
            provenance: Provenance::Inferred {
                reason: "from the domain of the article's url".into(),
                evidence: fm.url.clone(),
            },
        }
    } else {
        let note = (!credits.is_empty()).then(|| {
            let names: Vec<&str> = credits.iter().map(|c| c.name.as_str()).collect();
            format!(
                "no outlet is named; the text credits {}",
                dedup_join(&names)
            )
        });
        Outlet {
            name: None,
            key: "unknown".into(),
            provenance: Provenance::Unknown { note },
        }
    };

    // Times of day the head of the text states, in file lines, top first.
    let to_file = |f: Found<meta::StatedTime>| Found {
        line: f.line + off,
        ..f
    };
    let mut times: Vec<Found<meta::StatedTime>> = p
        .scraped_time
        .iter()
        .cloned()
        .chain(dateline.as_ref().and_then(meta::dateline_time).map(to_file))
        .chain(meta::head_times(body).into_iter().map(to_file))
        .collect();
    times.sort_by_key(|f| f.line);

    let mut pending = None;
    let (mut date, mut date_provenance) =
        if let Some(d) = &fm.date {
            match parse_partial(d) {
                Some((date, note)) => {
                    if let Some(note) = note {
                        diags.push(Diagnostic::warning(
                            &p.file,
                            1,
                            format!("front matter date: {note}"),
                        ));
                    }
                    (Some(date), fmp("date"))
                }
                None => {
                    diags.push(Diagnostic::warning(
                        &p.file,
                        1,
                        format!(
                            "front matter date `{d}` is not YYYY-MM-DD, YYYY-MM or YYYY; ignored"
                        ),
                    ));
                    (None, Provenance::unknown())
                }
            }
        } else if let Some(s) = &p.scraped_date {
            (
                Some(Date {
                    value: s.value.clone(),
                    precision: Precision::Day,
                    time: None,
                }),
                Provenance::Stated {
                    evidence: s.evidence.clone(),
                    line: s.line,
                    note: Some("scraped date line".into()),
                },
            )
        } else if let Some(d) = &dateline {
            match d.value.year {
                Some(y) => match storyscope_core::date::parse_day(&format!(
                    "{y:04}-{:02}-{:02}",
                    d.value.month, d.value.day
                )) {
                    Some(day) => (
                        Some(Date {
                            value: storyscope_core::date::iso(day),
                            precision: Precision::Day,
                            time: None,
                        }),
                        stated(d, off, Some("dateline".into())),
                    ),
                    None => (None, Provenance::unknown()),
                },
                None => {
                    pending = Some((
                        Found {
                            line: d.line + off,
                            ..d.clone()
                        },
                        std::mem::take(&mut times),
                    ));
                    (None, Provenance::unknown())
                }
            }
        } else {
            let mentioned = meta::mentioned_days(body, toks);
            let note = mentioned.iter().max_by_key(|(m, d, _)| (*m, *d)).map(|(_, _, ev)| {
            format!("no publication date is stated; the latest date the text mentions is “{ev}”")
        });
            (None, Provenance::Unknown { note })
        };
    if let Some(d) = date.as_mut() {
        add_stated_time(
            d,
            &mut date_provenance,
            fm.date.is_some(),
            &times,
            &p.file,
            diags,
        );
    }

    let byline_name = fm.byline.clone().or_else(|| byline.map(|b| b.value.0));
    let article = Article {
        id: p.id.clone(),
        source_file: p.file.clone(),
        title,
        title_provenance,
        outlet,
        credits,
        byline: byline_name,
        url: fm.url.clone(),
        date,
        date_provenance,
        text: body.clone(),
    };
    (article, pending)
}

/// What the head of an article says about the time of day of one day.
enum Told<'a> {
    /// A time with its offset (`HH:MM:SS±HH:MM`), and the statement it came from.
    Time(String, &'a Found<meta::StatedTime>),
    /// The first time stated for that day, when none can be placed in UTC, and why not.
    Unplaced(&'a Found<meta::StatedTime>, &'static str),
    /// Times only for other days: the first of them.
    OtherDay(&'a Found<meta::StatedTime>),
    Nothing,
}

/// The first of `times` (top first) stated for `day` that can be placed in UTC.
fn told(day: time::Date, times: &[Found<meta::StatedTime>]) -> Told<'_> {
    let mut unplaced = None;
    for f in times.iter().filter(|f| f.value.is_on(day)) {
        match f.value.on(day) {
            Ok(t) => return Told::Time(t, f),
            Err(why) => {
                unplaced.get_or_insert((f, why));
            }
        }
    }
    match (unplaced, times.first()) {
        (Some((f, why)), _) => Told::Unplaced(f, why),
        (None, Some(f)) => Told::OtherDay(f),
        (None, None) => Told::Nothing,
    }
}

/// The note for a time the text states but that cannot be placed in UTC: nothing is invented.
fn unplaced_note(file: &str, f: &Found<meta::StatedTime>, why: &str) -> Diagnostic {
    Diagnostic::note(
        file,
        f.line,
        format!(
            "the text states a time of day, {}, {why}, so it cannot be placed in UTC; kept the day only (“{}”)",
            f.value.clock(),
            f.evidence
        ),
    )
}

/// Gives a day-precise date without a time the time of day the head of the text states for that
/// day. A date the text states keeps its provenance, whose note then says where the time came
/// from. A front matter day takes a time only from a statement of that same day, and then the
/// provenance cites the statement and says the day is from front matter; a statement of another
/// day is a warning, and the front matter stands. A front matter time is never replaced.
fn add_stated_time(
    date: &mut Date,
    provenance: &mut Provenance,
    from_front_matter: bool,
    times: &[Found<meta::StatedTime>],
    file: &str,
    diags: &mut Vec<Diagnostic>,
) {
    if date.precision != Precision::Day || date.time.is_some() {
        return;
    }
    let Some(day) = storyscope_core::date::parse_day(&date.value) else {
        return;
    };
    match told(day, times) {
        Told::Time(t, f) => {
            date.time = Some(t);
            if from_front_matter {
                *provenance = Provenance::Stated {
                    evidence: f.evidence.clone(),
                    line: f.line,
                    note: Some("the day from front matter `date`, the time of day from the text".into()),
                };
            } else if let Provenance::Stated {
                evidence,
                line,
                note,
            } = provenance
            {
                let what = note.take().unwrap_or_else(|| "stated".into());
                if f.line == *line {
                    *evidence = f.evidence.clone();
                    *note = Some(format!("{what}, with its time"));
                } else {
                    *note = Some(format!(
                        "{what}; the time of day from line {}: “{}”",
                        f.line, f.evidence
                    ));
                }
            }
        }
        Told::Unplaced(f, why) => diags.push(unplaced_note(file, f, why)),
        Told::OtherDay(f) if from_front_matter => diags.push(Diagnostic::warning(
            file,
            f.line,
            format!(
                "front matter date {} is not the day the text states (“{}”); kept the front matter date",
                date.value, f.evidence
            ),
        )),
        Told::OtherDay(_) | Told::Nothing => {}
    }
}

fn dedup_join(names: &[&str]) -> String {
    let mut seen: Vec<&str> = Vec::new();
    for n in names {
        if !seen.contains(n) {
            seen.push(n);
        }
    }
    seen.join(", ")
}

/// A front matter date: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, a day with a time and offset
/// (`2025-11-27T08:15:00+09:00`, `2025-11-27 08:15 +09:00`), and, as a second value, why a time
/// that came with the day was not kept (no offset says which zone it is in).
fn parse_partial(s: &str) -> Option<(Date, Option<String>)> {
    let s = s.trim();
    let day = s.get(..10.min(s.len()))?;
    let precision = match day.len() {
        10 => Precision::Day,
        7 => Precision::Month,
        4 => Precision::Year,
        _ => return None,
    };
    storyscope_core::date::bounds(day)?;
    let rest = s
        .get(day.len()..)
        .unwrap_or("")
        .trim_start_matches(['T', 't', ' ']);
    let (time, note) = if rest.is_empty() || precision != Precision::Day {
        (None, None)
    } else {
        let compact: String = rest.chars().filter(|c| *c != ' ').collect();
        match storyscope_core::date::parse_time(&compact) {
            Some(t) => (Some(t), None),
            None => (
                None,
                Some(format!(
                    "time `{rest}` has no UTC offset (`+09:00`, `Z`) or is not HH:MM[:SS]; kept the day only"
                )),
            ),
        }
    };
    Some((
        Date {
            value: day.to_string(),
            precision,
            time,
        },
        note,
    ))
}

/// "https://www.example.com/a/b" → "example.com".
fn url_domain(url: &str) -> Option<String> {
    let rest = url.split_once("://").map(|(_, r)| r)?;
    let host = rest
        .split(['/', '?', '#'])
        .next()?
        .split('@')
        .next_back()?
        .split(':')
        .next()?;
    let host = host.strip_prefix("www.").unwrap_or(host).to_lowercase();
    (host.contains('.')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-'))
    .then_some(host)
}

/// Articles from earliest to latest: by day, then UTC time where given, then corpus order;
/// undated last.
pub fn date_order(articles: &[Article]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..articles.len()).collect();
    order.sort_by_cached_key(|&i| {
        let d = articles.get(i).and_then(|a| a.date.as_ref());
        let when = d.and_then(storyscope_core::date::When::of);
        (d.is_none(), when.map(|w| (w.first, w.utc)), i)
    });
    order
}

/// A year for datelines that give only month and day: the year every dated article shares; then
/// the time of day the article's head states for that day, if any.
fn infer_years(
    articles: &mut [Article],
    pending: Vec<(usize, Pending)>,
    diags: &mut Vec<Diagnostic>,
) {
    let years: BTreeSet<&str> = articles
        .iter()
        .filter_map(|a| a.date.as_ref())
        .filter_map(|d| d.value.get(..4))
        .collect();
    let dated = articles.iter().filter(|a| a.date.is_some()).count();
    let year = match years.iter().collect::<Vec<_>>().as_slice() {
        [y] => y.parse::<i32>().ok(),
        _ => None,
    };
    for (i, (d, times)) in pending {
        let Some(a) = articles.get_mut(i) else {
            continue;
        };
        let month_day = format!(
            "{} {}",
            storyscope_core::date::label(&format!("2000-{:02}-{:02}", d.value.month, d.value.day))
                .split(' ')
                .nth(1)
                .unwrap_or(""),
            d.value.day
        );
        match year.and_then(|y| {
            storyscope_core::date::parse_day(&format!(
                "{y:04}-{:02}-{:02}",
                d.value.month, d.value.day
            ))
        }) {
            Some(day) => {
                let mut reason = format!(
                    "the dateline on line {} gives {month_day} without a year; {} is the year of every dated article in the corpus ({dated})",
                    d.line,
                    day.year()
                );
                let time = match told(day, &times) {
                    Told::Time(t, f) => {
                        reason.push_str(&if f.line == d.line {
                            "; the dateline states its time of day".to_string()
                        } else {
                            format!("; the time of day from line {}: “{}”", f.line, f.evidence)
                        });
                        Some(t)
                    }
                    Told::Unplaced(f, why) => {
                        diags.push(unplaced_note(&a.source_file, f, why));
                        None
                    }
                    Told::OtherDay(_) | Told::Nothing => None,
                };
                a.date = Some(Date {
                    value: storyscope_core::date::iso(day),
                    precision: Precision::Day,
                    time,
                });
                a.date_provenance = Provenance::Inferred {
                    reason,
                    evidence: Some(d.evidence.clone()),
                };
            }
            None => {
                a.date_provenance = Provenance::Unknown {
                    note: Some(format!("the dateline gives {month_day} without a year, and the corpus does not settle one")),
                };
            }
        }
    }
}

/// Publications and agencies the body cites: "Kyodo News reported", "told Reuters",
/// "first reported by the Wall Street Journal", "according to … Xinhua news agency".
fn cited(body: &str, toks: &[lex::Tok], reg: &Registry) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let cap_run = |from: usize| -> Option<(usize, usize)> {
        let mut j = from;
        if toks.get(j).is_some_and(|t| t.is("the")) {
            j += 1;
        }
        let start = j;
        while toks
            .get(j)
            .is_some_and(|t| t.is_cap() && !t.is_possessive())
        {
            j += 1;
        }
        (j > start).then_some((start, j))
    };
    let mut push = |a: usize, b: usize, ev_from: usize, ev_to: usize| {
        let name = toks
            .get(a..b)
            .unwrap_or(&[])
            .iter()
            .map(|t| t.s)
            .collect::<Vec<_>>()
            .join(" ");
        if name.is_empty()
            || !quotes::is_org_name(&name, reg)
            || names::ORG_HEADS_SET.contains(storyscope_core::text::fold(&name).as_str())
        {
            return;
        }
        let ev = body
            .get(toks[ev_from].start..toks[ev_to.min(toks.len()) - 1].end)
            .unwrap_or("")
            .to_string();
        out.push((quotes::org_name(&name, reg), ev));
    };
    for k in 0..toks.len() {
        // Every cue below starts with one of these letters; most words are passed over
        // without folding them.
        if !matches!(
            toks[k].s.as_bytes().first().map(u8::to_ascii_lowercase),
            Some(b'r' | b't' | b'c' | b'a' | b's')
        ) {
            continue;
        }
        // Folded on the stack: most of these words are no cue.
        let w = lex::with_fold(toks[k].s, |w| match w {
            "reported" | "reports" => "reported",
            "told" | "citing" | "referred" => "told",
            "cited" => "cited",
            "according" => "according",
            "to" => "to",
            _ => "",
        });
        match w {
            "reported" => {
                // "[The] Wall Street Journal (also) (first) reported"
                let mut j = k;
                while j > 0
                    && matches!(
                        lex::fold(toks[j - 1].s).as_str(),
                        "also" | "first" | "previously" | "earlier" | "has" | "had"
                    )
                {
                    j -= 1;
                }
                let mut i = j;
                while i > 0 && toks[i - 1].is_cap() && !toks[i - 1].is_possessive() {
                    i -= 1;
                }
                if i < j && (i == 0 || !toks[i - 1].is_cap()) {
                    let sentence_start =
                        i == 0 || matches!(toks[i - 1].s, "." | "," | "the" | "The");
                    if sentence_start || toks[i - 1].is("the") {
                        let from = if i > 0 && toks[i - 1].is("the") {
                            i - 1
                        } else {
                            i
                        };
                        push(i, j, from, k + 1);
                    }
                }
                // "reported by the Wall Street Journal"
                if toks.get(k + 1).is_some_and(|t| t.is("by")) {
                    if let Some((a, b)) = cap_run(k + 2) {
                        push(a, b, k, b);
                    }
                }
            }
            "told" => {
                if let Some((a, b)) = cap_run(k + 1) {
                    if reg.person_by_token(toks[a].s).is_none() && b - a <= 4 {
                        push(a, b, k, b);
                    }
                }
            }
            "cited" if toks.get(k + 1).is_some_and(|t| t.is("by")) => {
                if let Some((a, b)) = cap_run(k + 2) {
                    push(a, b, k, b);
                }
            }
            "according" if toks.get(k + 1).is_some_and(|t| t.is("to")) => {
                // Skip "China's official" before the name.
                let mut j = k + 2;
                let mut steps = 0;
                while steps < 3
                    && toks.get(j).is_some_and(|t| {
                        t.is_possessive() || (!t.is_cap() && t.word && !t.is("the"))
                    })
                {
                    j += 1;
                    steps += 1;
                }
                if let Some((a, b)) = cap_run(j) {
                    push(a, b, k, b);
                }
            }
            "to" if k > 0 && toks[k - 1].is("speaking") => {
                if let Some((a, b)) = cap_run(k + 1) {
                    push(a, b, k - 1, b);
                }
            }
            _ => {}
        }
    }
    out
}

/// One entry per person: a person known by one word ("Combs", "Mr Quill" once its title is
/// stripped) joins the full name that word stands for, among the corpus's quoted people and the
/// names its text writes out. News copy names someone in full first and by surname after; when
/// relatives share the surname, the person the story is about is named in full far more often
/// than the others. So a surname joins the most written full name ending with it, and only when
/// that name is written at least twice as often as any other (a name and a longer form of it,
/// "Shehbaz Sharif" and "Muhammad Shehbaz Sharif", count as one). Otherwise it stays apart: a
/// wrong merge is worse than a duplicate entry. The merged entry keeps the full name and lists
/// the short one among its aliases, so the facet shows one person and the reader says what else
/// the text called them.
fn merge_people(speakers: &mut BTreeMap<String, Speaker>, quotes: &mut [Quote], reg: &Registry) {
    let fold = storyscope_core::text::fold;
    // First, one person spelled two ways ("Dave"/"David Burritt", "Christy"/"Christie"): the
    // spelling written and quoted less often joins the other.
    let mut quoted: HashMap<&str, usize> = HashMap::new();
    for q in quotes.iter() {
        if let Some(id) = q.speaker_id.as_deref() {
            *quoted.entry(id).or_default() += 1;
        }
    }
    let mut groups: BTreeMap<String, Vec<(usize, String, String)>> = BTreeMap::new();
    for s in speakers.values() {
        if let (SpeakerKind::Person, Some(last)) = (s.kind, names::surname_of(&s.name)) {
            let written = reg
                .full_names_ending(last)
                .iter()
                .filter(|(n, _)| *n == s.name)
                .map(|(_, c)| *c)
                .sum::<usize>();
            let weight = written + quoted.get(s.id.as_str()).copied().unwrap_or(0);
            // Keyed by the surname's first five letters, so "Zelensky" meets "Zelenskyy".
            let key: String = fold(last).chars().take(5).collect();
            groups
                .entry(key)
                .or_default()
                .push((weight, s.name.clone(), s.id.clone()));
        }
    }
    // Spelling → the spelling kept, for the surname step below.
    let mut spelled_as: HashMap<String, String> = HashMap::new();
    let mut moves: Vec<(String, String)> = Vec::new();
    for members in groups.values_mut() {
        members.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        for i in 1..members.len() {
            let (head, tail) = members.split_at(i);
            let Some((_, name, id)) = tail.first() else {
                continue;
            };
            if let Some((_, keep, _)) = head.iter().find(|(_, k, _)| {
                !spelled_as.contains_key(k) && names::same_person_spelled(k, name)
            }) {
                spelled_as.insert(name.clone(), keep.clone());
                moves.push((id.clone(), keep.clone()));
            }
        }
        // A name written with fewer of its parts joins the fullest one, when only one fits.
        for (_, name, id) in members.iter() {
            if spelled_as.contains_key(name) {
                continue;
            }
            let fuller: Vec<&String> = members
                .iter()
                .map(|(_, n, _)| n)
                .filter(|n| !spelled_as.contains_key(*n) && names::shorter_form_of(name, n))
                .collect();
            if let [one] = fuller.as_slice() {
                spelled_as.insert(name.clone(), (*one).clone());
                moves.push((id.clone(), (*one).clone()));
            }
        }
    }
    for (from, name) in moves {
        absorb(speakers, quotes, &from, &name);
    }
    // Candidates by folded last word, built once: written full names, and people quoted under a
    // full name, who count as written twice more.
    let mut by_word: HashMap<String, Vec<(String, usize)>> = HashMap::new();
    let mut add = |word: &str, name: &str, weight: usize| {
        let name = spelled_as.get(name).map_or(name, String::as_str);
        let list = by_word.entry(fold(word)).or_default();
        match list.iter_mut().find(|(n, _)| fold(n) == fold(name)) {
            Some((_, w)) => *w += weight,
            None => list.push((name.to_string(), weight)),
        }
    };
    for (word, names) in reg.full_names() {
        for (name, count) in names {
            add(word, name, *count);
        }
    }
    for t in speakers.values() {
        if let (SpeakerKind::Person, Some((_, last))) = (t.kind, t.name.rsplit_once(' ')) {
            add(last, &t.name, 2);
        }
    }
    let mut moves: Vec<(String, String)> = Vec::new();
    for s in speakers.values() {
        if s.kind != SpeakerKind::Person || s.name.contains(' ') || s.name.is_empty() {
            continue;
        }
        let candidates = by_word.get(&fold(&s.name)).cloned().unwrap_or_default();
        if let Some(target) = salient_name(candidates) {
            moves.push((s.id.clone(), target));
        }
    }
    for (from, name) in moves {
        absorb(speakers, quotes, &from, &name);
    }
    // A regnal or stage name the text ties to the person's own ("took the name Leo XIV"): one
    // speaker, under the person's fullest name; the other name is listed as an alias.
    let mut moves: Vec<(String, String)> = Vec::new();
    for (other, own) in &reg.other_names {
        let Some(s) = speakers
            .values()
            .find(|s| s.kind == SpeakerKind::Person && fold(&s.name) == fold(other))
        else {
            continue;
        };
        let own = spelled_as.get(own).unwrap_or(own);
        let fuller: Vec<&String> = speakers
            .values()
            .filter(|t| t.kind == SpeakerKind::Person && names::shorter_form_of(own, &t.name))
            .map(|t| &t.name)
            .collect();
        let target = match fuller.as_slice() {
            [one] => (*one).clone(),
            _ => own.clone(),
        };
        if !moves.iter().any(|(from, _)| *from == s.id) {
            moves.push((s.id.clone(), target));
        }
    }
    for (from, name) in moves {
        absorb(speakers, quotes, &from, &name);
    }
}

/// One entry per organisation: "Russian Ministry of Defense", "Russia's Defence Ministry" and
/// "Russian Defence Ministry" are one speaker, under the name written most often (by quotes).
/// Names are compared by their words in any order, without "of"/"the", with a country and its
/// adjective alike ("Russia's"/"Russian") and British and American spellings alike.
fn merge_organisations(speakers: &mut BTreeMap<String, Speaker>, quotes: &mut [Quote]) {
    let mut quoted: HashMap<&str, usize> = HashMap::new();
    for q in quotes.iter() {
        if let Some(id) = q.speaker_id.as_deref() {
            *quoted.entry(id).or_default() += 1;
        }
    }
    let mut by_key: BTreeMap<Vec<String>, Vec<(usize, String, String)>> = BTreeMap::new();
    for s in speakers.values() {
        if s.kind != SpeakerKind::Organization {
            continue;
        }
        let key = names::org_key(&s.name);
        if key.len() >= 2 {
            let n = quoted.get(s.id.as_str()).copied().unwrap_or(0);
            by_key
                .entry(key)
                .or_default()
                .push((n, s.name.clone(), s.id.clone()));
        }
    }
    let mut moves = Vec::new();
    for mut members in by_key.into_values().filter(|m| m.len() > 1) {
        members.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        let Some((_, keep, _)) = members.first().cloned() else {
            continue;
        };
        for (_, _, id) in members.into_iter().skip(1) {
            moves.push((id, keep.clone()));
        }
    }
    for (from, name) in moves {
        absorb(speakers, quotes, &from, &name);
        if let Some(s) = speakers.get_mut(&slug(&name)) {
            s.kind = SpeakerKind::Organization;
        }
    }
}

/// Moves speaker `from`, its quotes and its names into the person called `name` (created if
/// missing); the names it was known by become aliases.
fn absorb(speakers: &mut BTreeMap<String, Speaker>, quotes: &mut [Quote], from: &str, name: &str) {
    let to = slug(name);
    if to == from {
        return;
    }
    let Some(short) = speakers.remove(from) else {
        return;
    };
    let entry = speakers.entry(to.clone()).or_insert_with(|| Speaker {
        id: to.clone(),
        name: name.to_string(),
        kind: SpeakerKind::Person,
        aliases: Vec::new(),
        role: None,
    });
    for a in std::iter::once(short.name).chain(short.aliases) {
        if a != entry.name && !entry.aliases.contains(&a) {
            entry.aliases.push(a);
        }
    }
    if entry.role.is_none() {
        entry.role = short.role;
    }
    for q in quotes
        .iter_mut()
        .filter(|q| q.speaker_id.as_deref() == Some(from))
    {
        q.speaker_id = Some(to.clone());
    }
}

/// The full name a surname stands for, from `(full name, weight)` candidates sharing it: names
/// of which one ends the other are one person (under the shorter form); the heaviest person wins
/// when it weighs at least twice the next.
fn salient_name(mut candidates: Vec<(String, usize)>) -> Option<String> {
    let fold = storyscope_core::text::fold;
    candidates.sort_by_key(|(n, _)| n.split(' ').count());
    let mut people: Vec<(String, usize)> = Vec::new();
    for (name, w) in candidates {
        let f = fold(&name);
        match people
            .iter_mut()
            .find(|(p, _)| f.ends_with(&format!(" {}", fold(p))))
        {
            Some((_, total)) => *total += w,
            None => people.push((name, w)),
        }
    }
    people.sort_by_key(|p| std::cmp::Reverse(p.1));
    match people.as_slice() {
        [(one, _)] => Some(one.clone()),
        [(top, a), (_, b), ..] if *a >= 2 * *b => Some(top.clone()),
        _ => None,
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Turns a mention into a corpus-wide speaker.
fn resolve(
    m: &Mention,
    role: Option<&str>,
    article_id: &str,
    article_text: &str,
    reg: &Registry,
) -> Option<Speaker> {
    let org = |name: String, alias: &str| {
        let mut aliases = Vec::new();
        let a = names::canonical_org(alias);
        if storyscope_core::text::fold(&a) != storyscope_core::text::fold(&name) {
            aliases.push(a);
        }
        Speaker {
            id: slug(&name),
            name,
            kind: SpeakerKind::Organization,
            aliases,
            role: None,
        }
    };
    let person = |p: &names::Person, alias: &str| {
        let mut aliases = Vec::new();
        if alias != p.name {
            aliases.push(alias.to_string());
        }
        Speaker {
            id: slug(&p.name),
            name: p.name.clone(),
            kind: SpeakerKind::Person,
            aliases,
            role: p
                .role
                .clone()
                .or_else(|| role.map(str::to_string))
                .or_else(|| p.title_phrase.clone()),
        }
    };
    let anonymous = |text: &str| Speaker {
        id: format!("anon-{}-{}", slug(article_id), slug(text)),
        name: capitalise(text),
        kind: SpeakerKind::Anonymous,
        aliases: Vec::new(),
        role: None,
    };
    match m {
        Mention::Name(n) => {
            let lower = storyscope_core::text::fold(n);
            if ["he", "she", "they"].contains(&lower.as_str()) {
                return None;
            }
            // "the Victorian Bar president": an office, held by whoever the corpus gives it to
            // (preferring someone this article names).
            if let Some((q, head)) = quotes::title_only(n).filter(|(_, h)| !h.is_empty()) {
                if let Some(p) = reg.person_by_descriptor(q.as_deref(), &head, article_text) {
                    return Some(person(p, n));
                }
            }
            // "His wife, Ann, said": one word, but a relative's name, not an organisation's.
            let kin = !n.contains(' ') && role.is_some_and(quotes::role_of_a_person);
            if !kin && quotes::is_org_name(n, reg) {
                return Some(org(quotes::org_name(n, reg), n));
            }
            // Titles and no name ("Prosecutors", "the Detective") describe someone unnamed.
            let Some((rest, around)) = quotes::person_name(n) else {
                return Some(anonymous(n));
            };
            let role = role.or(around.as_deref());
            // Aliases are names as the text uses them, without the titles around them.
            let n = rest.as_str();
            let found = if rest.contains(' ') {
                reg.person_by_name(&rest)
            } else {
                reg.person_by_token(&rest)
            };
            match found {
                Some(p) => Some(person(p, n)),
                None => {
                    let p = names::Person {
                        name: rest.clone(),
                        role: role.map(str::to_string),
                        ..names::Person::default()
                    };
                    Some(person(&p, n))
                }
            }
        }
        Mention::Descriptor {
            resolved: Some(name),
            text,
            ..
        } => match reg.person_by_name(name) {
            Some(p) => Some(person(p, text)),
            None => Some(anonymous(text)),
        },
        // "the Italian" that nobody in the article was described as: not a guess.
        Mention::Descriptor {
            head,
            resolved: None,
            ..
        } if head.is_empty() => None,
        Mention::Descriptor {
            qualifier,
            head,
            text,
            resolved: None,
        } => match reg.person_by_descriptor(qualifier.as_deref(), head, article_text) {
            Some(p) => Some(person(p, text)),
            None => Some(anonymous(text)),
        },
        Mention::Anonymous(text) => Some(anonymous(text)),
        Mention::OrgDescriptor(text) => match reg.org_by_descriptor(text) {
            Some(name) => Some(org(name, text)),
            None => Some(org(capitalise(&names::canonical_org(text)), text)),
        },
    }
}
