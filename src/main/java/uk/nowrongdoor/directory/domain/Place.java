package uk.nowrongdoor.directory.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A node of the place tree: the partnership area, its districts and towns. */
@Entity
@Table(name = "place")
public class Place extends TreeNode<Place> {

    @ManyToOne(fetch = FetchType.EAGER)
    private @Nullable Place parent;

    protected Place() {}

    public Place(String slug, String name, @Nullable Place parent, int position) {
        super(slug, name, position);
        this.parent = parent;
    }

    @Override
    public @Nullable Place getParent() {
        return parent;
    }
}
