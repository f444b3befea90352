package uk.nowrongdoor.intake.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import java.util.function.Consumer;

/**
 * Saves a form bean as a draft in the browser tab (see {@code js/nwd-drafts.js}) and restores it. The draft includes
 * the idempotency key, so sending again after a dropped connection cannot make a duplicate. Key names start with
 * "nwd" so quick exit clears them.
 */
public final class Drafts {

    /** The script route classes load with {@code @JavaScript}. */
    public static final String SCRIPT = "context://js/nwd-drafts.js";

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Drafts() {}

    public static void save(Component owner, String key, Object bean) {
        try {
            owner.getElement()
                    .executeJs("window.nwdDrafts && window.nwdDrafts.save($0, $1)", key, JSON.writeValueAsString(bean));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Draft could not be written", e);
        }
    }

    /** Reads the draft, if any, into {@code bean} and then calls {@code restored}. */
    public static <T> void restore(Component owner, String key, T bean, Consumer<T> restored) {
        owner.getElement()
                .executeJs("return window.nwdDrafts ? window.nwdDrafts.load($0) : null", key)
                .then(String.class, json -> {
                    if (json != null && !json.isBlank()) {
                        restored.accept(readInto(bean, json));
                    }
                });
    }

    public static void clear(Component owner, String key) {
        owner.getElement().executeJs("window.nwdDrafts && window.nwdDrafts.clear($0)", key);
    }

    static <T> T readInto(T bean, String json) {
        try {
            return JSON.readerForUpdating(bean).readValue(json);
        } catch (JsonProcessingException e) {
            // a damaged draft is dropped, not shown as an error: the person simply starts again
            return bean;
        }
    }
}
