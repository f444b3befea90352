package uk.nowrongdoor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The page-weight budget, measured against a running production build (see README, "Browser tests"):
 * <pre>
 * ./mvnw -Pproduction package -DskipTests && java -jar target/no-wrong-door-1.0.0-SNAPSHOT.jar &
 * ./mvnw test -Dtest=ProductionPageWeightBenchmark -Dnwd.benchmark.url=http://localhost:8080/
 * </pre>
 * Runs only when {@code nwd.benchmark.url} is given, because {@code ./mvnw verify} tests the app in development mode.
 */
@EnabledIfSystemProperty(named = "nwd.benchmark.url", matches = ".+")
class ProductionPageWeightBenchmark {

    static final String URL = System.getProperty("nwd.benchmark.url", "");
    static final long BUDGET_KB = Long.getLong("nwd.benchmark.budget-kb", 350);

    @Test
    void home_page_first_visit_is_light_and_the_crisis_numbers_paint_first_on_slow_4g() {
        var browser = Chromium.browser();
        var weight = PageMetrics.firstVisit(browser, URL);
        var paint = PageMetrics.slow4g(browser, URL, true);
        System.out.printf(
                "Production first visit: %d KB transferred (compressed, headers included) in %d requests%n",
                weight.kilobytes(), weight.requests());
        weight.urls().forEach(u -> System.out.println("  " + u));
        System.out.printf(
                "Slow 4G, 4x CPU, production: crisis numbers painted %.0f ms, search usable %.0f ms%n",
                paint.crisisNumbersMs(), paint.searchUsableMs());

        assertThat(weight.otherHosts(PageMetrics.origin(URL))).isEmpty();
        assertThat(paint.crisisNumbersMs()).isLessThanOrEqualTo(1500);
        assertThat(paint.javaScriptLoadedAtCrisisPaint()).isFalse();
        assertThat(weight.kilobytes())
                .as("first visit over the %d KB budget", BUDGET_KB)
                .isLessThanOrEqualTo(BUDGET_KB);
    }
}
