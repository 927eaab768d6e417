package com.servicenet.networkadmin.quality;

import com.servicenet.quality.control.ConsumerPage;
import com.servicenet.web.consumer.ConsumerLinks;
import com.servicenet.web.faces.PageParameters;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * The QR code for an outlet's counter, for HQ only (web.xml): {@code /quality/counter-qr/<outlet id>.png} or
 * {@code .pdf}. It encodes the consumer's public page of that outlet (ConsumerLinks), by the outlet's public
 * code; an unknown outlet is a 404.
 */
@WebServlet("/quality/counter-qr/*")
public class CounterQrServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsumerPage consumerPage;

    @Inject
    ConsumerLinks links;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        boolean pdf = path.endsWith(".pdf");
        if (!pdf && !path.endsWith(".png")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Long id = PageParameters.id(path.substring(0, path.length() - 4));
        Optional<String> code = id == null ? Optional.empty() : consumerPage.codeOf(id);
        if (code.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] bytes = pdf ? links.pdf(code.get(), "Scan to check this authorized service outlet") : links.png(code.get());
        response.setContentType(pdf ? "application/pdf" : "image/png");
        response.setContentLength(bytes.length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"counter-qr-" + id + (pdf ? ".pdf\"" : ".png\""));
        response.getOutputStream().write(bytes);
    }
}
