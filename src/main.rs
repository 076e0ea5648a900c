//! The page's entry point: mounts the explorer (see `lib.rs`).

#[cfg(target_arch = "wasm32")]
fn main() {
    storyscope_page::start();
}

/// Built natively (a workspace-wide `cargo build`), the page has nothing to run.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("storyscope-page runs in a browser: `make serve` builds and serves it");
    std::process::exit(2);
}
