//! Architecture invariants that a reviewer should not have to re-check by eye.

use std::path::Path;

fn source(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

/// The core (model, bundle, table, text, date, query, urlstate) and ingest never import the UI or browser
/// crates: they must build and be tested natively, and the page must only render their answers.
#[test]
fn the_core_never_imports_leptos_or_web_apis() {
    let mut files = vec![
        "src/model.rs",
        "src/bundle.rs",
        "src/table.rs",
        "src/text.rs",
        "src/date.rs",
        "src/query.rs",
        "src/urlstate.rs",
    ];
    let ingest: Vec<String> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ingest"))
            .unwrap()
            .map(|e| format!("src/ingest/{}", e.unwrap().file_name().to_string_lossy()))
            .collect();
    files.extend(ingest.iter().map(String::as_str));
    for f in files {
        let text = source(f);
        for banned in [
            "leptos",
            "web_sys",
            "wasm_bindgen",
            "js_sys",
            "std::fs",
            "std::net",
        ] {
            assert!(!text.contains(banned), "{f} mentions {banned}");
        }
    }
}

/// Every module says what it owns in its first lines.
#[test]
fn every_module_opens_with_a_doc_comment() {
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&p).unwrap();
                assert!(
                    text.starts_with("//!"),
                    "{} has no module doc comment",
                    p.display()
                );
            }
        }
    }
}
