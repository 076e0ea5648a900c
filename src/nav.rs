//! The URL is the filter state. [`Nav`] holds the parsed query and is the only writer of both
//! the query signal and the browser history: discrete choices push an entry (so Back undoes
//! them), typing replaces the current one, and Back/Forward re-read the URL.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use storyscope_core::index::Index;
use storyscope_core::query::Query;
use storyscope_core::urlstate;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// A discrete choice: a new history entry.
    Push,
    /// Typing: rewrite the current entry.
    Replace,
}

#[derive(Clone, Copy)]
pub struct Nav {
    pub query: RwSignal<Query>,
    /// What the search box shows; committed to `query.q` after a pause in typing.
    pub draft: RwSignal<String>,
    index: StoredValue<Arc<Index>>,
    /// The page's path: history entries change only the query string, so it is read once.
    path: StoredValue<String>,
}

fn current_query(index: &Index) -> Query {
    let search = window().location().search().unwrap_or_default();
    index.sanitize(&urlstate::parse(&search))
}

impl Nav {
    pub fn install(index: Arc<Index>) -> Nav {
        let q = current_query(&index);
        let nav = Nav {
            draft: RwSignal::new(q.q.clone()),
            query: RwSignal::new(q),
            index: StoredValue::new(index),
            path: StoredValue::new(
                window()
                    .location()
                    .pathname()
                    .unwrap_or_else(|_| "./".into()),
            ),
        };
        // Back and Forward: the URL already changed; read it.
        let handle = window_event_listener(leptos::ev::popstate, move |_| {
            let q = nav.index.with_value(|i| current_query(i));
            nav.draft.set(q.q.clone());
            nav.query.set(q);
        });
        on_cleanup(move || handle.remove());
        nav
    }

    /// Applies a change to the query, then records it in the URL.
    pub fn update(&self, mode: Mode, change: impl FnOnce(&mut Query)) {
        let mut q = self.query.get_untracked();
        change(&mut q);
        self.commit(mode, q);
    }

    /// The part of [`Nav::update`] that does not depend on the change: kept out of the generic
    /// function, so the page carries it once rather than once per control that changes the
    /// query.
    #[inline(never)]
    fn commit(&self, mode: Mode, q: Query) {
        let q = self.index.with_value(|i| i.sanitize(&q));
        if q == self.query.get_untracked() {
            return;
        }
        let url = self.href(&q);
        if let Ok(history) = window().history() {
            let _ = match mode {
                Mode::Push => history.push_state_with_url(&JsValue::NULL, "", Some(&url)),
                Mode::Replace => history.replace_state_with_url(&JsValue::NULL, "", Some(&url)),
            };
        }
        if mode == Mode::Push {
            self.draft.set(q.q.clone());
        }
        let kind = interaction_kind(&self.query.get_untracked(), &q);
        mark_start(kind);
        self.query.set(q);
        mark_end(kind);
    }

    /// The link for a query: same page, that query string.
    pub fn href(&self, q: &Query) -> String {
        let path = self.path.get_value();
        let qs = urlstate::render(q);
        if qs.is_empty() {
            path
        } else {
            format!("{path}{qs}")
        }
    }

    /// The link for the current query with a change applied (for real `href`s on links).
    pub fn href_with(&self, change: impl FnOnce(&mut Query)) -> String {
        let mut q = self.query.get_untracked();
        change(&mut q);
        self.href(&q)
    }
}

/// What a change of query was, for the timing marks `make bench` reads.
fn interaction_kind(old: &Query, new: &Query) -> &'static str {
    if old.article != new.article || old.quote != new.quote {
        "open-article"
    } else if old.q != new.q {
        "search"
    } else if old.from != new.from || old.to != new.to {
        "date"
    } else if old.view != new.view {
        "view"
    } else if old.speakers != new.speakers || old.outlets != new.outlets {
        "facet"
    } else if old.family != new.family {
        "family"
    } else {
        "other"
    }
}

/// Marks the start of an interaction, for the timings `make bench` reads.
fn mark_start(kind: &'static str) {
    if let Some(perf) = window().performance() {
        let _ = perf.mark(&format!("storyscope:{kind}:start"));
    }
}

/// Ends the two measures of an interaction. `storyscope:<kind>` ends once the reactive updates
/// have run and the DOM holds the new state: they run as queued microtasks, and this task is
/// queued after them. `storyscope:<kind>:task` ends in the next task, so it also holds any
/// style, layout and paint the browser did in between.
fn mark_end(kind: &'static str) {
    let measure = move |suffix: &str| {
        let Some(perf) = window().performance() else {
            return;
        };
        let start = format!("storyscope:{kind}:start");
        let end = format!("storyscope:{kind}{suffix}:end");
        let _ = perf.mark(&end);
        let _ = perf.measure_with_start_mark_and_end_mark(
            &format!("storyscope:{kind}{suffix}"),
            &start,
            &end,
        );
        perf.clear_marks_with_mark_name(&end);
    };
    leptos::task::spawn_local(async move {
        // One more turn of the microtask queue, for updates the first round queued.
        let _ =
            wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&JsValue::NULL)).await;
        measure("");
    });
    set_timeout(
        move || {
            measure(":task");
            if let Some(perf) = window().performance() {
                perf.clear_marks_with_mark_name(&format!("storyscope:{kind}:start"));
            }
        },
        std::time::Duration::ZERO,
    );
}

/// `/` focuses the search box, unless the person is already typing somewhere.
pub fn install_slash_shortcut() {
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() != "/" || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let typing = document().active_element().is_some_and(|el| {
            let tag = el.tag_name().to_ascii_lowercase();
            tag == "input" || tag == "textarea" || el.get_attribute("contenteditable").is_some()
        });
        if typing {
            return;
        }
        if let Some(el) = document().get_element_by_id("search") {
            use wasm_bindgen::JsCast;
            if let Ok(input) = el.dyn_into::<web_sys::HtmlElement>() {
                ev.prevent_default();
                let _ = input.focus();
            }
        }
    });
    on_cleanup(move || handle.remove());
}
