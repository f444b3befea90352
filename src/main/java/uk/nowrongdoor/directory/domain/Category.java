package uk.nowrongdoor.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.base.domain.AbstractEntity;

/** A node of the category tree (Open Referral's taxonomy term). */
@Entity
@Table(name = "category")
public class Category extends AbstractEntity {

    public static final int NAME_MAX = 120;

    @Column(nullable = false, unique = true, length = 80)
    private String slug = "";

    @Column(nullable = false, length = NAME_MAX)
    private String name = "";

    @ManyToOne(fetch = FetchType.EAGER)
    private @Nullable Category parent;

    private int position;

    protected Category() {}

    public Category(String slug, String name, @Nullable Category parent, int position) {
        this.slug = slug;
        this.name = name;
        this.parent = parent;
        this.position = position;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public @Nullable Category getParent() {
        return parent;
    }

    public int getPosition() {
        return position;
    }

    /** This category and every category above it, nearest first. */
    public List<Category> selfAndAncestors() {
        var result = new ArrayList<Category>();
        for (Category c = this; c != null; c = c.parent) {
            result.add(c);
        }
        return result;
    }
}
