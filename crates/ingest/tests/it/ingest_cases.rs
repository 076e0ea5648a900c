//! Ingest on small synthetic articles: one construction per case, through one `check` helper.

use storyscope_core::model::{Corpus, Provenance, QuoteKind, Story};
use storyscope_ingest::{ingest, Severity, SourceFile};

fn run(files: &[(&str, &str)]) -> storyscope_ingest::Outcome {
    let files: Vec<SourceFile> = files
        .iter()
        .map(|(n, t)| SourceFile {
            name: n.to_string(),
            bytes: t.as_bytes().to_vec(),
        })
        .collect();
    ingest(&files, Story::default())
}

fn quotes(c: &Corpus) -> Vec<(String, Option<String>, QuoteKind)> {
    c.quotes
        .iter()
        .map(|q| {
            let sp = q
                .speaker_id
                .as_ref()
                .and_then(|s| c.speakers.iter().find(|p| &p.id == s))
                .map(|p| p.name.clone());
            (q.text.clone(), sp, q.kind)
        })
        .collect()
}

/// One article in, the quotes with their speakers out.
fn check(text: &str, expected: &[(&str, Option<&str>)]) {
    let out = run(&[("case.txt", text)]);
    let got = quotes(&out.corpus);
    let got: Vec<(&str, Option<&str>)> = got
        .iter()
        .map(|(t, s, _)| (t.as_str(), s.as_deref()))
        .collect();
    assert_eq!(got, expected, "in {text:?}");
}

#[test]
fn attribution_after_the_quote() {
    check(
        "“We will win,” Mayor Ann Berg said on Monday.",
        &[("We will win,", Some("Ann Berg"))],
    );
    check(
        "“Prices are rising,” said one trader.",
        &[("Prices are rising,", Some("One trader"))],
    );
    check(
        "\"Enough,\" the city council said in a statement.",
        &[("Enough,", Some("City council"))],
    );
}

#[test]
fn attribution_before_the_quote_with_a_colon() {
    check(
        "Governor Lee Park met voters. Park told reporters: “I am staying.”",
        &[("I am staying.", Some("Lee Park"))],
    );
}

#[test]
fn appositive_role_is_kept() {
    let out = run(&[(
        "a.txt",
        "“Rates will fall,” explained Mira Sol, a banking analyst at North Bank.",
    )]);
    let sp = &out.corpus.speakers[0];
    assert_eq!(sp.name, "Mira Sol");
    assert_eq!(sp.role.as_deref(), Some("a banking analyst at North Bank"));
}

#[test]
fn partial_quote_inside_reported_speech() {
    check(
        "President Omar Vale spoke on Friday. Later the president said the deal was “nearly done” and left.",
        &[("nearly done", Some("Omar Vale"))],
    );
}

#[test]
fn following_quoted_sentence_continues_the_speaker() {
    check(
        "“The port is closed,” one official said. “Ships must wait.”",
        &[
            ("The port is closed,", Some("One official")),
            ("Ships must wait.", Some("One official")),
        ],
    );
}

#[test]
fn first_person_words_inside_a_quote_are_never_the_speaker() {
    check(
        "“I think we lost,” the coach said.",
        &[("I think we lost,", Some("The coach"))],
    );
    check(
        "“We are ready,” said Ada Moss, a union leader.",
        &[("We are ready,", Some("Ada Moss"))],
    );
}

#[test]
fn short_unattributed_quotes_are_terms() {
    let out = run(&[("t.txt", "The plan follows the “two state” formula.")]);
    let q = quotes(&out.corpus);
    assert_eq!(q, [("two state".to_string(), None, QuoteKind::Term)]);
}

#[test]
fn according_to_attributes_when_nothing_closer_does() {
    check(
        "The talks stalled, according to Nia Holt, with “no end in sight”.",
        &[("no end in sight", Some("Nia Holt"))],
    );
}

#[test]
fn document_anaphora_refers_to_the_last_publication() {
    check(
        "In an editorial published by the Harbor Gazette, the council was told to “act now”. “Delay is costly,” the editorial said.",
        &[("act now", Some("Harbor Gazette")), ("Delay is costly,", Some("Harbor Gazette"))],
    );
}

#[test]
fn stray_marks_are_reported_and_do_not_derail_later_quotes() {
    let out = run(&[(
        "s.txt",
        "He said “never. Then he left.\n\nThe end came.\n\n“It is over,” said one source.",
    )]);
    let q = quotes(&out.corpus);
    assert_eq!(
        q,
        [(
            "It is over,".to_string(),
            Some("One source".to_string()),
            QuoteKind::Speech
        )]
    );
    assert!(
        out.diagnostics
            .iter()
            .any(|d| d.line == 1 && d.message.contains("never closed")),
        "{:?}",
        out.diagnostics
    );
}

#[test]
fn front_matter_gives_metadata_with_its_provenance() {
    let out = run(&[(
        "fm.md",
        "+++\ntitle = \"Port closes\"\noutlet = \"Harbor Gazette\"\ndate = \"2024-03-02\"\nurl = \"https://example.org/x\"\nwires = [\"AP\"]\n+++\n“Closed,” said one official.\n",
    )]);
    let a = &out.corpus.articles[0];
    assert_eq!(a.title.as_deref(), Some("Port closes"));
    assert_eq!(a.outlet.name.as_deref(), Some("Harbor Gazette"));
    assert_eq!(
        a.outlet.provenance,
        Provenance::FrontMatter {
            field: "outlet".into()
        }
    );
    assert_eq!(a.date.as_ref().unwrap().value, "2024-03-02");
    assert_eq!(a.credits[0].name, "AP");
    assert!(out.diagnostics.is_empty(), "{:?}", out.diagnostics);
    // Line numbers of diagnostics in the body count the front matter lines.
    let out = run(&[(
        "fm.md",
        "+++\ntitle = \"x\"\n+++\nA line.\nShe said “unclosed.\n",
    )]);
    assert_eq!(out.diagnostics[0].line, 5, "{:?}", out.diagnostics);
}

/// A front matter date may carry a time and its UTC offset; a time without an offset cannot be
/// placed in UTC, so it is reported and the day alone kept.
#[test]
fn front_matter_dates_keep_a_time_with_its_offset() {
    let date = |value: &str| {
        let out = run(&[("d.md", &format!("+++\ndate = {value}\n+++\nText.\n"))]);
        let d = out.corpus.articles[0].date.clone();
        let warned = out
            .diagnostics
            .iter()
            .any(|d| d.message.contains("UTC offset"));
        (d.map(|d| (d.value, d.time)), warned)
    };
    // Unquoted, TOML reads a date-time; quoted, a string: both are accepted.
    let day_time = |d: &str, t: &str| Some((d.to_string(), Some(t.to_string())));
    assert_eq!(
        date("2025-11-27T08:15:00+09:00"),
        (day_time("2025-11-27", "08:15:00+09:00"), false)
    );
    assert_eq!(
        date("\"2025-11-27 08:15 +09:00\""),
        (day_time("2025-11-27", "08:15:00+09:00"), false)
    );
    assert_eq!(
        date("2025-11-26T23:15Z"),
        (day_time("2025-11-26", "23:15:00+00:00"), false)
    );
    assert_eq!(
        date("2025-11-27"),
        (Some(("2025-11-27".into(), None)), false)
    );
    assert_eq!(
        date("\"2025-11-27T08:15\""),
        (Some(("2025-11-27".into(), None)), true)
    );
    assert_eq!(date("\"2025-11\""), (Some(("2025-11".into(), None)), false));
}

#[test]
fn outlet_from_the_url_domain_when_nothing_better_is_stated() {
    let out = run(&[(
        "u.md",
        "+++\nurl = \"https://www.harbor-gazette.example/news/1\"\n+++\nText here.\n",
    )]);
    let a = &out.corpus.articles[0];
    assert_eq!(a.outlet.name.as_deref(), Some("harbor-gazette.example"));
    assert!(matches!(a.outlet.provenance, Provenance::Inferred { .. }));
}

#[test]
fn unknown_keys_and_wrong_types_are_reported_not_fatal() {
    let out = run(&[("k.md", "+++\ntitle = 3\nmood = \"calm\"\n+++\nText.\n")]);
    assert_eq!(out.corpus.articles.len(), 1);
    let msgs: Vec<String> = out.diagnostics.iter().map(|d| d.to_string()).collect();
    assert!(
        msgs.iter()
            .any(|m| m.starts_with("k.md:2: warning: `title` must be a string")),
        "{msgs:?}"
    );
    assert!(
        msgs.iter()
            .any(|m| m.starts_with("k.md:3: warning: unknown front matter key `mood`")),
        "{msgs:?}"
    );
}

#[test]
fn a_bad_file_is_reported_and_the_others_are_kept() {
    let out = run(&[
        ("good.txt", "“Fine,” said one source."),
        ("binary.txt", "\u{0}\u{1}\u{2}"),
        ("empty.txt", "  \n\n"),
        ("open.md", "+++\ntitle = \"never closed\"\nText"),
    ]);
    assert_eq!(
        out.corpus.articles.len(),
        2,
        "good.txt, and open.md read as plain text"
    );
    assert_eq!(out.failed, ["binary.txt", "empty.txt"]);
    assert!(out
        .diagnostics
        .iter()
        .any(|d| d.file == "open.md" && d.severity == Severity::Error));
    let invalid = ingest(
        &[SourceFile {
            name: "bad.txt".into(),
            bytes: b"ok\n\xff\xfe".to_vec(),
        }],
        Story::default(),
    );
    assert_eq!(
        invalid.diagnostics[0].to_string(),
        "bad.txt:2: error: not valid UTF-8 (byte 3); file skipped"
    );
}

#[test]
fn duplicate_ids_keep_the_first_article() {
    let out = run(&[("a/x.txt", "One."), ("b/x.txt", "Two.")]);
    assert_eq!(out.corpus.articles.len(), 1);
    assert_eq!(out.failed, ["b/x.txt"]);
}

#[test]
fn crlf_and_bom_are_normalised() {
    let out = run(&[("w.txt", "\u{feff}Line one.\r\n“Yes,” said one aide.\r\n")]);
    assert_eq!(
        out.corpus.articles[0].text,
        "Line one.\n“Yes,” said one aide."
    );
    assert_eq!(out.corpus.quotes[0].text, "Yes,");
}

/// Like `check`, with the kind of each quotation too.
fn check_kinds(text: &str, expected: &[(&str, Option<&str>, QuoteKind)]) {
    let out = run(&[("case.txt", text)]);
    let got = quotes(&out.corpus);
    let got: Vec<(&str, Option<&str>, QuoteKind)> = got
        .iter()
        .map(|(t, s, k)| (t.as_str(), s.as_deref(), *k))
        .collect();
    assert_eq!(got, expected, "in {text:?}");
}

// Quotation marks ---------------------------------------------------------------------------

#[test]
fn single_quotes_are_quotations_and_apostrophes_are_not() {
    check(
        "‘We’re not leaving,’ said Ola Berg, a resident.",
        &[("We’re not leaving,", Some("Ola Berg"))],
    );
    check(
        "'It's done,' said one aide.",
        &[("It's done,", Some("One aide"))],
    );
    check(
        "The officials’ plan and the mayor’s budget were approved.",
        &[],
    );
}

#[test]
fn nested_quotes_belong_to_the_outer_quotation() {
    check(
        "“They told us ‘wait’ and we waited,” said one farmer.",
        &[("They told us ‘wait’ and we waited,", Some("One farmer"))],
    );
}

#[test]
fn a_quotation_over_several_paragraphs_keeps_its_speaker() {
    check(
        "“The first point is simple,” said Senator Rui Costa. “We need water.\n\n“The second is harder. We need time,” he added.",
        &[
            ("The first point is simple,", Some("Rui Costa")),
            ("We need water.", Some("Rui Costa")),
            ("The second is harder. We need time,", Some("Rui Costa")),
        ],
    );
}

#[test]
fn an_unclosed_mark_is_reported_and_later_paragraphs_are_unaffected() {
    let out = run(&[(
        "u.txt",
        "She said “this never ends.\n\nA plain paragraph.\n\n“Done,” said one aide.",
    )]);
    let q = quotes(&out.corpus);
    assert_eq!(q.iter().filter(|x| x.2 == QuoteKind::Speech).count(), 1);
    assert_eq!(
        q.iter()
            .find(|x| x.2 == QuoteKind::Speech)
            .unwrap()
            .1
            .as_deref(),
        Some("One aide")
    );
    assert!(out.diagnostics.iter().any(|d| d.line == 1));
}

// Constructions -----------------------------------------------------------------------------

#[test]
fn a_quotation_split_by_its_attribution_has_one_speaker() {
    check(
        "Dr. Lena Ortiz visited the site. “The dam is safe,” she said, “but the road is not.”",
        &[
            ("The dam is safe,", Some("Lena Ortiz")),
            ("but the road is not.", Some("Lena Ortiz")),
        ],
    );
}

#[test]
fn attribution_inside_the_sentence_before_a_partial_quote() {
    check(
        "Chinese President Wen Hao spoke to Trump. Wen told Trump that the island's “return” was “inevitable”.",
        &[("return", Some("Wen Hao")), ("inevitable", Some("Wen Hao"))],
    );
}

#[test]
fn statements_and_posts() {
    check(
        "The Foreign Ministry said talks were planned. The ministry said in a statement: “Talks will resume.”",
        &[
            ("talks were planned", Some("Foreign Ministry")),
            ("Talks will resume.", Some("Foreign Ministry")),
        ],
    );
    // "The ministry" with no ministry named before: the text does not say which.
    check(
        "The ministry said in a statement: “Talks will resume.”",
        &[("Talks will resume.", None)],
    );
    check(
        "Governor Ana Ruiz wrote in a post on X: “Schools reopen Monday.”",
        &[("Schools reopen Monday.", Some("Ana Ruiz"))],
    );
}

#[test]
fn weak_verbs_count_only_right_next_to_the_quote() {
    check(
        "“It will rain,” thought one farmer.",
        &[("It will rain,", Some("One farmer"))],
    );
    // "believes" far from the quotation does not make its subject the speaker.
    check_kinds(
        "Mayor Ivo Lind believes the town should change and the plan is called “bold”.",
        &[("bold", None, QuoteKind::Term)],
    );
}

#[test]
fn pronouns_resolve_to_the_nearest_person_of_compatible_gender() {
    check(
        "Mrs. Dana Holt met Mr. Ken Abe. She said the meeting was “useful”.",
        &[("useful", Some("Dana Holt"))],
    );
    check(
        "Mrs. Dana Holt met Mr. Ken Abe. He said the meeting was “useful”.",
        &[("useful", Some("Ken Abe"))],
    );
}

#[test]
fn descriptors_and_aliases_merge_into_one_speaker() {
    let out = run(&[(
        "a.txt",
        "U.S. President Ann Lee spoke. “We agree,” Lee said. “We agree,” the U.S. president said. “Fine,” President Lee said.",
    )]);
    let q = quotes(&out.corpus);
    assert!(q.iter().all(|x| x.1.as_deref() == Some("Ann Lee")), "{q:?}");
    let sp = &out.corpus.speakers[0];
    assert!(
        sp.aliases.contains(&"Lee".to_string())
            && sp.aliases.contains(&"the U.S. president".to_string()),
        "{:?}",
        sp.aliases
    );
}

#[test]
fn organisations_speak_as_organisations() {
    let out = run(&[("o.txt", "“No comment,” the prime minister's office said. “We deny it,” the Harbor Gazette said in an editorial.")]);
    let kinds: Vec<_> = out
        .corpus
        .speakers
        .iter()
        .map(|s| (s.name.as_str(), s.kind))
        .collect();
    assert!(
        kinds.contains(&(
            "Harbor Gazette",
            storyscope_core::model::SpeakerKind::Organization
        )),
        "{kinds:?}"
    );
    assert!(
        kinds.iter().any(|(n, k)| n.contains("office")
            && *k == storyscope_core::model::SpeakerKind::Organization),
        "{kinds:?}"
    );
}

#[test]
fn a_publication_relaying_a_person_is_not_the_speaker() {
    check(
        "President Omar Vale spoke on Friday. The Daily Planet quoted Vale as saying “the deal is done”.",
        &[("the deal is done", Some("Omar Vale"))],
    );
    check(
        "“Markets fell,” the Daily Planet reported.",
        &[("Markets fell,", Some("Daily Planet"))],
    );
}

#[test]
fn anonymous_sources_keep_their_description() {
    check(
        "“It was tense,” said a senior diplomat. Two officials said the talks were “slow”.",
        &[
            ("It was tense,", Some("A senior diplomat")),
            ("slow", Some("Two officials")),
        ],
    );
}

// Not speech --------------------------------------------------------------------------------

#[test]
fn named_terms_and_titles_are_never_speech() {
    check_kinds(
        "Officials said the law defines the legal term “survival-threatening situation” narrowly.",
        &[("survival-threatening situation", None, QuoteKind::Term)],
    );
    check_kinds(
        "He praised the so-called “peace dividend”.",
        &[("peace dividend", None, QuoteKind::Term)],
    );
    check_kinds(
        "The US backs the “one China” principle.",
        &[("one China", None, QuoteKind::Term)],
    );
    check_kinds(
        "Critics said the film titled “Winds of Change” was long.",
        &[("Winds of Change", None, QuoteKind::Title)],
    );
}

/// Words capitalised as a work's title is are that title, even with no word such as "film"
/// before them; a reporting verb beside them, a headline or a subhead capitalised throughout
/// keeps them speech.
#[test]
fn title_cased_words_are_a_work_unless_someone_says_them() {
    check_kinds(
        "Lena Varga, who won best actress for “The Salt Orchard,” urged viewers to “keep going to cinemas.”",
        &[
            ("The Salt Orchard,", None, QuoteKind::Title),
            ("keep going to cinemas.", Some("Lena Varga"), QuoteKind::Speech),
        ],
    );
    check_kinds(
        "Its run began with “Once Upon a Night in Lisbon” at the festival.",
        &[("Once Upon a Night in Lisbon", None, QuoteKind::Title)],
    );
    check_kinds(
        "The singer Mia Holt shouted, “Free Kolvia,” as she left the stage.",
        &[("Free Kolvia,", Some("Mia Holt"), QuoteKind::Speech)],
    );
    check_kinds(
        "“Thank You All,” Mayor Ann Berg said.",
        &[("Thank You All,", Some("Ann Berg"), QuoteKind::Speech)],
    );
    // A headline capitalises every word; a quotation alone on its line is a subhead.
    check_kinds(
        "Mayor Tells Coastal Residents To Leave: ‘Stay And You Are On Your Own’\n\nThe storm neared.",
        &[("Stay And You Are On Your Own", None, QuoteKind::Speech)],
    );
    check_kinds(
        "‘Proud To Be Your Partner’\n\nThe agency chief praised the team.",
        &[("Proud To Be Your Partner", None, QuoteKind::Speech)],
    );
}

/// "The film's director, Ana Roth, …": a description with a possessive, then the name between
/// commas; a participle later in the sentence ("adding", "saying") is hers.
#[test]
fn a_possessive_description_before_a_name_leaves_the_name_as_subject() {
    check(
        "The band’s drummer, Ana Roth, thanked the crowd, saying “We owe you everything.”",
        &[("We owe you everything.", Some("Ana Roth"))],
    );
    check(
        "The team’s coach, Ana Roth, spoke first, “We were ready,” adding, “Nobody will stop us now.”",
        &[
            ("We were ready,", Some("Ana Roth")),
            ("Nobody will stop us now.", Some("Ana Roth")),
        ],
    );
}

/// "state news agency KNA": `state` before a noun is an adjective, not the verb, and an acronym
/// is a whole name after a lowercase description; "It said" is the body quoted last.
#[test]
fn a_state_agency_named_by_acronym_and_it_said() {
    check(
        "“The envoy was summoned,” state news agency KNA reported on Friday.\n\nIt said the country rejects “the misuse of the festival” by others.",
        &[
            ("The envoy was summoned,", Some("KNA")),
            ("the misuse of the festival", Some("KNA")),
        ],
    );
    check(
        "“Roads are closed,” state officials said.",
        &[("Roads are closed,", Some("State officials"))],
    );
    // With no body quoted before, "it" is nobody.
    check(
        "It said the plan was “a step back”.",
        &[("a step back", None)],
    );
}

/// A reporting verb in the present tense ("she recalls") hands the words to the person the
/// pronoun points back to.
#[test]
fn present_tense_reporting_verbs() {
    check(
        "Rosa Lind, 49, who lives in Lima, met him at a service years ago.\n\n“We knew him by name,” she recalls.",
        &[("We knew him by name,", Some("Rosa Lind"))],
    );
}

/// After `in`, `at` or `near` stands where, never who: "Officials in Varna said" is the
/// officials there; a place alone before the verb speaks for nobody.
#[test]
fn a_place_after_in_is_never_the_speaker() {
    check(
        "Officials in Varna said the port was “fully open again”.",
        &[("fully open again", Some("Officials in Varna"))],
    );
    check(
        "Police in Dunmore said the road stayed “closed until further notice”.",
        &[("closed until further notice", Some("Police in Dunmore"))],
    );
    check(
        "A senior security official in Kotli in the northern district said there were “sporadic exchanges of fire”.",
        &[(
            "sporadic exchanges of fire",
            Some("A senior security official in Kotli in the northern district"),
        )],
    );
    // An opening phrase without its comma is no part of who.
    check(
        "Later in the day a senior official said there were “sporadic exchanges of fire”.",
        &[("sporadic exchanges of fire", Some("A senior official"))],
    );
    check(
        "A spokesman for the office of defence in Varna said the base was “fully operational today”.",
        &[(
            "fully operational today",
            Some("A spokesman for the office of defence in Varna"),
        )],
    );
}

/// "described as" makes a term only without a subject before it; "an act Ann Lee described
/// as “…”" gives the words to her. A question word before a name is no part of it.
#[test]
fn described_as_with_and_without_a_subject() {
    check_kinds(
        "It was an act Ann Lee described as “an attack on all of us.”",
        &[(
            "an attack on all of us.",
            Some("Ann Lee"),
            QuoteKind::Speech,
        )],
    );
    check_kinds(
        "The raid, described as “an attack on all of us,” shocked the town.",
        &[("an attack on all of us,", None, QuoteKind::Term)],
    );
    check_kinds(
        "What Mayor Ann Lee called “a grave concern for the city” worried the council.",
        &[(
            "a grave concern for the city",
            Some("Ann Lee"),
            QuoteKind::Speech,
        )],
    );
    check_kinds(
        "‘The inquiry will take time’: What Harbor Air chief Tom Reed said on the crash",
        &[(
            "The inquiry will take time",
            Some("Tom Reed"),
            QuoteKind::Speech,
        )],
    );
}

/// "He began with a greeting: “…”": a quotation inside a sentence whose subject is a pronoun
/// is the words of the person the pronoun means (low confidence, as for a name).
#[test]
fn a_pronoun_subject_of_the_sentence_is_resolved() {
    check(
        "Bishop Ana Ruiz spoke to the crowd on Sunday.\n\nShe opened with a blessing: “Peace to every home in this valley!”",
        &[("Peace to every home in this valley!", Some("Ana Ruiz"))],
    );
    // "They" is nobody in particular.
    check(
        "The farmers met on Sunday.\n\nThey ended with a chant: “Water for every field in this valley!”",
        &[("Water for every field in this valley!", None)],
    );
}

/// "he quoted St. Benedict: “…”": the words are the one quoted; and a pronoun after a long
/// opening phrase ("A member of the order, he …") is still its sentence's subject, so the
/// person quoted is not who "he" means next.
#[test]
fn quoting_someone_with_a_colon() {
    check(
        "Abbot Tomas Lind addressed the monks.\n\nA member of the Benedictine order, he quoted St. Benedict: “Listen with the ear of your heart.”\n\nWelcoming the guests, he stressed: “We must keep our doors open to everyone who comes.”",
        &[
            ("Listen with the ear of your heart.", Some("St. Benedict")),
            (
                "We must keep our doors open to everyone who comes.",
                Some("Tomas Lind"),
            ),
        ],
    );
}

/// "the Ruritanian leader" that nobody in the article is called: the person the sentence
/// before is about, not an office-holder named paragraphs earlier.
#[test]
fn an_office_nobody_holds_is_the_subject_of_the_sentence_before() {
    check(
        "President Tom Hale praised the choice. “A great day,” Hale said.\n\nAcross the border, Maria Lindqvist also sent her congratulations. “We share a path of peace and work,” the Ruritanian leader said.",
        &[
            ("A great day,", Some("Tom Hale")),
            ("We share a path of peace and work,", Some("Maria Lindqvist")),
        ],
    );
}

/// "The letter also stated: “…”" right after someone's written words is theirs; "the agency
/// said" is still the body quoted last.
#[test]
fn a_letter_is_its_writer_an_agency_the_body() {
    check(
        "Tom Reed wrote to the court. “I have changed,” Reed wrote.\n\nThe letter also stated: “I ask for one more chance.”",
        &[
            ("I have changed,", Some("Tom Reed")),
            ("I ask for one more chance.", Some("Tom Reed")),
        ],
    );
    check(
        "“Berths are full,” the Harbour Authority said. “Roads are open,” Mayor Ann Lee said.\n\nThe agency said: “Ships may dock again.”",
        &[
            ("Berths are full,", Some("Harbour Authority")),
            ("Roads are open,", Some("Ann Lee")),
            ("Ships may dock again.", Some("Harbour Authority")),
        ],
    );
}

/// An excerpt cut off mid-quotation: the words left open in the last paragraph run to the end
/// of the text (with a warning), and a speaker read from before them is only a guess.
#[test]
fn a_quotation_cut_off_by_the_end_of_the_text() {
    let out = run(&[(
        "cut.txt",
        "Mayor Ann Lee spoke on Monday. “The water has gone down,” she said.\n\n“We will reopen the schools when the roads are",
    )]);
    let got = quotes(&out.corpus);
    assert_eq!(
        got.iter()
            .map(|(t, s, _)| (t.as_str(), s.as_deref()))
            .collect::<Vec<_>>(),
        [
            ("The water has gone down,", Some("Ann Lee")),
            (
                "We will reopen the schools when the roads are",
                Some("Ann Lee")
            ),
        ]
    );
    assert_eq!(
        out.corpus.quotes[1].confidence,
        storyscope_core::model::Confidence::Low
    );
    assert!(
        out.diagnostics
            .iter()
            .any(|d| d.message.contains("runs to the end of the text")),
        "{:?}",
        out.diagnostics
    );
    // Left open in an earlier paragraph, it is still no quotation.
    check("She said “unclosed.\n\nThe storm passed.", &[]);
}

/// A headline capitalises its verb and its subject: "Harbor Mayor Warns Residents: ‘…’" is the
/// mayor's, the person the article names in that office, never someone called Harbor.
#[test]
fn speech_in_a_headline() {
    check(
        "Harbor Mayor Warns Residents Who Stay: ‘You Are On Your Own’\n\n“Leave now,” Mayor Ann Lee said on Monday.",
        &[
            ("You Are On Your Own", Some("Ann Lee")),
            ("Leave now,", Some("Ann Lee")),
        ],
    );
}

/// "the official X account of the Harbour Authority posted": the account speaks for its
/// holder, one facet entry with the holder's other words.
#[test]
fn an_account_speaks_for_its_holder() {
    check(
        "“Berths reopen at noon,” the Harbour Authority said.\n\nLater, the official X account of the Harbour Authority posted, “Ships may dock again.”",
        &[
            ("Berths reopen at noon,", Some("Harbour Authority")),
            ("Ships may dock again.", Some("Harbour Authority")),
        ],
    );
}

/// "The Ruritanian prime minister … thanked the army for its “steady hand”": an office as the
/// subject of a sentence holding a quotation is the person the article named in it (low); an
/// office nobody holds gives no speaker.
#[test]
fn an_office_as_the_subject_of_the_sentence() {
    check(
        "Prime Minister Ali Varga spoke on Sunday.\n\nThe Ruritanian prime minister, in his address, thanked the army for its “steady hand”.",
        &[("steady hand", Some("Ali Varga"))],
    );
    check(
        "The harbour master, in her address, thanked the crews for their “steady hands”.",
        &[("steady hands", None)],
    );
}

/// "The newspaper noted that …" in reported speech is the publication quoted last; with none,
/// nobody — never a speaker called "Newspaper".
#[test]
fn a_document_noun_in_reported_speech() {
    let out = run(&[(
        "n.txt",
        "The harbour reopened on Monday. The newspaper noted that the mayor did not press the council to resign.",
    )]);
    assert!(
        out.corpus.speakers.iter().all(|s| s.name != "Newspaper"),
        "{:?}",
        out.corpus.speakers
    );
}

/// "India's Foreign Secretary Ana Holm" in one article: "India's foreign secretary" in another
/// is her, the country's possessive counting as its adjective would.
#[test]
fn a_possessive_country_before_an_office_qualifies_it() {
    let out = run(&[
        (
            "a.txt",
            "India’s Foreign Secretary Ana Holm spoke on Sunday.",
        ),
        (
            "b.txt",
            "India’s foreign secretary said the shelling was “a grave breach” of the truce.",
        ),
    ]);
    let got = quotes(&out.corpus);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Ana Holm"), "{got:?}");
}

/// "said one SBU officer on condition of anonymity": the phrase after a described source is
/// no part of it, and an acronym inside the description does not make it the organisation.
#[test]
fn a_described_source_then_a_phrase_of_manner() {
    check(
        "“It will be in books and films,” said one KSB officer on condition of anonymity.",
        &[("It will be in books and films,", Some("One KSB officer"))],
    );
    check(
        "“The line held,” said a senior official on Monday.",
        &[("The line held,", Some("A senior official"))],
    );
}

/// "…, with Judge Ana Holm saying …": the participle after "with" has its own subject, not the
/// sentence's; "X spoke with Y, saying …" is still X.
#[test]
fn with_a_name_and_a_participle() {
    check(
        "Tom Reed will spend 20 years in prison, with Judge Ana Holm saying on Monday his crimes were of the “gravest kind”.",
        &[("gravest kind", Some("Ana Holm"))],
    );
    check(
        "Ann Lee spoke with Tom Reed, saying the plan was “alive and well”.",
        &[("alive and well", Some("Ann Lee"))],
    );
}

/// Once the corpus has named quoted words a title, the same words quoted bare elsewhere are
/// that title too, and the speaker they were given goes.
#[test]
fn a_title_the_corpus_knows_is_a_title_everywhere() {
    let out = run(&[
        ("a.txt", "The jury gave the top prize to the film “Harbor”."),
        (
            "b.txt",
            "Ivo Brandt, whose “Harbor” won three prizes, spoke on Sunday.",
        ),
    ]);
    let got = quotes(&out.corpus);
    assert_eq!(
        got,
        [
            ("Harbor".to_string(), None, QuoteKind::Title),
            ("Harbor".to_string(), None, QuoteKind::Title)
        ]
    );
    assert!(out.corpus.speakers.is_empty(), "{:?}", out.corpus.speakers);
}

#[test]
fn first_person_words_never_become_speakers() {
    check_kinds(
        "“I want peace, and we will get it.” The crowd cheered.",
        &[("I want peace, and we will get it.", None, QuoteKind::Speech)],
    );
}

// Indirect speech ---------------------------------------------------------------------------

#[test]
fn indirect_speech_is_extracted_without_quotation_marks() {
    let out = run(&[(
        "i.txt",
        "Chief Cabinet Secretary Jun Sato declined to comment on the report. The Trade Ministry said that exports rose sharply. The ministry said that imports fell.",
    )]);
    let got: Vec<(String, Option<String>, QuoteKind)> = quotes(&out.corpus);
    assert_eq!(
        got,
        [
            (
                "declined to comment on the report".to_string(),
                Some("Jun Sato".to_string()),
                QuoteKind::Indirect
            ),
            (
                "exports rose sharply".to_string(),
                Some("Trade Ministry".to_string()),
                QuoteKind::Indirect
            ),
            // "The ministry": the one that spoke before.
            (
                "imports fell".to_string(),
                Some("Trade Ministry".to_string()),
                QuoteKind::Indirect
            ),
        ]
    );
}

/// Honorifics without a full stop, as British and Australian copy writes them, are titles.
#[test]
fn honorifics_without_a_full_stop_are_titles() {
    check(
        "Defence lawyer Tom Ferris spoke outside. “It is over,” Mr Ferris said.",
        &[("It is over,", Some("Tom Ferris"))],
    );
    check(
        "“We will appeal,” said Ms Okafor.",
        &[("We will appeal,", Some("Okafor"))],
    );
}

/// A person known by their surname alone is one facet entry with the full name the corpus
/// writes out, in the same article or another; a surname is never typed as an organisation.
#[test]
fn a_surname_joins_the_full_name_the_corpus_gives() {
    let out = run(&[
        (
            "a.txt",
            "Singer Dana Vell was sentenced on Friday. Dana Vell wept in court.",
        ),
        (
            "b.txt",
            "“I am sorry,” Vell wrote in a letter to the judge.",
        ),
    ]);
    let got = quotes(&out.corpus);
    assert_eq!(got[0].1.as_deref(), Some("Dana Vell"), "{got:?}");
    let vell = &out.corpus.speakers[0];
    assert_eq!(vell.kind, storyscope_core::model::SpeakerKind::Person);
    assert!(vell.aliases.iter().any(|a| a == "Vell"), "{vell:?}");
}

/// Relatives sharing a surname: the surname goes to the person the story names in full far
/// more often, and stays apart when nobody dominates.
#[test]
fn a_shared_surname_goes_to_the_dominant_name_or_nobody() {
    let dominant = "Dana Vell was sentenced. Dana Vell wept. Dana Vell's son Rob Vell watched.\n\n\
                    “I am sorry,” Vell said.";
    let out = run(&[("a.txt", dominant)]);
    assert_eq!(quotes(&out.corpus)[0].1.as_deref(), Some("Dana Vell"));
    let even = "Dana Vell and Rob Vell arrived together.\n\n“I am sorry,” Vell said.";
    let out = run(&[("a.txt", even)]);
    assert_eq!(quotes(&out.corpus)[0].1.as_deref(), Some("Vell"));
}

/// A title with no name after it describes someone; it never becomes a nameless person.
#[test]
fn titles_alone_are_never_an_empty_name() {
    let out = run(&[(
        "a.txt",
        "“The evidence is clear,” Prosecutor said. “No,” said Detective.",
    )]);
    assert!(
        out.corpus
            .speakers
            .iter()
            .all(|s| !s.name.trim().is_empty()),
        "{:?}",
        out.corpus.speakers
    );
}

/// A name is the name: titles and descriptions before it and phrases after it go to the role,
/// never into the facet entry.
#[test]
fn a_speaker_name_stops_where_the_name_stops() {
    check(
        "“Costs will rise,” said Lena Hart of the University of Dunmore.",
        &[("Costs will rise,", Some("Lena Hart"))],
    );
    check(
        "“The probe is stable,” said Agency Chairman K Ravel.",
        &[("The probe is stable,", Some("K Ravel"))],
    );
    check(
        "“We made it,” said Omar Reyes on stage after the vote.",
        &[("We made it,", Some("Omar Reyes"))],
    );
    let out = run(&[(
        "a.txt",
        "“Costs will rise,” said Lena Hart of the University of Dunmore.",
    )]);
    assert_eq!(
        out.corpus.speakers[0].role.as_deref(),
        Some("of the University of Dunmore")
    );
}

/// Weekdays, months, "It", and someone's possession are never speakers.
#[test]
fn words_that_cannot_speak_are_not_speakers() {
    check("“Stay inside,” It said.", &[("Stay inside,", None)]);
    check("“Stay inside,” said Thursday.", &[("Stay inside,", None)]);
    check(
        "The judge spoke. “A grave crime,” he said, noting Ana Moss’s silence.",
        &[("A grave crime,", None)],
    );
}

/// "she said" after a person introduced only by a lowercase description and a full name.
#[test]
fn a_pronoun_finds_a_person_named_without_a_title() {
    check(
        "The storm turned away from Port Adler, said emergency chief Rosa Lind.\n\n\
         “The surge was smaller than we feared,” she said.",
        &[
            // "…, said NAME." at the end: the name after the verb reported the first sentence.
            ("The storm turned away from Port Adler", Some("Rosa Lind")),
            ("The surge was smaller than we feared,", Some("Rosa Lind")),
        ],
    );
}

/// Full names written only before a possessive, with an initial, or ending like a nationality
/// ("-ian") still give a surname its person.
#[test]
fn full_names_in_every_form_give_a_surname_its_person() {
    check(
        "The water reached Nora Brill's porch.\n\n“We lost everything,” Brill said.",
        &[("We lost everything,", Some("Nora Brill"))],
    );
    check(
        "Agency chief R Vellan watched the landing.\n\n“We are on the moon,” Vellan said.",
        &[("We are on the moon,", Some("R Vellan"))],
    );
    check(
        "Judge Mira Castellian presided.\n\n“Sit down,” Castellian said.",
        &[("Sit down,", Some("Mira Castellian"))],
    );
}

/// "The judge" is the person the corpus styles Justice; "PM" is a title; an acronym written
/// in lower case ("Nasra") still expands to the organisation it abbreviates.
#[test]
fn offices_and_acronyms_find_their_owner() {
    check(
        "Justice Paul Wren passed sentence on Monday.\n\n“This was a cruel crime,” the judge said.",
        &[("This was a cruel crime,", Some("Paul Wren"))],
    );
    check(
        "Prime Minister Asha Rao spoke first. “We are proud,” PM Rao said.",
        &[("We are proud,", Some("Asha Rao"))],
    );
    check(
        "The Northern Alpine Space Research Agency launched the craft.\n\n“The orbit is good,” Nasra said.",
        &[("The orbit is good,", Some("Northern Alpine Space Research Agency"))],
    );
}

/// A verb that names something in the speaker's words: the subject is the speaker, also when
/// a description and the name sit between commas.
#[test]
fn naming_verbs_give_the_words_to_their_subject() {
    check(
        "Mayor Ida Lund called the new bridge “a gift to the city.”",
        &[("a gift to the city.", Some("Ida Lund"))],
    );
    check(
        "The head of the port authority, Sam Oyelaran, called the deal a “turning point” on Monday.",
        &[("turning point", Some("Sam Oyelaran"))],
    );
    check(
        "Jury president Lina Moor described the film as “a storm of joy.”",
        &[("a storm of joy.", Some("Lina Moor"))],
    );
}

/// A name, a long description between commas, then the verb: the name speaks, the
/// description is the role.
#[test]
fn a_long_appositive_between_name_and_verb() {
    check(
        "“The grid held up,” Rui Vaz, an engineer who has run three regional networks, told the local radio station.",
        &[("The grid held up,", Some("Rui Vaz"))],
    );
    let out = run(&[(
        "a.txt",
        "“The grid held up,” Rui Vaz, an engineer at the utility, told reporters.",
    )]);
    assert_eq!(
        out.corpus.speakers[0].role.as_deref(),
        Some("an engineer at the utility")
    );
}

/// "Name of Organisation said:" introduces the name's words; the organisation is the role.
#[test]
fn a_name_with_where_they_work_introduces_a_quote() {
    check(
        "Experts were worried. Dr. Lena Hart of Open Grid Watch said: “We need more than one provider.”",
        &[("We need more than one provider.", Some("Lena Hart"))],
    );
    check(
        "Tom Fry from the Energy Policy Institute added: “Prices will follow.”",
        &[("Prices will follow.", Some("Tom Fry"))],
    );
}

/// A company is never a person: "… Services" is an organisation, and its acronym is the same
/// organisation.
#[test]
fn companies_and_their_acronyms_are_one_organisation() {
    let out = run(&[(
        "a.txt",
        "Northwind Cloud Services (NCS) had an outage.\n\n“We are working on it,” NCS said.",
    )]);
    let sp = &out.corpus.speakers[0];
    assert_eq!(
        sp.name, "Northwind Cloud Services",
        "{:?}",
        out.corpus.speakers
    );
    assert_eq!(sp.kind, storyscope_core::model::SpeakerKind::Organization);
}

/// Sentence openers and weekdays are not first names; plural roles are unnamed sources.
#[test]
fn openers_are_not_names_and_plural_roles_are_unnamed() {
    check(
        "Had Orla reached the coast, the damage would be worse.\n\n“We were lucky,” she said.",
        &[("We were lucky,", None)],
    );
    check(
        "Federal prosecutors said the sentence was “far too light.”",
        &[("far too light.", Some("Federal prosecutors"))],
    );
}

/// A quote ending in ! or ? is still tied to the name and verb after it, also when a
/// description and the name between commas come first.
#[test]
fn after_an_exclamation_the_name_still_speaks() {
    check(
        "Governor Ada Wren watched the river.\n\n“What a night! Stay home!” Wren posted on X.",
        &[("What a night! Stay home!", Some("Ada Wren"))],
    );
    check(
        "“Well done, everyone!” the head of the North Sea Agency, Piet Aalders, wrote on X.",
        &[("Well done, everyone!", Some("Piet Aalders"))],
    );
}

/// A line naming someone and ending in a colon introduces the quoted lines below it.
#[test]
fn a_line_ending_in_a_colon_introduces_the_quotes_below() {
    check(
        "What was said in court\n\nMara Holt, the victim's sister:\n\n* “We waited two years for this day.”\n\n* “Nothing brings him back.”",
        &[
            ("We waited two years for this day.", Some("Mara Holt")),
            ("Nothing brings him back.", Some("Mara Holt")),
        ],
    );
}

/// "the 55-year-old said" stands for the person just named.
#[test]
fn an_age_stands_for_the_person_just_named() {
    check(
        "Singer Dana Vell was sentenced on Friday.\n\n“I lost my way,” the 55-year-old said.",
        &[("I lost my way,", Some("Dana Vell"))],
    );
}

/// A quote paragraph continues the last speaker only when nobody else was named in between.
#[test]
fn a_continuation_stops_when_someone_else_is_named() {
    check(
        "“We are ready,” said Mayor Ann Berg.\n\n“The roads are open.”",
        &[
            ("We are ready,", Some("Ann Berg")),
            ("The roads are open.", Some("Ann Berg")),
        ],
    );
    check(
        "“We are ready,” said Mayor Ann Berg. Governor Tom Reyes flew in later.\n\n“The roads are open.”",
        &[("We are ready,", Some("Ann Berg")), ("The roads are open.", None)],
    );
}

/// A role noun stands for the person this article last named in that office, even when the
/// corpus knows two people who hold it.
#[test]
fn a_role_noun_is_the_person_named_in_that_office() {
    check(
        "Prime Minister Tomas Varga spoke first. Prime Minister Lena Ostrova replied later.\n\nThe prime minister said the talks would go on and that it was “a long road”.",
        &[("a long road", Some("Lena Ostrova"))],
    );
    check(
        "Assistant U.S. Attorney Jo Park led the case for the government.\n\nThe letter, the prosecutor said, “was meant to frighten”.",
        &[("was meant to frighten", Some("Jo Park"))],
    );
    check(
        "Kenyan President Ruth Odera spoke at the summit.\n\n“We rejoice with you,” the Kenyan President added.",
        &[("We rejoice with you,", Some("Ruth Odera"))],
    );
    // Nobody named in that office: the description stays a description.
    check(
        "“We will appeal,” the prosecutor said.",
        &[("We will appeal,", Some("The prosecutor"))],
    );
}

/// "the company said" is the company this article last quoted; "the companies" are not one
/// speaker; a bare "the company" with nobody quoted before is not identified.
#[test]
fn a_generic_company_is_the_one_last_quoted_or_nobody() {
    check(
        "“Services are back,” Corvel Systems said in a post.\n\n“Engineers are still working,” the company said.",
        &[
            ("Services are back,", Some("Corvel Systems")),
            ("Engineers are still working,", Some("Corvel Systems")),
        ],
    );
    check(
        "“Together we will grow,” the companies said.",
        &[("Together we will grow,", None)],
    );
    check(
        "“Most operations are normal,” the company said.",
        &[("Most operations are normal,", None)],
    );
}

/// Letters after a name are a rank ("KC"), and a sentence adverb before a name ("Even") is not
/// part of it.
#[test]
fn post_nominals_and_sentence_adverbs_are_not_names() {
    check(
        "“We make no argument about the term,” Rhea Dunmore KC said.",
        &[("We make no argument about the term,", Some("Rhea Dunmore"))],
    );
    check(
        "Even Orvex's own services failed.\n\n“The issue is resolved,” Orvex said.",
        &[("The issue is resolved,", Some("Orvex"))],
    );
}

/// One person spelled two ways across outlets is one facet entry; the surname alone joins it.
#[test]
fn one_person_spelled_two_ways_is_one_speaker() {
    let out = run(&[
        (
            "a.txt",
            "“A fine day,” said chief executive David Burrow. David Burrow spoke again later.",
        ),
        ("b.txt", "“We are proud,” said chief executive Dave Burrow."),
        ("c.txt", "“Jobs will stay,” Burrow said."),
    ]);
    let q = quotes(&out.corpus);
    assert!(
        q.iter().all(|x| x.1.as_deref() == Some("David Burrow")),
        "{q:?}"
    );
    assert_eq!(out.corpus.speakers.len(), 1, "{:?}", out.corpus.speakers);
    let aliases = &out.corpus.speakers[0].aliases;
    assert!(
        aliases.contains(&"Dave Burrow".to_string()) && aliases.contains(&"Burrow".to_string()),
        "{aliases:?}"
    );
    // Relatives who share a surname stay two people.
    let out = run(&[(
        "a.txt",
        "“I miss her,” said Ian Walsh. “We were happy,” said Heather Walsh.",
    )]);
    assert_eq!(out.corpus.speakers.len(), 2, "{:?}", out.corpus.speakers);
}

/// A name, its description after a comma, then the verb: the name speaks.
#[test]
fn a_name_before_its_description_is_the_speaker() {
    check(
        "Tara Quinn, State Security Advisor called the flight a “historic landing.”",
        &[("historic landing.", Some("Tara Quinn"))],
    );
    check(
        "Owen Price, a network expert at Delta Labs, noted the risk. He explained, “Everything runs on three providers now.”",
        &[
            ("the risk", Some("Owen Price")),
            ("Everything runs on three providers now.", Some("Owen Price")),
        ],
    );
    // The description runs on without a closing comma, into a body's capitalised name.
    check(
        "Nina Ord, a lecturer in networks at the School of Physics and Computing Tarwin said the fault was rare. “Nothing like it has happened before,” she added.",
        &[
            ("the fault was rare", Some("Nina Ord")),
            ("Nothing like it has happened before,", Some("Nina Ord")),
        ],
    );
    // A name after the description, with no preposition before it, is the subject.
    check(
        "In the matter of Ivo Brand, the agency's general counsel Lena Koss said “the rules were followed.”",
        &[("the rules were followed.", Some("Lena Koss"))],
    );
}

/// "National Grid Safety Coordinator Ada Voss": capitalised words that narrow an office belong
/// to it, and her surname alone later is her.
#[test]
fn an_office_narrowed_by_capitalised_words() {
    let out = run(&[(
        "a.txt",
        "No sign of an attack National Grid Safety Coordinator Ada Voss said there was no attack.\n\n“We are aware of the outage,” Voss said in a statement.",
    )]);
    let got = quotes(&out.corpus);
    assert!(
        got.iter().all(|(_, s, _)| s.as_deref() == Some("Ada Voss")),
        "{got:?}"
    );
    let voss = out.corpus.speakers.iter().find(|s| s.name == "Ada Voss");
    assert_eq!(
        voss.and_then(|s| s.role.as_deref()),
        Some("National Grid Safety Coordinator")
    );
}

/// A lowercase epithet before an organisation's name is not part of it.
#[test]
fn an_epithet_is_not_part_of_an_organisation() {
    check(
        "The state-run Pelora news agency said the verdict was “shaped by politics.”",
        &[("shaped by politics.", Some("Pelora news agency"))],
    );
}

/// A capitalised topic before a people noun ("Storm expert") is a role, not the name.
#[test]
fn a_topic_and_a_people_noun_before_a_name_are_a_role() {
    check(
        "Flood expert Mia Lowe warned that the surge \"could double the levels seen in June,\" which worried officials.",
        &[("could double the levels seen in June,", Some("Mia Lowe"))],
    );
}

/// An age stands for the person the article is about, not someone they just mentioned.
#[test]
fn an_age_is_the_person_in_focus() {
    check(
        "Singer Dana Vell spoke for ten minutes. Vell thanked his mother and apologized to Mara Quist, his former partner.\n\n“I lost my way,” the 55-year-old said.",
        &[
            ("I lost my way,", Some("Dana Vell")),
        ],
    );
}

/// A bare surname is the person of that name the article has named so far, even when a
/// relative of the same name is quoted later; letters of rank after a name do not hide it.
#[test]
fn a_surname_is_the_one_the_article_named_so_far() {
    check(
        "Lia Dorn, 20, and her father waited at the shelter.\n\n“The water reached the couch,” Dorn said.\n\n“We start again,” Sam Dorn said.",
        &[
            ("The water reached the couch,", Some("Lia Dorn")),
            ("We start again,", Some("Sam Dorn")),
        ],
    );
    check(
        "Bar president Colm Reddy KC spoke first.\n\nThe attention was a “very good thing”, Reddy said.",
        &[("very good thing", Some("Colm Reddy"))],
    );
}

/// A partial quote inside reported speech belongs to the report's speaker, also when the lead
/// names only the office and the person comes further down.
#[test]
fn a_partial_quote_in_a_report_is_the_reports_speaker() {
    check(
        "The “extraordinary” attention on the trial gave the public a rare window, the Northland Bar president has said.\n\nNorthland Bar president Kit Moyo KC said the attention was “extremely unusual”.",
        &[
            ("extraordinary", Some("Kit Moyo")),
            ("extremely unusual", Some("Kit Moyo")),
        ],
    );
}

/// Words quoted without a speaker (a headline, a lead) that someone says in full further down
/// are that person's.
#[test]
fn the_same_words_quoted_in_full_give_the_speaker() {
    check(
        "Skipper's ordeal a ‘nightmare scenario’\n\nThe rescue came after two days at sea.\n\n“This man survived a nightmare scenario for any sailor,” Captain Rhea Lund said.",
        &[
            ("nightmare scenario", Some("Rhea Lund")),
            ("This man survived a nightmare scenario for any sailor,", Some("Rhea Lund")),
        ],
    );
    // One word alone is too little to tell.
    check(
        "It was “incredible”, the crowd agreed.\n\n“Incredible work by all,” Mayor Ann Berg said.",
        &[
            ("incredible", None),
            ("Incredible work by all,", Some("Ann Berg")),
        ],
    );
}

/// A passive names the speaker after "by".
#[test]
fn a_passive_names_the_speaker_after_by() {
    check(
        "The “full and immediate” truce was announced by Governor Lea Marsh on Saturday.",
        &[("full and immediate", Some("Lea Marsh"))],
    );
    check(
        "His remarks were condemned by Veloria as “insulting” on Sunday.",
        &[("insulting", Some("Veloria"))],
    );
    // "by" far from the quotation, in another clause, says nothing about it.
    check(
        "The bridge, which was built by engineers from three countries over a decade of hard work in the valley, stands as a “symbol”.",
        &[("symbol", None)],
    );
}

/// "It said" right after an organisation spoke is that organisation; another "it" is nobody.
#[test]
fn it_is_the_organisation_just_quoted() {
    check(
        "“We are ready,” Corvel Systems said in a statement. It added that services “were back to normal.”",
        &[
            ("We are ready,", Some("Corvel Systems")),
            ("were back to normal.", Some("Corvel Systems")),
        ],
    );
    check(
        "“We are ready,” said Mayor Ann Berg. It added that services “were back to normal.”",
        &[
            ("We are ready,", Some("Ann Berg")),
            ("were back to normal.", None),
        ],
    );
}

/// A lowercase role before a full name, then the verb, after the quote.
#[test]
fn a_lowercase_role_then_a_name_after_the_quote() {
    check(
        "“The harbour reopens at dawn,” harbour master Odile Marchetti said on Friday.",
        &[("The harbour reopens at dawn,", Some("Odile Marchetti"))],
    );
}

/// Places and institutions written like names ("Air Veloria", "New Harbin", "Dunmore Palace")
/// are never the "he" of a quote, and "he" is never the organisation that spoke last.
#[test]
fn places_and_organisations_are_not_the_person_a_pronoun_means() {
    check(
        "Chief executive Rolf Imre visited the site, where Air Veloria’s crews stood ready.\n\n“Our efforts are focused on the families,” he said.",
        &[
            ("Our efforts are focused on the families,", Some("Rolf Imre")),
        ],
    );
    check(
        "NEW HARBIN, June 12 — Officials gathered at Dunmore Palace.\n\n“We grieve with them,” Veloria Airways said. “Help is on the way,” he said.",
        &[
            ("We grieve with them,", Some("Veloria Airways")),
            ("Help is on the way,", None),
        ],
    );
}

/// A surname one letter apart ("Zelensky"/"Zelenskyy") and a name written with fewer of its
/// parts ("Rosa Vilchez" for "Rosa Maria Vilchez") are one person.
#[test]
fn transliterations_and_shorter_forms_are_one_person() {
    let out = run(&[
        ("a.txt", "“We will win,” President Vera Zelensky said."),
        (
            "b.txt",
            "“We will win again,” President Vera Zelenskyy said.",
        ),
        (
            "c.txt",
            "“It moved me,” said Rosa Maria Vilchez, a teacher.",
        ),
        ("d.txt", "“He brings peace,” said Maria Vilchez, a teacher."),
    ]);
    let names: Vec<&str> = out
        .corpus
        .speakers
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

/// The credit line of an embedded post names its author, not the next "she".
#[test]
fn an_embedded_posts_credit_line_is_not_a_mention() {
    check(
        "Harbour resident Lia Dorn said she was ready to rebuild.\n\nPictures from the pier tonight.\n— Ena Vale (@ena_vale_tv) October 14, 2024\n\n“We got everything picked up,” she said.",
        &[
            ("she was ready to rebuild", Some("Lia Dorn")),
            ("We got everything picked up,", Some("Lia Dorn")),
        ],
    );
}

/// The audience is never the speaker: the outlet told, interviewed by or spoken to listens.
#[test]
fn the_audience_is_not_the_speaker() {
    check(
        "“We are ready,” Mayor Ann Berg told Reuters.",
        &[("We are ready,", Some("Ann Berg"))],
    );
    check(
        "“The talks stalled,” one diplomat told the Daily Planet on Monday.",
        &[("The talks stalled,", Some("One diplomat"))],
    );
    check(
        "In an interview with the Harbour Gazette, Mayor Ann Berg said: “We will rebuild.”",
        &[("We will rebuild.", Some("Ann Berg"))],
    );
    check(
        "Speaking to Sky Report, Ann Berg, the mayor, said the port was “open for business”.",
        &[("open for business", Some("Ann Berg"))],
    );
}

/// A nationality or a clause fragment is never a speaker.
#[test]
fn nationalities_and_fragments_are_not_speakers() {
    check("“We object,” said French.", &[("We object,", None)]);
    check(
        "After the vote was counted late into the night in the capital, “a new era”, as it was called, began.",
        &[("a new era", None)],
    );
}

/// "she" is the person the sentence opens with, not the one she spoke of.
#[test]
fn a_pronoun_means_the_subject_not_the_person_spoken_of() {
    check(
        "Governor Dina Ruiz hailed the election of Tomas Aro, whom she described as a leader “by choice and conviction”.",
        &[("by choice and conviction", Some("Dina Ruiz"))],
    );
    check(
        "Governor Dina Ruiz praised Tomas Aro on Friday. She said he would “carry the faith of this country”.",
        &[("carry the faith of this country", Some("Dina Ruiz"))],
    );
}

/// One organisation written three ways is one facet entry.
#[test]
fn one_organisation_written_three_ways_is_one_speaker() {
    let out = run(&[
        (
            "a.txt",
            "“Twelve drones were downed,” the Veloran Ministry of Defense said.",
        ),
        (
            "b.txt",
            "“The attacks failed,” Velora's Defence Ministry said in a statement.",
        ),
        (
            "c.txt",
            "“All targets were hit,” Velora's Defense Ministry said.",
        ),
    ]);
    let orgs: Vec<&str> = out
        .corpus
        .speakers
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(orgs.len(), 1, "{orgs:?}");
}

/// Where someone is from is part of the role, and given names written together or apart are
/// one person.
#[test]
fn demonyms_and_joined_given_names() {
    check(
        "“I love this city,” said Chicagoan Cole Varga.",
        &[("I love this city,", Some("Cole Varga"))],
    );
    let out = run(&[
        (
            "a.txt",
            "“I crawled out,” said Vishalkumar Rao, a passenger.",
        ),
        (
            "b.txt",
            "“I still do not know how,” said Vishal Kumar Rao, a passenger.",
        ),
    ]);
    assert_eq!(out.corpus.speakers.len(), 1, "{:?}", out.corpus.speakers);
}

/// A dateline names a place, never the subject of the sentence after it.
#[test]
fn a_dateline_is_not_the_subject() {
    check(
        "PORTVALE: Premier Ana Lund on Thursday called the scenes “devastating”, adding “my thoughts are with the families”.",
        &[
            ("devastating", Some("Ana Lund")),
            ("my thoughts are with the families", Some("Ana Lund")),
        ],
    );
}

/// "“…”: NAME said" — a quote, a colon, then its speaker.
#[test]
fn a_quote_then_a_colon_then_its_speaker() {
    check(
        "“We will rebuild,” said Mayor Ann Berg.\n\n“The port is open”: harbour chief Lia Dorn said as the first ship docked.",
        &[
            ("We will rebuild,", Some("Ann Berg")),
            ("The port is open", Some("Lia Dorn")),
        ],
    );
}

/// A "he said" with nobody named in its sentence or the one before is the person quoted last,
/// not someone named in passing in between.
#[test]
fn a_pronoun_with_nobody_near_is_the_person_quoted_last() {
    check(
        "\"There would be no revival without us,\" Ken Oda said, a day after a deal that Governor Rob Lane had fought.\n\nUnder the agreement, a designated official will approve any closure.\n\n\"It is an efficient deal,\" he said.",
        &[
            ("There would be no revival without us,", Some("Ken Oda")),
            ("It is an efficient deal,", Some("Ken Oda")),
        ],
    );
}

#[test]
fn a_quotation_inside_a_sentence_is_its_subjects_words() {
    // A person as the subject, any verb: that person's words.
    check(
        "Director Lena Holm spoke after the vote. Holm thanked the jury for calling the film “a rare piece of honesty”.",
        &[("a rare piece of honesty", Some("Lena Holm"))],
    );
    check(
        "Mr Arlo Vance, standing outside the court, praised the officers who had “worked without rest”.",
        &[("worked without rest", Some("Arlo Vance"))],
    );
    // Negative: passive, a possessive owner, a headline, a nationality.
    check_kinds(
        "Norway's envoy was summoned on Monday over “insulting” remarks, state media reported.",
        &[("insulting", None, QuoteKind::Term)],
    );
    check_kinds(
        "Holm Verdict: ‘Rare Honesty’ Wins the Jury",
        &[("Rare Honesty", None, QuoteKind::Term)],
    );
    check_kinds(
        "When Ivo Brand, a Danish trader, lost the bid, the board spoke of a “bad week”.",
        &[("bad week", None, QuoteKind::Term)],
    );
}

#[test]
fn a_qualifier_the_article_never_wrote_beside_the_name() {
    check(
        "President Ana Ruiz met the delegates on Friday.\n\nThe Chilean president said the talks had “only begun”.",
        &[("only begun", Some("Ana Ruiz"))],
    );
    // Someone given that very qualifier is preferred to someone given none.
    check(
        "President Ana Ruiz met Peruvian President Tomas Vela on Friday.\n\nThe Peruvian president said the talks had “only begun”.",
        &[("only begun", Some("Tomas Vela"))],
    );
}

#[test]
fn words_that_look_like_names_but_name_no_one() {
    // A dateline closed by a wire's credit is not the subject.
    check(
        "Oslo/Bergen, May 3 (NTB) The Rail Authority on Friday praised the crews, calling the repair “remarkable”.",
        &[("remarkable", Some("Rail Authority"))],
    );
    // A storm is named like a person; "she" is not the storm.
    check(
        "Mia Lind, a retired nurse, watched the sea. Hurricane Vera, a Category 4 storm, reached the coast at dawn. “It took everything,” she said.",
        &[("It took everything,", Some("Mia Lind"))],
    );
    // A hashtag starts no name.
    check(
        "#StormWatch Tune in at nine for the latest.\n\n— Ola Berg (@olaberg) May 3, 2025\n\n“We are safe,” she said.",
        &[("We are safe,", None)],
    );
    // "the Danish claims": a nationality with a noun read as a verb is nobody.
    check_kinds(
        "Norway rejected the Danish claims, calling them “pure fiction”.",
        &[("pure fiction", Some("Norway"), QuoteKind::Speech)],
    );
}

#[test]
fn dotted_initials_are_part_of_a_name() {
    // "Dahl" alone would read as an organisation; "K.J. Dahl" makes it a person, whom the
    // next paragraph's "he" means.
    check(
        "Minister Ole Brun toured the site. Party chief K.J. Dahl stayed in the capital. “We sent help at once,” Dahl said.\n\nHe visited the hospital. “Every donor counts,” he added.",
        &[
            ("We sent help at once,", Some("K.J. Dahl")),
            ("Every donor counts,", Some("K.J. Dahl")),
        ],
    );
    // A country's dotted letters are not initials.
    check(
        "U.S. Senator Ivy Moss spoke first. “We will vote,” Moss said.",
        &[("We will vote,", Some("Ivy Moss"))],
    );
}

#[test]
fn a_sentence_whose_subject_is_he_names_only_others() {
    // "He thanked X. He also thanked Y." — X and Y are not who "he" is.
    check(
        "Space agency chief Ravi Menon watched the landing.\n\nHe thanked Prime Minister Anil Rao for his support. He also thanked Lata Iyer, the project director, and her team.\n\n“This belongs to every engineer,” he said.",
        &[("This belongs to every engineer,", Some("Ravi Menon"))],
    );
    // Without a subject pronoun, the person named in the sentence before is meant.
    check(
        "Speaking outside the court, Mr Omar Said thanked the jurors.\n\n“They listened with care,” he said.",
        &[("They listened with care,", Some("Omar Said"))],
    );
}

#[test]
fn a_former_office_holder_is_not_the_one_in_office() {
    check(
        "Prime Minister Karl Stone spoke first. Outgoing premier Rita Fenn conceded. “I take responsibility,” the former prime minister said.",
        &[("I take responsibility,", Some("The former prime minister"))],
    );
    check(
        "Former Prime Minister Rita Fenn met Prime Minister Karl Stone. “It went well,” the former prime minister said.",
        &[("It went well,", Some("Rita Fenn"))],
    );
}

#[test]
fn according_to_the_agency_is_the_body_cited_before() {
    check_kinds(
        "The river rose overnight, according to the Flood Watch Office (FWO).\n\nGauges show it is in a “slow rise” that “should peak by noon,” according to the agency.",
        &[
            ("The river rose overnight", Some("Flood Watch Office"), QuoteKind::Indirect),
            ("slow rise", Some("Flood Watch Office"), QuoteKind::Speech),
            ("should peak by noon,", Some("Flood Watch Office"), QuoteKind::Speech),
        ],
    );
    // With no body cited before, nobody.
    check_kinds(
        "Gauges show the river “should peak by noon,” according to the agency.",
        &[("should peak by noon,", None, QuoteKind::Term)],
    );
}

#[test]
fn someone_described_by_whom_they_act_for_is_not_that_person() {
    check(
        "Ida Moen will race again. “It is a fair outcome,” said Moen's lawyer, Jon Berg.",
        &[("It is a fair outcome,", Some("Jon Berg"))],
    );
    check(
        "Ida Moen will race again. “Nothing changes,” said a lawyer for Moen.",
        &[("Nothing changes,", Some("A lawyer for Moen"))],
    );
}

#[test]
fn an_age_before_a_colon_is_the_person_followed() {
    check(
        "Tennis player Ivo Lund accepted a ban. “It hung over me,” Lund said. The 23-year-old added: “I am responsible.”",
        &[
            ("It hung over me,", Some("Ivo Lund")),
            ("I am responsible.", Some("Ivo Lund")),
        ],
    );
}

#[test]
fn a_publications_report_relays_the_words_of_the_person_it_is_about() {
    check(
        "Mayor Ann Berg opened the bridge. The Fjord Times reported that Berg had called the plan “the best in decades”.",
        &[("the best in decades", Some("Ann Berg"))],
    );
    // The report's own words stay the publication's.
    check(
        "Mayor Ann Berg opened the bridge. “It is good work,” the Fjord Times said.",
        &[("It is good work,", Some("Fjord Times"))],
    );
}

#[test]
fn regnal_names_and_the_office_that_stands_for_them() {
    check(
        "King Harald IV met the crew. “We are proud,” the King said.\n\nPope Pius XIV spoke from the balcony. “Peace be with you,” the pope said.",
        &[
            ("We are proud,", Some("Harald IV")),
            ("Peace be with you,", Some("Pius XIV")),
        ],
    );
    // "X" alone is the platform, never a regnal number.
    check(
        "Mayor Ann Berg wrote on X: “The bridge is safe.”",
        &[("The bridge is safe.", Some("Ann Berg"))],
    );
}

#[test]
fn another_given_name_before_a_known_surname_is_another_person() {
    // The corpus knows "Karl Moen" by his description; "Per Moen" is his brother.
    check(
        "Karl Moen, a 69-year-old bishop, was chosen on Friday.\n\nWhen the news came, Per Moen turned on his television. He said his brother would be a “calm leader.”",
        &[("calm leader.", Some("Per Moen"))],
    );
}

#[test]
fn an_opening_participle_is_not_a_name() {
    check(
        "Director Lena Holm won the prize. Giving a nod to her mother, saying, “She took me to the cinema.”",
        &[("She took me to the cinema.", None)],
    );
    // A city whose name ends in -ing still speaks for its government.
    check(
        "Beijing continues to insist the matter is an “internal affair.”",
        &[("internal affair.", Some("Beijing"))],
    );
}

#[test]
fn words_that_narrow_an_office_must_fit() {
    check(
        "Home Minister Amit Rao flew in. Civil Aviation Minister Ravi Naidu spoke later.\n\n“Help is coming,” the civil aviation minister said.\n\n“We are ready,” the health minister said.",
        &[
            ("Help is coming,", Some("Ravi Naidu")),
            ("We are ready,", Some("The health minister")),
        ],
    );
    // A prime minister is not "the minister".
    check(
        "Prime Minister Anil Rao visited the site.\n\n“Aid is on the way,” the minister said.",
        &[("Aid is on the way,", Some("The minister"))],
    );
}

#[test]
fn a_clause_after_while_or_but_has_its_own_speaker() {
    check(
        "Harbour Office said the ferry was kept in port, while opposition leader Kemi Adeyemi called the delay “shameful”.",
        &[("shameful", Some("Kemi Adeyemi"))],
    );
    // A clause with no speech of its own leaves the report's speaker.
    check(
        "Harbour Office said the ferry was kept in port, but the crossing would reopen “within hours”.",
        &[("within hours", Some("Harbour Office"))],
    );
}

#[test]
fn a_pull_quote_on_its_own_line_is_whoever_says_it_in_full_below() {
    check(
        "“We are proud of the team,” said agency head Lars Vik.\n\n“Remarkable!”\n\nRival chief Ines Moe wrote: “Remarkable! Congratulations to everyone involved.”",
        &[
            ("We are proud of the team,", Some("Lars Vik")),
            ("Remarkable!", Some("Ines Moe")),
            ("Remarkable! Congratulations to everyone involved.", Some("Ines Moe")),
        ],
    );
}

#[test]
fn a_surname_without_its_accent_is_the_person_written_with_it() {
    check(
        "The archbishop of Lyon, Ana Lucía Núñez, praised the choice.\n\nNunez said he was “a gift to the church.”",
        &[("a gift to the church.", Some("Ana Lucía Núñez"))],
    );
}

#[test]
fn a_speaker_named_with_where_they_work_continues_into_the_next_paragraph() {
    check(
        "“It shows how fragile the network is,” said Prof Ann Lee of the University of Kent.\n\n“Small errors can have a wide impact.”",
        &[
            ("It shows how fragile the network is,", Some("Ann Lee")),
            ("Small errors can have a wide impact.", Some("Ann Lee")),
        ],
    );
}

#[test]
fn names_in_the_attributions_own_sentence_do_not_interrupt_a_continuation() {
    check(
        "Mayor Ann Berg spoke first. “It is an honor for our city,” Berg said on her Civic Voice channel.\n\n“I look forward to the opening.”",
        &[
            ("It is an honor for our city,", Some("Ann Berg")),
            ("I look forward to the opening.", Some("Ann Berg")),
        ],
    );
    check(
        "President Ann Berg spoke first. “What a day,” continued the president.",
        &[("What a day,", Some("Ann Berg"))],
    );
}

#[test]
fn initials_and_generations_are_part_of_one_name() {
    check(
        "Health Secretary Robert F. Kenner Jr. said the outbreak was “not unusual.” Robert F. Kenner later wrote that vaccines “protect children.”",
        &[
            ("not unusual.", Some("Robert F. Kenner Jr.")),
            ("protect children.", Some("Robert F. Kenner Jr.")),
        ],
    );
}

#[test]
fn the_department_is_the_body_that_spoke_before() {
    check(
        "A child died, according to the State Health Department (SHD). “This is a tragic loss,” the department said.",
        &[
            ("A child died", Some("State Health Department")),
            ("This is a tragic loss,", Some("State Health Department")),
        ],
    );
}

#[test]
fn the_new_office_holder_is_not_the_one_who_held_it_before() {
    let out = run(&[
        (
            "a.txt",
            "Outgoing Prime Minister Rishi Vale conceded. “The voters have spoken,” Mr Vale said.",
        ),
        (
            "b.txt",
            "Karl Stone took office on Friday. “We will rebuild,” the new prime minister said.\n\n“I am sorry,” the former prime minister said.",
        ),
    ]);
    let got = quotes(&out.corpus);
    let speaker = |text: &str| {
        got.iter()
            .find(|(t, _, _)| t == text)
            .and_then(|(_, s, _)| s.clone())
    };
    assert_eq!(
        speaker("We will rebuild,").as_deref(),
        Some("The new prime minister")
    );
    // "Outgoing" is what "former" means the day after.
    assert_eq!(speaker("I am sorry,").as_deref(), Some("Rishi Vale"));
}

#[test]
fn a_nationality_and_a_lowercase_role_before_a_name() {
    check(
        "“This document is an illusion,” Indian delegate Chandra Rao told the closing session. “We oppose it.”",
        &[
            ("This document is an illusion,", Some("Chandra Rao")),
            ("We oppose it.", Some("Chandra Rao")),
        ],
    );
}

#[test]
fn sport_roles_and_asides_in_brackets() {
    check(
        "Coach Marta Lind said the team was “ready”. Striker Paulo Dias (pictured) said: “It is a dream.”",
        &[("ready", Some("Marta Lind")), ("It is a dream.", Some("Paulo Dias"))],
    );
    // "he" with nobody named near is the last person quoted, though an organisation spoke since.
    check(
        "“I can’t believe it,” said forward Paulo Dias, who scored twice.\n\nAccording to a statement from the league, the match was “a celebration”.\n\n“It’s over,” he said.",
        &[
            ("I can’t believe it,", Some("Paulo Dias")),
            ("a celebration", Some("League")),
            ("It’s over,", Some("Paulo Dias")),
        ],
    );
}

#[test]
fn letters_of_rank_end_a_name_and_do_not_describe_it() {
    check(
        "The Director of Public Prosecutions, Kerri Judd KC, said in a statement that the verdict was “the right outcome”.",
        &[("the right outcome", Some("Kerri Judd"))],
    );
}

#[test]
fn an_abbreviated_title_is_the_office_a_role_noun_names() {
    check(
        "Gov. Ron Dale said the storm was “the worst in a century”. The governor added: “Do not go back yet.”",
        &[
            ("the worst in a century", Some("Ron Dale")),
            ("Do not go back yet.", Some("Ron Dale")),
        ],
    );
}

/// Ranks abbreviated with a full stop ("Lt. Cmdr.", "Det. Supt.") are titles: the name after
/// them is the speaker's, the description between commas the role.
#[test]
fn abbreviated_ranks_before_a_name() {
    check(
        "\"He held on to a cooler for a whole night,\" Lt. Cmdr. Rosa Vance, the duty officer, said.",
        &[("He held on to a cooler for a whole night,", Some("Rosa Vance"))],
    );
    check(
        "“We have made an arrest,” Det. Supt. Owen Marsh said.",
        &[("We have made an arrest,", Some("Owen Marsh"))],
    );
}

#[test]
fn two_single_marks_in_a_row_are_one_double_mark() {
    check(
        "Roads reopened on Monday. ''We will rebuild,'' said Mayor Tom Reed.",
        &[("We will rebuild,", Some("Tom Reed"))],
    );
    check(
        "‘‘It is over,’’ Ann Dale said. She added that the players' ''best chance'' had gone.",
        &[
            ("It is over,", Some("Ann Dale")),
            ("best chance", Some("Ann Dale")),
        ],
    );
    // Opened with one kind, closed with the other.
    check(
        "His brother Jon Lake spoke.\n''It is an honour,\" he said. ''But it is a burden.''\nThe bishop, a member of the order, took a new name.",
        &[
            ("It is an honour,", Some("Jon Lake")),
            ("But it is a burden.", Some("Jon Lake")),
        ],
    );
    check(
        "\"It is fine,'' Ann Dale said.",
        &[("It is fine,", Some("Ann Dale"))],
    );
    // Closed after a `!`, with no comma: the second mark is no word before the speaker.
    check(
        "''Well done, all of you! We are proud to be your partner!'' Mayor Tom Reed posted on X.",
        &[(
            "Well done, all of you! We are proud to be your partner!",
            Some("Tom Reed"),
        )],
    );
    // One apostrophe is still an apostrophe, and a lone pair is no quotation.
    check("The twins' coach left. It was a '' blank '' line.", &[]);
}

#[test]
fn a_relative_named_by_first_name_is_a_person() {
    let out = run(&[(
        "a.txt",
        "The family spoke outside court. His wife, Ann, said: “We have waited years for this.”",
    )]);
    let sp = &out.corpus.speakers[0];
    assert_eq!(sp.name, "Ann");
    assert_eq!(sp.kind, storyscope_core::model::SpeakerKind::Person);
    assert_eq!(sp.role.as_deref(), Some("His wife"));
    check(
        "“It was a shock,” said his brother, Tom.",
        &[("It was a shock,", Some("Tom"))],
    );
    let out = run(&[("b.txt", "Her lawyer, Marks, said: “She is innocent.”")]);
    assert_eq!(
        out.corpus.speakers[0].kind,
        storyscope_core::model::SpeakerKind::Person
    );
    // A publication described by what it is stays an organisation.
    let out = run(&[(
        "c.txt",
        "Pravda, the party's newspaper, said the plan was “reckless”.",
    )]);
    assert_eq!(
        out.corpus.speakers[0].kind,
        storyscope_core::model::SpeakerKind::Organization
    );
}

#[test]
fn the_nationality_as_a_noun_is_the_person_described_by_it() {
    check(
        "Italian striker Marco Rossi scored twice. “It was a dream night,” the Italian said after the match.",
        &[("It was a dream night,", Some("Marco Rossi"))],
    );
    check(
        "German Chancellor Olaf Berg spoke first. “No,” the German said.",
        &[("No,", Some("Olaf Berg"))],
    );
    // Nobody described so: no speaker, never a guess. A people, not a person: none either.
    check("“We fought,” the Spaniard said.", &[("We fought,", None)]);
    check(
        "French President Paul Roy arrived. “We disagree,” the French said.",
        &[("We disagree,", None)],
    );
}

#[test]
fn a_pronoun_after_an_opening_phrase_is_that_sentences_subject() {
    // "Later, he said …" names the brother only as someone spoken of: the next "he" is still
    // the man who spoke, whom the article named first under the shared surname.
    check(
        "Jon Hale watched at home.\n\n“It was a shock,” Hale said on Friday.\n\nLater, he said his brother, Bishop Tom Hale, had been chosen.\n\n“It is an honour,” he said.",
        &[
            ("It was a shock,", Some("Jon Hale")),
            (
                "his brother, Bishop Tom Hale, had been chosen",
                Some("Jon Hale"),
            ),
            ("It is an honour,", Some("Jon Hale")),
        ],
    );
    // The brother elsewhere in the corpus does not take the surname from the article's own man.
    let out = run(&[
        (
            "a.txt",
            "Jon Hale watched at home.\n\nHale said he was proud. “It is an honour,” he said.",
        ),
        (
            "b.txt",
            "Bishop Tom Hale spoke. Tom Hale greeted the crowd.",
        ),
    ]);
    let got = quotes(&out.corpus);
    let got: Vec<(&str, Option<&str>)> = got
        .iter()
        .map(|(t, s, _)| (t.as_str(), s.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("he was proud", Some("Jon Hale")),
            ("It is an honour,", Some("Jon Hale"))
        ]
    );
}

#[test]
fn an_owner_is_not_whom_a_later_pronoun_means() {
    check(
        "Ann Dale was sentenced on Monday.\n\nSpeaking after Dale’s sentencing, Mr Ivo Berg, 70, thanked the police.\n\n“They worked hard,” he said.",
        &[("They worked hard,", Some("Ivo Berg"))],
    );
}

#[test]
fn a_regnal_or_stage_name_is_the_person_it_was_given_to() {
    let speaker_of = |files: &[(&str, &str)]| {
        let out = run(files);
        let got = quotes(&out.corpus);
        let names: Vec<Option<String>> = got.into_iter().map(|(_, s, _)| s).collect();
        (names, out.corpus.speakers)
    };
    // "took the name": the sentence's subject, past its description.
    let (names, speakers) = speaker_of(&[
        (
            "a.txt",
            "Cardinal Tomas Ferro, a member of the order, took the name Pius XIII.",
        ),
        (
            "b.txt",
            "“Peace be with you,” Pope Pius XIII said from the balcony.",
        ),
    ]);
    assert_eq!(names, [Some("Tomas Ferro".to_string())]);
    let ferro = speakers.iter().find(|s| s.name == "Tomas Ferro").unwrap();
    assert!(
        ferro.aliases.contains(&"Pius XIII".to_string()),
        "{:?}",
        ferro.aliases
    );
    // "became known as": the name right before the verb, not another person in the sentence.
    let (names, _) = speaker_of(&[
        ("a.txt", "Mayor Ana Ruiz spoke minutes after Cardinal Tomas Ferro became known to the world as Pope Pius XIII."),
        ("b.txt", "“Peace be with you,” Pius XIII said."),
    ]);
    assert_eq!(names, [Some("Tomas Ferro".to_string())]);
    // "born": the name given at birth, after the comma.
    let (names, _) = speaker_of(&[(
        "a.txt",
        "Pope Pius XIII, born Tomas Maria Ferro, greeted the crowd. “Peace be with you,” Pius XIII said.",
    )]);
    assert_eq!(names, [Some("Tomas Maria Ferro".to_string())]);
    // Without such words, two names stay two people.
    let (names, _) = speaker_of(&[(
        "a.txt",
        "Cardinal Tomas Ferro greeted Pope Pius XIII. “Peace be with you,” Pius XIII said.",
    )]);
    assert_eq!(names, [Some("Pius XIII".to_string())]);
}

#[test]
fn a_description_with_an_acronym_then_the_name() {
    check(
        "“We are on the Moon,” proclaimed the Chief of the National Space Agency (NSA), R. Kumaran, after the landing.",
        &[("We are on the Moon,", Some("R. Kumaran"))],
    );
}

#[test]
fn a_subject_phrase_ends_at_its_verb() {
    // Never "Agency director congratulated the team" as a speaker.
    check(
        "The agency director congratulated Ravi and further wrote, “What a way to show new technology.”",
        &[("What a way to show new technology.", Some("The agency director"))],
    );
}

#[test]
fn a_name_run_that_goes_on_to_a_bodys_name_is_no_person() {
    check(
        "Before visiting the Agency Telemetry Tracking and Command Network, PM Ravi Modan addressed a crowd.\n\n“People across the globe are filled with joy,” he said.",
        &[("People across the globe are filled with joy,", Some("Ravi Modan"))],
    );
    // Two people joined by "and" are still people.
    check(
        "Tom Hanks and Rita Wilson arrived. “We are thrilled,” Hanks said.",
        &[("We are thrilled,", Some("Tom Hanks"))],
    );
}

#[test]
fn the_person_followed_by_what_they_do() {
    check(
        "“I will keep going,” Dana Vell said.\n\nThis is 25-year-old Vell's first win.\n\n“To stand here is incredible,” the young actress said.\n\n“We lost,” the other player said.",
        &[
            ("I will keep going,", Some("Dana Vell")),
            ("To stand here is incredible,", Some("Dana Vell")),
            ("We lost,", Some("The other player")),
        ],
    );
}

#[test]
fn a_straight_mark_after_a_sentence_opens_the_next_quotation() {
    check(
        "It won an award for Adrien Vale. \"Acting is fragile,\" Vale said. \"It is.\"",
        &[
            ("Acting is fragile,", Some("Adrien Vale")),
            ("It is.", Some("Adrien Vale")),
        ],
    );
}

#[test]
fn shared_right_before_a_quotation_is_speech() {
    check(
        "The film’s director, Sean Bay, shared, “I want to thank the academy.”",
        &[("I want to thank the academy.", Some("Sean Bay"))],
    );
    check(
        "She shared a photo of the “great day” online.",
        &[("great day", None)],
    );
}

#[test]
fn a_quotation_alone_after_a_sentence_about_one_person_is_theirs() {
    check(
        "There were historic moments. Dana Vell became the first woman from her town to win. “My grandmother came here in 1961 with nothing at all.”",
        &[("My grandmother came here in 1961 with nothing at all.", Some("Dana Vell"))],
    );
    // Two people in that sentence: it could be either, so nobody.
    check(
        "Paul Hart became the first man to win, and Ria Soto became the first woman to win. “My family worked hard for this moment.”",
        &[("My family worked hard for this moment.", None)],
    );
    // A sentence that quotes someone else in between: not this rule's to decide.
    check(
        "Dana Vell won. “It is over,” an official said. “We will be back next year for sure.”",
        &[
            ("It is over,", Some("An official")),
            ("We will be back next year for sure.", Some("An official")),
        ],
    );
}

#[test]
fn a_pronoun_means_the_main_clause_before_an_opening_clause() {
    check(
        "Olek Brant leads the service.\n\nWhen Igor Sava, a militia leader, survived an attack, Brant made headlines. \"It is the will of fate that he lives on,\" he added.",
        &[("It is the will of fate that he lives on,", Some("Olek Brant"))],
    );
}

#[test]
fn mixed_quotation_marks_pair_as_typed() {
    check(
        "Keir Starr spoke first. “My thoughts are with all those affected,“ Starr said.\n\n\"We only heard a blast,” Mo Chavda said. “We didn’t know what to do,\" he said.\n\n“He called it \"a sham\" today,” Ann Lee said.",
        &[
            ("My thoughts are with all those affected,", Some("Keir Starr")),
            ("We only heard a blast,", Some("Mo Chavda")),
            ("We didn’t know what to do,", Some("Mo Chavda")),
            ("He called it \"a sham\" today,", Some("Ann Lee")),
        ],
    );
}

#[test]
fn a_countrys_office_is_whoever_holds_it_for_that_country() {
    // "India’s" and "Indian" name one country.
    check(
        "Indian Foreign Secretary Vikram Misra briefed reporters on Saturday.\n\nIndia’s foreign secretary said the attacks were “repeated violations” of the truce.",
        &[("repeated violations", Some("Vikram Misra"))],
    );
    // Austria is not Australia: nobody named holds that office.
    check(
        "Australian Prime Minister Tony Abbot spoke. “We are ready,” the Austrian prime minister said.",
        &[("We are ready,", Some("The Austrian prime minister"))],
    );
    // Someone's office is not them ("Serra's lawyer").
    check(
        "Seo Jun spoke. “Fine,” said Seo's lawyer.",
        &[("Fine,", Some("Seo's lawyer"))],
    );
}

#[test]
fn a_plural_noun_after_a_nationality_is_no_verb() {
    check(
        "Pakistani Prime Minister Omar Sherif spoke. The court has already rejected the Pakistani claims, terming them a “tissue of lies”.",
        &[("tissue of lies", None)],
    );
}

#[test]
fn an_office_written_in_lowercase_keeps_the_words_that_narrow_it() {
    check(
        "The prime minister spoke to civil aviation minister Ram Mohan Naidu and home minister Amit Shah.\n\n“The team is rushing to the site,” the civil aviation minister said in a statement.",
        &[("The team is rushing to the site,", Some("Ram Mohan Naidu"))],
    );
}

#[test]
fn a_religious_order_is_no_person() {
    // "he" is the bishop, not "Augustinian Order".
    check(
        "Bishop Tomas Ferro greeted the crowd.\n\nA member of the Augustinian Order, he stressed: “We must build bridges.”",
        &[("We must build bridges.", Some("Tomas Ferro"))],
    );
}

#[test]
fn a_phrase_of_place_or_time_is_never_a_speaker() {
    // A stray comma between the name and its verb; never "In court on Friday".
    check(
        "That letter “can only be described as bullying”, prosecutor Christa Sloan, said in court on Friday.",
        &[("can only be described as bullying", Some("Christa Sloan"))],
    );
}

#[test]
fn a_participle_after_an_inverted_attribution_keeps_its_speaker() {
    check(
        "“It is a sad sight,” said Bran Clemens, adding that the storm was a “catastrophe for many people.”",
        &[
            ("It is a sad sight,", Some("Bran Clemens")),
            ("catastrophe for many people.", Some("Bran Clemens")),
        ],
    );
}

#[test]
fn the_subject_past_an_opening_adverb_or_a_nationality() {
    check(
        "French President Emile Macon called the vote a “historic moment”, extending a “message of fraternity” on X.",
        &[
            ("historic moment", Some("Emile Macon")),
            ("message of fraternity", Some("Emile Macon")),
        ],
    );
    check(
        "Even further south, President Dina Bolar celebrated the result by praising Ferro's “twenty years of service” in the region.",
        &[("twenty years of service", Some("Dina Bolar"))],
    );
}

#[test]
fn capitalised_words_that_narrow_an_office_must_fit() {
    check(
        "COP29 President Mukhtar Babev opened the talks. Climate envoy Ana Rios spoke too.\n\n“We have a deal,” the COP29 president said.",
        &[("We have a deal,", Some("Mukhtar Babev"))],
    );
    check(
        "Labour leader Keir Stammer won a majority. Tory leader Rishi Sunan conceded.\n\n“Change begins now,” the Labour leader told supporters.",
        &[("Change begins now,", Some("Keir Stammer"))],
    );
}

#[test]
fn the_agency_in_reported_speech_is_the_body_cited_last() {
    check(
        "WADA said it would appeal. The agency said the ban was “too lenient.”",
        &[
            ("it would appeal", Some("WADA")),
            ("too lenient.", Some("WADA")),
        ],
    );
    // With no body cited before, nobody.
    check(
        "“We will appeal,” the agency said.",
        &[("We will appeal,", None)],
    );
}

#[test]
fn a_nationality_nobody_was_described_by_is_the_person_quoted_just_before() {
    check(
        "Dr. Peter Holt, an expert at the college, said the case was “rare.”\n\n“I have always followed the rules,” Luca Sinder wrote. The Italian added: “I accept the decision.”",
        &[
            ("rare.", Some("Peter Holt")),
            ("I have always followed the rules,", Some("Luca Sinder")),
            ("I accept the decision.", Some("Luca Sinder")),
        ],
    );
    // Never someone the article gave another country.
    check(
        "Canadian coach Tom Ray spoke.\n\n“We lost,” Ray said. “We fought,” the Spaniard said.",
        &[("We lost,", Some("Tom Ray")), ("We fought,", None)],
    );
    // Never someone quoted paragraphs before.
    check(
        "“It was fair,” Luca Sinder said.\n\nThe match went on.\n\nThe crowd left.\n\n“We fought,” the Spaniard said.",
        &[("It was fair,", Some("Luca Sinder")), ("We fought,", None)],
    );
}

#[test]
fn a_quotation_that_names_its_own_speaker_never_continues_the_last() {
    check(
        "A company spokesperson said: “We are reviewing the decision.” “We will not accept this,” said one delegate from a small island state, who asked not to be named.",
        &[
            ("We are reviewing the decision.", Some("A company spokesperson")),
            ("We will not accept this,", Some("One delegate from a small island state")),
        ],
    );
    // A statement's verb leaves the words to the statement's author.
    check(
        "Commission President Ursa Leyden issued a statement. “The union stands ready,” Leyden said. “We will work together,” the statement added.",
        &[
            ("The union stands ready,", Some("Ursa Leyden")),
            ("We will work together,", Some("Ursa Leyden")),
        ],
    );
}

#[test]
fn a_quotation_closing_inside_another_still_ends_the_clause() {
    check(
        "“The question isn’t ‘why does Signal use the cloud?’” Mara Whit writes.",
        &[(
            "The question isn’t ‘why does Signal use the cloud?’",
            Some("Mara Whit"),
        )],
    );
}

#[test]
fn courtroom_speakers() {
    check(
        "Judge Helen Marsh told the court the crimes were “calculated and cruel.”\n\nHer Honour said the victims had shown “remarkable courage”.",
        &[
            ("calculated and cruel.", Some("Helen Marsh")),
            ("remarkable courage", Some("Helen Marsh")),
        ],
    );
    check(
        "Defence barrister Sam Oyelo said his client would appeal.\n\nOutside court, the barrister told reporters: “We respect the decision.”",
        &[
            ("his client would appeal", Some("Sam Oyelo")),
            ("We respect the decision.", Some("Sam Oyelo")),
        ],
    );
}

#[test]
fn a_pronoun_after_a_sentence_about_an_unnamed_relative_is_that_relative() {
    check(
        "Defence barrister Sam Oyelo said his client would appeal.\n\nDalton's mother, who attended every day of the trial, wept. “He is still my son,” she said.",
        &[
            ("his client would appeal", Some("Sam Oyelo")),
            ("He is still my son,", Some("Dalton's mother")),
        ],
    );
    // The pronoun of the other gender is not the relative.
    check(
        "Defence barrister Sam Oyelo spoke.\n\nDalton's mother wept. “We will appeal,” he said.",
        &[("We will appeal,", Some("Sam Oyelo"))],
    );
}

#[test]
fn people_described_by_their_work_at_a_body_are_unnamed_people() {
    let out = run(&[(
        "a.txt",
        "Scientists at the European Southern Observatory said the images were “stunning.”",
    )]);
    let sp = &out.corpus.speakers[0];
    assert_eq!(sp.kind, storyscope_core::model::SpeakerKind::Anonymous);
    assert_eq!(sp.name, "Scientists at the European Southern Observatory");
}

#[test]
fn an_acronym_the_text_defines_is_that_organisation() {
    let out = run(&[
        (
            "a.txt",
            "The World Anti-Doping Agency (WADA) said it would appeal. “The ban is too short,” WADA said in a statement.",
        ),
        (
            "b.txt",
            "The Centers for Disease Control and Prevention (CDC) said: “Vaccines are safe.” The CDC later said cases were “rising”.",
        ),
    ]);
    let got = quotes(&out.corpus);
    let names: Vec<Option<&str>> = got.iter().map(|(_, s, _)| s.as_deref()).collect();
    assert_eq!(
        names,
        [
            Some("World Anti-Doping Agency"),
            Some("World Anti-Doping Agency"),
            Some("Centers for Disease Control and Prevention"),
            Some("Centers for Disease Control and Prevention"),
        ]
    );
    let cdc = out
        .corpus
        .speakers
        .iter()
        .find(|s| s.name == "Centers for Disease Control and Prevention")
        .unwrap();
    assert_eq!(cdc.aliases, ["CDC"]);
}

/// "Advert", "Story continues below": a line a page puts between paragraphs neither ends a
/// quotation of several paragraphs nor breaks its speaker's run of quotes.
#[test]
fn a_page_interstitial_does_not_break_a_quotation() {
    check(
        "Rowan Teal said: “The wind was too strong.\n“We turned back at the ridge.\nAdvert\n“Nobody was hurt.”\nCrews worked all night.\n“It was close,” said Ida Marsh.\nStory continues below\n“Very close.”",
        &[
            ("The wind was too strong.", Some("Rowan Teal")),
            ("We turned back at the ridge.", Some("Rowan Teal")),
            ("Nobody was hurt.", Some("Rowan Teal")),
            ("It was close,", Some("Ida Marsh")),
            ("Very close.", Some("Ida Marsh")),
        ],
    );
    // A full sentence between them is a paragraph of its own: the open mark is reported.
    let out = run(&[("a.txt", "Rowan Teal said: “The wind was too strong.\nCrews worked all night.\n“It was close,” said Ida Marsh.")]);
    assert!(out
        .diagnostics
        .iter()
        .any(|d| d.message.contains("never closed")));
}

/// Two named sources speaking together: the first named stands for both, never the nearer
/// one alone; a second conjunct that is no name leaves the subject as it was.
#[test]
fn joint_speakers_are_the_first_named() {
    check(
        "Meanwhile, the Harbour Board and Portside 2030 Planning Unit said in a statement: “The quay stays open.”",
        &[("The quay stays open.", Some("Harbour Board"))],
    );
    check(
        "Her lawyers Vera Holm and Ben Stroud said: “She will appeal.”",
        &[("She will appeal.", Some("Vera Holm"))],
    );
    check(
        "The Water Ministry and the Coastal Bank said in a joint statement that “costs are rising.”",
        &[("costs are rising.", Some("Water Ministry"))],
    );
    check(
        "Vera Holm and her brother said: “We are relieved.”",
        &[("We are relieved.", Some("Vera Holm"))],
    );
}

/// "Prosecutors Vera Holm and …": a plural office that opens a sentence is not a first name.
#[test]
fn a_plural_office_is_never_part_of_a_name() {
    let out = run(&[
        (
            "a.txt",
            "Prosecutors Vera Holm and Ben Stroud said: “He is guilty.”",
        ),
        ("b.txt", "“The case is strong,” Holm said."),
    ]);
    let names: Vec<&str> = out
        .corpus
        .speakers
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(names, ["Vera Holm"]);
}

/// A pronoun before the quotation means someone named before the pronoun, never the person
/// it speaks of between the pronoun and the words.
#[test]
fn a_pronoun_before_the_words_is_not_who_it_speaks_of() {
    check(
        "Rowing Board (RB) President Tom Bell told radio on Friday that the board will review the case.\n    But he also stressed the Dee “is eligible”.",
        &[
            ("on Friday that the board will review the case", Some("Tom Bell")),
            ("is eligible", Some("Tom Bell")),
        ],
    );
}

/// "says the IOC's Bach", "‘We will act’ says Board’s Bell": a body's possessive says where
/// someone works; and a headline's quotation takes its verb without a comma.
#[test]
fn a_bodys_possessive_before_a_name_and_a_headline_without_a_comma() {
    check(
        "Rowing Board President Tom Bell spoke on Friday. “We will act,” said the Board's Tom Bell.",
        &[("We will act,", Some("Tom Bell"))],
    );
    check(
        "‘We will review it’ says Board’s Bell\n\nRowing Board President Tom Bell spoke on Friday.",
        &[("We will review it", Some("Tom Bell"))],
    );
}

/// "Games boss, Tom Bach made …": a description then a name, with no comma after the name,
/// is that name as the sentence's subject; a people noun written as a surname is a name.
#[test]
fn a_description_then_a_name_and_its_verb() {
    check(
        "Regatta boss, Tom Bach made an error when trying to end the row.\nThe German chief, 70, told reporters that the boat was “within the rules”.",
        &[("within the rules", Some("Tom Bach"))],
    );
    check(
        "“We won,” said Tom Parent.",
        &[("We won,", Some("Tom Parent"))],
    );
    check(
        "Fans said the race was “unfair”.",
        &[("unfair", Some("Fans"))],
    );
}

/// "But Bell, who …, hit out": a word opening the sentence is no given name, so the surname
/// is the person a later "he" means; "Both" is how many, never who.
#[test]
fn a_surname_after_but_is_still_the_person() {
    let out = run(&[
        (
            "a.txt",
            "Ada Corr withdrew from the race.\n\nBut Bell, who made an appearance on Saturday, hit out at critics.\n\n‘Ending it is up to you,’ he told reporters.",
        ),
        ("b.txt", "Rowing Board President Tom Bell spoke."),
    ]);
    let got = quotes(&out.corpus);
    assert_eq!(got[0].1.as_deref(), Some("Tom Bell"), "{got:?}");
    check(
        "Both won their heats, the younger one later saying the wind was “brutal”.",
        &[("brutal", None)],
    );
}

/// "mentioned", "reassured … there was": reporting verbs too; and a headline's "who on what:
/// ‘words’" gives the words to who.
#[test]
fn more_reporting_verbs_and_a_headline_on_a_topic() {
    check(
        "Ed Barr spoke. Barr also mentioned, “We have to protect our customers.”",
        &[("We have to protect our customers.", Some("Ed Barr"))],
    );
    check(
        "Hana Reyes, the deputy head of the Grid Centre, reassured residents there was “no reason to panic” on Friday.",
        &[("no reason to panic", Some("Hana Reyes"))],
    );
    check(
        "Acme CEO on when the outage will end: ‘Sorry, it will take time’\nAcme CEO Gil Ortiz apologised for the outage.",
        &[("Sorry, it will take time", Some("Gil Ortiz"))],
    );
}

/// "The secretary assured …" when nobody in the corpus holds that office: the person the
/// sentence before is about, or quoted (low); two offices joined by "and" are one person's.
#[test]
fn an_office_nobody_holds_after_a_named_person() {
    check(
        "Mara Quint met the envoy on Friday. The secretary later said the talks were “useful.”",
        &[("useful.", Some("Mara Quint"))],
    );
    check(
        "Mara Quint said she looked forward to “closer ties.” The secretary added that she was “hopeful.”",
        &[("closer ties.", Some("Mara Quint")), ("hopeful.", Some("Mara Quint"))],
    );
    check(
        "Party President and Health Minister Ivo Lenk said: “We grieve.”",
        &[("We grieve.", Some("Ivo Lenk"))],
    );
    // "Secretary of State …": the office before "of" is hers, so "the secretary" finds her.
    check(
        "Secretary of State Mara Quint, a conservative, spoke.\n\nBo Lind met her. “We are glad,” the secretary said.",
        &[("We are glad,", Some("Mara Quint"))],
    );
}

/// "“…,” it warned": the body just quoted, else the body the sentence before is about (a
/// one-word name after its description counts); never a person.
#[test]
fn it_after_the_words_is_a_body() {
    check(
        "“Rain is coming,” the Weather Agency said. “Stay indoors,” it warned.",
        &[
            ("Rain is coming,", Some("Weather Agency")),
            ("Stay indoors,", Some("Weather Agency")),
        ],
    );
    check(
        "Almost an hour earlier, the national weather office, Meteora, had raised its alert to red. “Be very careful!” it warned.",
        &[("Be very careful!", Some("Meteora"))],
    );
    check(
        "Mayor Ann Berg spoke. “Be careful,” it said.",
        &[("Be careful,", None)],
    );
}

/// "King Felipe" is "Felipe VI"; "the King Felipe" is no organisation; "a young man told the
/// king, “…”" is the young man's; "expresses …:" introduces words.
#[test]
fn regnal_names_described_people_and_expressing() {
    let out = run(&[
        (
            "a.txt",
            "Crowds greeted King Aldo IV and the queen on Sunday.",
        ),
        (
            "b.txt",
            "Despite the anger, the King Aldo tried to talk, saying: “No one was ready.”",
        ),
        ("c.txt", "“We are with you,” King Aldo said."),
    ]);
    let names: Vec<&str> = out
        .corpus
        .speakers
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(names, ["Aldo IV"]);
    check(
        "In one exchange, a young man told the king, “Nobody warned us,” pointing at the river.",
        &[("Nobody warned us,", Some("A young man"))],
    );
    check(
        "Mara Gil expresses the village’s grief: “We hoped for a miracle.”",
        &[("We hoped for a miracle.", Some("Mara Gil"))],
    );
}

/// A paragraph that opens with a quotation mark and never closes it lost its closing mark:
/// its words are a quotation to the paragraph's end (and the missing mark is reported); a mark
/// inside a paragraph left open is still only reported.
#[test]
fn a_paragraph_opening_with_an_unclosed_mark_is_a_quotation() {
    let out = run(&[(
        "a.txt",
        "Outside court Lena Vos gave a statement.\n\n“This was a hard ordeal. I think of my children.\nThe court rose at noon.\n\nShe said “this never ends.\n\nA plain line.",
    )]);
    let q = quotes(&out.corpus);
    let texts: Vec<&str> = q
        .iter()
        .filter(|x| x.2 != QuoteKind::Indirect)
        .map(|x| x.0.as_str())
        .collect();
    assert_eq!(texts, ["This was a hard ordeal. I think of my children."]);
    assert_eq!(
        out.diagnostics
            .iter()
            .filter(|d| d.message.contains("never closed"))
            .count(),
        2
    );
}

/// "Lena Vos: “…”" opening a line is her words (a label such as "Breaking News:" is nobody);
/// "said the victim" is the person the story follows.
#[test]
fn a_name_and_a_colon_and_the_victim() {
    check(
        "Lena Vos: “I have never regretted it”\n\nLena Vos spoke outside court.",
        &[("I have never regretted it", Some("Lena Vos"))],
    );
    check(
        "Breaking News: “We are live and on air now.”",
        &[("We are live and on air now.", None)],
    );
    check(
        "Lena Vos left the court in Arles. Vos thanked her supporters.\n\n“I wanted the doors open,” said the victim, who had waived anonymity.",
        &[("I wanted the doors open,", Some("Lena Vos"))],
    );
}

/// Crowds shout, chant and yell; a list of quotations after one verb is one speaker's; a
/// participle right after a people noun has that noun as its subject.
#[test]
fn shouted_words_and_lists_of_them() {
    check(
        "Last week, relatives of the victims shouted “liar”, “coward” and “go home” at the mayor.",
        &[
            ("liar", Some("Relatives of the victims")),
            ("coward", Some("Relatives of the victims")),
            ("go home", Some("Relatives of the victims")),
        ],
    );
    check(
        "Mud was thrown as guards held back a crowd yelling “Shame on you!” and “Leave!”",
        &[
            ("Shame on you!", Some("A crowd")),
            ("Leave!", Some("A crowd")),
        ],
    );
    // Terms in a list stay terms.
    check(
        "The “plan” and the “deal” were signed.",
        &[("plan", None), ("deal", None)],
    );
}

/// "TASS, citing a Kremlin source, reported": the source cited speaks; "“…,” read the post"
/// is the post's author; "al-Jalali" is a name; "the Observatory for Human Rights" is one body;
/// "he said" after a name the words speak of is not relayed to that name.
#[test]
fn cited_sources_posts_and_prefixed_names() {
    check(
        "Earlier, the state news agency Novex, citing a palace source, reported that the king was granted asylum “on humane grounds.”",
        &[("on humane grounds.", Some("A palace source"))],
    );
    check(
        "The board fired its chief on Friday.\n\nIn a post on X, Dan Brock and Sam Alt expressed shock over the decision. “We are shocked by what the board did,” read the post.",
        &[("We are shocked by what the board did,", Some("Dan Brock"))],
    );
    check(
        "Prime Minister Omar Ghazi al-Karim stayed in the capital.\n\n“I hope everyone will act calmly,” al-Karim said.",
        &[("I hope everyone will act calmly,", Some("Omar Ghazi al-Karim"))],
    );
    check(
        "Rebels ousted the governor, who the monitor the Northern Observatory for Human Rights said had “fled”.",
        &[("fled", Some("Northern Observatory for Human Rights"))],
    );
    check(
        "Omar Daher wept in the square. The governor “is a thief and a coward,” he said.",
        &[("is a thief and a coward,", Some("Omar Daher"))],
    );
}

/// "As one citizen posted:", "a grieving Harbour resident Amer Bath told": described people
/// with a place inside the description; citizens, locals and rebels are people.
#[test]
fn described_people_with_a_place_in_the_description() {
    check(
        "Many were in disbelief. As one citizen posted: “The city is ours again.”",
        &[("The city is ours again.", Some("One citizen"))],
    );
    check(
        "“I can’t believe I’m alive,” a grieving Harbour resident Amer Bath told a news agency by phone.",
        &[("I can’t believe I’m alive,", Some("Amer Bath"))],
    );
}

/// "accused … of “…”", "blasted", "vows": reporting verbs; in the passive ("was accused of")
/// the subject is who is spoken of, never the speaker.
#[test]
fn accusations_and_the_passive() {
    check(
        "The minister accused the rebels of “betrayal”.",
        &[("betrayal", Some("The minister"))],
    );
    check(
        "Coach Ann Lee was accused of “gross misconduct” last year.",
        &[("gross misconduct", None)],
    );
    check(
        "Coach Ann Lee was repeatedly accused of “gross misconduct” last year.",
        &[("gross misconduct", None)],
    );
}

/// A quotation alone on its line with no closing punctuation is a subhead, not the next words
/// of whoever spoke last; and "he said" after a name the words are about is not that name.
#[test]
fn subheads_and_the_topic_before_the_words() {
    check(
        "Ada Corr said: “I got into the ring to fight.”\n‘Don’t go, it’s a man’\nHer coach spoke later.",
        &[
            ("I got into the ring to fight.", Some("Ada Corr")),
            ("Don’t go, it’s a man", None),
        ],
    );
    check(
        "Ada Corr said: “I got into the ring to fight.”\n“I left with my head high.”",
        &[
            ("I got into the ring to fight.", Some("Ada Corr")),
            ("I left with my head high.", Some("Ada Corr")),
        ],
    );
    check(
        "Omar Dahl said his father had been taken. The governor “is a thief and a coward,” he said.",
        &[
            ("his father had been taken", Some("Omar Dahl")),
            ("is a thief and a coward,", Some("Omar Dahl")),
        ],
    );
    check(
        "Omar Dahl said his father had been taken. Rafiq “is a thief and a coward,” he said.",
        &[
            ("his father had been taken", Some("Omar Dahl")),
            ("is a thief and a coward,", Some("Omar Dahl")),
        ],
    );
}

/// ", who said …" is the noun phrase before the comma, without the medium it spoke on, while
/// the clause runs on to the words; "Chief of Detectives Jo Kenny" and "Lt. Col. Jo Bivens of
/// the State Police" are Jo Kenny and Jo Bivens.
#[test]
fn relative_clauses_and_long_offices() {
    check(
        "The halt was announced by Governor Dan Trask on social media, who said that it followed a “long night of talks”.",
        &[("long night of talks", Some("Dan Trask"))],
    );
    check(
        "Pelin, who had admitted all the charges against him, looked on as his conviction for ‘aggravated assault’ was read out.",
        &[("aggravated assault", None)],
    );
    check(
        "Officers found a note showing “ill will toward the firm,” Harbour City Police Chief of Detectives Jo Kenny said Monday.",
        &[("ill will toward the firm,", Some("Jo Kenny"))],
    );
    check(
        "Lt. Col. Jo Bivens of the State Police said a clerk saw him.\n\n“The clerk recognised him,” Bivens said.",
        &[
            ("a clerk saw him", Some("Jo Bivens")),
            ("The clerk recognised him,", Some("Jo Bivens")),
        ],
    );
}

/// A photo caption names who is pictured, not whom a later "she" means; a quotation in a
/// sentence's opening clause does not make its speaker the "he" of the next sentence.
#[test]
fn captions_and_opening_clauses_are_not_what_pronouns_mean() {
    check(
        "Jenna Moss was hugged by Luis Ruben at the ceremony.\n\nFederation President Luis Ruben during the ceremony\n\n“Hey, I didn’t like it,” she said.",
        &[("Hey, I didn’t like it,", Some("Jenna Moss"))],
    );
    check(
        "While Jenna Moss told the court that she felt “disrespected” by the act, Luis Ruben has maintained that it was consensual. He told the court that he remained “absolutely sure”.",
        &[
            ("disrespected", Some("Jenna Moss")),
            ("absolutely sure", Some("Luis Ruben")),
        ],
    );
}

/// "sporting director Luque": an office before one capitalised word makes it a person's
/// surname, so "Luque accused …" is a person though no full name is known; a word with no
/// office stays an organisation ("Reuters").
#[test]
fn a_titled_lone_surname_is_a_person() {
    let out = run(&[(
        "a.txt",
        "The trial heard from former sporting director Lusca and others.\n\nLusca accused the player of “jumping on the bandwagon”. “We saw nothing,” Reuters said.",
    )]);
    let kinds: Vec<(&str, storyscope_core::model::SpeakerKind)> = out
        .corpus
        .speakers
        .iter()
        .map(|s| (s.name.as_str(), s.kind))
        .collect();
    use storyscope_core::model::SpeakerKind::{Organization, Person};
    assert_eq!(kinds, [("Lusca", Person), ("Reuters", Organization)]);
}

/// A publication relays a subject's words only when the subject does something to them
/// ("officials found the message “…”, the paper added"); words that say what the subject is
/// or remains are the report's own.
#[test]
fn a_report_about_someone_is_the_reports_words() {
    check(
        "Marlow is “expected to be extradited to Harbour City eventually,” the Coast Press said.",
        &[(
            "expected to be extradited to Harbour City eventually,",
            Some("Coast Press"),
        )],
    );
    check(
        "Harbour officials found the message “very concerning”, the Coast Journal added.",
        &[("very concerning", Some("Harbour officials"))],
    );
}

/// "Marlow's note reportedly said", "Acme's statement said": a document speaks for its owner;
/// an adverb of manner sits between subject and verb; a noun after a quotation that ends in a
/// comma ("“…,” law enforcement sources said") is no modifier making it a term.
#[test]
fn documents_of_their_owner_adverbs_and_sources() {
    check(
        "Lu Marlow was arrested. Marlow's note reportedly said he “wasn't working with anyone.”",
        &[("wasn't working with anyone.", Some("Lu Marlow"))],
    );
    check(
        "Acme's statement said the outage was “regrettable”.",
        &[("regrettable", Some("Acme"))],
    );
    check(
        "In a clip released on Sunday, Coach Ida Ruben unequivocally stated, ‘Yes, I will resign,’ when asked.",
        &[("Yes, I will resign,", Some("Ida Ruben"))],
    );
    check(
        "“He had the same eyebrows,” law enforcement sources said.",
        &[("He had the same eyebrows,", Some("Law enforcement sources"))],
    );
    check(
        "They reaffirmed the “one China” policy.",
        &[("one China", None)],
    );
}

/// "carried a sign reading, “…”": the words on a sign are its bearer's; "another yelled" is one
/// more unnamed source, never the one before nor an organisation.
#[test]
fn signs_and_another() {
    check(
        "A man behind her carried a sign reading, “The land is ours,” while another yelled, “Go home.”",
        &[
            ("The land is ours,", Some("A man")),
            ("Go home.", Some("Another")),
        ],
    );
    check(
        "Another said it was “unfair”.",
        &[("unfair", Some("Another"))],
    );
    check(
        "She was reading a novel called “Dune Sea”.",
        &[("Dune Sea", None)],
    );
}

/// "the 32-year-old" is whom the corpus gave that age ("Sam Brill-Ford, 32,"), before the
/// person named most: even when this article writes only the surname.
#[test]
fn an_age_given_anywhere_names_the_person() {
    let out = run(&[
        ("a.txt", "Sam Brill-Ford, 32, said he was “sorry about what happened.”"),
        (
            "b.txt",
            "Judge Lewis Kapp sentenced him. Brill-Ford claimed he wished he could help. Kapp spoke, and Kapp left.\n\n“My useful life is probably over,” the 32-year-old said.",
        ),
    ]);
    let got = quotes(&out.corpus);
    let last = got.iter().find(|q| q.0.starts_with("My useful life"));
    assert_eq!(
        last.and_then(|q| q.1.as_deref()),
        Some("Sam Brill-Ford"),
        "{got:?}"
    );
}

/// A cue that closes the sentence after its last comma gives the sentence's quoted words to
/// its subject (never to the audience after "told"); "one of her lawyers, Name, told" is Name;
/// "Council for Innovation CEO Name" is Name.
#[test]
fn a_cue_closing_the_sentence() {
    check(
        "The stiff sentence sets a “crucial” example for others, Trade Council for Innovation CEO Sheila Warr told a newspaper.",
        &[("crucial", Some("Sheila Warr"))],
    );
    check(
        "The plan is “bold” and costly, experts say.",
        &[("bold", Some("Experts"))],
    );
    check(
        "“She has no fear of it,” one of her lawyers, Stefan Babon, told Radio Nord on Friday.",
        &[("She has no fear of it,", Some("Stefan Babon"))],
    );
}

/// British copy: a quotation of several paragraphs in single marks, each paragraph opening
/// with ‘ and only the last closed; a "Read More" line and the linked title under it do not
/// break the speaker's run.
#[test]
fn single_marks_over_several_paragraphs() {
    check(
        "Dr Hana Klug told the briefing: ‘The virus is not the new flu.\n‘However, the alert lets us refocus.\nRead More\nEverything you need to know about the virus – including warning signs\n‘Two years ago, we controlled it.’",
        &[
            ("The virus is not the new flu.", Some("Hana Klug")),
            ("However, the alert lets us refocus.", Some("Hana Klug")),
            ("Two years ago, we controlled it.", Some("Hana Klug")),
        ],
    );
}

/// "“…,” they stated" is the body or group the sentence before is about (never a pair of people
/// it cannot tell apart); a capitalised run ending in an office ("Emotional Harbour Mayor
/// urges …, “…”") is that office, found in the person the article names in it.
#[test]
fn they_and_an_office_ending_a_capitalised_run() {
    check(
        "Norsk Shipping Group has now verified that the ship was under charter by them.\n“We are horrified by what has happened,” they stated.",
        &[("We are horrified by what has happened,", Some("Norsk Shipping Group"))],
    );
    check(
        "Protesters gathered outside. “We want justice,” they chanted.",
        &[("We want justice,", Some("Protesters"))],
    );
    check(
        "Ann Lee and Bo Kim met. “We agree,” they said.",
        &[("We agree,", None)],
    );
    check(
        "Emotional Harbour Mayor urges prayers after the bridge collapse, “It looked like a film”\nHARBOUR – An emotional Harbour Mayor Bran Scott urged calm.",
        &[("It looked like a film", Some("Bran Scott"))],
    );
}

#[test]
fn two_offices_joined_by_and_before_a_name() {
    check(
        "Officials met on Monday.\n\n“We own this,” Vantor President and CEO Dana Ruiz said in a statement. “We will do better.”",
        &[("We own this,", Some("Dana Ruiz")), ("We will do better.", Some("Dana Ruiz"))],
    );
    check(
        "Officials met on Monday.\n\n“We own this,” Vantor founder and chief executive Dana Ruiz said.",
        &[("We own this,", Some("Dana Ruiz"))],
    );
    // No name after the offices: the group speaks, whole.
    check(
        "Officials met on Monday.\n\n“We own this,” lawyers and activists said in a statement.",
        &[("We own this,", Some("Lawyers and activists"))],
    );
}

#[test]
fn a_body_and_its_office_before_a_name_after_the_verb() {
    check(
        "The hearing ran late.\n\n“We found nothing,” said Harbour Safety Board chair Dana Ruiz, adding more.",
        &[("We found nothing,", Some("Dana Ruiz"))],
    );
}

#[test]
fn an_industry_noun_is_the_body_the_sentence_opens_with() {
    check(
        "Shares of Vantor Corporation fell on Monday.\n\nVantor is “deeply sorry for the delays” to travellers, the planemaker said in a statement. “We are fixing this.”",
        &[
            ("deeply sorry for the delays", Some("Vantor")),
            ("We are fixing this.", Some("Vantor")),
        ],
    );
    // Several bodies: the text does not say which, so nobody.
    check(
        "Prices rose on Monday.\n\n“Demand is weak,” the carmakers said.",
        &[("Demand is weak,", None)],
    );
}

#[test]
fn a_chairperson_of_a_named_body_is_a_person_with_a_role() {
    check(
        "“Our voices will be heard,” Harbour Union co-chairperson Kenji Sato said on Friday.",
        &[("Our voices will be heard,", Some("Kenji Sato"))],
    );
}

#[test]
fn a_region_is_nobody_a_pronoun_means() {
    check(
        "Chair Ana Lind spoke in Oslo.\n\nReferring to the wars in Europe and the Middle East, she said that the danger was growing “ever more serious.”",
        &[("ever more serious.", Some("Ana Lind"))],
    );
}

#[test]
fn a_body_stating_its_own_words() {
    check(
        "Vantor shared the news online on Sunday, stating, “The tower has caught it!”",
        &[("The tower has caught it!", Some("Vantor"))],
    );
    // A note stating that something is “final”: a word quoted, nobody's speech.
    check(
        "The ministry issued a note stating that the deal was “final”.",
        &[("final", None)],
    );
}

#[test]
fn founder_is_an_office_before_a_name() {
    check(
        "“We will grow,” said Vantor founder Ann Lee.",
        &[("We will grow,", Some("Ann Lee"))],
    );
    check(
        "“That looked like magic,” remarked Vantor communications manager Dan Ruiz during the live broadcast.",
        &[("That looked like magic,", Some("Dan Ruiz"))],
    );
}

#[test]
fn one_name_after_an_office_is_whom_he_means() {
    check(
        "Nico Ruiz scored early.\n\nThe final ended late on Sunday.\n\nMidfielder Rodri, who went off hurt at the break, remembered the side that won a World Cup in 2010.\n\n“What a night,” he told reporters.",
        &[("What a night,", Some("Rodri"))],
    );
}

#[test]
fn an_event_or_a_prize_is_nobody_a_pronoun_means() {
    // Nobody in the sentence before but a cup and a prize: no speaker, not "World Cup".
    check(
        "The squad flew home.\n\nThe team remembered the World Cup and the Fair Play Prize of 2010.\n\n“What a night,” he told reporters.",
        &[("What a night,", None)],
    );
}

#[test]
fn names_with_particles() {
    check(
        "“The deal is close,” said Commission President Ursula von der Leyen.",
        &[("The deal is close,", Some("Ursula von der Leyen"))],
    );
    check(
        "Ursula von der Leyen spoke in Brussels on Monday.\n\n“The deal is close,” von der Leyen said. “We will sign it,” she added.",
        &[
            ("The deal is close,", Some("Ursula von der Leyen")),
            ("We will sign it,", Some("Ursula von der Leyen")),
        ],
    );
    check(
        "“We were ready,” Luis de la Fuente said after the final.",
        &[("We were ready,", Some("Luis de la Fuente"))],
    );
    // A capitalised "La" (a channel's name) is no part of anyone's name alone.
    check(
        "Luis de la Fuente coached the side.\n\nAna Ruiz scored twice. Asked by the network La 1, she said: “It was great.”",
        &[("It was great.", Some("Ana Ruiz"))],
    );
}

#[test]
fn a_participle_after_the_words_goes_on_with_what_was_said() {
    check(
        "Tom Lee, the director of the show, said he “did not intend to shock,” saying the show included “ideas from the Republic.”",
        &[
            ("did not intend to shock,", Some("Tom Lee")),
            ("ideas from the Republic.", Some("Tom Lee")),
        ],
    );
}

#[test]
fn a_number_inside_a_body_s_name_before_an_office() {
    check(
        "During a news conference on Sunday, Paris 2024 spokesperson Anne Ruiz answered the critics, stating, “There was never an intention to offend.”",
        &[("There was never an intention to offend.", Some("Anne Ruiz"))],
    );
}

#[test]
fn a_nationality_before_a_plural_role_is_a_group_not_a_name() {
    check(
        "“We think of all the faithful,” the French Bishops assured.",
        &[("We think of all the faithful,", Some("French Bishops"))],
    );
}

#[test]
fn she_said_and_added() {
    check(
        "Marie Lund spoke in Geneva.\n\nSevere supply problems are slowing the relief effort, she said, and added: “Most of the phone lines are down.”",
        &[("Most of the phone lines are down.", Some("Marie Lund"))],
    );
}

#[test]
fn a_name_word_shared_inside_two_names() {
    check(
        "Senior General Min Aung Hlaing appealed for aid on Friday. Min Aung Hlaing said the toll would rise.\n\n“It was a nightmare,” said Kyaw Moe Aung, who saw a block fall in the district where he lived. “Many houses fell” and “the shaking went on all night,” he said.",
        &[
            ("the toll would rise", Some("Min Aung Hlaing")),
            ("It was a nightmare,", Some("Kyaw Moe Aung")),
            ("Many houses fell", Some("Kyaw Moe Aung")),
            ("the shaking went on all night,", Some("Kyaw Moe Aung")),
        ],
    );
}

#[test]
fn a_party_is_nobody_a_pronoun_means() {
    check(
        "The former finance minister Karl Lind struggled to explain what had happened.\n\nAppearing before reporters at the headquarters of his Free Democrats party on Thursday, Lind, 45, was asked how he felt. At first, he appeared lost for words.\n\n“I have a lot on my mind,” he said.",
        &[("I have a lot on my mind,", Some("Karl Lind"))],
    );
}
