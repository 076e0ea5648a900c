//! Any query string: parsed without panicking, and what it yields survives a round trip.
#![no_main]
use libfuzzer_sys::fuzz_target;
use storyscope_core::urlstate::{parse, render};

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    let q = parse(&s);
    assert_eq!(parse(&render(&q)), q);
});
