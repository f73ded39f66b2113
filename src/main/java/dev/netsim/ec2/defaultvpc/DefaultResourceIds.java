package dev.netsim.ec2.defaultvpc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import dev.netsim.common.Scope;

/**
 * Ids of the default VPC and its default subnets, derived from the account, region and zone
 * rather than drawn at random: they look like any AWS id, and the same scope always gets the same
 * ones, so documentation examples (Swagger UI) and scripts can name them.
 */
public final class DefaultResourceIds {

    private DefaultResourceIds() {
    }

    public static String vpcId(Scope scope) {
        return "vpc-" + digest("default-vpc/" + scope.account() + "/" + scope.region());
    }

    public static String subnetId(Scope scope, String zoneName) {
        return "subnet-" + digest("default-subnet/" + scope.account() + "/" + scope.region() + "/" + zoneName);
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 17);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
