//! The synthetic corpus (`storyscope synth`): the same for a seed, and holding at every size what
//! the coverage comparisons look for — dates with a time and zone, statements re-quoted with
//! small edits and credited to other speakers, wire copy shared between articles. Read from the
//! generated text itself (nothing here relies on ingest reading times of day), except that one
//! test checks ingest's quote families gather the re-quotes.

use std::collections::{HashMap, HashSet};

use storyscope_core::model::{SpeakerKind, Story};
use storyscope_ingest::{ingest, synth, SourceFile};

/// The article files of a corpus (`story.toml` left out), in corpus order.
fn articles(n: usize, seed: u64) -> Vec<(String, String)> {
    synth::corpus(n, seed)
        .into_iter()
        .filter(|(name, _)| name.ends_with(".md"))
        .collect()
}

/// The text after the front matter, if there is any.
fn body(text: &str) -> &str {
    match text
        .strip_prefix("+++\n")
        .and_then(|r| r.split_once("\n+++\n"))
    {
        Some((_, body)) => body,
        None => text,
    }
}

/// The `date` of the front matter, if there is one.
fn front_matter_date(text: &str) -> Option<&str> {
    let (front, _) = text.strip_prefix("+++\n")?.split_once("\n+++\n")?;
    front
        .lines()
        .find_map(|l| l.strip_prefix("date = \""))
        .and_then(|v| v.strip_suffix('"'))
}

/// What stands between “ and ”, and the text around it.
fn split_quotes(text: &str) -> (Vec<&str>, String) {
    let mut quotes = Vec::new();
    let mut outside = String::new();
    let mut rest = text;
    while let Some((before, after)) = rest.split_once('“') {
        outside.push_str(before);
        // A quotation stands between the marks; the line break ends running text either way.
        outside.push('\n');
        let Some((quote, after)) = after.split_once('”') else {
            rest = "";
            break;
        };
        quotes.push(quote);
        rest = after;
    }
    outside.push_str(rest);
    (quotes, outside)
}

/// Words folded to lower case, punctuation around them dropped.
fn words(s: &str) -> Vec<String> {
    s.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Statements: quotations of two sentences or more (the stock quotations are one sentence).
fn statements(arts: &[(String, String)]) -> Vec<(usize, Vec<String>, usize)> {
    let mut out = Vec::new();
    for (a, (_, text)) in arts.iter().enumerate() {
        for q in split_quotes(body(text)).0 {
            let sentences = q.trim_end_matches(['.', ',']).split(". ").count();
            if sentences >= 2 {
                out.push((a, words(q), sentences));
            }
        }
    }
    out
}

#[test]
fn the_same_seed_gives_the_same_corpus() {
    let a = synth::corpus(300, 7);
    assert_eq!(a.len(), 301, "the articles and story.toml");
    assert_eq!(a, synth::corpus(300, 7));
    assert_ne!(a, synth::corpus(300, 8), "another seed, another corpus");
}

#[test]
fn dates_in_front_matter_give_a_day_or_an_rfc3339_time() {
    let arts = articles(1000, 1);
    let zones = ["Z", "+00:00", "+01:00", "+09:00", "-05:00"];
    let (mut days, mut timed, mut undated) = (0, 0, 0);
    let mut zones_seen = HashSet::new();
    for (name, text) in &arts {
        let Some(date) = front_matter_date(text) else {
            if !text.contains("CAPITAL, ") {
                undated += 1;
            }
            continue;
        };
        assert!(
            storyscope_core::date::parse_day(date.get(..10).unwrap_or("")).is_some(),
            "{name}: {date}"
        );
        if date.len() == 10 {
            days += 1;
            continue;
        }
        // RFC 3339 as TOML reads it: a day, a time and an offset, nothing missing.
        let dt: toml::value::Datetime = date.parse().unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(
            dt.date.is_some() && dt.time.is_some() && dt.offset.is_some(),
            "{name}: {date}"
        );
        // And in the form sources write it: `T`, seconds, then the zone.
        let (clock, zone) = date.split_at(19);
        assert_eq!(clock.get(10..11), Some("T"), "{name}: {date}");
        assert_eq!(clock.get(16..17), Some(":"), "{name}: {date}");
        assert!(zones.contains(&zone), "{name}: zone {zone}");
        zones_seen.insert(zone);
        timed += 1;
    }
    let share = timed as f64 / (timed + days) as f64;
    assert!(
        (0.3..=0.5).contains(&share),
        "{timed} of {} dates in front matter have a time",
        timed + days
    );
    assert_eq!(zones_seen.len(), zones.len(), "every zone: {zones_seen:?}");
    assert!(undated > 0, "some articles state no date at all");
}

#[test]
fn statements_are_requoted_with_small_edits() {
    let arts = articles(300, 1);
    let st = statements(&arts);
    let (mut substituted, mut inserted, mut cut) = (0, 0, 0);
    for (i, (a, x, xs)) in st.iter().enumerate() {
        for (b, y, ys) in st.iter().skip(i + 1) {
            if a == b {
                continue;
            }
            let (short, long, long_sentences, short_sentences) = if x.len() <= y.len() {
                (x, y, ys, xs)
            } else {
                (y, x, xs, ys)
            };
            if short.len() == long.len() {
                let differ = short.iter().zip(long).filter(|(u, v)| u != v).count();
                substituted += usize::from(differ == 1);
            } else if short.len() + 1 == long.len() {
                let k = short.iter().zip(long).take_while(|(u, v)| u == v).count();
                inserted += usize::from(short.get(k..) == long.get(k + 1..));
            } else if long_sentences > short_sentences && long.starts_with(short) {
                cut += 1;
            }
        }
    }
    assert!(
        substituted > 0,
        "a statement re-quoted with one word changed"
    );
    assert!(
        inserted > 0,
        "a statement re-quoted with a word more or less"
    );
    assert!(cut > 0, "a statement re-quoted without its last sentence");
}

#[test]
fn requoted_statements_form_families_some_with_conflicting_speakers() {
    let files: Vec<SourceFile> = articles(400, 2)
        .into_iter()
        .map(|(name, text)| SourceFile {
            name,
            bytes: text.into_bytes(),
        })
        .collect();
    let out = ingest(&files, Story::default());
    let c = &out.corpus;
    let quote = |id: &str| c.quotes.iter().find(|q| q.id == id);
    let kind: HashMap<&str, SpeakerKind> =
        c.speakers.iter().map(|s| (s.id.as_str(), s.kind)).collect();
    let order: HashMap<&str, usize> = c
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    let day = |article: &str| {
        let a = c.articles.iter().find(|a| a.id == article)?;
        a.date.as_ref().map(|d| d.value.clone())
    };
    let (mut edited, mut conflicting, mut in_families) = (0, 0, 0);
    for f in &c.families {
        let members: Vec<_> = f.quotes.iter().filter_map(|id| quote(id)).collect();
        if !members.iter().any(|q| q.text.contains(". ")) {
            continue; // stock quotations, not statements
        }
        in_families += members.len();
        let wordings: HashSet<Vec<String>> = members.iter().map(|q| words(&q.text)).collect();
        edited += usize::from(wordings.len() > 1);
        let kinds: HashSet<Option<SpeakerKind>> = members
            .iter()
            .map(|q| q.speaker_id.as_deref().and_then(|s| kind.get(s).copied()))
            .collect();
        conflicting += usize::from(
            kinds.contains(&Some(SpeakerKind::Person))
                && (kinds.contains(&Some(SpeakerKind::Organization))
                    || kinds.contains(&Some(SpeakerKind::Anonymous))),
        );
        // Re-quotes come later: the statement's first article (in corpus order, where it was
        // made) is dated no later than any that re-quotes it.
        let first = members
            .iter()
            .min_by_key(|q| order.get(q.article_id.as_str()))
            .map(|q| q.article_id.as_str());
        if let Some(first_day) = first.and_then(day) {
            for q in &members {
                if let Some(d) = day(&q.article_id) {
                    assert!(d >= first_day, "{} re-quoted before {first:?}", q.id);
                }
            }
        }
    }
    assert!(edited > 0, "families holding edited wordings");
    assert!(
        conflicting > 0,
        "families whose words are credited to a person and to someone else"
    );
    // About a fifth of the quotations are statements quoted in more than one article.
    let share = in_families as f64 / c.quotes.len() as f64;
    assert!(
        (0.12..=0.3).contains(&share),
        "{in_families} of {} quotations",
        c.quotes.len()
    );
}

#[test]
fn wire_copy_is_shared_at_every_size() {
    /// How many articles reprint running text of an earlier article: a run of eight words
    /// (what counts as a shared passage), and within it a whole paragraph of fifteen words or
    /// more (stock phrases with the same speaker and subject can share eight words by chance;
    /// a reprinted paragraph is copy). Also how many distinct paragraphs are reprinted.
    fn shared(arts: &[(String, String)]) -> (usize, usize) {
        let mut runs_seen: HashSet<Vec<String>> = HashSet::new();
        let mut paragraphs: HashMap<Vec<String>, usize> = HashMap::new();
        let mut reprinting = 0;
        for (_, text) in arts {
            let outside = split_quotes(body(text)).1;
            let mut runs = Vec::new();
            let mut reprints = false;
            for line in outside.lines() {
                let w = words(line);
                runs.extend(w.windows(8).map(<[String]>::to_vec));
                if w.len() >= 15 {
                    let earlier = paragraphs.entry(w.clone()).or_default();
                    reprints |= *earlier > 0 && w.windows(8).any(|r| runs_seen.contains(r));
                    *earlier += 1;
                }
            }
            reprinting += usize::from(reprints);
            runs_seen.extend(runs);
        }
        let reprinted = paragraphs.values().filter(|&&n| n > 1).count();
        (reprinting, reprinted)
    }
    for n in [20, 21, 33, 57] {
        for seed in 0..8 {
            let (reprinting, _) = shared(&articles(n, seed));
            assert!(
                reprinting >= 2,
                "{n} articles, seed {seed}: {reprinting} reprint a passage"
            );
        }
    }
    // Not only a few stock paragraphs: many reports, each picked up by others.
    let (_, reprinted) = shared(&articles(500, 3));
    assert!(reprinted >= 30, "{reprinted} paragraphs reprinted");
}
