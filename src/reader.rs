//! The article reader: full text in paragraphs, every quotation highlighted with its speaker
//! (on hover, on focus and for screen readers), and a panel saying where each piece of metadata
//! came from.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::{cb, date_label, marked, Idx, Mode, Nav, Terms};
use storyscope_core::model::{CreditHow, Provenance, QuoteKind};

#[component]
pub fn Reader() -> impl IntoView {
    let nav = crate::ctx::<Nav>();
    let Idx(index) = crate::ctx::<Idx>();
    let open = Memo::new(move |_| nav.query.with(|q| q.article.clone()));
    move || {
        open.get()
            .and_then(|id| index.article_index(&id))
            .map(|a| view! { <ReaderPanel a=a /> })
    }
}

/// "stated in the text (line 2): “TOKYO, Nov 27 (Foxton News) —”".
pub fn provenance_text(p: &Provenance) -> String {
    match p {
        Provenance::FrontMatter { field } => format!("given in the front matter ({field})"),
        Provenance::Stated {
            evidence,
            line,
            note,
        } => {
            let how = note.as_ref().map(|n| format!(", {n}")).unwrap_or_default();
            format!("stated in the text (line {line}{how}): “{evidence}”")
        }
        Provenance::Inferred { reason, evidence } => match evidence {
            Some(e) => format!("inferred — {reason}: “{e}”"),
            None => format!("inferred — {reason}"),
        },
        Provenance::Unknown { note } => match note {
            Some(n) => format!("not stated — {n}"),
            None => "not stated anywhere in the file".to_string(),
        },
    }
}

fn credit_how(h: CreditHow) -> &'static str {
    match h {
        CreditHow::Byline => "in the byline",
        CreditHow::SourceLine => "source line",
        CreditHow::Photo => "photo credit",
        CreditHow::Dateline => "dateline",
        CreditHow::FrontMatter => "front matter",
        CreditHow::Cited => "cited in the text",
    }
}

/// Only http(s) links are ever rendered; anything else stays text.
fn safe_url(u: &str) -> Option<String> {
    let t = u.trim();
    let lower = t.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then(|| t.to_string())
}

/// Other reports named beside a shared paragraph; the rest are counted.
const SHARED_LINKS: usize = 6;
/// The flag bit of a sort key: set for an article certainly later.
const LATER: u32 = 1 << 31;

#[component]
fn ReaderPanel(a: usize) -> impl IntoView {
    let nav = crate::ctx::<Nav>();
    let Idx(index) = crate::ctx::<Idx>();
    let Terms(terms) = crate::ctx::<Terms>();
    let Some(article) = index.corpus.articles.get(a).cloned() else {
        return ().into_any();
    };
    let close = move || {
        nav.update(Mode::Push, |q| {
            q.article = None;
            q.quote = None;
        })
    };

    // Quotations of this article (terms too), in text order.
    let spans: Vec<(usize, usize, String, String, QuoteKind, bool)> = index
        .all_quotes_of_article(a)
        .iter()
        .filter_map(|&i| index.quote(i as usize))
        .map(|q| {
            let speaker = q
                .speaker
                .and_then(|s| index.corpus.speakers.get(s))
                .map(|s| s.name.clone());
            let confidence = match q.confidence {
                storyscope_core::model::Confidence::High => "",
                storyscope_core::model::Confidence::Medium => " · medium confidence",
                storyscope_core::model::Confidence::Low => " · low confidence",
            };
            let label = match (q.kind, speaker) {
                (QuoteKind::Term, _) => "Quoted term, not attributed speech".to_string(),
                (QuoteKind::Title, _) => "Quoted title, not attributed speech".to_string(),
                (QuoteKind::Indirect, Some(name)) => format!(
                    "{name} — reported speech ({}){confidence}",
                    q.cue.unwrap_or("")
                ),
                (_, Some(name)) => match q.cue {
                    Some(c) => format!("{name} — {c}{confidence}"),
                    None => format!("{name}{confidence}"),
                },
                (_, None) => "Speaker not identified".to_string(),
            };
            let low = q.confidence == storyscope_core::model::Confidence::Low
                && q.kind == QuoteKind::Speech;
            (q.start, q.end, q.id().into_owned(), label, q.kind, low)
        })
        .collect();
    // `all_quotes_of_article` gives them in text order already.

    let text = article.text.clone();
    let mut paragraphs = Vec::new();
    let mut offset = 0;
    for line in text.split('\n') {
        let (start, end) = (offset, offset + line.len());
        offset = end + 1;
        if !line.trim().is_empty() {
            paragraphs.push((start, end));
        }
    }
    // Shared passages, marked by paragraph: a paragraph that holds text another article also
    // prints gets a rule beside it and a link to each such article.
    // The first article of wire copy reprinted everywhere shares text with thousands: each
    // paragraph lists a few of them and counts the rest, found in one pass over the passages.
    let mut per_paragraph: Vec<Vec<(u32, bool)>> = vec![Vec::new(); paragraphs.len()];
    for sh in index.article_passages(a) {
        let first = paragraphs.partition_point(|&(_, p1)| p1 <= sh.start);
        for (i, &(p0, _)) in paragraphs.iter().enumerate().skip(first) {
            if p0 >= sh.end {
                break;
            }
            if let Some(list) = per_paragraph.get_mut(i) {
                list.push((sh.other as u32, sh.other_not_later));
            }
        }
    }
    let others: Vec<(Vec<(usize, bool)>, usize)> = per_paragraph
        .into_iter()
        .map(|list| {
            // Sources (not later) first, then corpus order; each article once. As numbers
            // (the later flag in the top bit) through the core's one sort routine.
            let mut keys: Vec<u32> = list
                .iter()
                .map(|&(o, not_later)| o.min(LATER - 1) | if not_later { 0 } else { LATER })
                .collect();
            storyscope_core::index::sort_u32(&mut keys);
            keys.dedup_by_key(|k| *k & !LATER);
            let list: Vec<(u32, bool)> =
                keys.iter().map(|&k| (k & !LATER, k & LATER == 0)).collect();
            let more = list.len().saturating_sub(SHARED_LINKS);
            let shown = list
                .iter()
                .take(SHARED_LINKS)
                .map(|&(o, l)| (o as usize, l))
                .collect();
            (shown, more)
        })
        .collect();
    let index_for_body = index.clone();
    let body = move || {
        let index = &index_for_body;
        let target = nav.query.with(|q| q.quote.clone());
        terms.with(|terms| {
            paragraphs
                .iter()
                .zip(others.iter())
                .map(|(&(p0, p1), (others, more))| {
                    let mut parts = Vec::new();
                    let mut pos = p0;
                    for (s, e, id, label, kind, low) in
                        spans.iter().filter(|s| s.0 >= p0 && s.1 <= p1)
                    {
                        if *s < pos {
                            continue;
                        }
                        if let Some(plain) = text.get(pos..*s) {
                            parts.push(marked(plain, terms).into_any());
                        }
                        let inner = text.get(*s..*e).unwrap_or("");
                        let is_target = target.as_deref() == Some(id.as_str());
                        parts.push(
                            view! {
                                <span
                                    class="q"
                                    class:term=matches!(kind, QuoteKind::Term | QuoteKind::Title)
                                    class:indirect=*kind == QuoteKind::Indirect
                                    class:low=*low
                                    class:target=is_target
                                    id=format!("quote-{id}")
                                    tabindex="0"
                                    data-speaker=label.clone()
                                >
                                    {marked(inner, terms)}
                                    <span class="sr-only">{format!(" ({label})")}</span>
                                </span>
                            }
                            .into_any(),
                        );
                        pos = *e;
                    }
                    if let Some(rest) = text.get(pos..p1) {
                        parts.push(marked(rest, terms).into_any());
                    }
                    let more = *more;
                    let links = (!others.is_empty()).then(|| {
                        let links = others
                            .iter()
                            .filter_map(|&(o, not_later)| {
                                let other = index.corpus.articles.get(o)?;
                                let when = if not_later { "" } else { " (later)" };
                                let name = crate::results::article_name(other);
                                Some(view! {
                                    " "
                                    {crate::results::open_link(nav, other.id.clone(), None, format!("{name}{when}"))}
                                })
                            })
                            .collect_view();
                        let more = (more > 0).then(|| format!(" and {more} more"));
                        view! { <span class="also">" Shared text, also in:" {links}{more}</span> }
                    });
                    let is_shared = links.is_some();
                    view! { <p class:shared=is_shared>{parts}{links}</p> }
                })
                .collect_view()
        })
    };

    // Bring the requested quotation into view once it is in the DOM.
    Effect::new(move |_| {
        let target = nav.query.with(|q| q.quote.clone());
        request_animation_frame(move || {
            let doc = document();
            let el = match &target {
                Some(id) => doc.get_element_by_id(&format!("quote-{id}")),
                None => doc.get_element_by_id("reader-title"),
            };
            if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                let opts = web_sys::ScrollIntoViewOptions::new();
                opts.set_block(web_sys::ScrollLogicalPosition::Center);
                el.scroll_into_view_with_scroll_into_view_options(&opts);
                let _ = el.focus();
            }
        });
    });

    let heading = article
        .title
        .clone()
        .unwrap_or_else(|| crate::results::lede(&article.text, 120));
    let credits = article
        .credits
        .iter()
        .map(|c| {
            let title = c.evidence.clone();
            view! { <li title=title>{c.name.clone()} <span class="how">{format!(" ({})", credit_how(c.how))}</span></li> }
        })
        .collect_view();
    let has_credits = !article.credits.is_empty();
    // Who speaks in this article, in order of first appearance, with what else the corpus calls
    // them: the facet shows one entry per person, and this is where the merge shows its working.
    let mut speaker_slots: Vec<usize> = Vec::new();
    for q in index
        .all_quotes_of_article(a)
        .iter()
        .filter_map(|&i| index.quote(i as usize))
    {
        if let Some(s) = q.speaker {
            if !speaker_slots.contains(&s) {
                speaker_slots.push(s);
            }
        }
    }
    // One line per speaker, "Name (role) — also called: a, b", in one text node.
    let mut speakers = String::new();
    for sp in speaker_slots
        .iter()
        .filter_map(|&s| index.corpus.speakers.get(s))
    {
        if !speakers.is_empty() {
            speakers.push('\n');
        }
        speakers.push_str(&sp.name);
        if let Some(r) = &sp.role {
            speakers.push_str(" (");
            speakers.push_str(r);
            speakers.push(')');
        }
        if !sp.aliases.is_empty() {
            speakers.push_str(" — also called: ");
            speakers.push_str(&sp.aliases.join(", "));
        }
    }
    let has_speakers = !speaker_slots.is_empty();
    let url = article.url.as_deref().and_then(safe_url);
    // Anything else is shown, as text, so the reader sees what the file claims.
    let unsafe_url = article.url.clone().filter(|u| safe_url(u).is_none());
    let quote_count = index.speech_in_article(a).len();
    view! {
        <div class="reader-backdrop" on:click=cb(move |_| close())></div>
        <section
            class="reader"
            role="dialog"
            aria-modal="true"
            aria-labelledby="reader-title"
            on:keydown=cb(move |ev: leptos::ev::KeyboardEvent| {
                if ev.key() == "Escape" {
                    close();
                }
            })
        >
            <div class="reader-head">
                <p class="where">
                    <span class="outlet" class:unknown=article.outlet.name.is_none()>{article.outlet.display_name().to_string()}</span>
                    " · "
                    <span>{date_label(&article)}</span>
                    " · "
                    <span>{storyscope_core::query::count_label(quote_count, storyscope_core::query::View::Quotes)}</span>
                </p>
                <button type="button" class="close" aria-label="Close article" on:click=cb(move |_| close())>"×"</button>
            </div>
            <h2 id="reader-title" tabindex="-1" class:lede-heading=article.title.is_none()>{heading}</h2>
            <details class="provenance" open>
                <summary>"Where this metadata comes from"</summary>
                <dl>
                    <dt>"Outlet"</dt>
                    <dd>
                        <strong>{article.outlet.display_name().to_string()}</strong>
                        " — "
                        {provenance_text(&article.outlet.provenance)}
                    </dd>
                    <dt>"Date"</dt>
                    <dd><strong>{date_label(&article)}</strong> " — " {provenance_text(&article.date_provenance)}</dd>
                    <dt>"Title"</dt>
                    <dd>{match &article.title {
                        Some(_) => provenance_text(&article.title_provenance),
                        None => "none given; the opening words are shown instead".to_string(),
                    }}</dd>
                    {article.byline.clone().map(|b| view! { <dt>"Byline"</dt><dd>{b}</dd> })}
                    {has_credits.then(|| view! { <dt>"Credits"</dt><dd><ul class="credits">{credits}</ul></dd> })}
                    {has_speakers.then(|| view! { <dt>"Speakers"</dt><dd class="speakers">{speakers}</dd> })}
                    {url.map(|u| view! {
                        <dt>"URL"</dt>
                        <dd><a href=u.clone() rel="noopener noreferrer nofollow" target="_blank">{u.clone()}</a></dd>
                    })}
                    {unsafe_url.map(|u| view! {
                        <dt>"URL"</dt>
                        <dd><code>{u}</code> " (not a web address, so not linked)"</dd>
                    })}
                    <dt>"File"</dt>
                    <dd><code>{article.source_file.clone()}</code></dd>
                </dl>
            </details>
            <div class="article-text">{crate::reactive(move || body().into_any())}</div>
            <p class="legend">
                <span class="q sample">"highlighted"</span>
                " = a quotation; hover or focus it to see who said it and how sure the attribution is. "
                <span class="q indirect sample">"dotted"</span>
                " = reported speech without quotation marks. "
                <span class="q term sample">"dashed"</span>
                " = a quoted term or title, not anyone's speech."
            </p>
        </section>
    }
    .into_any()
}
