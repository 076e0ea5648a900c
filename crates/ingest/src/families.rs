//! Quote families: the same words quoted in different articles.
//!
//! Two quotations are related when the shorter one's words stand in the longer one, in order,
//! allowing a small edit: identical, contained ("great talk" in "I had a great talk. …"), or
//! near-identical ("actions reviving militarism" / "actions to revive militarism"). Words are
//! compared folded and stemmed (Snowball English), so "reviving" meets "revive". Near-identical
//! quotations (the shorter at least four fifths of the longer) join one family; a quotation
//! contained in longer ones joins theirs only when those are already one family, so a stock
//! phrase never bridges unrelated statements. A family spans at least two articles.
//!
//! It has to stay near-linear to a hundred thousand articles, so pairs are never all compared.
//! Candidates come from an inverted index of content-word stems with prefix filtering, the
//! standard method of set-similarity joins (AllPairs, PPJoin): a quotation of `n` content words
//! that shares at least `⌈0.8 n⌉` of them with another must share one of its `n − ⌈0.8 n⌉ + 1`
//! rarest words, so only those are looked up. A stem so common that its posting list passes
//! [`ANCHOR_CAP`] is not looked up at all; identical wordings are grouped by hash beforehand, so
//! a quotation repeated in thousands of articles still forms its family. Each candidate is then
//! checked by an alignment of the shorter quotation against the longer (edit distance with free
//! ends in the longer), which is also what rules out scattered words.

use std::collections::HashMap;

use rust_stemmers::{Algorithm, Stemmer};
use storyscope_core::model::{Corpus, QuoteFamily, QuoteKind};
use storyscope_core::text::for_each_folded_word;

/// Posting lists longer than this are not used to find candidates (see the module comment).
const ANCHOR_CAP: usize = 4_000;
/// Words of a quotation looked at when aligning; longer quotations are compared by their start.
const MAX_WORDS: usize = 400;
/// Share of the shorter quotation's content words the longer must hold.
const CONTENT_SHARE: f64 = 0.8;

/// Function words: kept in the word sequence that is aligned, but never enough on their own to
/// relate two quotations, and never looked up.
const STOP: &[&str] = &[
    "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
    "been", "but", "by", "can", "could", "did", "do", "does", "for", "from", "had", "has", "have",
    "he", "her", "here", "him", "his", "i", "if", "in", "into", "is", "it", "its", "just", "me",
    "more", "my", "no", "not", "now", "of", "on", "one", "or", "our", "out", "s", "she", "so",
    "some", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
    "those", "to", "too", "up", "us", "very", "was", "we", "were", "what", "when", "which", "who",
    "will", "with", "would", "you", "your",
];

/// One quotation as compared: its stems in order, and its distinct content stems sorted.
struct Words {
    article: usize,
    seq: Vec<u32>,
    content: Vec<u32>,
}

/// An entry of the inverted index: a distinct wording, its length in words and the signature
/// of its content stems.
#[derive(Clone, Copy)]
struct Posting {
    row: usize,
    len: usize,
    sig: u64,
}

/// Finds the families of `corpus` (spoken words and quoted terms; titles and reported speech
/// are not anyone's exact words). Deterministic: the same corpus gives the same families.
pub fn find(corpus: &Corpus) -> Vec<QuoteFamily> {
    let article_of: HashMap<&str, usize> = corpus
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    let stemmer = Stemmer::create(Algorithm::English);
    let mut vocab: HashMap<String, u32> = HashMap::new();
    let mut stop_ids = Vec::new();
    for w in STOP {
        let id = vocab.len() as u32;
        vocab.insert((*w).to_string(), id);
        stop_ids.push(id);
    }
    let is_stop = |id: u32| (id as usize) < STOP.len();

    // Quotes in scope, with their words.
    let mut rows: Vec<usize> = Vec::new();
    let mut words: Vec<Words> = Vec::new();
    for (qi, q) in corpus.quotes.iter().enumerate() {
        if !matches!(q.kind, QuoteKind::Speech | QuoteKind::Term) {
            continue;
        }
        let Some(&article) = article_of.get(q.article_id.as_str()) else {
            continue;
        };
        let mut seq = Vec::new();
        for_each_folded_word(&q.text, |w| {
            if seq.len() >= MAX_WORDS {
                return;
            }
            let next = vocab.len() as u32;
            let id = match vocab.get(w) {
                Some(&id) => id,
                None => {
                    let stem = stemmer.stem(w).into_owned();
                    let id = *vocab.entry(stem).or_insert(next);
                    // The folded word itself maps to its stem's id, so it is stemmed once.
                    vocab.insert(w.to_string(), id);
                    id
                }
            };
            seq.push(id);
        });
        let mut content: Vec<u32> = seq.iter().copied().filter(|&id| !is_stop(id)).collect();
        content.sort_unstable();
        content.dedup();
        // One content word ("no comment", "genocide") is too little to say two outlets quoted
        // the same words.
        if content.len() < 2 {
            continue;
        }
        rows.push(qi);
        words.push(Words {
            article,
            seq,
            content,
        });
    }

    let mut sets = UnionFind::new(words.len());
    // Identical wordings, whatever their number, are joined at once; only the first of each
    // wording takes part in the search below, so a quotation repeated in thousands of articles
    // costs no more than one.
    let mut first_of: HashMap<&[u32], usize> = HashMap::new();
    let mut distinct: Vec<usize> = Vec::new();
    for (i, w) in words.iter().enumerate() {
        match first_of.get(w.seq.as_slice()) {
            Some(&j) => sets.union(i, j),
            None => {
                first_of.insert(w.seq.as_slice(), i);
                distinct.push(i);
            }
        }
    }

    // The inverted index of content stems over distinct wordings, and how many hold each. Each
    // entry carries what the search asks first of a candidate — its length and a 64-bit
    // signature of its stems — so most candidates are turned away without reading the
    // quotation itself (a cache miss each, and most of the time of a large corpus).
    let bit = |s: u32| 1u64 << ((u64::from(s).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 58) & 63);
    let mut postings: HashMap<u32, Vec<Posting>> = HashMap::new();
    for &i in &distinct {
        let Some(w) = words.get(i) else { continue };
        let sig = w.content.iter().fold(0u64, |acc, &s| acc | bit(s));
        for &s in &w.content {
            postings.entry(s).or_default().push(Posting {
                row: i,
                len: w.seq.len(),
                sig,
            });
        }
    }
    let df = |s: u32| postings.get(&s).map_or(0, Vec::len);

    // (shorter's length, shorter, longer) for each quotation found inside a longer one.
    let mut contained: Vec<(usize, usize, usize)> = Vec::new();
    let mut seen = vec![usize::MAX; words.len()];
    let mut prefix: Vec<u32> = Vec::new();
    let mut bits: Vec<u64> = Vec::new();
    for &i in &distinct {
        let Some(q) = words.get(i) else { continue };
        prefix.clear();
        prefix.extend(&q.content);
        prefix.sort_by_key(|&s| (df(s), s));
        let n = q.content.len();
        let need = (CONTENT_SHARE * n as f64).ceil() as usize;
        prefix.truncate(n - need + 1);
        bits.clear();
        bits.extend(q.content.iter().map(|&s| bit(s)));
        for s in &prefix {
            let Some(list) = postings.get(s).filter(|l| l.len() <= ANCHOR_CAP) else {
                continue;
            };
            for &Posting { row: j, len, sig } in list {
                // Each unordered pair once, from its shorter side (the earlier on a tie).
                let shorter = (q.seq.len(), i) < (len, j);
                if !shorter || seen.get(j) == Some(&i) {
                    continue;
                }
                if let Some(slot) = seen.get_mut(j) {
                    *slot = i;
                }
                // Every stem the two share has its bit in the candidate's signature: fewer
                // than `need` bits there, and fewer than `need` stems are shared.
                if bits.iter().filter(|&&b| sig & b != 0).count() < need {
                    continue;
                }
                let Some(p) = words.get(j) else { continue };
                if shares_at_least(&q.content, &p.content, need) && related(&q.seq, &p.seq) {
                    if q.seq.len() * 5 >= p.seq.len() * 4 {
                        sets.union(i, j);
                    } else {
                        contained.push((q.seq.len(), i, j));
                    }
                }
            }
        }
    }
    // A shorter quotation standing inside longer ones joins their family only when they are
    // one family: a stock phrase ("trade deal") inside a hundred different statements must not
    // bridge them into one. Longer fragments first, so a fragment of a fragment sees the
    // family its container has joined.
    contained.sort_unstable_by(|x, y| y.0.cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
    for group in contained.chunk_by(|x, y| x.1 == y.1) {
        let Some(&(_, short, first)) = group.first() else {
            continue;
        };
        let root = sets.find(first);
        if group.iter().all(|&(_, _, j)| sets.find(j) == root) {
            sets.union(short, first);
        }
    }

    // Components spanning two articles or more, in corpus order.
    let mut by_root: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..words.len() {
        by_root.entry(sets.find(i)).or_default().push(i);
    }
    let mut families: Vec<Vec<usize>> = by_root
        .into_values()
        .filter(|m| {
            let article = |i: &usize| words.get(*i).map(|w| w.article);
            let first = m.first().and_then(article);
            m.iter().any(|i| article(i) != first)
        })
        .collect();
    for m in &mut families {
        m.sort_unstable();
    }
    families.sort_unstable();
    families
        .into_iter()
        .map(|m| QuoteFamily {
            quotes: m
                .into_iter()
                .filter_map(|i| rows.get(i).and_then(|&qi| corpus.quotes.get(qi)))
                .map(|q| q.id.clone())
                .collect(),
        })
        .collect()
}

/// Whether the sorted sets `a` and `b` share at least `need` items: a merge that stops as soon
/// as the answer is known (most candidates fail after a few items, so a large corpus costs a
/// fraction of the full merges).
fn shares_at_least(a: &[u32], b: &[u32], need: usize) -> bool {
    let (mut i, mut j, mut n) = (0, 0, 0);
    if a.len().min(b.len()) < need {
        return false;
    }
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        if n >= need {
            return true;
        }
        if n + (a.len() - i).min(b.len() - j) < need {
            return false;
        }
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n >= need
}

/// Whether `short` stands in `long` with at most a small edit: none for two words, one for up
/// to nine words, a tenth of the words beyond.
fn related(short: &[u32], long: &[u32]) -> bool {
    let allowed = match short.len() {
        0..=2 => 0,
        3..=9 => 1,
        n => n / 10,
    };
    fitting_distance(short, long, allowed) <= allowed
}

/// Edit distance between `short` and the best-matching stretch of `long` (free ends in
/// `long`), in words; gives up and returns `limit + 1` as soon as no stretch can do better than
/// `limit`.
pub(crate) fn fitting_distance(short: &[u32], long: &[u32], limit: usize) -> usize {
    // One row per word of `short`, one column per word of `long`; row 0 is all zeros because
    // the match may start anywhere in `long`.
    let mut prev = vec![0usize; long.len() + 1];
    let mut cur = vec![0usize; long.len() + 1];
    for (i, &a) in short.iter().enumerate() {
        if let Some(c0) = cur.first_mut() {
            *c0 = i + 1;
        }
        let mut row_min = i + 1;
        for (j, &b) in long.iter().enumerate() {
            let diag = prev.get(j).copied().unwrap_or(usize::MAX) + usize::from(a != b);
            let up = prev
                .get(j + 1)
                .copied()
                .unwrap_or(usize::MAX)
                .saturating_add(1);
            let left = cur.get(j).copied().unwrap_or(usize::MAX).saturating_add(1);
            let v = diag.min(up).min(left);
            if let Some(c) = cur.get_mut(j + 1) {
                *c = v;
            }
            row_min = row_min.min(v);
        }
        if row_min > limit {
            return limit + 1;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev.iter().copied().min().unwrap_or(short.len())
}

/// Disjoint sets with path halving and union by size.
struct UnionFind {
    parent: Vec<usize>,
    size: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind {
            parent: (0..n).collect(),
            size: vec![1; n],
        }
    }

    fn find(&mut self, mut i: usize) -> usize {
        while let Some(&p) = self.parent.get(i) {
            if p == i {
                break;
            }
            let gp = self.parent.get(p).copied().unwrap_or(p);
            if let Some(slot) = self.parent.get_mut(i) {
                *slot = gp;
            }
            i = p;
        }
        i
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return;
        }
        let size = |i: usize| self.size.get(i).copied().unwrap_or(1);
        let (sa, sb) = (size(ra), size(rb));
        let (big, small) = if sa >= sb { (ra, rb) } else { (rb, ra) };
        if let Some(p) = self.parent.get_mut(small) {
            *p = big;
        }
        if let Some(s) = self.size.get_mut(big) {
            *s = sa + sb;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fitting_distance;

    #[test]
    fn fitting_distance_has_free_ends_in_the_longer() {
        let cases: &[(&[u32], &[u32], usize)] = &[
            (&[1, 2], &[9, 1, 2, 9], 0),
            (&[1, 2, 3], &[1, 7, 2, 3], 1),
            (&[1, 2, 3], &[1, 3], 1),
            (&[1, 2, 3], &[4, 5, 6], 3),
            (&[], &[1], 0),
        ];
        for &(short, long, want) in cases {
            assert_eq!(
                fitting_distance(short, long, 5),
                want,
                "{short:?} in {long:?}"
            );
        }
        // Past the limit it stops early and says so.
        assert_eq!(fitting_distance(&[1, 2, 3], &[4, 5, 6], 1), 2);
    }
}
