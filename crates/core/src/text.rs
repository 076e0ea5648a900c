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

/// Lowercases, strips diacritics from Latin letters and straightens typographic apostrophes.
pub fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| !is_combining_mark(*c))
        .map(strip_accent)
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' => '\'',
            _ => c,
        })
        .collect()
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
