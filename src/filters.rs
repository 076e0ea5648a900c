//! The filter panel: search box, Speaker and Outlet facets, and the date range with its
//! histogram. Counts come from [`Res`]; choices go through [`Nav`].

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;

use crate::{cb, Idx, Mode, Nav, Res, OUTLET_COLOURS};
use storyscope_core::model::SpeakerKind;

fn toggle(set: &mut BTreeSet<String>, key: &str) {
    if !set.remove(key) {
        set.insert(key.to_string());
    }
}

#[component]
pub fn SearchBox() -> impl IntoView {
    let nav = crate::ctx::<Nav>();
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let commit = move |v: String| {
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        pending.set_value(None);
        nav.update(Mode::Replace, |q| q.q = v);
    };
    view! {
        <div class="search">
            <label for="search">"Search"</label>
            <div class="search-field">
                <input
                    id="search"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    aria-keyshortcuts="/"
                    aria-describedby="search-hint"
                    placeholder="Words in quotes and articles"
                    prop:value=move || nav.draft.get()
                    on:input=cb(move |ev: leptos::ev::Event| {
                        let v = event_target_value(&ev);
                        nav.draft.set(v.clone());
                        if let Some(h) = pending.get_value() {
                            h.clear();
                        }
                        // Debounced: the results follow a pause in typing, not every key.
                        let h = set_timeout_with_handle(move || commit(v), Duration::from_millis(200)).ok();
                        pending.set_value(h);
                    })
                    on:keydown=cb(move |ev: leptos::ev::KeyboardEvent| {
                        if ev.key() == "Enter" {
                            commit(nav.draft.get_untracked());
                        }
                    })
                />
                <kbd aria-hidden="true">"/"</kbd>
            </div>
            <p id="search-hint" class="hint">"Any case or accent; word beginnings match (“milit” finds “militarism”)."</p>
        </div>
    }
}

/// One checkbox row of a facet.
#[derive(Clone)]
struct Opt {
    key: String,
    name: String,
    /// Shown after the name in smaller type (the outlet that quoted an anonymous source).
    context: Option<String>,
    title: Option<String>,
    /// Position in the per-facet count vector.
    slot: usize,
    colour: Option<usize>,
    unknown: bool,
    /// Quoted only in indirect speech: listed only while indirect speech is included.
    indirect_only: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Which {
    Speaker,
    Outlet,
}

#[component]
fn OptionRow(opt: Opt, which: Which, filter: RwSignal<String>) -> impl IntoView {
    let nav = crate::ctx::<Nav>();
    let Res(results) = crate::ctx::<Res>();
    let key = opt.key.clone();
    let key2 = opt.key.clone();
    let checked = Memo::new(move |_| {
        nav.query.with(|q| match which {
            Which::Speaker => q.speakers.contains(&key),
            Which::Outlet => q.outlets.contains(&key),
        })
    });
    let slot = opt.slot;
    let count = Memo::new(move |_| {
        results.with(|r| match which {
            Which::Speaker => r.speaker_counts.get(slot).copied().unwrap_or(0),
            Which::Outlet => r.outlet_counts.get(slot).copied().unwrap_or(0),
        })
    });
    let folded = storyscope_core::text::fold(&opt.name);
    let indirect_only = opt.indirect_only;
    let visible = move || {
        if indirect_only && !nav.query.with(|q| q.indirect) && !checked.get() {
            return false;
        }
        let f = filter.get();
        f.trim().is_empty()
            || folded.contains(&storyscope_core::text::fold(f.trim()))
            || checked.get()
    };
    view! {
        <label
            class="option"
            class:zero=move || count.get() == 0
            class:checked=move || checked.get()
            class:unknown=opt.unknown
            class:hidden=move || !visible()
            title=opt.title.clone()
        >
            <input
                type="checkbox"
                prop:checked=move || checked.get()
                on:change=cb(move |_| {
                    let k = key2.clone();
                    nav.update(Mode::Push, |q| match which {
                        Which::Speaker => toggle(&mut q.speakers, &k),
                        Which::Outlet => toggle(&mut q.outlets, &k),
                    })
                })
            />
            {opt.colour.map(|c| view! { <span class=format!("swatch o{}", c % OUTLET_COLOURS) aria-hidden="true"></span> })}
            <span class="name">
                {opt.name.clone()}
                {opt.context.clone().map(|c| view! { <small class="context">{format!(" · {c}")}</small> })}
            </span>
            " "
            <span class="count">{crate::reactive(move || count.get().into_any())}</span>
        </label>
    }
}

/// A text box that narrows a long option list.
#[component]
fn FacetFilter(label: &'static str, filter: RwSignal<String>) -> impl IntoView {
    view! {
        <input
            class="facet-filter"
            type="search"
            aria-label=label
            placeholder=label
            prop:value=move || filter.get()
            on:input=cb(move |ev: leptos::ev::Event| filter.set(event_target_value(&ev)))
        />
    }
}

/// Lists longer than this get a filter box.
const LONG_LIST: usize = 8;

/// Speaker options shown before "Show all": a corpus of thousands of speakers keeps a short,
/// live list (most quoted under the current filters first; ticked ones always shown).
const SPEAKER_LIMIT: usize = 40;

/// What the speaker list shows: indices in display order, and how many would match in all.
#[derive(Clone, PartialEq, Eq)]
struct SpeakerList {
    shown: Vec<usize>,
    matching: usize,
}

#[component]
pub fn SpeakerFacet() -> impl IntoView {
    let Idx(index) = crate::ctx::<Idx>();
    let nav = crate::ctx::<Nav>();
    let Res(results) = crate::ctx::<Res>();
    let filter = RwSignal::new(String::new());
    let show_all = RwSignal::new(false);
    // Computed once: per speaker, totals (direct, all), folded name.
    let n = index.corpus.speakers.len();
    let direct = std::sync::Arc::new(index.speaker_totals(false));
    let all = std::sync::Arc::new(index.speaker_totals(true));
    let folded: std::sync::Arc<Vec<String>> = std::sync::Arc::new(
        index
            .corpus
            .speakers
            .iter()
            .map(|s| storyscope_core::text::fold(&s.name))
            .collect(),
    );
    let listed = all.iter().filter(|&&t| t > 0).count();
    let index_for_list = index.clone();
    // What the list depends on in the query: opening an article, say, must not re-rank a
    // hundred thousand speakers.
    let choice = Memo::new(move |_| nav.query.with(|q| (q.indirect, q.speakers.clone())));
    let list = Memo::new(move |_| {
        let (indirect, ticked) = choice.get();
        let f = storyscope_core::text::fold(filter.get().trim());
        let totals = if indirect { &all } else { &direct };
        results.with(|r| {
            let count = |s: usize| r.speaker_counts.get(s).copied().unwrap_or(0);
            let order = |a: &usize, b: &usize| {
                count(*b)
                    .cmp(&count(*a))
                    .then(totals[*b].cmp(&totals[*a]))
                    .then(folded[*a].cmp(&folded[*b]))
            };
            let limit = if show_all.get() {
                usize::MAX
            } else {
                SPEAKER_LIMIT
            };
            // A hundred thousand speakers, one page shown: keep the best so far in a short
            // sorted list as they go by, rather than moving them all about.
            let mut cand: Vec<usize> = Vec::new();
            let mut matching = 0;
            for s in (0..n)
                .filter(|&s| totals[s] > 0 && (f.is_empty() || folded[s].contains(f.as_str())))
            {
                matching += 1;
                if cand.len() >= limit && cand.last().is_none_or(|l| order(&s, l).is_ge()) {
                    continue;
                }
                let at = cand.partition_point(|x| order(x, &s).is_lt());
                cand.insert(at, s);
                cand.truncate(limit);
            }
            let mut shown = cand;
            for id in &ticked {
                if let Some(i) = index_for_list.speaker_index(id) {
                    if !shown.contains(&i) {
                        shown.push(i);
                    }
                }
            }
            SpeakerList { shown, matching }
        })
    });
    let no_filter = RwSignal::new(String::new());
    let make_opt = move |s: usize, index: &storyscope_core::index::Index| -> Option<Opt> {
        let sp = index.corpus.speakers.get(s)?;
        let mut title = sp.role.clone().unwrap_or_default();
        if !sp.aliases.is_empty() {
            if !title.is_empty() {
                title.push_str(" · ");
            }
            title.push_str(&format!("also: {}", sp.aliases.join(", ")));
        }
        // Anonymous sources are per article: say which outlet quoted them. A named speaker shows
        // the role the texts gave them, so two people of one name can be told apart at a glance.
        let context = if sp.kind == SpeakerKind::Anonymous {
            index
                .first_article_of_speaker(s)
                .and_then(|a| index.corpus.articles.get(a))
                .map(|a| a.outlet.display_name().to_string())
        } else {
            // A long one is cut to the row by the style sheet; the tooltip has all of it.
            sp.role.clone()
        };
        Some(Opt {
            key: sp.id.clone(),
            name: sp.name.clone(),
            context,
            title: (!title.is_empty()).then_some(title),
            slot: s,
            colour: None,
            unknown: sp.kind == SpeakerKind::Anonymous,
            indirect_only: false,
        })
    };
    let groups = [SpeakerKind::Person, SpeakerKind::Organization, SpeakerKind::Anonymous]
        .into_iter()
        .map(|kind| {
            let idx = index.clone();
            let members = move || {
                list.with(|l| l.shown.iter().copied().filter(|&s| idx.corpus.speakers.get(s).is_some_and(|x| x.kind == kind)).collect::<Vec<_>>())
            };
            let members2 = members.clone();
            let idx2 = index.clone();
            let label = kind.label_plural();
            view! {
                <div class="group" role="group" aria-label=label class:hidden=move || members2().is_empty()>
                    <p class="group-label" aria-hidden="true">{label}</p>
                    {crate::index_list(Arc::new(members), Arc::new(move |s| {
                        make_opt(s, &idx2).map(|opt| view! { <OptionRow opt=opt which=Which::Speaker filter=no_filter /> }).into_any()
                    }))}
                </div>
            }
        })
        .collect_view();
    let more = move || {
        let (shown, matching) = list.with(|l| (l.shown.len(), l.matching));
        let all_on = show_all.get();
        (matching > SPEAKER_LIMIT).then(|| {
            view! {
                <button type="button" class="show-all" on:click=cb(move |_| show_all.update(|v| *v = !*v))>
                    {if all_on { "Show fewer".to_string() } else { format!("Show all {matching} (showing {shown})") }}
                </button>
            }
        })
    };
    view! {
        <fieldset class="facet">
            <legend>"Speaker"</legend>
            {(listed > LONG_LIST).then(|| view! { <FacetFilter label="Filter speakers" filter=filter /> })}
            <div class="options">{groups}</div>
            {crate::reactive(move || more().into_any())}
        </fieldset>
    }
}

#[component]
pub fn OutletFacet() -> impl IntoView {
    let Idx(index) = crate::ctx::<Idx>();
    let filter = RwSignal::new(String::new());
    let order = index.outlet_order();
    let long = order.len() > LONG_LIST;
    let rows = order
        .iter()
        .enumerate()
        .filter_map(|(rank, &o)| {
            let entry = index.outlets.get(o)?;
            let opt = Opt {
                key: entry.key.clone(),
                name: entry.name.clone(),
                title: (!entry.known)
                    .then(|| "Articles whose outlet is not named anywhere in the file".to_string()),
                slot: o,
                context: None,
                colour: Some(rank),
                unknown: !entry.known,
                indirect_only: false,
            };
            Some(view! { <OptionRow opt=opt which=Which::Outlet filter=filter /> })
        })
        .collect_view();
    view! {
        <fieldset class="facet">
            <legend>"Outlet"</legend>
            {long.then(|| view! { <FacetFilter label="Filter outlets" filter=filter /> })}
            <div class="options">{rows}</div>
        </fieldset>
    }
}

#[component]
pub fn DateFilter() -> impl IntoView {
    let Idx(index) = crate::ctx::<Idx>();
    let nav = crate::ctx::<Nav>();
    let Res(results) = crate::ctx::<Res>();
    let (min, max) = index
        .day_span
        .map(|(a, b)| (storyscope_core::date::iso(a), storyscope_core::date::iso(b)))
        .unwrap_or_default();
    let set_date = move |which: &'static str, v: String| {
        nav.update(Mode::Push, |q| {
            let v = (!v.is_empty()).then_some(v);
            if which == "from" {
                q.from = v;
            } else {
                q.to = v;
            }
        })
    };
    // The bars are fixed for the corpus and drawn once; each follows its own memo, so a change
    // of filters touches only the bars whose counts changed. The histogram ignores the date
    // filter and the view, so most date changes and view switches leave it as it was: this memo
    // stops them here, before 50-odd bars are recomputed to find nothing changed.
    let histogram = Memo::new(move |_| results.with(|r| r.histogram.clone()));
    let peak =
        Memo::new(move |_| histogram.with(|h| h.iter().map(|b| b.total).max().unwrap_or(0).max(1)));
    let bars = index
        .bins
        .iter()
        .enumerate()
        .map(|(i, bin)| {
            let name = bin.label();
            let (first, last) = (
                storyscope_core::date::iso(bin.first),
                storyscope_core::date::iso(bin.last),
            );
            let ix = index.clone();
            let look = Memo::new(move |_| {
                let peak = peak.get();
                histogram.with(|h| h.get(i).map(|b| bar_look(&ix, b, peak)).unwrap_or_default())
            });
            let (f1, l1) = (first.clone(), last.clone());
            let pressed = move || {
                nav.query.with(|q| {
                    q.from.as_deref() == Some(f1.as_str()) && q.to.as_deref() == Some(l1.as_str())
                })
            };
            let label = move || {
                let n = look.with(|l| l.total);
                format!(
                    "{name}: {n} {}",
                    if n == 1 { "article" } else { "articles" }
                )
            };
            let label_for_title = label.clone();
            let title = move || {
                let detail = look.with(|l| l.detail.clone());
                if detail.is_empty() {
                    label_for_title()
                } else {
                    format!("{} ({detail})", label_for_title())
                }
            };
            view! {
                <button
                    type="button"
                    class="day"
                    class:empty=move || look.with(|l| l.total == 0)
                    aria-pressed=move || if pressed() { "true" } else { "false" }
                    aria-label=label.clone()
                    title=title
                    on:click=cb(move |_| {
                        let (f, l) = (first.clone(), last.clone());
                        nav.update(Mode::Push, |q| {
                            q.from = Some(f);
                            q.to = Some(l);
                        })
                    })
                >
                    <span
                        class="bar"
                        style:height=move || look.with(|l| l.height.clone())
                        style:background-image=move || look.with(|l| l.gradient.clone())
                    ></span>
                </button>
            }
        })
        .collect_view();
    let per = match index.bins.first().map(|b| b.unit) {
        Some(storyscope_core::date::Unit::Week) => "Articles per week",
        Some(storyscope_core::date::Unit::Month) => "Articles per month",
        _ => "Articles per day",
    };
    let undated = move || {
        let ranged = nav.query.with(|q| q.from.is_some() || q.to.is_some());
        let n = results.with(|r| r.undated);
        (n > 0).then(|| {
            let noun = if n == 1 {
                "article has"
            } else {
                "articles have"
            };
            if ranged {
                format!("{n} {noun} no date and are left out while a date is set.")
            } else {
                format!("{n} {noun} no stated date (not in the chart).")
            }
        })
    };
    let has_days = index.day_span.is_some();
    let (first_label, last_label) = (
        storyscope_core::date::label(&min),
        storyscope_core::date::label(&max),
    );
    let (min2, max2) = (min.clone(), max.clone());
    view! {
        <fieldset class="facet dates">
            <legend>"Date"</legend>
            <div class="date-inputs">
                <label>
                    "From"
                    <input
                        type="date"
                        min=min.clone()
                        max=max.clone()
                        prop:value=move || nav.query.with(|q| q.from.clone().unwrap_or_default())
                        on:change=cb(move |ev: leptos::ev::Event| set_date("from", event_target_value(&ev)))
                    />
                </label>
                <label>
                    "To"
                    <input
                        type="date"
                        min=min2
                        max=max2
                        prop:value=move || nav.query.with(|q| q.to.clone().unwrap_or_default())
                        on:change=cb(move |ev: leptos::ev::Event| set_date("to", event_target_value(&ev)))
                    />
                </label>
            </div>
            {has_days.then(|| view! {
                <div class="histogram" role="group" aria-label=per>{bars}</div>
                <div class="axis" aria-hidden="true"><span>{first_label.clone()}</span><span>{last_label.clone()}</span></div>
            })}
            <p class="hint">{undated}</p>
        </fieldset>
    }
}

/// What one histogram bar shows, derived from its count.
#[derive(Clone, PartialEq, Eq, Default)]
struct BarLook {
    total: usize,
    height: String,
    /// Outlets stacked bottom up, one colour band per outlet colour.
    gradient: String,
    detail: String,
}

/// Tenths of a percent as text, in integers: float formatting would add kilobytes of code to
/// the page for one number.
fn percent(part: usize, whole: usize) -> String {
    let tenths = part * 1000 / whole.max(1);
    format!("{}.{}%", tenths / 10, tenths % 10)
}

fn bar_look(
    index: &storyscope_core::index::Index,
    bar: &storyscope_core::index::BarCount,
    peak: usize,
) -> BarLook {
    let mut by_colour = [0usize; OUTLET_COLOURS];
    for &(o, n) in &bar.by_outlet {
        if let Some(c) = by_colour.get_mut(index.outlet_rank(o) % OUTLET_COLOURS) {
            *c += n;
        }
    }
    let mut stops = Vec::new();
    let mut below = 0;
    for (c, &n) in by_colour.iter().enumerate().filter(|(_, &n)| n > 0) {
        let (lo, hi) = (percent(below, bar.total), percent(below + n, bar.total));
        stops.push(format!("var(--o{c}) {lo} {hi}"));
        below += n;
    }
    let detail = bar
        .by_outlet
        .iter()
        .map(|&(o, n)| {
            format!(
                "{} {n}",
                index.outlets.get(o).map(|e| e.name.as_str()).unwrap_or("")
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    BarLook {
        total: bar.total,
        height: if bar.total == 0 {
            "0".into()
        } else {
            percent(bar.total, peak)
        },
        gradient: if stops.is_empty() {
            "none".into()
        } else {
            format!("linear-gradient(to top, {})", stops.join(", "))
        },
        detail,
    }
}
