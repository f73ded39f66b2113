package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import dev.netsim.common.net.Ipv4Cidr;

/**
 * Fills {@code private_ip_allocation.address_offset} for the rows stored before V21. Written in Java
 * because turning a dotted address into a number has no SQL that H2 and PostgreSQL share.
 */
public class V22__Private_ip_offsets extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (PreparedStatement rows = connection.prepareStatement("select a.subnet_id, a.address, s.cidr_block from private_ip_allocation a "
                + "join subnet s on s.id = a.subnet_id where a.address_offset is null");
             PreparedStatement update = connection.prepareStatement("update private_ip_allocation set address_offset = ? "
                     + "where subnet_id = ? and address = ?");
             ResultSet result = rows.executeQuery()) {
            while (result.next()) {
                update.setLong(1, Ipv4Cidr.parseOrNull(result.getString(3)).offsetOf(result.getString(2)));
                update.setString(2, result.getString(1));
                update.setString(3, result.getString(2));
                update.addBatch();
            }
            update.executeBatch();
        }
        // rows of subnets that no longer exist cannot be placed; nothing can use them either
        try (PreparedStatement orphans = connection.prepareStatement("delete from private_ip_allocation where address_offset is null")) {
            orphans.executeUpdate();
        }
    }
}
