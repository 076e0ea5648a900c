//! A query's filters resolved against the index once ([`Filters`]: chosen speakers and outlets
//! as flags, the date range as days, search terms folded), with the per-article tests and the
//! row sets of the Quotes view ([`RowSets`]) that running and counting share.

use time::Date;

use super::{Index, Sets};
use crate::date;
use crate::query::Query;
use crate::text;

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
    #[inline]
    pub(super) fn new(ix: &'a Index, q: &Query) -> Filters<'a> {
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
    #[inline]
    pub(super) fn article_speakers(&self) -> &'a Sets {
        if self.indirect {
            &self.ix.article_speakers_all
        } else {
            &self.ix.article_speakers
        }
    }

    #[inline]
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

    #[inline]
    pub(super) fn outlet_ok(&self, a: usize) -> bool {
        match &self.outlets {
            None => true,
            Some(sel) => sel[self.ix.article_outlet[a]],
        }
    }

    #[inline]
    pub(super) fn date_ok(&self, a: usize) -> bool {
        !self.ranged
            || self.ix.article_span[a].is_some_and(|(lo, hi)| {
                self.from.is_none_or(|f| lo >= f) && self.to.is_none_or(|t| hi <= t)
            })
    }

    /// Dated articles inside the range, found from the first-day order rather than by
    /// checking every article.
    pub(super) fn in_range(&self) -> impl Iterator<Item = usize> + '_ {
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
