//! The query string is the filter state: [`parse`] and [`render`] map it to a [`Query`] and back.
//!
//! Parsing never fails. Unknown keys, malformed dates, oversized values and repeated scalar keys
//! are ignored (the first value wins), so a tampered link still opens a working page. Ids are
//! checked against the corpus later by [`crate::index::Index::sanitize`], which needs the corpus.

use crate::date;
use crate::query::{ArticleOrder, Query, TableSort, View};

/// Values longer than this are dropped: no real speaker id, outlet key or search is this long.
const MAX_VALUE: usize = 512;
/// At most this many speakers or outlets are read from one link.
const MAX_CHOICES: usize = 200;

pub fn parse(query_string: &str) -> Query {
    let qs = query_string.strip_prefix('?').unwrap_or(query_string);
    let mut q = Query::default();
    let (mut seen_q, mut seen_view) = (false, false);
    for (k, v) in pairs(qs) {
        if v.len() > MAX_VALUE {
            continue;
        }
        let v = v.trim();
        match k.as_ref() {
            "speaker" if !v.is_empty() && q.speakers.len() < MAX_CHOICES => {
                q.speakers.insert(v.to_string());
            }
            "outlet" if !v.is_empty() && q.outlets.len() < MAX_CHOICES => {
                q.outlets.insert(v.to_string());
            }
            "from" if q.from.is_none() && date::parse_day(v).is_some() => {
                q.from = Some(v.to_string())
            }
            "to" if q.to.is_none() && date::parse_day(v).is_some() => q.to = Some(v.to_string()),
            "q" if !seen_q => {
                seen_q = true;
                q.q = v.to_string();
            }
            "view" if !seen_view => {
                seen_view = true;
                q.view = match v {
                    "articles" => View::Articles,
                    "table" => View::Table,
                    "timeline" => View::Timeline,
                    "compare" => View::Compare,
                    _ => View::Quotes,
                };
            }
            "indirect" => q.indirect = matches!(v, "1" | "true" | "yes"),
            "article" if q.article.is_none() && !v.is_empty() => q.article = Some(v.to_string()),
            "quote" if q.quote.is_none() && !v.is_empty() => q.quote = Some(v.to_string()),
            "family" if q.family.is_none() && !v.is_empty() => q.family = Some(v.to_string()),
            "left" if q.left.is_none() && !v.is_empty() => q.left = Some(v.to_string()),
            "right" if q.right.is_none() && !v.is_empty() => q.right = Some(v.to_string()),
            "order" => {
                q.order = match v {
                    "shared" => ArticleOrder::MostShared,
                    "original" => ArticleOrder::MostOriginal,
                    _ => ArticleOrder::Date,
                }
            }
            "by" if q.by == TableSort::Outlet => {
                q.by = match v {
                    "total" => TableSort::Total,
                    "" | "outlet" => TableSort::Outlet,
                    id => TableSort::Speaker(id.to_string()),
                }
            }
            _ => {}
        }
    }
    q
}

/// The canonical query string (with a leading `?`, or empty for the default state).
pub fn render(q: &Query) -> String {
    let mut s = Pairs(String::new());
    for v in &q.speakers {
        s.append_pair("speaker", v);
    }
    for v in &q.outlets {
        s.append_pair("outlet", v);
    }
    if let Some(v) = &q.from {
        s.append_pair("from", v);
    }
    if let Some(v) = &q.to {
        s.append_pair("to", v);
    }
    if !q.q.is_empty() {
        s.append_pair("q", &q.q);
    }
    match q.view {
        View::Quotes => {}
        View::Articles => {
            s.append_pair("view", "articles");
        }
        View::Table => {
            s.append_pair("view", "table");
        }
        View::Timeline => {
            s.append_pair("view", "timeline");
        }
        View::Compare => {
            s.append_pair("view", "compare");
        }
    }
    if q.indirect {
        s.append_pair("indirect", "1");
    }
    match q.order {
        ArticleOrder::Date => {}
        ArticleOrder::MostShared => {
            s.append_pair("order", "shared");
        }
        ArticleOrder::MostOriginal => {
            s.append_pair("order", "original");
        }
    }
    match &q.by {
        TableSort::Outlet => {}
        TableSort::Total => {
            s.append_pair("by", "total");
        }
        TableSort::Speaker(id) => {
            s.append_pair("by", id);
        }
    }
    if let Some(v) = &q.left {
        s.append_pair("left", v);
    }
    if let Some(v) = &q.right {
        s.append_pair("right", v);
    }
    if let Some(v) = &q.article {
        s.append_pair("article", v);
    }
    if let Some(v) = &q.quote {
        s.append_pair("quote", v);
    }
    if let Some(v) = &q.family {
        s.append_pair("family", v);
    }
    let out = s.0;
    if out.is_empty() {
        out
    } else {
        format!("?{out}")
    }
}

/// The `name=value` pairs of a query string, decoded as `application/x-www-form-urlencoded`
/// (the WHATWG URL standard, as the `form_urlencoded` crate reads it): pairs split on `&`, empty
/// ones skipped, the name ends at the first `=`.
fn pairs(qs: &str) -> impl Iterator<Item = (String, String)> + '_ {
    qs.split('&').filter(|p| !p.is_empty()).map(|p| {
        let (k, v) = p.split_once('=').unwrap_or((p, ""));
        (decode(k), decode(v))
    })
}

/// `+` is a space and `%` with two hex digits a byte; any other `%` stands for itself. Bytes that
/// are not UTF-8 become U+FFFD.
fn decode(s: &str) -> String {
    let hex = |b: u8| (b as char).to_digit(16);
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        i += 1;
        out.push(match b {
            b'+' => b' ',
            b'%' => match (
                bytes.get(i).and_then(|&h| hex(h)),
                bytes.get(i + 1).and_then(|&l| hex(l)),
            ) {
                (Some(h), Some(l)) => {
                    i += 2;
                    (h * 16 + l) as u8
                }
                _ => b'%',
            },
            b => b,
        });
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A query string being written, as `form_urlencoded::Serializer` writes one: letters, digits
/// and `*-._` as they are, a space as `+`, every other byte as `%XX`.
struct Pairs(String);

impl Pairs {
    fn append_pair(&mut self, name: &str, value: &str) {
        if !self.0.is_empty() {
            self.0.push('&');
        }
        self.encode(name);
        self.0.push('=');
        self.encode(value);
    }

    fn encode(&mut self, s: &str) {
        const HEX: &[u8; 16] = b"0123456789ABCDEF";
        for &b in s.as_bytes() {
            match b {
                b'*' | b'-' | b'.' | b'_' | b'0'..=b'9' | b'A'..=b'Z' | b'a'..=b'z' => {
                    self.0.push(b as char)
                }
                b' ' => self.0.push('+'),
                _ => {
                    self.0.push('%');
                    self.0.push(HEX[usize::from(b >> 4)] as char);
                    self.0.push(HEX[usize::from(b & 15)] as char);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn theirs(qs: &str) -> Vec<(String, String)> {
        form_urlencoded::parse(qs.as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect()
    }

    #[test]
    fn reads_and_writes_as_form_urlencoded_does() {
        for qs in [
            "",
            "&&",
            "a",
            "=",
            "a=b=c",
            "%",
            "%4",
            "%4g=%41%42",
            "%FF%FE=%00&&&=&speaker=",
            "+a+%2B=%e2%80%9c",
        ] {
            assert_eq!(pairs(qs).collect::<Vec<_>>(), theirs(qs), "{qs}");
        }
    }

    proptest! {
        #[test]
        fn reads_any_query_string_as_form_urlencoded_does(qs in "[a-zA-F0-9%+&= é\u{201c}]{0,40}") {
            prop_assert_eq!(pairs(&qs).collect::<Vec<_>>(), theirs(&qs));
        }

        #[test]
        fn writes_any_pair_as_form_urlencoded_does(name in "\\PC{0,12}", value in "\\PC{0,24}") {
            let mut ours = Pairs(String::new());
            ours.append_pair(&name, &value);
            ours.append_pair("x", &value);
            let mut s = form_urlencoded::Serializer::new(String::new());
            s.append_pair(&name, &value);
            s.append_pair("x", &value);
            prop_assert_eq!(ours.0, s.finish());
        }
    }
}
