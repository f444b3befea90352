package uk.nowrongdoor.feedback.service;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
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
import uk.nowrongdoor.intake.service.References;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.CurrentUser;
import uk.nowrongdoor.security.StaffPrincipal;

/**
 * Imports historic feedback records from CSV (columns in README) so earlier years can be reported and compared. All or
 * nothing: every row is checked first, and one bad row saves nothing. A row of kind "complaints not recorded" or
 * "compliments not recorded" marks that quarter's count as not recorded (never 0).
 */
@Service
@Transactional
public class HistoricImport {

    public static final List<String> COLUMNS = List.of(
            "organisation", "kind", "date_received", "themes", "outcome", "well_founded", "referred_to_ombudsman");
    static final int MAX_ROWS = 50_000;

    private final FeedbackRepository feedback;
    private final ReportGapRepository gaps;
    private final OrganisationRepository organisations;

    HistoricImport(FeedbackRepository feedback, ReportGapRepository gaps, OrganisationRepository organisations) {
        this.feedback = feedback;
        this.gaps = gaps;
        this.organisations = organisations;
    }

    /** What the import did, or the rows it refused (by line number, the header being line 1). */
    public record Result(int records, int notRecordedQuarters, List<String> problems) {
        public boolean saved() {
            return problems.isEmpty();
        }
    }

    /**
     * Admins and partnership-wide leads import for any organisation; other leads only for their own. Nothing is
     * saved unless every row is valid.
     */
    @RolesAllowed({AppRoles.ADMIN, AppRoles.COMPLAINTS_LEAD})
    public Result importCsv(Reader csv) {
        StaffPrincipal me = CurrentUser.require();
        boolean anyOrganisation = me.hasRole(AppRoles.ADMIN) || me.partnershipWide();
        var problems = new ArrayList<String>();
        var records = new ArrayList<Feedback>();
        var newGaps = new ArrayList<ReportGap>();
        var format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            var missing = COLUMNS.subList(0, 3).stream()
                    .filter(c -> !parser.getHeaderMap().containsKey(c))
                    .toList();
            if (!missing.isEmpty()) {
                return new Result(
                        0,
                        0,
                        List.of("Line 1: missing column(s) " + String.join(", ", missing) + ". The columns are: "
                                + String.join(", ", COLUMNS) + "."));
            }
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                if (records.size() + newGaps.size() >= MAX_ROWS) {
                    problems.add("Line " + line + ": more than " + MAX_ROWS + " rows; split the file.");
                    break;
                }
                readRow(row, line, me, anyOrganisation, records, newGaps, problems);
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            return new Result(0, 0, List.of("The file is not readable CSV: check quotes and commas."));
        }
        if (!problems.isEmpty()) {
            return new Result(0, 0, List.copyOf(problems));
        }
        feedback.saveAll(records);
        gaps.saveAll(newGaps);
        return new Result(records.size(), newGaps.size(), List.of());
    }

    private void readRow(
            CSVRecord row,
            long line,
            StaffPrincipal me,
            boolean anyOrganisation,
            List<Feedback> records,
            List<ReportGap> newGaps,
            List<String> problems) {
        var rowProblems = new ArrayList<String>();
        Organisation organisation = organisation(get(row, "organisation")).orElse(null);
        if (organisation == null) {
            rowProblems.add("organisation \"" + get(row, "organisation") + "\" is not a known organisation");
        } else if (!anyOrganisation && !me.actsFor(organisation.getId())) {
            throw new AccessDeniedException("Not a lead for an organisation in the file");
        }
        LocalDate received = null;
        try {
            received = LocalDate.parse(get(row, "date_received"));
        } catch (DateTimeParseException e) {
            rowProblems.add("date_received must be a date like 2023-04-17");
        }
        String kindText = get(row, "kind").toLowerCase(Locale.UK);
        ReportMeasure gap =
                switch (kindText) {
                    case "complaints not recorded" -> ReportMeasure.COMPLAINTS;
                    case "compliments not recorded" -> ReportMeasure.COMPLIMENTS;
                    default -> null;
                };
        FeedbackKind kind = gap != null ? null : kind(kindText);
        if (gap == null && kind == null) {
            rowProblems.add("kind must be compliment, comment, concern, complaint, "
                    + "complaints not recorded or compliments not recorded");
        }
        var themes = EnumSet.noneOf(Theme.class);
        for (String part : get(row, "themes").split(";")) {
            if (!part.isBlank()) {
                Theme.parse(part)
                        .ifPresentOrElse(themes::add, () -> rowProblems.add("unknown theme \"" + part.strip() + "\""));
            }
        }
        Outcome outcome = null;
        String outcomeText = get(row, "outcome");
        if (!outcomeText.isBlank()) {
            outcome = Outcome.parse(outcomeText).orElse(null);
            if (outcome == null) {
                rowProblems.add("unknown outcome \"" + outcomeText + "\"");
            }
        }
        Boolean wellFounded = yesNo(get(row, "well_founded"), "well_founded", rowProblems);
        Boolean ombudsman = yesNo(get(row, "referred_to_ombudsman"), "referred_to_ombudsman", rowProblems);
        if (!rowProblems.isEmpty()) {
            problems.add("Line " + line + ": " + String.join("; ", rowProblems) + ".");
            return;
        }
        if (gap != null) {
            int fy = received.getMonthValue() >= 4 ? received.getYear() : received.getYear() - 1;
            int quarter = received.getMonthValue() >= 4 ? (received.getMonthValue() - 4) / 3 + 1 : 4;
            boolean known = gaps.existsByOrganisationIdAndFinancialYearAndQuarterAndMeasure(
                            organisation.getId(), fy, quarter, gap)
                    || newGaps.stream()
                            .anyMatch(g -> g.getOrganisationId().equals(organisation.getId())
                                    && g.getFinancialYear() == fy
                                    && g.getQuarter() == quarter
                                    && g.getMeasure() == gap);
            if (!known) {
                newGaps.add(new ReportGap(organisation.getId(), fy, quarter, gap));
            }
            return;
        }
        var item = Feedback.historic(
                References.newReference('H'),
                UUID.randomUUID().toString(),
                kind,
                received.atTime(12, 0).atZone(Application.LONDON).toInstant(),
                received,
                organisation,
                themes,
                outcome);
        item.judgeWellFounded(wellFounded);
        item.referToOmbudsman(Boolean.TRUE.equals(ombudsman));
        records.add(item);
    }

    private Optional<Organisation> organisation(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        return organisations.findBySlug(text).or(() -> organisations.findAll().stream()
                .filter(o -> o.getName().equalsIgnoreCase(text))
                .findFirst());
    }

    private static @Nullable FeedbackKind kind(String text) {
        return switch (text) {
            case "compliment" -> FeedbackKind.COMPLIMENT;
            case "comment", "suggestion", "comment or suggestion" -> FeedbackKind.COMMENT;
            case "concern" -> FeedbackKind.CONCERN;
            case "complaint", "formal complaint" -> FeedbackKind.COMPLAINT;
            default -> null;
        };
    }

    private static @Nullable Boolean yesNo(String text, String column, List<String> problems) {
        return switch (text.toLowerCase(Locale.UK)) {
            case "" -> null;
            case "yes", "y", "true" -> Boolean.TRUE;
            case "no", "n", "false" -> Boolean.FALSE;
            default -> {
                problems.add(column + " must be yes, no or empty");
                yield null;
            }
        };
    }

    private static String get(CSVRecord row, String column) {
        return row.isMapped(column) && row.isSet(column) ? row.get(column).strip() : "";
    }

    static Set<String> columns() {
        return Set.copyOf(COLUMNS);
    }
}
