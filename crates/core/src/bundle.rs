//! The page's corpus bundle: the corpus of [`crate::model`] in a compact binary form.
//!
//! The JSON corpus stays the readable exchange format (pinned by `crates/ingest/tests/fixtures/schema.json`);
//! the page loads this instead because it is a fraction of the size, decodes without a parser,
//! and keeps the JSON reader out of the WebAssembly. Measured against JSON in README
//! ("Bundle format").
//!
//! Layout, all integers unsigned LEB128 varints:
//!
//! ```text
//! "SSCB" bundle-version corpus-version
//! strings:  n, then n × (byte length, UTF-8 bytes)      every text below is an index here
//! story:    title, description?
//! articles: n × (id, source_file, title?, provenance, outlet name?, outlet key, provenance,
//!                credits: n × (name, how, evidence), byline?, url?, date? (value, precision, time?),
//!                provenance, text as byte length and UTF-8 bytes, not in `strings`)
//! speakers: n × (id, name, kind, aliases: n × string, role?)
//! quotes:   n × (article, speaker?, id?, start, length, cue?, kind, confidence)
//! families: n × (n members × gap from the previous member's quote row, the first from -1)
//! passages: n × (article gap from the previous passage's a, a start, a length, b − a,
//!           b start, b length), sorted by (a, a start)
//! shares:   per article, 2 × bytes of its text also in articles not certainly later, plus 1
//!           when it shares text only with articles certainly later (`table::Shares`)
//! search:   0, or 1 then article words and quote words, each: n words × (bytes shared with
//!           the previous word, suffix length, suffix, n documents × gap from the previous one)
//! ```
//!
//! `x?` is 0 for none or the value plus one. Article text is the bulk of a bundle and unique, so
//! it sits inline where the decoder can read it straight into the article; the table holds the
//! short strings that repeat. Quote text is not stored: it is the article text
//! between `start` and `start + length`. A quote id is stored only when it differs from
//! `{article id}-{start}`, which is how ingest names quotes. Strings are stored once however
//! often they occur (speaker ids, outlet names, cues). The search indexes travel in the bundle
//! of a large corpus, because building them is most of the work of loading one; a small corpus
//! leaves them out and the page builds them in a few milliseconds (README, "Corpus bundle"). Decoding checks every index, offset, order and UTF-8 boundary, so a damaged bundle
//! is an error message, never a panic.

use std::borrow::Cow;

use crate::date::When;
use crate::model::{
    Article, Confidence, Corpus, Credit, CreditHow, Date, Outlet, Precision, Provenance,
    QuoteFamily, QuoteKind, Speaker, SpeakerKind, Story, FORMAT_VERSION,
};
use crate::search::{Postings, SearchIndex};
use crate::table::{NewQuote, PassageRow, QuoteTable, Shares};

/// The first bytes of every bundle.
pub const MAGIC: &[u8; 4] = b"SSCB";
/// Bumped on any change to the layout above.
pub const BUNDLE_VERSION: u32 = 7;

/// Article text from which on the search indexes are shipped rather than built at load.
pub const SHIP_SEARCH_BYTES: usize = 1_000_000;

/// Encodes a corpus; [`decode`] gives it back unchanged. The search indexes are included when
/// the articles hold at least [`SHIP_SEARCH_BYTES`] of text.
pub fn encode(c: &Corpus) -> Vec<u8> {
    let text: usize = c.articles.iter().map(|a| a.text.len()).sum();
    encode_with(c, text >= SHIP_SEARCH_BYTES)
}

/// Encodes a corpus, with or without its search indexes.
pub fn encode_with(c: &Corpus, ship_search: bool) -> Vec<u8> {
    let mut w = Writer::default();
    w.text(&c.story.title);
    w.opt_text(c.story.description.as_deref());
    w.uint(c.articles.len());
    for a in &c.articles {
        w.text(&a.id);
        w.text(&a.source_file);
        w.opt_text(a.title.as_deref());
        w.provenance(&a.title_provenance);
        w.opt_text(a.outlet.name.as_deref());
        w.text(&a.outlet.key);
        w.provenance(&a.outlet.provenance);
        w.uint(a.credits.len());
        for cr in &a.credits {
            w.text(&cr.name);
            w.uint(cr.how as usize);
            w.text(&cr.evidence);
        }
        w.opt_text(a.byline.as_deref());
        w.opt_text(a.url.as_deref());
        match &a.date {
            None => w.uint(0),
            Some(d) => {
                w.uint(1);
                w.text(&d.value);
                w.uint(d.precision as usize);
                w.opt_text(d.time.as_deref());
            }
        }
        w.provenance(&a.date_provenance);
        w.inline(&a.text);
    }
    w.uint(c.speakers.len());
    for s in &c.speakers {
        w.text(&s.id);
        w.text(&s.name);
        w.uint(s.kind as usize);
        w.uint(s.aliases.len());
        for al in &s.aliases {
            w.text(al);
        }
        w.opt_text(s.role.as_deref());
    }
    // Quotes as the page will hold them: a quote of a missing article, or with offsets
    // outside its text, cannot be shown and is left out (the search indexes number them so).
    let quotes = QuoteTable::from_quotes(&c.quotes, &c.articles, &c.speakers);
    let search = ship_search.then(|| SearchIndex::build_parts(&c.articles, &c.speakers, &quotes));
    w.uint(quotes.len());
    for q in (0..quotes.len()).filter_map(|i| quotes.get(i, &c.articles, &c.speakers)) {
        w.uint(q.article);
        w.uint(q.speaker.map_or(0, |s| s + 1));
        w.opt_text(q.own_id());
        w.uint(q.start);
        w.uint(q.end - q.start);
        w.opt_text(q.cue);
        w.uint(q.kind as usize);
        w.uint(q.confidence as usize);
    }
    let families = quotes.family_rows(&c.families, &c.articles, &c.speakers);
    w.uint(families.len());
    for f in &families {
        w.uint(f.len());
        let mut prev = None;
        for &row in f {
            w.uint(prev.map_or(row as usize, |p: u32| (row - p - 1) as usize));
            prev = Some(row);
        }
    }
    let passages = crate::table::passage_rows(&c.passages, &c.articles);
    w.uint(passages.len());
    let mut prev_a = 0;
    for p in &passages {
        w.uint((p.a - prev_a) as usize);
        prev_a = p.a;
        w.uint(p.a_start as usize);
        w.uint((p.a_end - p.a_start) as usize);
        w.uint((p.b - p.a) as usize);
        w.uint(p.b_start as usize);
        w.uint((p.b_end - p.b_start) as usize);
    }
    let shares = Shares::of(&passages, &When::of_articles(&c.articles));
    for (&copied, &first) in shares.copied.iter().zip(&shares.first) {
        w.uint(copied as usize * 2 + usize::from(first));
    }
    match &search {
        None => w.uint(0),
        Some(s) => {
            w.uint(1);
            w.postings(s.articles());
            w.postings(s.quotes());
        }
    }
    w.finish()
}

/// A decoded bundle as the page holds it: the corpus without its quote list or families, the
/// quotes as a table, the families as quote rows, and the search indexes if the bundle ships
/// them; for `Index::from_parts` (see `load`).
#[derive(Debug, PartialEq)]
pub struct Parts {
    pub corpus: Corpus,
    pub quotes: QuoteTable,
    /// Each family's quote rows, ascending.
    pub families: Vec<Vec<u32>>,
    /// Shared passages, sorted.
    pub passages: Vec<PassageRow>,
    /// What the passages say of each article, worked out at ingest.
    pub shares: Shares,
    pub search: Option<SearchIndex>,
}

/// Decodes a bundle, refusing anything else with a readable message.
pub fn decode(bytes: &[u8]) -> Result<Corpus, String> {
    decode_indexed(bytes).map(|(c, _)| c)
}

/// Decodes a bundle into a whole corpus with its search indexes if it ships them.
pub fn decode_indexed(bytes: &[u8]) -> Result<(Corpus, Option<SearchIndex>), String> {
    let Parts {
        mut corpus,
        quotes,
        families,
        passages,
        search,
        ..
    } = decode_parts(bytes)?;
    corpus.passages = crate::table::passages_of_rows(&passages, &corpus.articles);
    corpus.families = families
        .iter()
        .map(|rows| QuoteFamily {
            quotes: rows
                .iter()
                .filter_map(|&r| quotes.get(r as usize, &corpus.articles, &corpus.speakers))
                .map(|q| q.id().into_owned())
                .collect(),
        })
        .collect();
    corpus.quotes = quotes.to_quotes(&corpus.articles, &corpus.speakers);
    Ok((corpus, search))
}

/// Decodes a bundle into the parts the page keeps, never building a [`crate::model::Quote`].
pub fn decode_parts(bytes: &[u8]) -> Result<Parts, String> {
    decode_chunks(std::iter::once(Cow::Borrowed(bytes)), bytes.len())
}

/// As [`decode_parts`], reading the bundle from consecutive chunks of `total` bytes in all.
/// The page hands over the chunks it downloaded one at a time, so WebAssembly memory (which
/// never shrinks) never holds the whole bundle beside what is decoded from it.
pub fn decode_chunks<'a>(
    chunks: impl Iterator<Item = Cow<'a, [u8]>>,
    total: usize,
) -> Result<Parts, String> {
    let mut r = Reader {
        chunk: Cow::Borrowed(&[]),
        pos: 0,
        before: 0,
        total,
        chunks,
    };
    let mut magic = Vec::new();
    if r.read(4, &mut magic).is_err() || magic != MAGIC.as_slice() {
        return Err("this is not a Storyscope corpus bundle".into());
    }
    let bundle = r.uint()?;
    let corpus = r.uint()?;
    if bundle != BUNDLE_VERSION as usize || corpus != FORMAT_VERSION as usize {
        return Err(format!(
            "bundle version {bundle} (corpus version {corpus}) is not the supported version {BUNDLE_VERSION} ({FORMAT_VERSION}); rebuild the site"
        ));
    }
    let n = r.count()?;
    let mut strings: Vec<Box<str>> = Vec::with_capacity(n);
    for _ in 0..n {
        let len = r.uint()?;
        strings.push(r.string(len)?.into_boxed_str());
    }
    let mut d = Decoder { r, strings };
    let story = Story {
        title: d.text()?,
        description: d.opt_text()?,
    };
    let n = d.r.count()?;
    let mut articles = Vec::with_capacity(n);
    for _ in 0..n {
        let id = d.text()?;
        let source_file = d.text()?;
        let title = d.opt_text()?;
        let title_provenance = d.provenance()?;
        let outlet = Outlet {
            name: d.opt_text()?,
            key: d.text()?,
            provenance: d.provenance()?,
        };
        let credits = (0..d.r.count()?)
            .map(|_| {
                Ok(Credit {
                    name: d.text()?,
                    how: d.credit_how()?,
                    evidence: d.text()?,
                })
            })
            .collect::<Result<Vec<_>, String>>()?;
        let byline = d.opt_text()?;
        let url = d.opt_text()?;
        let date = match d.r.uint()? {
            0 => None,
            _ => Some(Date {
                value: d.text()?,
                precision: d.precision()?,
                time: d.opt_text()?,
            }),
        };
        let date_provenance = d.provenance()?;
        let len = d.r.uint()?;
        let text = d.r.string(len)?;
        articles.push(Article {
            id,
            source_file,
            title,
            title_provenance,
            outlet,
            credits,
            byline,
            url,
            date,
            date_provenance,
            text,
        });
    }
    // Quotes and links name articles and speakers by id: two with one id would send them to
    // the wrong one. Ingest never writes that, so it is damage.
    let mut seen = std::collections::HashSet::new();
    if !articles.iter().all(|a| seen.insert(a.id.as_str())) {
        return Err(d.r.error("two articles share an id"));
    }
    let n = d.r.count()?;
    let mut speakers = Vec::with_capacity(n);
    for _ in 0..n {
        let id = d.text()?;
        let name = d.text()?;
        let kind = match d.r.uint()? {
            0 => SpeakerKind::Person,
            1 => SpeakerKind::Organization,
            2 => SpeakerKind::Anonymous,
            _ => return Err(d.r.error("unknown speaker kind")),
        };
        let aliases = (0..d.r.count()?)
            .map(|_| d.text())
            .collect::<Result<Vec<_>, String>>()?;
        let role = d.opt_text()?;
        speakers.push(Speaker {
            id,
            name,
            kind,
            aliases,
            role,
        });
    }
    let mut seen = std::collections::HashSet::new();
    if !speakers.iter().all(|s| seen.insert(s.id.as_str())) {
        return Err(d.r.error("two speakers share an id"));
    }
    let n = d.r.count()?;
    let mut quotes = QuoteTable::default();
    // Cue phrases by their place in the string table, interned on first use.
    let mut cue_ids: Vec<Option<u32>> = vec![None; d.strings.len()];
    for _ in 0..n {
        let article = d.r.uint()?;
        let speaker = match d.r.uint()? {
            0 => None,
            s if s <= speakers.len() => Some(s - 1),
            _ => return Err(d.r.error("quote of a missing speaker")),
        };
        let id = d.opt_index()?;
        let start = d.r.uint()?;
        let end = start
            .checked_add(d.r.uint()?)
            .ok_or_else(|| d.r.error("quote offsets overflow"))?;
        let cue = d.opt_index()?;
        let kind = match d.r.uint()? {
            0 => QuoteKind::Speech,
            1 => QuoteKind::Term,
            2 => QuoteKind::Title,
            3 => QuoteKind::Indirect,
            _ => return Err(d.r.error("unknown quote kind")),
        };
        let confidence = match d.r.uint()? {
            0 => Confidence::Low,
            1 => Confidence::Medium,
            2 => Confidence::High,
            _ => return Err(d.r.error("unknown confidence")),
        };
        let quote = NewQuote {
            article,
            speaker,
            start,
            end,
            cue: match cue {
                None => None,
                Some(i) => match cue_ids.get(i).copied().flatten() {
                    Some(id) => Some(id),
                    None => {
                        let id = quotes.cue(d.strings.get(i).map_or("", |s| &**s));
                        if let Some(slot) = cue_ids.get_mut(i) {
                            *slot = Some(id);
                        }
                        Some(id)
                    }
                },
            },
            kind,
            confidence,
            id: id.and_then(|i| d.strings.get(i)).map(|s| &**s),
        };
        quotes.push(&articles, quote).map_err(|e| d.r.error(e))?;
    }
    let n = d.r.count()?;
    let mut families = Vec::with_capacity(n);
    for _ in 0..n {
        let m = d.r.count()?;
        if m < 2 {
            return Err(d.r.error("a family of fewer than two quotes"));
        }
        let mut rows = Vec::with_capacity(m);
        let mut next = 0usize;
        for _ in 0..m {
            let row = next
                .checked_add(d.r.uint()?)
                .filter(|&r| r < quotes.len())
                .ok_or_else(|| d.r.error("family of a missing quote"))?;
            rows.push(row as u32);
            next = row + 1;
        }
        families.push(rows);
    }
    let n = d.r.count()?;
    let mut passages = Vec::with_capacity(n);
    let lens = crate::table::text_lens(&articles);
    let mut a = 0u32;
    for _ in 0..n {
        a = a
            .checked_add(d.r.u32()?)
            .ok_or_else(|| d.r.error("passage of a missing article"))?;
        let a_start = d.r.u32()?;
        let a_end = a_start.checked_add(d.r.u32()?);
        let b = a.checked_add(d.r.u32()?);
        let b_start = d.r.u32()?;
        let b_end = b_start.checked_add(d.r.u32()?);
        let row = match (a_end, b, b_end) {
            (Some(a_end), Some(b), Some(b_end)) => PassageRow {
                a,
                a_start,
                a_end,
                b,
                b_start,
                b_end,
            },
            _ => return Err(d.r.error("passage offset out of range")),
        };
        if !row.valid(&lens) {
            return Err(d.r.error("passage outside its articles"));
        }
        passages.push(row);
    }
    let mut shares = Shares {
        copied: Vec::with_capacity(articles.len()),
        first: Vec::with_capacity(articles.len()),
    };
    for a in &articles {
        let v = d.r.uint()?;
        let copied = u32::try_from(v / 2)
            .ok()
            .filter(|&c| c as usize <= a.text.len())
            .ok_or_else(|| d.r.error("copied text longer than its article"))?;
        shares.copied.push(copied);
        shares.first.push(v % 2 == 1);
    }
    let search = match d.r.uint()? {
        0 => None,
        1 => {
            let article_words = d.r.postings(articles.len())?;
            let quote_words = d.r.postings(quotes.len())?;
            Some(SearchIndex::new(article_words, quote_words))
        }
        _ => return Err(d.r.error("unknown search index marker")),
    };
    if d.r.offset() != total || d.r.refill() {
        return Err(d.r.error("unexpected bytes after the corpus"));
    }
    let corpus = Corpus {
        format: crate::model::FORMAT_NAME.to_string(),
        version: FORMAT_VERSION,
        story,
        articles,
        speakers,
        quotes: Vec::new(),
        families: Vec::new(),
        passages: Vec::new(),
    };
    Ok(Parts {
        corpus,
        quotes,
        families,
        passages,
        shares,
        search,
    })
}

#[derive(Default)]
struct Writer {
    body: Vec<u8>,
    strings: Vec<String>,
    ids: std::collections::HashMap<String, usize>,
}

impl Writer {
    fn uint(&mut self, v: usize) {
        put_uint(&mut self.body, v);
    }
    fn intern(&mut self, s: &str) -> usize {
        if let Some(&i) = self.ids.get(s) {
            return i;
        }
        self.strings.push(s.to_string());
        self.ids.insert(s.to_string(), self.strings.len() - 1);
        self.strings.len() - 1
    }
    fn text(&mut self, s: &str) {
        let i = self.intern(s);
        self.uint(i);
    }
    /// A string stored where it is used rather than in the table: article text, which is long
    /// and unique, so the decoder can read it straight into its own allocation.
    fn inline(&mut self, s: &str) {
        self.uint(s.len());
        self.body.extend_from_slice(s.as_bytes());
    }
    fn opt_text(&mut self, s: Option<&str>) {
        match s {
            None => self.uint(0),
            Some(s) => {
                let i = self.intern(s);
                self.uint(i + 1);
            }
        }
    }
    fn provenance(&mut self, p: &Provenance) {
        match p {
            Provenance::FrontMatter { field } => {
                self.uint(0);
                self.text(field);
            }
            Provenance::Stated {
                evidence,
                line,
                note,
            } => {
                self.uint(1);
                self.text(evidence);
                self.uint(*line as usize);
                self.opt_text(note.as_deref());
            }
            Provenance::Inferred { reason, evidence } => {
                self.uint(2);
                self.text(reason);
                self.opt_text(evidence.as_deref());
            }
            Provenance::Unknown { note } => {
                self.uint(3);
                self.opt_text(note.as_deref());
            }
        }
    }
    fn postings(&mut self, p: &Postings) {
        self.uint(p.len());
        let mut prev: &str = "";
        for (word, docs) in p.words() {
            let shared = prev
                .bytes()
                .zip(word.bytes())
                .take_while(|(a, b)| a == b)
                .count();
            // Share whole characters only, so every suffix is valid UTF-8 on its own.
            let shared = (0..=shared)
                .rev()
                .find(|&n| word.is_char_boundary(n))
                .unwrap_or(0);
            let suffix = word.get(shared..).unwrap_or("");
            self.uint(shared);
            self.uint(suffix.len());
            self.body.extend_from_slice(suffix.as_bytes());
            self.uint(docs.len());
            let mut last = 0u32;
            for (k, &d) in docs.iter().enumerate() {
                let gap = if k == 0 { d } else { d - last };
                self.uint(gap as usize);
                last = d;
            }
            prev = word;
        }
    }
    fn finish(self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        put_uint(&mut out, BUNDLE_VERSION as usize);
        put_uint(&mut out, FORMAT_VERSION as usize);
        put_uint(&mut out, self.strings.len());
        for s in &self.strings {
            put_uint(&mut out, s.len());
            out.extend_from_slice(s.as_bytes());
        }
        out.extend_from_slice(&self.body);
        out
    }
}

fn put_uint(out: &mut Vec<u8>, mut v: usize) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

struct Reader<'a, I> {
    chunk: Cow<'a, [u8]>,
    /// Position in `chunk`.
    pos: usize,
    /// Bytes in the chunks before this one.
    before: usize,
    total: usize,
    chunks: I,
}

impl<'a, I: Iterator<Item = Cow<'a, [u8]>>> Reader<'a, I> {
    fn offset(&self) -> usize {
        self.before + self.pos
    }
    fn error(&self, what: &str) -> String {
        format!(
            "the corpus bundle is damaged at byte {}: {what}",
            self.offset()
        )
    }
    /// A varint that must fit 32 bits (offsets and indexes).
    fn u32(&mut self) -> Result<u32, String> {
        let v = self.uint()?;
        u32::try_from(v).map_err(|_| self.error("number out of range"))
    }
    /// Moves to the next non-empty chunk; false at the end.
    fn refill(&mut self) -> bool {
        while self.pos >= self.chunk.len() {
            match self.chunks.next() {
                None => return false,
                Some(next) => {
                    self.before += self.chunk.len();
                    self.chunk = next;
                    self.pos = 0;
                }
            }
        }
        true
    }
    fn byte(&mut self) -> Result<u8, String> {
        if let Some(&b) = self.chunk.get(self.pos) {
            self.pos += 1;
            return Ok(b);
        }
        if !self.refill() {
            return Err(self.error("it ends early (truncated)"));
        }
        let b = self.chunk.get(self.pos).copied().unwrap_or(0);
        self.pos += 1;
        Ok(b)
    }
    fn uint(&mut self) -> Result<usize, String> {
        // Most numbers are one byte (gaps, lengths, string indices): read them from the chunk
        // without the general path's checks for its end.
        if let Some(&b) = self.chunk.get(self.pos).filter(|&&b| b < 0x80) {
            self.pos += 1;
            return Ok(usize::from(b));
        }
        let mut v: usize = 0;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            let part = ((b & 0x7f) as usize)
                .checked_shl(shift)
                .filter(|p| p >> shift == (b & 0x7f) as usize)
                .ok_or_else(|| self.error("number too large"))?;
            v |= part;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(self.error("number too long"))
    }
    /// A count of items that each take at least one byte: never more than the bytes left, so a
    /// damaged count cannot make the decoder reserve gigabytes.
    fn count(&mut self) -> Result<usize, String> {
        let n = self.uint()?;
        if n > self.total.saturating_sub(self.offset()) {
            return Err(self.error("count larger than the bundle"));
        }
        Ok(n)
    }
    /// The next `n` bytes into `out` (cleared first).
    fn read(&mut self, n: usize, out: &mut Vec<u8>) -> Result<(), String> {
        out.clear();
        if n > self.total.saturating_sub(self.offset()) {
            return Err(self.error("it ends early (truncated)"));
        }
        out.reserve_exact(n);
        while out.len() < n {
            if !self.refill() {
                return Err(self.error("it ends early (truncated)"));
            }
            let want = n - out.len();
            let end = self.chunk.len().min(self.pos + want);
            out.extend_from_slice(self.chunk.get(self.pos..end).unwrap_or(&[]));
            self.pos = end;
        }
        Ok(())
    }
    fn string(&mut self, n: usize) -> Result<String, String> {
        let mut raw = Vec::new();
        self.read(n, &mut raw)?;
        String::from_utf8(raw).map_err(|_| self.error("text is not UTF-8"))
    }
}

impl<'a, I: Iterator<Item = Cow<'a, [u8]>>> Reader<'a, I> {
    fn postings(&mut self, docs: usize) -> Result<Postings, String> {
        let n = self.count()?;
        let mut postings = Postings::with_capacity(n, docs);
        let mut word = String::new();
        let mut raw = Vec::new();
        for _ in 0..n {
            let shared = self.uint()?;
            let len = self.uint()?;
            self.read(len, &mut raw)?;
            let suffix =
                std::str::from_utf8(&raw).map_err(|_| self.error("search word is not UTF-8"))?;
            if !word.is_char_boundary(shared) || shared > word.len() {
                return Err(self.error("search word shares more than the previous one has"));
            }
            word.truncate(shared);
            word.push_str(suffix);
            let count = self.count()?;
            let mut list = Vec::with_capacity(count);
            let mut doc = 0usize;
            for k in 0..count {
                let gap = self.uint()?;
                if k > 0 && gap == 0 {
                    return Err(self.error("search documents out of order"));
                }
                doc = doc
                    .checked_add(gap)
                    .filter(|&d| d < docs)
                    .ok_or_else(|| self.error("search document out of range"))?;
                list.push(doc as u32);
            }
            postings.push(&word, list).map_err(|e| self.error(e))?;
        }
        Ok(postings)
    }
}

struct Decoder<'a, I> {
    r: Reader<'a, I>,
    strings: Vec<Box<str>>,
}

impl<'a, I: Iterator<Item = Cow<'a, [u8]>>> Decoder<'a, I> {
    fn text(&mut self) -> Result<String, String> {
        let i = self.r.uint()?;
        self.strings
            .get(i)
            .map(|s| s.to_string())
            .ok_or_else(|| self.r.error("text index out of range"))
    }
    /// An optional string's place in the table, checked.
    fn opt_index(&mut self) -> Result<Option<usize>, String> {
        match self.r.uint()? {
            0 => Ok(None),
            i if i <= self.strings.len() => Ok(Some(i - 1)),
            _ => Err(self.r.error("text index out of range")),
        }
    }
    fn opt_text(&mut self) -> Result<Option<String>, String> {
        Ok(self
            .opt_index()?
            .and_then(|i| self.strings.get(i))
            .map(|s| s.to_string()))
    }
    fn provenance(&mut self) -> Result<Provenance, String> {
        Ok(match self.r.uint()? {
            0 => Provenance::FrontMatter {
                field: self.text()?,
            },
            1 => Provenance::Stated {
                evidence: self.text()?,
                line: u32::try_from(self.r.uint()?).map_err(|_| self.r.error("line too large"))?,
                note: self.opt_text()?,
            },
            2 => Provenance::Inferred {
                reason: self.text()?,
                evidence: self.opt_text()?,
            },
            3 => Provenance::Unknown {
                note: self.opt_text()?,
            },
            _ => return Err(self.r.error("unknown provenance")),
        })
    }
    fn credit_how(&mut self) -> Result<CreditHow, String> {
        Ok(match self.r.uint()? {
            0 => CreditHow::Byline,
            1 => CreditHow::SourceLine,
            2 => CreditHow::Photo,
            3 => CreditHow::Dateline,
            4 => CreditHow::FrontMatter,
            5 => CreditHow::Cited,
            _ => return Err(self.r.error("unknown credit kind")),
        })
    }
    fn precision(&mut self) -> Result<Precision, String> {
        Ok(match self.r.uint()? {
            0 => Precision::Day,
            1 => Precision::Month,
            2 => Precision::Year,
            _ => return Err(self.r.error("unknown date precision")),
        })
    }
}
