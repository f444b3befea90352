package uk.nowrongdoor.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.base.domain.AbstractEntity;

/** A node of an admin-managed tree (categories, places): a stable slug, a label, its parent and its place in order. */
@MappedSuperclass
public abstract class TreeNode<T extends TreeNode<T>> extends AbstractEntity {

    public static final int NAME_MAX = 120;

    @Column(nullable = false, unique = true, length = 80)
    private String slug = "";

    @Column(nullable = false, length = NAME_MAX)
    private String name = "";

    private int position;

    protected TreeNode() {}

    protected TreeNode(String slug, String name, int position) {
        this.slug = slug;
        this.name = name;
        this.position = position;
    }

    public abstract @Nullable T getParent();

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    /** Puts this node under another (null: at the top); the caller makes sure that this makes no cycle. */
    public abstract void moveUnder(@Nullable T parent, int position);

    /** This node and every node above it, nearest first. */
    public List<T> selfAndAncestors() {
        var result = new ArrayList<T>();
        @SuppressWarnings("unchecked")
        T self = (T) this;
        for (T node = self; node != null; node = node.getParent()) {
            result.add(node);
        }
        return result;
    }
}
