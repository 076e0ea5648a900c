//! Running a query: [`Index::run`] turns a [`Query`] into [`Results`].
//!
//! Each filter becomes a set of rows (a bitset over rows in display order, or for speakers and
//! text a pass over the rows), built only from the rows it keeps where it can: an outlet or a
//! date range marks whole articles' runs of rows. The results are the rows in every set, kept
//! as that set ([`QuoteList`]) and read a page at a time. The counts beside them are
//! [`super::facets`]'s job.

use super::facets::Totals;
use super::filters::{Filters, RowSets};
use super::results::{QuoteList, Results};
use super::{Index, Row};
use crate::bits::{any_in_range, bit, set_range};
use crate::query::{ArticleOrder, Query, View};

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
    pub(super) fn evaluate(&self, q: &Query, totals: Option<&Totals>) -> Results {
        let f = Filters::new(self, q);
        let mut res = Results {
            speaker_counts: vec![0; self.corpus.speakers.len()],
            outlet_counts: vec![0; self.outlets.len()],
            terms: f.terms.clone(),
            ..Results::default()
        };
        let search_hit = match q.view {
            View::Quotes | View::Table | View::Compare => self.quotes_view(&f, totals, &mut res),
            // The quotes decide which families count; every matching article has its place,
            // quoted or not.
            View::Timeline => {
                let hit = self.quotes_view(&f, totals, &mut res);
                let mut articles = Results {
                    speaker_counts: vec![0; self.corpus.speakers.len()],
                    outlet_counts: vec![0; self.outlets.len()],
                    ..Results::default()
                };
                self.articles_view(&f, totals, &mut articles);
                res.articles = articles.articles;
                hit
            }
            View::Articles => {
                let hit = self.articles_view(&f, totals, &mut res);
                // Equal shares keep date order. Through the index's one sort routine: each
                // sort instantiated in the page is kilobytes of code.
                if q.order != ArticleOrder::Date {
                    let most = q.order == ArticleOrder::MostShared;
                    let keys: Vec<usize> = res
                        .articles
                        .iter()
                        .map(|&a| {
                            let p = self.copied_percent(a);
                            if most {
                                100 - p
                            } else {
                                p
                            }
                        })
                        .collect();
                    let mut order: Vec<u32> = (0..keys.len() as u32).collect();
                    let key = |i: u32| keys.get(i as usize).copied().unwrap_or(0);
                    super::sort_indices(&mut order, &|x, y| key(x).cmp(&key(y)).then(x.cmp(&y)));
                    res.articles = order
                        .iter()
                        .filter_map(|&i| res.articles.get(i as usize).copied())
                        .collect();
                }
                hit
            }
        };
        self.count_histogram(&f, search_hit.as_deref(), totals, &mut res);
        res
    }

    /// Matching quotes and their articles, with the facet counts. Returns which articles the
    /// search words hit (one of their quotes matches), when there are search words.
    #[inline]
    fn quotes_view(
        &self,
        f: &Filters,
        totals: Option<&Totals>,
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
    #[inline]
    fn articles_view(
        &self,
        f: &Filters,
        totals: Option<&Totals>,
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
