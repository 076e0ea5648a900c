//! The workspace's invariants that the compiler cannot see.
//!
//! Cargo already refuses the wrong imports: the core has no path to leptos, ingest or the CLI,
//! and the page has none to ingest. What it would not refuse is a new dependency in a manifest
//! that brings such a crate in, or a core module that opens a file through `std`. These tests
//! guard those, and that every module says what it owns.

use std::path::{Path, PathBuf};
use std::process::Command;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The packages `package` depends on for `target`, as `cargo tree` names them, one per line.
fn dependencies(package: &str, target: &str) -> Vec<String> {
    let out = Command::new(env!("CARGO"))
        .current_dir(workspace())
        .args([
            "tree",
            "--offline",
            "--locked",
            "-e",
            "normal",
            "--prefix",
            "none",
        ])
        .args(["-p", package, "--target", target])
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "cargo tree: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .map(str::to_string)
        .collect()
}

fn host() -> String {
    let out = Command::new("rustc")
        .arg("-vV")
        .output()
        .expect("rustc runs");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("host: "))
        .unwrap_or("x86_64-unknown-linux-gnu")
        .to_string()
}

/// The core builds for the browser and natively without the UI, browser bindings, the command
/// line, or anything that reaches files or the network.
#[test]
fn the_core_depends_on_no_ui_browser_cli_or_io_crate() {
    for target in [host(), "wasm32-unknown-unknown".to_string()] {
        let deps = dependencies("storyscope-core", &target);
        assert!(deps.iter().any(|d| d == "storyscope-core"), "{deps:?}");
        for banned in [
            "leptos",
            "web-sys",
            "wasm-bindgen",
            "js-sys",
            "gloo",
            "clap",
            "tokio",
            "reqwest",
            "ureq",
            "walkdir",
            "storyscope-ingest",
            "storyscope-cli",
            "storyscope-page",
        ] {
            assert!(
                !deps.iter().any(|d| d == banned),
                "storyscope-core depends on {banned} for {target}"
            );
        }
    }
}

/// The page receives a finished corpus: it never links the extractor or the command line.
#[test]
fn the_page_depends_on_the_core_only() {
    let deps = dependencies("storyscope-page", "wasm32-unknown-unknown");
    assert!(deps.iter().any(|d| d == "storyscope-core"), "{deps:?}");
    for banned in ["storyscope-ingest", "storyscope-cli", "clap"] {
        assert!(
            !deps.iter().any(|d| d == banned),
            "the page depends on {banned}"
        );
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The core and ingest are pure: bytes in, answers out. Only the CLI and the page do I/O, so
/// ingest can be fuzzed and the core runs unchanged in the browser.
#[test]
fn the_core_and_ingest_never_touch_files_network_or_processes() {
    let mut files = Vec::new();
    rust_files(&workspace().join("crates/core/src"), &mut files);
    rust_files(&workspace().join("crates/ingest/src"), &mut files);
    assert!(files.len() > 10, "{files:?}");
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for banned in ["std::fs", "std::net", "std::process", "std::env"] {
            assert!(!text.contains(banned), "{} mentions {banned}", f.display());
        }
    }
}

/// Every module says what it owns in its first lines.
#[test]
fn every_module_opens_with_a_doc_comment() {
    let mut files = Vec::new();
    for dir in [
        "src",
        "crates/core/src",
        "crates/ingest/src",
        "crates/cli/src",
    ] {
        rust_files(&workspace().join(dir), &mut files);
    }
    assert!(files.len() > 20, "{files:?}");
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        assert!(
            text.starts_with("//!"),
            "{} has no module doc comment",
            f.display()
        );
    }
}
