//! Makes a built site safe to serve where no headers can be set (GitHub Pages): a Content
//! Security Policy in a meta tag and Subresource Integrity on every script, stylesheet and the
//! wasm. Run by Trunk after each build (`storyscope harden <dir>`).
//!
//! Trunk loads the app with an inline module script, which a policy without `'unsafe-inline'`
//! refuses; this moves it into a file of its own (named by its hash), loads that with an
//! `integrity` attribute, and fetches the wasm with `integrity` too. Under `trunk serve` the
//! same happens to Trunk's inline live-reload client, so `make serve` reloads the page after a
//! rebuild under the very policy the published build ships.

use base64::Engine as _;
use sha2::{Digest, Sha384};

/// No inline script or style, no eval (only WebAssembly compilation), nothing from elsewhere.
pub const POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

pub fn sri(bytes: &[u8]) -> String {
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes))
    )
}

/// Rewrites `index.html` (given as text) and returns it with the scripts to write beside it as
/// (file name, contents): the boot script, and under `trunk serve` the live-reload client. `read`
/// gives the bytes of a file the page refers to, by its URL path.
pub fn rewrite(
    html: &str,
    read: impl Fn(&str) -> Option<Vec<u8>>,
) -> Result<(String, Vec<(String, String)>), String> {
    let open_tag = "<script type=\"module\">";
    let start = html
        .find(open_tag)
        .ok_or("no inline module script to move")?;
    let body_start = start + open_tag.len();
    let end = body_start
        + html[body_start..]
            .find("</script>")
            .ok_or("unterminated inline script")?;
    let mut boot = html[body_start..end].to_string();

    // The wasm: fetched with its integrity checked.
    let key = "module_or_path: '";
    let at = boot.find(key).ok_or("no wasm path in the loader")? + key.len();
    let wasm_path = boot[at..]
        .split('\'')
        .next()
        .ok_or("unterminated wasm path")?
        .to_string();
    let wasm = read(&wasm_path).ok_or_else(|| format!("cannot read {wasm_path}"))?;
    boot = boot.replacen(
        &format!("module_or_path: '{wasm_path}'"),
        &format!(
            "module_or_path: fetch('{wasm_path}', {{ integrity: '{}' }})",
            sri(&wasm)
        ),
        1,
    );
    // The JS glue it imports: preloaded with its integrity, which the import then uses.
    let import_key = "from '";
    let at = boot.find(import_key).ok_or("no import in the loader")? + import_key.len();
    let js_path = boot[at..]
        .split('\'')
        .next()
        .ok_or("unterminated import")?
        .to_string();
    let js = read(&js_path).ok_or_else(|| format!("cannot read {js_path}"))?;

    let boot_hash = sri(boot.as_bytes());
    let boot_name = format!("boot-{}.js", short_name(&boot_hash));
    let base = js_path
        .rsplit_once('/')
        .map(|(b, _)| format!("{b}/"))
        .unwrap_or_default();
    let script = format!(
        "<script type=\"module\" src=\"{base}{boot_name}\" integrity=\"{boot_hash}\" crossorigin=\"anonymous\"></script>"
    );
    let mut out = format!(
        "{}{}{}",
        &html[..start],
        script,
        &html[end + "</script>".len()..]
    );
    let mut files = vec![(boot_name, boot)];
    if let Some((page, name, client)) = move_reload_client(&out, &base) {
        out = page;
        files.push((name, client));
    }

    // Preloads Trunk wrote without integrity: the wasm one goes (the checked fetch replaces
    // it), the JS one gets its hash.
    out = drop_tags(&out, |tag| {
        tag.contains("rel=\"preload\"") && tag.contains(".wasm")
    });
    out = drop_tags(&out, |tag| tag.contains("rel=\"modulepreload\""));
    // No wasm preload: Chromium ignores `integrity` on `as="fetch"` preloads (and warns), and a
    // preload without it would not serve the checked fetch, so the wasm would download twice.
    let preload = format!(
        "<link rel=\"modulepreload\" href=\"{js_path}\" integrity=\"{}\" crossorigin=\"anonymous\">",
        sri(&js)
    );
    let meta = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{POLICY}\">");
    // Right after the charset declaration, which must come first.
    let head = match out.find("<meta charset") {
        Some(i) => i + out[i..].find('>').ok_or("unterminated meta")? + 1,
        None => out.find("<head>").ok_or("no <head>")? + "<head>".len(),
    };
    out.insert_str(head, &format!("\n    {meta}"));
    let close = out.find("</head>").ok_or("no </head>")?;
    out.insert_str(close, &format!("{preload}\n  "));
    Ok((out, files))
}

/// Twelve letters and digits of a hash, for a file name.
fn short_name(hash: &str) -> String {
    hash.chars()
        .skip(7)
        .filter(|c| c.is_ascii_alphanumeric())
        .take(12)
        .collect()
}

/// `trunk serve` appends its live-reload client as an inline script, which the policy refuses.
/// Moved into a file of its own (with integrity, like the boot script), it runs under the same
/// strict policy; its two placeholders, which Trunk fills in only inside HTML responses, become
/// what the browser knows: the page's host and the base path. A published build has no such
/// script, so its page and policy are unchanged.
fn move_reload_client(html: &str, base: &str) -> Option<(String, String, String)> {
    let mut from = 0;
    while let Some(i) = html.get(from..)?.find("<script") {
        let at = from + i;
        let tag_end = at + html.get(at..)?.find('>')? + 1;
        let body_end = tag_end + html.get(tag_end..)?.find("</script>")?;
        let tag = html.get(at..tag_end)?;
        let body = html.get(tag_end..body_end)?;
        if !tag.contains("src=") && body.contains(".well-known/trunk/ws") {
            let client = body
                .replace("'{{__TRUNK_ADDRESS__}}'", "window.location.host")
                .replace(
                    "'{{__TRUNK_WS_BASE__}}'",
                    "new URL(document.baseURI).pathname",
                );
            let hash = sri(client.as_bytes());
            let name = format!("reload-{}.js", short_name(&hash));
            let script = format!(
                "<script src=\"{base}{name}\" integrity=\"{hash}\" crossorigin=\"anonymous\"></script>"
            );
            let page = format!(
                "{}{}{}",
                html.get(..at)?,
                script,
                html.get(body_end + "</script>".len()..)?
            );
            return Some((page, name, client));
        }
        from = body_end;
    }
    None
}

fn drop_tags(html: &str, matches: impl Fn(&str) -> bool) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find("<link ") {
        let Some(len) = rest[i..].find('>') else {
            break;
        };
        let tag = &rest[i..=i + len];
        out.push_str(&rest[..i]);
        if !matches(tag) {
            out.push_str(tag);
        }
        rest = &rest[i + len + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_inline_loader_moves_out_and_everything_gets_integrity() {
        let html = "<html><head>\n<link rel=\"stylesheet\" href=\"/a.css\" integrity=\"sha384-x\"/>\n<script type=\"module\">\nimport init, * as bindings from '/app-1.js';\nconst wasm = await init({ module_or_path: '/app-1_bg.wasm' });\n</script>\n<link rel=\"modulepreload\" href=\"/app-1.js\" crossorigin=\"anonymous\"><link rel=\"preload\" href=\"/app-1_bg.wasm\" crossorigin=\"anonymous\" as=\"fetch\" type=\"application/wasm\"></head><body></body></html>";
        let (out, files) = rewrite(html, |p| Some(p.as_bytes().to_vec())).unwrap();
        let [(name, boot)] = files.as_slice() else {
            panic!("{files:?}")
        };
        assert!(!out.contains("<script type=\"module\">"), "{out}");
        assert!(out.contains(&format!("src=\"/{name}\" integrity=\"sha384-")));
        assert!(out.contains("<meta http-equiv=\"Content-Security-Policy\""));
        assert!(!out.contains("unsafe-inline") && !out.contains("'unsafe-eval'"));
        assert!(out.contains(&format!(
            "<link rel=\"modulepreload\" href=\"/app-1.js\" integrity=\"{}\"",
            sri(b"/app-1.js")
        )));
        assert!(!out.contains(".wasm"), "no wasm preload: {out}");
        assert!(boot.contains(&format!(
            "fetch('/app-1_bg.wasm', {{ integrity: '{}' }})",
            sri(b"/app-1_bg.wasm")
        )));
        assert!(rewrite("<html><head></head></html>", |_| None).is_err());
    }

    #[test]
    fn the_live_reload_client_of_trunk_serve_moves_out_under_the_same_policy() {
        let loader = "<script type=\"module\">\nimport init from '/sub/app-1.js';\nawait init({ module_or_path: '/sub/app-1_bg.wasm' });\n</script>";
        let client = "<script>(function () { const address = '{{__TRUNK_ADDRESS__}}'; const base = '{{__TRUNK_WS_BASE__}}'; const url = 'ws://' + address + base + '.well-known/trunk/ws'; })()</script>";
        let html = format!(
            "<html><head><meta charset=\"utf-8\">{loader}</head><body>{client}</body></html>"
        );
        let (out, files) = rewrite(&html, |p| Some(p.as_bytes().to_vec())).unwrap();
        let (name, body) = files.get(1).expect("a second file");
        assert!(
            name.starts_with("reload-") && name.ends_with(".js"),
            "{name}"
        );
        assert!(
            body.contains("const address = window.location.host;"),
            "{body}"
        );
        assert!(
            body.contains("const base = new URL(document.baseURI).pathname;"),
            "{body}"
        );
        assert!(
            out.contains(&format!(
                "<script src=\"/sub/{name}\" integrity=\"{}\"",
                sri(body.as_bytes())
            )),
            "{out}"
        );
        assert!(!out.contains("<script>"), "no inline script is left: {out}");
        assert!(out.contains(POLICY));
        // A published build has no such client: one file, and the page as before.
        let (plain, files) = rewrite(
            &format!("<html><head><meta charset=\"utf-8\">{loader}</head><body></body></html>"),
            |p| Some(p.as_bytes().to_vec()),
        )
        .unwrap();
        assert_eq!(files.len(), 1);
        assert!(!plain.contains("reload-"));
    }
}
