//! Builders shared by the core tests: small corpora written inline.
#![allow(dead_code)]

use storyscope_core::model::*;

pub struct A<'a> {
    pub id: &'a str,
    pub outlet: Option<&'a str>,
    pub date: Option<&'a str>,
    pub text: &'a str,
}

/// (article id, speaker id, quote text, kind)
pub type Q<'a> = (&'a str, Option<&'a str>, &'a str, QuoteKind);

pub fn corpus(articles: &[A], speakers: &[(&str, SpeakerKind)], quotes: &[Q]) -> Corpus {
    let mut c = Corpus::new(Story {
        title: "Test".into(),
        description: None,
    });
    for a in articles {
        c.articles.push(Article {
            id: a.id.into(),
            source_file: format!("{}.txt", a.id),
            title: None,
            title_provenance: Provenance::unknown(),
            outlet: Outlet {
                name: a.outlet.map(Into::into),
                key: a.outlet.map(slug).unwrap_or_else(|| "unknown".into()),
                provenance: Provenance::unknown(),
            },
            credits: vec![],
            byline: None,
            url: None,
            // `2025-11-27T08:15+09:00` gives a day with a time.
            date: a.date.map(|d| {
                let (day, time) = d.split_once('T').unwrap_or((d, ""));
                Date {
                    value: day.into(),
                    precision: match day.len() {
                        10 => Precision::Day,
                        7 => Precision::Month,
                        _ => Precision::Year,
                    },
                    time: storyscope_core::date::parse_time(time),
                }
            }),
            date_provenance: Provenance::unknown(),
            text: a.text.into(),
        });
    }
    for (id, kind) in speakers {
        c.speakers.push(Speaker {
            id: (*id).into(),
            name: id.replace('-', " "),
            kind: *kind,
            aliases: vec![],
            role: None,
        });
    }
    for (n, (aid, sid, text, kind)) in quotes.iter().enumerate() {
        let article_text = &c
            .articles
            .iter()
            .find(|a| a.id == *aid)
            .expect("article")
            .text;
        let start = article_text.find(text).unwrap_or(0);
        c.quotes.push(Quote {
            id: format!("q{n}"),
            article_id: (*aid).into(),
            speaker_id: sid.map(Into::into),
            text: (*text).into(),
            start,
            end: start + text.len(),
            cue: None,
            kind: *kind,
            confidence: Confidence::High,
        });
    }
    c
}
