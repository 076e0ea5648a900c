//! The page's entry point: mounts the explorer (see `lib.rs`).

fn main() {
    storyscope_page::start();
}
