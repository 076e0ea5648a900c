//! Two sides side by side: the quotes an outlet or an article printed, grouped into the same
//! words (a quote family, or a quote no other article repeats), split into words both sides
//! printed and words only one did, and which shared words the sides give to different speakers.
//!
//! Only the rows of the current [`QuoteList`] count, on both sides: a family member the
//! filters drop is not printed as far as the comparison is concerned, so words whose other
//! side's version is filtered out show as printed by one side only. The work is one walk of the
//! list (marking its quotes) and, for the two sides' own quotes only, a family lookup each and
//! one sort (through the index's shared sort).

use super::{Index, QuoteList};

/// One side of a comparison: every article of an outlet, or one article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// An index into [`Index::outlets`].
    Outlet(usize),
    /// An index into `corpus.articles`.
    Article(usize),
}

/// A group of the same words: a quote family, or a quote no other article repeats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Words {
    Family(usize),
    Quote(usize),
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Comparison {
    /// Words both sides printed: (words, left's quote rows, right's quote rows).
    pub both: Vec<(Words, Vec<usize>, Vec<usize>)>,
    /// Words only one side printed, with that side's quote rows.
    pub only_left: Vec<(Words, Vec<usize>)>,
    pub only_right: Vec<(Words, Vec<usize>)>,
}

/// The URL value of an article side: this prefix and the article id. Outlet keys are slugs
/// (letters, digits and `-`), so they never contain the `:`.
const ARTICLE_PREFIX: &str = "article:";

impl Comparison {
    /// The entries of `both` (indexes into it, in its order) whose speakers differ between the
    /// sides: the set of identified speakers on the left is not the set on the right, e.g. a
    /// person on one side and their office on the other. A side whose quotes name no speaker
    /// has the empty set, so it differs from a side that names one; two sides that name nobody
    /// agree, and so do sides naming the same people where one also has an unattributed copy.
    pub fn differing(&self, index: &Index) -> Vec<usize> {
        let mut left: Vec<u32> = Vec::new();
        let mut right: Vec<u32> = Vec::new();
        let mut out = Vec::new();
        for (i, (_, l, r)) in self.both.iter().enumerate() {
            index.speaker_set(l, &mut left);
            index.speaker_set(r, &mut right);
            if left != right {
                out.push(i);
            }
        }
        out
    }
}

impl Index {
    /// Compares the quotes in `quotes` (the current filtered list: only its rows count, on both
    /// sides) printed on the two sides. Each list is in display order: by the first row of each
    /// group on the left (on the right for `only_right`), each group's rows in display order.
    /// Sides that overlap (the same side twice, or an outlet and one of its articles) put the
    /// quotes they share in `both`.
    pub fn compare(&self, quotes: &QuoteList, left: Side, right: Side) -> Comparison {
        // Which quotes the list holds: one walk of it, then each side reads its own articles.
        let mut listed = vec![0u64; self.quote_count().div_ceil(64)];
        for q in quotes.iter() {
            if let Some(w) = listed.get_mut(q / 64) {
                *w |= 1 << (q % 64);
            }
        }
        // The left side's quotes, then the right's, each in display order, with their words.
        let mut items: Vec<(Words, u32)> = Vec::new();
        self.side_quotes(left, &listed, &mut items);
        let split = items.len();
        self.side_quotes(right, &listed, &mut items);
        // Grouped by words; in a group the left's quotes come first, each side's in order.
        let mut order: Vec<u32> = (0..items.len() as u32).collect();
        let words = |i: u32| items.get(i as usize).map(|&(w, _)| w);
        super::sort_indices(&mut order, &|x, y| words(x).cmp(&words(y)).then(x.cmp(&y)));
        // Each group placed at its first quote on the left (on the right when the left has
        // none), then read out in that order: no second sort.
        let mut groups: Vec<(Words, Vec<usize>, Vec<usize>)> = Vec::new();
        let none = u32::MAX;
        let mut by_left = vec![none; split];
        let mut by_right = vec![none; items.len() - split];
        let mut run = order.as_slice();
        while let Some(&head) = run.first() {
            let w = words(head);
            let len = run.iter().take_while(|&&i| words(i) == w).count();
            let (group, rest) = run.split_at(len.clamp(1, run.len()));
            run = rest;
            let Some(w) = w else { continue };
            let (mut l, mut r) = (Vec::new(), Vec::new());
            for &i in group {
                if let Some(&(_, q)) = items.get(i as usize) {
                    if (i as usize) < split { &mut l } else { &mut r }.push(q as usize);
                }
            }
            let slot = match group.first() {
                Some(&i) if (i as usize) < split => by_left.get_mut(i as usize),
                Some(&i) => by_right.get_mut(i as usize - split),
                None => None,
            };
            if let Some(s) = slot {
                *s = groups.len() as u32;
                groups.push((w, l, r));
            }
        }
        let mut out = Comparison::default();
        for &g in by_left.iter().filter(|&&g| g != none) {
            if let Some((w, l, r)) = groups.get_mut(g as usize) {
                let (l, r) = (std::mem::take(l), std::mem::take(r));
                if r.is_empty() {
                    out.only_left.push((*w, l));
                } else {
                    out.both.push((*w, l, r));
                }
            }
        }
        for &g in by_right.iter().filter(|&&g| g != none) {
            if let Some((w, _, r)) = groups.get_mut(g as usize) {
                out.only_right.push((*w, std::mem::take(r)));
            }
        }
        out
    }

    /// The side a URL value names: an outlet key, or `article:<article id>`; `None` when the
    /// corpus knows no such outlet or article.
    pub fn side(&self, value: &str) -> Option<Side> {
        match value.strip_prefix(ARTICLE_PREFIX) {
            Some(id) => self.article_index(id).map(Side::Article),
            None => self.outlet_pos.get(value).map(|&o| Side::Outlet(o)),
        }
    }

    /// The URL value of a side (the inverse of [`Index::side`]); empty for a side the corpus
    /// does not have, which `side` reads back as `None`.
    pub fn side_value(&self, side: Side) -> String {
        match side {
            Side::Outlet(o) => self
                .outlets
                .get(o)
                .map(|x| x.key.clone())
                .unwrap_or_default(),
            Side::Article(a) => self
                .corpus
                .articles
                .get(a)
                .map(|x| format!("{ARTICLE_PREFIX}{}", x.id))
                .unwrap_or_default(),
        }
    }

    /// The quotes of `side` that `listed` holds, in display order (its articles in display
    /// order, each one's quotes in text order, as the rows are), with their words, onto `out`.
    fn side_quotes(&self, side: Side, listed: &[u64], out: &mut Vec<(Words, u32)>) {
        let mut take = |a: usize| {
            for &q in self.all_quotes_of_article(a) {
                let q = q as usize;
                if crate::bits::bit(listed, q) {
                    let words = self.family_of(q).map_or(Words::Quote(q), Words::Family);
                    out.push((words, q as u32));
                }
            }
        };
        match side {
            Side::Article(a) => take(a),
            Side::Outlet(o) => {
                for &r in self.outlet_articles.get(o) {
                    if let Some(&a) = self.article_order.get(r as usize) {
                        take(a);
                    }
                }
            }
        }
    }

    /// The distinct identified speakers of `rows`, sorted, into `out` (cleared first).
    fn speaker_set(&self, rows: &[usize], out: &mut Vec<u32>) {
        let n = self.corpus.speakers.len();
        out.clear();
        out.extend(
            rows.iter()
                .filter_map(|&q| self.quotes.speaker(q))
                .filter(|&s| s < n)
                .map(|s| s as u32),
        );
        super::sort_indices(out, &|x, y| x.cmp(&y));
        out.dedup();
    }
}
