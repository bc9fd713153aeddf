package uk.sexualsafety.cop.portal.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import uk.sexualsafety.cop.portal.member.ui.JoinView;
import uk.sexualsafety.cop.portal.search.PortalSearch;
import uk.sexualsafety.cop.portal.search.ui.SearchBox;
import uk.sexualsafety.cop.portal.security.CurrentUser;
import uk.sexualsafety.cop.portal.security.PortalUser;

import java.util.List;

/**
 * The frame of every page: the community's name, the signed-in person with a sign-out button, and a navigation
 * drawer listing only the views this person may open (Vaadin filters menu entries by their access annotations).
 */
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final int MAX_SEARCH_LENGTH = 500;

    private SearchBox searchBox;

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication, PortalSearch search) {
        setPrimarySection(Section.DRAWER);
        // Menu entries are already filtered by this person's access: one look-up serves the header and the drawer.
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
        addToNavbar(true, new DrawerToggle(), header(entries, currentUser, authentication, search));
        addToDrawer(appName(), navigation(entries, currentUser.get().isPresent()), helpLink());
    }

    private Header header(List<MenuEntry> entries, CurrentUser currentUser, AuthenticationContext authentication,
                          PortalSearch search) {
        HorizontalLayout account = new HorizontalLayout();
        if (entries.stream().anyMatch(entry -> navigationId(entry.path()).equals("search"))) {
            searchBox = searchBox(search);
            account.add(searchBox);
        }
        account.setId("account-bar");
        account.setAlignItems(FlexComponent.Alignment.CENTER);
        currentUser.get().ifPresentOrElse(user -> signedIn(account, user, authentication), () -> signedOut(account));
        Header header = new Header(account);
        header.addClassName("portal-header");
        return header;
    }

    /** The search box on every page for those who may search; the words go to the search page's address. */
    private static SearchBox searchBox(PortalSearch search) {
        SearchBox box = new SearchBox(search, text -> UI.getCurrent().navigate("search",
                QueryParameters.of("q", cut(text.strip()))));
        box.setId("header-search");
        box.setPlaceholder("Search");
        box.setAriaLabel("Search the community");
        return box;
    }

    private static String cut(String text) {
        return text.length() <= MAX_SEARCH_LENGTH ? text : text.substring(0, MAX_SEARCH_LENGTH);
    }

    /** The search page has its own, larger box: one is enough there. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (searchBox != null) {
            boolean onSearchPage = navigationId(event.getLocation().getPath()).equals("search");
            searchBox.setVisible(!onSearchPage);
            if (!onSearchPage) {
                searchBox.show(null);
            }
        }
    }

    private static void signedIn(HorizontalLayout account, PortalUser user, AuthenticationContext authentication) {
        Span name = new Span(user.displayName());
        name.setId("signed-in-as");
        Button signOut = new Button("Sign out", click -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        account.add(name, signOut);
    }

    private static void signedOut(HorizontalLayout account) {
        RouterLink signIn = new RouterLink("Sign in", uk.sexualsafety.cop.portal.security.ui.LoginView.class);
        signIn.setId("sign-in");
        account.add(signIn);
    }

    private static Div appName() {
        Div name = new Div(new Span("Sexual Safety"), new Span("Community of Practice"));
        name.addClassName("app-name");
        return name;
    }

    private static SideNav navigation(List<MenuEntry> entries, boolean signedIn) {
        SideNav nav = new SideNav();
        nav.setId("main-navigation");
        nav.setLabel("Main");
        for (MenuEntry entry : entries) {
            if (signedIn && entry.menuClass() == JoinView.class) {
                continue; // members have joined already
            }
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            item.setId("nav-" + navigationId(entry.path()));
            nav.addItem(item);
        }
        return nav;
    }

    private static String navigationId(String path) {
        String trimmed = path.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? "home" : trimmed.replace('/', '-');
    }

    private static Footer helpLink() {
        Anchor help = new Anchor("/#get-help-now", "Get help now");
        help.setId("get-help-now-link");
        Footer footer = new Footer(help);
        footer.addClassName("drawer-footer");
        return footer;
    }
}
