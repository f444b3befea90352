package uk.nowrongdoor.reporting.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.directory.domain.Organisation;
import uk.nowrongdoor.directory.domain.OrganisationRepository;
import uk.nowrongdoor.feedback.domain.Feedback;
import uk.nowrongdoor.feedback.domain.FeedbackKind;
import uk.nowrongdoor.feedback.domain.FeedbackRepository;
import uk.nowrongdoor.feedback.domain.Outcome;
import uk.nowrongdoor.feedback.domain.ReportGap;
import uk.nowrongdoor.feedback.domain.ReportGapRepository;
import uk.nowrongdoor.feedback.domain.ReportMeasure;
import uk.nowrongdoor.feedback.domain.Theme;
import uk.nowrongdoor.feedback.service.EqualityReport;
import uk.nowrongdoor.feedback.service.FeedbackService;
import uk.nowrongdoor.feedback.service.SmallNumbers;
import uk.nowrongdoor.reporting.service.FeedbackReport.Count;
import uk.nowrongdoor.reporting.service.FeedbackReport.EqualityLine;
import uk.nowrongdoor.reporting.service.FeedbackReport.OrganisationTable;
import uk.nowrongdoor.reporting.service.FeedbackReport.ThemeCount;
import uk.nowrongdoor.reporting.service.FeedbackReport.Total;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.CurrentUser;
import uk.nowrongdoor.security.StaffPrincipal;

/**
 * Builds the report from what is stored (live and imported feedback, and quarters marked "not recorded"); reads
 * feedback, never writes it. "Complaints" are formal complaints (concerns and comments are not counted, as in KO41a);
 * a complaint with several themes counts once in the totals and once under each theme. Admins and partnership-wide
 * leads see every organisation; other leads see their own organisations' tables.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackReportService {

    static final String PARTNERSHIP = "The partnership (no organisation named)";

    private final FeedbackRepository feedback;
    private final ReportGapRepository gaps;
    private final OrganisationRepository organisations;
    private final FeedbackService equality;
    private final Clock clock;

    FeedbackReportService(
            FeedbackRepository feedback,
            ReportGapRepository gaps,
            OrganisationRepository organisations,
            FeedbackService equality,
            Clock clock) {
        this.feedback = feedback;
        this.gaps = gaps;
        this.organisations = organisations;
        this.equality = equality;
        this.clock = clock;
    }

    /** Financial years with the current one first: 2025 is April 2025 to March 2026. */
    public List<Integer> recentYears() {
        int current = financialYearOf(LocalDate.now(clock.withZone(Application.LONDON)));
        var years = new ArrayList<Integer>();
        for (int y = current; y > current - 6; y--) {
            years.add(y);
        }
        return years;
    }

    @RolesAllowed({AppRoles.ADMIN, AppRoles.COMPLAINTS_LEAD})
    public FeedbackReport report(int financialYear) {
        StaffPrincipal me = CurrentUser.require();
        boolean everything = me.hasRole(AppRoles.ADMIN) || me.partnershipWide();
        Function<@Nullable Long, Boolean> inScope = id -> everything || (id != null && me.actsFor(id));

        List<Feedback> thisYear = records(financialYear, inScope);
        List<Feedback> lastYear = records(financialYear - 1, inScope);
        List<ReportGap> yearGaps = gaps.findByFinancialYear(financialYear).stream()
                .filter(g -> inScope.apply(g.getOrganisationId()))
                .toList();
        List<ReportGap> lastGaps = gaps.findByFinancialYear(financialYear - 1).stream()
                .filter(g -> inScope.apply(g.getOrganisationId()))
                .toList();

        Map<Long, String> names =
                organisations.findAll().stream().collect(Collectors.toMap(Organisation::getId, Organisation::getName));
        // one table per organisation with anything this year, ordered by name; the partnership's own last
        var byOrganisation = new TreeMap<String, @Nullable Long>();
        thisYear.forEach(f -> byOrganisation.put(orgName(f, names), orgId(f)));
        yearGaps.forEach(g -> byOrganisation.put(names.get(g.getOrganisationId()), g.getOrganisationId()));
        var tables = new ArrayList<OrganisationTable>();
        byOrganisation.forEach((name, id) -> {
            if (id != null) {
                tables.add(table(name, id, thisYear, yearGaps));
            }
        });
        if (byOrganisation.containsValue(null)) {
            tables.add(table(PARTNERSHIP, null, thisYear, yearGaps));
        }

        Total complaints = total(tables, OrganisationTable::complaints);
        Total compliments = total(tables, OrganisationTable::compliments);
        int lastComplaints = count(lastYear, FeedbackKind.COMPLAINT);
        int lastCompliments = count(lastYear, FeedbackKind.COMPLIMENT);
        return new FeedbackReport(
                financialYear,
                yearLabel(financialYear),
                tables,
                complaints,
                compliments,
                inWords(complaints.recorded(), "complaints", lastYear.isEmpty() && lastGaps.isEmpty(), lastComplaints),
                inWords(
                        compliments.recorded(),
                        "compliments",
                        lastYear.isEmpty() && lastGaps.isEmpty(),
                        lastCompliments),
                dataQuality(thisYear, yearGaps, names),
                equality(financialYear),
                themeTotals(thisYear));
    }

    /** "April 2023 to March 2024". */
    public static String yearLabel(int financialYear) {
        return "April " + financialYear + " to March " + (financialYear + 1);
    }

    public static int financialYearOf(LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }

    /** Quarter 1 is April to June, 2 July to September, 3 October to December, 4 January to March. */
    public static int quarterOf(LocalDate date) {
        int month = date.getMonthValue();
        return month >= 4 ? (month - 4) / 3 + 1 : 4;
    }

    /** Numbers from 1 to 4 could identify someone: they are shown as "<5". */
    public static String suppressed(long count) {
        return SmallNumbers.shown(count);
    }

    private List<Feedback> records(int financialYear, Function<@Nullable Long, Boolean> inScope) {
        var from = ZonedDateTime.of(LocalDate.of(financialYear, 4, 1).atStartOfDay(), Application.LONDON);
        var to = from.plusYears(1);
        return feedback.findReceivedBetween(from.toInstant(), to.toInstant()).stream()
                .filter(f -> inScope.apply(orgId(f)))
                .toList();
    }

    private static OrganisationTable table(
            String name, @Nullable Long id, List<Feedback> year, List<ReportGap> yearGaps) {
        List<Feedback> mine =
                year.stream().filter(f -> Objects.equals(orgId(f), id)).toList();
        var complaints = new ArrayList<Count>();
        var compliments = new ArrayList<Count>();
        var themes = new ArrayList<List<String>>();
        var outcomes = new ArrayList<List<String>>();
        for (int q = 1; q <= 4; q++) {
            int quarter = q;
            List<Feedback> inQuarter =
                    mine.stream().filter(f -> quarterOf(received(f)) == quarter).toList();
            boolean complaintsUnknown = gapped(yearGaps, id, q, ReportMeasure.COMPLAINTS);
            List<Feedback> quarterComplaints = inQuarter.stream()
                    .filter(f -> f.getKind() == FeedbackKind.COMPLAINT)
                    .toList();
            complaints.add(new Count(complaintsUnknown ? null : quarterComplaints.size()));
            compliments.add(new Count(
                    gapped(yearGaps, id, q, ReportMeasure.COMPLIMENTS)
                            ? null
                            : count(inQuarter, FeedbackKind.COMPLIMENT)));
            themes.add(complaintsUnknown ? List.of(FeedbackReport.NOT_RECORDED) : themeLines(quarterComplaints));
            outcomes.add(complaintsUnknown ? List.of(FeedbackReport.NOT_RECORDED) : outcomeLines(quarterComplaints));
        }
        return new OrganisationTable(
                name, complaints, annual(complaints), themes, outcomes, compliments, annual(compliments));
    }

    /** The year's theme counts for the charts: once per theme of each complaint; no theme is "Not recorded". */
    static List<ThemeCount> themeTotals(List<Feedback> year) {
        var counts = new EnumMap<Theme, Integer>(Theme.class);
        int missing = 0;
        for (Feedback f : year) {
            if (f.getKind() != FeedbackKind.COMPLAINT) {
                continue;
            }
            if (f.getThemes().isEmpty()) {
                missing++;
            }
            f.getThemes().forEach(t -> counts.merge(t, 1, Integer::sum));
        }
        var result = counts.entrySet().stream()
                .sorted(Map.Entry.<Theme, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(e -> e.getKey().label()))
                .map(e -> new ThemeCount(e.getKey().label(), e.getValue()))
                .collect(Collectors.toCollection(ArrayList::new));
        if (missing > 0) {
            result.add(new ThemeCount(FeedbackReport.NOT_RECORDED, missing));
        }
        return result;
    }

    /** "3 - Patient care" lines, most frequent first; complaints without a theme are "not recorded", never dropped. */
    static List<String> themeLines(List<Feedback> complaints) {
        if (complaints.isEmpty()) {
            return List.of("N/A");
        }
        var counts = new EnumMap<Theme, Integer>(Theme.class);
        int missing = 0;
        for (Feedback f : complaints) {
            if (f.getThemes().isEmpty()) {
                missing++;
            }
            f.getThemes().forEach(t -> counts.merge(t, 1, Integer::sum));
        }
        return lines(counts, Theme::label, missing, complaints.size());
    }

    static List<String> outcomeLines(List<Feedback> complaints) {
        if (complaints.isEmpty()) {
            return List.of("N/A");
        }
        var counts = new EnumMap<Outcome, Integer>(Outcome.class);
        int missing = 0;
        for (Feedback f : complaints) {
            if (f.getOutcome() == null) {
                missing++;
            } else {
                counts.merge(f.getOutcome(), 1, Integer::sum);
            }
        }
        return lines(counts, Outcome::label, missing, complaints.size());
    }

    private static <E extends Enum<E>> List<String> lines(
            Map<E, Integer> counts, Function<E, String> label, int missing, int all) {
        if (missing == all) {
            return List.of(FeedbackReport.NOT_RECORDED);
        }
        var result = counts.entrySet().stream()
                .sorted(Map.Entry.<E, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(e -> label.apply(e.getKey())))
                .map(e -> e.getValue() + " - " + label.apply(e.getKey()))
                .collect(Collectors.toCollection(ArrayList::new));
        if (missing > 0) {
            result.add(missing + " - " + FeedbackReport.NOT_RECORDED.toLowerCase(java.util.Locale.UK));
        }
        return result;
    }

    private static Count annual(List<Count> quarters) {
        if (quarters.stream().anyMatch(c -> c.value() == null)) {
            return new Count(null);
        }
        return new Count(quarters.stream().mapToInt(Count::value).sum());
    }

    private static Total total(List<OrganisationTable> tables, Function<OrganisationTable, List<Count>> row) {
        int recorded = 0;
        var missing = new ArrayList<String>();
        for (OrganisationTable t : tables) {
            var unknown = new ArrayList<String>();
            List<Count> quarters = row.apply(t);
            for (int q = 0; q < 4; q++) {
                Integer value = quarters.get(q).value();
                if (value == null) {
                    unknown.add("Q" + (q + 1));
                } else {
                    recorded += value;
                }
            }
            if (!unknown.isEmpty()) {
                missing.add(t.organisation() + " " + String.join(" and ", unknown));
            }
        }
        return new Total(recorded, missing);
    }

    /** "42 complaints, a slight reduction on the previous year's 45". */
    static String inWords(int now, String what, boolean noPreviousYear, int before) {
        String head = now + " " + what;
        if (noPreviousYear) {
            return head + "; there are no figures for the previous year";
        }
        if (now == before) {
            return head + ", the same as the previous year";
        }
        double change = before == 0 ? 1 : Math.abs(now - before) / (double) before;
        String size = change < 0.10 ? "a slight " : change < 0.25 ? "" : "a large ";
        String direction = now < before ? "reduction" : "increase";
        String article = size.isEmpty() ? (direction.equals("increase") ? "an " : "a ") : size;
        return head + ", " + article + direction + " on the previous year's " + before;
    }

    private static String dataQuality(List<Feedback> year, List<ReportGap> yearGaps, Map<Long, String> names) {
        List<Feedback> complaints =
                year.stream().filter(f -> f.getKind() == FeedbackKind.COMPLAINT).toList();
        long noTheme = complaints.stream().filter(f -> f.getThemes().isEmpty()).count();
        long noOutcome = complaints.stream().filter(f -> f.getOutcome() == null).count();
        var line = new StringBuilder();
        line.append(noTheme)
                .append(noTheme == 1 ? " complaint has" : " complaints have")
                .append(" no theme and ");
        line.append(noOutcome).append(" no outcome recorded; ");
        line.append(yearGaps.size()).append(yearGaps.size() == 1 ? " quarterly count was" : " quarterly counts were");
        line.append(" not recorded");
        if (!yearGaps.isEmpty()) {
            line.append(" (")
                    .append(yearGaps.stream()
                            .sorted(Comparator.comparing((ReportGap g) -> names.get(g.getOrganisationId()))
                                    .thenComparing(ReportGap::getMeasure)
                                    .thenComparing(ReportGap::getQuarter))
                            .map(g -> names.get(g.getOrganisationId()) + " "
                                    + g.getMeasure().name().toLowerCase(java.util.Locale.UK) + " Q" + g.getQuarter())
                            .collect(Collectors.joining(", ")))
                    .append(")");
        }
        return line.append(".").toString();
    }

    private List<EqualityLine> equality(int financialYear) {
        var sums = new LinkedHashMap<String, Map<String, Long>>();
        long responses = 0;
        for (int q = 1; q <= 4; q++) {
            EqualityReport r = equality.equalityReport(financialYear + "-Q" + q);
            responses += r.responses();
            add(sums, "Gender", r.gender());
            add(sums, "Age", r.ageBand());
            add(sums, "Ethnic group", r.ethnicity());
            add(sums, "Disability", r.disability());
        }
        var lines = new ArrayList<EqualityLine>();
        lines.add(new EqualityLine("People who answered", "Any question", suppressed(responses)));
        sums.forEach((question, answers) -> SmallNumbers.shownAll(answers)
                .forEach((answer, shown) -> lines.add(new EqualityLine(question, label(answer), shown))));
        return lines;
    }

    private static void add(Map<String, Map<String, Long>> sums, String question, Map<String, Long> counts) {
        var answers = sums.computeIfAbsent(question, k -> new TreeMap<>());
        counts.forEach((answer, n) -> answers.merge(answer, n, Long::sum));
    }

    private static String label(String answer) {
        String words = answer.replace("AGE_", "").replace('_', ' ').toLowerCase(java.util.Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static boolean gapped(List<ReportGap> yearGaps, @Nullable Long id, int quarter, ReportMeasure measure) {
        return id != null
                && yearGaps.stream()
                        .anyMatch(g -> g.getOrganisationId().equals(id)
                                && g.getQuarter() == quarter
                                && g.getMeasure() == measure);
    }

    private static int count(List<Feedback> items, FeedbackKind kind) {
        return (int) items.stream().filter(f -> f.getKind() == kind).count();
    }

    private static @Nullable Long orgId(Feedback f) {
        return f.getOrganisation() == null ? null : f.getOrganisation().getId();
    }

    private static String orgName(Feedback f, Map<Long, String> names) {
        return f.getOrganisation() == null
                ? PARTNERSHIP
                : names.get(f.getOrganisation().getId());
    }

    private static LocalDate received(Feedback f) {
        return LocalDate.ofInstant(f.getReceivedAt(), Application.LONDON);
    }
}
