package uk.nowrongdoor.geo.service;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nowrongdoor.geo.domain.Postcode;
import uk.nowrongdoor.geo.domain.PostcodeDistrict;
import uk.nowrongdoor.geo.domain.PostcodeDistrictRepository;

/**
 * Loads the postcode districts shipped in {@code content/postcode-districts.csv} on first start (before the directory
 * content, so seeded locations can be placed). A centroid already derived from an imported ONS Postcode Directory is
 * kept.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class GazetteerLoader implements ApplicationRunner {

    static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setCommentMarker('#')
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .get();

    private static final Logger log = LoggerFactory.getLogger(GazetteerLoader.class);

    private final PostcodeDistrictRepository districts;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final String location;

    GazetteerLoader(
            PostcodeDistrictRepository districts,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            @Value("${nwd.geo.districts:classpath:content/postcode-districts.csv}") String location) {
        this.districts = districts;
        this.transactions = transactions;
        this.events = events;
        this.location = location;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        loadShippedDistricts();
    }

    /**
     * Adds every shipped district the gazetteer lacks (one already known, from content or an ONSPD import, is kept);
     * places the locations again when any was added.
     */
    public int loadShippedDistricts() throws IOException {
        var resource = new DefaultResourceLoader().getResource(location);
        if (!resource.exists()) {
            log.warn(
                    "No postcode district file at {}: postcode searches need an ONS Postcode Directory import",
                    location);
            return 0;
        }
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            int added = transactions.execute(status -> load(reader));
            if (added > 0) {
                log.info("Loaded {} postcode districts from {}", added, location);
                events.publishEvent(new GazetteerChanged());
            }
            return added;
        }
    }

    private int load(Reader reader) {
        int added = 0;
        try {
            for (CSVRecord row : FORMAT.parse(reader)) {
                var postcode = Postcode.parse(row.get("outward_code"))
                        .filter(p -> !p.isFull())
                        .orElseThrow(() -> new IllegalStateException(
                                "Line " + row.getRecordNumber() + ": not an outward code: " + row.get(0)));
                if (!districts.existsById(postcode.outward())) {
                    districts.save(new PostcodeDistrict(
                            postcode.outward(),
                            Double.parseDouble(row.get("latitude")),
                            Double.parseDouble(row.get("longitude")),
                            PostcodeDistrict.Source.CONTENT));
                    added++;
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return added;
    }
}
