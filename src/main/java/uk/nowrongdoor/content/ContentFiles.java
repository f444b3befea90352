package uk.nowrongdoor.content;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import uk.nowrongdoor.content.ContentSet.DirectoryFile;
import uk.nowrongdoor.content.ContentSet.ListingEntry;
import uk.nowrongdoor.content.ContentSet.TreeNode;
import uk.nowrongdoor.directory.domain.Listing;

/** Reads and checks the content folder. A file that does not parse, or names an unknown slug, is reported by name. */
public final class ContentFiles {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern OUTWARD_CODE = Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]?");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final String location;
    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    /** @param location a Spring resource location ending in "/", e.g. {@code classpath:content/} or {@code file:/srv/content/} */
    public ContentFiles(String location) {
        this.location = location.endsWith("/") ? location : location + "/";
    }

    /** Only the national crisis numbers ({@code crisis-lines.yaml}). */
    List<ContentSet.CrisisLineEntry> readCrisisLines() {
        try {
            return readList("crisis-lines.yaml", new TypeReference<>() {});
        } catch (IOException e) {
            throw new ContentException("crisis-lines.yaml: " + e.getMessage(), e);
        }
    }

    ContentSet read() {
        try {
            List<TreeNode> categories = readList("categories.yaml", new TypeReference<>() {});
            List<TreeNode> places = readList("places.yaml", new TypeReference<>() {});
            List<ContentSet.CrisisLineEntry> lines = readList("crisis-lines.yaml", new TypeReference<>() {});
            var directory = new ArrayList<DirectoryFile>();
            Resource[] files = resolver.getResources(location + "directory/*.yaml");
            Arrays.sort(files, Comparator.comparing(r -> String.valueOf(r.getFilename())));
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    var raw = yaml.readValue(in, ContentSet.RawDirectoryFile.class);
                    directory.add(new DirectoryFile(file.getFilename(), raw.organisation(), raw.listings()));
                } catch (IOException e) {
                    throw new ContentException("directory/" + file.getFilename() + ": " + e.getMessage(), e);
                }
            }
            return new ContentSet(categories, places, lines, directory);
        } catch (IOException e) {
            throw new ContentException("content at " + location + ": " + e.getMessage(), e);
        }
    }

    private <T> List<T> readList(String name, TypeReference<List<T>> type) throws IOException {
        Resource resource = resolver.getResource(location + name);
        try (InputStream in = resource.getInputStream()) {
            return yaml.readValue(in, type);
        } catch (IOException e) {
            throw new ContentException(name + ": " + e.getMessage(), e);
        }
    }

    /** Everything wrong with the content, one line each; empty when it can be loaded. */
    public List<String> problems() {
        ContentSet content;
        try {
            content = read();
        } catch (ContentException e) {
            return List.of(e.getMessage());
        }
        var problems = new ArrayList<String>();
        Set<String> categories = slugs(content.categories(), "categories.yaml", problems);
        Set<String> places = slugs(content.places(), "places.yaml", problems);
        TreeNode.all(content.categories())
                .filter(node -> node.postcodeDistrict() != null)
                .forEach(node ->
                        problems.add("categories.yaml: " + node.slug() + ": only a place has a postcode district"));
        TreeNode.all(content.places())
                .filter(node -> node.postcodeDistrict() != null
                        && !OUTWARD_CODE.matcher(node.postcodeDistrict()).matches())
                .forEach(node -> problems.add("places.yaml: " + node.slug() + ": postcodeDistrict "
                        + node.postcodeDistrict() + " is not the first part of a postcode, like CV11"));
        var crisisLines = content.crisisLines().stream()
                .collect(java.util.stream.Collectors.toMap(ContentSet.CrisisLineEntry::id, l -> l));
        var organisationIds = new HashSet<String>();
        var listingIds = new HashSet<String>();
        for (DirectoryFile file : content.directory()) {
            String where = "directory/" + file.file();
            String orgId = file.organisation().id();
            if (!(orgId + ".yaml").equals(file.file())) {
                problems.add(where + ": the file name should be the organisation id, " + orgId + ".yaml");
            }
            if (!organisationIds.add(orgId)) {
                problems.add(where + ": organisation id " + orgId + " is used twice");
            }
            if (file.listings().isEmpty()) {
                problems.add(where + ": has no listings");
            }
            for (ListingEntry l : file.listings()) {
                String at = where + ", listing " + l.id();
                if (!SLUG.matcher(l.id()).matches()) {
                    problems.add(at + ": the id must be lower-case letters, digits and hyphens");
                }
                if (!listingIds.add(l.id())) {
                    problems.add(at + ": the id is used twice");
                }
                if (l.name().isBlank() || l.name().length() > Listing.NAME_MAX) {
                    problems.add(at + ": the name must be 1 to " + Listing.NAME_MAX + " characters");
                }
                if (l.summary().isBlank() || l.summary().length() > Listing.SUMMARY_MAX) {
                    problems.add(at + ": the summary must be 1 to " + Listing.SUMMARY_MAX + " characters");
                }
                if (l.description() != null && l.description().length() > Listing.DESCRIPTION_MAX) {
                    problems.add(at + ": the description is longer than " + Listing.DESCRIPTION_MAX);
                }
                if (l.categories().isEmpty()) {
                    problems.add(at + ": needs at least one category");
                }
                if (l.places().isEmpty()) {
                    problems.add(at + ": needs at least one place");
                }
                l.categories().stream()
                        .filter(c -> !categories.contains(c))
                        .forEach(c -> problems.add(at + ": unknown category " + c));
                l.places().stream()
                        .filter(p -> !places.contains(p))
                        .forEach(p -> problems.add(at + ": unknown place " + p));
                if (l.locations() != null) {
                    l.locations().stream()
                            .filter(loc -> loc.place() != null && !places.contains(loc.place()))
                            .forEach(loc -> problems.add(at + ": unknown location place " + loc.place()));
                    l.locations().stream()
                            .filter(loc -> loc.typeOrVenue().isVisitable()
                                    && (loc.address() == null || loc.address().isBlank()))
                            .forEach(loc -> problems.add(at + ": location " + loc.name()
                                    + " is a place to visit but has no address: give the address its source names,"
                                    + " or say type: TEAM_BASE, POSTAL or ONLINE"));
                }
                if (l.sessions() != null) {
                    l.sessions().stream()
                            .filter(s -> s.days().isEmpty()
                                    || (!Boolean.TRUE.equals(s.allDay()) && (s.opens() == null || s.closes() == null)))
                            .forEach(s -> problems.add(at + ": a session needs days and opens/closes, or allDay"));
                }
                problems.addAll(crisisLineRepeats(at, l, crisisLines));
                if (l.minAge() != null && l.maxAge() != null && l.minAge() > l.maxAge()) {
                    problems.add(at + ": minAge is above maxAge");
                }
            }
        }
        return problems;
    }

    /**
     * The national crisis numbers live only in {@code crisis-lines.yaml}: a listing for one of those lines says
     * {@code crisisLine: <id>} and takes its number from there. A contact field equal to a national line, or a national
     * number of five digits or more written in the listing's words, is a repeat that would go stale.
     */
    private static List<String> crisisLineRepeats(
            String at, ListingEntry l, java.util.Map<String, ContentSet.CrisisLineEntry> lines) {
        var problems = new ArrayList<String>();
        if (l.crisisLine() != null) {
            if (!lines.containsKey(l.crisisLine())) {
                problems.add(at + ": unknown crisis line " + l.crisisLine());
            }
            if (l.phone() != null || l.text() != null) {
                problems.add(at + ": names crisisLine " + l.crisisLine()
                        + ", which gives its number: leave phone and text out");
            }
        }
        String words = (l.name() + " " + l.summary() + " " + l.description()).replaceAll("[\\s-]", "");
        for (var line : lines.values()) {
            for (String contact : new String[] {l.phone(), l.text()}) {
                if (contact != null && contact.replaceAll("\\D", "").equals(line.dial())) {
                    problems.add(at + ": repeats the national line " + line.id() + " (" + contact
                            + "): say crisisLine: " + line.id() + " instead");
                }
            }
            if (line.dial().length() >= 5 && words.contains(line.dial())) {
                problems.add(at + ": writes the national number of " + line.id()
                        + " in its words: crisis-lines.yaml is the only place for it");
            }
        }
        return problems;
    }

    private static Set<String> slugs(List<TreeNode> nodes, String file, List<String> problems) {
        var result = new HashSet<String>();
        TreeNode.all(nodes).forEach(node -> {
            if (!SLUG.matcher(node.slug()).matches() || !result.add(node.slug())) {
                problems.add(file + ": slug " + node.slug() + " is malformed or used twice");
            }
        });
        return result;
    }

    /** Content that cannot be read. */
    public static class ContentException extends RuntimeException {
        ContentException(String message, @org.jspecify.annotations.Nullable Throwable cause) {
            super(message, cause);
        }
    }
}
