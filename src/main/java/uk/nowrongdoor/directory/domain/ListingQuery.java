package uk.nowrongdoor.directory.domain;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.directory.domain.OpeningHours.TimeFilter;

/**
 * What a person asked for. Every part is optional and the parts combine with AND; within access and delivery, any of
 * the chosen values will do.
 */
public record ListingQuery(
        String text,
        @Nullable String category,
        @Nullable String place,
        Set<TimeFilter> times,
        @Nullable Integer age,
        Set<AccessMethod> access,
        Set<DeliveryMode> delivery,
        boolean freeOnly,
        @Nullable Near near) {

    public static final int TEXT_MAX = 200;

    public ListingQuery(
            String text,
            @Nullable String category,
            @Nullable String place,
            Set<TimeFilter> times,
            @Nullable Integer age,
            Set<AccessMethod> access,
            Set<DeliveryMode> delivery,
            boolean freeOnly) {
        this(text, category, place, times, age, access, delivery, freeOnly, null);
    }

    public ListingQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > TEXT_MAX) {
            text = text.substring(0, TEXT_MAX);
        }
        times = times.isEmpty() ? EnumSet.noneOf(TimeFilter.class) : EnumSet.copyOf(times);
        access = access.isEmpty() ? EnumSet.noneOf(AccessMethod.class) : EnumSet.copyOf(access);
        delivery = delivery.isEmpty() ? EnumSet.noneOf(DeliveryMode.class) : EnumSet.copyOf(delivery);
    }

    public static ListingQuery text(String text) {
        return new ListingQuery(text, null, null, Set.of(), null, Set.of(), Set.of(), false, null);
    }

    public static ListingQuery everything() {
        return text("");
    }

    public ListingQuery withText(String newText) {
        return new ListingQuery(newText, category, place, times, age, access, delivery, freeOnly, near);
    }

    public ListingQuery withCategory(@Nullable String slug) {
        return new ListingQuery(text, slug, place, times, age, access, delivery, freeOnly, near);
    }

    public ListingQuery withPlace(@Nullable String slug) {
        return new ListingQuery(text, category, slug, times, age, access, delivery, freeOnly, near);
    }

    public ListingQuery withTimes(Set<TimeFilter> newTimes) {
        return new ListingQuery(text, category, place, newTimes, age, access, delivery, freeOnly, near);
    }

    public ListingQuery withAge(@Nullable Integer newAge) {
        return new ListingQuery(text, category, place, times, newAge, access, delivery, freeOnly, near);
    }

    public ListingQuery withAccess(Set<AccessMethod> newAccess) {
        return new ListingQuery(text, category, place, times, age, newAccess, delivery, freeOnly, near);
    }

    public ListingQuery withDelivery(Set<DeliveryMode> newDelivery) {
        return new ListingQuery(text, category, place, times, age, access, newDelivery, freeOnly, near);
    }

    public ListingQuery withNear(@Nullable Near newNear) {
        return new ListingQuery(text, category, place, times, age, access, delivery, freeOnly, newNear);
    }

    public ListingQuery withFreeOnly(boolean free) {
        return new ListingQuery(text, category, place, times, age, access, delivery, free, near);
    }
}
