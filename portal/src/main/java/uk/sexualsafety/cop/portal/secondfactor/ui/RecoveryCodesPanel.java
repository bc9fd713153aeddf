package uk.sexualsafety.cop.portal.secondfactor.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;

/** New recovery codes, shown this once. */
public class RecoveryCodesPanel extends Composite<Div> {

    public RecoveryCodesPanel(List<String> codes) {
        UnorderedList list = new UnorderedList();
        list.setId("recovery-codes");
        list.addClassName("recovery-codes");
        codes.forEach(code -> list.add(new ListItem(code)));
        getContent().add(new H2("Your recovery codes"),
                new Paragraph("If you lose your phone, each of these codes lets you in once instead of a code from "
                        + "your app. Keep them somewhere safe, such as a password manager or a printed copy in a "
                        + "locked drawer. They are shown only this once."),
                list);
    }
}
