package com.servicenet.repairs.entity;

/** How the job is done (上门服务 or in the shop); each has its own standard labour fee. */
public enum ServiceType {
    IN_SHOP,
    ON_SITE,
    INSTALLATION;

    /** On-site work and installations happen at the customer's: only they need the customer's address. */
    public boolean visitsCustomer() {
        return this != IN_SHOP;
    }
}
