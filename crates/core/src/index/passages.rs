//! Shared passages as the page reads them: which runs of an article's text stand in another
//! article, and how much of each article was already printed elsewhere, earlier or undated
//! (its share of copy, the complement of its originality).

use super::Index;
use crate::date::When;
use crate::table::{union_len, PassageRow, Shares};

/// Each passage once, and each article's passages from either side.
#[derive(Debug, Default)]
pub struct Passages {
    rows: Vec<PassageRow>,
    /// Article `a`'s passages are `of_article[starts[a]..starts[a + 1]]`, in row order: built by
    /// counting, not sorting, because a large corpus has millions of rows and the page builds
    /// this while the person waits.
    starts: Vec<u32>,
    of_article: Vec<u32>,
    /// Per article, its bytes of copy and whether its shared text appeared there first.
    shares: Shares,
}

/// One passage seen from one of its two articles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shared {
    /// Byte range in this article's text.
    pub start: usize,
    pub end: usize,
    pub other: usize,
    /// Byte range in the other article's text.
    pub other_start: usize,
    pub other_end: usize,
    /// The other article could have been the source: it is earlier, undated, or the dates
    /// cannot tell.
    pub other_not_later: bool,
}

impl Passages {
    /// `rows` must be valid for the corpus's articles (see [`PassageRow::valid`]), `shares`
    /// worked out from them ([`Shares::of`]).
    pub fn new(rows: Vec<PassageRow>, articles: usize, shares: Shares) -> Passages {
        let mut starts = vec![0u32; articles + 1];
        for r in &rows {
            for x in [r.a, r.b] {
                if let Some(c) = starts.get_mut(x as usize + 1) {
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
        let mut next = starts.clone();
        let mut of_article = vec![0u32; starts.last().copied().unwrap_or(0) as usize];
        for (i, r) in rows.iter().enumerate() {
            for x in [r.a, r.b] {
                if let Some(at) = next.get_mut(x as usize) {
                    if let Some(slot) = of_article.get_mut(*at as usize) {
                        *slot = i as u32;
                    }
                    *at += 1;
                }
            }
        }
        Passages {
            rows,
            starts,
            of_article,
            shares,
        }
    }

    fn of<'a>(&'a self, a: usize, whens: &'a [Option<When>]) -> impl Iterator<Item = Shared> + 'a {
        let a32 = a as u32;
        let from = self.starts.get(a).copied().unwrap_or(0) as usize;
        let to = self.starts.get(a + 1).copied().unwrap_or(0) as usize;
        self.of_article
            .get(from..to)
            .unwrap_or(&[])
            .iter()
            .filter_map(move |&i| {
                let r = self.rows.get(i as usize)?;
                let (start, end, other, os, oe) = if r.a == a32 {
                    (r.a_start, r.a_end, r.b, r.b_start, r.b_end)
                } else {
                    (r.b_start, r.b_end, r.a, r.a_start, r.a_end)
                };
                let here = whens.get(a).copied().flatten();
                let there = whens.get(other as usize).copied().flatten();
                let other_not_later = match (here, there) {
                    (Some(h), Some(t)) => t.before(&h) != Some(std::cmp::Ordering::Greater),
                    _ => true,
                };
                Some(Shared {
                    start: start as usize,
                    end: end as usize,
                    other: other as usize,
                    other_start: os as usize,
                    other_end: oe as usize,
                    other_not_later,
                })
            })
    }
}

impl Index {
    /// Article `a`'s shared passages.
    pub fn article_passages(&self, a: usize) -> Vec<Shared> {
        self.passages.of(a, &self.article_whens).collect()
    }

    /// How many bytes of article `a`'s text also stand in articles that are earlier, undated,
    /// or of a date that cannot be told apart from it.
    pub fn copied_bytes(&self, a: usize) -> usize {
        self.passages.shares.copied.get(a).copied().unwrap_or(0) as usize
    }

    /// The share of article `a`'s text printed elsewhere first (or undated), in per cent,
    /// rounded down so a wholly original article is 0 and only a full copy is 100.
    pub fn copied_percent(&self, a: usize) -> usize {
        // From the first word to the last: a full copy is 100 whatever punctuation ends it.
        let len = self.corpus.articles.get(a).map_or(0, |x| {
            x.text.trim_matches(|c: char| !c.is_alphanumeric()).len()
        });
        (self.copied_bytes(a) * 100)
            .checked_div(len)
            .unwrap_or(0)
            .min(100)
    }

    /// The articles `a` shares text with that could be its source, each with how many bytes of
    /// `a`'s text it holds, the most first (then corpus order). A wire story reprinted a
    /// thousand times has hundreds of them: grouped by sorting, not by searching a list.
    pub fn copied_from(&self, a: usize) -> Vec<(usize, usize)> {
        let spans: Vec<(u32, u32, u32)> = self
            .passages
            .of(a, &self.article_whens)
            .filter(|s| s.other_not_later)
            .map(|s| (s.other as u32, s.start as u32, s.end as u32))
            .collect();
        let mut order: Vec<u32> = (0..spans.len() as u32).collect();
        let span = |i: u32| spans.get(i as usize).copied().unwrap_or_default();
        super::sort_indices(&mut order, &|x, y| span(x).cmp(&span(y)));
        let mut out: Vec<(usize, usize)> = Vec::new();
        let mut from = 0;
        while let Some(&first) = order.get(from) {
            let other = span(first).0;
            let to = order
                .get(from..)
                .unwrap_or(&[])
                .iter()
                .position(|&i| span(i).0 != other)
                .map_or(order.len(), |k| from + k);
            let group = order.get(from..to).unwrap_or(&[]);
            out.push((
                other as usize,
                union_len(group.iter().map(|&i| (span(i).1, span(i).2))),
            ));
            from = to;
        }
        let mut ranked: Vec<u32> = (0..out.len() as u32).collect();
        let key = |i: u32| {
            out.get(i as usize)
                .map_or((0, 0), |&(o, n)| (usize::MAX - n, o))
        };
        super::sort_indices(&mut ranked, &|x, y| key(x).cmp(&key(y)));
        out = ranked
            .iter()
            .filter_map(|&i| out.get(i as usize).copied())
            .collect();
        out
    }

    /// Whether article `a`'s shared text appeared there first: every article it shares text
    /// with is certainly later (ties and undated partners could be the source).
    pub fn passages_first(&self, a: usize) -> bool {
        self.passages.shares.first.get(a).copied().unwrap_or(false)
    }

    /// How many shared passages the corpus has.
    pub fn passage_count(&self) -> usize {
        self.passages.rows.len()
    }
}
