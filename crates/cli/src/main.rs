//! The command line: `storyscope ingest <DIR> -o <FILE>`.
//!
//! This is the I/O edge around [`storyscope_ingest`]: it lists and reads files, prints diagnostics as
//! `file:line: severity: message`, and writes the corpus atomically (a temporary file renamed into
//! place), so a reader never sees half a corpus.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod harden;

// Ingest makes many small, short-lived vectors and strings (tokens, candidate names); glibc's
// allocator spent a fifth of its instructions on them, mimalloc far less.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

use storyscope_core::model::{QuoteKind, Story};
use storyscope_ingest::{self as ingest, Severity, SourceFile};

#[derive(Parser)]
#[command(
    name = "storyscope",
    version,
    about = "Who said what, in which outlet, and when."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Reads every article in DIR and writes the corpus JSON.
    Ingest {
        /// Folder of articles (.txt or .md; optional TOML front matter between +++ lines).
        dir: PathBuf,
        /// Where to write the corpus: a `.bin` name gets the page's bundle, any other JSON.
        #[arg(short, long)]
        output: PathBuf,
        /// The story's title and description; defaults to story.toml in DIR or its parent.
        #[arg(long)]
        story: Option<PathBuf>,
        /// Corrections to apply; defaults to overrides.toml in DIR or its parent.
        #[arg(long)]
        overrides: Option<PathBuf>,
        /// Print only errors and the summary.
        #[arg(short, long)]
        quiet: bool,
    },
    /// Writes a deterministic synthetic corpus of N articles into a folder.
    Synth {
        #[arg(long)]
        articles: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Answers a query (a URL query string) on a corpus JSON with the core the page uses:
    /// prints {"quotes": N, "articles": N}.
    Count {
        corpus: PathBuf,
        #[arg(default_value = "")]
        query: String,
    },
    /// Adds a Content Security Policy and Subresource Integrity to a built site (run by Trunk).
    Harden { dir: PathBuf },
    /// Measures quote extraction and attribution on DIR against hand-labelled gold.
    Eval {
        /// Gold JSON: [{file, quotes: [{text, type, speaker, speaker_kind}]}], or a labelled set
        /// {story, split, files: [{file, sha256, quotes: [{start, end, type, ...}]}]}.
        #[arg(long)]
        gold: PathBuf,
        /// Folder of articles the gold describes.
        dir: PathBuf,
        /// Print the counts as one line of JSON instead of the report.
        #[arg(long)]
        json: bool,
    },
}

const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "markdown", "text"];

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Ingest {
            dir,
            output,
            story,
            overrides,
            quiet,
        } => run_ingest(&dir, &output, story.as_deref(), overrides.as_deref(), quiet),
        Command::Eval { gold, dir, json } => run_eval(&gold, &dir, json),
        Command::Synth {
            articles,
            seed,
            output,
        } => run_synth(articles, seed, &output),
        Command::Count { corpus, query } => run_count(&corpus, &query),
        Command::Harden { dir } => run_harden(&dir),
    }
}

fn run_synth(articles: usize, seed: u64, output: &Path) -> ExitCode {
    if let Err(e) = std::fs::create_dir_all(output) {
        eprintln!("{}: error: cannot create: {e}", output.display());
        return ExitCode::FAILURE;
    }
    let mut bytes = 0;
    for (name, text) in storyscope_ingest::synth::corpus(articles, seed) {
        bytes += text.len();
        if let Err(e) = write_atomically(&output.join(&name), text.as_bytes()) {
            eprintln!("{}: error: cannot write: {e}", output.join(&name).display());
            return ExitCode::FAILURE;
        }
    }
    eprintln!(
        "storyscope: wrote {articles} articles ({:.1} MB) to {}",
        bytes as f64 / 1e6,
        output.display()
    );
    ExitCode::SUCCESS
}

fn run_harden(dir: &Path) -> ExitCode {
    let index = dir.join("index.html");
    let html = match std::fs::read_to_string(&index) {
        Ok(h) => h,
        Err(e) => {
            eprintln!("{}: error: cannot read: {e}", index.display());
            return ExitCode::FAILURE;
        }
    };
    // URL paths in the page end with the file name; the files sit in `dir`.
    let read = |url: &str| std::fs::read(dir.join(url.rsplit('/').next().unwrap_or(url))).ok();
    match harden::rewrite(&html, read) {
        Ok((out, files)) => {
            let written = files
                .iter()
                .try_for_each(|(name, body)| write_atomically(&dir.join(name), body.as_bytes()))
                .and_then(|_| write_atomically(&index, out.as_bytes()));
            match written {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("{}: error: cannot write: {e}", dir.display());
                    ExitCode::FAILURE
                }
            }
        }
        Err(e) => {
            eprintln!("{}:1: error: {e}", index.display());
            ExitCode::FAILURE
        }
    }
}

fn run_count(corpus: &Path, query: &str) -> ExitCode {
    let bytes = match std::fs::read(corpus) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{}: error: cannot read: {e}", corpus.display());
            return ExitCode::FAILURE;
        }
    };
    let index = match storyscope_core::load::index(&bytes) {
        Ok(i) => i,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    drop(bytes);
    let q = index.sanitize(&storyscope_core::urlstate::parse(query));
    let r = index.run(&q);
    println!(
        "{{\"quotes\": {}, \"articles\": {}}}",
        r.quotes.len(),
        r.articles.len()
    );
    ExitCode::SUCCESS
}

fn run_eval(gold_path: &Path, dir: &Path, json: bool) -> ExitCode {
    let set = match std::fs::read_to_string(gold_path)
        .map_err(|e| e.to_string())
        .and_then(|s| storyscope_ingest::eval::parse_gold(&s))
    {
        Ok(g) => g,
        Err(e) => {
            eprintln!(
                "{}: error: cannot read the gold file: {e}",
                gold_path.display()
            );
            return ExitCode::FAILURE;
        }
    };
    // Gold kept apart from its texts names each text by checksum: score only the texts that are
    // here and unchanged, and say which are not.
    let mut gold = Vec::new();
    let mut absent = 0;
    for g in set.files {
        let Some(want) = &g.sha256 else {
            gold.push(g);
            continue;
        };
        let path = dir.join(&g.file);
        match std::fs::read(&path) {
            Ok(bytes) if sha256_hex(&bytes) == *want => {
                // Offsets count bytes of the file as saved; ingest may trim or normalise it, so
                // each labelled span is looked up by its words, in order, as text gold is.
                // The same words standing earlier without marks (a headline) are counted, so
                // the lookup passes over them.
                let mut g = g;
                let file = String::from_utf8_lossy(&bytes);
                let mut prev_end = 0;
                for q in &mut g.quotes {
                    let Some((a, b)) = q.start.zip(q.end) else {
                        continue;
                    };
                    if let Some(words) = file.get(a..b).filter(|w| !w.is_empty()) {
                        q.skip = file
                            .get(prev_end.min(a)..a)
                            .map_or(0, |before| before.matches(words).count());
                        q.text = words.to_string();
                        (q.start, q.end) = (None, None);
                        prev_end = b;
                    }
                }
                gold.push(g)
            }
            Ok(_) => {
                absent += 1;
                eprintln!(
                    "{}: warning: not the labelled text (checksum differs); skipped",
                    path.display()
                );
            }
            Err(_) => {
                absent += 1;
                eprintln!("{}: warning: missing; skipped", path.display());
            }
        }
    }
    if gold.is_empty() {
        eprintln!(
            "{}: error: none of the labelled texts is in {}",
            gold_path.display(),
            dir.display()
        );
        return ExitCode::FAILURE;
    }
    let Some((files, _)) = read_articles(dir, true) else {
        return ExitCode::FAILURE;
    };
    // Only the labelled texts: an unlabelled file in the folder would count as false alarms.
    let files: Vec<SourceFile> = files
        .into_iter()
        .filter(|f| {
            gold.iter()
                .any(|g| f.name == g.file || f.name.ends_with(&format!("/{}", g.file)))
        })
        .collect();
    let outcome = ingest::ingest(&files, Story::default());
    let report = storyscope_ingest::eval::evaluate(&outcome.corpus, &gold);
    if json {
        println!("{}", report.to_json());
    } else {
        if absent > 0 {
            println!("{absent} labelled text(s) missing or changed, not scored\n");
        }
        print!("{}", storyscope_ingest::eval::render(&report));
    }
    ExitCode::SUCCESS
}

/// The SHA-256 of some bytes in lower-case hex, as the gold records each text's.
fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Lists and reads the article files of a folder. `None` (after printing why) when the folder
/// itself cannot be read or holds no articles; unreadable files are reported and returned by name.
fn read_articles(dir: &Path, quiet: bool) -> Option<(Vec<SourceFile>, Vec<String>)> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("{}: error: cannot read the folder: {e}", dir.display());
            return None;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    let mut files = Vec::new();
    let mut io_failures = Vec::new();
    for path in paths {
        let name = path.display().to_string();
        let file_name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if file_name.starts_with('.') || path.is_dir() {
            continue;
        }
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_lowercase();
        if !ARTICLE_EXTENSIONS.contains(&ext.as_str()) {
            if !quiet && !file_name.ends_with(".toml") {
                eprintln!("{name}:1: warning: not an article file (.txt or .md); skipped");
            }
            continue;
        }
        match std::fs::read(&path) {
            Ok(bytes) => files.push(SourceFile { name, bytes }),
            Err(e) => {
                eprintln!("{name}:1: error: cannot read: {e}");
                io_failures.push(name);
            }
        }
    }
    if files.is_empty() && io_failures.is_empty() {
        eprintln!(
            "{}: error: no articles (.txt or .md files) in this folder",
            dir.display()
        );
        return None;
    }
    Some((files, io_failures))
}

fn run_ingest(
    dir: &Path,
    output: &Path,
    story: Option<&Path>,
    overrides: Option<&Path>,
    quiet: bool,
) -> ExitCode {
    let Some((files, io_failures)) = read_articles(dir, quiet) else {
        return ExitCode::FAILURE;
    };

    let story = load_story(dir, story);
    let mut outcome = ingest::ingest(&files, story);
    if let Some((path, src)) = find_beside(dir, overrides, "overrides.toml") {
        let diags =
            ingest::overrides::apply(&mut outcome.corpus, &path.display().to_string(), &src);
        outcome.diagnostics.extend(diags);
    }
    let (mut errors, mut warnings) = (io_failures.len(), 0);
    for d in &outcome.diagnostics {
        match d.severity {
            Severity::Error => errors += 1,
            Severity::Warning => warnings += 1,
            Severity::Note => {}
        }
        if d.severity == Severity::Error || !quiet {
            eprintln!("{d}");
        }
    }
    let c = &outcome.corpus;
    let count = |k: QuoteKind| c.quotes.iter().filter(|q| q.kind == k).count();
    let (speech, indirect) = (count(QuoteKind::Speech), count(QuoteKind::Indirect));
    let terms = count(QuoteKind::Term) + count(QuoteKind::Title);
    // The page loads the bundle; `.json` (or any other name) gets the readable JSON.
    let bytes = if output.extension().is_some_and(|x| x == "bin") {
        storyscope_core::bundle::encode(c)
    } else {
        c.to_json_compact().into_bytes()
    };
    if let Err(e) = write_atomically(output, &bytes) {
        eprintln!("{}: error: cannot write: {e}", output.display());
        return ExitCode::FAILURE;
    }
    eprintln!(
        "storyscope: {} articles, {} quotes ({speech} direct, {indirect} indirect, {terms} terms or titles), {} speakers; {errors} errors, {warnings} warnings; wrote {}",
        c.articles.len(),
        c.quotes.len(),
        c.speakers.len(),
        output.display()
    );
    let failed = outcome.failed.len() + io_failures.len();
    if failed > 0 {
        eprintln!("storyscope: {failed} file(s) could not be ingested");
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn load_story(dir: &Path, explicit: Option<&Path>) -> Story {
    let candidates: Vec<PathBuf> = match explicit {
        Some(p) => vec![p.to_path_buf()],
        None => vec![dir.join("story.toml"), dir.join("..").join("story.toml")],
    };
    #[derive(serde::Deserialize)]
    struct StoryFile {
        title: Option<String>,
        description: Option<String>,
    }
    for path in candidates {
        let Ok(src) = std::fs::read_to_string(&path) else {
            continue;
        };
        match toml::from_str::<StoryFile>(&src) {
            Ok(s) => {
                return Story {
                    title: s.title.unwrap_or_else(|| default_title(dir)),
                    description: s.description,
                }
            }
            Err(e) => eprintln!(
                "{}:1: warning: story file ignored: {}",
                path.display(),
                e.message()
            ),
        }
    }
    Story {
        title: default_title(dir),
        description: None,
    }
}

fn default_title(dir: &Path) -> String {
    let name = dir
        .canonicalize()
        .ok()
        .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()));
    match name.as_deref() {
        Some("articles") | None => "Untitled story".to_string(),
        Some(n) => n.to_string(),
    }
}

/// The file given explicitly, else `name` in DIR or its parent, with its text.
fn find_beside(dir: &Path, explicit: Option<&Path>, name: &str) -> Option<(PathBuf, String)> {
    let candidates = match explicit {
        Some(p) => vec![p.to_path_buf()],
        None => vec![dir.join(name), dir.join("..").join(name)],
    };
    for path in candidates {
        match std::fs::read_to_string(&path) {
            Ok(src) => return Some((path, src)),
            Err(e) if explicit.is_some() => {
                eprintln!("{}:1: error: cannot read: {e}", path.display())
            }
            Err(_) => {}
        }
    }
    None
}

/// Writes to a temporary file beside `path`, then renames it over `path`.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    let file_name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("corpus.json");
    let tmp = path.with_file_name(format!(".{file_name}.tmp-{}", std::process::id()));
    let result = (|| {
        use std::io::Write;
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}
