package com.servicenet.training.control;

import com.servicenet.training.entity.Certification;

import java.util.List;

/** What recording a session's results did: the certificates it issued (passes without one before). */
public record ResultsRecorded(int recorded, List<Certification> issued) {
}
