//! The core's integration tests, in one binary: each file is a module (one link instead of one
//! per file keeps `make test` fast).

mod architecture;
mod common;
mod crosstab;
mod families;
mod properties;
mod query;
mod table;
