//! Articles on a time axis, one lane per outlet: where each dated article stands in UTC, which
//! quote families it printed first, and whether text it shares was printed there first.
//!
//! Placement follows what the date says and no more. A timestamp is its exact instant in UTC,
//! whatever zone the outlet gave it in. A date without a time (a day, or a month or year)
//! covers its whole period in UTC, from 00:00 of its first day to 24:00 of its last: the point
//! stands at the middle with `day_only` set, so the page can draw the span, and the axis
//! reaches both ends. Undated articles are listed apart, never placed and never first.
//!
//! One call walks the articles and the listed quotes once (a quote's family and each family's
//! first articles, and each article's first shared text, are settled at load), groups by
//! counting, and sorts each lane's articles by time.

use super::{Index, QuoteList};
use crate::date::When;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Timeline {
    /// One lane per outlet with a dated article, in the index's outlet display order.
    pub lanes: Vec<Lane>,
    /// The axis: the earliest and latest instants, as UTC seconds since 1970. A date without a
    /// time counts as its whole span (a day from its 00:00 to 24:00 UTC); a timestamp as its
    /// exact instant. Both 0 when no article is dated.
    pub start: i64,
    pub end: i64,
    /// Articles without a date (never placed, never first), in the order given.
    pub undated: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Lane {
    /// An index into [`Index::outlets`].
    pub outlet: usize,
    /// Sorted by `at`, then article.
    pub points: Vec<Point>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Point {
    pub article: usize,
    /// UTC seconds where the article is placed. For a date without a time, the middle of the
    /// days it covers (for a day, its 12:00 UTC), with `day_only` true so the page can draw
    /// the span (a month or a year is marked the same way).
    pub at: i64,
    pub day_only: bool,
    /// How many quote families (among the given quotes' families) this article printed first,
    /// ties included (see [`Index::family_first`]); a family counts once however many of its
    /// words the article printed.
    pub first_families: usize,
    /// Whether shared text in this article was printed here first: it shares at least one
    /// passage, and every article it shares one with is certainly later (so some article
    /// copies from it, see [`Index::copied_from`], and it copied nothing, its
    /// [`Index::copied_bytes`] being 0). An article whose dates cannot be told apart from its
    /// partner's, or undated, is not first; nor is one that copied any text, even under 1%.
    pub first_passages: bool,
}

const DAY: i64 = 86_400;

/// Sets bit `i`; whether it was clear.
fn mark(set: &mut [u64], i: usize) -> bool {
    let Some(w) = set.get_mut(i / 64) else {
        return false;
    };
    let was = *w & (1 << (i % 64)) == 0;
    *w |= 1 << (i % 64);
    was
}

/// The positions of `keys` grouped by lane (`keys[i].0`, below `n_lanes`, or past it for none),
/// each lane's in their order, by counting.
fn group_by_lane(keys: &[(usize, i64, usize)], n_lanes: usize) -> Vec<u32> {
    let lane = |k: &(usize, i64, usize)| k.0.min(n_lanes);
    let mut at = vec![0u32; n_lanes + 2];
    for k in keys {
        if let Some(c) = at.get_mut(lane(k) + 1) {
            *c += 1;
        }
    }
    for i in 1..at.len() {
        let before = at.get(i - 1).copied().unwrap_or(0);
        if let Some(c) = at.get_mut(i) {
            *c += before;
        }
    }
    let mut out = vec![0u32; keys.len()];
    for (i, k) in keys.iter().enumerate() {
        if let Some(next) = at.get_mut(lane(k)) {
            if let Some(slot) = out.get_mut(*next as usize) {
                *slot = i as u32;
            }
            *next += 1;
        }
    }
    out
}

/// UTC seconds at 00:00 of a day.
fn midnight(d: time::Date) -> i64 {
    (d.to_julian_day() as i64 - 2_440_588) * DAY
}

impl Index {
    /// The timeline of `articles` (the current filtered articles, in display order), with
    /// `quotes` (the current list) deciding which families count: a family counts when one of
    /// its members is in the list, and its first articles are found among all its members.
    pub fn timeline(&self, articles: &[usize], quotes: &QuoteList) -> Timeline {
        let n = self.corpus.articles.len();
        let first = self.first_family_counts(quotes);
        let mut seen = vec![0u64; n.div_ceil(64)];
        let mut undated = Vec::new();
        // Each placed article's sort key (lane, instant, article), and (day only, first
        // passages) beside it.
        let mut keys: Vec<(usize, i64, usize)> = Vec::new();
        let mut flags: Vec<(bool, bool)> = Vec::new();
        let mut span: Option<(i64, i64)> = None;
        for &a in articles {
            // Each article once; an index the corpus does not have is skipped.
            if a >= n || !mark(&mut seen, a) {
                continue;
            }
            let Some(when) = self.article_whens.get(a).copied().flatten() else {
                undated.push(a);
                continue;
            };
            let (lo, hi, at, day_only) = place(&when);
            span = Some(span.map_or((lo, hi), |(s, e)| (s.min(lo), e.max(hi))));
            let lane = self
                .outlet_rank
                .get(self.outlet_of_article(a))
                .copied()
                .unwrap_or(usize::MAX);
            keys.push((lane, at, a));
            flags.push((day_only, self.passages_first(a)));
        }
        // Bucketed by lane (keeping display order, which is nearly time order), then each
        // lane sorted by instant and article.
        let mut order = group_by_lane(&keys, self.outlets.len());
        let mut rest = order.as_mut_slice();
        while let Some(&head) = rest.first() {
            let lane = keys.get(head as usize).map(|k| k.0);
            let len = rest
                .iter()
                .take_while(|&&i| keys.get(i as usize).map(|k| k.0) == lane)
                .count();
            let (run, tail) = rest.split_at_mut(len.clamp(1, rest.len()));
            let key = |i: u32| keys.get(i as usize).map(|&(_, at, a)| (at, a));
            super::sort_indices(run, &|x, y| key(x).cmp(&key(y)));
            rest = tail;
        }
        let mut lanes: Vec<Lane> = Vec::new();
        for &i in &order {
            let (Some(&(_, at, a)), Some(&(day_only, first_passages))) =
                (keys.get(i as usize), flags.get(i as usize))
            else {
                continue;
            };
            let outlet = self.outlet_of_article(a);
            let point = Point {
                article: a,
                at,
                day_only,
                first_families: first.get(a).copied().unwrap_or(0) as usize,
                first_passages,
            };
            match lanes.last_mut() {
                Some(lane) if lane.outlet == outlet => lane.points.push(point),
                _ => lanes.push(Lane {
                    outlet,
                    points: vec![point],
                }),
            }
        }
        let (start, end) = span.unwrap_or((0, 0));
        Timeline {
            lanes,
            start,
            end,
            undated,
        }
    }

    /// Per article, how many of the families of `quotes` it printed first: each family the
    /// list touches counted once, for the first articles settled at load.
    fn first_family_counts(&self, quotes: &QuoteList) -> Vec<u32> {
        let mut counts = vec![0u32; self.corpus.articles.len()];
        let n_families = self.family_count();
        if n_families == 0 {
            return counts;
        }
        let mut touched = vec![0u64; n_families.div_ceil(64)];
        for q in quotes.iter() {
            let Some(f) = self.family_of(q) else { continue };
            if mark(&mut touched, f) {
                for &a in self.families.firsts(f) {
                    if let Some(c) = counts.get_mut(a as usize) {
                        *c += 1;
                    }
                }
            }
        }
        counts
    }
}

/// Where a date stands: (axis from, axis to, placed at, without a time).
fn place(w: &When) -> (i64, i64, i64, bool) {
    match w.utc {
        Some(t) => (t, t, t, false),
        None => {
            let (lo, hi) = (midnight(w.first), midnight(w.last) + DAY);
            (lo, hi, lo + (hi - lo) / 2, true)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one-pass `earliest` agrees with the pairwise one on every small mix of days, months
    /// and timestamps.
    #[test]
    fn earliest_in_one_pass_matches_the_pairwise_answer() {
        let day = |d: u8| time::Date::from_calendar_date(2025, time::Month::November, d).ok();
        let mut kinds: Vec<When> = Vec::new();
        for d in 1..=3u8 {
            let (Some(first), Some(last)) = (day(d), day(d + 1)) else {
                continue;
            };
            kinds.push(When {
                first,
                last: first,
                utc: None,
            });
            kinds.push(When {
                first,
                last,
                utc: None,
            });
            for h in [-20, 0, 5, 30] {
                kinds.push(When {
                    first,
                    last: first,
                    utc: Some(midnight(first) + h * 3600),
                });
            }
        }
        let k = kinds.len();
        for n in 1..=3u32 {
            for code in 0..k.pow(n) {
                let whens: Vec<(usize, When)> = (0..n as usize)
                    .filter_map(|i| kinds.get(code / k.pow(i as u32) % k).map(|&w| (i, w)))
                    .collect();
                let opts: Vec<Option<When>> = whens.iter().map(|&(_, w)| Some(w)).collect();
                let fast: Vec<usize> = super::super::families::earliest_of(&whens).collect();
                assert_eq!(fast, crate::date::earliest(&opts), "{whens:?}");
            }
        }
    }
}
