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
    for (k, v) in form_urlencoded::parse(qs.as_bytes()) {
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
    let mut s = form_urlencoded::Serializer::new(String::new());
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
    let out = s.finish();
    if out.is_empty() {
        out
    } else {
        format!("?{out}")
    }
}
