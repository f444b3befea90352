package uk.nowrongdoor.imports.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.imports.service.ImportJob;
import uk.nowrongdoor.imports.service.ImportKind;
import uk.nowrongdoor.imports.service.ImportService;

/** One kind of import: upload a file or give an allowed URL, then follow the background job's progress. */
class ImportPanel extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");

    final ImportKind kind;
    final Upload upload;
    final TextField url;
    final Paragraph status = new Paragraph();
    final UnorderedList problems = new UnorderedList();

    ImportPanel(ImportService imports, ImportKind kind, String help, String fileTypes, Runnable started) {
        this.kind = kind;
        upload = new Upload((UploadHandler) event -> {
            UI ui = event.getUI();
            try (InputStream in = event.getInputStream()) {
                imports.startUpload(kind, in, event.getFileName());
                ui.access(started::run);
            } catch (UserFacingException ex) {
                ui.access(() -> refused(ex.getMessage()));
            }
        });
        upload.setId("upload-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        upload.setAcceptedFileTypes(fileTypes);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, imports.uploadLimitBytes()));
        upload.addFileRejectedListener(e -> refused("This file cannot be imported: it must be a " + fileTypes
                + " file of at most " + imports.uploadLimit() + "."));
        upload.getElement().setAttribute("aria-label", "Upload the " + kind.label() + " file");
        url = new TextField(kind.label() + " URL (from the list of allowed sources)");
        url.setWidthFull();
        url.setHelperText("An https address that starts with one of the sources in nwd.imports.allowed-urls.");
        var fromUrl = new Button("Import from URL", e -> {
            try {
                imports.startFromUrl(kind, url.getValue());
                url.setInvalid(false);
                started.run();
            } catch (UserFacingException ex) {
                url.setErrorMessage(ex.getMessage());
                url.setInvalid(true);
            }
        });
        status.getElement().setAttribute("role", "status");
        add(
                new H2(kind.label()),
                new Paragraph(help + " Upload the file (at most " + imports.uploadLimit() + ") or give its URL."),
                upload,
                url,
                fromUrl,
                status,
                problems);
    }

    private void refused(String message) {
        problems.removeAll();
        status.setText(message);
    }

    /** Shows the running or latest job; true while one runs. */
    boolean show(Optional<ImportJob> latest) {
        if (latest.isEmpty()) {
            return false;
        }
        ImportJob job = latest.get();
        problems.removeAll();
        switch (job.state()) {
            case RUNNING -> status.setText("Importing " + job.source() + ": " + job.rowsRead() + " rows read, "
                    + job.rowsApplied() + " taken so far…");
            case FINISHED -> {
                status.setText("Finished "
                        + TIME.format((job.finishedAt() == null ? job.startedAt() : job.finishedAt())
                                .atZone(Application.LONDON))
                        + " (" + job.source() + ", " + job.rowsRead() + " rows read): " + job.outcome());
                job.problems().forEach(p -> problems.add(new ListItem(p)));
            }
            case FAILED -> status.setText("The import of " + job.source() + " failed: " + job.outcome());
        }
        upload.setVisible(!job.isRunning());
        return job.isRunning();
    }
}
