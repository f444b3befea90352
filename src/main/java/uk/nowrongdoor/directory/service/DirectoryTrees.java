package uk.nowrongdoor.directory.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nowrongdoor.directory.domain.Category;
import uk.nowrongdoor.directory.domain.CategoryRepository;
import uk.nowrongdoor.directory.domain.Place;
import uk.nowrongdoor.directory.domain.PlaceRepository;

/**
 * The place and category trees as search reads them, kept in memory: every query reads the place names (to find a
 * place in the words) and the places around the one named, and the database was read for them on every search.
 *
 * <p>A snapshot is immutable: its places are copies, never attached to a persistence context, so requests can share
 * them. It is dropped after any committed insert, update or delete of a place or category made through JPA on this node
 * (admin tree edits, {@code content/} on start, tests; see {@link TreeChangeListener}), and at the latest
 * {@link #TIME_TO_LIVE} after it was read, so that on several nodes ({@code scale} profile) an admin's edit on another
 * node, or a change written outside JPA, is seen within that time.
 */
@Component
class DirectoryTrees {

    /** How long a snapshot may be used at most: bounds how stale another node's edit can be here. */
    static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);

    /** The trees at one moment. Places in tree order (parents before their children) and indexed for the words. */
    record Snapshot(
            List<Place> places, QueryUnderstanding.PlaceIndex placeIndex, List<SearchPage.CategoryChoice> categories) {

        /** The places that contain the given one, nearest first: a service for all of them serves it too. */
        List<String> placesAround(@Nullable String slug) {
            Place place = slug == null ? null : placeIndex.bySlug().get(slug);
            if (place == null) {
                return List.of();
            }
            return place.selfAndAncestors().stream().skip(1).map(Place::getSlug).toList();
        }
    }

    private record Loaded(Snapshot snapshot, Instant at) {}

    private final PlaceRepository places;
    private final CategoryRepository categories;
    private final QueryUnderstanding understanding;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final Object loading = new Object();
    /** Counts the changes seen: a snapshot read while one was made is not kept. */
    private final AtomicLong changes = new AtomicLong();

    private volatile @Nullable Loaded current;

    DirectoryTrees(
            PlaceRepository places,
            CategoryRepository categories,
            QueryUnderstanding understanding,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.places = places;
        this.categories = categories;
        this.understanding = understanding;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /** The trees as last read, read again when a change was committed or the snapshot is too old. */
    Snapshot snapshot() {
        Loaded loaded = current;
        if (fresh(loaded)) {
            return loaded.snapshot();
        }
        synchronized (loading) {
            loaded = current;
            if (fresh(loaded)) {
                return loaded.snapshot();
            }
            long seen = changes.get();
            Instant at = clock.instant();
            Snapshot read = Objects.requireNonNull(readOnly.execute(status -> read()));
            if (changes.get() == seen) {
                current = new Loaded(read, at);
            }
            return read;
        }
    }

    /** Drops the snapshot: the next query reads the trees again. */
    void changed() {
        changes.incrementAndGet();
        current = null;
    }

    private boolean fresh(@Nullable Loaded loaded) {
        return loaded != null && clock.instant().isBefore(loaded.at().plus(TIME_TO_LIVE));
    }

    private Snapshot read() {
        var placeList = copies(places.findAll());
        var categoryList = treeOrder(categories.findAll(), Category::getParent, Category::getPosition).stream()
                .map(c -> new SearchPage.CategoryChoice(c.getSlug(), c.getName()))
                .toList();
        return new Snapshot(placeList, understanding.index(placeList), categoryList);
    }

    /** Detached copies with their parents, in tree order, so that nothing in a snapshot reaches the database. */
    private static List<Place> copies(List<Place> managed) {
        var copyOf = new IdentityHashMap<Place, Place>();
        var result = new ArrayList<Place>();
        for (Place p : treeOrder(managed, Place::getParent, Place::getPosition)) {
            Place parent = p.getParent() == null ? null : copyOf.get(p.getParent());
            var copy = new Place(p.getSlug(), p.getName(), parent, p.getPosition());
            copy.setPostcodeDistrict(p.getPostcodeDistrict());
            copyOf.put(p, copy);
            result.add(copy);
        }
        return List.copyOf(result);
    }

    /** Parents before their children, siblings by position. */
    static <T> List<T> treeOrder(
            List<T> all,
            java.util.function.Function<T, @Nullable T> parent,
            java.util.function.ToIntFunction<T> position) {
        // by identity: one persistence context holds one instance per row, and copies have no id yet
        Map<@Nullable T, List<T>> children = new IdentityHashMap<>();
        for (T t : all) {
            children.computeIfAbsent(parent.apply(t), k -> new ArrayList<>()).add(t);
        }
        children.values().forEach(list -> list.sort(Comparator.comparingInt(position)));
        var result = new ArrayList<T>();
        addChildren(null, children, result);
        return result;
    }

    private static <T> void addChildren(@Nullable T of, Map<@Nullable T, List<T>> children, List<T> result) {
        for (T t : children.getOrDefault(of, List.of())) {
            result.add(t);
            addChildren(t, children, result);
        }
    }
}
