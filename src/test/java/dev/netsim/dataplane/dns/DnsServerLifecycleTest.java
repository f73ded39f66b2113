package dev.netsim.dataplane.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

import dev.netsim.route53.answer.DnsCatalogs;
import dev.netsim.simulation.dns.DnsAnswerEngine;
import dev.netsim.simulation.dns.DnsCatalog;
import dev.netsim.simulation.dns.LocationTable;

/** The server starts on a free port, answers, and stops cleanly: its threads end and its port is free again. */
class DnsServerLifecycleTest {

    @Test
    void startsAnswersAndStopsCleanly() throws Exception {
        DnsCatalogs catalogs = mock(DnsCatalogs.class);
        when(catalogs.engine()).thenReturn(new DnsAnswerEngine(new DnsCatalog(List.of(), Map.of(), Map.of(), Map.of(), Map.of(), LocationTable.defaults())));
        DnsServer server = new DnsServer(new DnsServerSettings(true, "127.0.0.1", 0, 2), catalogs);
        server.start();
        int port = server.port();
        assertThat(server.isRunning()).isTrue();
        assertThat(port).isPositive();

        SimpleResolver resolver = new SimpleResolver(InetAddress.getLoopbackAddress());
        resolver.setPort(port);
        resolver.setTimeout(Duration.ofSeconds(5));
        Message answer = resolver.send(Message.newQuery(Record.newRecord(Name.fromString("www.example.com."), Type.A, DClass.IN)));
        assertThat(answer.getRcode()).isEqualTo(Rcode.REFUSED);

        server.stop();
        assertThat(server.isRunning()).isFalse();
        assertThat(server.port()).isEqualTo(-1);
        assertThat(Thread.getAllStackTraces().keySet()).as("this server's threads")
                .noneMatch(t -> t.getName().startsWith("netsim-dns-udp-" + port + "-") && t.isAlive());
        try (DatagramSocket again = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void aTakenPortLeavesTheServerOffInsteadOfFailingTheApplication() throws Exception {
        try (DatagramSocket taken = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            DnsServer server = new DnsServer(new DnsServerSettings(true, "127.0.0.1", taken.getLocalPort(), 1), mock(DnsCatalogs.class));
            server.start();
            assertThat(server.isRunning()).isFalse();
            server.stop();
        }
    }
}
