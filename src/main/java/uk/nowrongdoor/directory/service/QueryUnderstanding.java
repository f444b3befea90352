package uk.nowrongdoor.directory.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import uk.nowrongdoor.directory.domain.Place;
import uk.nowrongdoor.directory.domain.SearchWords;

/**
 * Reads what a person typed before the index is asked: a place named in the words becomes the place to search
 * (postcode districts too), filler words are dropped, feelings and situations bring the categories that help (from
 * {@code search/concepts.txt}), and a risk to someone's life puts the crisis options first. All of it is data, in
 * {@code src/main/resources/search/}, so it can be reviewed as content.
 */
@Component
class QueryUnderstanding {

    static final String CONCEPTS = "search/concepts.txt";
    static final String FILLER = "search/filler-words.txt";
    static final String PLACE_NAMES = "search/place-names.txt";
    static final String RISK_WORDS = "search/risk-words.txt";

    private static final Pattern OUTWARD_CODE = Pattern.compile("[a-z]{1,2}[0-9][0-9a-z]?");
    private static final Pattern INWARD_CODE = Pattern.compile("[0-9][a-z]{2}");
    private static final int LONGEST_PHRASE = 6;

    /** One line of the concept vocabulary: the categories and extra words its phrases bring. */
    record Concept(List<String> phrases, List<String> categories, List<String> words, String source) {

        /** The first help a line names weighs most: 1, then 0.6, then 0.4 and less. */
        static float weight(int position) {
            return position == 0 ? 1f : position == 1 ? 0.6f : 0.4f;
        }
    }

    /** A common form of a place's name. */
    record PlaceForm(String form, String slug, boolean ambiguous) {}

    /** What the words were read as. {@code place} is null when no place was named (or a filter already set one). */
    record Understood(
            @Nullable Place place, SearchWords words, List<String> tokens, Set<String> conceptPhrases, boolean risk) {}

    private final Map<String, List<Concept>> conceptsByPhrase = new HashMap<>();
    private final Set<String> filler;
    private final List<PlaceForm> placeForms;
    private final List<String> riskPhrases;

    QueryUnderstanding() {
        this(read(CONCEPTS), read(FILLER), read(PLACE_NAMES), read(RISK_WORDS));
    }

    QueryUnderstanding(String concepts, String filler, String placeNames, String riskPhrases) {
        for (Concept c : parseConcepts(concepts)) {
            c.phrases().forEach(p -> conceptsByPhrase
                    .computeIfAbsent(p, k -> new ArrayList<>())
                    .add(c));
        }
        this.filler = new HashSet<>();
        lines(filler).forEach(l -> this.filler.addAll(Arrays.asList(l.split("\\s+"))));
        this.placeForms = parsePlaceForms(placeNames);
        this.riskPhrases = lines(riskPhrases).map(QueryUnderstanding::normalise).toList();
    }

    /**
     * The places and every form of their names, read once per tree (see {@link DirectoryTrees}) rather than on every
     * query.
     */
    record PlaceIndex(List<Place> places, Map<String, Place> bySlug, Map<String, PlaceForm> forms) {}

    /** The names, slugs and common forms ({@code search/place-names.txt}) of the places, for {@link #understand}. */
    PlaceIndex index(List<Place> places) {
        var bySlug = new HashMap<String, Place>();
        places.forEach(p -> bySlug.put(p.getSlug(), p));
        var forms = new HashMap<String, PlaceForm>();
        for (Place p : places) {
            forms.put(normalise(p.getName()), new PlaceForm(normalise(p.getName()), p.getSlug(), false));
            forms.put(p.getSlug().replace('-', ' '), new PlaceForm(p.getSlug().replace('-', ' '), p.getSlug(), false));
        }
        placeForms.stream().filter(f -> bySlug.containsKey(f.slug())).forEach(f -> forms.put(f.form(), f));
        return new PlaceIndex(List.copyOf(places), Map.copyOf(bySlug), Map.copyOf(forms));
    }

    /**
     * @param places every place, to find names in the words
     * @param byOutwardCode the place a postcode district lies in, for a district no place names as its own
     * @param placeChosen true when a filter already names the place: words then never replace it
     */
    Understood understand(
            String text, List<Place> places, Function<String, Optional<Place>> byOutwardCode, boolean placeChosen) {
        return understand(text, index(places), byOutwardCode, placeChosen);
    }

    /** As above, with the places already indexed. */
    Understood understand(
            String text, PlaceIndex places, Function<String, Optional<Place>> byOutwardCode, boolean placeChosen) {
        List<String> tokens = List.of(normalise(text).split(" "));
        if (tokens.size() == 1 && tokens.get(0).isEmpty()) {
            return new Understood(null, SearchWords.none(), List.of(), Set.of(), false);
        }
        boolean risk = mentionsRisk(tokens);
        boolean[] used = new boolean[tokens.size()];
        Place place = placeChosen ? null : findPlace(tokens, used, places, byOutwardCode);

        var categories = new LinkedHashMap<String, Float>();
        var extra = new ArrayList<String>();
        var phrases = new LinkedHashSet<String>();
        for (int i = 0; i < tokens.size(); ) {
            int matched = 0;
            for (int n = Math.min(LONGEST_PHRASE, tokens.size() - i); n >= 1 && matched == 0; n--) {
                if (anyUsed(used, i, n)) {
                    continue;
                }
                String phrase = String.join(" ", tokens.subList(i, i + n));
                var found = conceptsByPhrase.get(phrase);
                if (found != null) {
                    phrases.add(phrase);
                    if (n > 1) {
                        // "hearing voices" means psychosis, not a group called Older Voices
                        Arrays.fill(used, i, i + n, true);
                    }
                    found.forEach(c -> {
                        for (int k = 0; k < c.categories().size(); k++) {
                            categories.merge(c.categories().get(k), Concept.weight(k), Math::max);
                        }
                        c.words().stream().filter(w -> !extra.contains(w)).forEach(extra::add);
                    });
                    matched = n;
                }
            }
            i += Math.max(matched, 1);
        }
        var words = new ArrayList<String>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (!used[i] && t.length() > 1 && !filler.contains(t) && !words.contains(t)) {
                words.add(t);
            }
        }
        extra.removeAll(words);
        return new Understood(place, new SearchWords(words, extra, categories, risk), tokens, phrases, risk);
    }

    boolean mentionsRisk(List<String> tokens) {
        String padded = " " + String.join(" ", tokens) + " ";
        return riskPhrases.stream().anyMatch(p -> padded.contains(" " + p + " "));
    }

    private @Nullable Place findPlace(
            List<String> tokens, boolean[] used, PlaceIndex places, Function<String, Optional<Place>> byOutwardCode) {
        var forms = places.forms();
        for (int i = 0; i < tokens.size(); i++) {
            for (int n = Math.min(LONGEST_PHRASE, tokens.size() - i); n >= 1; n--) {
                var form = forms.get(String.join(" ", tokens.subList(i, i + n)));
                if (form != null) {
                    if (!form.ambiguous()) {
                        Arrays.fill(used, i, i + n, true);
                    }
                    return places.bySlug().get(form.slug());
                }
            }
            String token = tokens.get(i);
            if (OUTWARD_CODE.matcher(token).matches() && token.chars().anyMatch(Character::isLetter)) {
                String outward = token.toUpperCase(Locale.UK);
                var place = places.places().stream()
                        .filter(p -> outward.equals(p.getPostcodeDistrict()))
                        .findFirst()
                        .or(() -> byOutwardCode.apply(outward));
                if (place.isPresent()) {
                    used[i] = true;
                    if (i + 1 < tokens.size()
                            && INWARD_CODE.matcher(tokens.get(i + 1)).matches()) {
                        used[i + 1] = true;
                    }
                    return place.get();
                }
            }
        }
        return null;
    }

    private static boolean anyUsed(boolean[] used, int from, int n) {
        for (int k = from; k < from + n; k++) {
            if (used[k]) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, accents folded, apostrophes dropped, anything else that is not a letter or digit a space. */
    static String normalise(String text) {
        String folded = Normalizer.normalize(text.toLowerCase(Locale.UK), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .replaceAll("['’‘`]", "");
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static List<Concept> parseConcepts(String text) {
        var result = new ArrayList<Concept>();
        lines(text).forEach(line -> {
            int hash = line.indexOf('#');
            String source = hash < 0 ? "" : line.substring(hash + 1).strip();
            String body = hash < 0 ? line : line.substring(0, hash);
            String[] sides = body.split("=>");
            if (sides.length != 2) {
                throw new IllegalStateException(CONCEPTS + ": a line needs phrases => targets: " + line);
            }
            var phrases = Arrays.stream(sides[0].split(","))
                    .map(QueryUnderstanding::normalise)
                    .filter(p -> !p.isEmpty())
                    .toList();
            var categories = new ArrayList<String>();
            var words = new ArrayList<String>();
            for (String target : sides[1].strip().split("\\s+")) {
                if (target.startsWith("+")) {
                    words.add(normalise(target.substring(1)));
                } else if (!target.isBlank()) {
                    categories.add(target);
                }
            }
            result.add(new Concept(phrases, categories, words, source));
        });
        return result;
    }

    static List<PlaceForm> parsePlaceForms(String text) {
        var result = new ArrayList<PlaceForm>();
        lines(text).forEach(line -> {
            int hash = line.indexOf('#');
            String body = hash < 0 ? line : line.substring(0, hash);
            String[] sides = body.split("=>");
            if (sides.length != 2) {
                throw new IllegalStateException(PLACE_NAMES + ": a line needs forms => place: " + line);
            }
            String slug = sides[1].strip();
            for (String form : sides[0].split(",")) {
                String f = form.strip();
                boolean ambiguous = f.endsWith("?");
                String normal = normalise(ambiguous ? f.substring(0, f.length() - 1) : f);
                if (!normal.isEmpty()) {
                    result.add(new PlaceForm(normal, slug, ambiguous));
                }
            }
        });
        return result;
    }

    private static java.util.stream.Stream<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"));
    }

    static String read(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
