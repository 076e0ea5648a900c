//! Storyscope: see how a news story was covered — who said what, in which outlet, and when.
//!
//! The crate has a pure core and two thin edges:
//!
//! * the core — [`model`] (the corpus format), [`text`] (folding and tokens), [`date`],
//!   [`query`] (filters, facets, search), [`table`] (the loaded quotes), [`urlstate`] (the query string) and [`bundle`] (the
//!   page's binary corpus) — compiles for every
//!   target and never touches the DOM, the file system or the network;
//! * [`ingest`] turns article files into a [`model::Corpus`]; it is native only, because the
//!   browser receives the finished corpus and never needs the extractor;
//! * `cli` (native) and `app` (wasm32, Leptos) are the edges that do I/O.

pub mod bundle;
pub mod date;
pub mod model;
pub mod query;
pub mod table;
pub mod text;
pub mod urlstate;

#[cfg(not(target_arch = "wasm32"))]
pub mod ingest;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

#[cfg(not(target_arch = "wasm32"))]
pub mod eval;

#[cfg(not(target_arch = "wasm32"))]
pub mod synth;

#[cfg(not(target_arch = "wasm32"))]
pub mod harden;

#[cfg(target_arch = "wasm32")]
pub mod app;
