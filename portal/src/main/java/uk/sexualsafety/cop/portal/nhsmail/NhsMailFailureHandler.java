package uk.sexualsafety.cop.portal.nhsmail;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import java.io.IOException;

/**
 * Where a return from NHSmail that signed nobody in leads: the short form to ask to join for an unknown address
 * that may, otherwise the sign-in page with a message saying why. Never an error page.
 */
class NhsMailFailureHandler implements AuthenticationFailureHandler {

    static final String JOIN_PATH = "/join/nhsmail";

    private final ProvenAddresses provenAddresses;

    NhsMailFailureHandler(ProvenAddresses provenAddresses) {
        this.provenAddresses = provenAddresses;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        if (exception instanceof NhsMailUserService.MayJoinException mayJoin) {
            provenAddresses.keep(request, mayJoin.proven());
            response.sendRedirect(request.getContextPath() + JOIN_PATH);
            return;
        }
        response.sendRedirect(request.getContextPath() + noticeFor(exception).loginPage());
    }

    static NhsMailNotice noticeFor(AuthenticationException exception) {
        if (!(exception instanceof OAuth2AuthenticationException oauth)) {
            return NhsMailNotice.FAILED;
        }
        String code = oauth.getError().getErrorCode();
        if (code.startsWith("nhsmail_")) {
            return NhsMailNotice.fromCode(code.substring("nhsmail_".length())).orElse(NhsMailNotice.FAILED);
        }
        return switch (code) {
            case OAuth2ErrorCodes.ACCESS_DENIED -> NhsMailNotice.CANCELLED;
            // The token endpoint or the provider's keys could not be reached.
            case "invalid_token_response", OAuth2ErrorCodes.SERVER_ERROR,
                 OAuth2ErrorCodes.TEMPORARILY_UNAVAILABLE -> NhsMailNotice.UNAVAILABLE;
            default -> NhsMailNotice.FAILED;
        };
    }
}
