package com.servicenet.audits.control;

import com.servicenet.audits.entity.Attachment;
import com.servicenet.audits.entity.Upload;
import jakarta.persistence.EntityManager;

/** Writes a file's record and its bytes in the caller's transaction: both or neither. */
final class AttachmentStore {

    private AttachmentStore() {
    }

    static Attachment save(EntityManager em, Attachment attachment, Upload upload) {
        em.persist(attachment);
        em.flush();
        em.createNativeQuery("INSERT INTO attachment_content (attachment_id, bytes) VALUES (?1, ?2)")
                .setParameter(1, attachment.id()).setParameter(2, upload.bytes()).executeUpdate();
        return attachment;
    }
}
