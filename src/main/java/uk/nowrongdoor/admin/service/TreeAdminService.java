package uk.nowrongdoor.admin.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.directory.domain.Category;
import uk.nowrongdoor.directory.domain.CategoryRepository;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.Location;
import uk.nowrongdoor.directory.domain.Place;
import uk.nowrongdoor.directory.domain.PlaceRepository;
import uk.nowrongdoor.directory.domain.PointSource;
import uk.nowrongdoor.directory.domain.TreeNode;
import uk.nowrongdoor.directory.service.LocationPlacement;
import uk.nowrongdoor.geo.domain.Postcode;
import uk.nowrongdoor.geo.service.Gazetteer;
import uk.nowrongdoor.security.AppRoles;

/**
 * Admins keep the two trees, categories and places: add a child, rename, move under another parent (never under
 * itself or below itself), remove one nothing uses, or merge one into another (its listings, locations and children
 * go there); and a place's postcode district. Names reach the search index on commit; a move or merge changes the
 * paths of every listing below, so those listings are reindexed here. Content on a later start never overwrites these changes (ContentImporter).
 */
@Service
@Transactional
@RolesAllowed(AppRoles.ADMIN)
public class TreeAdminService {

    /** The field a refused postcode district belongs to. */
    public static final String POSTCODE_DISTRICT = "postcodeDistrict";

    /** Which tree. */
    public enum Tree {
        CATEGORIES("category", "categories"),
        PLACES("place", "places");

        private final String one;
        private final String many;

        Tree(String one, String many) {
            this.one = one;
            this.many = many;
        }

        public String one() {
            return one;
        }

        public String many() {
            return many;
        }
    }

    /** A node as the indented list shows it: depth 0 at the top, then its children, in order. */
    public record NodeRow(
            long id,
            String slug,
            String name,
            int depth,
            @Nullable Long parentId,
            Usage usage,
            String path,
            @Nullable String postcodeDistrict) {}

    /**
     * What a new postcode district did: the district (null: none), whether the gazetteer knows where it is, and how
     * many locations known only by the town moved to its centroid.
     */
    public record DistrictChange(@Nullable String postcodeDistrict, boolean known, int locationsMoved) {}

    /** What uses a node: listings that name it, locations in it (places only), and nodes directly under it. */
    public record Usage(List<String> listings, int locations, List<String> children) {

        public boolean isUnused() {
            return listings.isEmpty() && locations == 0 && children.isEmpty();
        }

        /** "2 listings (A, B), 1 location and 1 place under it", or "nothing". */
        public String describe(Tree tree) {
            var parts = new ArrayList<String>();
            if (!listings.isEmpty()) {
                parts.add(count(listings.size(), "listing") + " (" + String.join(", ", listings) + ")");
            }
            if (locations > 0) {
                parts.add(count(locations, "location"));
            }
            if (!children.isEmpty()) {
                parts.add(count(children.size(), tree.one()) + " under it (" + String.join(", ", children) + ")");
            }
            return parts.isEmpty() ? "nothing" : String.join(", ", parts);
        }

        private static String count(int n, String what) {
            return n + " "
                    + (n == 1 ? what : what.endsWith("y") ? what.substring(0, what.length() - 1) + "ies" : what + "s");
        }
    }

    private final CategoryRepository categories;
    private final PlaceRepository places;
    private final EntityManager entityManager;
    private final LocationPlacement placement;
    private final Gazetteer gazetteer;

    TreeAdminService(
            CategoryRepository categories,
            PlaceRepository places,
            EntityManager entityManager,
            LocationPlacement placement,
            Gazetteer gazetteer) {
        this.categories = categories;
        this.places = places;
        this.entityManager = entityManager;
        this.placement = placement;
        this.gazetteer = gazetteer;
    }

    /** The whole tree, depth first, each node with what uses it. */
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public List<NodeRow> tree(Tree tree) {
        List<? extends TreeNode<?>> all = all(tree);
        var rows = new ArrayList<NodeRow>();
        addRows(usages(tree, all), all, null, 0, "", rows);
        return rows;
    }

    private void addRows(
            java.util.Map<Long, Usage> usages,
            List<? extends TreeNode<?>> all,
            @Nullable TreeNode<?> parent,
            int depth,
            String path,
            List<NodeRow> rows) {
        for (TreeNode<?> node : childrenOf(all, parent)) {
            String here = path.isEmpty() ? node.getName() : path + " › " + node.getName();
            rows.add(new NodeRow(
                    id(node),
                    node.getSlug(),
                    node.getName(),
                    depth,
                    parent == null ? null : id(parent),
                    usages.get(id(node)),
                    here,
                    node instanceof Place place ? place.getPostcodeDistrict() : null));
            addRows(usages, all, node, depth + 1, here, rows);
        }
    }

    /** Adds a node at the end of its parent's children (null parent: at the top). Returns its id. */
    @RolesAllowed(AppRoles.ADMIN)
    public long addChild(Tree tree, @Nullable Long parentId, String name) {
        String clean = validName(tree, name, parentId, null);
        int position = childrenOf(all(tree), parentId == null ? null : node(tree, parentId))
                .size();
        if (tree == Tree.CATEGORIES) {
            Category parent =
                    parentId == null ? null : categories.findById(parentId).orElseThrow(this::noSuchNode);
            String slug =
                    Slugs.free(clean, "category", s -> categories.findBySlug(s).isPresent());
            return Objects.requireNonNull(
                    categories.save(new Category(slug, clean, parent, position)).getId());
        }
        Place parent = parentId == null ? null : places.findById(parentId).orElseThrow(this::noSuchNode);
        String slug = Slugs.free(clean, "place", s -> places.findBySlug(s).isPresent());
        return Objects.requireNonNull(
                places.save(new Place(slug, clean, parent, position)).getId());
    }

    /** Renames a node; the listings that name it (or have a location in it) are found by the new name. */
    @RolesAllowed(AppRoles.ADMIN)
    public void rename(Tree tree, long id, String name) {
        TreeNode<?> node = node(tree, id);
        Long parentId = node.getParent() == null ? null : id(node.getParent());
        node.setName(validName(tree, name, parentId, id));
    }

    /**
     * Sets a place's postcode district (an outward code such as "CV12"; empty for none). Searching for the district
     * finds the place with the next search (a commit drops the place tree search keeps in memory); a location the place holds that has no
     * point of its own (no postcode the gazetteer knows, no coordinates given) is moved to the new district's centroid
     * and its listing reindexed, so "near me" follows.
     */
    @RolesAllowed(AppRoles.ADMIN)
    public DistrictChange setPostcodeDistrict(long placeId, @Nullable String district) {
        Place place = places.findById(placeId).orElseThrow(this::noSuchNode);
        String clean = district == null ? "" : district.strip();
        Postcode outward = null;
        if (!clean.isEmpty()) {
            var parsed = Postcode.parse(clean);
            if (parsed.isEmpty()) {
                throw new InvalidField(POSTCODE_DISTRICT, "Enter the first part of a postcode, like CV12");
            }
            if (parsed.get().isFull()) {
                throw new InvalidField(
                        POSTCODE_DISTRICT,
                        "Enter only the first part of the postcode, like "
                                + parsed.get().outward());
            }
            outward = parsed.get();
        }
        String value = outward == null ? null : outward.outward();
        boolean known = outward != null && gazetteer.find(outward).isPresent();
        if (Objects.equals(value, place.getPostcodeDistrict())) {
            return new DistrictChange(value, known, 0);
        }
        place.setPostcodeDistrict(value);
        int moved = 0;
        var affected = new LinkedHashSet<Listing>();
        for (Location location : entityManager
                .createQuery("select loc from Location loc where loc.place = :place", Location.class)
                .setParameter("place", place)
                .getResultList()) {
            if (location.getPointSource() == PointSource.GIVEN) {
                continue;
            }
            Double latitude = location.getLatitude();
            Double longitude = location.getLongitude();
            placement.place(location);
            if (!Objects.equals(latitude, location.getLatitude())
                    || !Objects.equals(longitude, location.getLongitude())) {
                moved++;
                affected.add(location.getListing());
            }
        }
        reindex(affected);
        return new DistrictChange(value, known, moved);
    }

    /** Moves a node (and everything under it) under another parent, or to the top when {@code newParentId} is null. */
    @RolesAllowed(AppRoles.ADMIN)
    public void move(Tree tree, long id, @Nullable Long newParentId) {
        TreeNode<?> node = node(tree, id);
        var all = all(tree);
        if (newParentId != null && subtree(all, node).stream().anyMatch(n -> id(n) == newParentId)) {
            throw new InvalidField(
                    "parent", "A " + tree.one() + " cannot go under itself or under one of its own " + tree.many());
        }
        TreeNode<?> parent = newParentId == null ? null : node(tree, newParentId);
        validName(tree, node.getName(), newParentId, id);
        int position = childrenOf(all, parent).size();
        if (tree == Tree.CATEGORIES) {
            ((Category) node).moveUnder((Category) parent, position);
        } else {
            ((Place) node).moveUnder((Place) parent, position);
        }
        reindex(listingsUsing(tree, subtree(all, node)));
    }

    /** Removes a node nothing uses; otherwise says what uses it (move those first, or merge it into another). */
    @RolesAllowed(AppRoles.ADMIN)
    public void remove(Tree tree, long id) {
        TreeNode<?> node = node(tree, id);
        Usage usage = usage(tree, node, all(tree));
        if (!usage.isUnused()) {
            throw new UserFacingException("\"" + node.getName() + "\" is still used by " + usage.describe(tree)
                    + ". Move those first, or merge it into another " + tree.one() + ".");
        }
        entityManager.remove(node);
    }

    /**
     * Merges a node into another: its listings and locations name the other instead, its children move under the
     * other, and it is removed. The other may not be the node itself or anything under it.
     */
    @RolesAllowed(AppRoles.ADMIN)
    public void merge(Tree tree, long id, long intoId) {
        TreeNode<?> node = node(tree, id);
        TreeNode<?> into = node(tree, intoId);
        var all = all(tree);
        var moved = subtree(all, node);
        if (moved.stream().anyMatch(n -> id(n) == intoId)) {
            throw new InvalidField(
                    "into", "Choose a " + tree.one() + " that is not this one or one of its own " + tree.many());
        }
        var affected = listingsUsing(tree, moved);
        int position = childrenOf(all, into).size();
        for (TreeNode<?> child : childrenOf(all, node)) {
            if (tree == Tree.CATEGORIES) {
                ((Category) child).moveUnder((Category) into, position++);
            } else {
                ((Place) child).moveUnder((Place) into, position++);
            }
        }
        for (Listing listing : listingsNaming(tree, node)) {
            if (tree == Tree.CATEGORIES) {
                listing.getCategories().remove((Category) node);
                listing.getCategories().add((Category) into);
            } else {
                if (listing.getPlaces().remove((Place) node)) {
                    listing.getPlaces().add((Place) into);
                }
                for (Location location : listing.getLocations()) {
                    if (location.getPlace() == node) {
                        location.setPlace((Place) into);
                    }
                }
            }
        }
        entityManager.flush();
        entityManager.remove(node);
        reindex(affected);
    }

    private String validName(Tree tree, @Nullable String name, @Nullable Long parentId, @Nullable Long self) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new InvalidField("name", "Enter a name");
        }
        if (clean.length() > TreeNode.NAME_MAX) {
            throw new InvalidField("name", "The name must be " + TreeNode.NAME_MAX + " characters or fewer");
        }
        TreeNode<?> parent = parentId == null ? null : node(tree, parentId);
        boolean taken = childrenOf(all(tree), parent).stream()
                .anyMatch(
                        n -> id(n) != (self == null ? -1 : self) && n.getName().equalsIgnoreCase(clean));
        if (taken) {
            throw new InvalidField("name", "There is already a " + tree.one() + " called \"" + clean + "\" here");
        }
        return clean;
    }

    private Usage usage(Tree tree, TreeNode<?> node, List<? extends TreeNode<?>> all) {
        return usages(tree, all).get(id(node));
    }

    /** What uses each node, in three queries whatever the size of the tree (names only, no listing is loaded). */
    private java.util.Map<Long, Usage> usages(Tree tree, List<? extends TreeNode<?>> all) {
        var names = new java.util.HashMap<Long, java.util.TreeSet<String>>();
        var locations = new java.util.HashMap<Long, Integer>();
        List<String> queries = tree == Tree.CATEGORIES
                ? List.of("select c.id, l.name from Listing l join l.categories c")
                : List.of(
                        "select p.id, l.name from Listing l join l.places p",
                        "select loc.place.id, loc.listing.name from Location loc where loc.place is not null");
        for (String query : queries) {
            for (Object[] r : entityManager.createQuery(query, Object[].class).getResultList()) {
                names.computeIfAbsent((Long) r[0], k -> new java.util.TreeSet<>())
                        .add((String) r[1]);
            }
        }
        if (tree == Tree.PLACES) {
            entityManager
                    .createQuery(
                            "select loc.place.id, count(loc) from Location loc where loc.place is not null"
                                    + " group by loc.place.id",
                            Object[].class)
                    .getResultList()
                    .forEach(r -> locations.put((Long) r[0], ((Long) r[1]).intValue()));
        }
        var result = new java.util.HashMap<Long, Usage>();
        for (TreeNode<?> node : all) {
            long id = id(node);
            result.put(
                    id,
                    new Usage(
                            List.copyOf(names.getOrDefault(id, new java.util.TreeSet<>())),
                            locations.getOrDefault(id, 0),
                            childrenOf(all, node).stream()
                                    .map(TreeNode::getName)
                                    .toList()));
        }
        return result;
    }

    /** Listings that name the node themselves, or (places) have a location in it. */
    private List<Listing> listingsNaming(Tree tree, TreeNode<?> node) {
        return listingsUsing(tree, List.of(node));
    }

    private List<Listing> listingsUsing(Tree tree, Collection<? extends TreeNode<?>> nodes) {
        var result = new LinkedHashSet<Listing>();
        if (tree == Tree.CATEGORIES) {
            result.addAll(entityManager
                    .createQuery(
                            "select distinct l from Listing l join l.categories c where c in :nodes", Listing.class)
                    .setParameter("nodes", nodes)
                    .getResultList());
        } else {
            result.addAll(entityManager
                    .createQuery("select distinct l from Listing l join l.places p where p in :nodes", Listing.class)
                    .setParameter("nodes", nodes)
                    .getResultList());
            result.addAll(entityManager
                    .createQuery(
                            "select distinct loc.listing from Location loc where loc.place in :nodes", Listing.class)
                    .setParameter("nodes", nodes)
                    .getResultList());
        }
        return new ArrayList<>(result);
    }

    /** The listings' category and place paths are derived SHALLOW from their own sets, so a move must say so. */
    private void reindex(Collection<Listing> listings) {
        var plan = Search.session(entityManager).indexingPlan();
        listings.forEach(plan::addOrUpdate);
    }

    private List<? extends TreeNode<?>> all(Tree tree) {
        return tree == Tree.CATEGORIES
                ? categories.findAllByOrderByPositionAsc()
                : places.findAllByOrderByPositionAsc();
    }

    private TreeNode<?> node(Tree tree, long id) {
        return (tree == Tree.CATEGORIES ? categories.findById(id) : places.findById(id)).orElseThrow(this::noSuchNode);
    }

    private UserFacingException noSuchNode() {
        return new UserFacingException("That entry no longer exists. Reload the page.");
    }

    private static List<TreeNode<?>> childrenOf(List<? extends TreeNode<?>> all, @Nullable TreeNode<?> parent) {
        return all.stream()
                .filter(n -> parent == null
                        ? n.getParent() == null
                        : n.getParent() != null && id(n.getParent()) == id(parent))
                .sorted(Comparator.comparingInt((TreeNode<?> n) -> n.getPosition())
                        .thenComparing(TreeNode::getName))
                .<TreeNode<?>>map(n -> n)
                .toList();
    }

    private static Set<TreeNode<?>> subtree(List<? extends TreeNode<?>> all, TreeNode<?> top) {
        var result = new LinkedHashSet<TreeNode<?>>();
        var todo = new ArrayList<TreeNode<?>>(List.of(top));
        var seen = new HashSet<Long>();
        while (!todo.isEmpty()) {
            TreeNode<?> n = todo.remove(0);
            if (seen.add(id(n))) {
                result.add(n);
                todo.addAll(childrenOf(all, n));
            }
        }
        return result;
    }

    private static long id(TreeNode<?> node) {
        return Objects.requireNonNull(node.getId());
    }
}
