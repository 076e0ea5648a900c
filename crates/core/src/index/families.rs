//! Quote families as the page reads them: which family a quote belongs to, its members in the
//! order they appeared, and whether outlets gave the words to different speakers.

use super::Index;
use crate::date::{earliest, When};

/// Each family's quote rows, earliest article first; the family of each quote; and where each
/// family's words appeared first. All of it settled at load: a card asks for its family on
/// every redraw, and a family of a stock phrase can have thousands of members.
#[derive(Debug, Default)]
pub struct Families {
    members: Vec<Vec<u32>>,
    /// Per quote row, its family (`NONE` for none): one load per lookup.
    of_row: Vec<u32>,
    /// Per family, the articles no other member's article certainly preceded.
    firsts: Vec<Vec<u32>>,
    /// Per family, how many distinct articles print it, and the distinct speakers its members
    /// are given in member order: what every card of a member shows, so not counted per card.
    articles: Vec<u32>,
    speakers: Vec<Vec<u32>>,
}

const NONE: u32 = u32::MAX;

impl Families {
    /// `rows` as the bundle gives them; rows outside `0..quotes` and families of fewer than
    /// two are dropped, and a row in two families stays in the first. `article` gives a row's
    /// article, `speaker` its speaker, `whens` each article's date: members are ordered by
    /// them (by day, then by time where one is given, then corpus order; undated last).
    pub fn new(
        rows: Vec<Vec<u32>>,
        quotes: usize,
        article: impl Fn(u32) -> Option<usize>,
        speaker: impl Fn(u32) -> Option<usize>,
        whens: &[Option<When>],
    ) -> Families {
        let mut of_row = vec![NONE; quotes];
        let mut members: Vec<Vec<u32>> = Vec::with_capacity(rows.len());
        let mut firsts = Vec::with_capacity(rows.len());
        let mut articles = Vec::with_capacity(rows.len());
        let mut speakers = Vec::with_capacity(rows.len());
        let mut keyed: Vec<(u32, usize, Option<When>)> = Vec::new();
        for f in rows {
            let id = members.len() as u32;
            keyed.clear();
            for r in f {
                match of_row.get_mut(r as usize) {
                    Some(slot) if *slot == NONE => {
                        *slot = id;
                        let a = article(r).unwrap_or(usize::MAX);
                        keyed.push((r, a, whens.get(a).copied().flatten()));
                    }
                    _ => {}
                }
            }
            if keyed.len() < 2 {
                for &(r, ..) in &keyed {
                    if let Some(slot) = of_row.get_mut(r as usize) {
                        *slot = NONE;
                    }
                }
                continue;
            }
            let key = |i: u32| {
                keyed
                    .get(i as usize)
                    .map(|&(r, a, w)| (w.is_none(), w.map(|w| (w.first, w.utc)), a, r))
            };
            let mut order: Vec<u32> = (0..keyed.len() as u32).collect();
            super::sort_indices(&mut order, &|x, y| key(x).cmp(&key(y)));
            let rows: Vec<u32> = order
                .iter()
                .filter_map(|&i| keyed.get(i as usize).map(|k| k.0))
                .collect();
            // Members of one article share its date, so they stand together in this order.
            let mut distinct = 0u32;
            let mut last = None;
            for a in order
                .iter()
                .filter_map(|&i| keyed.get(i as usize).map(|k| k.1))
            {
                if a != usize::MAX && last != Some(a) {
                    distinct += 1;
                }
                last = Some(a);
            }
            articles.push(distinct);
            speakers.push(first_seen(rows.iter().filter_map(|&r| speaker(r))));
            members.push(rows);
            let dated: Vec<(usize, When)> = keyed
                .iter()
                .filter_map(|&(_, a, w)| Some((a, w?)))
                .collect();
            let mut first: Vec<u32> = earliest_of(&dated).map(|a| a as u32).collect();
            super::sort_indices(&mut first, &|x, y| x.cmp(&y));
            first.dedup();
            firsts.push(first);
        }
        Families {
            members,
            of_row,
            firsts,
            articles,
            speakers,
        }
    }

    /// The articles where family `f`'s words appeared first.
    pub(super) fn firsts(&self, f: usize) -> &[u32] {
        self.firsts.get(f).map_or(&[], Vec::as_slice)
    }

    /// The family of quote row `q`, if any.
    pub(super) fn of(&self, q: usize) -> Option<usize> {
        self.of_row
            .get(q)
            .copied()
            .filter(|&f| f != NONE)
            .map(|f| f as usize)
    }
}

/// The distinct values in the order they first appear: sorted with their first places, not
/// searched for one by one, so thousands of distinct speakers cost a sort.
fn first_seen(values: impl Iterator<Item = usize>) -> Vec<u32> {
    let at: Vec<u32> = values.map(|v| v as u32).collect();
    // Through the index's one sort routine: each sort instantiated in the page is code.
    let mut order: Vec<u32> = (0..at.len() as u32).collect();
    let value = |i: u32| at.get(i as usize).copied().unwrap_or(u32::MAX);
    super::sort_indices(&mut order, &|x, y| value(x).cmp(&value(y)).then(x.cmp(&y)));
    let mut firsts: Vec<u32> = Vec::new();
    let mut last = None;
    for i in order {
        if last != Some(value(i)) {
            firsts.push(i);
        }
        last = Some(value(i));
    }
    super::sort_indices(&mut firsts, &|x, y| x.cmp(&y));
    firsts.into_iter().map(value).collect()
}

/// The dated appearances nothing certainly precedes (the answer of [`crate::date::earliest`],
/// see [`When::before`]) in one pass instead of comparing every pair, which a family printed by
/// thousands of articles would make slow. `o` certainly precedes `w` when both have a time and
/// `o`'s is earlier, or when either has none and `o`'s last day is before `w`'s first; so it is
/// enough to know the earliest time among the timed, and the earliest last day among the
/// untimed and among all.
pub(super) fn earliest_of(whens: &[(usize, When)]) -> impl Iterator<Item = usize> + '_ {
    let min_utc = whens.iter().filter_map(|(_, w)| w.utc).min();
    let min_last_untimed = whens
        .iter()
        .filter(|(_, w)| w.utc.is_none())
        .map(|(_, w)| w.last)
        .min();
    let min_last = whens.iter().map(|(_, w)| w.last).min();
    whens.iter().filter_map(move |&(a, w)| {
        let preceded = match w.utc {
            Some(t) => {
                min_utc.is_some_and(|m| m < t) || min_last_untimed.is_some_and(|m| m < w.first)
            }
            None => min_last.is_some_and(|m| m < w.first),
        };
        (!preceded).then_some(a)
    })
}

/// One version of a family's words, as an outlet printed them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FamilyMember {
    /// The quote (an index for [`Index::quote`]).
    pub quote: usize,
    pub article: usize,
    pub speaker: Option<usize>,
}

impl Index {
    /// The family quote `q` belongs to, if any.
    pub fn family_of(&self, q: usize) -> Option<usize> {
        self.families.of(q)
    }

    /// How many families the corpus has.
    pub fn family_count(&self) -> usize {
        self.families.members.len()
    }

    /// A family's members, earliest article first (by day, then by time where one is given,
    /// then corpus order; undated articles last).
    pub fn family_members(&self, f: usize) -> Vec<FamilyMember> {
        let Some(rows) = self.families.members.get(f) else {
            return Vec::new();
        };
        rows.iter()
            .filter_map(|&r| {
                let q = self.quote(r as usize)?;
                Some(FamilyMember {
                    quote: r as usize,
                    article: q.article,
                    speaker: q.speaker,
                })
            })
            .collect()
    }

    /// When an article appeared, as far as its date tells.
    pub fn article_when(&self, a: usize) -> Option<When> {
        self.corpus
            .articles
            .get(a)?
            .date
            .as_ref()
            .and_then(When::of)
    }

    /// Of these articles, the ones no other certainly preceded (see [`crate::date::earliest`]):
    /// one is first, several are tied, none when all are undated.
    pub fn earliest_articles(&self, articles: &[usize]) -> Vec<usize> {
        let whens: Vec<Option<When>> = articles.iter().map(|&a| self.article_when(a)).collect();
        // Through the index's one sort routine: each sort instantiated in the page is code.
        let mut out: Vec<u32> = earliest(&whens)
            .into_iter()
            .filter_map(|i| articles.get(i).map(|&a| a as u32))
            .collect();
        super::sort_indices(&mut out, &|x, y| x.cmp(&y));
        out.dedup();
        out.into_iter().map(|a| a as usize).collect()
    }

    /// The articles where the family's words appeared first (settled at load).
    pub fn family_first(&self, f: usize) -> Vec<usize> {
        self.families
            .firsts(f)
            .iter()
            .map(|&a| a as usize)
            .collect()
    }

    /// How many articles quote the family's words.
    pub fn family_articles(&self, f: usize) -> usize {
        self.families.articles.get(f).map_or(0, |&n| n as usize)
    }

    /// The distinct speakers the family's members are given, in member order. More than one
    /// means outlets disagree on who said these words (a person and their office, two people).
    pub fn family_speakers(&self, f: usize) -> Vec<usize> {
        self.families
            .speakers
            .get(f)
            .map_or_else(Vec::new, |s| s.iter().map(|&s| s as usize).collect())
    }

    /// A quote by its id, anywhere in the corpus: through its article when the id is the
    /// usual `{article id}-{start}`, else among family members (the only quotes looked up
    /// without their article).
    pub fn quote_by_id(&self, id: &str) -> Option<usize> {
        let derived = id
            .rsplit_once('-')
            .and_then(|(a, _)| self.article_index(a))
            .and_then(|a| self.quote_in_article(a, id));
        derived.or_else(|| {
            self.families
                .members
                .iter()
                .flatten()
                .map(|&r| r as usize)
                .find(|&r| self.quote(r).is_some_and(|q| q.id() == id))
        })
    }
}
