//! Quote families: which quotations in different articles are found to share their words.

use storyscope_core::model::Corpus;

fn corpus(articles: &[&str]) -> Corpus {
    crate::common::corpus_of(articles)
}

/// The families of the articles, each as its members' words, in corpus order.
fn families(articles: &[&str]) -> Vec<Vec<String>> {
    let c = corpus(articles);
    c.families
        .iter()
        .map(|f| {
            f.quotes
                .iter()
                .filter_map(|id| c.quotes.iter().find(|q| &q.id == id))
                .map(|q| q.text.clone())
                .collect()
        })
        .collect()
}

fn check(articles: &[&str], expected: &[&[&str]]) {
    let got = families(articles);
    let want: Vec<Vec<String>> = expected
        .iter()
        .map(|f| f.iter().map(|s| s.to_string()).collect())
        .collect();
    assert_eq!(got, want, "articles: {articles:#?}");
}

#[test]
fn identical_words_in_two_articles() {
    check(
        &[
            "“The bridge will reopen in spring,” the mayor, Ann Berg, said.",
            "Berg said: “The bridge will reopen in spring.”",
        ],
        &[&[
            "The bridge will reopen in spring,",
            "The bridge will reopen in spring.",
        ]],
    );
}

#[test]
fn a_fragment_joins_the_longer_quotation() {
    check(
        &[
            "“We had a frank exchange. The harbour deal stands,” Minister Tom Aro said.",
            "Aro described a “frank exchange” with his counterpart.",
        ],
        &[&[
            "We had a frank exchange. The harbour deal stands,",
            "frank exchange",
        ]],
    );
}

/// A stock phrase inside two unrelated statements does not bridge them into one family, and
/// joins neither; its own repeats still make a family. A fragment inside two versions of one
/// statement joins their family.
#[test]
fn a_stock_phrase_bridges_nothing() {
    check(
        &[
            "“The harbour deal is a first step,” Minister Tom Aro said.",
            "“The harbour deal was never on the table,” said Ann Berg, a councillor.",
            "Critics called it a “harbour deal” in all but name.",
            "Others spoke of a “harbour deal” too.",
        ],
        &[&["harbour deal", "harbour deal"]],
    );
    check(
        &[
            "“The harbour deal is a first step for the town,” Minister Tom Aro said.",
            "Aro said: “The harbour deal is a first step for the town.”",
            "Aro called the “harbour deal” a first step.",
        ],
        &[&[
            "The harbour deal is a first step for the town,",
            "The harbour deal is a first step for the town.",
            "harbour deal",
        ]],
    );
}

#[test]
fn near_identical_wording_joins() {
    // An inserted word and another form of the same word, as translations differ.
    check(
        &[
            "The council warned against “moves reviving the old tariffs”, a spokesman said.",
            "The council warned against “moves to revive the old tariffs,” a spokesman said.",
        ],
        &[&[
            "moves reviving the old tariffs",
            "moves to revive the old tariffs,",
        ]],
    );
}

#[test]
fn one_different_content_word_keeps_short_quotes_apart() {
    check(
        &[
            "Officials spoke of a “return to Lisbon” for the talks.",
            "Officials spoke of a “return to Madrid” for the talks.",
        ],
        &[],
    );
}

#[test]
fn scattered_words_are_not_a_fragment() {
    // Both words stand in the longer quotation, but not together.
    check(
        &[
            "“The harbour is open and the deal, we think, will stand,” Aro said.",
            "Aro called it a “harbour deal” on Friday.",
        ],
        &[],
    );
}

#[test]
fn a_single_word_or_function_words_make_no_family() {
    check(
        &[
            "Aro called the plan “reckless” and said “we will see.”",
            "Berg called the plan “reckless” and said “we will see.”",
        ],
        &[],
    );
}

#[test]
fn quotes_of_one_article_alone_make_no_family() {
    check(
        &[
            "“The harbour deal stands,” Aro said. Later he repeated: “The harbour deal stands.”",
            "Nothing was said here about any harbour.",
        ],
        &[],
    );
}

#[test]
fn a_longer_passage_survives_a_changed_word() {
    check(
        &[
            "“We will rebuild every school the storm destroyed before the next term begins,” Governor Lee Park said.",
            "“We will rebuild every school the storm damaged before the next term begins,” Park said.",
        ],
        &[&[
            "We will rebuild every school the storm destroyed before the next term begins,",
            "We will rebuild every school the storm damaged before the next term begins,",
        ]],
    );
}

#[test]
fn titles_and_reported_speech_are_not_members() {
    check(
        &[
            "Park starred in the film “Harbour Lights Forever” and said the harbour lights would stay on.",
            "Park starred in the film “Harbour Lights Forever” last year.",
        ],
        &[],
    );
}

#[test]
fn members_keep_the_speaker_each_outlet_gave() {
    // The same words given to a person in one outlet and to their office in another: one
    // family, two speakers (the page flags it).
    let c = corpus(&[
        "“Our relationship with the islands is very strong,” President Ana Ruiz said.",
        "“Our relationship with the islands is very strong,” the Presidential Office said in a statement.",
    ]);
    let family = c.families.first().expect("one family");
    let speakers: Vec<Option<&str>> = family
        .quotes
        .iter()
        .filter_map(|id| c.quotes.iter().find(|q| &q.id == id))
        .map(|q| q.speaker_id.as_deref())
        .collect();
    assert_eq!(speakers.len(), 2);
    assert_ne!(speakers.first(), speakers.get(1), "{speakers:?}");
}
