package uk.nowrongdoor.directory.domain;

import jakarta.persistence.Column;
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

    /** The postcode district of the town's centre ("CV11" for Nuneaton); locations known only by town go there. */
    @Column(length = 4)
    private @Nullable String postcodeDistrict;

    protected Place() {}

    public Place(String slug, String name, @Nullable Place parent, int position) {
        super(slug, name, position);
        this.parent = parent;
    }

    public @Nullable String getPostcodeDistrict() {
        return postcodeDistrict;
    }

    public void setPostcodeDistrict(@Nullable String postcodeDistrict) {
        this.postcodeDistrict = postcodeDistrict;
    }

    @Override
    public @Nullable Place getParent() {
        return parent;
    }
}
