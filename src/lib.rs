//! The explorer: Leptos components that render the core's answers.
//!
//! Data flows one way: the corpus bundle is fetched once and indexed ([`Index`]); the URL query
//! string is parsed into a [`Query`] held by [`Nav`]; one memo derives [`Results`] from the two;
//! components only read. A person's choices go back through `Nav`, which writes the URL (push
//! for discrete choices, replace while typing) and the query signal together, so there is no
//! effect that writes a signal.

// Only the browser has a page: natively this crate is empty (see Cargo.toml).
#![cfg(target_arch = "wasm32")]

mod export;
mod filters;
mod nav;
mod reader;
mod results;
mod views;

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

pub use nav::{Mode, Nav};
use storyscope_core::index::{Index, Results};
use storyscope_core::query::Query;

/// The bundle beside index.html, written by the build (`storyscope ingest -o corpus.bin`).
const CORPUS_FILE: &str = "corpus.bin";

/// The loaded corpus, shared read-only with every component.
#[derive(Clone)]
pub struct Idx(pub Arc<Index>);

/// The answer to the current query.
#[derive(Clone, Copy)]
pub struct Res(pub Memo<Results>);

/// The search terms of the current query: what text highlighting depends on, so a card is not
/// redrawn when only the counts change.
#[derive(Clone, Copy)]
pub struct Terms(pub Memo<Vec<String>>);

/// Colours for outlets in the histogram and on cards, by outlet order.
pub const OUTLET_COLOURS: usize = 8;

/// Bytes of WebAssembly linear memory, for the benchmark harness (`window.wasmBindings`).
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn storyscope_memory_bytes() -> f64 {
    (core::arch::wasm32::memory_size(0) * 65536) as f64
}

/// Panics on purpose, so the browser tests can check that a panic shows the error panel.
/// Reachable only from a script already running in the page.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn storyscope_panic_for_test() {
    panic!("test panic requested by the page");
}

pub fn start() {
    install_panic_panel();
    leptos::mount::mount_to_body(App);
}

/// A panic leaves the page frozen; show what happened and how to report it instead, and log it
/// to the console as an `Error`, whose stack says where it happened.
fn install_panic_panel() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&js_sys::Error::new(&message));
        let doc = document();
        if let Ok(panel) = doc.create_element("div") {
            panel.set_class_name("fatal");
            let _ = panel.set_attribute("role", "alert");
            panel.set_text_content(Some(&format!(
                "Storyscope stopped because of an internal error: {message}. Reload the page to continue; \
                 if it happens again, report it with the page address and this message."
            )));
            if let Some(body) = doc.body() {
                let _ = body.append_child(&panel);
            }
        }
    }));
}

#[derive(Clone)]
enum Load {
    /// Bytes received so far, and the total when the server says it.
    Downloading(usize, Option<usize>),
    Indexing(usize),
    Failed(String),
    Ready(Idx),
}

fn mark(name: &str) {
    if let Some(perf) = window().performance() {
        let _ = perf.mark(name);
    }
}

/// Lets the browser paint the current state before a long synchronous step.
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().request_animation_frame(&resolve);
    });
    let _ = JsFuture::from(promise).await;
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = JsFuture::from(promise).await;
}

fn read_err<E>(_: E) -> String {
    "the corpus could not be read".to_string()
}

/// Fetches the bundle chunk by chunk, reporting progress, then decodes and indexes it with a
/// paint between the steps, so a large corpus shows how far it has got.
async fn load_corpus(progress: RwSignal<Load>) -> Result<Index, String> {
    let resp = JsFuture::from(window().fetch_with_str(CORPUS_FILE))
        .await
        .map_err(|_| "the corpus file could not be fetched".to_string())?;
    let resp: web_sys::Response = resp
        .dyn_into()
        .map_err(|_| "unexpected fetch response".to_string())?;
    if !resp.ok() {
        return Err(format!(
            "the corpus file could not be loaded (HTTP {})",
            resp.status()
        ));
    }
    let total = resp
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|v| v.parse::<usize>().ok());
    // Chunks stay in JS until the decoder asks for them one at a time, so WebAssembly memory
    // (which never shrinks) never holds the whole bundle beside what is decoded from it.
    let chunks: Vec<js_sys::Uint8Array> = {
        let mut chunks = Vec::new();
        let mut got = 0usize;
        let body = resp.body().ok_or("the corpus response has no body")?;
        let reader: web_sys::ReadableStreamDefaultReader =
            body.get_reader().dyn_into().map_err(read_err)?;
        loop {
            let chunk = JsFuture::from(reader.read()).await.map_err(read_err)?;
            let done = js_sys::Reflect::get(&chunk, &"done".into()).map_err(read_err)?;
            if done.as_bool() == Some(true) {
                break;
            }
            let value = js_sys::Reflect::get(&chunk, &"value".into()).map_err(read_err)?;
            let part: js_sys::Uint8Array = value.dyn_into().map_err(read_err)?;
            got += part.length() as usize;
            chunks.push(part);
            progress.set(Load::Downloading(got, total));
        }
        chunks
    };
    let size: usize = chunks.iter().map(|c| c.length() as usize).sum();
    mark("storyscope:fetched");
    // A small corpus is ready before anyone could read a status line: no need to wait a frame.
    if size >= storyscope_core::bundle::SHIP_SEARCH_BYTES {
        progress.set(Load::Indexing(size));
        next_frame().await;
    }
    let parts = storyscope_core::bundle::decode_chunks(
        chunks
            .into_iter()
            .map(|c| std::borrow::Cow::Owned(c.to_vec())),
        size,
    )?;
    mark("storyscope:decoded");
    // As `load::index`, with a mark between the two steps for `make bench`.
    let index = Index::from_parts(
        parts.corpus,
        parts.quotes,
        parts.families,
        parts.passages,
        parts.shares,
        parts.search,
    );
    mark("storyscope:indexed");
    Ok(index)
}

/// "12.3 MB": one decimal, in integers (float formatting is kilobytes of code).
fn megabytes(n: usize) -> String {
    let tenths = n / 100_000;
    format!("{}.{} MB", tenths / 10, tenths % 10)
}

#[component]
fn App() -> impl IntoView {
    let load = RwSignal::new(Load::Downloading(0, None));
    leptos::task::spawn_local(async move {
        let next = match load_corpus(load).await {
            Ok(index) => Load::Ready(Idx(Arc::new(index))),
            Err(e) => Load::Failed(e),
        };
        load.set(next);
    });
    let status = move || match load.get() {
        // A compressed response states its compressed length: past it, the total is unknown.
        Load::Downloading(got, Some(total)) if total >= got && total > 0 => format!(
            "Loading the corpus… {} of {} ({}%)",
            megabytes(got),
            megabytes(total),
            got * 100 / total
        ),
        Load::Downloading(got, _) => format!("Loading the corpus… {}", megabytes(got)),
        Load::Indexing(n) => format!("Indexing the corpus ({})…", megabytes(n)),
        _ => String::new(),
    };
    // Without a usable total the bar has no value: an indeterminate bar, not a stuck one.
    let fraction = move || match load.get() {
        Load::Downloading(got, Some(total)) if total >= got && total > 0 => {
            Some((got * 100 / total).to_string())
        }
        Load::Indexing(_) => Some("100".to_string()),
        _ => None,
    };
    reactive(move || {
        match load.get() {
        Load::Downloading(..) | Load::Indexing(_) => view! {
            <main class="loading" aria-busy="true">
                <p role="status">{reactive(move || status().into_any())}</p>
                <progress max="100" value=fraction aria-label="Loading the corpus"></progress>
            </main>
        }
        .into_any(),
        Load::Failed(e) => view! {
            <main class="load-error">
                <div role="alert" class="fatal-inline">
                    <h1>"The corpus could not be loaded"</h1>
                    <p>{e}</p>
                    <p>"Rebuild the site with " <code>"make build"</code> " and check that corpus.bin is served beside index.html."</p>
                </div>
            </main>
        }
        .into_any(),
        Load::Ready(idx) => view! { <Explorer idx=idx /> }.into_any(),
    }
    })
}

#[component]
fn Explorer(idx: Idx) -> impl IntoView {
    let nav = Nav::install(idx.0.clone());
    let index = idx.0.clone();
    // Results follow the filters only: opening or closing an article changes the query but not
    // the answer, so it must not re-run it.
    let filters = Memo::new(move |_| nav.query.with(Query::filters));
    let results = Res(Memo::new(move |_| filters.with(|q| index.run(q))));
    document().set_title(&format!("{} · Storyscope", idx.0.corpus.story.title));
    provide_context(idx.clone());
    provide_context(nav);
    provide_context(results);
    provide_context(Terms(Memo::new(move |_| {
        results.0.with(|r| r.terms.clone())
    })));
    nav::install_slash_shortcut();
    // The first results are in the DOM once this frame runs: the load mark `make bench` reads.
    request_animation_frame(|| {
        if let Some(perf) = window().performance() {
            let _ = perf.mark("storyscope:ready");
        }
    });

    view! {
        <a class="skip" href="#results">"Skip to results"</a>
        <Header />
        <div class="layout">
            <aside class="sidebar" aria-label="Filters">
                <filters::SearchBox />
                // On a phone the facets fold away so the results are one scroll away; on a wide
                // screen they start open. Read once: the person decides after that.
                <details class="facets" open=wide_screen()>
                    <summary>"Filters"</summary>
                    <filters::SpeakerFacet />
                    <filters::OutletFacet />
                    <filters::DateFilter />
                </details>
            </aside>
            <main id="results" class="main" tabindex="-1">
                <results::Toolbar />
                <results::ActiveFilters />
                <results::ResultList />
            </main>
        </div>
        <reader::Reader />
        <footer class="footer">
            <p>
                "Every value shows where it came from: given in front matter, stated in the text, or inferred — with the evidence. "
                "Nothing unknown is filled in."
            </p>
        </footer>
    }
}

#[component]
fn Header() -> impl IntoView {
    let Idx(index) = crate::ctx::<Idx>();
    let c = &index.corpus;
    let outlets = index.outlets.iter().filter(|o| o.known).count();
    let unknown_outlets = c
        .articles
        .iter()
        .filter(|a| a.outlet.name.is_none())
        .count();
    let speakers = index
        .speaker_totals(false)
        .iter()
        .filter(|&&n| n > 0)
        .count();
    let span = match index.day_span {
        Some((a, b)) if a == b => storyscope_core::date::label(&storyscope_core::date::iso(a)),
        Some((a, b)) => format!(
            "{} – {}",
            storyscope_core::date::label(&storyscope_core::date::iso(a)),
            storyscope_core::date::label(&storyscope_core::date::iso(b))
        ),
        None => "no dated articles".to_string(),
    };
    let undated = c.articles.iter().filter(|a| a.date.is_none()).count();
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let description = c.story.description.clone();
    view! {
        <header class="masthead">
            <p class="brand">"Storyscope"</p>
            <h1>{c.story.title.clone()}</h1>
            {description.map(|d| view! { <p class="lede">{d}</p> })}
            <dl class="figures">
                <div><dt>"Articles"</dt><dd>{c.articles.len()}</dd></div>
                <div>
                    <dt>"Outlets"</dt>
                    <dd>
                        {outlets}
                        {(unknown_outlets > 0).then(|| view! { <small>{format!(" + {} unknown", unknown_outlets)}</small> })}
                    </dd>
                </div>
                <div><dt>"Quotes"</dt><dd>{index.speech_count()}</dd></div>
                <div><dt>"Speakers"</dt><dd>{speakers}</dd></div>
                <div>
                    <dt>"Dates"</dt>
                    <dd>
                        {span}
                        {(undated > 0).then(|| view! { <small>{format!(" + {}", plural(undated, "undated", "undated"))}</small> })}
                    </dd>
                </div>
            </dl>
        </header>
    }
}

fn wide_screen() -> bool {
    window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_none_or(|w| w >= 900.0)
}

/// "27 Nov 2025" or "Date unknown".
pub fn date_label(a: &storyscope_core::model::Article) -> String {
    a.date
        .as_ref()
        .map(|d| match &d.time {
            Some(t) => format!(
                "{}, {}",
                storyscope_core::date::label(&d.value),
                storyscope_core::date::time_label(t)
            ),
            None => storyscope_core::date::label(&d.value),
        })
        .unwrap_or_else(|| "Date unknown".to_string())
}

/// Renders text with `<mark>` around the words that match the search terms. The text is always
/// inserted as text nodes, never parsed as HTML.
pub fn marked(text: &str, terms: &[String]) -> impl IntoView {
    let spans = storyscope_core::text::highlight_spans(text, terms);
    storyscope_core::text::segments(text, &spans)
        .into_iter()
        .map(|s| {
            if s.marked {
                view! { <mark>{s.text.to_string()}</mark> }.into_any()
            } else {
                s.text.to_string().into_any()
            }
        })
        .collect_view()
}

/// An event handler as one boxed type: every `on:click` (and each other event) then shares one
/// copy of Leptos's code for attaching and replacing handlers, instead of one per closure.
pub fn cb<E>(f: impl FnMut(E) + 'static) -> Handler<E> {
    Box::new(f)
}

/// What [`cb`] makes.
pub type Handler<E> = Box<dyn FnMut(E)>;

/// A value the explorer provides as context (`Idx`, `Nav`, `Res`, `Terms`). Leptos's
/// `expect_context` says which is missing with `{:?}`, which keeps `Debug` formatting of strings
/// (and its Unicode tables) in the page; this says it with `{}`.
pub fn ctx<T: Clone + 'static>() -> T {
    use_context::<T>().unwrap_or_else(|| {
        panic!(
            "expected context of type {} to be present",
            std::any::type_name::<T>()
        )
    })
}

/// A keyed list of indices (quote cards, article cards, speaker options): every one goes
/// through this single instance of Leptos's `For`, whose code is otherwise repeated for the
/// closures of each list. `item` runs untracked, as a component's body does.
pub fn index_list(
    each: Arc<dyn Fn() -> Vec<usize> + Send + Sync>,
    item: Arc<dyn Fn(usize) -> AnyView + Send + Sync>,
) -> AnyView {
    view! { <For each=move || each() key=|i: &usize| *i children=move |i| untrack(|| item(i)) /> }
        .into_any()
}

/// A view that follows signals, as one type for every such view: each `move || view` closure
/// otherwise repeats Leptos's code for updating it.
pub fn reactive(f: impl Fn() -> AnyView + Send + Sync + 'static) -> AnyView {
    let f: Then = Box::new(f);
    (move || f()).into_any()
}

/// A view [`show`] builds when asked: boxed, so every use shares one type.
pub type Then = Box<dyn Fn() -> AnyView + Send + Sync>;

/// Leptos's `Show` — `then` while `when` holds, else `otherwise` — as one instance for every
/// use: each `<Show>` repeats Leptos's code for its own closures. `when` is memoised, so the
/// view is rebuilt only when it changes.
pub fn show(
    when: Box<dyn Fn() -> bool + Send + Sync>,
    then: Then,
    otherwise: Option<Then>,
) -> AnyView {
    let when = Memo::new(move |_| when());
    (move || {
        if when.get() {
            then()
        } else {
            otherwise.as_ref().map_or_else(|| ().into_any(), |f| f())
        }
    })
    .into_any()
}
