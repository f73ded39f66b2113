package dev.netsim.protocol.json;

import software.amazon.awssdk.core.SdkField;

/**
 * The AWS API's name of a shape member. The SDK's member names are those names, except where the
 * SDK renamed a member that clashes with Java (EC2's {@code Return} became {@code ReturnValue});
 * the wire name tells the original back.
 */
final class ApiMemberNames {

    private ApiMemberNames() {
    }

    static String of(SdkField<?> field) {
        String member = field.memberName();
        String wire = field.unmarshallLocationName() != null ? field.unmarshallLocationName() : field.locationName();
        if (member.endsWith("Value") && wire != null && member.length() - 5 == wire.length()
                && member.substring(0, member.length() - 5).equalsIgnoreCase(wire)) {
            return member.substring(0, member.length() - 5);
        }
        return member;
    }
}
