package uk.nowrongdoor.directory.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.ClassPathResource;
import uk.nowrongdoor.directory.domain.ListingQuery;

/**
 * The judged query set ({@code src/test/resources/search/judgements.tsv}) run through the home page's search:
 * recall at 5 (the share of the listings a good answer must show that are in the first five cards), mean reciprocal
 * rank (one over the rank of the first such listing), and the risk rule (a query naming a risk to someone's life has
 * the crisis options first: the crisis card, and crisis services in the first cards).
 */
final class JudgedQueries {

    static final String FILE = "search/judgements.tsv";
    static final int TOP = 5;

    record Judgement(String query, List<String> expected, boolean risk) {}

    record Outcome(Judgement judgement, List<String> top, double recall, double reciprocalRank, boolean riskKept) {
        boolean missed() {
            return recall < 1 || !riskKept;
        }
    }

    record Figures(List<Outcome> outcomes) {
        double recallAt5() {
            return outcomes.stream().mapToDouble(Outcome::recall).average().orElse(0);
        }

        double meanReciprocalRank() {
            return outcomes.stream()
                    .mapToDouble(Outcome::reciprocalRank)
                    .average()
                    .orElse(0);
        }

        List<Outcome> missed() {
            return outcomes.stream().filter(Outcome::missed).toList();
        }

        List<Outcome> riskBroken() {
            return outcomes.stream().filter(o -> !o.riskKept()).toList();
        }

        String report() {
            var out = new StringBuilder();
            out.append(String.format(
                    Locale.ROOT,
                    "%nJudged search: %d queries (%d naming a risk), recall@5 %.3f, MRR %.3f, risk rule broken %d%n",
                    outcomes.size(),
                    outcomes.stream().filter(o -> o.judgement().risk()).count(),
                    recallAt5(),
                    meanReciprocalRank(),
                    riskBroken().size()));
            for (Outcome o : missed()) {
                out.append(String.format(
                        Locale.ROOT,
                        "  MISSED %-50s wanted %s, got %s%s%n",
                        '"' + o.judgement().query() + '"',
                        o.judgement().expected(),
                        o.top(),
                        o.riskKept() ? "" : " (crisis options not first)"));
            }
            return out.toString();
        }
    }

    static List<Judgement> read() {
        try (var in = new ClassPathResource(FILE).getInputStream()) {
            var result = new ArrayList<Judgement>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .forEach(l -> {
                        String[] parts = l.split("\t");
                        result.add(new Judgement(
                                parts[0],
                                List.of(parts[1].trim().split("\\s+")),
                                parts.length > 2 && parts[2].trim().equals("risk")));
                    });
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every judged query through {@link DirectoryService#search}, the home page's own call. */
    static Figures run(DirectoryService directory, List<String> crisisSlugs) {
        var outcomes = new ArrayList<Outcome>();
        for (Judgement j : read()) {
            var page = directory.search(ListingQuery.text(j.query()), 0, TOP);
            var top = page.cards().stream().map(ListingCard::slug).toList();
            long found = j.expected().stream().filter(top::contains).count();
            double rr = 0;
            for (int i = 0; i < top.size(); i++) {
                if (j.expected().contains(top.get(i))) {
                    rr = 1.0 / (i + 1);
                    break;
                }
            }
            boolean riskKept = !j.risk()
                    || (page.understanding().crisisFirst()
                            && !top.isEmpty()
                            && top.stream().limit(3).allMatch(crisisSlugs::contains));
            outcomes.add(new Outcome(j, top, (double) found / j.expected().size(), rr, riskKept));
        }
        return new Figures(outcomes);
    }
}
