package com.servicenet.networkadmin.network;

import com.servicenet.network.control.RegionCatalog;
import com.servicenet.network.control.RegionImport;
import com.servicenet.network.control.RegionNode;
import com.servicenet.web.faces.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static java.nio.charset.StandardCharsets.UTF_8;

/** The region tree (省 → 市 → 区) with holders, and HQ's changes to it: add, rename, split, merge, CSV import. */
@Named
@ViewScoped
public class RegionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegionCatalog catalog;

    @Inject
    NetworkAdmins admins;

    private TreeNode<RegionNode> root;
    private TreeNode<RegionNode>[] checked;
    private RegionForm form = new RegionForm();
    private RegionForm secondPart = new RegionForm();
    private boolean addingProvince;
    private UploadedFile upload;

    @PostConstruct
    void load() {
        root = new DefaultTreeNode<>(null, null);
        Map<Long, TreeNode<RegionNode>> nodes = new HashMap<>();
        List<RegionNode> tree = catalog.tree();
        // codes nest (GD, GD-GZ, GD-GZ-TH), so code order puts every parent before its children
        for (RegionNode region : tree) {
            TreeNode<RegionNode> parent = region.parentId() == null ? root : nodes.getOrDefault(region.parentId(), root);
            DefaultTreeNode<RegionNode> node = new DefaultTreeNode<>(region, parent);
            node.setExpanded(true);
            nodes.put(region.id(), node);
        }
        checked = null;
    }

    public void prepareAdd(boolean province) {
        addingProvince = province;
        form = new RegionForm();
    }

    public void prepareRename() {
        form = selected().map(RegionForm::of).orElseGet(RegionForm::new);
    }

    public void prepareSplit() {
        form = new RegionForm();
        secondPart = new RegionForm();
    }

    public void prepareMerge() {
        form = new RegionForm();
    }

    public void add() {
        Long parent = addingProvince ? null : selected().map(RegionNode::id).orElse(null);
        if (!addingProvince && parent == null) {
            chooseOne("region-form:region-messages");
            return;
        }
        act("region-form:region-messages", () -> catalog.create(parent, form.draft()), "region.added", form.getCode());
    }

    public void rename() {
        selected().ifPresentOrElse(region -> act("rename-form:rename-messages", () -> catalog.rename(region.id(), form.draft()),
                "region.renamed", region.code()), () -> chooseOne("rename-form:rename-messages"));
    }

    public void split() {
        selected().ifPresentOrElse(region -> act("split-form:split-messages",
                () -> catalog.split(region.id(), List.of(form.draft(), secondPart.draft())), "region.split", region.code()),
                () -> chooseOne("split-form:split-messages"));
    }

    /** The one region ticked in the tree, for actions on a single region. */
    private java.util.Optional<RegionNode> selected() {
        return checked != null && checked.length == 1 ? java.util.Optional.of(checked[0].getData()) : java.util.Optional.empty();
    }

    private void chooseOne(String messagesId) {
        FacesContext.getCurrentInstance().addMessage(messagesId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, FacesMessages.text("regions.choose-one"), null));
        FacesMessages.keepDialogOpen();
    }

    public void merge() {
        List<Long> ids = checked == null ? List.of() : java.util.Arrays.stream(checked).map(n -> n.getData().id()).toList();
        act("merge-form:merge-messages", () -> catalog.merge(ids, form.draft()), "region.merged", form.getCode());
    }

    public void importCsv() {
        if (upload == null || upload.getSize() == 0) {
            return;
        }
        if (!admins.isCaller()) {
            FacesMessages.refused("import-form:import-messages", new com.servicenet.rules.RuleViolation("access.network-admin-only"));
            FacesMessages.keepDialogOpen();
            return;
        }
        try (Reader reader = new InputStreamReader(upload.getInputStream(), UTF_8)) {
            RegionImport result = catalog.importCsv(reader, FacesMessages.locale());
            if (result.errors().isEmpty()) {
                FacesMessages.done("region.imported", result.created());
                load();
            } else {
                result.errors().forEach(error -> FacesContext.getCurrentInstance().addMessage("import-form:import-messages",
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, error, null)));
                FacesMessages.keepDialogOpen();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void act(String messagesId, Runnable useCase, String doneKey, Object argument) {
        if (FacesMessages.attempt(messagesId, () -> {
            admins.require();
            useCase.run();
        }, doneKey, argument)) {
            load();
        }
    }

    public TreeNode<RegionNode> getRoot() {
        return root;
    }

    public TreeNode<RegionNode>[] getChecked() {
        return checked;
    }

    public void setChecked(TreeNode<RegionNode>[] checked) {
        this.checked = checked;
    }

    public RegionForm getForm() {
        return form;
    }

    public RegionForm getSecondPart() {
        return secondPart;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }
}
