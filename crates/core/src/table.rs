//! The loaded corpus's quotes as columns of integers: what the page keeps in memory.
//!
//! [`crate::model::Quote`] is the exchange form, with five strings per quote. A page holding a
//! million quotes that way spends most of its memory on copies: the quote text is already in its
//! article, the article and speaker ids are already in their lists, and the id is almost always
//! `{article id}-{start}`, which is how ingest names quotes. The table keeps one integer per field
//! instead and gives the strings back as borrowed slices ([`QuoteRef`]); measured in README
//! ("Large corpora").

use std::borrow::Cow;
use std::collections::HashMap;

use crate::date::When;
use crate::model::{Article, Confidence, Quote, QuoteFamily, QuoteKind, SharedPassage, Speaker};

/// "No speaker", "no cue" in the `u32` columns.
const NONE: u32 = u32::MAX;

/// Every quote, one row per index; build it with [`QuoteTable::push`] or
/// [`QuoteTable::from_quotes`].
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct QuoteTable {
    article: Vec<u32>,
    speaker: Vec<u32>,
    start: Vec<u32>,
    end: Vec<u32>,
    cue: Vec<u32>,
    kind: Vec<QuoteKind>,
    confidence: Vec<Confidence>,
    /// Distinct cue phrases ("said", "told reporters"): a few hundred across any corpus.
    cues: Vec<Box<str>>,
    cue_ids: HashMap<Box<str>, u32>,
    /// Ids that are not the derived `{article id}-{start}`, by quote index (ascending).
    ids: Vec<(u32, Box<str>)>,
}

/// One quote's fields, borrowed from the table and the corpus it indexes.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteRef<'a> {
    pub article: usize,
    pub speaker: Option<usize>,
    /// Byte offsets in the article text.
    pub start: usize,
    pub end: usize,
    /// The article text between the offsets.
    pub text: &'a str,
    pub cue: Option<&'a str>,
    pub kind: QuoteKind,
    pub confidence: Confidence,
    article_id: &'a str,
    own_id: Option<&'a str>,
}

impl<'a> QuoteRef<'a> {
    /// The id when it is not the derived one.
    pub fn own_id(&self) -> Option<&'a str> {
        self.own_id
    }

    /// The quote's id: its own if it has one, else `{article id}-{start}`, made on demand
    /// because most lookups never need it.
    pub fn id(&self) -> Cow<'a, str> {
        match self.own_id {
            Some(id) => Cow::Borrowed(id),
            None => Cow::Owned(format!("{}-{}", self.article_id, self.start)),
        }
    }
}

/// The fields of one quote as [`QuoteTable::push`] takes them.
pub struct NewQuote<'a> {
    pub article: usize,
    pub speaker: Option<usize>,
    pub start: usize,
    pub end: usize,
    /// From [`QuoteTable::cue`].
    pub cue: Option<u32>,
    pub kind: QuoteKind,
    pub confidence: Confidence,
    pub id: Option<&'a str>,
}

impl QuoteTable {
    /// `families` as rows of this table, each ascending: members the table left out are
    /// dropped, and so is a family left with fewer than two members.
    pub fn family_rows(
        &self,
        families: &[QuoteFamily],
        articles: &[Article],
        speakers: &[Speaker],
    ) -> Vec<Vec<u32>> {
        if families.is_empty() {
            return Vec::new();
        }
        let row_of: HashMap<String, u32> = (0..self.len())
            .filter_map(|i| {
                let q = self.get(i, articles, speakers)?;
                Some((q.id().into_owned(), i as u32))
            })
            .collect();
        families
            .iter()
            .filter_map(|f| {
                let mut rows: Vec<u32> = f
                    .quotes
                    .iter()
                    .filter_map(|id| row_of.get(id).copied())
                    .collect();
                crate::index::sort_u32(&mut rows);
                rows.dedup();
                (rows.len() >= 2).then_some(rows)
            })
            .collect()
    }

    pub fn len(&self) -> usize {
        self.article.len()
    }

    pub fn is_empty(&self) -> bool {
        self.article.is_empty()
    }

    /// The id of a cue phrase for [`NewQuote::cue`], adding it on first sight. (A caller that
    /// meets the same phrase a million times looks it up once: hashing it each time was a tenth
    /// of decoding a large bundle.)
    pub fn cue(&mut self, cue: &str) -> u32 {
        if let Some(&i) = self.cue_ids.get(cue) {
            return i;
        }
        let i = self.cues.len() as u32;
        self.cues.push(cue.into());
        self.cue_ids.insert(cue.into(), i);
        i
    }

    /// Adds a quote of `articles[q.article]`, refusing offsets that do not fall on character
    /// boundaries of its text (the text is sliced from them later) and indices that do not fit.
    pub fn push(&mut self, articles: &[Article], q: NewQuote) -> Result<(), &'static str> {
        let article = articles
            .get(q.article)
            .ok_or("quote of a missing article")?;
        if article.text.get(q.start..q.end).is_none() {
            return Err("quote offsets outside its article");
        }
        let small = |v: usize| u32::try_from(v).ok().filter(|&v| v != NONE);
        let (Some(a), Some(start), Some(end)) = (small(q.article), small(q.start), small(q.end))
        else {
            return Err("quote offsets too large");
        };
        let speaker = match q.speaker {
            None => NONE,
            Some(s) => small(s).ok_or("quote speaker index too large")?,
        };
        let cue = match q.cue {
            None => NONE,
            Some(c) if (c as usize) < self.cues.len() => c,
            Some(_) => return Err("unknown cue"),
        };
        if let Some(id) = q.id.filter(|id| !is_derived(id, &article.id, q.start)) {
            self.ids.push((self.article.len() as u32, id.into()));
        }
        self.article.push(a);
        self.speaker.push(speaker);
        self.start.push(start);
        self.end.push(end);
        self.cue.push(cue);
        self.kind.push(q.kind);
        self.confidence.push(q.confidence);
        Ok(())
    }

    /// The table of `quotes`, leaving out those whose article is not in `articles` or whose
    /// offsets do not fit its text; a speaker id not in `speakers` reads as no speaker.
    pub fn from_quotes(quotes: &[Quote], articles: &[Article], speakers: &[Speaker]) -> Self {
        let article_pos: HashMap<&str, usize> = articles
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.as_str(), i))
            .collect();
        let speaker_pos: HashMap<&str, usize> = speakers
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.as_str(), i))
            .collect();
        let mut t = QuoteTable::default();
        for q in quotes {
            let Some(&article) = article_pos.get(q.article_id.as_str()) else {
                continue;
            };
            let cue = q.cue.as_deref().map(|c| t.cue(c));
            // A quote that cannot be shown is left out rather than shown wrong.
            let _ = t.push(
                articles,
                NewQuote {
                    article,
                    speaker: q
                        .speaker_id
                        .as_deref()
                        .and_then(|s| speaker_pos.get(s).copied()),
                    start: q.start,
                    end: q.end,
                    cue,
                    kind: q.kind,
                    confidence: q.confidence,
                    id: Some(&q.id),
                },
            );
        }
        t
    }

    /// Quote `i`, its strings borrowed from `articles` and `speakers` (the lists the table was
    /// built against).
    pub fn get<'a>(
        &'a self,
        i: usize,
        articles: &'a [Article],
        speakers: &[Speaker],
    ) -> Option<QuoteRef<'a>> {
        let a = *self.article.get(i)? as usize;
        let article = articles.get(a)?;
        let (start, end) = (*self.start.get(i)? as usize, *self.end.get(i)? as usize);
        let speaker = self
            .speaker
            .get(i)
            .filter(|&&s| s != NONE && (s as usize) < speakers.len())
            .map(|&s| s as usize);
        Some(QuoteRef {
            article: a,
            speaker,
            start,
            end,
            text: article.text.get(start..end)?,
            cue: self
                .cue
                .get(i)
                .and_then(|&c| self.cues.get(c as usize))
                .map(|c| &**c),
            kind: *self.kind.get(i)?,
            confidence: *self.confidence.get(i)?,
            article_id: &article.id,
            own_id: self.own_id(i),
        })
    }

    /// The article of quote `i`, without building the rest.
    pub fn article(&self, i: usize) -> Option<usize> {
        self.article.get(i).map(|&a| a as usize)
    }

    pub fn speaker(&self, i: usize) -> Option<usize> {
        self.speaker
            .get(i)
            .filter(|&&s| s != NONE)
            .map(|&s| s as usize)
    }

    pub fn kind(&self, i: usize) -> Option<QuoteKind> {
        self.kind.get(i).copied()
    }

    pub fn start(&self, i: usize) -> Option<usize> {
        self.start.get(i).map(|&s| s as usize)
    }

    /// Whether quote `i` carries an id of its own (the bundle stores only those).
    pub fn own_id(&self, i: usize) -> Option<&str> {
        self.ids
            .binary_search_by_key(&(i as u32), |(q, _)| *q)
            .ok()
            .and_then(|k| self.ids.get(k))
            .map(|(_, id)| &**id)
    }

    /// The quotes in exchange form, for writing a corpus back out.
    pub fn to_quotes(&self, articles: &[Article], speakers: &[Speaker]) -> Vec<Quote> {
        (0..self.len())
            .filter_map(|i| self.get(i, articles, speakers))
            .filter_map(|q| {
                Some(Quote {
                    id: q.id().into_owned(),
                    article_id: articles.get(q.article)?.id.clone(),
                    speaker_id: q
                        .speaker
                        .and_then(|s| speakers.get(s))
                        .map(|s| s.id.clone()),
                    text: q.text.to_string(),
                    start: q.start,
                    end: q.end,
                    cue: q.cue.map(str::to_string),
                    kind: q.kind,
                    confidence: q.confidence,
                })
            })
            .collect()
    }
}

/// Whether `id` is what ingest would name a quote at `start` of article `article`.
fn is_derived(id: &str, article: &str, start: usize) -> bool {
    let Some(n) = id
        .strip_prefix(article)
        .and_then(|rest| rest.strip_prefix('-'))
    else {
        return false;
    };
    // Only the canonical spelling: "a-07" or "a-+7" name other quotes than "a-7".
    n.bytes().all(|b| b.is_ascii_digit())
        && (n == "0" || !n.starts_with('0'))
        && n.parse::<usize>().ok() == Some(start)
}

/// A shared passage as the page keeps it: articles as indexes, offsets as integers. `a < b`;
/// each offset lies on a character boundary of its article's text (checked when built).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct PassageRow {
    pub a: u32,
    pub a_start: u32,
    pub a_end: u32,
    pub b: u32,
    pub b_start: u32,
    pub b_end: u32,
}

impl PassageRow {
    /// Checks a row against the articles' text lengths (`lens[a]` is article `a`'s, as
    /// [`text_lens`] gives them): both exist and differ, and both spans are non-empty ranges
    /// within their texts. Lengths side by side, not read from each article: a large corpus
    /// has millions of rows, and its articles are spread over memory. Character boundaries are
    /// not checked: that would read the text of every article at millions of random places
    /// while the page loads, and every use of an offset is a checked lookup (`str::get`), so a
    /// span off a boundary cannot crash.
    pub fn valid(&self, lens: &[u32]) -> bool {
        let span = |a: u32, s: u32, e: u32| lens.get(a as usize).is_some_and(|&n| s < e && e <= n);
        self.a < self.b
            && span(self.a, self.a_start, self.a_end)
            && span(self.b, self.b_start, self.b_end)
    }
}

/// Each article's text length, for [`PassageRow::valid`]; a text too long for a row's offsets
/// counts as `u32::MAX`, so no row reaches past it.
pub fn text_lens(articles: &[Article]) -> Vec<u32> {
    articles
        .iter()
        .map(|a| u32::try_from(a.text.len()).unwrap_or(u32::MAX))
        .collect()
}

/// The corpus's shared passages as rows, sorted, dropping any that name a missing article or
/// a span outside its text.
pub fn passage_rows(passages: &[SharedPassage], articles: &[Article]) -> Vec<PassageRow> {
    if passages.is_empty() {
        return Vec::new();
    }
    let index: HashMap<&str, u32> = articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i as u32))
        .collect();
    let num = |x: usize| u32::try_from(x).ok();
    let lens = text_lens(articles);
    let mut rows: Vec<PassageRow> = passages
        .iter()
        .filter_map(|p| {
            let (a, b) = (*index.get(p.a.as_str())?, *index.get(p.b.as_str())?);
            let (a_span, b_span) = ((p.a_start, p.a_end), (p.b_start, p.b_end));
            // Stored either way round, kept with the earlier article first.
            let ((a, (a_start, a_end)), (b, (b_start, b_end))) = if a < b {
                ((a, a_span), (b, b_span))
            } else {
                ((b, b_span), (a, a_span))
            };
            Some(PassageRow {
                a,
                a_start: num(a_start)?,
                a_end: num(a_end)?,
                b,
                b_start: num(b_start)?,
                b_end: num(b_end)?,
            })
        })
        .filter(|r| r.valid(&lens))
        .collect();
    crate::index::sort_by(&mut rows, &|x, y| x.cmp(y));
    rows.dedup();
    rows
}

/// Per article, what its shared passages say of it: `copied`, the bytes of its text that also
/// stand in an article not certainly later (earlier, undated, or of a date that cannot be told
/// apart), overlaps counted once; and `first`, whether it shares text only with articles
/// certainly later (the text appeared there first). Worked out once at ingest and shipped in
/// the bundle: it walks every passage, millions in a large corpus, which would be seconds of a
/// person's wait in the page.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Shares {
    pub copied: Vec<u32>,
    pub first: Vec<bool>,
}

impl Shares {
    /// For the articles with dates `whens`, from their passages (rows as [`passage_rows`]
    /// gives them). Each article's spans are gathered by counting into one flat array, not
    /// looked up passage by passage, so the rows are read in order.
    pub fn of(rows: &[PassageRow], whens: &[Option<When>]) -> Shares {
        let n = whens.len();
        let when = |x: u32| whens.get(x as usize).copied().flatten();
        // The other article could have been the source: earlier, undated, or the dates
        // cannot tell.
        let not_later = |here: u32, there: u32| match (when(here), when(there)) {
            (Some(h), Some(t)) => t.before(&h) != Some(std::cmp::Ordering::Greater),
            _ => true,
        };
        let sides = |r: &PassageRow| {
            [
                (r.a, r.a_start, r.a_end, r.b),
                (r.b, r.b_start, r.b_end, r.a),
            ]
        };
        let mut shares_any = vec![false; n];
        let mut starts = vec![0u32; n + 1];
        for r in rows {
            for (x, _, _, o) in sides(r) {
                if let Some(f) = shares_any.get_mut(x as usize) {
                    *f = true;
                }
                if let (true, Some(c)) = (not_later(x, o), starts.get_mut(x as usize + 1)) {
                    *c += 1;
                }
            }
        }
        for i in 1..starts.len() {
            let before = starts.get(i - 1).copied().unwrap_or(0);
            if let Some(c) = starts.get_mut(i) {
                *c += before;
            }
        }
        // Each span as one number, start above end, so sorting them sorts by start.
        let mut spans = vec![0u64; starts.last().copied().unwrap_or(0) as usize];
        let mut next = starts.clone();
        for r in rows {
            for (x, s, e, o) in sides(r) {
                if !not_later(x, o) {
                    continue;
                }
                if let Some(at) = next.get_mut(x as usize) {
                    if let Some(slot) = spans.get_mut(*at as usize) {
                        *slot = (u64::from(s) << 32) | u64::from(e);
                    }
                    *at += 1;
                }
            }
        }
        let mut copied = vec![0u32; n];
        let mut first = vec![false; n];
        for (a, (c, f)) in copied.iter_mut().zip(first.iter_mut()).enumerate() {
            let (lo, hi) = (
                starts.get(a).copied().unwrap_or(0) as usize,
                starts.get(a + 1).copied().unwrap_or(0) as usize,
            );
            let own = spans.get_mut(lo..hi).unwrap_or(&mut []);
            own.sort_unstable();
            *c = union_len(own.iter().map(|&x| ((x >> 32) as u32, x as u32))) as u32;
            *f = shares_any.get(a).copied().unwrap_or(false) && own.is_empty();
        }
        Shares { copied, first }
    }
}

/// The length covered by ranges sorted by start, overlaps counted once.
pub(crate) fn union_len(sorted: impl Iterator<Item = (u32, u32)>) -> usize {
    let (mut total, mut reach) = (0usize, 0u32);
    for (s, e) in sorted {
        let s = s.max(reach);
        if e > s {
            total += (e - s) as usize;
            reach = e;
        }
    }
    total
}

/// The rows back in the exchange form.
pub fn passages_of_rows(rows: &[PassageRow], articles: &[Article]) -> Vec<SharedPassage> {
    rows.iter()
        .filter_map(|r| {
            Some(SharedPassage {
                a: articles.get(r.a as usize)?.id.clone(),
                a_start: r.a_start as usize,
                a_end: r.a_end as usize,
                b: articles.get(r.b as usize)?.id.clone(),
                b_start: r.b_start as usize,
                b_end: r.b_end as usize,
            })
        })
        .collect()
}
