//! The core of Storyscope: everything both programs share, and nothing that does I/O.
//!
//! It compiles for wasm32 (the page) and natively (ingest, the CLI, tests), and never touches
//! the DOM, the file system or the network: bytes in, answers out.
//!
//! The modules, from the bottom up (each imports only those above it):
//! * [`text`] — folding, word spans, prefix matching, highlight segments;
//! * [`date`] — dates, partial-date bounds, histogram bins;
//! * [`model`] — the corpus format (`Corpus`, `Article`, `Speaker`, `Quote`, provenance);
//! * [`table`] — the quotes of a loaded corpus as columns of integers;
//! * [`bits`] — bitsets over rows and documents;
//! * [`search`] — the inverted indexes that text search runs on;
//! * [`query`] — `Query`, everything a person can set, and [`urlstate`], its URL form;
//! * [`index`] — `Index`: the lookups built at load, running a query, counting facets;
//! * [`bundle`] — the page's binary corpus, encoding and decoding the parts above;
//! * [`load`] — bytes (a bundle or JSON) into a `Corpus` or an `Index`;
//! * [`export`] — the current quotes or articles as CSV or JSON, a quote as a citation.

pub mod bits;
pub mod bundle;
pub mod date;
pub mod export;
pub mod index;
pub mod load;
pub mod model;
pub mod query;
pub mod search;
pub mod table;
pub mod text;
pub mod urlstate;
