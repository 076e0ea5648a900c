//! Malformed input, one kind per case: each gets a clear `file:line:` message, the other files
//! are still ingested. What the CLI does with them is in `crates/cli/tests/cli.rs`.

use storyscope_core::model::Story;
use storyscope_ingest::{ingest, Severity, SourceFile};

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
