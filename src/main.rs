//! The one binary: the explorer when built for the browser, the CLI when built natively.

#[cfg(target_arch = "wasm32")]
fn main() {
    storyscope::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    storyscope::cli::main()
}
