//! The search indexes of a corpus: an inverted index of folded words for articles (text and
//! title) and one for quotes (text and speaker), with prefix matching. Built at ingest and
//! shipped in the bundle for large corpora, or built at load; the bundle encodes and decodes
//! them through the types here.

use std::collections::HashMap;

use crate::model::{Article, Corpus, Speaker};
use crate::table::QuoteTable;
use crate::text;

/// The search indexes of a corpus: the folded words of each article (text and title), and of
/// each quote (its text and its speaker's name).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct SearchIndex {
    articles: Postings,
    quotes: Postings,
}

impl SearchIndex {
    /// The indexes as the bundle gives them back: article words, then quote words.
    pub fn new(articles: Postings, quotes: Postings) -> SearchIndex {
        SearchIndex { articles, quotes }
    }
    /// The words of articles (text and title), by article index.
    pub fn articles(&self) -> &Postings {
        &self.articles
    }
    /// The words of quotes (text and speaker's name), by quote index.
    pub fn quotes(&self) -> &Postings {
        &self.quotes
    }

    /// The indexes of a corpus, its quotes numbered as [`crate::index::Index`] numbers them (a quote of a
    /// missing article, or with offsets outside its text, is left out there and here).
    pub fn build(corpus: &Corpus) -> SearchIndex {
        let quotes = QuoteTable::from_quotes(&corpus.quotes, &corpus.articles, &corpus.speakers);
        SearchIndex::build_parts(&corpus.articles, &corpus.speakers, &quotes)
    }

    pub fn build_parts(
        articles: &[Article],
        speakers: &[Speaker],
        quotes: &QuoteTable,
    ) -> SearchIndex {
        let articles_index = Postings::build(articles.len(), |d, add| {
            if let Some(a) = articles.get(d) {
                text::for_each_folded_word(&a.text, &mut *add);
                if let Some(t) = &a.title {
                    text::for_each_folded_word(t, &mut *add);
                }
            }
        });
        let quotes_index = Postings::build(quotes.len(), |d, add| {
            let Some(q) = quotes.get(d, articles, speakers) else {
                return;
            };
            text::for_each_folded_word(q.text, &mut *add);
            if let Some(sp) = q.speaker.and_then(|s| speakers.get(s)) {
                text::for_each_folded_word(&sp.name, &mut *add);
            }
        });
        SearchIndex {
            articles: articles_index,
            quotes: quotes_index,
        }
    }
}

/// An inverted index: each distinct folded word with the sorted ids of the documents holding it.
/// Prefix search walks the sorted vocabulary from the prefix to the last word that starts with
/// it, so a term costs its matching postings, not a pass over every document.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Postings {
    /// Sorted, distinct.
    vocab: Vec<Box<str>>,
    /// Per word, the documents that hold it.
    lists: Vec<Docs>,
    docs: usize,
}

impl Postings {
    /// An empty index over `docs` documents with room for `words` words, to be filled in word
    /// order with [`Postings::push`] (as the bundle decoder does).
    pub fn with_capacity(words: usize, docs: usize) -> Postings {
        Postings {
            vocab: Vec::with_capacity(words),
            lists: Vec::with_capacity(words),
            docs,
        }
    }

    /// Appends `word` with the documents that hold it. Refused, with the reason, unless the word
    /// sorts after every word so far and `ids` ascend strictly below the document count: the
    /// bundle's bytes may be damaged, and matching relies on both orders.
    pub fn push(&mut self, word: &str, ids: Vec<u32>) -> Result<(), &'static str> {
        if self.vocab.last().is_some_and(|p| **p >= *word) {
            return Err("search words out of order");
        }
        if ids.windows(2).any(|w| w[0] >= w[1]) {
            return Err("search documents out of order");
        }
        if ids.last().is_some_and(|&d| d as usize >= self.docs) {
            return Err("search document out of range");
        }
        self.vocab.push(word.into());
        self.lists.push(Docs::new(ids, self.docs));
        Ok(())
    }

    /// The number of distinct words.
    pub fn len(&self) -> usize {
        self.vocab.len()
    }

    pub fn is_empty(&self) -> bool {
        self.vocab.is_empty()
    }

    /// Each word in sorted order with the ids of its documents, ascending.
    pub fn words(&self) -> impl Iterator<Item = (&str, Vec<u32>)> + '_ {
        self.vocab
            .iter()
            .zip(&self.lists)
            .map(|(w, d)| (&**w, d.ids()))
    }

    /// `docs` calls its argument once per document with a function that takes each of its
    /// words; documents are numbered in call order.
    pub(crate) fn build(
        docs: usize,
        mut each_doc: impl FnMut(usize, &mut dyn FnMut(&str)),
    ) -> Postings {
        // Words get ids in order of first sight; the lists are re-ordered by word at the end.
        let mut ids: HashMap<Box<str>, u32> = HashMap::new();
        let mut lists: Vec<Vec<u32>> = Vec::new();
        for d in 0..docs {
            let doc = d as u32;
            each_doc(d, &mut |w: &str| {
                let id = match ids.get(w) {
                    Some(&id) => id,
                    None => {
                        ids.insert(w.into(), lists.len() as u32);
                        lists.push(Vec::new());
                        (lists.len() - 1) as u32
                    }
                };
                if let Some(list) = lists.get_mut(id as usize) {
                    // Documents arrive in order, so a list only needs checking at its end.
                    if list.last() != Some(&doc) {
                        list.push(doc);
                    }
                }
            });
        }
        let mut entries: Vec<(Box<str>, u32)> = ids.into_iter().collect();
        crate::index::sort_by(&mut entries, &|a, b| a.0.cmp(&b.0));
        let mut vocab = Vec::with_capacity(entries.len());
        let mut sorted = Vec::with_capacity(entries.len());
        for (w, id) in entries {
            vocab.push(w);
            sorted.push(Docs::new(std::mem::take(&mut lists[id as usize]), docs));
        }
        Postings {
            vocab,
            lists: sorted,
            docs,
        }
    }

    /// Documents where every term prefix-matches some word, as a bitset; `None` without terms.
    pub(crate) fn matching(&self, terms: &[String]) -> Option<Vec<u64>> {
        let mut acc: Option<Vec<u64>> = None;
        for t in terms {
            let mut set = vec![0u64; self.docs.div_ceil(64)];
            let from = self.vocab.partition_point(|w| &**w < t.as_str());
            for (w, list) in self.vocab[from..].iter().zip(&self.lists[from..]) {
                if !w.starts_with(t.as_str()) {
                    break;
                }
                match list {
                    Docs::List(list) => {
                        for &d in list {
                            if let Some(word) = set.get_mut(d as usize / 64) {
                                *word |= 1 << (d % 64);
                            }
                        }
                    }
                    Docs::Bits(bits) => set.iter_mut().zip(bits).for_each(|(x, y)| *x |= y),
                }
            }
            acc = Some(match acc {
                None => set,
                Some(mut a) => {
                    a.iter_mut().zip(&set).for_each(|(x, y)| *x &= y);
                    a
                }
            });
        }
        acc
    }
}

/// The documents of one word: a sorted list, or a bitset when that is smaller — words in more
/// than one document in 32, which in any language hold most of the postings ("the", "said",
/// the story's names). Measured at 100k articles: 70 MB of postings as lists, 19 MB mixed.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Docs {
    List(Vec<u32>),
    Bits(Vec<u64>),
}

impl Docs {
    /// `list`: ascending document ids below `docs`.
    fn new(mut list: Vec<u32>, docs: usize) -> Docs {
        if list.len() * 32 <= docs {
            list.shrink_to_fit();
            return Docs::List(list);
        }
        let mut bits = vec![0u64; docs.div_ceil(64)];
        for d in list {
            if let Some(w) = bits.get_mut(d as usize / 64) {
                *w |= 1 << (d % 64);
            }
        }
        Docs::Bits(bits)
    }

    /// The document ids, ascending.
    fn ids(&self) -> Vec<u32> {
        match self {
            Docs::List(l) => l.clone(),
            Docs::Bits(b) => b
                .iter()
                .enumerate()
                .flat_map(|(k, &w)| {
                    (0..64)
                        .filter(move |i| w & (1 << i) != 0)
                        .map(move |i| (k * 64 + i) as u32)
                })
                .collect(),
        }
    }
}
