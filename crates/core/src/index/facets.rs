//! Facet counting: what each speaker and outlet row and each histogram bar shows beside the
//! results.
//!
//! A facet's counts apply every other active filter but not its own, so a person can see what
//! ticking one more box would add. The counts walk only the rows of their own combination of
//! filters; a facet with no choice counts in the results' own pass; a combination with no filter
//! takes [`Totals`], counted once at load by this same code; and when most rows are kept, the
//! few left out are taken from the totals instead of counting the many kept.

use super::filters::{Filters, RowSets};
use super::results::{BarCount, Results};
use super::Index;
use crate::model::SpeakerKind;
use crate::query::{Query, View};

/// The unfiltered answers, counted once at load: `[direct only, with indirect]` where speech
/// kind matters.
#[derive(Debug, Default)]
pub(super) struct Totals {
    pub(super) quote_speakers: [Vec<usize>; 2],
    pub(super) quote_outlets: [Vec<usize>; 2],
    pub(super) article_speakers: [Vec<usize>; 2],
    pub(super) article_outlets: Vec<usize>,
    pub(super) histogram: Vec<BarCount>,
    pub(super) undated: usize,
}

impl Index {
    /// The no-filter counts, by the same code as any query (see [`Totals`]).
    pub(super) fn count_totals(&self) -> Totals {
        // Only the counts are kept: each result list is dropped before the next is made.
        let every = |view: View, indirect: bool| {
            let r = self.evaluate(
                &Query {
                    view,
                    indirect,
                    ..Query::default()
                },
                None,
            );
            (r.speaker_counts, r.outlet_counts, r.histogram, r.undated)
        };
        let (quote_direct, outlets_direct, histogram, undated) = every(View::Quotes, false);
        let (quote_all, outlets_all, ..) = every(View::Quotes, true);
        let (article_direct, article_outlets, ..) = every(View::Articles, false);
        let (article_all, ..) = every(View::Articles, true);
        Totals {
            quote_speakers: [quote_direct, quote_all],
            quote_outlets: [outlets_direct, outlets_all],
            article_speakers: [article_direct, article_all],
            article_outlets,
            histogram,
            undated,
        }
    }

    /// Speaker indices grouped by kind (people, organisations, anonymous), each group ordered by
    /// how often the speaker is quoted, then by name.
    pub fn speaker_groups(&self, indirect: bool) -> Vec<(SpeakerKind, Vec<usize>)> {
        let totals = self.speaker_totals(indirect);
        [
            SpeakerKind::Person,
            SpeakerKind::Organization,
            SpeakerKind::Anonymous,
        ]
        .into_iter()
        .filter_map(|kind| {
            let mut v: Vec<usize> = (0..self.corpus.speakers.len())
                .filter(|&s| self.corpus.speakers[s].kind == kind && totals[s] > 0)
                .collect();
            v.sort_by(|&a, &b| {
                totals[b].cmp(&totals[a]).then_with(|| {
                    self.corpus.speakers[a]
                        .name
                        .cmp(&self.corpus.speakers[b].name)
                })
            });
            (!v.is_empty()).then_some((kind, v))
        })
        .collect()
    }

    /// Outlet indices, most articles first, "Unknown outlet" last.
    pub fn outlet_order(&self) -> &[usize] {
        &self.outlet_order
    }

    /// An outlet's place in [`Index::outlet_order`]: what picks its colour.
    pub fn outlet_rank(&self, outlet: usize) -> usize {
        self.outlet_rank.get(outlet).copied().unwrap_or(0)
    }

    /// The speaker and outlet counts of the Quotes view, whose results are `found`.
    #[inline]
    pub(super) fn count_quote_facets(
        &self,
        sets: &RowSets,
        found: &[u64],
        ind: usize,
        totals: Option<&Totals>,
        res: &mut Results,
    ) {
        let RowSets {
            base,
            speakers: s,
            outlets: o,
            dates: d,
            text: t,
        } = *sets;
        // A facet's counts use every filter but its own: with no choice in that facet,
        // the results' own rows, counted in the same pass.
        let count_speakers = s.is_none();
        let count_outlets = o.is_none();
        let speakers_cached = totals.filter(|_| o.is_none() && d.is_none() && t.is_none());
        let outlets_cached = totals.filter(|_| s.is_none() && d.is_none() && t.is_none());
        if let Some(tot) = speakers_cached {
            res.speaker_counts.clone_from(&tot.quote_speakers[ind]);
        }
        if let Some(tot) = outlets_cached {
            res.outlet_counts.clone_from(&tot.quote_outlets[ind]);
        }
        let (fuse_speakers, fuse_outlets) = (
            count_speakers && speakers_cached.is_none(),
            count_outlets && outlets_cached.is_none(),
        );
        if fuse_speakers || fuse_outlets {
            // Most rows kept (an open-ended date, a common word): count the few rows
            // left out and take them from the totals, which count every row in `base`.
            let base_rows = base.map_or(self.rows.len(), |b| {
                b.iter().map(|w| w.count_ones() as usize).sum()
            });
            let kept: usize = found.iter().map(|w| w.count_ones() as usize).sum();
            let (set, sign) = match totals.filter(|_| kept * 2 > base_rows) {
                Some(tot) => {
                    if fuse_speakers {
                        res.speaker_counts.clone_from(&tot.quote_speakers[ind]);
                    }
                    if fuse_outlets {
                        res.outlet_counts.clone_from(&tot.quote_outlets[ind]);
                    }
                    let mut left_out = self.row_set(&[base]);
                    left_out.iter_mut().zip(found).for_each(|(x, y)| *x &= !y);
                    (left_out, false)
                }
                None => (found.to_vec(), true),
            };
            let add = |n: &mut usize| {
                if sign {
                    *n += 1;
                } else {
                    *n = n.saturating_sub(1);
                }
            };
            self.each_row(&[Some(&set)], |row| {
                if fuse_speakers {
                    if let Some(n) = row.speaker().and_then(|s| res.speaker_counts.get_mut(s)) {
                        add(n);
                    }
                }
                if fuse_outlets {
                    let o = self.outlet_of_article(row.article());
                    if let Some(n) = res.outlet_counts.get_mut(o) {
                        add(n);
                    }
                }
            });
        }
        if speakers_cached.is_none() && !count_speakers {
            self.each_row(&[base, o, d, t], |row| {
                if let Some(n) = row.speaker().and_then(|s| res.speaker_counts.get_mut(s)) {
                    *n += 1;
                }
            });
        }
        if outlets_cached.is_none() && !count_outlets {
            self.each_row(&[base, s, d, t], |row| {
                let o = self.outlet_of_article(row.article());
                if let Some(n) = res.outlet_counts.get_mut(o) {
                    *n += 1;
                }
            });
        }
    }

    /// The histogram counts articles under every filter but the date itself.
    #[inline]
    pub(super) fn count_histogram(
        &self,
        f: &Filters,
        search_hit: Option<&[bool]>,
        totals: Option<&Totals>,
        res: &mut Results,
    ) {
        match totals.filter(|_| f.speakers.is_none() && f.outlets.is_none() && search_hit.is_none())
        {
            Some(tot) => {
                res.histogram.clone_from(&tot.histogram);
                res.undated = tot.undated;
            }
            None => {
                let mut bars: Vec<BarCount> = vec![BarCount::default(); self.bins.len()];
                for &a in &self.article_order {
                    let search_ok = search_hit.is_none_or(|h| h.get(a) == Some(&true));
                    if !(f.speaker_ok(a) && f.outlet_ok(a) && search_ok) {
                        continue;
                    }
                    match self.article_bin[a].and_then(|b| bars.get_mut(b as usize)) {
                        Some(bar) => {
                            let o = self.article_outlet[a];
                            bar.total += 1;
                            // Kept in outlet order as they come: nothing to sort after.
                            match bar.by_outlet.binary_search_by_key(&o, |&(k, _)| k) {
                                Ok(i) => bar.by_outlet[i].1 += 1,
                                Err(i) => bar.by_outlet.insert(i, (o, 1)),
                            }
                        }
                        // Undated, or past the last bar a very long span draws.
                        None => res.undated += usize::from(self.article_span[a].is_none()),
                    }
                }
                res.histogram = bars;
            }
        }
    }
}
