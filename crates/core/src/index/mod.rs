//! `Index`: a loaded corpus and the lookups every query needs, built once at load.
//!
//! The rooms: [`build`] makes the lookups from a corpus and its quote table; [`filters`]
//! resolves a [`Query`]'s filters against them; [`run`] answers it with [`Results`]
//! ([`results`]); [`facets`] counts what each facet shows and the histogram, and keeps the
//! no-filter totals made at load. Among these files the arrows run one way too:
//! run → facets → filters, results; build → facets. This module holds the index itself, its lookups by
//! id and position, and `sanitize`.
//!
//! [`Index`] is built once per corpus; [`Index::run`] answers one [`Query`] with everything a
//! screen needs ([`Results`]). The semantics, which the property test pins against a naive
//! reference:
//!
//! * several choices in one facet combine with OR, facets combine with AND;
//! * a facet's counts apply every other active filter but not its own, so a person can see what
//!   ticking one more box would add;
//! * a date range keeps only articles whose whole known date lies inside it; undated articles
//!   drop out while a range is set, and the histogram counts them separately;
//! * search is case- and accent-insensitive, every term must prefix-match a word.
//!
//! The unit counted follows the view: quotes in the Quotes view, articles in the Articles view.
//! Only quotes of kind `speech` are counted as quotes; quoted terms and titles stay searchable in
//! the text. Indirect speech joins them only when the query asks for it (`indirect`).

mod build;
mod compare;
mod crosstab;
mod facets;
mod families;
mod filters;
mod passages;
mod results;
mod run;
mod timeline;

use std::collections::{BTreeSet, HashMap};

use time::Date;

use crate::date;
use crate::model::{Corpus, QuoteKind};
use crate::query::Query;
use crate::search::SearchIndex;
use crate::table::{QuoteRef, QuoteTable};

pub use compare::{Comparison, Side, Words};
pub use crosstab::Crosstab;
use facets::Totals;
pub use families::{Families, FamilyMember};
pub use passages::{Passages, Shared};
pub use results::{BarCount, QuoteList, Results};
pub use timeline::{Lane, Point, Timeline};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutletEntry {
    pub key: String,
    pub name: String,
    pub known: bool,
}

/// A corpus plus the lookups every query needs, computed once at load.
#[derive(Debug)]
pub struct Index {
    /// The corpus's story, articles and speakers. Its `quotes` list is empty: the quotes live
    /// in a compact table, read through [`Index::quote`].
    pub corpus: Corpus,
    quotes: QuoteTable,
    pub outlets: Vec<OutletEntry>,
    /// Article and speaker indices sorted by id, for looking ids up by binary search: a third
    /// of the memory of a hash map of copied ids, and the lookups are a handful per change.
    articles_by_id: Vec<u32>,
    speakers_by_id: Vec<u32>,
    outlet_pos: HashMap<String, usize>,
    article_outlet: Vec<usize>,
    article_span: Vec<Option<(Date, Date)>>,
    /// What search runs on: the inverted indexes of article and quote words.
    search: SearchIndex,
    /// Speech and indirect quotes in display order (article order, then position), with what
    /// filtering reads side by side: the per-change pass walks this one array.
    rows: Vec<Row>,
    /// The quote of each row; shared with every [`QuoteList`].
    row_quotes: std::sync::Arc<[u32]>,
    /// Per article, the speakers of its direct quotes, and of direct and indirect ones.
    /// Sorted and distinct; small vectors rather than tree sets, which cost a node of memory
    /// per article and a pointer chase per step.
    article_speakers: Sets,
    article_speakers_all: Sets,
    /// Every quote (terms and titles too) grouped by article: article `a`'s are
    /// `quotes_by_article[quotes_from[a]..quotes_from[a + 1]]`.
    quotes_by_article: Vec<u32>,
    quotes_from: Vec<u32>,
    article_order: Vec<usize>,
    /// First and last day of any dated article: the histogram's axis.
    pub day_span: Option<(Date, Date)>,
    /// The histogram's bars (days, weeks or months, by the span), fixed for the corpus so the
    /// page draws them once and only updates their heights.
    pub bins: Vec<date::Bin>,
    /// Per article, the bar its first day falls in.
    article_bin: Vec<Option<u32>>,
    /// Outlet indices in display order (most articles first, unknown last), and each outlet's
    /// place in it (its colour).
    outlet_order: Vec<usize>,
    outlet_rank: Vec<usize>,
    /// What [`Index::run`] uses to touch only the rows a filter keeps: each article's place in
    /// display order, the rows of the article at each place (`row_from[r]..row_from[r + 1]`),
    /// each outlet's articles, dated articles by first day, and the rows of direct speech.
    article_rank: Vec<u32>,
    row_from: Vec<u32>,
    outlet_articles: Sets,
    by_first_day: Vec<u32>,
    direct_rows: Vec<u64>,
    /// Quotations that share their words across articles.
    families: Families,
    /// Runs of text that stand in two articles, and when each article appeared.
    passages: Passages,
    article_whens: Vec<Option<date::When>>,
    /// Counts with no filter at all, which most changes need for one facet or another.
    totals: Totals,
}

/// The histogram never draws more bars than this; a wider corpus is cut at the end.
pub const MAX_BARS: usize = 1200;

impl Index {
    pub fn article_index(&self, id: &str) -> Option<usize> {
        find_by_id(&self.articles_by_id, id, |i| {
            self.corpus.articles.get(i).map_or("", |a| a.id.as_str())
        })
    }
    pub fn speaker_index(&self, id: &str) -> Option<usize> {
        find_by_id(&self.speakers_by_id, id, |i| {
            self.corpus.speakers.get(i).map_or("", |s| s.id.as_str())
        })
    }
    /// A quote of one article by id: quote ids are only ever looked up beside their article
    /// (the URL names both), so no corpus-wide map of them is kept.
    pub fn quote_in_article(&self, a: usize, id: &str) -> Option<usize> {
        self.all_quotes_of_article(a)
            .iter()
            .map(|&i| i as usize)
            .find(|&i| self.quote(i).is_some_and(|q| q.id() == id))
    }
    /// Quote `i` (an index in [`Results::quotes`] or [`Index::all_quotes_of_article`]), its
    /// strings borrowed from the corpus.
    pub fn quote(&self, i: usize) -> Option<QuoteRef<'_>> {
        self.quotes
            .get(i, &self.corpus.articles, &self.corpus.speakers)
    }
    /// Quotes of every kind in the corpus.
    pub fn quote_count(&self) -> usize {
        self.quotes.len()
    }
    pub fn outlet_of_article(&self, a: usize) -> usize {
        self.article_outlet.get(a).copied().unwrap_or(0)
    }
    pub fn quote_article(&self, q: usize) -> Option<usize> {
        self.quotes.article(q)
    }
    /// Direct quotes of one article, in text order.
    pub fn speech_in_article(&self, a: usize) -> Vec<usize> {
        self.all_quotes_of_article(a)
            .iter()
            .map(|&i| i as usize)
            .filter(|&i| self.quotes.kind(i) == Some(QuoteKind::Speech))
            .collect()
    }
    /// Every quote of one article (terms and titles too), in text order.
    pub fn all_quotes_of_article(&self, a: usize) -> &[u32] {
        let (Some(&lo), Some(&hi)) = (self.quotes_from.get(a), self.quotes_from.get(a + 1)) else {
            return &[];
        };
        self.quotes_by_article
            .get(lo as usize..hi as usize)
            .unwrap_or(&[])
    }
    /// Speakers an article quotes directly (or also indirectly).
    pub fn speakers_of_article(
        &self,
        a: usize,
        indirect: bool,
    ) -> impl Iterator<Item = usize> + '_ {
        let sets = if indirect {
            &self.article_speakers_all
        } else {
            &self.article_speakers
        };
        sets.get(a).iter().map(|&s| s as usize)
    }
    /// Quotes per speaker over the whole corpus: direct only, or direct and indirect.
    pub fn speaker_totals(&self, indirect: bool) -> Vec<usize> {
        let mut t = vec![0; self.corpus.speakers.len()];
        for row in &self.rows {
            if let (Some(n), true) = (
                row.speaker().and_then(|s| t.get_mut(s)),
                indirect || !row.indirect(),
            ) {
                *n += 1;
            }
        }
        t
    }
    /// The article a speaker is first quoted in (directly or not), for telling apart anonymous
    /// sources that share a description.
    pub fn first_article_of_speaker(&self, s: usize) -> Option<usize> {
        self.rows
            .iter()
            .find(|r| r.speaker() == Some(s))
            .map(Row::article)
    }
    /// Direct quotes in the corpus.
    pub fn speech_count(&self) -> usize {
        self.rows.iter().filter(|r| !r.indirect()).count()
    }
    pub fn indirect_count(&self) -> usize {
        self.rows.len() - self.speech_count()
    }

    /// Drops what the corpus does not know (speaker and outlet ids, articles, quotes) and malformed
    /// dates, so a tampered or stale link degrades to the closest meaningful state.
    pub fn sanitize(&self, q: &Query) -> Query {
        let day_ok = |d: &Option<String>| d.clone().filter(|d| date::parse_day(d).is_some());
        let article = q
            .article
            .clone()
            .filter(|a| self.article_index(a).is_some());
        let quote = q.quote.clone().filter(|qid| {
            article
                .as_ref()
                .and_then(|a| self.article_index(a))
                .and_then(|a| self.quote_in_article(a, qid))
                .is_some()
        });
        let family = q.family.clone().filter(|qid| {
            self.quote_by_id(qid)
                .and_then(|r| self.family_of(r))
                .is_some()
        });
        Query {
            speakers: kept(&q.speakers, &|s| self.speaker_index(s).is_some()),
            outlets: kept(&q.outlets, &|o| self.outlet_pos.contains_key(o)),
            from: day_ok(&q.from),
            to: day_ok(&q.to),
            q: q.q.clone(),
            view: q.view,
            indirect: q.indirect,
            article,
            quote,
            family,
            // An order by shared text means nothing in a corpus without any.
            order: if self.passage_count() == 0 {
                crate::query::ArticleOrder::Date
            } else {
                q.order
            },
            left: q.left.clone().filter(|v| self.side(v).is_some()),
            right: q.right.clone().filter(|v| self.side(v).is_some()),
            by: match &q.by {
                crate::query::TableSort::Speaker(id) if self.speaker_index(id).is_none() => {
                    crate::query::TableSort::Outlet
                }
                by => by.clone(),
            },
        }
    }
}

/// The members of `set` that `keep` accepts. Inserted one by one: collecting into a set sorts
/// first, another copy of the sorting code for the page.
fn kept(set: &BTreeSet<String>, keep: &dyn Fn(&str) -> bool) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for s in set.iter().filter(|s| keep(s)) {
        out.insert(s.clone());
    }
    out
}

/// One speech or indirect quote as the filter pass reads it: eight bytes, because the pass
/// walks a million of them on every change. Its quote is at the same place in
/// `Index::row_quotes`.
#[derive(Debug, Clone, Copy)]
struct Row {
    article: u32,
    /// The speaker index in the low 31 bits (all ones for none), indirect speech in the top bit.
    speaker_flags: u32,
}

const INDIRECT: u32 = 1 << 31;
const NO_SPEAKER: u32 = INDIRECT - 1;

impl Row {
    fn new(article: usize, speaker: Option<usize>, indirect: bool) -> Row {
        let speaker = speaker
            .and_then(|s| u32::try_from(s).ok())
            .filter(|&s| s < NO_SPEAKER)
            .unwrap_or(NO_SPEAKER);
        Row {
            article: article as u32,
            speaker_flags: speaker | if indirect { INDIRECT } else { 0 },
        }
    }
    fn article(&self) -> usize {
        self.article as usize
    }
    fn speaker(&self) -> Option<usize> {
        let s = self.speaker_flags & NO_SPEAKER;
        (s != NO_SPEAKER).then_some(s as usize)
    }
    fn indirect(&self) -> bool {
        self.speaker_flags & INDIRECT != 0
    }
}

/// A small sorted set per article, all in two arrays: set `a` is
/// `items[from[a]..from[a + 1]]`. A vector per article would cost its own header and
/// allocation a hundred thousand times over.
#[derive(Debug, Default)]
struct Sets {
    from: Vec<u32>,
    items: Vec<u32>,
}

impl Sets {
    /// `pairs`: (set, item), every set below `n`; each set's items keep their order in `pairs`.
    fn grouped(n: usize, pairs: &[(u32, u32)]) -> Sets {
        let mut from = vec![0u32; n + 1];
        for &(a, _) in pairs {
            if let Some(f) = from.get_mut(a as usize + 1) {
                *f += 1;
            }
        }
        for a in 0..n {
            from[a + 1] += from[a];
        }
        let mut next = from.clone();
        let mut items = vec![0u32; pairs.len()];
        for &(a, s) in pairs {
            if let Some(at) = next.get_mut(a as usize) {
                if let Some(slot) = items.get_mut(*at as usize) {
                    *slot = s;
                }
                *at += 1;
            }
        }
        Sets { from, items }
    }
    fn get(&self, a: usize) -> &[u32] {
        match (self.from.get(a), self.from.get(a + 1)) {
            (Some(&lo), Some(&hi)) => self.items.get(lo as usize..hi as usize).unwrap_or(&[]),
            _ => &[],
        }
    }
}

/// The index whose id is `id`, in `by_id` (indices sorted by their `id_of`).
fn find_by_id<'a>(by_id: &[u32], id: &str, id_of: impl Fn(usize) -> &'a str) -> Option<usize> {
    let at = by_id
        .binary_search_by(|&i| id_of(i as usize).cmp(id))
        .ok()?;
    by_id.get(at).map(|&i| i as usize)
}

/// Sorts numbers ascending through [`sort_indices`], the one sort routine in the page's code.
pub fn sort_u32(v: &mut [u32]) {
    sort_indices(v, &|x, y| x.cmp(&y));
}

/// Sorts indices by `cmp`. Every sort in the page's code goes through this one instance: each
/// `sort_by` with its own closure or element type is another copy of the sorting code.
pub(crate) fn sort_indices(v: &mut [u32], cmp: &dyn Fn(u32, u32) -> std::cmp::Ordering) {
    v.sort_unstable_by(|&x, &y| cmp(x, y));
}

/// Sorts `v` by `cmp` (not stable) through [`sort_indices`]: the order is found on indices,
/// then the elements are moved into it. A vector longer than `u32::MAX` is left as it is (no
/// such list exists: it would not fit in the page's memory).
pub(crate) fn sort_by<T>(v: &mut Vec<T>, cmp: &dyn Fn(&T, &T) -> std::cmp::Ordering) {
    let Ok(n) = u32::try_from(v.len()) else {
        return;
    };
    if n < 2 {
        return;
    }
    let mut order: Vec<u32> = (0..n).collect();
    sort_indices(&mut order, &|x, y| cmp(&v[x as usize], &v[y as usize]));
    let mut old: Vec<Option<T>> = std::mem::take(v).into_iter().map(Some).collect();
    v.extend(
        order
            .iter()
            .filter_map(|&i| old.get_mut(i as usize).and_then(Option::take)),
    );
}
