package uk.nowrongdoor.directory.service;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCommitDeleteEventListener;
import org.hibernate.event.spi.PostCommitInsertEventListener;
import org.hibernate.event.spi.PostCommitUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;
import uk.nowrongdoor.directory.domain.Category;
import uk.nowrongdoor.directory.domain.Place;

/**
 * Drops the {@link DirectoryTrees} snapshot after a transaction that inserted, updated or deleted a place or a category
 * ends, whoever wrote it through JPA (the admin tree screens, {@code content/} on start, a test), so the next search on
 * this node reads the trees as committed. Hibernate calls it after the commit, so no search can read the old rows again
 * in between; a failed commit drops it too (it may have been read inside that transaction).
 */
@Component
class TreeChangeListener
        implements PostCommitInsertEventListener, PostCommitUpdateEventListener, PostCommitDeleteEventListener {

    private final DirectoryTrees trees;

    TreeChangeListener(EntityManagerFactory entityManagerFactory, DirectoryTrees trees) {
        this.trees = trees;
        var registry = entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry()
                .requireService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_COMMIT_INSERT, this);
        registry.appendListeners(EventType.POST_COMMIT_UPDATE, this);
        registry.appendListeners(EventType.POST_COMMIT_DELETE, this);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        Class<?> type = persister.getMappedClass();
        return Place.class.isAssignableFrom(type) || Category.class.isAssignableFrom(type);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        changed(event.getEntity());
    }

    @Override
    public void onPostInsertCommitFailed(PostInsertEvent event) {
        changed(event.getEntity());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        changed(event.getEntity());
    }

    @Override
    public void onPostUpdateCommitFailed(PostUpdateEvent event) {
        changed(event.getEntity());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        changed(event.getEntity());
    }

    @Override
    public void onPostDeleteCommitFailed(PostDeleteEvent event) {
        changed(event.getEntity());
    }

    private void changed(Object entity) {
        if (entity instanceof Place || entity instanceof Category) {
            trees.changed();
        }
    }
}
