//! The results column: view switch and live count, active-filter chips, the quote and article
//! cards, and the empty state. Only one page of cards is in the DOM at a time; the count is exact.

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;

use crate::{
    cb, date_label, index_list, marked, show, Handler, Idx, Mode, Nav, Res, Terms, OUTLET_COLOURS,
};
use storyscope_core::export;
use storyscope_core::query::{count_label, ArticleOrder, Query, TableSort, View};

/// Cards rendered per page; "Show more" adds another page. Two screens or so: enough to scroll,
/// few enough that replacing them all fits in a frame.
const PAGE: usize = 20;

/// The views, in the order the switch shows them.
const VIEWS: [(View, &str); 5] = [
    (View::Quotes, "Quotes"),
    (View::Articles, "Articles"),
    (View::Table, "Who quotes whom"),
    (View::Timeline, "Timeline"),
    (View::Compare, "Side by side"),
];

#[component]
pub fn Toolbar() -> impl IntoView {
    let nav = crate::ctx::<Nav>();
    let Res(results) = crate::ctx::<Res>();
    let view_is = move |v: View| nav.query.with(|q| q.view == v);
    let count = move || {
        let view = nav.query.with(|q| q.view);
        results.with(|r| match view {
            View::Articles | View::Timeline => count_label(r.articles.len(), view),
            _ => count_label(r.quotes.len(), view),
        })
    };
    let switch = move |v: View| nav.update(Mode::Push, |q| q.view = v);
    let Idx(index) = crate::ctx::<Idx>();
    let shared = index.passage_count() > 0;
    view! {
        <div class="toolbar">
            <div class="switch" role="group" aria-label="View">
                {VIEWS
                    .iter()
                    .map(|&(v, label)| view! {
                        <button type="button" aria-pressed=move || if view_is(v) { "true" } else { "false" } on:click=cb(move |_| switch(v))>
                            {label}
                        </button>
                    })
                    .collect_view()}
            </div>
            <label class="toggle" title="Reported speech without quotation marks, e.g. “Kihara declined to comment”">
                <input
                    type="checkbox"
                    prop:checked=move || nav.query.with(|q| q.indirect)
                    on:change=cb(move |ev: leptos::ev::Event| {
                        let on = event_target_checked(&ev);
                        nav.update(Mode::Push, |q| q.indirect = on)
                    })
                />
                " Include indirect speech"
            </label>
            {shared.then(|| show(Box::new(move || view_is(View::Articles)), Box::new(move || view! {
                    <label class="order">
                        "Order "
                        // The property, not the options' `selected` attribute: that only sets
                        // the default, and Back must show the order the URL holds.
                        <select prop:value=move || nav.query.with(|q| match q.order {
                            ArticleOrder::Date => "date",
                            ArticleOrder::MostShared => "shared",
                            ArticleOrder::MostOriginal => "original",
                        }) on:change=cb(move |ev: leptos::ev::Event| {
                            let order = match event_target_value(&ev).as_str() {
                                "shared" => ArticleOrder::MostShared,
                                "original" => ArticleOrder::MostOriginal,
                                _ => ArticleOrder::Date,
                            };
                            nav.update(Mode::Push, move |q| q.order = order)
                        })>
                            <option value="date">"By date"</option>
                            <option value="shared">"Most text printed elsewhere first"</option>
                            <option value="original">"Most original first"</option>
                        </select>
                    </label>
                }.into_any()), None))}
            <p class="count" role="status" aria-live="polite" aria-atomic="true">{crate::reactive(move || count().into_any())}</p>
            <Downloads />
        </div>
    }
}

/// One removable filter: its label and how to drop it.
#[derive(Clone)]
struct Chip {
    label: String,
    drop: std::sync::Arc<dyn Fn(&mut Query) + Send + Sync>,
}

fn chips(q: &Query, index: &storyscope_core::index::Index) -> Vec<Chip> {
    let mut out = Vec::new();
    for s in &q.speakers {
        let name = index
            .speaker_index(s)
            .and_then(|i| index.corpus.speakers.get(i))
            .map(|sp| sp.name.clone())
            .unwrap_or_else(|| s.clone());
        let key = s.clone();
        out.push(Chip {
            label: format!("Speaker: {name}"),
            drop: std::sync::Arc::new(move |q: &mut Query| {
                q.speakers.remove(&key);
            }),
        });
    }
    for o in &q.outlets {
        let name = index
            .outlets
            .iter()
            .find(|e| &e.key == o)
            .map(|e| e.name.clone())
            .unwrap_or_else(|| o.clone());
        let key = o.clone();
        out.push(Chip {
            label: format!("Outlet: {name}"),
            drop: std::sync::Arc::new(move |q: &mut Query| {
                q.outlets.remove(&key);
            }),
        });
    }
    if let Some(f) = &q.from {
        out.push(Chip {
            label: format!("From: {}", storyscope_core::date::label(f)),
            drop: std::sync::Arc::new(|q: &mut Query| q.from = None),
        });
    }
    if let Some(t) = &q.to {
        out.push(Chip {
            label: format!("To: {}", storyscope_core::date::label(t)),
            drop: std::sync::Arc::new(|q: &mut Query| q.to = None),
        });
    }
    if !q.q.trim().is_empty() {
        out.push(Chip {
            label: format!("Search: “{}”", q.q.trim()),
            drop: std::sync::Arc::new(|q: &mut Query| q.q.clear()),
        });
    }
    out
}

fn clear_filters(q: &mut Query) {
    q.speakers.clear();
    q.outlets.clear();
    q.from = None;
    q.to = None;
    q.q.clear();
}

/// The current filters as chips, each drawn by `item` with the way to drop it: one instance of
/// Leptos's `For` for both places that list them.
fn chip_list(item: fn(&Chip, Handler<leptos::ev::MouseEvent>) -> AnyView) -> AnyView {
    let nav = crate::ctx::<Nav>();
    let Idx(index) = crate::ctx::<Idx>();
    let index = StoredValue::new(index);
    let list = move || nav.query.with(|q| index.with_value(|i| chips(q, i)));
    view! {
        <For each=list key=|c| c.label.clone() let:chip>
            {
                let drop = chip.drop.clone();
                item(&chip, cb(move |_| {
                    let d = drop.clone();
                    nav.update(Mode::Push, move |q| d(q))
                }))
            }
        </For>
    }
    .into_any()
}

#[component]
pub fn ActiveFilters() -> impl IntoView {
    let nav = crate::ctx::<Nav>();
    show(
        Box::new(move || nav.query.with(Query::has_filters)),
        Box::new(move || {
            view! {
            <div class="chips" role="group" aria-label="Active filters">
                {chip_list(|chip, drop| view! {
                    <button type="button" class="chip" aria-label=format!("Remove {}", chip.label) on:click=drop>
                        <span>{chip.label.clone()}</span>
                        <span class="x" aria-hidden="true">"×"</span>
                    </button>
                }.into_any())}
                <button type="button" class="clear" on:click=cb(move |_| nav.update(Mode::Push, clear_filters))>"Clear all"</button>
            </div>
    }.into_any()
        }),
        None,
    )
}

/// Download the current set: the quotes, or the articles in the Articles and Timeline views.
#[component]
fn Downloads() -> impl IntoView {
    let Idx(index) = crate::ctx::<Idx>();
    let nav = crate::ctx::<Nav>();
    let Res(results) = crate::ctx::<Res>();
    let articles = move || {
        nav.query
            .with(|q| matches!(q.view, View::Articles | View::Timeline))
    };
    let index = StoredValue::new(index);
    let save = move |json: bool| {
        let index = index.get_value();
        let (name, content) = results.with(|r| {
            let what = if articles() { "articles" } else { "quotes" };
            let content = match (articles(), json) {
                (true, false) => export::articles_csv(&index, r.articles.iter().copied()),
                (true, true) => export::articles_json(&index, r.articles.iter().copied()),
                (false, false) => export::quotes_csv(&index, r.quotes.iter()),
                (false, true) => export::quotes_json(&index, r.quotes.iter()),
            };
            (
                format!("{what}.{}", if json { "json" } else { "csv" }),
                content,
            )
        });
        let mime = if json {
            "application/json"
        } else {
            "text/csv;charset=utf-8"
        };
        let _ = crate::export::download(&name, mime, &content);
    };
    let what = move || {
        if articles() {
            "these articles"
        } else {
            "these quotes"
        }
    };
    view! {
        <div class="downloads" role="group" aria-label="Download">
            <button type="button" title=move || format!("Download {} as CSV", what()) on:click=cb(move |_| save(false))>"CSV"</button>
            <button type="button" title=move || format!("Download {} as JSON", what()) on:click=cb(move |_| save(true))>"JSON"</button>
        </div>
    }
}

#[component]
pub fn ResultList() -> impl IntoView {
    let nav = crate::ctx::<Nav>();
    let Res(results) = crate::ctx::<Res>();
    // How many cards to show. "Show more" raises it for the query it was pressed on; any other
    // query starts again at one page, without an effect resetting a signal.
    let filters_key = Memo::new(move |_| nav.query.with(Query::filters));
    let extended = RwSignal::new((Query::default(), PAGE));
    let limit = Memo::new(move |_| {
        let key = filters_key.get();
        extended.with(|(k, n)| if *k == key { *n } else { PAGE })
    });
    let total = Memo::new(move |_| {
        let view = nav.query.with(|q| q.view);
        results.with(|r| {
            if matches!(view, View::Articles | View::Timeline) {
                r.articles.len()
            } else {
                r.quotes.len()
            }
        })
    });
    let quotes = move || {
        let n = limit.get();
        results.with(|r| r.quotes.iter().take(n).collect::<Vec<_>>())
    };
    let articles = move || {
        let n = limit.get();
        results.with(|r| r.articles.iter().take(n).copied().collect::<Vec<_>>())
    };
    // A memo, so the list is rebuilt when the view changes and not on every change of the query
    // (opening an article or a family would otherwise replace every card, and the focus with it).
    let shown = Memo::new(move |_| nav.query.with(|q| q.view));
    let more = move || {
        if matches!(shown.get(), View::Table | View::Timeline | View::Compare) {
            return None;
        }
        let n = limit.get();
        let t = total.get();
        (t > n).then(|| {
            view! {
                <button type="button" class="more" on:click=cb(move |_| extended.set((filters_key.get_untracked(), n + PAGE)))>
                    {format!("Show more ({} of {} shown)", n, t)}
                </button>
            }
        })
    };
    let has_results = move || total.get() != 0;
    show(
        Box::new(has_results),
        Box::new(move || {
            view! {
                    {
                        crate::reactive(move || match shown.get() {
                            View::Quotes => view! {
                                <ol class="cards" aria-label="Quotes">
                                    {index_list(Arc::new(quotes), Arc::new(quote_card))}
                                </ol>
                            }.into_any(),
                            View::Articles => view! {
                                <ol class="cards" aria-label="Articles">
                                    {index_list(Arc::new(articles), Arc::new(article_card))}
                                </ol>
                            }.into_any(),
                            View::Table => who_quotes_whom(),
                            View::Timeline => crate::views::timeline(),
                            View::Compare => crate::views::side_by_side(),
                        })
                    }
                    {crate::reactive(move || more().into_any())}
            }
            .into_any()
        }),
        Some(Box::new(|| view! { <EmptyState /> }.into_any())),
    )
}

/// Speakers shown as columns at most; the rest are counted in a note (a thousand columns help
/// no one, and would cost the DOM).
const TABLE_COLUMNS: usize = 40;

/// Who quotes whom: outlets down, speakers across, the matching quotes counted in each cell.
/// A cell is a button that applies both filters and shows those quotes. Speakers only one outlet
/// quotes, and outlets that quote no anonymous source while others do, are marked.
fn who_quotes_whom() -> AnyView {
    let Idx(index) = crate::ctx::<Idx>();
    let Res(results) = crate::ctx::<Res>();
    let nav = crate::ctx::<Nav>();
    let by = Memo::new(move |_| nav.query.with(|q| q.by.clone()));
    // A header sorts the rows by its column, most first; "Outlet" restores the outlets' order.
    let sort_button = move |label: String, this: TableSort, name: String| {
        let sorted = by.with(|b| *b == this);
        let aria = if !sorted {
            None
        } else if this == TableSort::Outlet {
            Some("ascending")
        } else {
            Some("descending")
        };
        let title = if this == TableSort::Outlet {
            "Sort by outlet".to_string()
        } else {
            format!("Sort by quotes of {name}, most first")
        };
        (
            aria,
            view! {
                <button type="button" class="sort" title=title on:click=cb(move |_| {
                    let this = this.clone();
                    nav.update(Mode::Push, move |q| q.by = this)
                })>{label}</button>
            },
        )
    };
    let table = move || {
        results.with(|r| {
            let t = index.crosstab(&r.quotes);
            let columns = t.speakers.len().min(TABLE_COLUMNS);
            let hidden = t.speakers.len() - columns;
            let speaker_name = |s: usize| {
                t.speaker(&index, s)
                    .map_or("Speaker not identified".to_string(), |x| x.name.clone())
            };
            let head = (0..columns)
                .map(|s| {
                    let single = t.outlets_quoting(s) == 1 && t.outlets.len() > 1;
                    let name = speaker_name(s);
                    let (aria, label) = match t.speaker(&index, s) {
                        Some(x) => {
                            let (a, b) = sort_button(name.clone(), TableSort::Speaker(x.id.clone()), name);
                            (a, Either::Left(b))
                        }
                        None => (None, Either::Right(name)),
                    };
                    view! {
                        <th scope="col" class:single=single aria-sort=aria>
                            {label}
                            {single.then(|| view! { <span class="note">" · one outlet only"</span> })}
                        </th>
                    }
                })
                .collect_view();
            let order = by.with(|b| t.rows_by(&index, b));
            let rows = order
                .iter()
                .filter_map(|&row| Some((row, *t.outlets.get(row)?)))
                .map(|(row, o)| {
                    let outlet = index.outlets.get(o);
                    let outlet_name = outlet.map_or(String::new(), |x| x.name.clone());
                    let outlet_key = outlet.map_or(String::new(), |x| x.key.clone());
                    let no_anonymous = t.lacks(&index, row, storyscope_core::model::SpeakerKind::Anonymous);
                    let cells = (0..columns)
                        .map(|s| {
                            let n = t.count(row, s);
                            let id = t
                                .speaker(&index, s)
                                .map(|x| x.id.clone())
                                .filter(|_| n > 0);
                            let label = format!("{n} by {} in {outlet_name}", speaker_name(s));
                            let key = id.as_ref().map(|_| outlet_key.clone());
                            view! {
                                <td class:zero=n == 0>
                                    {match id {
                                        Some(id) => Either::Left(view! {
                                            <button type="button" aria-label=label on:click=cb(move |_| {
                                                let (s, o) = (id.clone(), key.clone().unwrap_or_default());
                                                nav.update(Mode::Push, move |q| {
                                                    q.speakers = [s].into();
                                                    q.outlets = [o].into();
                                                    q.view = View::Quotes;
                                                })
                                            })>{n}</button>
                                        }),
                                        None => Either::Right(n),
                                    }}
                                </td>
                            }
                        })
                        .collect_view();
                    view! {
                        <tr>
                            <th scope="row">
                                {outlet_name.clone()}
                                {no_anonymous.then(|| view! { <span class="note">" · no anonymous sources"</span> })}
                            </th>
                            {cells}
                            <td class="total">{t.row_total(row)}</td>
                        </tr>
                    }
                })
                .collect_view();
            let (aria, button) = sort_button("Outlet".into(), TableSort::Outlet, String::new());
            let outlet_head = view! { <th scope="col" aria-sort=aria>{button}</th> };
            let (aria, button) = sort_button("All".into(), TableSort::Total, "everyone".into());
            let total_head = view! { <th scope="col" aria-sort=aria>{button}</th> };
            view! {
                <div class="crosstab-wrap" role="region" aria-label="Who quotes whom" tabindex="0">
                    <table class="crosstab">
                        <caption>"Quotes by outlet and speaker, under the current filters. Choose a number to see those quotes, a heading to sort by it."</caption>
                        <thead>
                            <tr>{outlet_head}{head}{total_head}</tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                    {(hidden > 0).then(|| view! { <p class="note">{format!("{hidden} less quoted speakers are not shown as columns; they count in All.")}</p> })}
                </div>
            }
        })
    };
    crate::reactive(move || table().into_any())
}

/// A quote's card.
fn quote_card(i: usize) -> AnyView {
    let Idx(index) = crate::ctx::<Idx>();
    let Terms(terms) = crate::ctx::<Terms>();
    let nav = crate::ctx::<Nav>();
    let Some(q) = index.quote(i) else {
        return ().into_any();
    };
    let a = q.article;
    let article = &index.corpus.articles[a];
    let speaker = q
        .speaker
        .and_then(|s| index.corpus.speakers.get(s))
        .cloned();
    let colour = colour_rank(&index, a);
    let text = q.text.to_string();
    let body = crate::reactive(move || terms.with(|t| marked(&text, t)).into_any());
    let (aid, qid) = (article.id.clone(), q.id().into_owned());
    let family = index.family_of(i);
    let own_id = qid.clone();
    let low = q.confidence == storyscope_core::model::Confidence::Low;
    let indirect = q.kind == storyscope_core::model::QuoteKind::Indirect;
    let confidence = match q.confidence {
        storyscope_core::model::Confidence::High => "high",
        storyscope_core::model::Confidence::Medium => "medium",
        storyscope_core::model::Confidence::Low => "low",
    };
    view! {
        <li class="card quote-card">
            {if indirect {
                view! {
                    <blockquote class="indirect" class:low=low>
                        <p><span class="kind-label">"Reported: "</span>{body}</p>
                    </blockquote>
                }.into_any()
            } else {
                view! {
                    <blockquote class:low=low>
                        <p>"“" {body} "”"</p>
                    </blockquote>
                }.into_any()
            }}
            <div class="meta">
                <p class="who">
                    {speaker_label(speaker.as_ref(), true)}
                </p>
                <p class="where">
                    {source(colour, article)}
                    {q.cue.map(|c| view! { " · " <span class="cue" title=format!("attribution confidence: {confidence}")>{format!("cue: {c}")}</span> })}
                    {low.then(|| view! { " · " <span class="low-flag">"low confidence"</span> })}
                </p>
                {open_link(nav, aid, Some(qid), "Read in article".to_string())}
                {copy_citation(i)}
            </div>
            {family.map(|f| self::family(f, i, own_id.clone()))}
        </li>
    }
    .into_any()
}

/// "Copy citation": the quote's words, speaker, outlet, date and address on the clipboard, and
/// a status that says it worked, or shows the citation to copy by hand when the browser refuses.
fn copy_citation(i: usize) -> impl IntoView {
    let Idx(index) = crate::ctx::<Idx>();
    let status = RwSignal::new(None::<String>);
    let copy = move |_| {
        let Some(text) = export::citation(&index, i) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let copied = crate::export::copy(text.clone()).await;
            status.set(Some(if copied {
                "Citation copied".to_string()
            } else {
                format!("Copy this citation: {text}")
            }));
        });
    };
    view! {
        <button type="button" class="copy" on:click=cb(copy)>"Copy citation"</button>
        <span class="copied" role="status">{crate::reactive(move || status.get().into_any())}</span>
    }
}

/// A quote's family: the control that says in how many articles its words stand, and, when
/// open, each version with its outlet, date and speaker, its wording marked against this one.
fn family(f: usize, row: usize, qid: String) -> AnyView {
    let Idx(index) = crate::ctx::<Idx>();
    let nav = crate::ctx::<Nav>();
    let n = index.family_articles(f);
    let speakers: Vec<String> = index
        .family_speakers(f)
        .iter()
        .filter_map(|&s| index.corpus.speakers.get(s).map(|x| x.name.clone()))
        .collect();
    let conflicting = speakers.len() > 1;
    let panel_id = format!("family-{qid}");
    let open = {
        let qid = qid.clone();
        Memo::new(move |_| {
            nav.query
                .with(|q| q.family.as_deref() == Some(qid.as_str()))
        })
    };
    let toggle = move |_| {
        let qid = qid.clone();
        nav.update(Mode::Push, move |q| {
            q.family = if q.family.as_deref() == Some(qid.as_str()) {
                None
            } else {
                Some(qid)
            };
        })
    };
    let panel = {
        let index = index.clone();
        let panel_id = panel_id.clone();
        let speakers = speakers.clone();
        move || {
            let own = index
                .quote(row)
                .map(|q| q.text.to_string())
                .unwrap_or_default();
            // Marked honestly: ties as ties, and never an undated article.
            let first = index.family_first(f);
            let first_label = if first.len() > 1 {
                "tied first"
            } else {
                "first"
            };
            let versions: Vec<_> = index
                .family_members(f)
                .into_iter()
                .filter_map(|m| {
                    let q = index.quote(m.quote)?;
                    let article = index.corpus.articles.get(m.article)?;
                    let speaker = m.speaker.and_then(|s| index.corpus.speakers.get(s)).cloned();
                    let colour = colour_rank(&index, m.article);
                    let this = m.quote == row;
                    let is_first = first.contains(&m.article);
                    let words = storyscope_core::text::word_diff(&own, q.text)
                        .into_iter()
                        .map(|p| match p.change {
                            storyscope_core::text::Change::Same => p.text.to_string().into_any(),
                            storyscope_core::text::Change::Inserted => view! { <ins>{p.text.to_string()}</ins> }.into_any(),
                            storyscope_core::text::Change::Deleted => view! { <del>{p.text.to_string()}</del> " " }.into_any(),
                        })
                        .collect_view();
                    let (aid, qid) = (article.id.clone(), q.id().into_owned());
                    // Links named by where they lead: the outlet, or when it is unknown the
                    // headline, else the opening words the Articles view heads the card with
                    // (several "Unknown outlet" links would sound alike).
                    let link = match &article.outlet.name {
                        Some(o) => format!("Read in {o}"),
                        None => format!("Read {}", article_name(article)),
                    };
                    Some(view! {
                        <li class:this=this>
                            <p class="where">
                                {source(colour, article)}
                                " · "
                                {speaker_label(speaker.as_ref(), false)}
                                {is_first.then(|| view! { " · " <span class="first-label">{first_label}</span> })}
                                {this.then(|| view! { " · " <span class="this-label">"this quote"</span> })}
                            </p>
                            <p class="wording">"“" {words} "”"</p>
                            {(!this).then(|| open_link(nav, aid, Some(qid), link))}
                        </li>
                    })
                })
                .collect_view();
            view! {
                <section class="family" id=panel_id.clone() aria-label="Versions of this quote">
                    {conflicting.then(|| view! {
                        <p class="conflict">{format!("Outlets give these words to different speakers: {}.", speakers.join(", "))}</p>
                    })}
                    <p class="legend">"Marked against this quote: " <ins>"words a version adds"</ins> ", " <del>"words it lacks"</del> "."</p>
                    <ol class="versions">{versions}</ol>
                </section>
            }
        }
    };
    view! {
        <div class="family-bar">
            <button type="button" class="family-toggle" aria-expanded=move || if open.get() { "true" } else { "false" } aria-controls=panel_id.clone() on:click=cb(toggle)>
                {format!("Quoted in {n} articles")}
            </button>
            {conflicting.then(|| view! { <span class="conflict-flag">"different speakers"</span> })}
        </div>
        {show(Box::new(move || open.get()), Box::new(move || panel().into_any()), None)}
    }
    .into_any()
}

/// The speaker a quote is given, with their role if asked, or that none was identified.
fn speaker_label(speaker: Option<&storyscope_core::model::Speaker>, role: bool) -> AnyView {
    match speaker {
        Some(s) => view! {
            <span class="speaker">{s.name.clone()}</span>
            {s.role.clone().filter(|_| role).map(|r| view! { <span class="role">{format!(", {r}")}</span> })}
        }
        .into_any(),
        None => view! { <span class="speaker unknown">"Speaker not identified"</span> }.into_any(),
    }
}

/// A link that opens an article in the reader at one of its quotes: a real link (it can be
/// opened in a new tab), handled in place when clicked.
pub fn open_link(nav: Nav, article: String, quote: Option<String>, label: String) -> AnyView {
    let href = nav.href_with(|x| {
        x.article = Some(article.clone());
        x.quote = quote.clone();
    });
    view! {
        <a class="open" href=href on:click=cb(move |ev: leptos::ev::MouseEvent| {
            ev.prevent_default();
            let (a, q) = (article.clone(), quote.clone());
            nav.update(Mode::Push, |x| {
                x.article = Some(a);
                x.quote = q;
            })
        })>{label}</a>
    }
    .into_any()
}

/// Where a quote or article appeared: the outlet's colour and name, and the date. One function
/// for every card, so the page carries its code once.
fn source(colour: usize, article: &storyscope_core::model::Article) -> AnyView {
    view! {
        <span class=format!("swatch o{colour}") aria-hidden="true"></span>
        <span class="outlet" class:unknown=article.outlet.name.is_none()>{article.outlet.display_name().to_string()}</span>
        " · "
        <span class="date">{date_label(article)}</span>
    }
    .into_any()
}

pub fn colour_rank(index: &storyscope_core::index::Index, article: usize) -> usize {
    index.outlet_rank(index.outlet_of_article(article)) % OUTLET_COLOURS
}

/// What names an article among others: its outlet, or when that is unknown its headline, else
/// the opening words the Articles view heads its card with (several "Unknown outlet"s would
/// sound alike).
pub fn article_name(a: &storyscope_core::model::Article) -> String {
    match (&a.outlet.name, &a.title) {
        (Some(n), _) => n.clone(),
        (None, Some(t)) => format!("“{}”", lede(t, 60)),
        (None, None) => format!("“{}”", lede(&a.text, 60)),
    }
}

/// The first paragraph, cut at a word boundary.
pub fn lede(text: &str, max: usize) -> String {
    let first = text
        .split('\n')
        .map(str::trim)
        .find(|l| l.split_whitespace().count() > 8)
        .unwrap_or(text.trim());
    if first.chars().count() <= max {
        return first.to_string();
    }
    let cut: String = first.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map(|(a, _)| a).unwrap_or(&cut);
    format!("{cut}…")
}

/// An article's card.
/// How many of the reports an article's text also stands in its card names.
const SOURCES_NAMED: usize = 3;

fn article_card(a: usize) -> AnyView {
    let Idx(index) = crate::ctx::<Idx>();
    let Terms(terms) = crate::ctx::<Terms>();
    let nav = crate::ctx::<Nav>();
    let Some(article) = index.corpus.articles.get(a).cloned() else {
        return ().into_any();
    };
    let quotes = index.speech_in_article(a).len();
    let speakers: Vec<String> = index
        .speakers_of_article(a, false)
        .filter_map(|s| index.corpus.speakers.get(s).map(|x| x.name.clone()))
        .collect();
    let colour = colour_rank(&index, a);
    // How much of its text other reports printed first (or at the same time, or undated), and
    // which: wire copy and reprints show here.
    let copied = index.copied_percent(a);
    // The sources holding the most of its text, then how many more: a wire story reprinted
    // everywhere has hundreds, which no one reads in a list.
    let from = index.copied_from(a);
    let mut sources: Vec<String> = from
        .iter()
        .take(SOURCES_NAMED)
        .filter_map(|&(o, _)| index.corpus.articles.get(o))
        .map(article_name)
        .collect();
    if let Some(more) = from.len().checked_sub(SOURCES_NAMED).filter(|&n| n > 0) {
        sources.push(format!(
            "and {more} {}",
            if more == 1 { "other" } else { "others" }
        ));
    }
    let headline = article.title.clone();
    let lede_text = lede(&article.text, 220);
    let lede_for_view = lede_text.clone();
    let heading = move || {
        terms.with(|terms| match &headline {
            Some(t) => marked(t, terms).into_any(),
            None => marked(&lede_for_view, terms).into_any(),
        })
    };
    let has_title = article.title.is_some();
    let id = article.id.clone();
    let id2 = id.clone();
    let href = nav.href_with(|x| {
        x.article = Some(id.clone());
        x.quote = None;
    });
    view! {
        <li class="card article-card">
            <h2 class:lede-heading=!has_title>
                <a href=href on:click=cb(move |ev: leptos::ev::MouseEvent| {
                    ev.prevent_default();
                    let i = id2.clone();
                    nav.update(Mode::Push, |x| {
                        x.article = Some(i);
                        x.quote = None;
                    })
                })>{crate::reactive(heading)}</a>
            </h2>
            {has_title.then(|| view! { <p class="lede">{lede_text.clone()}</p> })}
            <p class="where">
                {source(colour, &article)}
                " · "
                <span>{count_label(quotes, View::Quotes)}</span>
            </p>
            {(!speakers.is_empty()).then(|| view! { <p class="speakers">"Quoted: " {speakers.join(", ")}</p> })}
            {(copied > 0).then(|| view! {
                <p class="copied">{format!("{copied}% of its text also in reports not dated after it: {}", sources.join(", "))}</p>
            })}
        </li>
    }
    .into_any()
}

#[component]
fn EmptyState() -> impl IntoView {
    let nav = crate::ctx::<Nav>();
    view! {
        <div class="empty">
            <h2>"Nothing matches"</h2>
            {show(Box::new(move || nav.query.with(Query::has_filters)), Box::new(move || view! {
                <p>"No results for these filters together. Drop one:"</p>
                <ul class="drops">
                    {chip_list(|chip, drop| view! {
                        <li>
                            <button type="button" on:click=drop>{format!("Drop {}", chip.label)}</button>
                        </li>
                    }.into_any())}
                </ul>
                <button type="button" class="clear" on:click=cb(move |_| nav.update(Mode::Push, clear_filters))>"Clear all filters"</button>
            }.into_any()), Some(Box::new(|| view! { <p>"This corpus has nothing to show in this view."</p> }.into_any())))}
        </div>
    }
}
