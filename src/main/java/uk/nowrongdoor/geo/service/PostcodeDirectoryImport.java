package uk.nowrongdoor.geo.service;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.base.domain.Progress;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.geo.domain.Postcode;
import uk.nowrongdoor.geo.domain.PostcodeDistrict;
import uk.nowrongdoor.geo.domain.PostcodeDistrictRepository;
import uk.nowrongdoor.geo.domain.PostcodePoint;
import uk.nowrongdoor.geo.domain.PostcodePointRepository;
import uk.nowrongdoor.security.AppRoles;

/**
 * Imports the ONS Postcode Directory (ONSPD) CSV for full-postcode precision: columns {@code pcds}, {@code lat} and
 * {@code long}, and {@code usertype} when present (others are ignored). Only the postcode areas in {@code nwd.geo.import-areas} are kept, terminated
 * postcodes and those without a grid reference are skipped, and every district's centroid becomes the mean of its
 * imported small-user postcodes (a PO box often sits on its delivery office's point, far from its district).
 */
@Service
@Transactional
public class PostcodeDirectoryImport {

    /** ONSPD's latitude for a postcode with no grid reference. */
    static final double NO_GRID_REFERENCE = 99.999999;

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreHeaderCase(true)
            .get();

    private final PostcodePointRepository points;
    private final PostcodeDistrictRepository districts;
    private final ApplicationEventPublisher events;
    private final Set<String> areas;

    PostcodeDirectoryImport(
            PostcodePointRepository points,
            PostcodeDistrictRepository districts,
            ApplicationEventPublisher events,
            @Value("${nwd.geo.import-areas:CV,B,LE,OX,GL,NN,WR}") String areas) {
        this.points = points;
        this.districts = districts;
        this.events = events;
        this.areas = Set.of(areas.toUpperCase(Locale.UK).split("\\s*,\\s*")).stream()
                .filter(a -> !a.isBlank())
                .collect(Collectors.toUnmodifiableSet());
    }

    public record Summary(int read, int imported, int skipped, int districts) {}

    @RolesAllowed(AppRoles.ADMIN)
    public Summary importPostcodeDirectory(InputStream csv) {
        return importPostcodeDirectory(csv, Progress.NONE);
    }

    /** The CSV from an uploaded file or an allowed URL (never a server path), telling progress every 1,000 rows. */
    @RolesAllowed(AppRoles.ADMIN)
    public Summary importPostcodeDirectory(InputStream csv, Progress progress) {
        int read = 0;
        int skipped = 0;
        var batch = new HashMap<String, PostcodePoint>();
        try (var parser = FORMAT.parse(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            var header = parser.getHeaderMap();
            if (header == null
                    || !header.containsKey("pcds")
                    || !header.containsKey("lat")
                    || !header.containsKey("long")) {
                throw new UserFacingException(
                        "This file is not an ONS Postcode Directory CSV: it needs the columns pcds, lat and long.");
            }
            boolean hasTermination = header.containsKey("doterm");
            boolean hasUserType = header.containsKey("usertype");
            for (CSVRecord row : parser) {
                read++;
                if (read % 1000 == 0) {
                    progress.rows(read, read - skipped);
                }
                var postcode = Postcode.parse(row.get("pcds")).filter(Postcode::isFull);
                if (postcode.isEmpty()
                        || !areas.contains(postcode.get().area())
                        || (hasTermination && !row.get("doterm").isBlank())) {
                    skipped++;
                    continue;
                }
                double lat;
                double lon;
                try {
                    lat = Double.parseDouble(row.get("lat"));
                    lon = Double.parseDouble(row.get("long"));
                } catch (NumberFormatException e) {
                    skipped++;
                    continue;
                }
                if (lat == NO_GRID_REFERENCE || lat < 49 || lat > 61 || lon < -9 || lon > 2) {
                    skipped++;
                    continue;
                }
                boolean largeUser =
                        hasUserType && "1".equals(row.get("usertype").strip());
                var existing = points.findById(postcode.get().formatted());
                if (existing.isPresent()) {
                    existing.get().moveTo(lat, lon, largeUser);
                } else {
                    batch.put(postcode.get().formatted(), new PostcodePoint(postcode.get(), lat, lon, largeUser));
                }
                if (batch.size() >= 1000) {
                    points.saveAll(batch.values());
                    batch.clear();
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new UserFacingException("The file could not be read as a CSV: " + e.getMessage());
        } catch (java.io.UncheckedIOException e) {
            throw new UserFacingException("The file could not be read: " + e.getMessage());
        }
        points.saveAll(batch.values());
        points.flush();
        progress.rows(read, read - skipped);
        int updated = refreshDistrictCentroids();
        events.publishEvent(new GazetteerChanged());
        return new Summary(read, read - skipped, skipped, updated);
    }

    private int refreshDistrictCentroids() {
        int count = 0;
        for (Object[] row : points.districtMeans()) {
            String outward = (String) row[0];
            double lat = ((Number) row[1]).doubleValue();
            double lon = ((Number) row[2]).doubleValue();
            var district = districts.findById(outward);
            if (district.isPresent()) {
                district.get().moveTo(lat, lon, PostcodeDistrict.Source.ONSPD);
            } else {
                districts.save(new PostcodeDistrict(outward, lat, lon, PostcodeDistrict.Source.ONSPD));
            }
            count++;
        }
        return count;
    }
}
