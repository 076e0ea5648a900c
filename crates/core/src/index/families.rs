//! Quote families as the page reads them: which family a quote belongs to, its members in the
//! order they appeared, and whether outlets gave the words to different speakers.

use super::Index;
use crate::date::{earliest, When};

/// Each family's quote rows, and the family of each member row.
#[derive(Debug, Default)]
pub struct Families {
    members: Vec<Vec<u32>>,
    /// (quote row, family), sorted by row: looked up by binary search, as only members have
    /// an entry.
    of_row: Vec<(u32, u32)>,
}

impl Families {
    /// `rows` as the bundle gives them; rows outside `0..quotes` and families of fewer than
    /// two are dropped, and a row in two families stays in the first.
    pub fn new(rows: Vec<Vec<u32>>, quotes: usize) -> Families {
        let mut members = Vec::with_capacity(rows.len());
        let mut of_row = Vec::new();
        let mut taken = std::collections::HashSet::new();
        for mut f in rows {
            f.retain(|&r| (r as usize) < quotes && taken.insert(r));
            if f.len() < 2 {
                continue;
            }
            let id = members.len() as u32;
            of_row.extend(f.iter().map(|&r| (r, id)));
            members.push(f);
        }
        of_row.sort_unstable();
        Families { members, of_row }
    }
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
        let q = u32::try_from(q).ok()?;
        let f = &self.families.of_row;
        f.binary_search_by_key(&q, |&(r, _)| r)
            .ok()
            .and_then(|i| f.get(i))
            .map(|&(_, fam)| fam as usize)
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
        let out: Vec<FamilyMember> = rows
            .iter()
            .filter_map(|&r| {
                let q = self.quote(r as usize)?;
                Some(FamilyMember {
                    quote: r as usize,
                    article: q.article,
                    speaker: q.speaker,
                })
            })
            .collect();
        let keys: Vec<_> = out
            .iter()
            .map(|m| {
                let when = self.article_when(m.article);
                (
                    when.is_none(),
                    when.map(|w| (w.first, w.utc)),
                    m.article,
                    m.quote,
                )
            })
            .collect();
        let mut order: Vec<u32> = (0..out.len() as u32).collect();
        super::sort_indices(&mut order, &|x, y| {
            keys.get(x as usize).cmp(&keys.get(y as usize))
        });
        let out = order
            .iter()
            .filter_map(|&i| out.get(i as usize).cloned())
            .collect();
        out
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
        let mut out: Vec<usize> = earliest(&whens)
            .into_iter()
            .filter_map(|i| articles.get(i).copied())
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The articles where the family's words appeared first.
    pub fn family_first(&self, f: usize) -> Vec<usize> {
        let articles: Vec<usize> = self.family_members(f).iter().map(|m| m.article).collect();
        self.earliest_articles(&articles)
    }

    /// How many articles quote the family's words.
    pub fn family_articles(&self, f: usize) -> usize {
        let mut a: Vec<usize> = self.family_members(f).iter().map(|m| m.article).collect();
        a.sort_unstable();
        a.dedup();
        a.len()
    }

    /// The distinct speakers the family's members are given, in member order. More than one
    /// means outlets disagree on who said these words (a person and their office, two people).
    pub fn family_speakers(&self, f: usize) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for s in self.family_members(f).iter().filter_map(|m| m.speaker) {
            if !out.contains(&s) {
                out.push(s);
            }
        }
        out
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
                .of_row
                .iter()
                .map(|&(r, _)| r as usize)
                .find(|&r| self.quote(r).is_some_and(|q| q.id() == id))
        })
    }
}
