//! Who quotes whom: quotes counted by outlet and speaker under the current filters.

use crate::common::{self, A};

use storyscope_core::index::Index;
use storyscope_core::model::{QuoteKind::Speech, SpeakerKind::*};
use storyscope_core::query::{Query, TableSort, View};

fn index() -> Index {
    Index::new(common::corpus(
        &[
            A {
                id: "a1",
                outlet: Some("Post"),
                date: Some("2025-03-01"),
                text: "“Open the gates,” said Ann. “Soon,” said Bo. “Never,” a source said.",
            },
            A {
                id: "a2",
                outlet: Some("Post"),
                date: Some("2025-03-02"),
                text: "“Again,” said Ann.",
            },
            A {
                id: "b1",
                outlet: Some("Wire"),
                date: Some("2025-03-01"),
                text: "“Open the gates,” said Ann. “Who knows,” someone said.",
            },
        ],
        &[("ann", Person), ("bo", Person), ("a-source", Anonymous)],
        &[
            ("a1", Some("ann"), "Open the gates,", Speech),
            ("a1", Some("bo"), "Soon,", Speech),
            ("a1", Some("a-source"), "Never,", Speech),
            ("a2", Some("ann"), "Again,", Speech),
            ("b1", Some("ann"), "Open the gates,", Speech),
            ("b1", None, "Who knows,", Speech),
        ],
    ))
}

/// The table as rows of (outlet, [counts]), the header as speaker names ("?" unidentified).
fn table(ix: &Index, q: &Query) -> (Vec<String>, Vec<(String, Vec<u32>)>) {
    let t = ix.crosstab(&ix.run(q).quotes);
    let header = (0..t.speakers.len())
        .map(|s| t.speaker(ix, s).map_or("?".to_string(), |x| x.name.clone()))
        .collect();
    let rows = t
        .outlets
        .iter()
        .enumerate()
        .map(|(r, &o)| {
            let counts = (0..t.speakers.len()).map(|s| t.count(r, s)).collect();
            (ix.outlets[o].name.clone(), counts)
        })
        .collect();
    (header, rows)
}

#[test]
fn quotes_counted_by_outlet_and_speaker() {
    let ix = index();
    let q = Query {
        view: View::Table,
        ..Query::default()
    };
    let (header, rows) = table(&ix, &q);
    assert_eq!(
        header,
        ["ann", "a source", "bo", "?"],
        "most quoted first, ties by name, unidentified last"
    );
    assert_eq!(
        rows,
        [
            ("Post".to_string(), vec![2, 1, 1, 0]),
            ("Wire".to_string(), vec![1, 0, 0, 1]),
        ]
    );
    let t = ix.crosstab(&ix.run(&q).quotes);
    assert_eq!(t.outlets_quoting(0), 2, "Ann is quoted by both");
    assert_eq!(t.outlets_quoting(2), 1, "Bo by one only");
    assert!(
        t.lacks(&ix, 1, Anonymous),
        "Wire quotes no anonymous source, Post does"
    );
    assert!(!t.lacks(&ix, 0, Anonymous));
    assert_eq!(t.row_total(0), 4);
}

#[test]
fn the_table_follows_the_filters() {
    let ix = index();
    let q = Query {
        view: View::Table,
        speakers: ["ann".to_string()].into(),
        ..Query::default()
    };
    let (header, rows) = table(&ix, &q);
    assert_eq!(header, ["ann"]);
    assert_eq!(rows.len(), 2);
    let q = Query {
        view: View::Table,
        q: "gates".into(),
        outlets: ["wire".to_string()].into(),
        ..Query::default()
    };
    assert_eq!(table(&ix, &q).1, [("Wire".to_string(), vec![1])]);
    let q = Query {
        view: View::Table,
        q: "nothing-matches".into(),
        ..Query::default()
    };
    assert_eq!(table(&ix, &q), (vec![], vec![]));
}

/// Rows sort by the total or by one speaker's column, most first; ties, and a speaker the table
/// has no column for, keep the outlets' order (most articles first). The sort lives in the URL
/// and an unknown speaker there is dropped on load.
#[test]
fn rows_sort_by_a_column() {
    let art = |id, outlet| A {
        id,
        outlet: Some(outlet),
        date: Some("2025-03-01"),
        text: "“Yes,” said Ann. “No,” said Ann. “Maybe,” said Ann. “Later,” said Bo.",
    };
    let ix = Index::new(common::corpus(
        &[
            art("p1", "Post"),
            art("p2", "Post"),
            art("p3", "Post"),
            art("w1", "Wire"),
            art("w2", "Wire"),
            art("d1", "Daily"),
        ],
        &[("ann", Person), ("bo", Person)],
        &[
            ("p1", Some("ann"), "Yes,", Speech),
            ("w1", Some("bo"), "Later,", Speech),
            ("w2", Some("bo"), "Later,", Speech),
            ("d1", Some("ann"), "Yes,", Speech),
            ("d1", Some("ann"), "No,", Speech),
            ("d1", Some("ann"), "Maybe,", Speech),
            ("d1", Some("bo"), "Later,", Speech),
        ],
    ));
    let t = ix.crosstab(
        &ix.run(&Query {
            view: View::Table,
            ..Query::default()
        })
        .quotes,
    );
    let names = |by: TableSort| -> Vec<String> {
        t.rows_by(&ix, &by)
            .iter()
            .map(|&r| ix.outlets[t.outlets[r]].name.clone())
            .collect()
    };
    assert_eq!(names(TableSort::Outlet), ["Post", "Wire", "Daily"]);
    assert_eq!(names(TableSort::Total), ["Daily", "Wire", "Post"]);
    assert_eq!(
        names(TableSort::Speaker("ann".into())),
        ["Daily", "Post", "Wire"]
    );
    assert_eq!(
        names(TableSort::Speaker("bo".into())),
        ["Wire", "Daily", "Post"]
    );
    assert_eq!(
        names(TableSort::Speaker("nobody".into())),
        ["Post", "Wire", "Daily"],
        "a speaker without a column keeps the outlets' order"
    );
    for (url, by) in [
        ("?view=table&by=total", TableSort::Total),
        ("?view=table&by=ann", TableSort::Speaker("ann".into())),
        ("?view=table&by=outlet", TableSort::Outlet),
    ] {
        let q = storyscope_core::urlstate::parse(url);
        assert_eq!(q.by, by, "{url}");
        let round = storyscope_core::urlstate::render(&q);
        assert_eq!(storyscope_core::urlstate::parse(&round), q, "{url}");
    }
    let q = ix.sanitize(&storyscope_core::urlstate::parse("?view=table&by=ghost"));
    assert_eq!(q.by, TableSort::Outlet, "an unknown speaker id is dropped");
}
