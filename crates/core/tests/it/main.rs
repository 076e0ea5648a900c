//! The core's integration tests, in one binary: each file is a module (one link instead of one
//! per file keeps `make test` fast).

mod architecture;
mod common;
mod compare;
mod crosstab;
mod export;
mod families;
mod properties;
mod query;
mod table;
mod timeline;
