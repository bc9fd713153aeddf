package uk.sexualsafety.cop.portal.policy.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.policy.CommitmentOption;
import uk.sexualsafety.cop.portal.policy.CoverageMatrix;
import uk.sexualsafety.cop.portal.policy.PolicyLibrary;
import uk.sexualsafety.cop.portal.layout.MainLayout;

/**
 * Organisations against the ten Charter commitments: which commitments each organisation's current policies say
 * they address. A table with a caption and row and column headers, each cell saying "Yes" or "No" in words, so that
 * it reads the same to everyone, with or without colour or sight.
 */
@Route(value = "policies/coverage", layout = MainLayout.class)
@PageTitle("Charter coverage" + PolicyViews.TITLE_SUFFIX)
@RolesAllowed(Role.Names.MEMBER)
class PolicyCoverageView extends VerticalLayout {

    PolicyCoverageView(PolicyLibrary library) {
        CoverageMatrix matrix = library.coverage();
        add(new H1("Charter coverage"), new Paragraph("Which of the ten commitments of the Sexual Safety in "
                + "Healthcare organisational charter each organisation's shared policies address, as the "
                + "organisations describe them. Only organisations that have shared a policy are listed."));
        if (matrix.rows().isEmpty()) {
            add(new Paragraph("No organisation has shared a policy yet."));
        } else {
            add(scrollable(table(matrix)));
        }
        add(new RouterLink("Back to the policy library", PolicyLibraryView.class));
    }

    private static NativeTable table(CoverageMatrix matrix) {
        NativeTable table = new NativeTable();
        table.setId("coverage");
        table.addClassNames("chart-table", "coverage-table");
        table.setCaptionText("Charter commitments addressed by each organisation's current policies");
        NativeTableRow head = table.getHead().addRow();
        PolicyViews.header(head, "Organisation", "col");
        for (CommitmentOption commitment : matrix.commitments()) {
            PolicyViews.header(head, commitment.label(), "col");
        }
        for (CoverageMatrix.Row row : matrix.rows()) {
            NativeTableRow line = table.getBody().addRow();
            PolicyViews.header(line, row.organisationName(), "row");
            for (CommitmentOption commitment : matrix.commitments()) {
                NativeTableCell cell = line.addDataCell();
                boolean covered = row.covers(commitment.number());
                cell.setText(covered ? "Yes" : "No");
                cell.addClassName(covered ? "coverage-yes" : "coverage-no");
            }
        }
        return table;
    }

    /** Wide tables scroll on their own; the region takes focus so that keyboards can scroll it too. */
    private static Div scrollable(NativeTable table) {
        Div region = new Div(table);
        region.setId("coverage-region");
        region.addClassName("table-scroll");
        region.getElement().setAttribute("role", "region");
        region.getElement().setAttribute("aria-label", "Charter coverage table");
        region.getElement().setAttribute("tabindex", "0");
        region.setWidthFull();
        return region;
    }

}
