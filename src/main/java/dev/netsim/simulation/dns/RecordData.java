package dev.netsim.simulation.dns;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Record values in Route 53's presentation format ({@code 10 mail.example.com} for MX,
 * {@code "v=spf1 -all"} for TXT) read into DNS records by dnsjava, which knows every type's syntax.
 * Names inside values are taken as fully qualified, as Route 53 takes them.
 */
public final class RecordData {

    private static final Pattern OCTAL_ESCAPE = Pattern.compile("\\\\([0-7]{3})");

    private RecordData() {
    }

    /** A value that is not valid for its type. */
    public static final class InvalidValueException extends RuntimeException {

        private final String value;

        InvalidValueException(String value, String reason) {
            super(reason);
            this.value = value;
        }

        public String value() {
            return value;
        }
    }

    /** The DNS type number of a Route 53 type name; -1 when dnsjava does not know it. */
    public static int typeCode(String type) {
        return Type.value(type.toUpperCase(Locale.ROOT));
    }

    /** @throws InvalidValueException for the first value that its type cannot hold */
    public static List<Record> records(Name owner, String type, long ttl, List<String> values) {
        int code = typeCode(type);
        List<Record> records = new ArrayList<>(values.size());
        for (String value : values) {
            records.add(record(owner, code, ttl, value));
        }
        return records;
    }

    public static Record record(Name owner, int type, long ttl, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(String.valueOf(value), "the value is empty");
        }
        try {
            return Record.fromString(owner, type, DClass.IN, ttl, value, Name.root);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidValueException(value, reason(e));
        }
    }

    private static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // dnsjava prefixes its tokenizer's position ("<string>:1: "), which means nothing to a Route 53 user
        return e instanceof TextParseException ? message.replaceFirst("^<[^>]*>:\\d+: ", "") : message;
    }

    /** A Route 53 name as a DNS name: Route 53 escapes in octal ({@code \052} is {@code *}), DNS text in decimal. */
    public static Name name(String name) {
        try {
            if (name.indexOf('\\') < 0) {
                return Name.fromString(name, Name.root);
            }
            return Name.fromString(OCTAL_ESCAPE.matcher(name).replaceAll(m -> "\\\\" + String.format("%03d", Integer.parseInt(m.group(1), 8))),
                    Name.root);
        } catch (TextParseException e) {
            throw new InvalidValueException(name, e.getMessage());
        }
    }
}
