package com.servicenet.networkadmin.audits;

import com.servicenet.audits.control.AuditResults;
import com.servicenet.audits.entity.Attachment;
import com.servicenet.rules.RuleViolation;
import com.servicenet.web.faces.PageParameters;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The bytes of a visit's photo or receipt, or of a corrective action's evidence, for HQ only (web.xml lets no
 * other role in; the service and row-level security refuse anyone else too). Always a download, never shown
 * inline, and with its content type fixed: the bytes were checked on upload, the browser is not to guess.
 */
@WebServlet("/attachments/*")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditResults results;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Long id = PageParameters.id(path == null ? null : path.substring(1));
        Attachment attachment;
        byte[] bytes;
        try {
            if (id == null) {
                throw new RuleViolation("attachment.unknown", path);
            }
            AuditResults.Download download = results.download(id);
            attachment = download.attachment();
            bytes = download.bytes();
        } catch (RuleViolation unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(attachment.mediaType());
        response.setContentLength(bytes.length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + asciiName(attachment) + "\"; filename*=UTF-8''"
                + URLEncoder.encode(attachment.fileName(), UTF_8).replace("+", "%20"));
        response.getOutputStream().write(bytes);
    }

    /** The name for browsers that do not read filename*: printable ASCII only, no quotes. */
    private static String asciiName(Attachment attachment) {
        String name = attachment.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        return name.isBlank() ? "attachment-" + attachment.id() : name;
    }
}
