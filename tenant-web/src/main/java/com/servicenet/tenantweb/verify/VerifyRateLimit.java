package com.servicenet.tenantweb.verify;

import com.servicenet.limits.ClientAddress;
import com.servicenet.limits.TokenBuckets;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Limits the public pages per client address — the certificate verification, and the consumer's page behind an
 * outlet's QR code with its complaint tracking (one bucket per address for all three, since one page leads to the
 * others) — as the API's public endpoints are: a token
 * bucket of {@code servicenet.public.rate-limit} requests per minute (bursts of a third of that) per address — the
 * peer's, or the one a trusted proxy forwards ({@code servicenet.trusted-proxies}); beyond it 429 with Retry-After
 * and a short page in the reader's language. Codes carry 100 random bits, so this is not what keeps them from
 * being guessed; it keeps the page from being used to hammer the database. Each node counts on its own.
 */
@WebFilter({"/verify.xhtml", "/service.xhtml", "/track.xhtml"})
public class VerifyRateLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String BUNDLE = "com.servicenet.tenantweb.training.messages";
    static final String QUALITY_BUNDLE = "com.servicenet.tenantweb.quality.messages";
    static final int MAX_ADDRESSES = 10_000;

    @Inject
    @ConfigProperty(name = "servicenet.public.rate-limit", defaultValue = "30")
    int perMinute;

    @Inject
    @ConfigProperty(name = "servicenet.trusted-proxies", defaultValue = " ")
    String trustedProxies;

    private transient TokenBuckets<String> buckets;
    private transient ClientAddress addresses;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        buckets = new TokenBuckets<>(perMinute / 60.0, Math.max(1, perMinute / 3.0), MAX_ADDRESSES, System::nanoTime);
        addresses = new ClientAddress(trustedProxies);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long wait = buckets.acquire(addresses.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")));
        if (wait == 0) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = readerLocale(Collections.list(request.getLocales()));
        boolean verification = request.getServletPath().startsWith("/verify");
        ResourceBundle texts = ResourceBundle.getBundle(verification ? BUNDLE : QUALITY_BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String title = texts.getString(verification ? "verify.too-many.title" : "public.too-many.title");
        String text = texts.getString(verification ? "verify.too-many.text" : "public.too-many.text");
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(wait));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html");
        response.setCharacterEncoding(UTF_8.name());
        PrintWriter out = response.getWriter();
        out.write("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                + title + "</title></head><body style=\"font-family: system-ui, sans-serif; "
                + "max-width: 32rem; margin: 2rem auto; padding: 0 1rem\"><h1 id=\"too-many\">" + title
                + "</h1><p>" + java.text.MessageFormat.format(text, wait) + "</p></body></html>");
    }

    /** en, zh_CN or zh_TW from the Accept-Language list, the first that names one (traditional for TW, HK, MO, Hant). */
    static Locale readerLocale(Iterable<Locale> accepted) {
        for (Locale locale : accepted) {
            if ("zh".equals(locale.getLanguage())) {
                boolean traditional = "Hant".equals(locale.getScript()) || java.util.Set.of("TW", "HK", "MO").contains(locale.getCountry());
                return traditional ? Locale.TRADITIONAL_CHINESE : Locale.SIMPLIFIED_CHINESE;
            }
            if ("en".equals(locale.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }
}
