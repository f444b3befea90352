package uk.nowrongdoor.directory.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.nowrongdoor.directory.domain.Place;

/** How the words are read, with the shipped data files and a small place tree. */
class QueryUnderstandingTest {

    private final QueryUnderstanding understanding = new QueryUnderstanding();
    private final Place area = new Place("coventry-and-warwickshire", "Coventry and Warwickshire", null, 0);
    private final Place warwickshire = new Place("warwickshire", "Warwickshire", area, 1);
    private final Place district = new Place("warwick-district", "Warwick district", warwickshire, 0);
    private final Place leamington = town("leamington-spa", "Leamington Spa", district, "CV32");
    private final Place warwick = town("warwick", "Warwick", district, "CV34");
    private final Place borough = new Place("nuneaton-and-bedworth", "Nuneaton and Bedworth", warwickshire, 1);
    private final Place bedworth = town("bedworth", "Bedworth", borough, "CV12");
    private final List<Place> places = List.of(area, warwickshire, district, leamington, warwick, borough, bedworth);

    private static Place town(String slug, String name, Place parent, String district) {
        var place = new Place(slug, name, parent, 0);
        place.setPostcodeDistrict(district);
        return place;
    }

    private QueryUnderstanding.Understood read(String text) {
        return understanding.understand(text, places, code -> Optional.empty(), false);
    }

    @Test
    void a_town_in_the_words_becomes_the_place_and_leaves_the_words() {
        var understood = read("help for carers in Bedworth");
        assertThat(understood.place()).isSameAs(bedworth);
        assertThat(understood.words().words()).containsExactly("carers");
    }

    @Test
    void common_forms_of_a_place_name_are_read_as_that_place() {
        assertThat(read("low mood leam").place()).isSameAs(leamington);
        assertThat(read("low mood Royal Leamington Spa").place()).isSameAs(leamington);
        assertThat(read("Nuneaton and Bedworth carers").place()).isSameAs(borough);
    }

    @Test
    void an_ambiguous_place_word_narrows_the_place_and_is_kept_as_a_word_too() {
        var understood = read("hospital team warwick");
        assertThat(understood.place()).isSameAs(warwick);
        assertThat(understood.words().words()).contains("warwick");
    }

    @Test
    void an_outward_postcode_or_a_full_postcode_becomes_the_place() {
        var outward = read("cmht CV34");
        assertThat(outward.place()).isSameAs(warwick);
        assertThat(outward.words().words()).doesNotContain("cv34");
        var full = read("carers cv12 8ab");
        assertThat(full.place()).isSameAs(bedworth);
        assertThat(full.words().words()).containsExactly("carers");
    }

    @Test
    void a_postcode_district_no_town_names_is_placed_by_the_lookup_given() {
        var understood = understanding.understand(
                "carers cv35", places, code -> code.equals("CV35") ? Optional.of(district) : Optional.empty(), false);
        assertThat(understood.place()).isSameAs(district);
    }

    @Test
    void a_place_chosen_in_the_filters_is_never_replaced_by_the_words() {
        assertThat(understanding
                        .understand("carers Bedworth", places, code -> Optional.empty(), true)
                        .place())
                .isNull();
    }

    @Test
    void filler_words_are_dropped_so_they_never_make_a_search_fail() {
        assertThat(read("I need help with my anxiety please near me").words().words())
                .containsExactly("anxiety");
        assertThat(read("please can you help").words().words()).isEmpty();
    }

    @Test
    void feelings_and_situations_bring_the_categories_that_help_the_first_weighing_most() {
        var panic = read("panic attacks");
        assertThat(panic.words().categories()).containsEntry("talking-therapies", 1f);
        assertThat(panic.words().categories().get("talk-now")).isLessThan(1f);
        assertThat(read("cant sleep cant stop worrying").words().categories()).containsKey("talking-therapies");
        assertThat(read("my dad has dementia what can I do").words().categories())
                .containsKeys("carers", "older-people");
        assertThat(read("hearing voices").words().categories()).containsKey("early-intervention");
    }

    @Test
    void a_concept_phrase_is_read_before_its_filler_words_are_dropped_and_stands_for_its_words() {
        var understood = read("someone to talk to");
        assertThat(understood.words().categories()).containsKey("talk-now");
        var voices = read("hearing voices");
        assertThat(voices.words().categories()).containsKey("early-intervention");
        assertThat(voices.words().words()).isEmpty();
        assertThat(read("anxiety").words().words()).containsExactly("anxiety");
    }

    @Test
    void risk_words_put_the_crisis_options_first_whatever_else_is_asked() {
        assertThat(read("carers in Bedworth").risk()).isFalse();
        assertThat(read("I feel suicidal").words().crisisFirst()).isTrue();
        assertThat(read("thinking about ending my life").risk()).isTrue();
        assertThat(read("Self-harm support leam").risk()).isTrue();
        assertThat(read("took an overdose").risk()).isTrue();
        assertThat(read("cutting down on drinking").risk()).isFalse();
    }

    @Test
    void every_judged_risk_query_is_read_as_a_risk() {
        JudgedQueries.read().stream()
                .filter(JudgedQueries.Judgement::risk)
                .forEach(j -> assertThat(read(j.query()).risk()).as(j.query()).isTrue());
    }

    @Test
    void did_you_mean_corrects_a_word_from_the_index_words_within_a_typo_or_two() {
        var names = java.util.Map.of("samaritans", 1, "nuneaton", 5, "carers", 9, "cares", 1);
        assertThat(DidYouMean.suggest(List.of("samaritens"), w -> true, java.util.Set.of(), names))
                .isEqualTo("samaritans");
        assertThat(DidYouMean.suggest(List.of("carers", "nuneton"), w -> true, java.util.Set.of("carers"), names))
                .isEqualTo("carers nuneaton");
        assertThat(DidYouMean.suggest(List.of("xqzvbnmw"), w -> true, java.util.Set.of(), names))
                .isNull();
    }
}
