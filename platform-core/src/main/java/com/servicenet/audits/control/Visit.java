package com.servicenet.audits.control;

import com.servicenet.audits.entity.Attachment;
import com.servicenet.audits.entity.Audit;
import com.servicenet.audits.entity.Response;

import java.util.List;
import java.util.Map;

/**
 * What the person sent on a visit works with: the assignment, the form, their answers so far and their
 * uploads; of the outlet only its name and address.
 */
public record Visit(Audit audit, String outletName, String outletAddress, Map<Long, Response> answers,
                    List<Attachment> attachments) {
}
