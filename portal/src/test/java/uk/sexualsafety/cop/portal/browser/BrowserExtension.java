package uk.sexualsafety.cop.portal.browser;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives each {@link Browser} parameter of a test its own clean browser on the running portal, given back afterwards
 * ({@link Chromes}); a test whose pages breached the Content-Security-Policy fails, whether or not it checked itself.
 */
public class BrowserExtension implements ParameterResolver, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
        Browser browser = new Browser("http://localhost:" + port);
        openBrowsers(context).add(browser);
        return browser;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<Browser> browsers = openBrowsers(context);
        boolean passed = context.getExecutionException().isEmpty();
        try {
            if (passed) {
                browsers.forEach(Browser::shouldHaveHadNoContentSecurityPolicyViolations);
            }
        } catch (AssertionError | RuntimeException e) {
            passed = false;
            throw e;
        } finally {
            for (Browser browser : browsers) {
                browser.finish(passed);
            }
            browsers.clear();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Browser> openBrowsers(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent("browsers", key -> new ArrayList<Browser>(), List.class);
    }
}
