package dev.netsim.support;

import java.net.URI;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.route53.Route53Client;

/** The real SDK v2 clients pointed at a Netsim endpoint; an access key id of 12 digits acts in that account. */
public final class SdkClients {

    private SdkClients() {
    }

    public static StaticCredentialsProvider credentials(String accessKeyId) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, "secret"));
    }

    public static Ec2Client ec2(URI endpoint, String accessKeyId, Region region) {
        return Ec2Client.builder().endpointOverride(endpoint).region(region).credentialsProvider(credentials(accessKeyId))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    public static ElasticLoadBalancingV2Client elbv2(URI endpoint, String accessKeyId) {
        return ElasticLoadBalancingV2Client.builder().endpointOverride(endpoint).region(Region.US_EAST_1).credentialsProvider(credentials(accessKeyId))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    public static Route53Client route53(URI endpoint, String accessKeyId) {
        return Route53Client.builder().endpointOverride(endpoint).region(Region.AWS_GLOBAL).credentialsProvider(credentials(accessKeyId))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    public static CloudFrontClient cloudFront(URI endpoint, String accessKeyId) {
        return CloudFrontClient.builder().endpointOverride(endpoint).region(Region.AWS_GLOBAL).credentialsProvider(credentials(accessKeyId))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }
}
