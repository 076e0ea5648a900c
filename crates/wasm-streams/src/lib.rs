//! A stand-in for [wasm-streams](https://crates.io/crates/wasm-streams) 0.5, patched in by the
//! workspace (`[patch.crates-io]` in the root Cargo.toml).
//!
//! Leptos always builds `server_fn` with its `browser` feature, which depends on wasm-streams.
//! wasm-streams exports three classes to JavaScript (`IntoUnderlyingSource`,
//! `IntoUnderlyingByteSource`, `IntoUnderlyingSink`), and exports are never removed as dead
//! code: they kept about 7 KB gzip of code, glue and `std::io` error strings in a page that calls
//! no server functions. This crate has only what `server_fn` uses — [`ReadableStream::from_raw`],
//! [`ReadableStream::into_raw`], [`ReadableStream::into_stream`] and
//! [`ReadableStream::from_stream`] — written with closures instead of exported classes, so
//! nothing of it is in the page unless it is called.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use futures_util::stream::{Stream, StreamExt};
use js_sys::{Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The JavaScript types, as in wasm-streams.
pub mod readable {
    pub mod sys {
        pub use web_sys::{
            ReadableStream, ReadableStreamDefaultController, ReadableStreamDefaultReader,
        };
    }
}

type JsStream = Pin<Box<dyn Stream<Item = Result<JsValue, JsValue>>>>;

/// A JavaScript `ReadableStream`, convertible to and from a Rust [`Stream`].
#[derive(Debug)]
pub struct ReadableStream {
    raw: web_sys::ReadableStream,
}

impl ReadableStream {
    /// Wraps a JavaScript stream.
    pub fn from_raw(raw: web_sys::ReadableStream) -> Self {
        ReadableStream { raw }
    }

    /// A JavaScript stream that pulls its chunks from `stream`: an `Err` errors the stream, the
    /// end closes it. As wasm-streams does, the stream queues nothing ahead (high water mark 0).
    pub fn from_stream<St>(stream: St) -> Self
    where
        St: Stream<Item = Result<JsValue, JsValue>> + 'static,
    {
        let stream: Rc<RefCell<Option<JsStream>>> = Rc::new(RefCell::new(Some(Box::pin(stream))));
        let pulled = stream.clone();
        let pull = Closure::<dyn FnMut(web_sys::ReadableStreamDefaultController) -> Promise>::new(
            move |controller: web_sys::ReadableStreamDefaultController| {
                let stream = pulled.clone();
                wasm_bindgen_futures::future_to_promise(async move {
                    // The browser waits for one pull to settle before the next, so the stream
                    // is always there; taken out so no borrow is held across the await.
                    let Some(mut s) = stream.borrow_mut().take() else {
                        return Ok(JsValue::UNDEFINED);
                    };
                    match s.next().await {
                        Some(Ok(chunk)) => {
                            controller.enqueue_with_chunk(&chunk)?;
                            *stream.borrow_mut() = Some(s);
                        }
                        Some(Err(e)) => return Err(e),
                        None => controller.close()?,
                    }
                    Ok(JsValue::UNDEFINED)
                })
            },
        );
        let cancel = Closure::<dyn FnMut(JsValue)>::new(move |_reason: JsValue| {
            stream.borrow_mut().take();
        });
        let source = Object::new();
        let _ = Reflect::set(&source, &"pull".into(), &pull.into_js_value());
        let _ = Reflect::set(&source, &"cancel".into(), &cancel.into_js_value());
        let strategy = web_sys::QueuingStrategy::new();
        strategy.set_high_water_mark(0.0);
        let raw =
            web_sys::ReadableStream::new_with_underlying_source_and_strategy(&source, &strategy)
                .expect_throw("ReadableStream constructor failed");
        ReadableStream { raw }
    }

    /// The JavaScript stream.
    pub fn as_raw(&self) -> &web_sys::ReadableStream {
        &self.raw
    }

    /// The JavaScript stream.
    pub fn into_raw(self) -> web_sys::ReadableStream {
        self.raw
    }

    /// Reads the stream as a Rust [`Stream`] of its chunks; a read error is the last item.
    /// Dropped before the end, it cancels the JavaScript stream.
    pub fn into_stream(self) -> IntoStream {
        let reader = self
            .raw
            .get_reader()
            .unchecked_into::<web_sys::ReadableStreamDefaultReader>();
        IntoStream {
            reader: Some(reader),
            read: None,
        }
    }
}

/// The chunks of a JavaScript stream (see [`ReadableStream::into_stream`]).
#[must_use = "streams do nothing unless polled"]
#[derive(Debug)]
pub struct IntoStream {
    reader: Option<web_sys::ReadableStreamDefaultReader>,
    read: Option<JsFuture>,
}

impl Stream for IntoStream {
    type Item = Result<JsValue, JsValue>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        let Some(reader) = &this.reader else {
            return Poll::Ready(None);
        };
        let read = this
            .read
            .get_or_insert_with(|| JsFuture::from(reader.read()));
        let result = match Pin::new(read).poll(cx) {
            Poll::Pending => return Poll::Pending,
            Poll::Ready(r) => r,
        };
        this.read = None;
        let item = result.and_then(|r| {
            let done = Reflect::get(&r, &"done".into())?.as_bool() == Some(true);
            (!done)
                .then(|| Reflect::get(&r, &"value".into()))
                .transpose()
        });
        match item {
            Ok(Some(chunk)) => Poll::Ready(Some(Ok(chunk))),
            Ok(None) => {
                if let Some(reader) = this.reader.take() {
                    reader.release_lock();
                }
                Poll::Ready(None)
            }
            Err(e) => {
                this.reader = None;
                Poll::Ready(Some(Err(e)))
            }
        }
    }
}

impl Drop for IntoStream {
    fn drop(&mut self) {
        if let Some(reader) = self.reader.take() {
            let _ = reader.cancel();
        }
    }
}
