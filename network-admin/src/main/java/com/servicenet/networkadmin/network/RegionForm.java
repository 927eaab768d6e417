package com.servicenet.networkadmin.network;

import com.servicenet.network.control.RegionDraft;
import com.servicenet.network.control.RegionNode;

import java.io.Serializable;

/** A region as typed into the region dialogs. */
public class RegionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String nameEn;
    private String nameZhCn;
    private String nameZhTw;
    private String serviceArea;

    static RegionForm of(RegionNode node) {
        RegionForm form = new RegionForm();
        form.code = node.code();
        form.nameEn = node.name().english();
        form.nameZhCn = node.name().simplified();
        form.nameZhTw = node.name().traditional();
        form.serviceArea = node.serviceArea();
        return form;
    }

    RegionDraft draft() {
        return new RegionDraft(code, nameEn, nameZhCn, nameZhTw, serviceArea);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameZhCn() {
        return nameZhCn;
    }

    public void setNameZhCn(String nameZhCn) {
        this.nameZhCn = nameZhCn;
    }

    public String getNameZhTw() {
        return nameZhTw;
    }

    public void setNameZhTw(String nameZhTw) {
        this.nameZhTw = nameZhTw;
    }

    public String getServiceArea() {
        return serviceArea;
    }

    public void setServiceArea(String serviceArea) {
        this.serviceArea = serviceArea;
    }
}
