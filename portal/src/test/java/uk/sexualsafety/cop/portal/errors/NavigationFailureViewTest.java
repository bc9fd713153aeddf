package uk.sexualsafety.cop.portal.errors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.router.ErrorParameter;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLTransientConnectionException;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class NavigationFailureViewTest {

    @Test
    void aPageThatCouldNotReachTheDatabaseSaysSoCalmlyWithStatus503() {
        NavigationFailureView view = new NavigationFailureView();
        Exception failure = new IllegalStateException("view could not be created", new CannotCreateTransactionException(
                "no connection", new SQLTransientConnectionException("Connection is not available, request timed out")));

        int status = view.setErrorParameter(null, new ErrorParameter<>(Exception.class, failure));

        assertThat(status).isEqualTo(503);
        assertThat(textOf(view)).contains(NavigationFailureView.DATABASE_HEADING)
                .contains("try again in a minute").doesNotContain("exception").doesNotContain("Connection");
    }

    @Test
    void anyOtherFailureGetsAPlainApologyWithStatus500AndNoDetail() {
        NavigationFailureView view = new NavigationFailureView();

        int status = view.setErrorParameter(null, new ErrorParameter<>(Exception.class,
                new IllegalArgumentException("case study 42 has no version 7")));

        assertThat(status).isEqualTo(500);
        assertThat(textOf(view)).contains(NavigationFailureView.OTHER_HEADING).doesNotContain("42")
                .doesNotContain("exception");
    }

    private static String textOf(Component view) {
        return view.getChildren().filter(HasText.class::isInstance).map(child -> ((HasText) child).getText())
                .collect(Collectors.joining(" "));
    }
}
