package com.servicenet.training.entity;

/** What a course teaches (培训内容): the seeds' product knowledge, brand and service awareness, etiquette and process, safety. */
public enum CourseKind {
    PRODUCT,
    BRAND,
    ETIQUETTE,
    SAFETY
}
