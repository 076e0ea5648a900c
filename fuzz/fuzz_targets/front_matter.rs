//! Any text as TOML front matter: reported or used, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use storyscope_ingest::{ingest, SourceFile};
use storyscope_core::model::Story;

fuzz_target!(|data: &[u8]| {
    let mut bytes = b"+++\n".to_vec();
    bytes.extend_from_slice(data);
    bytes.extend_from_slice(b"\n+++\n\xE2\x80\x9CFine,\xE2\x80\x9D said one aide.");
    let _ = ingest(
        &[SourceFile {
            name: "f.md".into(),
            bytes,
        }],
        Story::default(),
    );
});
