//! Ingest's integration tests, in one binary: each file is a module (one link instead of one
//! per file keeps `make test` fast).

mod common;
mod eval;
mod families;
mod ingest_cases;
mod ingest_seeds;
mod malformed;
mod overrides;
mod passages;
mod schema;
mod stated_times;
mod synth;
