package dev.netsim.cloudfront.policy;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/** The resource policy attached to one CloudFront resource. */
@Entity
@Table(name = "cloudfront_resource_policy")
class ResourcePolicyRow extends AssignedIdEntity<String> {

    @Id
    private String resourceArn;
    private String account;
    private String document;

    protected ResourcePolicyRow() {
    }

    ResourcePolicyRow(String resourceArn, String account, String document) {
        this.resourceArn = resourceArn;
        this.account = account;
        this.document = document;
    }

    @Override
    public String getId() {
        return resourceArn;
    }

    String getAccount() { return account; }
    String getDocument() { return document; }

    void setDocument(String document) {
        this.document = document;
    }
}
