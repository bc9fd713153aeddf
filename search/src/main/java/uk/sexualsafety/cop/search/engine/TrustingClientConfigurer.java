package uk.sexualsafety.cop.search.engine;

import org.hibernate.search.backend.elasticsearch.client.rest4.ElasticsearchHttpClientConfigurationContext;
import org.hibernate.search.backend.elasticsearch.client.rest4.ElasticsearchHttpClientConfigurer;

/** Gives Hibernate Search's HTTP client to the cluster the same trust as the start-up probe ({@link ClusterTrust}). */
public final class TrustingClientConfigurer implements ElasticsearchHttpClientConfigurer {

    private final ClusterTrust trust;

    public TrustingClientConfigurer(ClusterTrust trust) {
        this.trust = trust;
    }

    @Override
    public void configure(ElasticsearchHttpClientConfigurationContext context) {
        context.clientBuilder().setSSLContext(trust.sslContext());
    }
}
