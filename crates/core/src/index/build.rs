//! Building an [`Index`]: ids sorted for lookup, outlets in order, dates and histogram bars,
//! rows of speech in display order, per-article speaker sets, and the totals of no filter. The
//! work is linear in the corpus plus the sorts it must do; nothing here runs per query.

use std::collections::HashMap;

use time::Date;

use super::facets::Totals;
use super::families::Families;
use super::passages::Passages;
use super::{sort_indices, Index, OutletEntry, Row, Sets, MAX_BARS};
use crate::date;
use crate::model::{Article, Corpus, QuoteKind};
use crate::search::SearchIndex;
use crate::table::{PassageRow, QuoteTable, Shares};

impl Index {
    /// Builds every lookup, the search indexes included.
    pub fn new(corpus: Corpus) -> Index {
        Index::from_quotes(corpus, None)
    }

    /// Builds the lookups around search indexes made earlier (shipped in the bundle, because
    /// building them is most of the work of loading a large corpus). `search` must have been
    /// built from this same corpus ([`SearchIndex::build`]).
    pub fn with_search(corpus: Corpus, search: SearchIndex) -> Index {
        Index::from_quotes(corpus, Some(search))
    }

    fn from_quotes(mut corpus: Corpus, search: Option<SearchIndex>) -> Index {
        let quotes = QuoteTable::from_quotes(&corpus.quotes, &corpus.articles, &corpus.speakers);
        corpus.quotes = Vec::new();
        let families = quotes.family_rows(&corpus.families, &corpus.articles, &corpus.speakers);
        let passages = crate::table::passage_rows(&corpus.passages, &corpus.articles);
        let shares = Shares::of(&passages, &date::When::of_articles(&corpus.articles));
        Index::from_parts(corpus, quotes, families, passages, shares, search)
    }

    /// Builds the lookups from a corpus whose quotes come as a table and whose families as
    /// rows of it (its own `quotes` and `families` lists are ignored), building the search
    /// indexes unless given. `passages` must be valid rows ([`PassageRow::valid`]), as the
    /// bundle's decoder and `passage_rows` give them (an invalid one is never read unchecked),
    /// and `shares` worked out from them ([`Shares::of`]).
    pub fn from_parts(
        mut corpus: Corpus,
        quotes: QuoteTable,
        families: Vec<Vec<u32>>,
        passages: Vec<PassageRow>,
        shares: Shares,
        search: Option<SearchIndex>,
    ) -> Index {
        corpus.quotes = Vec::new();
        corpus.families = Vec::new();
        corpus.passages = Vec::new();
        let article_whens = date::When::of_articles(&corpus.articles);
        // Rows come checked from the bundle's decoder or from `passage_rows`.
        let passages = Passages::new(passages, corpus.articles.len(), shares);
        let families = Families::new(
            families,
            quotes.len(),
            |r| quotes.article(r as usize),
            |r| {
                quotes
                    .speaker(r as usize)
                    .filter(|&s| s < corpus.speakers.len())
            },
            &article_whens,
        );
        let search = search.unwrap_or_else(|| {
            SearchIndex::build_parts(&corpus.articles, &corpus.speakers, &quotes)
        });
        // Ingest writes both lists in id order: usually nothing to sort.
        let by_id = |ids: Vec<&str>| {
            let mut v: Vec<u32> = (0..ids.len() as u32).collect();
            let id = |i: u32| ids.get(i as usize).copied().unwrap_or("");
            if (1..ids.len() as u32).any(|i| id(i - 1) > id(i)) {
                sort_indices(&mut v, &|x, y| id(x).cmp(id(y)));
            }
            v
        };
        let articles_by_id = by_id(corpus.articles.iter().map(|a| a.id.as_str()).collect());
        let speakers_by_id = by_id(corpus.speakers.iter().map(|s| s.id.as_str()).collect());
        let mut outlets: Vec<OutletEntry> = Vec::new();
        let mut outlet_pos: HashMap<String, usize> = HashMap::new();
        let mut article_outlet = Vec::with_capacity(corpus.articles.len());
        for a in &corpus.articles {
            let i = match outlet_pos.get(&a.outlet.key) {
                Some(&i) => i,
                None => {
                    outlets.push(OutletEntry {
                        key: a.outlet.key.clone(),
                        name: a.outlet.display_name().to_string(),
                        known: a.outlet.name.is_some(),
                    });
                    outlet_pos.insert(a.outlet.key.clone(), outlets.len() - 1);
                    outlets.len() - 1
                }
            };
            article_outlet.push(i);
        }

        let article_span: Vec<Option<(Date, Date)>> = corpus
            .articles
            .iter()
            .map(|a| a.date.as_ref().and_then(|d| date::bounds(&d.value)))
            .collect();
        let day_span =
            article_span
                .iter()
                .flatten()
                .fold(None, |acc: Option<(Date, Date)>, &(a, b)| {
                    Some(match acc {
                        None => (a, b),
                        Some((x, y)) => (x.min(a), y.max(b)),
                    })
                });
        let bins = day_span
            .map(|(a, b)| date::bins(a, b, MAX_BARS))
            .unwrap_or_default();
        let article_bin = article_span
            .iter()
            .map(|span| {
                let (lo, _) = (*span)?;
                let i = bins.partition_point(|b| b.last < lo);
                (bins.get(i).is_some_and(|b| b.first <= lo)).then_some(i as u32)
            })
            .collect();
        let outlet_order = {
            let mut n = vec![0usize; outlets.len()];
            for &o in &article_outlet {
                n[o] += 1;
            }
            let mut v: Vec<u32> = (0..outlets.len() as u32).collect();
            sort_indices(&mut v, &|a, b| {
                let (a, b) = (a as usize, b as usize);
                (!outlets[a].known)
                    .cmp(&!outlets[b].known)
                    .then(n[b].cmp(&n[a]))
                    .then_with(|| outlets[a].name.cmp(&outlets[b].name))
                    .then(a.cmp(&b))
            });
            v.into_iter().map(|o| o as usize).collect::<Vec<usize>>()
        };
        let mut outlet_rank = vec![0; outlets.len()];
        for (r, &o) in outlet_order.iter().enumerate() {
            outlet_rank[o] = r;
        }
        // Same-day articles that give a time come in UTC order.
        fn order_key<'a>(
            (a, w): (&'a Article, &Option<date::When>),
        ) -> (bool, Option<&'a str>, Option<i64>, &'a str) {
            (
                a.date.is_none(),
                a.date.as_ref().map(|d| d.value.as_str()),
                w.and_then(|w| w.utc),
                a.id.as_str(),
            )
        }
        // The keys side by side, rather than chased through a hundred thousand articles; ties
        // (none: ids are unique) in corpus order.
        let keys: Vec<_> = corpus
            .articles
            .iter()
            .zip(&article_whens)
            .map(order_key)
            .collect();
        let mut order: Vec<u32> = (0..keys.len() as u32).collect();
        sort_indices(&mut order, &|x, y| {
            keys[x as usize].cmp(&keys[y as usize]).then(x.cmp(&y))
        });
        let article_order: Vec<usize> = order.into_iter().map(|a| a as usize).collect();
        let mut rank = vec![0usize; corpus.articles.len()];
        for (r, &a) in article_order.iter().enumerate() {
            rank[a] = r;
        }

        let n_quotes = quotes.len();
        let kind = |i: usize| quotes.kind(i).unwrap_or(QuoteKind::Term);
        let start = |i: usize| quotes.start(i).unwrap_or(0);
        let article_of = |i: usize| quotes.article(i).unwrap_or(0);
        let (quotes_by_article, quotes_from) = {
            let mut order: Vec<u32> = (0..n_quotes as u32).collect();
            // Ingest writes quotes article by article, in text order: usually nothing to sort.
            let key = |i: u32| (article_of(i as usize), start(i as usize), i);
            if !order.windows(2).all(|w| key(w[0]) <= key(w[1])) {
                sort_indices(&mut order, &|x, y| key(x).cmp(&key(y)));
            }
            let mut from = vec![0u32; corpus.articles.len() + 1];
            for &i in &order {
                if let Some(f) = from.get_mut(article_of(i as usize) + 1) {
                    *f += 1;
                }
            }
            for a in 0..corpus.articles.len() {
                from[a + 1] += from[a];
            }
            (order, from)
        };
        let quotes_of = |a: usize| {
            let (lo, hi) = (quotes_from[a] as usize, quotes_from[a + 1] as usize);
            quotes_by_article.get(lo..hi).unwrap_or(&[])
        };

        // Rows in display order, walked article by article: no sort of a million quotes.
        let mut rows: Vec<Row> = Vec::with_capacity(n_quotes);
        let mut row_quotes: Vec<u32> = Vec::with_capacity(n_quotes);
        let mut row_from = Vec::with_capacity(corpus.articles.len() + 1);
        for &a in &article_order {
            row_from.push(rows.len() as u32);
            for &i in quotes_of(a) {
                let i = i as usize;
                let k = kind(i);
                if matches!(k, QuoteKind::Speech | QuoteKind::Indirect) {
                    rows.push(Row::new(a, quotes.speaker(i), k == QuoteKind::Indirect));
                    row_quotes.push(i as u32);
                }
            }
        }
        row_from.push(rows.len() as u32);
        rows.shrink_to_fit();
        let row_quotes: std::sync::Arc<[u32]> = row_quotes.into();

        // Each article's speakers, sorted and distinct, from its own few rows.
        let speakers_of = |direct_only: bool| {
            let mut sets = Sets {
                from: Vec::with_capacity(corpus.articles.len() + 1),
                items: Vec::new(),
            };
            let mut scratch: Vec<u32> = Vec::new();
            for &r in &rank {
                sets.from.push(sets.items.len() as u32);
                let (lo, hi) = (row_from[r] as usize, row_from[r + 1] as usize);
                scratch.clear();
                scratch.extend(
                    rows.get(lo..hi)
                        .unwrap_or(&[])
                        .iter()
                        .filter(|row| !(direct_only && row.indirect()))
                        .filter_map(|row| row.speaker().map(|s| s as u32)),
                );
                sort_indices(&mut scratch, &|x, y| x.cmp(&y));
                scratch.dedup();
                sets.items.extend_from_slice(&scratch);
            }
            sets.from.push(sets.items.len() as u32);
            sets.items.shrink_to_fit();
            sets
        };
        let article_speakers = speakers_of(true);
        let article_speakers_all = speakers_of(false);

        // Walking articles in display order lists each outlet's ranks already sorted.
        let outlet_articles = {
            let pairs: Vec<(u32, u32)> = article_order
                .iter()
                .enumerate()
                .map(|(r, &a)| (article_outlet[a] as u32, r as u32))
                .collect();
            Sets::grouped(outlets.len(), &pairs)
        };
        let mut by_first_day: Vec<u32> = (0..corpus.articles.len() as u32)
            .filter(|&a| article_span[a as usize].is_some())
            .collect();
        let first_day = |a: u32| (article_span[a as usize].map(|(lo, _)| lo), a);
        sort_indices(&mut by_first_day, &|x, y| first_day(x).cmp(&first_day(y)));
        let mut direct_rows = vec![0u64; rows.len().div_ceil(64)];
        for (i, row) in rows.iter().enumerate() {
            if !row.indirect() {
                direct_rows[i / 64] |= 1 << (i % 64);
            }
        }
        let article_rank = rank.iter().map(|&r| r as u32).collect();

        let mut index = Index {
            corpus,
            quotes,
            outlets,
            articles_by_id,
            speakers_by_id,
            outlet_pos,
            article_outlet,
            article_span,
            search,
            rows,
            row_quotes,
            article_speakers,
            article_speakers_all,
            quotes_by_article,
            quotes_from,
            article_order,
            day_span,
            bins,
            article_bin,
            outlet_order,
            outlet_rank,
            article_rank,
            row_from,
            outlet_articles,
            by_first_day,
            direct_rows,
            families,
            passages,
            article_whens,
            totals: Totals::default(),
        };
        index.totals = index.count_totals();
        index
    }
}
