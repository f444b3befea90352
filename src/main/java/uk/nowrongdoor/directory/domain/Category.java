package uk.nowrongdoor.directory.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A node of the category tree (Open Referral's taxonomy term). */
@Entity
@Table(name = "category")
public class Category extends TreeNode<Category> {

    @ManyToOne(fetch = FetchType.EAGER)
    private @Nullable Category parent;

    /** Only so that Hibernate Search can find the listings to reindex when the name changes; never loaded otherwise. */
    @ManyToMany(mappedBy = "categories")
    private Set<Listing> listings = new HashSet<>();

    protected Category() {}

    public Category(String slug, String name, @Nullable Category parent, int position) {
        super(slug, name, position);
        this.parent = parent;
    }

    @Override
    public @Nullable Category getParent() {
        return parent;
    }
}
