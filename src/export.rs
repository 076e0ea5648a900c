//! Taking things away from the page: a file download of the current set (the formats are the
//! core's, [`storyscope_core::export`]) and a quote's citation on the clipboard. Browser glue
//! only: a Blob behind a temporary link, and the asynchronous Clipboard API.

use wasm_bindgen::JsCast;

/// Offers `content` as a file named `name`. A Blob and an object URL, not a data: URL: a
/// hundred thousand quotes are megabytes, and a Blob is not re-encoded.
pub fn download(name: &str, mime: &str, content: &str) -> Result<(), wasm_bindgen::JsValue> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| wasm_bindgen::JsValue::from_str("no document"))?;
    let a: web_sys::HtmlElement = document.create_element("a")?.unchecked_into();
    a.set_attribute("href", &url)?;
    a.set_attribute("download", name)?;
    a.click();
    // The click has started the download; the URL is no longer needed.
    web_sys::Url::revoke_object_url(&url)?;
    Ok(())
}

/// Puts `text` on the clipboard; false when the browser refuses (no permission, not a secure
/// context).
pub async fn copy(text: String) -> bool {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return false;
    };
    // Outside a secure context (a page opened over plain http from another machine) there is
    // no `navigator.clipboard`, and calling into it would throw.
    let present = js_sys::Reflect::get(&navigator, &wasm_bindgen::JsValue::from_str("clipboard"))
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !present {
        return false;
    }
    let clipboard = navigator.clipboard();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text))
        .await
        .is_ok()
}
