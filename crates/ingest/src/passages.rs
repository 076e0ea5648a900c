//! Shared passages: runs of at least [`PASSAGE_WORDS`] words that two articles both print —
//! wire copy, a statement run in full, one outlet's paragraph lifted into another's report.
//!
//! Words are compared folded (case, accents, apostrophes), punctuation ignored. Candidates come
//! from winnowing (Schleimer, Wilkerson and Aiken, SIGMOD 2003, the method behind MOSS): every
//! run of [`K`] words is hashed, and of each [`WINDOW`] consecutive hashes the smallest is kept
//! as a fingerprint. Any shared run of `WINDOW + K − 1` words gives both articles one same
//! fingerprint, and about `2 / (WINDOW + 1)` of the positions are kept. Fingerprints are sorted,
//! not hashed into a map, so memory stays a flat array at a hundred thousand articles. Each pair
//! of articles with a fingerprint in common is then extended word by word both ways from it into
//! the maximal run the two share. A fingerprint in many articles pairs each with the
//! [`PARTNERS`] earliest holding it (by date, then corpus order), so wire copy reprinted a
//! thousand times costs a thousand pairs, not half a million, and each reprint still finds the
//! copies it could have come from. Of the runs an article shares with earlier ones it keeps
//! enough to cover every shared word up to [`COVER`] times, so the rows stay proportional to
//! the copied text, not to how often a stock phrase recurs.

use std::collections::HashMap;

use rustc_hash::FxBuildHasher;

use storyscope_core::model::{Article, SharedPassage, PASSAGE_WORDS};
use storyscope_core::text::{fold, word_spans};

/// Words per hashed run.
const K: usize = 5;
/// Hashes per window: with `K`, guarantees that every shared run of `PASSAGE_WORDS` words is
/// seen.
const WINDOW: usize = PASSAGE_WORDS + 1 - K;
/// How many earlier holders of a fingerprint each article is compared with.
const PARTNERS: usize = 8;
/// How many sources an article names for each stretch of its shared text.
const COVER: usize = 3;

/// Each article's words as hashes (32 bits: a collision can only lengthen a run by a word), and
/// where each word stands, so offsets need no second pass. An ASCII word is hashed lowercased
/// byte by byte, with no folded copy made: the same hash its folded form gives.
fn word_hashes(text: &str) -> (Vec<u32>, Vec<(u32, u32)>) {
    let spans = word_spans(text);
    let words = spans
        .iter()
        .map(|&(a, b)| {
            let w = text.get(a..b).unwrap_or("");
            if w.is_ascii() {
                fnv(w.bytes().map(|b| b.to_ascii_lowercase()))
            } else {
                fnv(fold(w).bytes())
            }
        })
        .collect();
    let spans = spans
        .into_iter()
        .map(|(a, b)| (a as u32, b as u32))
        .collect();
    (words, spans)
}

fn fnv(bytes: impl Iterator<Item = u8>) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in bytes {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// The fingerprints are already well mixed: hashing them again for the map would be wasted.
#[derive(Default, Clone, Copy)]
struct IdentityHasher(u64);

impl std::hash::Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type Identity = std::hash::BuildHasherDefault<IdentityHasher>;

fn mix(mut x: u64) -> u64 {
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    x = x.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    x ^ (x >> 33)
}

/// The winnowed fingerprints of one article: (hash, position of the run's first word).
fn fingerprints(words: &[u32], out: &mut Vec<(u64, u32)>) {
    if words.len() < PASSAGE_WORDS {
        return;
    }
    let grams: Vec<u64> = words
        .windows(K)
        .map(|g| {
            mix(g
                .iter()
                .fold(0u64, |h, &w| h.rotate_left(13) ^ u64::from(w)))
        })
        .collect();
    let mut last: Option<usize> = None;
    for (start, win) in grams.windows(WINDOW).enumerate() {
        // The rightmost smallest, so a run of equal hashes keeps one fingerprint per window.
        let Some((i, _)) = win
            .iter()
            .enumerate()
            .min_by(|(i, a), (j, b)| a.cmp(b).then(j.cmp(i)))
        else {
            continue;
        };
        let pos = start + i;
        if last != Some(pos) {
            if let Some(&h) = grams.get(pos) {
                out.push((h, pos as u32));
            }
            last = Some(pos);
        }
    }
}

/// Of the runs an article shares with earlier ones, those it keeps: the longest first (then the
/// earliest partner), each kept if it covers a word no kept run covers yet, or at least
/// [`PASSAGE_WORDS`] words fewer than [`COVER`] kept runs cover. So every shared word stays
/// covered (the article's share of copy is exact) and each stretch names up to `COVER` sources,
/// while a boilerplate sentence in ten thousand articles no longer makes eighty thousand rows.
fn keep_covering(
    candidates: &mut Vec<(u32, u32, u32, u32, u32)>,
    cover: &mut Vec<u8>,
    words: usize,
    mut keep: impl FnMut(&(u32, u32, u32, u32, u32)),
) {
    if candidates.is_empty() {
        return;
    }
    candidates.sort_unstable_by(|x, y| {
        y.0.cmp(&x.0)
            .then_with(|| (x.1, x.3, x.4).cmp(&(y.1, y.3, y.4)))
    });
    cover.clear();
    cover.resize(words, 0);
    // A stretch already turned away, or kept COVER times, is turned away again without reading
    // its words: covers only grow. (Wire copy reprinted many times offers one stretch often.)
    let mut settled: HashMap<(u32, u32), u8, FxBuildHasher> = HashMap::default();
    for c in candidates.iter() {
        let (from, n) = (c.3 as usize, c.0 as usize);
        let seen = settled.entry((c.3, c.0)).or_insert(0);
        if usize::from(*seen) >= COVER {
            continue;
        }
        let Some(span) = cover.get_mut(from..from + n) else {
            continue;
        };
        let new = span.contains(&0);
        let keeps = new
            || span
                .iter()
                .filter(|&&k| (k as usize) < COVER)
                .take(PASSAGE_WORDS)
                .count()
                >= PASSAGE_WORDS;
        if keeps {
            span.iter_mut().for_each(|k| *k = k.saturating_add(1));
            *seen += 1;
            keep(c);
        } else {
            *seen = u8::MAX;
        }
    }
    candidates.clear();
}

/// Finds the passages articles share, each seen from its later article: every word an article
/// shares with earlier ones is covered, by up to [`COVER`] of them (see [`keep_covering`]).
/// `order` ranks articles from earliest to latest (undated last); it decides which holders of a
/// common fingerprint are compared.
/// Deterministic: the same corpus gives the same passages, sorted.
pub fn find(articles: &[Article], order: &[usize]) -> Vec<SharedPassage> {
    type Spans = Vec<(u32, u32)>;
    let (words, spans): (Vec<Vec<u32>>, Vec<Spans>) =
        articles.iter().map(|a| word_hashes(&a.text)).unzip();
    // Each article's rank, a permutation of 0..n: `order` first (its first mention of an
    // article counts), then any article it leaves out, in corpus order. With ranks unique, a
    // fingerprint is one 128-bit number (hash, rank, position) whose order is the order wanted,
    // and its article is read back from the rank.
    let n = articles.len();
    let mut rank = vec![u32::MAX; n];
    let mut next = 0u32;
    for &a in order {
        if let Some(x) = rank.get_mut(a).filter(|x| **x == u32::MAX) {
            *x = next;
            next += 1;
        }
    }
    for x in rank.iter_mut().filter(|x| **x == u32::MAX) {
        *x = next;
        next += 1;
    }
    let mut by_rank = vec![0u32; n];
    for (a, &r) in rank.iter().enumerate() {
        if let Some(x) = by_rank.get_mut(r as usize) {
            *x = a as u32;
        }
    }
    let key =
        |h: u64, r: u32, pos: u32| (u128::from(h) << 64) | (u128::from(r) << 32) | u128::from(pos);
    let hash_of = |k: u128| (k >> 64) as u64;
    let rank_of = |k: u128| (k >> 32) as u32;
    // Fingerprints of every article, sorted: each hash's holders come earliest first. Each
    // article's own fingerprints are kept too, in text order, to walk it from its side.
    // About 2 / (WINDOW + 1) of the positions are kept: sized once, not grown by copying.
    let total: usize = words.iter().map(Vec::len).sum();
    let mut prints: Vec<u128> = Vec::with_capacity(total * 2 / (WINDOW + 1) + 16);
    let mut own: Vec<Vec<(u64, u32)>> = Vec::with_capacity(words.len());
    for (a, w) in words.iter().enumerate() {
        let mut one = Vec::new();
        fingerprints(w, &mut one);
        let r = rank.get(a).copied().unwrap_or(u32::MAX);
        prints.extend(one.iter().map(|&(h, p)| key(h, r, p)));
        own.push(one);
    }
    prints.sort_unstable();
    // Where each hash held by two articles or more starts and ends in `prints`: one probe per
    // fingerprint instead of a binary search's twenty cache misses, and the many hashes only
    // one article holds are not stored at all.
    let mut groups: HashMap<u64, (u32, u32), Identity> = HashMap::default();
    let mut at = 0usize;
    for g in prints.chunk_by(|x, y| hash_of(*x) == hash_of(*y)) {
        let multi = g
            .windows(2)
            .any(|w| w.first().map(|x| rank_of(*x)) != w.get(1).map(|x| rank_of(*x)));
        if let (true, Some(first)) = (multi, g.first()) {
            groups.insert(hash_of(*first), (at as u32, (at + g.len()) as u32));
        }
        at += g.len();
    }

    // Each article against the earlier holders of its fingerprints (so each pair is looked at
    // once, from its later side), each common fingerprint grown into the maximal run the two
    // share. A fingerprint on a run already found for that pair (same diagonal, inside it) is
    // skipped, so a full copy costs one extension, not one per fingerprint.
    // (a, b, a from, b from, len)
    let mut runs: Vec<(u32, u32, u32, u32, u32)> = Vec::new();
    // Per partner and diagonal of the current article, the end of the last run tried there.
    // Fingerprints come in text order and maximal runs on one diagonal are disjoint, so a later
    // fingerprint can only fall inside the last of them: one probe, however many copies.
    let mut found: HashMap<(u32, i64), usize, FxBuildHasher> = HashMap::default();
    // The current article's runs of PASSAGE_WORDS or more: (length, partner's rank, partner,
    // from here, from there), and how many kept runs cover each of its words.
    let mut candidates: Vec<(u32, u32, u32, u32, u32)> = Vec::new();
    let mut cover: Vec<u8> = Vec::new();
    for (a, fps) in own.iter().enumerate() {
        let (Some(wa), Some(&ra)) = (words.get(a), rank.get(a)) else {
            continue;
        };
        found.clear();
        for &(h, pa) in fps {
            let Some(&(lo, hi)) = groups.get(&h) else {
                continue;
            };
            let holders = prints
                .get(lo as usize..hi as usize)
                .unwrap_or(&[])
                .iter()
                .take_while(|&&p| rank_of(p) < ra);
            // Every place the hash stands in the first `PARTNERS` articles holding it.
            let mut partners = 0;
            let mut last = None;
            for &p in holders {
                let (b, pb) = (
                    by_rank.get(rank_of(p) as usize).copied().unwrap_or(0),
                    p as u32,
                );
                if last != Some(b) {
                    partners += 1;
                    last = Some(b);
                }
                if partners > PARTNERS {
                    break;
                }
                let Some(wb) = words.get(b as usize) else {
                    continue;
                };
                let (pa, pb) = (pa as usize, pb as usize);
                let diagonal = pa as i64 - pb as i64;
                if found.get(&(b, diagonal)).is_some_and(|&to| pa < to) {
                    continue;
                }
                let mut back = 0;
                while pa > back && pb > back && wa.get(pa - back - 1) == wb.get(pb - back - 1) {
                    back += 1;
                }
                let mut ahead = 0;
                while wa.get(pa + ahead).is_some() && wa.get(pa + ahead) == wb.get(pb + ahead) {
                    ahead += 1;
                }
                let n = back + ahead;
                found.insert((b, diagonal), pa + ahead);
                if n >= PASSAGE_WORDS {
                    let rb = rank.get(b as usize).copied().unwrap_or(u32::MAX);
                    candidates.push((n as u32, rb, b, (pa - back) as u32, (pb - back) as u32));
                }
            }
        }
        keep_covering(
            &mut candidates,
            &mut cover,
            wa.len(),
            |&(n, _, b, fa, fb)| {
                // Stored with the article first in corpus order first.
                let (x, y, fx, fy) = if (b as usize) < a {
                    (b, a as u32, fb, fa)
                } else {
                    (a as u32, b, fa, fb)
                };
                runs.push((x, y, fx, fy, n));
            },
        );
    }
    drop(prints);
    drop(own);
    drop(words);

    // Word positions to byte offsets; in corpus order, compared as numbers.
    runs.sort_unstable();
    let bytes = |a: u32, from: u32, n: u32| -> Option<(usize, usize)> {
        let spans = spans.get(a as usize)?;
        let first = spans.get(from as usize)?;
        let last = spans.get((from + n).checked_sub(1)? as usize)?;
        Some((first.0 as usize, last.1 as usize))
    };
    let out: Vec<SharedPassage> = runs
        .iter()
        .filter_map(|&(a, b, fa, fb, n)| {
            let (a_start, a_end) = bytes(a, fa, n)?;
            let (b_start, b_end) = bytes(b, fb, n)?;
            Some(SharedPassage {
                a: articles.get(a as usize)?.id.clone(),
                a_start,
                a_end,
                b: articles.get(b as usize)?.id.clone(),
                b_start,
                b_end,
            })
        })
        .collect();
    out
}
