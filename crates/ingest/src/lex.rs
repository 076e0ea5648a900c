//! Words, punctuation and sentences with byte offsets: the layer every extractor reads.
//!
//! All scanning here is a single left-to-right pass (no backtracking patterns), so work stays
//! linear in the length of a paragraph however long or odd it is.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok<'a> {
    pub s: &'a str,
    pub start: usize,
    pub end: usize,
    pub word: bool,
}

impl<'a> Tok<'a> {
    pub fn is_cap(&self) -> bool {
        self.word
            && (self.s.chars().next().is_some_and(char::is_uppercase) || article_prefixed(self.s))
    }
    pub fn lower(&self) -> Folded<'a> {
        fold(self.s)
    }
    /// The word without a possessive `’s` / `'s`.
    pub fn base(&self) -> &'a str {
        for suf in ["’s", "'s", "’", "'"] {
            if let Some(b) = self.s.strip_suffix(suf) {
                if !b.is_empty() {
                    return b;
                }
            }
        }
        self.s
    }
    pub fn is_possessive(&self) -> bool {
        self.base().len() != self.s.len()
    }
    pub fn is(&self, w: &str) -> bool {
        self.word && self.s.eq_ignore_ascii_case(w)
    }
}

/// FNV-1a: the registry and word lists hash millions of short words, where SipHash's DoS
/// resistance buys nothing (the keys come from the corpus the user builds) and costs time.
#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub type FastHash = std::hash::BuildHasherDefault<Fnv>;
pub type FastMap<K, V> = std::collections::HashMap<K, V, FastHash>;
pub type FastSet<K> = std::collections::HashSet<K, FastHash>;

/// A word folded for comparison with the word lists: borrowed when it is already lowercase ASCII
/// (most words), so the extractor's many lookups do not allocate.
#[derive(Debug, Clone, PartialEq, Eq, Default, Hash, PartialOrd, Ord)]
pub struct Folded<'a>(std::borrow::Cow<'a, str>);

impl Folded<'_> {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Folded<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl PartialEq<&str> for Folded<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<str> for Folded<'_> {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<String> for Folded<'_> {
    fn eq(&self, other: &String) -> bool {
        self.0.as_ref() == other.as_str()
    }
}

impl std::fmt::Display for Folded<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<Folded<'_>> for String {
    fn from(f: Folded<'_>) -> String {
        f.0.into_owned()
    }
}

/// [`storyscope_core::text::fold`] without the allocation for words that need no folding.
pub fn fold(s: &str) -> Folded<'_> {
    use std::borrow::Cow;
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Folded(Cow::Borrowed(s))
    } else if s.is_ascii() {
        Folded(Cow::Owned(s.to_ascii_lowercase()))
    } else if s.chars().all(|c| c.is_ascii() || c == '’') {
        // Possessives with a typographic apostrophe ("Japan’s") are common; no tables needed.
        Folded(Cow::Owned(
            s.chars()
                .map(|c| {
                    if c == '’' {
                        '\''
                    } else {
                        c.to_ascii_lowercase()
                    }
                })
                .collect(),
        ))
    } else {
        Folded(Cow::Owned(storyscope_core::text::fold(s)))
    }
}

/// Runs `f` on the word folded as [`fold`] folds it, without allocating for a short ASCII word
/// (a capitalised name or title looked up in a word list, the commonest case in a hot loop).
pub fn with_fold<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    const MAX: usize = 24;
    let b = s.as_bytes();
    if b.iter()
        .all(|c| c.is_ascii_lowercase() || (c.is_ascii() && !c.is_ascii_uppercase()))
    {
        return f(s);
    }
    if let Some(buf) = b
        .get(..b.len().min(MAX))
        .filter(|w| w.len() == b.len() && s.is_ascii())
    {
        let mut low = [0u8; MAX];
        if let Some(low) = low.get_mut(..buf.len()) {
            low.copy_from_slice(buf);
            low.make_ascii_lowercase();
            if let Ok(w) = std::str::from_utf8(low) {
                return f(w);
            }
        }
    }
    f(&fold(s))
}

/// A word list asked about every word of a corpus: most words are in no list, and a table of the
/// (first letter, length) pairs its words have turns them away before any folding or hashing.
pub struct WordList {
    set: FastSet<&'static str>,
    /// For each (first letter, second letter or other) the lengths its words have, as bits.
    shapes: Box<[[u32; 27]; 26]>,
}

impl WordList {
    /// `words` folded (lowercase), as the lists in this crate are written.
    pub fn new(words: &[&'static str]) -> WordList {
        let mut shapes = Box::new([[0u32; 27]; 26]);
        let mut set = FastSet::default();
        for w in words {
            set.insert(*w);
            let b = w.as_bytes();
            match (b.first().and_then(|f| shape_row(*f)), b.len() < 32) {
                (Some(i), true) => {
                    let j = b.get(1).and_then(|c| shape_row(*c)).unwrap_or(26);
                    if let Some(slot) = shapes.get_mut(i).and_then(|r| r.get_mut(j)) {
                        *slot |= 1 << w.len();
                    }
                }
                // A word that starts with anything but an ASCII letter, or is long, is never
                // turned away: every row admits its length.
                _ => shapes
                    .iter_mut()
                    .flat_map(|r| r.iter_mut())
                    .for_each(|slot| *slot = u32::MAX),
            }
        }
        WordList { set, shapes }
    }

    /// Whether the word, folded, is in the list.
    pub fn contains(&self, w: &str) -> bool {
        // An ASCII word keeps its length when folded, so its first two letters and its length
        // can rule it out; a word that starts with anything but an ASCII letter, or is not
        // ASCII, takes the full lookup.
        let b = w.as_bytes();
        if let Some(i) = b.first().and_then(|f| shape_row(*f)) {
            if b.len() < 32 && w.is_ascii() {
                let j = b.get(1).and_then(|c| shape_row(*c)).unwrap_or(26);
                let mask = self
                    .shapes
                    .get(i)
                    .and_then(|r| r.get(j))
                    .copied()
                    .unwrap_or(u32::MAX);
                if mask & (1 << b.len()) == 0 {
                    return false;
                }
            }
        }
        with_fold(w, |f| self.set.contains(f))
    }
}

/// A letter's row in a word list's shape table, either case.
fn shape_row(b: u8) -> Option<usize> {
    b.is_ascii_alphabetic()
        .then(|| usize::from(b.to_ascii_lowercase() - b'a'))
}

/// Abbreviated titles that keep their period.
const TITLES: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "Rev",
    "Jr", "Sr", "St", "Cmdr", "Cdr", "Adm", "Maj", "Brig", "Cpl", "Pvt", "Supt", "Insp", "Det",
    "Amb", "Atty", "Hon",
];

fn joins(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '&')
}

/// Splits text into words and single punctuation characters (whitespace dropped). A word is a
/// run of alphanumerics, joined across `'`, `’`, `-`, `.` and `&` when a letter or digit follows;
/// an abbreviation such as "U.S." keeps its final period.
pub fn tokens(text: &str) -> Vec<Tok<'_>> {
    // Byte positions rather than a char iterator: runs of ASCII letters, most of any text, are
    // scanned a byte at a time, and only other characters are decoded.
    let bytes = text.as_bytes();
    let char_at = |p: usize| text.get(p..).and_then(|r| r.chars().next());
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut pos = 0;
    while let Some(&b) = bytes.get(pos) {
        // Spaces are a sixth of news text: passed over before anything else is asked.
        if b == b' ' {
            pos += 1;
            continue;
        }
        let c = if b.is_ascii() {
            b as char
        } else {
            match char_at(pos) {
                Some(c) => c,
                None => break,
            }
        };
        let i = pos;
        pos += c.len_utf8();
        if c.is_alphanumeric() {
            let mut end = pos;
            loop {
                while bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
                    end += 1;
                }
                // Most words end at an ASCII space or punctuation that joins nothing: no decoding.
                if bytes
                    .get(end)
                    .is_none_or(|&b| b.is_ascii() && !matches!(b, b'\'' | b'-' | b'.' | b'&'))
                {
                    break;
                }
                let Some(d) = char_at(end) else {
                    break;
                };
                if d.is_alphanumeric() {
                    end += d.len_utf8();
                    continue;
                }
                if !joins(d) {
                    break;
                }
                let j = end;
                let next = char_at(j + d.len_utf8());
                if next.is_some_and(char::is_alphanumeric) {
                    end = j + d.len_utf8();
                    continue;
                }
                // Keep the final period of dotted abbreviations ("U.S.") and of titles ("Dr.",
                // "Mrs."), which never end a sentence.
                let word = text.get(i..end).unwrap_or("");
                // A single capital letter is an initial ("Robert F. Kennedy").
                let initial = word.len() == 1 && word.bytes().all(|b| b.is_ascii_uppercase());
                if d == '.' && (TITLES.contains(&word) || word.contains('.') || initial) {
                    end = j + 1;
                } else if matches!(d, '’' | '\'')
                    && word.ends_with('s')
                    && next.is_none_or(|n| !n.is_alphanumeric() && n != d)
                {
                    // Plural possessive ("officials’"); the mark belongs to the word.
                    end = j + d.len_utf8();
                }
                break;
            }
            pos = end;
            out.push(Tok {
                s: text.get(i..end).unwrap_or(""),
                start: i,
                end,
                word: true,
            });
        } else if !c.is_whitespace() {
            // Two single marks in a row ('' or ‘‘ … ’’) stand for one double mark: one token.
            if matches!(c, '\'' | '‘' | '’') && char_at(pos) == Some(c) {
                pos += c.len_utf8();
            }
            out.push(Tok {
                s: text.get(i..pos).unwrap_or(""),
                start: i,
                end: pos,
                word: false,
            });
        }
    }
    out
}

/// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "lt", "col", "gov", "sen", "rep",
    "no", "vs", "etc", "inc", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "p.m", "a.m", "approx", "dept", "fig", "mt",
];

/// Sentence ranges within a paragraph. `protected` byte ranges (quotations, sorted and disjoint)
/// are never split, so a quotation of several sentences stays inside the sentence that introduces
/// or attributes it.
pub fn sentences(text: &str, protected: &[(usize, usize)]) -> Vec<(usize, usize)> {
    sentences_of(text, &tokens(text), protected)
}

/// [`sentences`] over tokens the caller already has.
pub fn sentences_of(text: &str, toks: &[Tok], protected: &[(usize, usize)]) -> Vec<(usize, usize)> {
    // `protected` is sorted and disjoint, so both lookups are binary searches.
    let inside = |pos: usize| {
        let i = protected.partition_point(|&(a, _)| a < pos);
        i > 0 && protected.get(i - 1).is_some_and(|&(_, b)| pos < b)
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut k = 0;
    while k < toks.len() {
        let t = toks[k];
        // A dotted abbreviation ("U.S.") keeps its period inside the word, so it never ends a
        // sentence here: a rare missed break is cheaper than cutting "the U.S. president" in two.
        let ender = !t.word && matches!(t.s, "." | "!" | "?");
        // A quotation that ends its own sentence (`… himself.” He added`) closes the sentence.
        let closing_quote = !t.word
            && protected.binary_search_by_key(&t.end, |&(_, b)| b).is_ok()
            && text
                .get(..t.start)
                .is_some_and(|p| p.ends_with(['.', '!', '?']));
        if (ender && !inside(t.start)) || closing_quote {
            let prev_abbrev = ender
                && k > 0
                && toks[k - 1].word
                && toks[k - 1].end == t.start
                && (ABBREVIATIONS.contains(&toks[k - 1].lower().as_str())
                    || (toks[k - 1].s.chars().count() == 1 && toks[k - 1].is_cap()));
            // Closing quotation marks and brackets right after the period stay with the sentence.
            let mut j = k + 1;
            // (Touching it: a straight mark after a space opens the next sentence's quotation.)
            while !closing_quote
                && j < toks.len()
                && !toks[j].word
                && matches!(toks[j].s, "”" | "\"" | "’" | ")" | "'" | "''")
                && toks[j].start == toks[j - 1].end
            {
                j += 1;
            }
            let next_starts = match toks.get(j) {
                None => true,
                Some(n) => {
                    n.is_cap()
                        || (!closing_quote
                            && (matches!(n.s, "“" | "\"" | "‘")
                                || n.s.starts_with(char::is_numeric)))
                }
            };
            if next_starts && !prev_abbrev {
                let end = toks
                    .get(j.saturating_sub(1))
                    .map(|x| x.end)
                    .unwrap_or(text.len());
                if end > start {
                    out.push((start, end));
                }
                start = toks.get(j).map(|x| x.start).unwrap_or(text.len());
                k = j;
                continue;
            }
        }
        k += 1;
    }
    if start < text.len() && !text.get(start..).unwrap_or("").trim().is_empty() {
        out.push((start, text.len()));
    }
    out
}

/// "al-Jalali", "el-Sisi", "ash-Sharaa": an Arabic article written lowercase before a
/// capitalised name is part of the name.
fn article_prefixed(w: &str) -> bool {
    let b = w.as_bytes();
    let rest = match b {
        [b'a' | b'e', b'l' | b'd' | b's' | b't' | b'r' | b'z' | b'n', b'-', ..] => b.get(3..),
        [b'a', b's', b'h', b'-', ..] => b.get(4..),
        _ => None,
    };
    rest.and_then(|r| r.first())
        .is_some_and(u8::is_ascii_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokens(s).into_iter().map(|t| t.s).collect()
    }

    #[test]
    fn tokens_keep_abbreviations_possessives_and_hyphens() {
        assert_eq!(words("the U.S. president"), ["the", "U.S.", "president"]);
        assert_eq!(
            words("Takaichi’s Self-Defense Forces."),
            ["Takaichi’s", "Self-Defense", "Forces", "."]
        );
        assert_eq!(
            words("“No,” one said."),
            ["“", "No", ",", "”", "one", "said", "."]
        );
        assert_eq!(words("officials’ views"), ["officials’", "views"]);
        assert_eq!(words("Dr. Lena Ortiz"), ["Dr.", "Lena", "Ortiz"]);
    }

    fn check(text: &str, protected: &[(usize, usize)], expected: &[&str]) {
        let got: Vec<&str> = sentences(text, protected)
            .into_iter()
            .map(|(a, b)| &text[a..b])
            .collect();
        assert_eq!(got, expected, "{text:?}");
    }

    #[test]
    fn sentences_respect_abbreviations_and_quotes() {
        check("He left. She stayed.", &[], &["He left.", "She stayed."]);
        check(
            "On Nov. 25 the U.S. president called. Then",
            &[],
            &["On Nov. 25 the U.S. president called.", "Then"],
        );
        check(
            "“A. B.” he said. Next.",
            &[(0, 10)],
            &["“A. B.” he said.", "Next."],
        );
        check("Ask Mr. Smith. Done", &[], &["Ask Mr. Smith.", "Done"]);
        check("", &[], &[]);
    }
}
