//! Malformed input, one kind per case: each gets a clear `file:line:` message, the other files
//! are still ingested, and (through the CLI) the run exits non-zero with no half-written output.

use std::path::PathBuf;
use std::process::Command;

use storyscope::ingest::{ingest, Severity, SourceFile};
use storyscope::model::Story;

/// (file name, bytes, expected severity and message fragment on which line, or None when the
/// file must ingest cleanly).
type Case = (&'static str, Vec<u8>, Option<(Severity, u32, &'static str)>);

fn cases() -> Vec<Case> {
    let many_marks = "“ ”” “ unbalanced ".repeat(5000);
    let long_line = "“A quote,” said one aide, and more words follow. ".repeat(20_000);
    vec![
        (
            "binary.txt",
            vec![0, 159, 146, 150, 0, 1, 2],
            Some((Severity::Error, 1, "not valid UTF-8")),
        ),
        (
            "nul.txt",
            b"text\0with a NUL".to_vec(),
            Some((Severity::Error, 1, "binary data")),
        ),
        (
            "latin1.txt",
            b"caf\xe9 au lait\n".to_vec(),
            Some((Severity::Error, 1, "not valid UTF-8")),
        ),
        (
            "bom.txt",
            b"\xEF\xBB\xBF\xE2\x80\x9CYes,\xE2\x80\x9D said one aide.".to_vec(),
            None,
        ),
        (
            "crlf.txt",
            b"Line one.\r\n\r\n\xE2\x80\x9CYes,\xE2\x80\x9D said one aide.\r\n".to_vec(),
            None,
        ),
        ("cr.txt", b"Line one.\rSecond line.\r".to_vec(), None),
        (
            "empty.txt",
            Vec::new(),
            Some((Severity::Error, 1, "no article text")),
        ),
        (
            "blank.txt",
            b"\n\n   \n".to_vec(),
            Some((Severity::Error, 1, "no article text")),
        ),
        (
            "only-front-matter.md",
            b"+++\ntitle = \"x\"\n+++\n".to_vec(),
            Some((Severity::Error, 3, "no article text")),
        ),
        (
            "unterminated.md",
            b"+++\ntitle = \"x\"\nText".to_vec(),
            Some((Severity::Error, 1, "never closed")),
        ),
        (
            "invalid-toml.md",
            b"+++\ntitle = \"x\nmore\n+++\nText.".to_vec(),
            Some((Severity::Error, 3, "invalid front matter")),
        ),
        (
            "unknown-key.md",
            b"+++\nmood = \"calm\"\n+++\nText.".to_vec(),
            Some((Severity::Warning, 2, "unknown front matter key `mood`")),
        ),
        (
            "wrong-type.md",
            b"+++\ndate = 2025\n+++\nText.".to_vec(),
            Some((Severity::Warning, 2, "`date` must be a string")),
        ),
        (
            "impossible-date.md",
            b"+++\ndate = \"2025-02-30\"\n+++\nText.".to_vec(),
            Some((Severity::Warning, 1, "is not YYYY-MM-DD")),
        ),
        (
            "bad-wires.md",
            b"+++\nwires = [1, 2]\n+++\nText.".to_vec(),
            Some((Severity::Warning, 2, "entries must be strings")),
        ),
        (
            "unbalanced.txt",
            "She said “this never ends.\n\nNext.".as_bytes().to_vec(),
            Some((Severity::Warning, 1, "never closed")),
        ),
        (
            "stray-close.txt",
            "A stray ” mark here.".as_bytes().to_vec(),
            Some((Severity::Warning, 1, "has no opening")),
        ),
        (
            "many-marks.txt",
            many_marks.into_bytes(),
            Some((Severity::Warning, 1, "has no opening")),
        ),
        ("long-line.txt", long_line.into_bytes(), None),
        ("dup-a.txt", b"First.".to_vec(), None),
        (
            "sub/dup-a.txt",
            b"Second with the same id.".to_vec(),
            Some((Severity::Error, 1, "duplicate article id")),
        ),
        (
            "bidi.txt",
            "“A \u{202E}reversed\u{202C} and zero\u{200D}width,” said one aide."
                .as_bytes()
                .to_vec(),
            None,
        ),
    ]
}

#[test]
fn each_malformed_file_gets_a_clear_message_and_the_others_are_kept() {
    let cases = cases();
    assert!(cases.len() >= 20);
    let files: Vec<SourceFile> = cases
        .iter()
        .map(|(n, b, _)| SourceFile {
            name: n.to_string(),
            bytes: b.clone(),
        })
        .collect();
    let out = ingest(&files, Story::default());
    for (name, _, expected) in &cases {
        let mine: Vec<_> = out.diagnostics.iter().filter(|d| d.file == *name).collect();
        match expected {
            None => assert!(
                mine.iter().all(|d| d.severity == Severity::Note),
                "{name} should ingest cleanly: {mine:?}"
            ),
            Some((sev, line, msg)) => assert!(
                mine.iter()
                    .any(|d| d.severity == *sev && d.line == *line && d.message.contains(msg)),
                "{name}: expected {sev:?} on line {line} containing {msg:?}, got {:?}",
                mine.iter().map(|d| d.to_string()).collect::<Vec<_>>()
            ),
        }
    }
    let failed: Vec<&str> = out.failed.iter().map(String::as_str).collect();
    assert_eq!(
        failed,
        [
            "binary.txt",
            "nul.txt",
            "latin1.txt",
            "empty.txt",
            "blank.txt",
            "only-front-matter.md",
            "sub/dup-a.txt"
        ]
    );
    // Everything else is in the corpus, including the file whose front matter never closed
    // (read as plain text) and the 1 MB line.
    assert_eq!(out.corpus.articles.len(), cases.len() - failed.len());
    let crlf = out.corpus.articles.iter().find(|a| a.id == "crlf").unwrap();
    assert!(!crlf.text.contains('\r'));
    let bom = out.corpus.articles.iter().find(|a| a.id == "bom").unwrap();
    assert!(bom.text.starts_with('“'));
    assert!(
        out.corpus
            .quotes
            .iter()
            .filter(|q| q.article_id == "long-line")
            .count()
            >= 20_000
    );
}

fn cli(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_storyscope"))
        .args(args)
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("storyscope-test-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn the_cli_writes_what_it_could_read_and_exits_non_zero() {
    let dir = temp_dir("cli");
    let arts = dir.join("articles");
    std::fs::create_dir_all(&arts).unwrap();
    std::fs::write(arts.join("good.txt"), "“Fine,” said one aide.").unwrap();
    std::fs::write(arts.join("bad.txt"), [0xff, 0xfe, 0x00]).unwrap();
    // A folder named like an article cannot be read as one.
    std::fs::create_dir_all(arts.join("folder.txt")).unwrap();
    std::fs::write(dir.join("overrides.toml"), "[[quote]]\narticle = 3\n").unwrap();
    let out = dir.join("out/corpus.json");
    let (code, stderr) = cli(&[
        "ingest",
        arts.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("bad.txt:1: error: not valid UTF-8"),
        "{stderr}"
    );
    assert!(
        stderr.contains("overrides.toml:2: error: overrides not applied"),
        "{stderr}"
    );
    assert!(
        stderr.contains("1 file(s) could not be ingested"),
        "{stderr}"
    );
    let json = std::fs::read_to_string(&out).unwrap();
    let corpus = storyscope::model::Corpus::from_json(&json).unwrap();
    assert_eq!(corpus.articles.len(), 1);
    let leftovers: Vec<_> = std::fs::read_dir(dir.join("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        leftovers.len(),
        1,
        "no temporary file left behind: {leftovers:?}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_folder_without_articles_is_an_error_and_writes_nothing() {
    let dir = temp_dir("empty");
    std::fs::write(dir.join("notes.csv"), "a,b").unwrap();
    let out = dir.join("corpus.json");
    let (code, stderr) = cli(&["ingest", dir.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("no articles (.txt or .md files) in this folder"),
        "{stderr}"
    );
    assert!(!out.exists());
    let (code, stderr) = cli(&[
        "ingest",
        dir.join("missing").to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert!(stderr.contains("cannot read the folder"), "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}
