package com.servicenet.web.security;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.net.URLEncoder;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Ends the local session and the Keycloak session (RP-initiated logout), so that the next visit asks for the
 * password again: on a shop's shared computer, single sign-on must not log the next person in. Only POST: a
 * link or an image cannot log a user out.
 * <p>
 * The authentication mechanism keeps the login in the HTTP session, so ending the session logs out locally.
 * {@code request.logout()} is not used: with Payara's OpenID Connect mechanism it sometimes answers with its
 * own redirect and sometimes not, which left the Keycloak session alive now and then.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    @Inject
    OidcSettings settings;

    @Inject
    OpenIdContext openId;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String idToken = request.getUserPrincipal() == null ? null : openId.getIdentityToken().getToken();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String home = request.getRequestURL().toString().replace(request.getServletPath(), "/");
        StringBuilder endSession = new StringBuilder(settings.endSessionUri())
                .append("?client_id=").append(URLEncoder.encode(settings.getClientId(), UTF_8))
                .append("&post_logout_redirect_uri=").append(URLEncoder.encode(home, UTF_8));
        if (idToken != null) {
            endSession.append("&id_token_hint=").append(URLEncoder.encode(idToken, UTF_8));
        }
        response.sendRedirect(endSession.toString());
    }
}
