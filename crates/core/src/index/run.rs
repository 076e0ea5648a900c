//! Running a query: [`Index::run`] turns a [`Query`] into [`Results`].
//!
//! Each filter becomes a set of rows (a bitset over rows in display order, or for speakers and
//! text a pass over the rows), built only from the rows it keeps where it can: an outlet or a
//! date range marks whole articles' runs of rows. The results are the rows in every set, kept
//! as that set ([`QuoteList`]) and read a page at a time. The counts beside them are
//! [`super::facets`]'s job.

use std::sync::Arc;

use time::Date;

use super::{BarCount, Index, Row, Sets};
use crate::bits::{any_in_range, bit, set_range};
use crate::date;
use crate::query::{Query, View};
use crate::text;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Results {
    /// The matching quotes (speech only), display order.
    pub quotes: QuoteList,
    /// Indices into `corpus.articles`, display order.
    pub articles: Vec<usize>,
    /// Per `corpus.speakers` entry: its count under every other filter.
    pub speaker_counts: Vec<usize>,
    /// Per `Index::outlets` entry.
    pub outlet_counts: Vec<usize>,
    /// One entry per [`Index::bins`] bar.
    pub histogram: Vec<BarCount>,
    /// Articles without a date that pass the other filters (shown beside the histogram).
    pub undated: usize,
    pub terms: Vec<String>,
}

/// A query's filters resolved against the index once: the chosen speakers and outlets as
/// flags by index, the date range as days, the search terms folded.
pub(super) struct Filters<'a> {
    ix: &'a Index,
    pub(super) speakers: Option<Vec<bool>>,
    pub(super) outlets: Option<Vec<bool>>,
    from: Option<Date>,
    to: Option<Date>,
    pub(super) ranged: bool,
    pub(super) terms: Vec<String>,
    /// 1 when indirect speech counts, the index into the `[direct, with indirect]` totals.
    pub(super) ind: usize,
    pub(super) indirect: bool,
}

impl<'a> Filters<'a> {
    fn new(ix: &'a Index, q: &Query) -> Filters<'a> {
        let speakers = (!q.speakers.is_empty()).then(|| {
            let mut v = vec![false; ix.corpus.speakers.len()];
            for s in &q.speakers {
                if let Some(i) = ix.speaker_index(s) {
                    v[i] = true;
                }
            }
            v
        });
        let outlets = (!q.outlets.is_empty()).then(|| {
            let mut v = vec![false; ix.outlets.len()];
            for o in &q.outlets {
                if let Some(&i) = ix.outlet_pos.get(o) {
                    v[i] = true;
                }
            }
            v
        });
        let from = q.from.as_deref().and_then(date::parse_day);
        let to = q.to.as_deref().and_then(date::parse_day);
        Filters {
            ix,
            speakers,
            outlets,
            from,
            to,
            ranged: from.is_some() || to.is_some(),
            terms: text::search_terms(&q.q),
            ind: usize::from(q.indirect),
            indirect: q.indirect,
        }
    }

    /// Per article, the speakers that count: direct only, or indirect too.
    pub(super) fn article_speakers(&self) -> &'a Sets {
        if self.indirect {
            &self.ix.article_speakers_all
        } else {
            &self.ix.article_speakers
        }
    }

    pub(super) fn speaker_ok(&self, a: usize) -> bool {
        match &self.speakers {
            None => true,
            Some(sel) => self
                .article_speakers()
                .get(a)
                .iter()
                .any(|&s| sel[s as usize]),
        }
    }

    pub(super) fn outlet_ok(&self, a: usize) -> bool {
        match &self.outlets {
            None => true,
            Some(sel) => sel[self.ix.article_outlet[a]],
        }
    }

    fn date_ok(&self, a: usize) -> bool {
        !self.ranged
            || self.ix.article_span[a].is_some_and(|(lo, hi)| {
                self.from.is_none_or(|f| lo >= f) && self.to.is_none_or(|t| hi <= t)
            })
    }

    /// Dated articles inside the range, found from the first-day order rather than by
    /// checking every article.
    fn in_range(&self) -> impl Iterator<Item = usize> + '_ {
        let ix = self.ix;
        let first = |a: &u32| ix.article_span[*a as usize].map(|(lo, _)| lo);
        let lo = self.from.map_or(0, |f| {
            ix.by_first_day
                .partition_point(|a| first(a).is_some_and(|d| d < f))
        });
        let hi = self.to.map_or(ix.by_first_day.len(), |t| {
            ix.by_first_day
                .partition_point(|a| first(a).is_some_and(|d| d <= t))
        });
        ix.by_first_day
            .get(lo..hi.max(lo))
            .unwrap_or(&[])
            .iter()
            .map(|&a| a as usize)
            .filter(|&a| self.date_ok(a))
    }
}

/// The row sets of the Quotes view, one per active filter (`None`: the filter is unset).
/// `base` keeps direct speech unless indirect speech counts.
pub(super) struct RowSets<'s> {
    pub(super) base: Option<&'s [u64]>,
    pub(super) speakers: Option<&'s [u64]>,
    pub(super) outlets: Option<&'s [u64]>,
    pub(super) dates: Option<&'s [u64]>,
    pub(super) text: Option<&'s [u64]>,
}

impl Index {
    pub fn run(&self, q: &Query) -> Results {
        self.evaluate(q, Some(&self.totals))
    }

    /// As [`Index::run`], counting everything afresh instead of reusing the no-filter counts
    /// made at load: the reference the property tests hold `run` to.
    pub fn run_uncached(&self, q: &Query) -> Results {
        self.evaluate(q, None)
    }

    /// The results of the view, the facet counts beside them, and the histogram. `totals`, when
    /// given, stands in for any count whose combination of filters is empty.
    pub(super) fn evaluate(&self, q: &Query, totals: Option<&super::facets::Totals>) -> Results {
        let f = Filters::new(self, q);
        let mut res = Results {
            speaker_counts: vec![0; self.corpus.speakers.len()],
            outlet_counts: vec![0; self.outlets.len()],
            terms: f.terms.clone(),
            ..Results::default()
        };
        let search_hit = match q.view {
            View::Quotes => self.quotes_view(&f, totals, &mut res),
            View::Articles => self.articles_view(&f, totals, &mut res),
        };
        self.count_histogram(&f, search_hit.as_deref(), totals, &mut res);
        res
    }

    /// Matching quotes and their articles, with the facet counts. Returns which articles the
    /// search words hit (one of their quotes matches), when there are search words.
    fn quotes_view(
        &self,
        f: &Filters,
        totals: Option<&super::facets::Totals>,
        res: &mut Results,
    ) -> Option<Vec<bool>> {
        let words = self.rows.len().div_ceil(64);
        let runs_of = |articles: &mut dyn Iterator<Item = usize>| {
            let mut b = vec![0u64; words];
            for a in articles {
                let r = self.article_rank.get(a).map_or(0, |&r| r as usize);
                if let (Some(&lo), Some(&hi)) = (self.row_from.get(r), self.row_from.get(r + 1)) {
                    set_range(&mut b, lo as usize, hi as usize);
                }
            }
            b
        };
        let base = (!f.indirect).then_some(self.direct_rows.as_slice());
        let s_rows = f
            .speakers
            .as_ref()
            .map(|sel| self.rows_where(|_, row| row.speaker().is_some_and(|s| sel[s])));
        let o_rows = f.outlets.as_ref().map(|sel| {
            runs_of(
                &mut (0..self.outlets.len())
                    .filter(|&o| sel[o])
                    .flat_map(|o| self.outlet_articles.get(o))
                    .filter_map(|&r| self.article_order.get(r as usize).copied()),
            )
        });
        let d_rows = f.ranged.then(|| runs_of(&mut f.in_range()));
        let hits = self.search.quotes().matching(&f.terms);
        let t_rows = hits.as_ref().map(|hits| {
            self.rows_where(|i, _| {
                self.row_quotes
                    .get(i)
                    .is_some_and(|&q| bit(hits, q as usize))
            })
        });
        let sets = RowSets {
            base,
            speakers: s_rows.as_deref(),
            outlets: o_rows.as_deref(),
            dates: d_rows.as_deref(),
            text: t_rows.as_deref(),
        };

        let found = self.row_set(&[base, sets.speakers, sets.outlets, sets.dates, sets.text]);
        // The matching articles, for the summary line: those with a row in the set.
        res.articles = self
            .article_order
            .iter()
            .zip(self.row_from.windows(2))
            .filter(|(_, w)| any_in_range(&found, w[0] as usize, w[1] as usize))
            .map(|(&a, _)| a)
            .collect();
        self.count_quote_facets(&sets, &found, f.ind, totals, res);
        res.quotes = QuoteList::new(found, self.row_quotes.clone());
        // An article is a search hit when one of its quotes is.
        sets.text.map(|t| {
            let mut hit = vec![false; self.corpus.articles.len()];
            self.each_row(&[base, Some(t)], |row| {
                if let Some(h) = hit.get_mut(row.article()) {
                    *h = true;
                }
            });
            hit
        })
    }

    /// Matching articles, with the facet counts taken in the same pass (an article counts for
    /// a speaker when it passes every filter but the speaker one, and likewise for outlets).
    /// Returns which articles the search words hit, when there are search words.
    fn articles_view(
        &self,
        f: &Filters,
        totals: Option<&super::facets::Totals>,
        res: &mut Results,
    ) -> Option<Vec<bool>> {
        let hits = self.search.articles().matching(&f.terms);
        let text_ok = |a: usize| hits.as_ref().is_none_or(|b| bit(b, a));
        let count_speakers = totals
            .filter(|_| f.outlets.is_none() && !f.ranged && hits.is_none())
            .map(|tot| res.speaker_counts.clone_from(&tot.article_speakers[f.ind]))
            .is_none();
        let count_outlets = totals
            .filter(|_| f.speakers.is_none() && !f.ranged && hits.is_none())
            .map(|tot| res.outlet_counts.clone_from(&tot.article_outlets))
            .is_none();
        let unfiltered = f.speakers.is_none() && f.outlets.is_none();
        let article_speakers = f.article_speakers();
        for &a in &self.article_order {
            if !(f.date_ok(a) && text_ok(a)) {
                continue;
            }
            if unfiltered && !count_speakers && !count_outlets {
                res.articles.push(a);
                continue;
            }
            let (s_ok, o_ok) = (f.speaker_ok(a), f.outlet_ok(a));
            if o_ok && count_speakers {
                for &s in article_speakers.get(a) {
                    if let Some(n) = res.speaker_counts.get_mut(s as usize) {
                        *n += 1;
                    }
                }
            }
            if s_ok && count_outlets {
                res.outlet_counts[self.article_outlet[a]] += 1;
            }
            if s_ok && o_ok {
                res.articles.push(a);
            }
        }
        hits.map(|b| {
            (0..self.corpus.articles.len())
                .map(|a| bit(&b, a))
                .collect()
        })
    }

    /// The rows `keep` keeps, as a bitset.
    pub(super) fn rows_where(&self, keep: impl Fn(usize, &Row) -> bool) -> Vec<u64> {
        let mut b = vec![0u64; self.rows.len().div_ceil(64)];
        for (k, (chunk, w)) in self.rows.chunks(64).zip(b.iter_mut()).enumerate() {
            for (i, row) in chunk.iter().enumerate() {
                *w |= u64::from(keep(k * 64 + i, row)) << i;
            }
        }
        b
    }

    /// The rows in all of `sets` (`None` keeps every row), as one bitset.
    pub(super) fn row_set(&self, sets: &[Option<&[u64]>]) -> Vec<u64> {
        let words = self.rows.len().div_ceil(64);
        let mut sets = sets.iter().flatten();
        let mut out = match sets.next() {
            Some(first) => first.to_vec(),
            None => {
                let mut all = vec![0u64; words];
                set_range(&mut all, 0, self.rows.len());
                all
            }
        };
        for set in sets {
            out.iter_mut().zip(set.iter()).for_each(|(x, y)| *x &= y);
        }
        out
    }

    /// Calls `f` on every row in all of `sets` (bitsets over rows; `None` keeps every row), in
    /// display order.
    pub(super) fn each_row(&self, sets: &[Option<&[u64]>], mut f: impl FnMut(&Row)) {
        let mut sets = sets.iter().flatten();
        let Some(first) = sets.next() else {
            self.rows.iter().for_each(f);
            return;
        };
        let rest: Vec<&[u64]> = sets.copied().collect();
        for (k, &w) in first.iter().enumerate() {
            let mut w = rest
                .iter()
                .fold(w, |w, s| w & s.get(k).copied().unwrap_or(0));
            while w != 0 {
                let i = k * 64 + w.trailing_zeros() as usize;
                w &= w - 1;
                if let Some(row) = self.rows.get(i) {
                    f(row);
                }
            }
        }
    }
}

/// The quotes of an answer in display order, kept as the set of matching rows: a page shows
/// twenty of them, so a million are never listed one by one. Read with [`QuoteList::iter`].
#[derive(Clone, Default)]
pub struct QuoteList {
    rows: Vec<u64>,
    len: usize,
    row_quotes: Arc<[u32]>,
}

impl QuoteList {
    fn new(rows: Vec<u64>, row_quotes: Arc<[u32]>) -> QuoteList {
        let len = rows.iter().map(|w| w.count_ones() as usize).sum();
        QuoteList {
            rows,
            len,
            row_quotes,
        }
    }
    pub fn len(&self) -> usize {
        self.len
    }
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    /// Quote indices (for [`Index::quote`]), in display order.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.rows.iter().enumerate().flat_map(move |(k, &w)| {
            let mut w = w;
            std::iter::from_fn(move || {
                (w != 0).then(|| {
                    let i = k * 64 + w.trailing_zeros() as usize;
                    w &= w - 1;
                    i
                })
            })
            .filter_map(move |i| self.row_quotes.get(i).map(|&q| q as usize))
        })
    }
}

impl std::fmt::Debug for QuoteList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let first: Vec<usize> = self.iter().take(8).collect();
        write!(f, "QuoteList({} quotes: {first:?}…)", self.len)
    }
}

/// Two lists are equal when they hold the same rows of indexes with the same rows (checked by
/// pointer first: the page compares answers of one index).
impl PartialEq for QuoteList {
    fn eq(&self, other: &Self) -> bool {
        self.len == other.len
            && self.rows == other.rows
            && (Arc::ptr_eq(&self.row_quotes, &other.row_quotes)
                || self.row_quotes == other.row_quotes)
    }
}

impl Eq for QuoteList {}
