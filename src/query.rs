//! Filtering, facet counts, the date histogram and search over a loaded corpus.
//!
//! [`Index`] is built once per corpus; [`Index::run`] answers one [`Query`] with everything a
//! screen needs ([`Results`]). The semantics, which the property test pins against a naive
//! reference:
//!
//! * several choices in one facet combine with OR, facets combine with AND;
//! * a facet's counts apply every other active filter but not its own, so a person can see what
//!   ticking one more box would add;
//! * a date range keeps only articles whose whole known date lies inside it; undated articles
//!   drop out while a range is set, and the histogram counts them separately;
//! * search is case- and accent-insensitive, every term must prefix-match a word.
//!
//! The unit counted follows the view: quotes in the Quotes view, articles in the Articles view.
//! Only quotes of kind `speech` are counted as quotes; quoted terms and titles stay searchable in
//! the text. Indirect speech joins them only when the query asks for it (`indirect`).

use std::collections::{BTreeSet, HashMap};

use time::Date;

use crate::date;
use crate::model::{Article, Corpus, QuoteKind, Speaker, SpeakerKind};
use crate::table::{QuoteRef, QuoteTable};
use crate::text;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Quotes,
    Articles,
}

/// Everything a person can set; mirrored one to one in the URL (see [`crate::urlstate`]).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    pub speakers: BTreeSet<String>,
    pub outlets: BTreeSet<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub q: String,
    pub view: View,
    /// Count reported speech without quotation marks as quotes too.
    pub indirect: bool,
    /// The article open in the reader, and the quote to scroll to in it.
    pub article: Option<String>,
    pub quote: Option<String>,
}

impl Query {
    pub fn has_filters(&self) -> bool {
        !self.speakers.is_empty()
            || !self.outlets.is_empty()
            || self.from.is_some()
            || self.to.is_some()
            || !self.q.trim().is_empty()
    }

    /// The part of the query that decides the results (not which article is open).
    pub fn filters(&self) -> Query {
        Query {
            article: None,
            quote: None,
            ..self.clone()
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutletEntry {
    pub key: String,
    pub name: String,
    pub known: bool,
}

/// A corpus plus the lookups every query needs, computed once at load.
#[derive(Debug)]
pub struct Index {
    /// The corpus's story, articles and speakers. Its `quotes` list is empty: the quotes live
    /// in a compact table, read through [`Index::quote`].
    pub corpus: Corpus,
    quotes: QuoteTable,
    pub outlets: Vec<OutletEntry>,
    /// Article and speaker indices sorted by id, for looking ids up by binary search: a third
    /// of the memory of a hash map of copied ids, and the lookups are a handful per change.
    articles_by_id: Vec<u32>,
    speakers_by_id: Vec<u32>,
    outlet_pos: HashMap<String, usize>,
    article_outlet: Vec<usize>,
    article_span: Vec<Option<(Date, Date)>>,
    /// What search runs on: the inverted indexes of article and quote words.
    search: SearchIndex,
    /// Speech and indirect quotes in display order (article order, then position), with what
    /// filtering reads side by side: the per-change pass walks this one array.
    rows: Vec<Row>,
    /// The quote of each row; shared with every [`QuoteList`].
    row_quotes: std::sync::Arc<[u32]>,
    /// Per article, the speakers of its direct quotes, and of direct and indirect ones.
    /// Sorted and distinct; small vectors rather than tree sets, which cost a node of memory
    /// per article and a pointer chase per step.
    article_speakers: Sets,
    article_speakers_all: Sets,
    /// Every quote (terms and titles too) grouped by article: article `a`'s are
    /// `quotes_by_article[quotes_from[a]..quotes_from[a + 1]]`.
    quotes_by_article: Vec<u32>,
    quotes_from: Vec<u32>,
    article_order: Vec<usize>,
    /// First and last day of any dated article: the histogram's axis.
    pub day_span: Option<(Date, Date)>,
    /// The histogram's bars (days, weeks or months, by the span), fixed for the corpus so the
    /// page draws them once and only updates their heights.
    pub bins: Vec<date::Bin>,
    /// Per article, the bar its first day falls in.
    article_bin: Vec<Option<u32>>,
    /// Outlet indices in display order (most articles first, unknown last), and each outlet's
    /// place in it (its colour).
    outlet_order: Vec<usize>,
    outlet_rank: Vec<usize>,
    /// What [`Index::run`] uses to touch only the rows a filter keeps: each article's place in
    /// display order, the rows of the article at each place (`row_from[r]..row_from[r + 1]`),
    /// each outlet's articles, dated articles by first day, and the rows of direct speech.
    article_rank: Vec<u32>,
    row_from: Vec<u32>,
    outlet_articles: Sets,
    by_first_day: Vec<u32>,
    direct_rows: Vec<u64>,
    /// Counts with no filter at all, which most changes need for one facet or another.
    totals: Totals,
}

/// The unfiltered answers, counted once at load: `[direct only, with indirect]` where speech
/// kind matters.
#[derive(Debug, Default)]
struct Totals {
    quote_speakers: [Vec<usize>; 2],
    quote_outlets: [Vec<usize>; 2],
    article_speakers: [Vec<usize>; 2],
    article_outlets: Vec<usize>,
    histogram: Vec<BarCount>,
    undated: usize,
}

/// Articles in one histogram bar ([`Index::bins`], same position).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BarCount {
    /// (outlet index, articles) for outlets with articles in the bar, by outlet index.
    pub by_outlet: Vec<(usize, usize)>,
    pub total: usize,
}

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

/// The histogram never draws more bars than this; a wider corpus is cut at the end.
pub const MAX_BARS: usize = 1200;

impl Index {
    /// Loads a corpus file as the page does: a bundle (with its search indexes when it ships
    /// them) or JSON.
    pub fn load(bytes: &[u8]) -> Result<Index, String> {
        if !bytes.starts_with(crate::bundle::MAGIC) {
            return Corpus::from_bytes(bytes).map(Index::new);
        }
        let parts = crate::bundle::decode_parts(bytes)?;
        Ok(Index::from_parts(parts.corpus, parts.quotes, parts.search))
    }

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
        Index::from_parts(corpus, quotes, search)
    }

    /// Builds the lookups from a corpus whose quotes come as a table (its own `quotes` list is
    /// ignored), building the search indexes unless given.
    pub fn from_parts(
        mut corpus: Corpus,
        quotes: QuoteTable,
        search: Option<SearchIndex>,
    ) -> Index {
        corpus.quotes = Vec::new();
        let search = search.unwrap_or_else(|| {
            SearchIndex::build_parts(&corpus.articles, &corpus.speakers, &quotes)
        });
        let mut articles_by_id: Vec<u32> = (0..corpus.articles.len() as u32).collect();
        sort_indices(&mut articles_by_id, &|x, y| {
            corpus.articles[x as usize]
                .id
                .cmp(&corpus.articles[y as usize].id)
        });
        let mut speakers_by_id: Vec<u32> = (0..corpus.speakers.len() as u32).collect();
        sort_indices(&mut speakers_by_id, &|x, y| {
            corpus.speakers[x as usize]
                .id
                .cmp(&corpus.speakers[y as usize].id)
        });
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
        let mut article_order: Vec<usize> = (0..corpus.articles.len()).collect();
        fn order_key(a: &Article) -> (bool, Option<&str>, &str) {
            (
                a.date.is_none(),
                a.date.as_ref().map(|d| d.value.as_str()),
                a.id.as_str(),
            )
        }
        // The keys side by side, rather than chased through a hundred thousand articles.
        article_order.sort_by_cached_key(|&a| order_key(&corpus.articles[a]));
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
            totals: Totals::default(),
        };
        index.totals = index.count_totals();
        index
    }

    /// The no-filter counts, by the same code as any query (see [`Totals`]).
    fn count_totals(&self) -> Totals {
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

    pub fn article_index(&self, id: &str) -> Option<usize> {
        find_by_id(&self.articles_by_id, id, |i| {
            self.corpus.articles.get(i).map_or("", |a| a.id.as_str())
        })
    }
    pub fn speaker_index(&self, id: &str) -> Option<usize> {
        find_by_id(&self.speakers_by_id, id, |i| {
            self.corpus.speakers.get(i).map_or("", |s| s.id.as_str())
        })
    }
    /// A quote of one article by id: quote ids are only ever looked up beside their article
    /// (the URL names both), so no corpus-wide map of them is kept.
    pub fn quote_in_article(&self, a: usize, id: &str) -> Option<usize> {
        self.all_quotes_of_article(a)
            .iter()
            .map(|&i| i as usize)
            .find(|&i| self.quote(i).is_some_and(|q| q.id() == id))
    }
    /// Quote `i` (an index in [`Results::quotes`] or [`Index::all_quotes_of_article`]), its
    /// strings borrowed from the corpus.
    pub fn quote(&self, i: usize) -> Option<QuoteRef<'_>> {
        self.quotes
            .get(i, &self.corpus.articles, &self.corpus.speakers)
    }
    /// Quotes of every kind in the corpus.
    pub fn quote_count(&self) -> usize {
        self.quotes.len()
    }
    pub fn outlet_of_article(&self, a: usize) -> usize {
        self.article_outlet.get(a).copied().unwrap_or(0)
    }
    pub fn quote_article(&self, q: usize) -> Option<usize> {
        self.quotes.article(q)
    }
    /// Direct quotes of one article, in text order.
    pub fn speech_in_article(&self, a: usize) -> Vec<usize> {
        self.all_quotes_of_article(a)
            .iter()
            .map(|&i| i as usize)
            .filter(|&i| self.quotes.kind(i) == Some(QuoteKind::Speech))
            .collect()
    }
    /// Every quote of one article (terms and titles too), in text order.
    pub fn all_quotes_of_article(&self, a: usize) -> &[u32] {
        let (Some(&lo), Some(&hi)) = (self.quotes_from.get(a), self.quotes_from.get(a + 1)) else {
            return &[];
        };
        self.quotes_by_article
            .get(lo as usize..hi as usize)
            .unwrap_or(&[])
    }
    /// Speakers an article quotes directly (or also indirectly).
    pub fn speakers_of_article(
        &self,
        a: usize,
        indirect: bool,
    ) -> impl Iterator<Item = usize> + '_ {
        let sets = if indirect {
            &self.article_speakers_all
        } else {
            &self.article_speakers
        };
        sets.get(a).iter().map(|&s| s as usize)
    }
    /// Quotes per speaker over the whole corpus: direct only, or direct and indirect.
    pub fn speaker_totals(&self, indirect: bool) -> Vec<usize> {
        let mut t = vec![0; self.corpus.speakers.len()];
        for row in &self.rows {
            if let (Some(n), true) = (
                row.speaker().and_then(|s| t.get_mut(s)),
                indirect || !row.indirect(),
            ) {
                *n += 1;
            }
        }
        t
    }
    /// The article a speaker is first quoted in (directly or not), for telling apart anonymous
    /// sources that share a description.
    pub fn first_article_of_speaker(&self, s: usize) -> Option<usize> {
        self.rows
            .iter()
            .find(|r| r.speaker() == Some(s))
            .map(Row::article)
    }
    /// Direct quotes in the corpus.
    pub fn speech_count(&self) -> usize {
        self.rows.iter().filter(|r| !r.indirect()).count()
    }
    pub fn indirect_count(&self) -> usize {
        self.rows.len() - self.speech_count()
    }

    /// Drops what the corpus does not know (speaker and outlet ids, articles, quotes) and malformed
    /// dates, so a tampered or stale link degrades to the closest meaningful state.
    pub fn sanitize(&self, q: &Query) -> Query {
        let day_ok = |d: &Option<String>| d.clone().filter(|d| date::parse_day(d).is_some());
        let article = q
            .article
            .clone()
            .filter(|a| self.article_index(a).is_some());
        let quote = q.quote.clone().filter(|qid| {
            article
                .as_ref()
                .and_then(|a| self.article_index(a))
                .and_then(|a| self.quote_in_article(a, qid))
                .is_some()
        });
        Query {
            speakers: q
                .speakers
                .iter()
                .filter(|s| self.speaker_index(s).is_some())
                .cloned()
                .collect(),
            outlets: q
                .outlets
                .iter()
                .filter(|o| self.outlet_pos.contains_key(*o))
                .cloned()
                .collect(),
            from: day_ok(&q.from),
            to: day_ok(&q.to),
            q: q.q.clone(),
            view: q.view,
            indirect: q.indirect,
            article,
            quote,
        }
    }

    pub fn run(&self, q: &Query) -> Results {
        self.evaluate(q, Some(&self.totals))
    }

    /// As [`Index::run`], counting everything afresh instead of reusing the no-filter counts
    /// made at load: the reference the property tests hold `run` to.
    pub fn run_uncached(&self, q: &Query) -> Results {
        self.evaluate(q, None)
    }

    /// Each filter becomes a set of rows (a bitset over rows in display order, or for speakers
    /// and text a pass over the rows), built only from the rows it keeps where it can: an outlet
    /// or a date range marks whole articles' runs of rows. Each answer then walks the rows of
    /// its own combination — the results all filters, a facet's counts every filter but its
    /// own — and takes the precounted totals when that combination is empty.
    fn evaluate(&self, q: &Query, totals: Option<&Totals>) -> Results {
        let sel_speakers: Option<Vec<bool>> = (!q.speakers.is_empty()).then(|| {
            let mut v = vec![false; self.corpus.speakers.len()];
            for s in &q.speakers {
                if let Some(i) = self.speaker_index(s) {
                    v[i] = true;
                }
            }
            v
        });
        let sel_outlets: Option<Vec<bool>> = (!q.outlets.is_empty()).then(|| {
            let mut v = vec![false; self.outlets.len()];
            for o in &q.outlets {
                if let Some(&i) = self.outlet_pos.get(o) {
                    v[i] = true;
                }
            }
            v
        });
        let from = q.from.as_deref().and_then(date::parse_day);
        let to = q.to.as_deref().and_then(date::parse_day);
        let ranged = from.is_some() || to.is_some();
        let terms = text::search_terms(&q.q);
        let ind = usize::from(q.indirect);

        let article_speakers = if q.indirect {
            &self.article_speakers_all
        } else {
            &self.article_speakers
        };
        let speaker_ok = |a: usize| match &sel_speakers {
            None => true,
            Some(sel) => article_speakers.get(a).iter().any(|&s| sel[s as usize]),
        };
        let outlet_ok = |a: usize| match &sel_outlets {
            None => true,
            Some(sel) => sel[self.article_outlet[a]],
        };
        let date_ok = |a: usize| {
            !ranged
                || self.article_span[a].is_some_and(|(lo, hi)| {
                    from.is_none_or(|f| lo >= f) && to.is_none_or(|t| hi <= t)
                })
        };
        // Dated articles inside the range, found from the first-day order rather than by
        // checking every article.
        let in_range = || {
            let first = |a: &u32| self.article_span[*a as usize].map(|(lo, _)| lo);
            let lo = from.map_or(0, |f| {
                self.by_first_day
                    .partition_point(|a| first(a).is_some_and(|d| d < f))
            });
            let hi = to.map_or(self.by_first_day.len(), |t| {
                self.by_first_day
                    .partition_point(|a| first(a).is_some_and(|d| d <= t))
            });
            self.by_first_day
                .get(lo..hi.max(lo))
                .unwrap_or(&[])
                .iter()
                .map(|&a| a as usize)
                .filter(|&a| date_ok(a))
        };

        let mut res = Results {
            speaker_counts: vec![0; self.corpus.speakers.len()],
            outlet_counts: vec![0; self.outlets.len()],
            terms: terms.clone(),
            ..Results::default()
        };
        let search_hit: Option<Vec<bool>>;
        match q.view {
            View::Quotes => {
                let words = self.rows.len().div_ceil(64);
                let runs_of = |articles: &mut dyn Iterator<Item = usize>| {
                    let mut b = vec![0u64; words];
                    for a in articles {
                        let r = self.article_rank.get(a).map_or(0, |&r| r as usize);
                        if let (Some(&lo), Some(&hi)) =
                            (self.row_from.get(r), self.row_from.get(r + 1))
                        {
                            set_range(&mut b, lo as usize, hi as usize);
                        }
                    }
                    b
                };
                let base = (!q.indirect).then_some(self.direct_rows.as_slice());
                let s_rows = sel_speakers
                    .as_ref()
                    .map(|sel| self.rows_where(|_, row| row.speaker().is_some_and(|s| sel[s])));
                let o_rows = sel_outlets.as_ref().map(|sel| {
                    runs_of(
                        &mut (0..self.outlets.len())
                            .filter(|&o| sel[o])
                            .flat_map(|o| self.outlet_articles.get(o))
                            .filter_map(|&r| self.article_order.get(r as usize).copied()),
                    )
                });
                let d_rows = ranged.then(|| runs_of(&mut in_range()));
                let hits = self.search.quotes.matching(&terms);
                let t_rows = hits.as_ref().map(|hits| {
                    self.rows_where(|i, _| {
                        self.row_quotes
                            .get(i)
                            .is_some_and(|&q| bit(hits, q as usize))
                    })
                });
                let (s, o, d, t) = (
                    s_rows.as_deref(),
                    o_rows.as_deref(),
                    d_rows.as_deref(),
                    t_rows.as_deref(),
                );

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
                let found = self.row_set(&[base, s, o, d, t]);
                // The matching articles, for the summary line: those with a row in the set.
                res.articles = self
                    .article_order
                    .iter()
                    .zip(self.row_from.windows(2))
                    .filter(|(_, w)| any_in_range(&found, w[0] as usize, w[1] as usize))
                    .map(|(&a, _)| a)
                    .collect();
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
                            left_out.iter_mut().zip(&found).for_each(|(x, y)| *x &= !y);
                            (left_out, false)
                        }
                        None => (found.clone(), true),
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
                            if let Some(n) =
                                row.speaker().and_then(|s| res.speaker_counts.get_mut(s))
                            {
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
                res.quotes = QuoteList::new(found, self.row_quotes.clone());
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
                // An article is a search hit when one of its quotes is.
                search_hit = t.map(|_| {
                    let mut hit = vec![false; self.corpus.articles.len()];
                    self.each_row(&[base, t], |row| {
                        if let Some(h) = hit.get_mut(row.article()) {
                            *h = true;
                        }
                    });
                    hit
                });
            }
            View::Articles => {
                let hits = self.search.articles.matching(&terms);
                let text_ok = |a: usize| hits.as_ref().is_none_or(|b| bit(b, a));
                let count_speakers = totals
                    .filter(|_| sel_outlets.is_none() && !ranged && hits.is_none())
                    .map(|tot| res.speaker_counts.clone_from(&tot.article_speakers[ind]))
                    .is_none();
                let count_outlets = totals
                    .filter(|_| sel_speakers.is_none() && !ranged && hits.is_none())
                    .map(|tot| res.outlet_counts.clone_from(&tot.article_outlets))
                    .is_none();
                let unfiltered = sel_speakers.is_none() && sel_outlets.is_none();
                for &a in &self.article_order {
                    if !(date_ok(a) && text_ok(a)) {
                        continue;
                    }
                    if unfiltered && !count_speakers && !count_outlets {
                        res.articles.push(a);
                        continue;
                    }
                    let (s_ok, o_ok) = (speaker_ok(a), outlet_ok(a));
                    if o_ok && count_speakers {
                        for &s in article_speakers.get(a) {
                            if let Some(n) = res.speaker_counts.get_mut(s as usize) {
                                *n += 1;
                            }
                        }
                    }
                    if s_ok && count_outlets {
                        res.outlet_counts[self.article_outlet[a]] += 1;
                    }
                    if s_ok && o_ok {
                        res.articles.push(a);
                    }
                }
                search_hit = hits.map(|b| {
                    (0..self.corpus.articles.len())
                        .map(|a| bit(&b, a))
                        .collect()
                });
            }
        }

        // The histogram counts articles under every filter but the date itself.
        match totals
            .filter(|_| sel_speakers.is_none() && sel_outlets.is_none() && search_hit.is_none())
        {
            Some(tot) => {
                res.histogram.clone_from(&tot.histogram);
                res.undated = tot.undated;
            }
            None => {
                let mut bars: Vec<BarCount> = vec![BarCount::default(); self.bins.len()];
                for &a in &self.article_order {
                    let search_ok = search_hit.as_ref().is_none_or(|h| h.get(a) == Some(&true));
                    if !(speaker_ok(a) && outlet_ok(a) && search_ok) {
                        continue;
                    }
                    match self.article_bin[a].and_then(|b| bars.get_mut(b as usize)) {
                        Some(bar) => {
                            let o = self.article_outlet[a];
                            bar.total += 1;
                            match bar.by_outlet.iter_mut().find(|(k, _)| *k == o) {
                                Some(b) => b.1 += 1,
                                None => bar.by_outlet.push((o, 1)),
                            }
                        }
                        // Undated, or past the last bar a very long span draws.
                        None => res.undated += usize::from(self.article_span[a].is_none()),
                    }
                }
                for bar in &mut bars {
                    bar.by_outlet.sort_unstable();
                }
                res.histogram = bars;
            }
        }
        res
    }

    /// The rows `keep` keeps, as a bitset.
    fn rows_where(&self, keep: impl Fn(usize, &Row) -> bool) -> Vec<u64> {
        let mut b = vec![0u64; self.rows.len().div_ceil(64)];
        for (k, (chunk, w)) in self.rows.chunks(64).zip(b.iter_mut()).enumerate() {
            for (i, row) in chunk.iter().enumerate() {
                *w |= u64::from(keep(k * 64 + i, row)) << i;
            }
        }
        b
    }

    /// The rows in all of `sets` (`None` keeps every row), as one bitset.
    fn row_set(&self, sets: &[Option<&[u64]>]) -> Vec<u64> {
        let words = self.rows.len().div_ceil(64);
        let mut sets = sets.iter().flatten();
        let mut out = match sets.next() {
            Some(first) => first.to_vec(),
            None => {
                let mut all = vec![0u64; words];
                set_range(&mut all, 0, self.rows.len());
                all
            }
        };
        for set in sets {
            out.iter_mut().zip(set.iter()).for_each(|(x, y)| *x &= y);
        }
        out
    }

    /// Calls `f` on every row in all of `sets` (bitsets over rows; `None` keeps every row), in
    /// display order.
    fn each_row(&self, sets: &[Option<&[u64]>], mut f: impl FnMut(&Row)) {
        let mut sets = sets.iter().flatten();
        let Some(first) = sets.next() else {
            self.rows.iter().for_each(f);
            return;
        };
        let rest: Vec<&[u64]> = sets.copied().collect();
        for (k, &w) in first.iter().enumerate() {
            let mut w = rest
                .iter()
                .fold(w, |w, s| w & s.get(k).copied().unwrap_or(0));
            while w != 0 {
                let i = k * 64 + w.trailing_zeros() as usize;
                w &= w - 1;
                if let Some(row) = self.rows.get(i) {
                    f(row);
                }
            }
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
}

/// One speech or indirect quote as the filter pass reads it: eight bytes, because the pass
/// walks a million of them on every change. Its quote is at the same place in
/// `Index::row_quotes`.
#[derive(Debug, Clone, Copy)]
struct Row {
    article: u32,
    /// The speaker index in the low 31 bits (all ones for none), indirect speech in the top bit.
    speaker_flags: u32,
}

const INDIRECT: u32 = 1 << 31;
const NO_SPEAKER: u32 = INDIRECT - 1;

impl Row {
    fn new(article: usize, speaker: Option<usize>, indirect: bool) -> Row {
        let speaker = speaker
            .and_then(|s| u32::try_from(s).ok())
            .filter(|&s| s < NO_SPEAKER)
            .unwrap_or(NO_SPEAKER);
        Row {
            article: article as u32,
            speaker_flags: speaker | if indirect { INDIRECT } else { 0 },
        }
    }
    fn article(&self) -> usize {
        self.article as usize
    }
    fn speaker(&self) -> Option<usize> {
        let s = self.speaker_flags & NO_SPEAKER;
        (s != NO_SPEAKER).then_some(s as usize)
    }
    fn indirect(&self) -> bool {
        self.speaker_flags & INDIRECT != 0
    }
}

/// A small sorted set per article, all in two arrays: set `a` is
/// `items[from[a]..from[a + 1]]`. A vector per article would cost its own header and
/// allocation a hundred thousand times over.
#[derive(Debug, Default)]
struct Sets {
    from: Vec<u32>,
    items: Vec<u32>,
}

impl Sets {
    /// `pairs`: (set, item), every set below `n`; each set's items keep their order in `pairs`.
    fn grouped(n: usize, pairs: &[(u32, u32)]) -> Sets {
        let mut from = vec![0u32; n + 1];
        for &(a, _) in pairs {
            if let Some(f) = from.get_mut(a as usize + 1) {
                *f += 1;
            }
        }
        for a in 0..n {
            from[a + 1] += from[a];
        }
        let mut next = from.clone();
        let mut items = vec![0u32; pairs.len()];
        for &(a, s) in pairs {
            if let Some(at) = next.get_mut(a as usize) {
                if let Some(slot) = items.get_mut(*at as usize) {
                    *slot = s;
                }
                *at += 1;
            }
        }
        Sets { from, items }
    }
    fn get(&self, a: usize) -> &[u32] {
        match (self.from.get(a), self.from.get(a + 1)) {
            (Some(&lo), Some(&hi)) => self.items.get(lo as usize..hi as usize).unwrap_or(&[]),
            _ => &[],
        }
    }
}

/// The search indexes of a corpus: the folded words of each article (text and title), and of
/// each quote (its text and its speaker's name).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct SearchIndex {
    pub(crate) articles: Postings,
    pub(crate) quotes: Postings,
}

impl SearchIndex {
    /// The indexes of a corpus, its quotes numbered as [`Index`] numbers them (a quote of a
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
pub(crate) struct Postings {
    /// Sorted, distinct.
    pub(crate) vocab: Vec<Box<str>>,
    /// Per word, the documents that hold it.
    pub(crate) lists: Vec<Docs>,
    pub(crate) docs: usize,
}

impl Postings {
    /// `docs` calls its argument once per document with a function that takes each of its
    /// words; documents are numbered in call order.
    fn build(docs: usize, mut each_doc: impl FnMut(usize, &mut dyn FnMut(&str))) -> Postings {
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
        entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
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
    fn matching(&self, terms: &[String]) -> Option<Vec<u64>> {
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
pub(crate) enum Docs {
    List(Vec<u32>),
    Bits(Vec<u64>),
}

impl Docs {
    /// `list`: ascending document ids below `docs`.
    pub(crate) fn new(mut list: Vec<u32>, docs: usize) -> Docs {
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
    pub(crate) fn ids(&self) -> Vec<u32> {
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

/// The words of a bitset that bits `lo..hi` fall in, each with the mask of those bits.
fn word_masks(lo: usize, hi: usize) -> impl Iterator<Item = (usize, u64)> {
    let mut i = lo;
    std::iter::from_fn(move || {
        (i < hi).then(|| {
            let (k, b) = (i / 64, i % 64);
            let n = (64 - b).min(hi - i);
            i += n;
            let mask = if n == 64 {
                u64::MAX
            } else {
                ((1u64 << n) - 1) << b
            };
            (k, mask)
        })
    })
}

/// The index whose id is `id`, in `by_id` (indices sorted by their `id_of`).
fn find_by_id<'a>(by_id: &[u32], id: &str, id_of: impl Fn(usize) -> &'a str) -> Option<usize> {
    let at = by_id
        .binary_search_by(|&i| id_of(i as usize).cmp(id))
        .ok()?;
    by_id.get(at).map(|&i| i as usize)
}

/// Sorts indices by `cmp`. Every order built at load goes through this one instance: each
/// `sort_by` with its own closure is another copy of the sorting code in the page.
fn sort_indices(v: &mut [u32], cmp: &dyn Fn(u32, u32) -> std::cmp::Ordering) {
    v.sort_unstable_by(|&x, &y| cmp(x, y));
}

/// Whether any bit in `lo..hi` is set.
fn any_in_range(set: &[u64], lo: usize, hi: usize) -> bool {
    word_masks(lo, hi).any(|(k, mask)| set.get(k).is_some_and(|w| w & mask != 0))
}

/// The quotes of an answer in display order, kept as the set of matching rows: a page shows
/// twenty of them, so a million are never listed one by one. Read with [`QuoteList::iter`].
#[derive(Clone, Default)]
pub struct QuoteList {
    rows: Vec<u64>,
    len: usize,
    row_quotes: std::sync::Arc<[u32]>,
}

impl QuoteList {
    fn new(rows: Vec<u64>, row_quotes: std::sync::Arc<[u32]>) -> QuoteList {
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
            && (std::sync::Arc::ptr_eq(&self.row_quotes, &other.row_quotes)
                || self.row_quotes == other.row_quotes)
    }
}

impl Eq for QuoteList {}

/// Sets bits `lo..hi`, a word at a time.
fn set_range(set: &mut [u64], lo: usize, hi: usize) {
    for (k, mask) in word_masks(lo, hi) {
        if let Some(w) = set.get_mut(k) {
            *w |= mask;
        }
    }
}

fn bit(set: &[u64], i: usize) -> bool {
    set.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
}

/// "3 quotes", "1 article": the live-region wording.
pub fn count_label(n: usize, view: View) -> String {
    let noun = match view {
        View::Quotes => "quote",
        View::Articles => "article",
    };
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::{any_in_range, set_range};

    /// Word-at-a-time range setting and testing agree with doing it bit by bit, across word
    /// edges.
    #[test]
    fn bit_ranges_are_exact() {
        for lo in 0..150 {
            for hi in lo..200 {
                let mut fast = vec![0u64; 4];
                set_range(&mut fast, lo, hi);
                let mut slow = vec![0u64; 4];
                for i in lo..hi {
                    slow[i / 64] |= 1 << (i % 64);
                }
                assert_eq!(fast, slow, "{lo}..{hi}");
                for one in [lo.saturating_sub(1), lo, hi.saturating_sub(1), hi] {
                    let mut set = vec![0u64; 4];
                    set[one / 64] |= 1 << (one % 64);
                    assert_eq!(
                        any_in_range(&set, lo, hi),
                        (lo..hi).contains(&one),
                        "{one} in {lo}..{hi}"
                    );
                }
            }
        }
    }
}
