package uk.nowrongdoor.reporting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import uk.nowrongdoor.feedback.service.HistoricImport;

/** Uploads historic feedback records as CSV. Nothing is saved unless every row is valid. */
class HistoricImportForm extends Div {

    private final Div result = new Div();

    @SuppressWarnings("removal")
    HistoricImportForm(HistoricImport historicImport, Runnable afterImport) {
        var buffer = new MemoryBuffer();
        var upload = new Upload(buffer);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(10 * 1024 * 1024);
        upload.setDropLabel(new com.vaadin.flow.component.html.Span("Choose or drop a CSV file of historic records"));
        upload.getElement().setAttribute("aria-label", "Import historic records (CSV)");
        result.getElement().setAttribute("role", "status");
        upload.addSucceededListener(e -> {
            var outcome =
                    historicImport.importCsv(new InputStreamReader(buffer.getInputStream(), StandardCharsets.UTF_8));
            result.removeAll();
            if (outcome.saved()) {
                result.add(new Paragraph("Imported " + outcome.records() + " records and "
                        + outcome.notRecordedQuarters() + " quarters marked not recorded."));
                afterImport.run();
            } else {
                result.add(new Paragraph("Nothing was imported. Fix these rows and upload the file again:"));
                var list = new UnorderedList();
                outcome.problems().forEach(p -> list.add(new ListItem(p)));
                result.add(list);
            }
        });
        add(
                new H2("Import historic records"),
                new Paragraph("Columns: " + String.join(", ", HistoricImport.COLUMNS) + ". See the README."),
                upload,
                result);
        addClassName("nwd-no-print");
    }
}
