package uk.nowrongdoor.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.admin.service.TreeAdminService;
import uk.nowrongdoor.admin.service.TreeAdminService.Tree;
import uk.nowrongdoor.directory.domain.CategoryRepository;
import uk.nowrongdoor.directory.domain.PlaceRepository;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.testsupport.Staff;

/** A later start with new content never undoes what an admin did on /admin/categories or /admin/places. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class ContentRefreshKeepsAdminEditsTest {

    @Autowired
    ContentImporter importer;

    @Autowired
    TreeAdminService trees;

    @Autowired
    CategoryRepository categories;

    @Autowired
    PlaceRepository places;

    private final ContentSet content = new ContentFiles("classpath:content/").read();

    @BeforeEach
    void asAdmin() {
        Staff.signIn(Staff.principal("admin", Set.of(AppRoles.ADMIN), Set.of()));
    }

    @AfterEach
    void signOut() {
        Staff.signOut();
    }

    /** The content's category tree with one node's name changed (found anywhere in the tree). */
    private static List<ContentSet.TreeNode> renamed(List<ContentSet.TreeNode> nodes, String slug, String name) {
        var result = new ArrayList<ContentSet.TreeNode>();
        for (var n : nodes) {
            result.add(new ContentSet.TreeNode(
                    n.slug(),
                    n.slug().equals(slug) ? name : n.name(),
                    n.postcodeDistrict(),
                    n.children() == null ? null : renamed(n.children(), slug, name)));
        }
        return result;
    }

    private ContentSet with(List<ContentSet.TreeNode> categoryTree, List<ContentSet.TreeNode> placeTree) {
        return new ContentSet(categoryTree, placeTree, content.crisisLines(), content.directory());
    }

    @Test
    void a_later_start_keeps_an_admins_category_rename_and_move_even_when_content_renames_it_too() {
        long id = categories.findBySlug("eating-disorders").orElseThrow().getId();
        long carers = categories.findBySlug("carers").orElseThrow().getId();
        trees.rename(Tree.CATEGORIES, id, "Eating difficulties");
        trees.move(Tree.CATEGORIES, id, carers);

        importer.refresh(
                with(renamed(content.categories(), "eating-disorders", "Eating disorders (new)"), content.places()));

        var stored = categories.findById(id).orElseThrow();
        assertThat(stored.getName()).isEqualTo("Eating difficulties");
        assertThat(stored.getParent().getSlug()).isEqualTo("carers");
    }

    @Test
    void a_later_start_keeps_an_admins_place_rename() {
        long id = places.findBySlug("bedworth").orElseThrow().getId();
        trees.rename(Tree.PLACES, id, "Bedworth and Exhall");

        importer.refresh(with(content.categories(), renamed(content.places(), "bedworth", "Bedworth town")));

        assertThat(places.findById(id).orElseThrow().getName()).isEqualTo("Bedworth and Exhall");
    }

    @Test
    void a_category_an_admin_removed_or_merged_away_does_not_come_back_on_a_later_start() {
        var extra = new ArrayList<>(content.categories());
        extra.add(new ContentSet.TreeNode("test-released", "Released in content", null, null));
        extra.add(new ContentSet.TreeNode("test-merged", "Also released", null, null));
        importer.refresh(with(extra, content.places()));
        trees.remove(
                Tree.CATEGORIES,
                categories.findBySlug("test-released").orElseThrow().getId());
        trees.merge(
                Tree.CATEGORIES,
                categories.findBySlug("test-merged").orElseThrow().getId(),
                categories.findBySlug("carers").orElseThrow().getId());

        importer.refresh(with(extra, content.places()));

        assertThat(categories.findBySlug("test-released")).isEmpty();
        assertThat(categories.findBySlug("test-merged")).isEmpty();
    }
}
