package uk.nowrongdoor.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A node of the place tree: the partnership area, its districts and towns. */
@Entity
@Table(name = "place")
public class Place extends TreeNode<Place> {

    @ManyToOne(fetch = FetchType.EAGER)
    private @Nullable Place parent;

    // Only so that Hibernate Search can find the listings to reindex when the name changes; never loaded otherwise.
    @ManyToMany(mappedBy = "places")
    private Set<Listing> listings = new HashSet<>();

    @OneToMany(mappedBy = "place")
    private Set<Location> locations = new HashSet<>();

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

    @Override
    public void moveUnder(@Nullable Place parent, int position) {
        this.parent = parent;
        setPosition(position);
    }
}
