//! Who quotes whom: the quotes of an answer counted by outlet and speaker, with what stands out
//! (speakers only one outlet quoted; outlets that quoted no one of a kind others did).

use super::{Index, QuoteList};
use crate::model::{Speaker, SpeakerKind};
use crate::query::TableSort;

/// Outlets down, speakers across; `None` is the column of quotes without an identified speaker.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Crosstab {
    /// Outlet indexes ([`Index::outlets`]) with a quote, in display order.
    pub outlets: Vec<usize>,
    /// Speaker indexes, most quoted first (ties by name); the unidentified column last.
    pub speakers: Vec<Option<usize>>,
    /// `counts[o * speakers.len() + s]`.
    pub counts: Vec<u32>,
}

impl Crosstab {
    pub fn count(&self, outlet: usize, speaker: usize) -> u32 {
        self.counts
            .get(outlet * self.speakers.len() + speaker)
            .copied()
            .unwrap_or(0)
    }

    /// How many outlets quote the speaker in column `s`.
    pub fn outlets_quoting(&self, s: usize) -> usize {
        (0..self.outlets.len())
            .filter(|&o| self.count(o, s) > 0)
            .count()
    }

    /// The quotes in row `o`.
    pub fn row_total(&self, o: usize) -> u32 {
        (0..self.speakers.len()).map(|s| self.count(o, s)).sum()
    }

    /// The rows in the order `by` asks: the outlets' own order, or most quotes (in all, or of
    /// one speaker) first, equal counts keeping the outlets' order. A speaker without a column
    /// leaves the outlets' order.
    pub fn rows_by(&self, index: &Index, by: &TableSort) -> Vec<usize> {
        let mut rows: Vec<u32> = (0..self.outlets.len() as u32).collect();
        let column = match by {
            TableSort::Outlet => return rows.into_iter().map(|r| r as usize).collect(),
            TableSort::Total => None,
            TableSort::Speaker(id) => match (0..self.speakers.len())
                .find(|&s| self.speaker(index, s).is_some_and(|x| &x.id == id))
            {
                Some(s) => Some(s),
                None => return rows.into_iter().map(|r| r as usize).collect(),
            },
        };
        let key = |r: u32| match column {
            Some(s) => self.count(r as usize, s),
            None => self.row_total(r as usize),
        };
        super::sort_indices(&mut rows, &|x, y| key(y).cmp(&key(x)).then(x.cmp(&y)));
        rows.into_iter().map(|r| r as usize).collect()
    }

    /// The speaker of column `s` (none for the unidentified column).
    pub fn speaker<'a>(&self, index: &'a Index, s: usize) -> Option<&'a Speaker> {
        self.speakers
            .get(s)
            .copied()
            .flatten()
            .and_then(|x| index.corpus.speakers.get(x))
    }

    /// Whether outlet row `o` quotes nobody of `kind` while another outlet does.
    pub fn lacks(&self, index: &Index, o: usize, kind: SpeakerKind) -> bool {
        let of_kind = |s: usize| self.speaker(index, s).is_some_and(|x| x.kind == kind);
        let has = |o: usize| (0..self.speakers.len()).any(|s| of_kind(s) && self.count(o, s) > 0);
        !has(o) && (0..self.outlets.len()).any(has)
    }
}

impl Index {
    /// The quotes of `quotes` counted by outlet and speaker.
    pub fn crosstab(&self, quotes: &QuoteList) -> Crosstab {
        let n_speakers = self.corpus.speakers.len();
        // Column n_speakers holds the unidentified.
        let mut by_outlet: Vec<Vec<u32>> = vec![Vec::new(); self.outlets.len()];
        let mut totals = vec![0u32; n_speakers + 1];
        for q in quotes.iter() {
            let Some(r) = self.quote(q) else { continue };
            let o = self.outlet_of_article(r.article);
            let s = r.speaker.unwrap_or(n_speakers);
            let Some(row) = by_outlet.get_mut(o) else {
                continue;
            };
            if row.is_empty() {
                row.resize(n_speakers + 1, 0);
            }
            if let (Some(c), Some(t)) = (row.get_mut(s), totals.get_mut(s)) {
                *c += 1;
                *t += 1;
            }
        }
        let mut columns: Vec<u32> = (0..n_speakers as u32)
            .filter(|&s| totals.get(s as usize).is_some_and(|&t| t > 0))
            .collect();
        let name = |s: u32| {
            self.corpus
                .speakers
                .get(s as usize)
                .map_or("", |x| x.name.as_str())
        };
        let total = |s: u32| totals.get(s as usize).copied().unwrap_or(0);
        super::sort_indices(&mut columns, &|x, y| {
            total(y).cmp(&total(x)).then_with(|| name(x).cmp(name(y)))
        });
        let mut speakers: Vec<Option<usize>> = columns.iter().map(|&s| Some(s as usize)).collect();
        if totals.get(n_speakers).is_some_and(|&t| t > 0) {
            speakers.push(None);
        }
        let outlets: Vec<usize> = self
            .outlet_order
            .iter()
            .copied()
            .filter(|&o| by_outlet.get(o).is_some_and(|r| !r.is_empty()))
            .collect();
        let mut counts = Vec::with_capacity(outlets.len() * speakers.len());
        for &o in &outlets {
            let row = by_outlet.get(o).map_or(&[][..], |r| r.as_slice());
            for s in &speakers {
                counts.push(row.get(s.unwrap_or(n_speakers)).copied().unwrap_or(0));
            }
        }
        Crosstab {
            outlets,
            speakers,
            counts,
        }
    }
}
