package uk.nowrongdoor.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A node of the category tree (Open Referral's taxonomy term). */
@Entity
@Table(name = "category")
public class Category extends TreeNode<Category> {

    @ManyToOne(fetch = FetchType.EAGER)
    private @Nullable Category parent;

    /** The taxonomy term id the Open Referral feed publishes; never changes once set (see {@link StableId}). */
    @Column(nullable = false, unique = true, updatable = false)
    private UUID uuid;
    /** Only so that Hibernate Search can find the listings to reindex when the name changes; never loaded otherwise. */
    @ManyToMany(mappedBy = "categories")
    private Set<Listing> listings = new HashSet<>();

    protected Category() {}

    public Category(String slug, String name, @Nullable Category parent, int position) {
        super(slug, name, position);
        this.parent = parent;
        this.uuid = StableId.of(StableId.CATEGORY, slug);
    }

    @PrePersist
    void ensureUuid() {
        if (uuid == null) {
            uuid = UUID.randomUUID();
        }
    }

    public UUID getUuid() {
        return uuid;
    }

    @Override
    public @Nullable Category getParent() {
        return parent;
    }

    @Override
    public void moveUnder(@Nullable Category parent, int position) {
        this.parent = parent;
        setPosition(position);
    }
}
