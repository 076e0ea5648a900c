//! Text folding and word tokens, shared by search, highlighting and slugs.
//!
//! Search is case- and accent-insensitive: "detente" finds "détente", "PEOPLE'S" finds
//! "People’s". Folding works word by word so a match can always be mapped back to byte offsets in
//! the original text, which is what highlighting needs.

/// Base letters for U+00C0..=U+017F (Latin-1 Supplement and Latin Extended-A), in order; `\0`
/// where the character is not a letter with a diacritic. This covers the accents of the languages
/// news in Latin script is written in, at a few hundred bytes — a full Unicode decomposition table
/// would cost the page over a hundred kilobytes.
const LATIN_BASE: &str = concat!(
    "AAAAAA\0CEEEEIIII",
    "\0NOOOOO\0OUUUUY\0\0",
    "aaaaaa\0ceeeeiiii",
    "\0nooooo\0ouuuuy\0y",
    "AaAaAaCcCcCcCcDd",
    "DdEeEeEeEeEeGgGg",
    "GgGgHhHhIiIiIiIi",
    "Ii\0\0JjKk\0LlLlLlL",
    "lLlNnNnNn\0\0\0OoOo",
    "Oo\0\0RrRrRrSsSsSs",
    "SsTtTtTtUuUuUuUu",
    "UuUuWwYyYZzZzZzs",
);

/// Combining diacritical marks, stripped when text arrives already decomposed.
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

fn strip_accent(c: char) -> char {
    let code = c as u32;
    if (0xC0..=0x17F).contains(&code) {
        if let Some(b) = LATIN_BASE.as_bytes().get((code - 0xC0) as usize) {
            if *b != 0 {
                return *b as char;
            }
        }
    }
    c
}

/// Lowercase mappings: exactly [`char::to_lowercase`] for every character it maps to one other
/// character, as runs `(first, count, stride, delta)`: `first + k * stride` for `k < count`
/// lowercases to itself plus `delta`. 185 runs in place of the standard library's table of
/// 1,400-odd pairs, which cost the page about 8 KB gzip. Only U+0130 (İ) lowercases to two
/// characters ([`push_lowercase`]). The test `lowercase_is_the_standard_library_s` compares every
/// character, and prints this table afresh when a new Unicode version changes it.
#[rustfmt::skip]
const LOWER: [(u32, u8, u8, i32); 185] = [
    (0x0041, 26, 1, 32), (0x00C0, 23, 1, 32), (0x00D8, 7, 1, 32), (0x0100, 24, 2, 1),
    (0x0132, 3, 2, 1), (0x0139, 8, 2, 1), (0x014A, 23, 2, 1), (0x0178, 1, 1, -121),
    (0x0179, 3, 2, 1), (0x0181, 1, 1, 210), (0x0182, 2, 2, 1), (0x0186, 1, 1, 206),
    (0x0187, 1, 1, 1), (0x0189, 2, 1, 205), (0x018B, 1, 1, 1), (0x018E, 1, 1, 79),
    (0x018F, 1, 1, 202), (0x0190, 1, 1, 203), (0x0191, 1, 1, 1), (0x0193, 1, 1, 205),
    (0x0194, 1, 1, 207), (0x0196, 1, 1, 211), (0x0197, 1, 1, 209), (0x0198, 1, 1, 1),
    (0x019C, 1, 1, 211), (0x019D, 1, 1, 213), (0x019F, 1, 1, 214), (0x01A0, 3, 2, 1),
    (0x01A6, 1, 1, 218), (0x01A7, 1, 1, 1), (0x01A9, 1, 1, 218), (0x01AC, 1, 1, 1),
    (0x01AE, 1, 1, 218), (0x01AF, 1, 1, 1), (0x01B1, 2, 1, 217), (0x01B3, 2, 2, 1),
    (0x01B7, 1, 1, 219), (0x01B8, 1, 1, 1), (0x01BC, 1, 1, 1), (0x01C4, 1, 1, 2),
    (0x01C5, 1, 1, 1), (0x01C7, 1, 1, 2), (0x01C8, 1, 1, 1), (0x01CA, 1, 1, 2),
    (0x01CB, 9, 2, 1), (0x01DE, 9, 2, 1), (0x01F1, 1, 1, 2), (0x01F2, 2, 2, 1),
    (0x01F6, 1, 1, -97), (0x01F7, 1, 1, -56), (0x01F8, 20, 2, 1), (0x0220, 1, 1, -130),
    (0x0222, 9, 2, 1), (0x023A, 1, 1, 10795), (0x023B, 1, 1, 1), (0x023D, 1, 1, -163),
    (0x023E, 1, 1, 10792), (0x0241, 1, 1, 1), (0x0243, 1, 1, -195), (0x0244, 1, 1, 69),
    (0x0245, 1, 1, 71), (0x0246, 5, 2, 1), (0x0370, 2, 2, 1), (0x0376, 1, 1, 1),
    (0x037F, 1, 1, 116), (0x0386, 1, 1, 38), (0x0388, 3, 1, 37), (0x038C, 1, 1, 64),
    (0x038E, 2, 1, 63), (0x0391, 17, 1, 32), (0x03A3, 9, 1, 32), (0x03CF, 1, 1, 8),
    (0x03D8, 12, 2, 1), (0x03F4, 1, 1, -60), (0x03F7, 1, 1, 1), (0x03F9, 1, 1, -7),
    (0x03FA, 1, 1, 1), (0x03FD, 3, 1, -130), (0x0400, 16, 1, 80), (0x0410, 32, 1, 32),
    (0x0460, 17, 2, 1), (0x048A, 27, 2, 1), (0x04C0, 1, 1, 15), (0x04C1, 7, 2, 1),
    (0x04D0, 48, 2, 1), (0x0531, 38, 1, 48), (0x10A0, 38, 1, 7264), (0x10C7, 1, 1, 7264),
    (0x10CD, 1, 1, 7264), (0x13A0, 80, 1, 38864), (0x13F0, 6, 1, 8), (0x1C89, 1, 1, 1),
    (0x1C90, 43, 1, -3008), (0x1CBD, 3, 1, -3008), (0x1E00, 75, 2, 1), (0x1E9E, 1, 1, -7615),
    (0x1EA0, 48, 2, 1), (0x1F08, 8, 1, -8), (0x1F18, 6, 1, -8), (0x1F28, 8, 1, -8),
    (0x1F38, 8, 1, -8), (0x1F48, 6, 1, -8), (0x1F59, 4, 2, -8), (0x1F68, 8, 1, -8),
    (0x1F88, 8, 1, -8), (0x1F98, 8, 1, -8), (0x1FA8, 8, 1, -8), (0x1FB8, 2, 1, -8),
    (0x1FBA, 2, 1, -74), (0x1FBC, 1, 1, -9), (0x1FC8, 4, 1, -86), (0x1FCC, 1, 1, -9),
    (0x1FD8, 2, 1, -8), (0x1FDA, 2, 1, -100), (0x1FE8, 2, 1, -8), (0x1FEA, 2, 1, -112),
    (0x1FEC, 1, 1, -7), (0x1FF8, 2, 1, -128), (0x1FFA, 2, 1, -126), (0x1FFC, 1, 1, -9),
    (0x2126, 1, 1, -7517), (0x212A, 1, 1, -8383), (0x212B, 1, 1, -8262), (0x2132, 1, 1, 28),
    (0x2160, 16, 1, 16), (0x2183, 1, 1, 1), (0x24B6, 26, 1, 26), (0x2C00, 48, 1, 48),
    (0x2C60, 1, 1, 1), (0x2C62, 1, 1, -10743), (0x2C63, 1, 1, -3814), (0x2C64, 1, 1, -10727),
    (0x2C67, 3, 2, 1), (0x2C6D, 1, 1, -10780), (0x2C6E, 1, 1, -10749), (0x2C6F, 1, 1, -10783),
    (0x2C70, 1, 1, -10782), (0x2C72, 1, 1, 1), (0x2C75, 1, 1, 1), (0x2C7E, 2, 1, -10815),
    (0x2C80, 50, 2, 1), (0x2CEB, 2, 2, 1), (0x2CF2, 1, 1, 1), (0xA640, 23, 2, 1),
    (0xA680, 14, 2, 1), (0xA722, 7, 2, 1), (0xA732, 31, 2, 1), (0xA779, 2, 2, 1),
    (0xA77D, 1, 1, -35332), (0xA77E, 5, 2, 1), (0xA78B, 1, 1, 1), (0xA78D, 1, 1, -42280),
    (0xA790, 2, 2, 1), (0xA796, 10, 2, 1), (0xA7AA, 1, 1, -42308), (0xA7AB, 1, 1, -42319),
    (0xA7AC, 1, 1, -42315), (0xA7AD, 1, 1, -42305), (0xA7AE, 1, 1, -42308), (0xA7B0, 1, 1, -42258),
    (0xA7B1, 1, 1, -42282), (0xA7B2, 1, 1, -42261), (0xA7B3, 1, 1, 928), (0xA7B4, 8, 2, 1),
    (0xA7C4, 1, 1, -48), (0xA7C5, 1, 1, -42307), (0xA7C6, 1, 1, -35384), (0xA7C7, 2, 2, 1),
    (0xA7CB, 1, 1, -42343), (0xA7CC, 8, 2, 1), (0xA7DC, 1, 1, -42561), (0xA7F5, 1, 1, 1),
    (0xFF21, 26, 1, 32), (0x10400, 40, 1, 40), (0x104B0, 36, 1, 40), (0x10570, 11, 1, 39),
    (0x1057C, 15, 1, 39), (0x1058C, 7, 1, 39), (0x10594, 2, 1, 39), (0x10C80, 51, 1, 64),
    (0x10D50, 22, 1, 32), (0x118A0, 32, 1, 32), (0x16E40, 32, 1, 32), (0x16EA0, 25, 1, 27),
    (0x1E900, 34, 1, 34)
];

/// Appends `c` lowercased, as [`char::to_lowercase`] does.
fn push_lowercase(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    if c == '\u{130}' {
        out.push_str("i\u{307}");
        return;
    }
    let code = c as u32;
    let at = LOWER.partition_point(|r| r.0 <= code);
    let lower =
        at.checked_sub(1)
            .and_then(|i| LOWER.get(i))
            .and_then(|&(first, count, stride, delta)| {
                let k = (code - first) / u32::from(stride);
                let on_run =
                    (code - first).is_multiple_of(u32::from(stride)) && k < u32::from(count);
                on_run.then(|| char::from_u32(code.wrapping_add_signed(delta)))?
            });
    out.push(lower.unwrap_or(c));
}

/// Lowercases, strips diacritics from Latin letters and straightens typographic apostrophes.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s
        .chars()
        .filter(|c| !is_combining_mark(*c))
        .map(strip_accent)
    {
        match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' => out.push('\''),
            c => push_lowercase(c, &mut out),
        }
    }
    out
}

/// Calls `f` with each word of `s`, folded, in order (repeats included). One buffer serves every
/// word, and ASCII words skip the Unicode tables: this is what indexing a corpus spends its time
/// on.
pub fn for_each_folded_word(s: &str, mut f: impl FnMut(&str)) {
    for_each_folded_word_span(s, |w, _, _| f(w));
}

/// Calls `f` with each word of `s`, folded, and its byte range in `s`.
pub fn for_each_folded_word_span(s: &str, mut f: impl FnMut(&str, usize, usize)) {
    let mut buf = String::new();
    for_each_word_span(s, |a, b| {
        let w = s.get(a..b).unwrap_or("");
        buf.clear();
        if w.is_ascii() {
            buf.push_str(w);
            buf.make_ascii_lowercase();
        } else {
            buf.push_str(&fold(w));
        }
        f(&buf, a, b);
    });
}

/// Calls `f` with the byte range of each word of `s`: maximal runs of alphanumeric characters.
/// Runs of ASCII, most of any text, are scanned a byte at a time; only other characters are
/// decoded and asked of the Unicode tables.
fn for_each_word_span(s: &str, mut f: impl FnMut(usize, usize)) {
    let bytes = s.as_bytes();
    let mut start = None;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let (word, len) = if b.is_ascii() {
            (b.is_ascii_alphanumeric(), 1)
        } else {
            match s.get(i..).and_then(|r| r.chars().next()) {
                Some(c) => (c.is_alphanumeric() || is_combining_mark(c), c.len_utf8()),
                None => break,
            }
        };
        match (word, start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                f(st, i);
                start = None;
            }
            _ => {}
        }
        i += len;
    }
    if let Some(st) = start {
        f(st, s.len());
    }
}

/// Byte ranges of the words in `s`: maximal runs of alphanumeric characters.
pub fn word_spans(s: &str) -> Vec<(usize, usize)> {
    // About one word per six bytes of news text: sized once, not grown by copying.
    let mut out = Vec::with_capacity(s.len() / 6 + 1);
    for_each_word_span(s, |a, b| out.push((a, b)));
    out
}

/// The folded words of `s`, sorted and deduplicated: the form searched.
pub fn folded_words(s: &str) -> Vec<String> {
    let mut words: Vec<String> = word_spans(s)
        .into_iter()
        .filter_map(|(a, b)| s.get(a..b))
        .map(fold)
        .collect();
    crate::index::sort_by(&mut words, &|a, b| a.cmp(b));
    words.dedup();
    words
}

/// Splits a search box value into folded terms.
pub fn search_terms(q: &str) -> Vec<String> {
    folded_words(q)
}

/// True when every term is a prefix of some word. `words` must be sorted (see [`folded_words`]),
/// which turns each lookup into a binary search.
pub fn matches_all(words: &[String], terms: &[String]) -> bool {
    terms.iter().all(|t| {
        let i = words.partition_point(|w| w.as_str() < t.as_str());
        words.get(i).is_some_and(|w| w.starts_with(t.as_str()))
    })
}

/// Byte spans of the words in `s` that start with any of the terms: what `<mark>` wraps.
pub fn highlight_spans(s: &str, terms: &[String]) -> Vec<(usize, usize)> {
    if terms.is_empty() {
        return Vec::new();
    }
    word_spans(s)
        .into_iter()
        .filter(|&(a, b)| {
            s.get(a..b).is_some_and(|w| {
                let f = fold(w);
                terms.iter().any(|t| f.starts_with(t.as_str()))
            })
        })
        .collect()
}

/// A piece of text that is either plain or marked; views render these without parsing HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment<'a> {
    pub text: &'a str,
    pub marked: bool,
}

/// Cuts `s` at the given sorted, non-overlapping spans.
pub fn segments<'a>(s: &'a str, spans: &[(usize, usize)]) -> Vec<Segment<'a>> {
    let mut out = Vec::new();
    let mut pos = 0;
    for &(a, b) in spans {
        if a < pos || b > s.len() || a >= b {
            continue;
        }
        if let (Some(plain), Some(marked)) = (s.get(pos..a), s.get(a..b)) {
            if !plain.is_empty() {
                out.push(Segment {
                    text: plain,
                    marked: false,
                });
            }
            out.push(Segment {
                text: marked,
                marked: true,
            });
            pos = b;
        }
    }
    if let Some(rest) = s.get(pos..) {
        if !rest.is_empty() {
            out.push(Segment {
                text: rest,
                marked: false,
            });
        }
    }
    out
}

/// What a piece of a word diff is: in both texts, only in the new one, or only in the old one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Same,
    Inserted,
    Deleted,
}

/// A piece of a word diff: text of the new version (`Same`, `Inserted`) or of the old
/// (`Deleted`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffPart<'a> {
    pub text: &'a str,
    pub change: Change,
}

/// Words compared in a diff at most; a longer quotation is diffed by its first this many words
/// and the rest shown as it is in the new version.
const DIFF_WORDS: usize = 300;

/// The word-by-word difference from `old` to `new` (a longest common subsequence of their
/// folded words): the pieces that are not `Deleted` put together give `new` exactly, with its
/// punctuation and spacing; `Deleted` pieces are words of `old` it lacks, where they stood.
pub fn word_diff<'a>(old: &'a str, new: &'a str) -> Vec<DiffPart<'a>> {
    let ow: Vec<(usize, usize)> = word_spans(old).into_iter().take(DIFF_WORDS).collect();
    let mut nw: Vec<(usize, usize)> = word_spans(new).into_iter().take(DIFF_WORDS).collect();
    let folded = |s: &str, spans: &[(usize, usize)]| -> Vec<String> {
        spans
            .iter()
            .map(|&(a, b)| fold(s.get(a..b).unwrap_or("")))
            .collect()
    };
    let (of, nf) = (folded(old, &ow), folded(new, &nw));
    let (n, m) = (of.len(), nf.len());
    // lcs[i * (m + 1) + j]: the longest common subsequence of of[i..] and nf[j..].
    let w = m + 1;
    let mut lcs = vec![0u16; (n + 1) * w];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            let at = |i: usize, j: usize| lcs.get(i * w + j).copied().unwrap_or(0);
            let v = if of.get(i) == nf.get(j) {
                at(i + 1, j + 1) + 1
            } else {
                at(i + 1, j).max(at(i, j + 1))
            };
            if let Some(c) = lcs.get_mut(i * w + j) {
                *c = v;
            }
        }
    }
    let at = |i: usize, j: usize| lcs.get(i * w + j).copied().unwrap_or(0);
    // Pieces as byte ranges: of `new` for Same and Inserted, of `old` for Deleted. Each word of
    // `new` takes the gap after it, as Same; the text before the first word is Same too.
    let mut parts: Vec<(Change, usize, usize)> = Vec::new();
    let mut push = |change: Change, a: usize, b: usize| {
        if a >= b {
            return;
        }
        match parts.last_mut() {
            Some(last) if last.0 == change && change != Change::Deleted && last.2 == a => {
                last.2 = b
            }
            _ => parts.push((change, a, b)),
        }
    };
    // Past the compared words, the rest of `new` is one Same piece.
    nw.push((new.len(), new.len()));
    push(Change::Same, 0, nw.first().map_or(new.len(), |&(a, _)| a));
    let gap = |j: usize| {
        let end = nw.get(j).map_or(new.len(), |&(_, b)| b);
        (end, nw.get(j + 1).map_or(new.len(), |&(a, _)| a))
    };
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        let (a, b) = nw.get(j).copied().unwrap_or((new.len(), new.len()));
        if i < n && j < m && of.get(i) == nf.get(j) {
            push(Change::Same, a, b);
            let (g0, g1) = gap(j);
            push(Change::Same, g0, g1);
            i += 1;
            j += 1;
        } else if i < n && (j >= m || at(i + 1, j) >= at(i, j + 1)) {
            // On a tie the old word goes first: "reviving" struck out, then "to revive".
            let (a, b) = ow.get(i).copied().unwrap_or((0, 0));
            push(Change::Deleted, a, b);
            i += 1;
        } else {
            push(Change::Inserted, a, b);
            let (g0, g1) = gap(j);
            push(Change::Same, g0, g1);
            j += 1;
        }
    }
    // Inserted words with only spaces or punctuation between them are one insertion
    // ("post-war international" is one mark, not three).
    let mut merged: Vec<(Change, usize, usize)> = Vec::with_capacity(parts.len());
    for p in parts {
        let n = merged.len();
        let spaced = n >= 2
            && p.0 == Change::Inserted
            && merged.get(n - 2).is_some_and(|q| q.0 == Change::Inserted)
            && merged.last().is_some_and(|q| {
                q.0 == Change::Same
                    && new
                        .get(q.1..q.2)
                        .is_some_and(|t| !t.chars().any(char::is_alphanumeric))
            });
        if spaced {
            merged.pop();
            if let Some(prev) = merged.last_mut() {
                prev.2 = p.2;
            }
        } else {
            merged.push(p);
        }
    }
    merged
        .into_iter()
        .filter_map(|(change, a, b)| {
            let text = if change == Change::Deleted {
                old.get(a..b)
            } else {
                new.get(a..b)
            }?;
            Some(DiffPart { text, change })
        })
        .collect()
}

#[cfg(test)]
mod tests {

    /// The runs of [`LOWER`] as the standard library's `char::to_lowercase` gives them.
    fn lowercase_runs() -> Vec<(u32, u8, u8, i32)> {
        let mut maps: Vec<(u32, u32)> = Vec::new();
        for c in (0u32..=0x10FFFF).filter_map(char::from_u32) {
            let mut l = c.to_lowercase();
            if let (Some(one), None) = (l.next(), l.next()) {
                if one != c {
                    maps.push((c as u32, one as u32));
                }
            }
        }
        let mapped: std::collections::HashSet<u32> = maps.iter().map(|m| m.0).collect();
        let mut runs = Vec::new();
        let mut i = 0;
        while let Some(&(first, lower)) = maps.get(i) {
            let delta = lower as i64 - first as i64;
            let mut best = (1u32, 1u32);
            for stride in [1u32, 2] {
                let (mut j, mut at, mut n) = (i, first, 1);
                while let Some(&(next, l)) = maps.get(j + 1) {
                    let fits = next == at + stride
                        && l as i64 - next as i64 == delta
                        && !(stride == 2 && mapped.contains(&(at + 1)));
                    if !fits || n == u8::MAX as u32 {
                        break;
                    }
                    (j, at, n) = (j + 1, next, n + 1);
                }
                if n > best.0 {
                    best = (n, stride);
                }
            }
            runs.push((first, best.0 as u8, best.1 as u8, delta as i32));
            i += best.0 as usize;
        }
        runs
    }

    #[test]
    fn lowercase_is_the_standard_library_s() {
        let runs = lowercase_runs();
        if runs[..] != LOWER[..] {
            let table: Vec<String> = runs
                .iter()
                .map(|r| format!("({:#06X}, {}, {}, {}),", r.0, r.1, r.2, r.3))
                .collect();
            panic!(
                "LOWER is out of date ({} runs):\n{}",
                runs.len(),
                table.join(" ")
            );
        }
        for c in (0u32..=0x10FFFF).filter_map(char::from_u32) {
            let mut ours = String::new();
            push_lowercase(c, &mut ours);
            assert_eq!(
                ours,
                c.to_lowercase().collect::<String>(),
                "U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn streamed_words_are_the_folded_words() {
        for text in [
            "Crème BRÛLÉE, café's “Ça” — naïve 42x",
            "plain ascii Words here",
            "",
            "élan",
        ] {
            let mut streamed = Vec::new();
            for_each_folded_word(text, |w| streamed.push(w.to_string()));
            streamed.sort();
            streamed.dedup();
            assert_eq!(streamed, folded_words(text), "{text}");
        }
    }

    use super::*;

    fn check_fold(input: &str, expected: &str) {
        assert_eq!(fold(input), expected, "fold({input:?})");
    }

    #[test]
    fn folding_removes_case_accents_and_curly_apostrophes() {
        check_fold("Détente", "detente");
        check_fold("People’s DAILY", "people's daily");
        check_fold("Ōsaka", "osaka");
        check_fold("Łódź Straße Ærø", "lodz straße æro");
        check_fold("cafe\u{301}", "cafe");
        check_fold("ÀÉÎÕÜÇÑ àéîõüçñ ÿ", "aeioucn aeioucn y");
        check_fold("", "");
    }

    fn check_match(text: &str, q: &str, expected: bool) {
        assert_eq!(
            matches_all(&folded_words(text), &search_terms(q)),
            expected,
            "{text:?} ~ {q:?}"
        );
    }

    #[test]
    fn search_matches_prefixes_of_every_term() {
        check_match("actions to revive militarism", "militarism", true);
        check_match("actions to revive militarism", "MILIT", true);
        check_match("actions to revive militarism", "milit revive", true);
        check_match("actions to revive militarism", "milit peace", false);
        check_match("a fragile détente", "detente", true);
        check_match("a fragile detente", "détente", true);
        check_match("anything", "", true);
        check_match("revive", "evive", false);
    }

    #[test]
    fn highlight_spans_cover_whole_matching_words() {
        let s = "oppose militarism, revive Militarism";
        let spans = highlight_spans(s, &search_terms("milit"));
        let words: Vec<&str> = spans.iter().map(|&(a, b)| &s[a..b]).collect();
        assert_eq!(words, ["militarism", "Militarism"]);
    }

    fn check_diff(old: &str, new: &str, expected: &[(&str, Change)]) {
        let got: Vec<(&str, Change)> = word_diff(old, new)
            .iter()
            .map(|p| (p.text, p.change))
            .collect();
        assert_eq!(got, expected, "{old:?} → {new:?}");
    }

    #[test]
    fn word_diff_marks_inserted_and_deleted_words() {
        use Change::*;
        check_diff(
            "actions reviving militarism",
            "actions to revive militarism,",
            &[
                ("actions ", Same),
                ("reviving", Deleted),
                ("to revive", Inserted),
                (" militarism,", Same),
            ],
        );
        check_diff("great talk", "great talk", &[("great talk", Same)]);
        check_diff(
            "great talk",
            "I had a great talk.",
            &[("I had a", Inserted), (" great talk.", Same)],
        );
        check_diff("We Will", "we will", &[("we will", Same)]);
        check_diff(
            "order",
            "post-war order",
            &[("post-war", Inserted), (" order", Same)],
        );
        check_diff("a b", "", &[("a", Deleted), ("b", Deleted)]);
        check_diff("", "“", &[("“", Same)]);
    }

    #[test]
    fn segments_alternate_plain_and_marked() {
        let s = "a b c";
        let seg = segments(s, &[(2, 3)]);
        assert_eq!(
            seg,
            vec![
                Segment {
                    text: "a ",
                    marked: false
                },
                Segment {
                    text: "b",
                    marked: true
                },
                Segment {
                    text: " c",
                    marked: false
                }
            ]
        );
        // Spans out of range or overlapping are skipped rather than panicking.
        assert_eq!(segments(s, &[(4, 99), (1, 0)]).len(), 1);
    }
}
