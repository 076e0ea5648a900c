//! The comparing views: the timeline (the matching articles on a time axis, a lane per outlet,
//! where words first appeared marked) and side by side (two outlets or two articles: the words
//! both printed, those only one did, and where they gave the words to different speakers).
//! Both read the core's answers ([`Index::timeline`], [`Index::compare`]) for the current
//! results; the URL holds the view and the two sides.

use leptos::prelude::*;

use crate::results::{article_name, colour_rank, open_link};
use crate::{cb, date_label, Idx, Mode, Nav, Res};
use storyscope_core::index::{Comparison, Index, Side, Words};

/// Points drawn one by one in a lane; a lane with more is drawn in slices.
const LANE_POINTS: usize = 60;
/// Slices of the axis a crowded lane is counted in: few enough that their counts stay legible
/// side by side on a desktop's lane.
const LANE_SLICES: usize = 24;
/// Outlets given a lane; the rest are counted in a note.
const LANES: usize = 30;
/// Seconds in a day.
const DAY: i64 = 86_400;
/// Entries shown in each list of a comparison.
const COMPARE_ROWS: usize = 50;

/// Where an instant stands on the axis, as a CSS percentage. In integers: formatting a float
/// would bring ten kilobytes of code into the page. In `i64`: instants are seconds within the
/// years the date library knows (±9999), so their differences times 10,000 fit many times over
/// (saturating all the same), and 128-bit arithmetic and formatting stay out of the page.
fn percent(at: i64, start: i64, end: i64) -> String {
    let span = end.saturating_sub(start).max(1);
    let bp = (at.saturating_sub(start).saturating_mul(10_000) / span).clamp(0, 10_000);
    format!("{}.{:02}%", bp / 100, bp % 100)
}

/// The matching articles on a time axis by outlet. Each point opens its article; a point that
/// printed words first is marked, ties included; undated articles are counted, never placed.
pub fn timeline() -> AnyView {
    let Idx(index) = crate::ctx::<Idx>();
    let Res(results) = crate::ctx::<Res>();
    let nav = crate::ctx::<Nav>();
    let body = move || {
        results.with(|r| {
            let t = index.timeline(&r.articles, &r.quotes);
            let (start, end) = (t.start, t.end);
            let hidden = t.lanes.len().saturating_sub(LANES);
            let lanes = t
                .lanes
                .iter()
                .take(LANES)
                .map(|lane| {
                    let outlet = index.outlets.get(lane.outlet);
                    let name = outlet.map_or(String::new(), |o| o.name.clone());
                    let key = outlet.map_or(String::new(), |o| o.key.clone());
                    let points = if lane.points.len() <= LANE_POINTS {
                        lane.points
                            .iter()
                            .enumerate()
                            .map(|(k, p)| {
                                // Two articles at one place: the second drawn below the first.
                                let stacked = k % 2 == 1
                                    && lane.points.get(k - 1).is_some_and(|x| x.at == p.at);
                                // A day-only date is drawn over its whole day.
                                let Some(a) = index.corpus.articles.get(p.article) else {
                                    return ().into_any();
                                };
                                // A date without a time is drawn over what it covers: a day, or
                                // a whole month or year.
                                let (left, width) = if p.day_only {
                                    let days = a
                                        .date
                                        .as_ref()
                                        .and_then(|d| storyscope_core::date::bounds(&d.value))
                                        .map_or(1, |(f, l)| (l - f).whole_days() + 1);
                                    let span = DAY * days;
                                    (percent(p.at - span / 2, start, end), Some(percent(start + span, start, end)))
                                } else {
                                    (percent(p.at, start, end), None)
                                };
                                let mut label = format!("{}, {}", article_name(a), date_label(a));
                                if let Some(t) = &a.title {
                                    label = format!("{t} — {label}");
                                }
                                let first = p.first_families > 0 || p.first_passages;
                                if p.first_families > 0 {
                                    label.push_str(&format!(
                                        "; first to print {} quoted {}",
                                        p.first_families,
                                        if p.first_families == 1 { "line" } else { "lines" }
                                    ));
                                }
                                if p.first_passages {
                                    label.push_str("; its text was reprinted later");
                                }
                                let colour = colour_rank(&index, p.article);
                                let title = label.clone();
                                view! {
                                    <li class=format!("point o{colour}") class:untimed=p.day_only class:first=first class:stacked=stacked
                                        style:left=left style:width=width title=title>
                                        {open_link(nav, a.id.clone(), None, label)}
                                    </li>
                                }
                                .into_any()
                            })
                            .collect_view()
                            .into_any()
                    } else {
                        bins(lane, start, end, key, nav).into_any()
                    };
                    view! {
                        <li class="lane">
                            <span class="lane-name">{name}</span>
                            <ol class="track">{points}</ol>
                        </li>
                    }
                })
                .collect_view();
            let undated = t.undated.len();
            let axis = if t.lanes.is_empty() {
                "No matching article has a date.".to_string()
            } else {
                format!(
                    "From {} to {}. A ring marks an article that printed quoted words or text first (ties included); a bar, a date without a time.",
                    storyscope_core::date::utc_label(start),
                    storyscope_core::date::utc_label(end)
                )
            };
            view! {
                <section class="timeline" aria-label="Timeline">
                    <p class="timeline-axis">{axis}</p>
                    <ol class="lanes">{lanes}</ol>
                    {(hidden > 0).then(|| view! { <p class="note">{format!("{hidden} more outlets are not shown; filter by outlet to see them.")}</p> })}
                    {(undated > 0).then(|| view! { <p class="note">{format!("{undated} undated {} not placed.", if undated == 1 { "article is" } else { "articles are" })}</p> })}
                </section>
            }
        })
    };
    crate::reactive(move || body().into_any())
}

/// A crowded lane: its points counted in even slices of the axis. A slice applies the outlet
/// and the slice's days (in UTC) and lists those articles.
fn bins(
    lane: &storyscope_core::index::Lane,
    start: i64,
    end: i64,
    key: String,
    nav: Nav,
) -> impl IntoView {
    let span = (end - start).max(1);
    let mut counts = [(0usize, 0usize); LANE_SLICES];
    for p in &lane.points {
        let i =
            ((p.at - start).saturating_mul(LANE_SLICES as i64) / span.saturating_add(1)) as usize;
        if let Some(c) = counts.get_mut(i.min(LANE_SLICES - 1)) {
            c.0 += 1;
            c.1 += usize::from(p.first_families > 0 || p.first_passages);
        }
    }
    counts
        .iter()
        .enumerate()
        .filter(|(_, c)| c.0 > 0)
        .map(|(i, &(n, firsts))| {
            let at = start + span * i as i64 / LANE_SLICES as i64;
            let until = start + span * (i as i64 + 1) / LANE_SLICES as i64 - 1;
            let days = (storyscope_core::date::utc_day(at), storyscope_core::date::utc_day(until));
            let label = format!(
                "{n} articles from {}{}",
                storyscope_core::date::utc_label(at),
                if firsts > 0 { format!(", {firsts} printing words first") } else { String::new() }
            );
            let key = key.clone();
            let title = label.clone();
            view! {
                <li class="point bin" class:first={firsts > 0} style:left=percent(at, start, end) title=title>
                    <button type="button" aria-label=label on:click=cb(move |_| {
                        let (key, (from, to)) = (key.clone(), days.clone());
                        nav.update(Mode::Push, move |q| {
                            q.outlets = [key].into();
                            q.from = from;
                            q.to = to;
                            q.view = storyscope_core::query::View::Articles;
                        })
                    })>{n}</button>
                </li>
            }
        })
        .collect_view()
}

/// The side a URL value names, or the `n`th outlet when none is chosen.
fn side_or(index: &Index, value: Option<&str>, n: usize) -> Option<Side> {
    value.and_then(|v| index.side(v)).or_else(|| {
        let o = index.outlets.len();
        (o > 0).then(|| Side::Outlet(n.min(o - 1)))
    })
}

fn side_name(index: &Index, side: Side) -> String {
    match side {
        Side::Outlet(o) => index
            .outlets
            .get(o)
            .map_or(String::new(), |x| x.name.clone()),
        Side::Article(a) => index.corpus.articles.get(a).map_or(String::new(), |x| {
            format!("{}, {}", article_name(x), date_label(x))
        }),
    }
}

/// A select of the outlets (and, in a small corpus, its articles) for one side.
fn side_picker(label: &'static str, left: bool) -> impl IntoView {
    let Idx(index) = crate::ctx::<Idx>();
    let nav = crate::ctx::<Nav>();
    let current = {
        let index = index.clone();
        move || {
            nav.query.with(|q| {
                let v = if left {
                    q.left.as_deref()
                } else {
                    q.right.as_deref()
                };
                side_or(&index, v, usize::from(!left))
                    .map_or(String::new(), |s| index.side_value(s))
            })
        }
    };
    let outlets = index
        .outlets
        .iter()
        .map(|o| view! { <option value=o.key.clone()>{o.name.clone()}</option> })
        .collect_view();
    // A few hundred articles fit a list; beyond that a side is an outlet (or a shared link).
    let articles = (index.corpus.articles.len() <= 200).then(|| {
        let options = index
            .corpus
            .articles
            .iter()
            .enumerate()
            .map(|(a, x)| {
                let value = index.side_value(Side::Article(a));
                let name = match &x.title {
                    Some(t) => format!("{} — {}, {}", t, article_name(x), date_label(x)),
                    None => format!("{}, {}", article_name(x), date_label(x)),
                };
                view! { <option value=value>{name}</option> }
            })
            .collect_view();
        view! { <optgroup label="Articles">{options}</optgroup> }
    });
    view! {
        <label class="side">
            {label}
            <select prop:value=current on:change=cb(move |ev: leptos::ev::Event| {
                let v = event_target_value(&ev);
                nav.update(Mode::Push, move |q| {
                    if left { q.left = Some(v) } else { q.right = Some(v) }
                })
            })>
                <optgroup label="Outlets">{outlets}</optgroup>
                {articles}
            </select>
        </label>
    }
}

/// The words of a group as one side printed them, with the speakers that side gave.
fn words_item(index: &Index, nav: Nav, rows: &[usize]) -> AnyView {
    let Some(q) = rows.first().and_then(|&r| index.quote(r)) else {
        return ().into_any();
    };
    let mut speakers: Vec<String> = Vec::new();
    for r in rows {
        let name = index
            .quote(*r)
            .and_then(|x| x.speaker)
            .and_then(|s| index.corpus.speakers.get(s))
            .map_or("Speaker not identified".to_string(), |s| s.name.clone());
        if !speakers.contains(&name) {
            speakers.push(name);
        }
    }
    let article = index.corpus.articles.get(q.article);
    let label = article.map_or(String::new(), |a| format!("Read in {}", article_name(a)));
    let link = article.map(|a| open_link(nav, a.id.clone(), Some(q.id().into_owned()), label));
    view! {
        <q>{q.text.to_string()}</q>
        <span class="said-by">{format!(" — {}", speakers.join(", "))}</span>
        {link}
    }
    .into_any()
}

fn words_list(
    index: &Index,
    nav: Nav,
    items: &[(Words, Vec<usize>)],
    title: String,
    empty: &'static str,
) -> impl IntoView {
    let rows = items
        .iter()
        .take(COMPARE_ROWS)
        .map(|(_, rows)| view! { <li>{words_item(index, nav, rows)}</li> })
        .collect_view();
    let more = items.len().saturating_sub(COMPARE_ROWS);
    view! {
        <section class="compare-list">
            <h3>{format!("{title} ({})", items.len())}</h3>
            {if items.is_empty() { Some(view! { <p class="note">{empty}</p> }) } else { None }}
            <ul>{rows}</ul>
            {(more > 0).then(|| view! { <p class="note">{format!("and {more} more")}</p> })}
        </section>
    }
}

/// Two outlets or two articles side by side, under the current filters.
pub fn side_by_side() -> AnyView {
    let Idx(index) = crate::ctx::<Idx>();
    let Res(results) = crate::ctx::<Res>();
    let nav = crate::ctx::<Nav>();
    let body = move || {
        let (left, right) = nav.query.with(|q| {
            (
                side_or(&index, q.left.as_deref(), 0),
                side_or(&index, q.right.as_deref(), 1),
            )
        });
        let (Some(left), Some(right)) = (left, right) else {
            return view! { <p class="note">"Nothing to compare."</p> }.into_any();
        };
        let c: Comparison = results.with(|r| index.compare(&r.quotes, left, right));
        let (ln, rn) = (side_name(&index, left), side_name(&index, right));
        let differing = c.differing(&index);
        let conflicts = differing
            .iter()
            .take(COMPARE_ROWS)
            .filter_map(|&i| c.both.get(i))
            .map(|(_, l, r)| {
                view! {
                    <tr>
                        <td>{words_item(&index, nav, l)}</td>
                        <td>{words_item(&index, nav, r)}</td>
                    </tr>
                }
            })
            .collect_view();
        let both: Vec<(Words, Vec<usize>)> =
            c.both.iter().map(|(w, l, _)| (*w, l.clone())).collect();
        view! {
            <section class="compare" aria-label="Side by side">
                <p class="note">"The quoted words each side printed under the current filters; versions of the same words count as one."</p>
                {(!differing.is_empty()).then(|| view! {
                    <table class="conflicts">
                        <caption>{format!("Same words, different speakers ({})", differing.len())}</caption>
                        <thead><tr><th scope="col">{ln.clone()}</th><th scope="col">{rn.clone()}</th></tr></thead>
                        <tbody>{conflicts}</tbody>
                    </table>
                })}
                <div class="columns">
                    {words_list(&index, nav, &c.only_left, format!("Only in {ln}"), "Nothing that the other side did not print.")}
                    {words_list(&index, nav, &c.only_right, format!("Only in {rn}"), "Nothing that the other side did not print.")}
                </div>
                {words_list(&index, nav, &both, "In both".to_string(), "No quoted words in common.")}
            </section>
        }
        .into_any()
    };
    view! {
        <div class="compare-pick" role="group" aria-label="Compare">
            {side_picker("Left ", true)}
            {side_picker("Right ", false)}
        </div>
        {crate::reactive(body)}
    }
    .into_any()
}
