package dev.netsim.dataplane.dns;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import dev.netsim.route53.answer.DnsCatalogs;

/**
 * Netsim's DNS server: authoritative for every hosted zone here, on UDP and TCP at
 * {@code netsim.dns.address:port} (127.0.0.1:5353 by default), answering as Route 53 would. It starts
 * with the application and stops with it; when its port is taken it says so and the rest of Netsim
 * runs on.
 */
@Component
public class DnsServer implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(DnsServer.class);
    private static final int TCP_IDLE_MILLIS = 10_000;
    private static final int MAX_TCP_CONNECTIONS = 32;
    private static final int FREE_PORT_ATTEMPTS = 10;

    private final DnsServerSettings settings;
    private final DnsMessages messages;
    private final List<Thread> threads = new ArrayList<>();
    private volatile DatagramSocket udp;
    private volatile ServerSocket tcp;
    private ExecutorService connections;
    private volatile boolean running;

    DnsServer(DnsServerSettings settings, DnsCatalogs catalogs) {
        this.settings = settings;
        this.messages = new DnsMessages(catalogs);
    }

    @Override
    public synchronized void start() {
        if (!settings.enabled() || running) {
            return;
        }
        try {
            bind(InetAddress.getByName(settings.address()));
        } catch (IOException e) {
            LOG.warn("The DNS server could not listen on {}:{} ({}); set netsim.dns.port to a free port, or netsim.dns.enabled=false",
                    settings.address(), settings.port(), e.getMessage());
            close();
            return;
        }
        running = true;
        connections = Executors.newFixedThreadPool(MAX_TCP_CONNECTIONS, r -> thread(r, "netsim-dns-tcp"));
        for (int i = 0; i < Math.max(1, settings.udpThreads()); i++) {
            threads.add(thread(this::serveUdp, "netsim-dns-udp-" + port() + "-" + i));
        }
        threads.add(thread(this::acceptTcp, "netsim-dns-tcp-accept-" + port()));
        threads.forEach(Thread::start);
        LOG.info("DNS server listening on {}:{} (UDP and TCP), authoritative for the hosted zones here", settings.address(), port());
    }

    /**
     * UDP and TCP on one port. With port 0 the UDP socket picks a free port, which TCP may hold for
     * another process; then another pair is tried, a few times, before giving up.
     */
    private void bind(InetAddress address) throws IOException {
        for (int attempt = 1; ; attempt++) {
            udp = new DatagramSocket(new InetSocketAddress(address, settings.port()));
            tcp = new ServerSocket();
            tcp.setReuseAddress(true);
            try {
                tcp.bind(new InetSocketAddress(address, udp.getLocalPort()));
                return;
            } catch (IOException e) {
                close();
                if (settings.port() != 0 || attempt == FREE_PORT_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** The port the server listens on (the one chosen when {@code netsim.dns.port} is 0); -1 when it is not running. */
    public int port() {
        DatagramSocket socket = udp;
        return running && socket != null ? socket.getLocalPort() : -1;
    }

    private void serveUdp() {
        byte[] buffer = new byte[65535];
        while (running) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                udp.receive(packet);
                byte[] response = respond(packet.getData(), packet.getLength(), packet.getAddress(), false);
                if (response != null) {
                    udp.send(new DatagramPacket(response, response.length, packet.getSocketAddress()));
                }
            } catch (SocketException e) {
                return; // closed by stop()
            } catch (IOException e) {
                LOG.debug("DNS over UDP: {}", e.getMessage());
            }
        }
    }

    private void acceptTcp() {
        while (running) {
            try {
                Socket client = tcp.accept();
                connections.execute(() -> serveTcp(client));
            } catch (SocketException e) {
                return;
            } catch (IOException e) {
                LOG.debug("DNS over TCP: {}", e.getMessage());
            }
        }
    }

    /** Length-prefixed messages (RFC 1035 4.2.2) until the client closes or is idle too long. */
    private void serveTcp(Socket client) {
        try (client; DataInputStream in = new DataInputStream(client.getInputStream());
             DataOutputStream out = new DataOutputStream(client.getOutputStream())) {
            client.setSoTimeout(TCP_IDLE_MILLIS);
            while (running) {
                int length = in.readUnsignedShort();
                byte[] request = in.readNBytes(length);
                if (request.length < length) {
                    return;
                }
                byte[] response = respond(request, length, client.getInetAddress(), true);
                if (response == null) {
                    return;
                }
                out.writeShort(response.length);
                out.write(response);
                out.flush();
            }
        } catch (EOFException | java.net.SocketTimeoutException e) {
            // the client is done
        } catch (IOException e) {
            LOG.debug("DNS over TCP: {}", e.getMessage());
        }
    }

    private byte[] respond(byte[] request, int length, InetAddress client, boolean overTcp) {
        try {
            return messages.respond(request, length, client, overTcp);
        } catch (RuntimeException e) {
            LOG.warn("DNS query from {} failed", client.getHostAddress(), e);
            return null;
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        close();
        if (connections != null) {
            connections.shutdownNow();
        }
        for (Thread t : threads) {
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }

    private void close() {
        if (udp != null) {
            udp.close();
        }
        try {
            if (tcp != null) {
                tcp.close();
            }
        } catch (IOException e) {
            LOG.debug("closing the DNS TCP socket: {}", e.getMessage());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static Thread thread(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
