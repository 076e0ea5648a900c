//! The corpus format: what ingest writes, what the page loads.
//!
//! Everything the explorer shows comes from these types, so they carry not just values but where
//! each value came from ([`Provenance`]). A value that nobody stated stays `None`; the explorer
//! prints "Unknown outlet", never a guess. The JSON shape is pinned by
//! `crates/ingest/tests/fixtures/schema.json`; change it only together with [`FORMAT_VERSION`].

use serde::{Deserialize, Serialize};

/// Identifies a corpus file, so a page handed some other JSON says so instead of misbehaving.
pub const FORMAT_NAME: &str = "storyscope-corpus";
/// Bumped on any change a reader of the previous version would misread.
pub const FORMAT_VERSION: u32 = 2;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    pub format: String,
    pub version: u32,
    pub story: Story,
    pub articles: Vec<Article>,
    pub speakers: Vec<Speaker>,
    pub quotes: Vec<Quote>,
    /// Quotations that share their words across articles (see [`QuoteFamily`]); absent in
    /// corpora written before families existed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub families: Vec<QuoteFamily>,
    /// Runs of running text two articles share (see [`SharedPassage`]); absent in corpora
    /// written before they were looked for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub passages: Vec<SharedPassage>,
}

/// The story the corpus is about, from `story.toml` beside the articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Story {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Stable id: front matter `id`, else the file name without extension.
    pub id: String,
    pub source_file: String,
    pub title: Option<String>,
    pub title_provenance: Provenance,
    pub outlet: Outlet,
    /// Agencies and publications the article credits (byline, source line, photo, body).
    pub credits: Vec<Credit>,
    pub byline: Option<String>,
    pub url: Option<String>,
    pub date: Option<Date>,
    pub date_provenance: Provenance,
    /// The article text without front matter or a scraped date line; quote offsets index it.
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outlet {
    /// `None` when nothing in the file names the outlet: shown as "Unknown outlet".
    pub name: Option<String>,
    /// Facet key: a slug of the name, or `unknown`.
    pub key: String,
    pub provenance: Provenance,
}

/// Where a metadata value came from. The explorer prints this next to the value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Provenance {
    /// Given in the file's front matter.
    FrontMatter { field: String },
    /// Stated in the text; `evidence` is the exact snippet, `line` its 1-based line in the file.
    Stated {
        evidence: String,
        line: u32,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    /// Not stated, but concluded; `reason` says how, `evidence` quotes what it rests on.
    Inferred {
        reason: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        evidence: Option<String>,
    },
    /// Nothing states it. `note` may say what the text does contain (e.g. dates it mentions).
    Unknown {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
}

impl Provenance {
    pub fn unknown() -> Self {
        Provenance::Unknown { note: None }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Credit {
    pub name: String,
    pub how: CreditHow,
    pub evidence: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CreditHow {
    Byline,
    SourceLine,
    Photo,
    Dateline,
    FrontMatter,
    Cited,
}

/// A calendar date with the precision the source gave it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Date {
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, matching `precision`.
    pub value: String,
    pub precision: Precision,
    /// The time of day and UTC offset the source gave with a day, `HH:MM:SS±HH:MM`: the local
    /// time as published, so the page can show it as the outlet did and order it in UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    Day,
    Month,
    Year,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    pub id: String,
    pub name: String,
    pub kind: SpeakerKind,
    /// Other names the text uses for this speaker ("Trump", "the U.S. president").
    pub aliases: Vec<String>,
    /// A descriptor the text gives ("a U.S. politics professor at Sophia University").
    pub role: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerKind {
    Person,
    Organization,
    Anonymous,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub id: String,
    pub article_id: String,
    /// `None` when the text does not say who spoke.
    pub speaker_id: Option<String>,
    /// Exactly the characters between the quotation marks.
    pub text: String,
    /// Byte offsets of `text` in the article text.
    pub start: usize,
    pub end: usize,
    /// The words that tied the quote to its speaker ("told reporters", "according to").
    pub cue: Option<String>,
    pub kind: QuoteKind,
    pub confidence: Confidence,
}

/// Quotations in different articles that share their words: the same words, one contained in
/// the other, or near-identical wording (a word inserted, dropped or changed, as edits and
/// translations make). Ingest finds them; what each member's outlet, date and speaker are is
/// read from its quote and article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteFamily {
    /// Member quote ids, in corpus order (article, then position); members come from at least
    /// two articles.
    pub quotes: Vec<String>,
}

/// The same run of words (at least [`PASSAGE_WORDS`], compared folded) in two articles: wire
/// copy, a press release, one outlet's paragraph in another's report. `a` comes before `b` in
/// corpus order; offsets are bytes of each article's text, from the first word to the last.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedPassage {
    pub a: String,
    pub a_start: usize,
    pub a_end: usize,
    pub b: String,
    pub b_start: usize,
    pub b_end: usize,
}

/// The fewest words in a row two articles must share to count as a shared passage.
pub const PASSAGE_WORDS: usize = 8;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// Words someone said or wrote, in quotation marks.
    Speech,
    /// A quoted term or scare quote: searchable, never anyone's speech.
    Term,
    /// A quoted title of a work or a headline: searchable, never anyone's speech.
    Title,
    /// Reported speech without quotation marks ("Kihara declined to comment"); `text` is the
    /// reported part, not anyone's exact words.
    Indirect,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Corpus {
    pub fn new(story: Story) -> Self {
        Corpus {
            format: FORMAT_NAME.to_string(),
            version: FORMAT_VERSION,
            story,
            articles: Vec::new(),
            speakers: Vec::new(),
            quotes: Vec::new(),
            families: Vec::new(),
            passages: Vec::new(),
        }
    }

    /// Parses a corpus JSON, refusing other formats and versions with a readable message.
    pub fn from_json(json: &str) -> Result<Corpus, String> {
        #[derive(Deserialize)]
        struct Header {
            format: Option<String>,
            version: Option<u32>,
        }
        let header: Header =
            serde_json::from_str(json).map_err(|e| format!("the corpus is not valid JSON: {e}"))?;
        if header.format.as_deref() != Some(FORMAT_NAME) {
            return Err(format!("this is not a {FORMAT_NAME} file"));
        }
        if header.version != Some(FORMAT_VERSION) {
            return Err(format!(
                "corpus format version {:?} is not the supported version {FORMAT_VERSION}",
                header.version
            ));
        }
        serde_json::from_str(json).map_err(|e| format!("the corpus is malformed: {e}"))
    }

    /// Indented JSON, for reading and for the pinned fixture.
    pub fn to_json(&self) -> String {
        // Serialising plain structs of strings and numbers cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Compact JSON, for the page: the same format with no whitespace between tokens.
    pub fn to_json_compact(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

impl Outlet {
    pub fn display_name(&self) -> &str {
        self.name.as_deref().unwrap_or("Unknown outlet")
    }
}

impl SpeakerKind {
    pub fn label_plural(self) -> &'static str {
        match self {
            SpeakerKind::Person => "People",
            SpeakerKind::Organization => "Organisations",
            SpeakerKind::Anonymous => "Anonymous sources",
        }
    }
}

/// A slug for ids and facet keys: lowercase ASCII letters and digits joined by `-`.
pub fn slug(s: &str) -> String {
    let folded = crate::text::fold(s);
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') && c != '\'' {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        out.push('x');
    }
    out
}
