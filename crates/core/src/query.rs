//! `Query`: everything a person can set — facets, dates, search words, view, the open
//! article — with the small helpers the page needs around it. Its URL form is `urlstate`; the
//! index that answers it is [`crate::index`].

use std::collections::BTreeSet;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Quotes,
    Articles,
    /// Who quotes whom: the matching quotes counted by outlet and speaker.
    Table,
    /// The matching articles on a time axis, a lane per outlet, first appearances marked.
    Timeline,
    /// Two outlets or two articles side by side: the words each printed, and to whom.
    Compare,
}

/// The order of the Articles view: by date, or by how much of each article's text was printed
/// earlier (or undated) elsewhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ArticleOrder {
    #[default]
    Date,
    /// Most copied first: wire copy and reprints at the top.
    MostShared,
    /// Least copied first: original reporting at the top.
    MostOriginal,
}

/// The row order of the who-quotes-whom table.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum TableSort {
    /// The outlets' own order (most articles first).
    #[default]
    Outlet,
    /// Most quotes first.
    Total,
    /// Most quotes of this speaker (an id) first.
    Speaker(String),
}

/// Everything a person can set; mirrored one to one in the URL by `urlstate`.
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
    /// The quote whose family (its other versions across articles) is open.
    pub family: Option<String>,
    pub order: ArticleOrder,
    pub by: TableSort,
    /// The two sides of the comparison: an outlet key, or `article:<id>`.
    pub left: Option<String>,
    pub right: Option<String>,
}

impl Query {
    pub fn has_filters(&self) -> bool {
        !self.speakers.is_empty()
            || !self.outlets.is_empty()
            || self.from.is_some()
            || self.to.is_some()
            || !self.q.trim().is_empty()
    }

    /// The part of the query that decides the results (not which article or family is open,
    /// how the table is sorted, or which sides are compared).
    pub fn filters(&self) -> Query {
        Query {
            article: None,
            quote: None,
            family: None,
            by: TableSort::Outlet,
            left: None,
            right: None,
            ..self.clone()
        }
    }
}

/// "3 quotes", "1 article": the live-region wording.
pub fn count_label(n: usize, view: View) -> String {
    let noun = match view {
        View::Quotes | View::Table | View::Compare => "quote",
        View::Articles | View::Timeline => "article",
    };
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
