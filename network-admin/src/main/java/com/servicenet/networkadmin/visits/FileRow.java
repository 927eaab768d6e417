package com.servicenet.networkadmin.visits;

import com.servicenet.audits.entity.Attachment;

import java.io.Serializable;

/** A file the fieldworker has attached: its label, type and size (the bytes stay in the database). */
public record FileRow(long id, Long questionId, String purpose, String fileName, String mediaType, int byteSize)
        implements Serializable {

    static FileRow of(Attachment attachment) {
        return new FileRow(attachment.id(), attachment.questionId(), attachment.purpose().name(), attachment.fileName(),
                attachment.mediaType(), attachment.byteSize());
    }

    public String getSize() {
        return byteSize >= 1024 * 1024 ? String.format("%.1f MB", byteSize / (1024.0 * 1024)) : (byteSize + 1023) / 1024 + " KB";
    }
}
