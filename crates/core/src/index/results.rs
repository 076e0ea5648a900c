//! What a query answers: [`Results`], with the matching quotes as a [`QuoteList`] (a set of
//! rows read a page at a time) and the histogram's [`BarCount`]s.

use std::sync::Arc;

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

/// Articles in one histogram bar ([`Index::bins`], same position).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BarCount {
    /// (outlet index, articles) for outlets with articles in the bar, by outlet index.
    pub by_outlet: Vec<(usize, usize)>,
    pub total: usize,
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
    pub(super) fn new(rows: Vec<u64>, row_quotes: Arc<[u32]>) -> QuoteList {
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
