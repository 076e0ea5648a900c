//! Pairing quotation marks in a paragraph: curly and straight double marks, single marks told
//! apart from apostrophes, nested quotations dropped, and quotations that run over several
//! paragraphs.

use crate::Diagnostic;

/// A quotation in one paragraph: byte offsets of the opening mark and of the closing mark, and
/// the closing mark's length (0 when the quotation runs on into the next paragraph).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Marks {
    pub(super) open: usize,
    pub(super) open_len: usize,
    pub(super) close: usize,
    pub(super) close_len: usize,
}

impl Marks {
    pub(super) fn inner(&self) -> (usize, usize) {
        (self.open + self.open_len, self.close)
    }
    /// From the opening mark to just past the closing one.
    pub(super) fn outer(&self) -> (usize, usize) {
        (self.open, self.close + self.close_len)
    }
}

/// Every quotation mark or apostrophe in the text with its byte offset, found by looking at
/// bytes: the curly marks all begin with the byte 0xE2, the straight ones are ASCII, so nothing
/// else is decoded.
fn mark_chars(text: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    // memchr's vectorised search for the three bytes, not a loop over every byte.
    memchr::memchr3_iter(b'"', b'\'', 0xE2, text.as_bytes()).filter_map(move |i| {
        text.get(i..)
            .and_then(|r| r.chars().next())
            .filter(|c| matches!(c, '“' | '”' | '"' | '‘' | '’' | '\''))
            .map(|c| (i, c))
    })
}

/// Pairs of single marks written as one double mark, with their byte length: `''`, `‘‘`, `’’`.
/// A pair inside a word is not one (no word holds two apostrophes in a row).
fn doubled_marks(para: &str) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    // Rare: most paragraphs are turned away by one search.
    if !(para.contains("''") || para.contains("‘‘") || para.contains("’’")) {
        return out;
    }
    let mut last: Option<(usize, char)> = None;
    for (i, c) in mark_chars(para).filter(|(_, c)| matches!(c, '‘' | '’' | '\'')) {
        match last {
            Some((j, p)) if p == c && j + p.len_utf8() == i => {
                out.push((j, 2 * c.len_utf8()));
                last = None;
            }
            _ => last = Some((i, c)),
        }
    }
    out
}

pub(super) fn opens_after(prev: Option<char>) -> bool {
    prev.is_none_or(|p| {
        p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '-' | '“' | '"' | '‘')
    })
}

/// Pairs quotation marks in one paragraph. Double marks first (curly, then straight, each with its
/// own state so a stray of one kind cannot swallow the other); then single marks used as quotation
/// marks, told apart from apostrophes by what surrounds them; finally a quotation inside another
/// (nested) is dropped, since its words belong to the outer quote. A double quotation still open at
/// the end of a paragraph continues when the next paragraph opens with a mark — the convention for
/// quotations of several paragraphs; otherwise it is reported.
pub(super) fn pair_marks(
    para: &str,
    next_opens: bool,
    at_end: bool,
    file: &str,
    line: u32,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Marks> {
    let mut out: Vec<Marks> = Vec::new();
    let mut open_curly: Option<usize> = None;
    let mut open_straight: Option<usize> = None;
    // Two single marks in a row ('' or ‘‘ … ’’), as some wires and typewritten copy write a
    // double mark: paired like straight double marks, and kept from the single marks' pass.
    let doubled = doubled_marks(para);
    let mut open_doubled: Option<(usize, usize)> = None;
    // The double marks and the doubled single ones, in text order: a quotation opened with one
    // kind is sometimes closed with the other (`''It is,\" he said`).
    let mut events: Vec<(usize, char, usize)> = mark_chars(para)
        .filter(|(_, c)| matches!(c, '“' | '”' | '"'))
        .map(|(i, c)| (i, c, c.len_utf8()))
        .chain(doubled.iter().map(|&(i, len)| (i, '\'', len)))
        .collect();
    if !doubled.is_empty() {
        events.sort_unstable();
    }
    // Only the marks themselves are visited; the character before one is read from the text.
    for (i, c, len) in events {
        let prev = para.get(..i).and_then(|b| b.chars().next_back());
        let touches_before = prev.is_some_and(|p| !p.is_whitespace());
        match c {
            '\'' => {
                let next = para.get(i + len..).and_then(|a| a.chars().next());
                let closing_form = para.get(i..).is_some_and(|r| r.starts_with('’'));
                // As with single marks, words touch the marks: `''Yes,''`, never `'' yes ''`.
                let opened = open_doubled
                    .take()
                    .or_else(|| open_straight.take().map(|o| (o, 1)));
                match opened {
                    Some((o, ol)) if touches_before => out.push(Marks {
                        open: o,
                        open_len: ol,
                        close: i,
                        close_len: len,
                    }),
                    _ if opens_after(prev)
                        && !closing_form
                        && next.is_some_and(|n| !n.is_whitespace()) =>
                    {
                        open_doubled = Some((i, len))
                    }
                    _ => {}
                }
            }
            // Copy typed in haste mixes the marks: `“… affected,“ he said` closes with an
            // opening mark, `"… blast,” he said` and `“… do," he said` pair a straight mark with
            // a curly one. A mark touching the word before it and followed by a space closes.
            '“' if open_curly.is_some()
                && touches_before
                && !opens_after(prev)
                && para
                    .get(i + 3..)
                    .is_none_or(|r| r.starts_with(char::is_whitespace) || r.is_empty()) =>
            {
                if let Some(o) = open_curly.take() {
                    out.push(Marks {
                        open: o,
                        open_len: 3,
                        close: i,
                        close_len: 3,
                    });
                }
            }
            '”' if open_curly.is_none() && open_straight.is_some() => {
                if let Some(o) = open_straight.take() {
                    out.push(Marks {
                        open: o,
                        open_len: 1,
                        close: i,
                        close_len: 3,
                    });
                }
            }
            '"' if open_straight.is_none()
                && open_curly.is_some()
                && touches_before
                && !opens_after(prev) =>
            {
                if let Some(o) = open_curly.take() {
                    out.push(Marks {
                        open: o,
                        open_len: 3,
                        close: i,
                        close_len: 1,
                    });
                }
            }
            '“' => {
                if open_curly.is_some() {
                    diags.push(Diagnostic::warning(
                        file,
                        line,
                        "an opening “ is never closed before the next one",
                    ));
                }
                open_curly = Some(i);
            }
            '”' => match open_curly.take() {
                Some(o) => out.push(Marks {
                    open: o,
                    open_len: 3,
                    close: i,
                    close_len: 3,
                }),
                None => diags.push(Diagnostic::warning(
                    file,
                    line,
                    "a closing ” has no opening “",
                )),
            },
            '"' if open_straight.is_none() && touches_before && open_doubled.is_some() => {
                if let Some((o, ol)) = open_doubled.take() {
                    out.push(Marks {
                        open: o,
                        open_len: ol,
                        close: i,
                        close_len: 1,
                    });
                }
            }
            '"' => match open_straight.take() {
                Some(o) => out.push(Marks {
                    open: o,
                    open_len: 1,
                    close: i,
                    close_len: 1,
                }),
                None if opens_after(prev) => open_straight = Some(i),
                None => diags.push(Diagnostic::warning(
                    file,
                    line,
                    "a closing \" has no opening mark",
                )),
            },
            _ => {}
        }
    }
    let open_doubled_at = open_doubled.map(|(o, _)| o);
    let doubled_len = open_doubled.map_or(0, |(_, l)| l);
    for (o, len) in [
        (open_curly, 3),
        (open_straight, 1),
        (open_doubled_at, doubled_len),
    ] {
        let Some(o) = o else { continue };
        // Left open in the last paragraph, the words run to the end of the text: an excerpt
        // cut off mid-quotation, as people paste the opening of an article. Said, since it may
        // also be a mark typed by mistake.
        if at_end && !next_opens {
            diags.push(Diagnostic::warning(
                file,
                line,
                "a quotation mark is never closed: it runs to the end of the text",
            ));
        }
        // A paragraph that opens with the mark and never closes it is a quotation that lost
        // its closing mark (as pages copied paragraph by paragraph do): its words run to the
        // paragraph's end, and the missing mark is said.
        let leads = para.get(..o).is_some_and(|b| b.trim().is_empty());
        if next_opens || at_end {
            out.push(Marks {
                open: o,
                open_len: len,
                close: para.trim_end().len().max(o + len),
                close_len: 0,
            });
        } else if leads {
            // A closing mark the pairing passed over (`“We won ” he said`, a space before it)
            // still ends the words; else the paragraph's end does.
            let stray_close = para.get(o + len..).and_then(|r| {
                r.find(['”', '"'])
                    .map(|i| (o + len + i, r[i..].chars().next()))
            });
            let (close, close_len) = match stray_close {
                Some((i, Some(c))) => (i, c.len_utf8()),
                _ => (para.trim_end().len().max(o + len), 0),
            };
            diags.push(Diagnostic::warning(
                file,
                line,
                "a quotation mark is never closed as a closing mark should be: the quotation is taken to the next mark or the end of its paragraph",
            ));
            out.push(Marks {
                open: o,
                open_len: len,
                close,
                close_len,
            });
        } else {
            diags.push(Diagnostic::warning(
                file,
                line,
                "a quotation mark is never closed in this paragraph",
            ));
        }
    }
    out.sort_by_key(|m| m.open);

    // Single marks, outside double quotations (sorted and disjoint: a binary search each).
    let inside_double = |pos: usize| {
        let i = out.partition_point(|m| m.open < pos);
        i > 0 && out.get(i - 1).is_some_and(|m| pos < m.close)
    };
    let mut singles = Vec::new();
    let mut open_single: Option<(usize, usize)> = None;
    let in_doubled = |i: usize| doubled.iter().any(|&(d, len)| i >= d && i < d + len);
    for (i, c) in mark_chars(para).filter(|(_, c)| matches!(c, '‘' | '’' | '\'')) {
        if inside_double(i) || in_doubled(i) {
            continue;
        }
        let before = para.get(..i).and_then(|b| b.chars().next_back());
        let after = para.get(i + c.len_utf8()..).and_then(|a| a.chars().next());
        let letter_before = before.is_some_and(char::is_alphanumeric);
        let letter_after = after.is_some_and(char::is_alphanumeric);
        if letter_before && letter_after {
            continue; // an apostrophe inside a word: "Japan’s", "don't"
        }
        match open_single {
            None if (c == '‘' || c == '\'')
                && opens_after(before)
                && after.is_some_and(|a| !a.is_whitespace()) =>
            {
                open_single = Some((i, c.len_utf8()));
            }
            Some((o, ol))
                if c != '‘' && before.is_some_and(|b| !b.is_whitespace()) && !letter_after =>
            {
                singles.push(Marks {
                    open: o,
                    open_len: ol,
                    close: i,
                    close_len: c.len_utf8(),
                });
                open_single = None;
            }
            _ => {}
        }
    }
    if let Some((o, ol)) = open_single {
        let leads = para.get(..o).is_some_and(|b| b.trim().is_empty());
        if (leads || next_opens) && para.get(o..).is_some_and(|r| r.starts_with('‘')) {
            // "‘We know a lot about it.¶‘We still have to learn.’": quotations of several
            // paragraphs in single marks, as British copy writes them; a paragraph that opens
            // with ‘ and never closes it runs to its end.
            if !next_opens && !at_end {
                diags.push(Diagnostic::warning(
                    file,
                    line,
                    "an opening ‘ is never closed: the quotation is taken to the end of its paragraph",
                ));
            }
            singles.push(Marks {
                open: o,
                open_len: ol,
                close: para.trim_end().len().max(o + ol),
                close_len: 0,
            });
        } else if para.get(o..).is_some_and(|r| r.starts_with('‘')) {
            diags.push(Diagnostic::warning(
                file,
                line,
                "an opening ‘ is never closed in this paragraph",
            ));
        }
    }
    out.extend(singles);
    out.sort_by_key(|m| m.open);
    // Drop quotations inside an earlier one: one sweep keeping the furthest close seen.
    let mut reach = 0;
    out.retain(|m| {
        let nested = m.close < reach;
        reach = reach.max(m.close);
        !nested
    });
    out
}
