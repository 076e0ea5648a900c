//! The `storyscope` command at its I/O edge: a run with unreadable input writes what it could
//! read (atomically, nothing half-written) and exits non-zero; a folder without articles is an
//! error that writes nothing.

use std::path::PathBuf;
use std::process::Command;

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
    let corpus = storyscope_core::model::Corpus::from_json(&json).unwrap();
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
