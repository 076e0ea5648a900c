//! Front matter: optional TOML between `+++` lines at the top of an article file.
//!
//! Recognised keys are typed here; an unknown key or a value of the wrong type is reported and
//! ignored, never fatal, so one typo does not lose the article.

use super::Diagnostic;

#[derive(Debug, Default, Clone, PartialEq)]
pub struct FrontMatter {
    pub id: Option<String>,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub byline: Option<String>,
    pub wires: Vec<String>,
}

pub const KEYS: &[&str] = &[
    "id", "title", "outlet", "date", "url", "byline", "wire", "wires",
];

/// Splits `text` into front matter and body. Returns the parsed front matter (if any), the body,
/// and the number of lines that preceded the body (so body line numbers can be reported in file
/// terms).
pub fn split<'a>(
    file: &str,
    text: &'a str,
    diags: &mut Vec<Diagnostic>,
) -> (Option<FrontMatter>, &'a str, u32) {
    let Some(rest) = text.strip_prefix("+++\n") else {
        return (None, text, 0);
    };
    let mut offset = 0;
    let mut line_no = 1u32;
    for line in rest.split_inclusive('\n') {
        line_no += 1;
        if line.trim_end() == "+++" {
            let toml_src = rest.get(..offset).unwrap_or("");
            let body = rest.get(offset + line.len()..).unwrap_or("");
            return (Some(parse(file, toml_src, diags)), body, line_no);
        }
        offset += line.len();
    }
    diags.push(Diagnostic::error(
        file,
        1,
        "front matter opened with `+++` is never closed",
    ));
    (None, text, 0)
}

fn parse(file: &str, src: &str, diags: &mut Vec<Diagnostic>) -> FrontMatter {
    // Front matter lines start at file line 2, after the opening `+++`.
    let line_of = |byte: usize| 2 + src.get(..byte).unwrap_or("").matches('\n').count() as u32;
    let key_line = |key: &str| {
        let mut off = 0;
        for l in src.split_inclusive('\n') {
            if l.trim_start().starts_with(key) {
                return line_of(off);
            }
            off += l.len();
        }
        2
    };
    let table: toml::Table = match src.parse() {
        Ok(t) => t,
        Err(e) => {
            let line = e.span().map(|s| line_of(s.start)).unwrap_or(2);
            let msg = e.message().to_string();
            diags.push(Diagnostic::error(
                file,
                line,
                format!("invalid front matter: {msg}"),
            ));
            return FrontMatter::default();
        }
    };
    let mut fm = FrontMatter::default();
    for (key, value) in &table {
        let line = key_line(key);
        let as_string = |v: &toml::Value| match v {
            toml::Value::String(s) => Some(s.trim().to_string()),
            toml::Value::Datetime(d) => Some(d.to_string()),
            _ => None,
        };
        let slot = match key.as_str() {
            "id" => &mut fm.id,
            "title" => &mut fm.title,
            "outlet" => &mut fm.outlet,
            "date" => &mut fm.date,
            "url" => &mut fm.url,
            "byline" => &mut fm.byline,
            "wire" | "wires" => {
                match value {
                    toml::Value::Array(items) => {
                        for it in items {
                            match as_string(it) {
                                Some(s) if !s.is_empty() => fm.wires.push(s),
                                _ => diags.push(Diagnostic::warning(
                                    file,
                                    line,
                                    format!("`{key}` entries must be strings; one was ignored"),
                                )),
                            }
                        }
                    }
                    other => match as_string(other) {
                        Some(s) if !s.is_empty() => fm.wires.push(s),
                        _ => diags.push(Diagnostic::warning(
                            file,
                            line,
                            format!("`{key}` must be a string or a list of strings; ignored"),
                        )),
                    },
                }
                continue;
            }
            _ => {
                diags.push(Diagnostic::warning(
                    file,
                    line,
                    format!(
                        "unknown front matter key `{key}` ignored (known: {})",
                        KEYS.join(", ")
                    ),
                ));
                continue;
            }
        };
        match as_string(value) {
            Some(s) if !s.is_empty() => *slot = Some(s),
            Some(_) => diags.push(Diagnostic::warning(
                file,
                line,
                format!("`{key}` is empty; ignored"),
            )),
            None => diags.push(Diagnostic::warning(
                file,
                line,
                format!(
                    "`{key}` must be a string, found {}; ignored",
                    value.type_str()
                ),
            )),
        }
    }
    fm
}
